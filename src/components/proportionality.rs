//! The last step of both methods: effectiveness, proportionality and ability to pay.

use super::error_for;
use super::inputs::{MoneyInput, NumberInput};
use crate::i18n::{texts, use_lang};
use crate::state::Action;
use finesim_engine::{Method, Proportionality, ProportionalityAdjustment, ScenarioError};
use rust_decimal::Decimal;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProportionalityFormProps {
    pub id: AttrValue,
    pub proportionality: Proportionality,
    pub method: Method,
    pub error: Option<ScenarioError>,
    pub dispatch: Callback<Action>,
}

#[function_component(ProportionalityForm)]
pub fn proportionality_form(props: &ProportionalityFormProps) -> Html {
    let p = &props.proportionality;
    let rid = |s: &str| AttrValue::from(format!("{}-{s}", props.id));
    let d = props.dispatch.clone();
    let current = p.adjustment;
    let on_mode = Callback::from(move |e: Event| {
        let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() else { return };
        let adjustment = match sel.value().as_str() {
            "can-bear" => Some(ProportionalityAdjustment::CanBearEur(match current {
                Some(ProportionalityAdjustment::CanBearEur(v)) => v,
                _ => Decimal::from(15_000),
            })),
            "reduce" => Some(ProportionalityAdjustment::ReducePct(match current {
                Some(ProportionalityAdjustment::ReducePct(v)) => v,
                _ => Decimal::from(25),
            })),
            _ => None,
        };
        d.emit(Action::SetProportionality(adjustment));
    });
    let d = props.dispatch.clone();
    let on_reason = Callback::from(move |e: InputEvent| {
        if let Some(inp) = e.target_dyn_into::<HtmlInputElement>() {
            d.emit(Action::SetProportionalityReason(inp.value()));
        }
    });
    let d = props.dispatch.clone();
    let on_can_bear = Callback::from(move |v: Option<Decimal>| {
        d.emit(Action::SetProportionality(v.map(ProportionalityAdjustment::CanBearEur)));
    });
    let d = props.dispatch.clone();
    let on_reduce = Callback::from(move |v: Option<Decimal>| {
        d.emit(Action::SetProportionality(v.map(ProportionalityAdjustment::ReducePct)));
    });
    let t = texts(use_lang());
    let legend = match props.method {
        Method::Edpb2023 => t.prop_legend_edpb,
        Method::Ap2019 => t.prop_legend_ap,
    };
    let mode = match p.adjustment {
        None => "none",
        Some(ProportionalityAdjustment::CanBearEur(_)) => "can-bear",
        Some(ProportionalityAdjustment::ReducePct(_)) => "reduce",
    };
    html! {
        <fieldset class="gfs-proportionality">
            <legend>{ legend }</legend>
            <p class="gfs-hint">{ t.prop_hint }</p>
            <div class="gfs-grid">
                <div class="gfs-field">
                    <label for={rid("mode")}>{ t.adjustment }</label>
                    <select id={rid("mode")} onchange={on_mode}>
                        <option value="none" selected={mode == "none"}>{ t.none }</option>
                        <option value="can-bear" selected={mode == "can-bear"}>{ t.can_bear_option }</option>
                        <option value="reduce" selected={mode == "reduce"}>{ t.reduce_option }</option>
                    </select>
                </div>
                { match p.adjustment {
                    Some(ProportionalityAdjustment::CanBearEur(v)) => html! {
                        <MoneyInput id={rid("can-bear")} label={t.can_bear} value={Some(v)} on_change={on_can_bear}
                            error={error_for(props.error.as_ref(), "proportionality.adjustment.can_bear_eur")} />
                    },
                    Some(ProportionalityAdjustment::ReducePct(v)) => html! {
                        <NumberInput id={rid("reduce")} label={t.reduction} unit="%" value={Some(v)} on_change={on_reduce}
                            error={error_for(props.error.as_ref(), "proportionality.adjustment.reduce_pct")} />
                    },
                    None => html! {},
                } }
                <div class="gfs-field gfs-wide">
                    <label for={rid("reason")}>{ t.reason }</label>
                    <input id={rid("reason")} type="text" value={p.reason.clone()} oninput={on_reason} />
                </div>
            </div>
        </fieldset>
    }
}
