//! Who is fined: the undertaking's name, its group turnover and whether it is a public body;
//! for the EDPB method also the point in the turnover-size range.

use super::error_for;
use super::inputs::{MoneyInput, NumberInput};
use super::{on_check, on_text, on_value, use_dispatch};
use crate::i18n::{texts, use_lang};
use crate::state::Action;
use finesim_engine::edpb::turnover_adjustment_range;
use finesim_engine::money::format_pct;
use finesim_engine::FieldPath;
use finesim_engine::{Method, ScenarioError, Undertaking};
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UndertakingFormProps {
    pub id: AttrValue,
    pub undertaking: Undertaking,
    pub method: Method,
    pub turnover_point: Option<Decimal>,
    /// The guidelines' turnover adjustment is a "may": the user can leave it out, with a reason.
    pub skip_turnover: bool,
    pub skip_reason: String,
    pub error: Option<ScenarioError>,
}

#[function_component(UndertakingForm)]
pub fn undertaking_form(props: &UndertakingFormProps) -> Html {
    let dispatch = use_dispatch();
    let u = &props.undertaking;
    let on_name = on_text(&dispatch, Action::SetName);
    let on_turnover = on_value(&dispatch, Action::SetTurnover);
    let on_public = on_check(&dispatch, Action::SetPublicBody);
    let range = match (props.method, u.public_body, u.turnover) {
        (Method::Edpb2023, false, Some(t)) => turnover_adjustment_range(t),
        _ => None,
    };
    let on_point = on_value(&dispatch, Action::SetTurnoverPoint);
    let on_skip = on_check(&dispatch, Action::SetSkipTurnoverAdjustment);
    let on_skip_reason = on_text(&dispatch, Action::SetTurnoverAdjustmentReason);
    let id = |s: &str| AttrValue::from(format!("{}-{s}", props.id));
    let lang = use_lang();
    let t = texts(lang);
    html! {
        <fieldset class="gfs-undertaking">
            <legend>{ t.undertaking }</legend>
            <div class="gfs-field">
                <label for={id("name")}>{ t.name }</label>
                <input id={id("name")} type="text" value={u.name.clone()} oninput={on_name} autocomplete="organization" />
            </div>
            <MoneyInput id={id("turnover")} label={t.turnover}
                value={u.turnover} on_change={on_turnover} placeholder={t.turnover_placeholder}
                error={error_for(props.error.as_ref(), &FieldPath::root("undertaking").key("turnover"), lang)} />
            <div class="gfs-check">
                <input id={id("public")} type="checkbox" checked={u.public_body} onchange={on_public} />
                <label for={id("public")}>{ t.public_body }</label>
            </div>
            if range.is_some() {
                <div class="gfs-check">
                    <input id={id("skip")} type="checkbox" checked={props.skip_turnover} onchange={on_skip} />
                    <label for={id("skip")}>{ t.skip_turnover }</label>
                </div>
            }
            if let (Some(_), true) = (range, props.skip_turnover) {
                <div class="gfs-field">
                    <label for={id("skip-reason")}>{ t.skip_turnover_reason }</label>
                    <input id={id("skip-reason")} type="text" value={props.skip_reason.clone()} oninput={on_skip_reason} />
                </div>
            }
            if let (Some(r), false) = (range, props.skip_turnover) {
                <NumberInput id={id("tpoint")} unit="%" value={props.turnover_point} on_change={on_point}
                    label={t.turnover_point(&format_pct(lang, r.low), &format_pct(lang, r.high))}
                    placeholder={t.middle(&((r.low + r.high) / Decimal::TWO).normalize())}
                    error={error_for(props.error.as_ref(), &FieldPath::root("edpb").key("turnover_adjustment_pct"), lang)} />
            }
        </fieldset>
    }
}
