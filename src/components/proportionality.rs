//! The steps after the per-infringement fines: the AP's reduction for connected infringements,
//! then the last step of both methods, proportionality and ability to pay.

use super::error_for;
use super::inputs::{MoneyInput, NumberInput};
use super::{on_check, on_select, on_text, on_value, use_dispatch};
use crate::i18n::{texts, use_lang};
use crate::state::Action;
use finesim_engine::FieldPath;
use finesim_engine::{
    Adjustment, Connection, Method, Proportionality, ProportionalityAdjustment, ProportionalityGround,
    ScenarioError,
};
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProportionalityFormProps {
    pub id: AttrValue,
    pub proportionality: Proportionality,
    pub connection: Option<Connection>,
    pub method: Method,
    pub error: Option<ScenarioError>,
}

#[function_component(ProportionalityForm)]
pub fn proportionality_form(props: &ProportionalityFormProps) -> Html {
    let dispatch = use_dispatch();
    let p = &props.proportionality;
    let rid = |s: &str| AttrValue::from(format!("{}-{s}", props.id));
    let current = p.adjustment;
    // A new mode starts from the amount it had, else from a visible example value.
    let on_mode = on_select(&dispatch, move |mode| {
        let keep = |same: fn(ProportionalityAdjustment) -> Option<Decimal>, example: i64| {
            current.and_then(same).unwrap_or(Decimal::from(example))
        };
        Some(Action::SetProportionality(match mode {
            "can-bear" => Some(ProportionalityAdjustment::CanBearEur(keep(
                |a| if let ProportionalityAdjustment::CanBearEur(v) = a { Some(v) } else { None },
                15_000,
            ))),
            "reduce" => Some(ProportionalityAdjustment::ReducePct(keep(
                |a| if let ProportionalityAdjustment::ReducePct(v) = a { Some(v) } else { None },
                25,
            ))),
            "reduce-eur" => Some(ProportionalityAdjustment::ReduceEur(keep(
                |a| if let ProportionalityAdjustment::ReduceEur(v) = a { Some(v) } else { None },
                100_000,
            ))),
            _ => None,
        }))
    });
    let on_reason = on_text(&dispatch, Action::SetProportionalityReason);
    let on_can_bear = on_value(&dispatch, |v: Option<Decimal>| {
        Action::SetProportionality(v.map(ProportionalityAdjustment::CanBearEur))
    });
    let on_reduce = on_value(&dispatch, |v: Option<Decimal>| {
        Action::SetProportionality(v.map(ProportionalityAdjustment::ReducePct))
    });
    let on_reduce_eur = on_value(&dispatch, |v: Option<Decimal>| {
        Action::SetProportionality(v.map(ProportionalityAdjustment::ReduceEur))
    });
    let on_ground = on_select(&dispatch, |g| {
        Some(Action::SetProportionalityGround(if g == "proportionality" {
            ProportionalityGround::Proportionality
        } else {
            ProportionalityGround::AbilityToPay
        }))
    });
    let on_lower = on_check(&dispatch, Action::SetLowerBandConsidered);
    let lang = use_lang();
    let t = texts(lang);
    let adjustment = FieldPath::root("proportionality").key("adjustment");
    let legend = match props.method {
        Method::Edpb2023 => t.prop_legend_edpb,
        Method::Ap2019 => t.prop_legend_ap,
    };
    let mode = match p.adjustment {
        None => "none",
        Some(ProportionalityAdjustment::CanBearEur(_)) => "can-bear",
        Some(ProportionalityAdjustment::ReducePct(_)) => "reduce",
        Some(ProportionalityAdjustment::ReduceEur(_)) => "reduce-eur",
    };
    let ability = p.ground == ProportionalityGround::AbilityToPay;
    html! {
        <>
        if props.method == Method::Ap2019 {
            <ConnectionForm id={props.id.clone()} connection={props.connection.clone()} error={props.error.clone()} />
        }
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
                        <option value="reduce-eur" selected={mode == "reduce-eur"}>{ t.reduce_eur_option }</option>
                    </select>
                </div>
                { match p.adjustment {
                    Some(ProportionalityAdjustment::CanBearEur(v)) => html! {
                        <MoneyInput id={rid("can-bear")} label={t.can_bear} value={Some(v)} on_change={on_can_bear}
                            error={error_for(props.error.as_ref(), &adjustment.clone().key("can_bear_eur"), lang)} />
                    },
                    Some(ProportionalityAdjustment::ReducePct(v)) => html! {
                        <NumberInput id={rid("reduce")} label={t.reduction} unit="%" value={Some(v)} on_change={on_reduce}
                            error={error_for(props.error.as_ref(), &adjustment.clone().key("reduce_pct"), lang)} />
                    },
                    Some(ProportionalityAdjustment::ReduceEur(v)) => html! {
                        <MoneyInput id={rid("reduce-eur")} label={t.reduction_eur} value={Some(v)} on_change={on_reduce_eur}
                            error={error_for(props.error.as_ref(), &adjustment.clone().key("reduce_eur"), lang)} />
                    },
                    None => html! {},
                } }
                if p.adjustment.is_some() {
                    <div class="gfs-field">
                        <label for={rid("ground")}>{ t.ground }</label>
                        <select id={rid("ground")} onchange={on_ground}>
                            <option value="ability" selected={ability}>{ t.ground_ability }</option>
                            <option value="proportionality" selected={!ability}>{ t.ground_proportionality }</option>
                        </select>
                    </div>
                }
                if p.adjustment.is_some() && ability && props.method == Method::Ap2019 {
                    <div class="gfs-check gfs-wide">
                        <input id={rid("lower")} type="checkbox" checked={p.lower_band_considered} onchange={on_lower} />
                        <label for={rid("lower")}>{ t.lower_band_considered }</label>
                    </div>
                }
                <div class="gfs-field gfs-wide">
                    <label for={rid("reason")}>{ t.reason }</label>
                    <input id={rid("reason")} type="text" value={p.reason.clone()} oninput={on_reason} />
                </div>
            </div>
        </fieldset>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ConnectionFormProps {
    id: AttrValue,
    connection: Option<Connection>,
    error: Option<ScenarioError>,
}

/// AP 2019: the reduction of the total for closely connected infringements.
#[function_component(ConnectionForm)]
fn connection_form(props: &ConnectionFormProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let t = texts(lang);
    let reduce = FieldPath::root("connection").key("reduce");
    let rid = |s: &str| AttrValue::from(format!("{}-conn-{s}", props.id));
    let current = props.connection.as_ref().map(|c| c.reduce);
    let on_mode = on_select(&dispatch, move |mode| {
        Some(Action::SetConnection(match (mode, current) {
            ("pct", Some(Adjustment::Pct(v))) => Some(Adjustment::Pct(v)),
            ("pct", _) => Some(Adjustment::Pct(Decimal::from(20))),
            ("eur", Some(Adjustment::Eur(v))) => Some(Adjustment::Eur(v)),
            ("eur", _) => Some(Adjustment::Eur(Decimal::from(100_000))),
            _ => None,
        }))
    });
    let on_pct = on_value(&dispatch, |v: Option<Decimal>| Action::SetConnection(v.map(Adjustment::Pct)));
    let on_eur = on_value(&dispatch, |v: Option<Decimal>| Action::SetConnection(v.map(Adjustment::Eur)));
    let on_reason = on_text(&dispatch, Action::SetConnectionReason);
    let mode = match current {
        None => "none",
        Some(Adjustment::Pct(_)) => "pct",
        Some(Adjustment::Eur(_)) => "eur",
    };
    html! {
        <fieldset class="gfs-connection">
            <legend>{ t.connection_legend }</legend>
            <p class="gfs-hint">{ t.connection_hint }</p>
            <div class="gfs-grid">
                <div class="gfs-field">
                    <label for={rid("mode")}>{ t.adjustment }</label>
                    <select id={rid("mode")} onchange={on_mode}>
                        <option value="none" selected={mode == "none"}>{ t.none }</option>
                        <option value="pct" selected={mode == "pct"}>{ t.connection_pct_option }</option>
                        <option value="eur" selected={mode == "eur"}>{ t.connection_eur_option }</option>
                    </select>
                </div>
                { match current {
                    Some(Adjustment::Pct(v)) => html! {
                        <NumberInput id={rid("pct")} label={t.reduction} unit="%" value={Some(v)} on_change={on_pct}
                            error={error_for(props.error.as_ref(), &reduce.clone().key("pct"), lang)} />
                    },
                    Some(Adjustment::Eur(v)) => html! {
                        <MoneyInput id={rid("eur")} label={t.reduction_eur} value={Some(v)} on_change={on_eur}
                            error={error_for(props.error.as_ref(), &reduce.clone().key("eur"), lang)} />
                    },
                    None => html! {},
                } }
                if let Some(c) = &props.connection {
                    <div class="gfs-field gfs-wide">
                        <label for={rid("reason")}>{ t.reason }</label>
                        <input id={rid("reason")} type="text" value={c.reason.clone()} oninput={on_reason} />
                    </div>
                }
            </div>
        </fieldset>
    }
}
