//! Who is fined: the undertaking's name, its group turnover and whether it is a public body;
//! for the EDPB and ICO methods also the point in the turnover-size range, and for the ICO's a
//! measure of size other than turnover for a body that is not an undertaking.

use super::error_for;
use super::inputs::{MoneyInput, NumberInput};
use super::{on_check, on_select, on_text, on_value, use_dispatch};
use crate::i18n::{money, texts, use_currency, use_lang};
use crate::state::Action;
use finesim_engine::edpb::turnover_adjustment_range;
use finesim_engine::legal_tables::PctRange;
use finesim_engine::money::format_pct;
use finesim_engine::FieldPath;
use finesim_engine::{
    Lang, Method, NationalMaximum, ScenarioError, SizeMeasure, SizeMeasureKind, Undertaking,
};
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
        (Method::Ico2024, ..) => finesim_engine::ico::size_range(u),
        _ => None,
    };
    // The EDPB's adjustment is a "may" the user can leave out; the ICO's is a step of its method.
    let may_skip = range.is_some() && props.method == Method::Edpb2023;
    let on_point = on_value(&dispatch, Action::SetTurnoverPoint);
    let on_skip = on_check(&dispatch, Action::SetSkipTurnoverAdjustment);
    let on_skip_reason = on_text(&dispatch, Action::SetTurnoverAdjustmentReason);
    let id = |s: &str| AttrValue::from(format!("{}-{s}", props.id));
    let lang = use_lang();
    let cur = use_currency();
    let t = texts(lang);
    html! {
        <fieldset class="gfs-undertaking">
            <legend>{ t.undertaking }</legend>
            <div class="gfs-field">
                <label for={id("name")}>{ t.name }</label>
                <input id={id("name")} type="text" value={u.name.clone()} oninput={on_name} autocomplete="organization" />
            </div>
            <MoneyInput id={id("turnover")} label={t.turnover(&cur.symbol())}
                value={u.turnover} on_change={on_turnover} placeholder={t.turnover_placeholder}
                error={error_for(props.error.as_ref(), &FieldPath::root("undertaking").key("turnover"), lang)} />
            <div class="gfs-check">
                <input id={id("public")} type="checkbox" checked={u.public_body} onchange={on_public} />
                <label for={id("public")}>{ t.public_body }</label>
            </div>
            if (u.public_body && props.method == Method::Edpb2023) || u.national_maximum.is_some() {
                <NationalMaximumSelect id={id("national")} national={u.national_maximum} />
            }
            if props.method == Method::Ico2024 {
                <SizeMeasureInput id={id("measure")} measure={u.size_measure} />
            }
            if may_skip {
                <div class="gfs-check">
                    <input id={id("skip")} type="checkbox" checked={props.skip_turnover} onchange={on_skip} />
                    <label for={id("skip")}>{ t.skip_turnover }</label>
                </div>
            }
            if may_skip && props.skip_turnover {
                <div class="gfs-field">
                    <label for={id("skip-reason")}>{ t.skip_turnover_reason }</label>
                    <input id={id("skip-reason")} type="text" value={props.skip_reason.clone()} oninput={on_skip_reason} />
                </div>
            }
            if let (Some(r), false) = (range, may_skip && props.skip_turnover) {
                <NumberInput id={id("tpoint")} unit="%" value={props.turnover_point} on_change={on_point}
                    label={turnover_point_label(props.method, lang, r)}
                    placeholder={t.middle(&((r.low + r.high) / Decimal::TWO).normalize())}
                    error={error_for(props.error.as_ref(), &FieldPath::root("edpb").key("turnover_adjustment_pct"), lang)} />
            }
        </fieldset>
    }
}

/// The ICO applies Table B's percentage to the amount of its step 1; the EDPB's adjustment is
/// a percentage of the starting amount (Guidelines 04/2022, para. 65).
fn turnover_point_label(method: Method, lang: Lang, r: PctRange) -> String {
    let t = texts(lang);
    let (low, high) = (format_pct(lang, r.low), format_pct(lang, r.high));
    match method {
        Method::Ico2024 => t.turnover_point_ico(&low, &high),
        Method::Edpb2023 | Method::Ap2019 => t.turnover_point(&low, &high),
    }
}

#[derive(Properties, PartialEq)]
struct NationalMaximumProps {
    id: AttrValue,
    national: Option<NationalMaximum>,
}

/// Art. 83(7): the national law that caps fines on this public body, if it sets its own maximum
/// (Poland); each choice shows the maximum from the engine's table.
#[function_component(NationalMaximumSelect)]
fn national_maximum_select(props: &NationalMaximumProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let t = texts(lang);
    let on_change = on_select(&dispatch, |v| {
        Some(Action::SetNationalMaximum((v == "pl-102-1-1").then_some(NationalMaximum::Pl102_1_1)))
    });
    let (pl, _) = finesim_engine::legal_tables::national_maximum(NationalMaximum::Pl102_1_1);
    let pl = money(lang, NationalMaximum::Pl102_1_1.currency(), pl);
    html! {
        <div class="gfs-field gfs-wide">
            <label for={props.id.clone()}>{ t.national_maximum }</label>
            <select id={props.id.clone()} onchange={on_change}>
                <option value="" selected={props.national.is_none()}>{ t.national_none }</option>
                <option value="pl-102-1-1" selected={props.national == Some(NationalMaximum::Pl102_1_1)}>{ t.national_pl_102(&pl) }</option>
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SizeMeasureProps {
    id: AttrValue,
    measure: Option<SizeMeasure>,
}

/// ICO: a body that is not an undertaking has no turnover; its size is measured otherwise
/// (Guidance ¶ 119), and its maximum is the fixed amount.
#[function_component(SizeMeasureInput)]
fn size_measure_input(props: &SizeMeasureProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let cur = use_currency();
    let t = texts(lang);
    let kinds = [
        (SizeMeasureKind::Budget, t.size_measure_budget),
        (SizeMeasureKind::Funding, t.size_measure_funding),
        (SizeMeasureKind::Costs, t.size_measure_costs),
        (SizeMeasureKind::Assets, t.size_measure_assets),
    ];
    let on_kind = on_select(&dispatch, |v| Some(Action::SetSizeMeasure(SizeMeasureKind::from_id(v))));
    let on_amount = on_value(&dispatch, Action::SetSizeMeasureAmount);
    let chosen = props.measure.map(|m| m.measure);
    let select_id = format!("{}-kind", props.id);
    html! {
        <>
            <div class="gfs-field">
                <label for={select_id.clone()}>{ t.size_measure }</label>
                <select id={select_id} onchange={on_kind}>
                    <option value="" selected={chosen.is_none()}>{ t.size_measure_none }</option>
                    { for kinds.iter().map(|(k, name)| html! {
                        <option value={k.id()} selected={chosen == Some(*k)}>{ *name }</option>
                    }) }
                </select>
            </div>
            if let Some(m) = props.measure {
                <MoneyInput id={AttrValue::from(format!("{}-amount", props.id))} label={t.size_measure_amount(&cur.symbol())}
                    value={Some(m.amount)} on_change={on_amount} />
            }
        </>
    }
}
