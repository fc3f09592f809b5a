//! The steps after the per-infringement fines: the AP's reduction for connected infringements,
//! then the last step of both methods, proportionality and ability to pay.

use super::error_for;
use super::inputs::{MoneyInput, NumberInput};
use super::{on_check, on_select, on_text, on_value, use_dispatch};
use crate::i18n::{texts, use_currency, use_lang};
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

/// The kinds of adjustment the form offers, each once: its option value and label, and the
/// adjustment it starts from.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    None,
    CanBear,
    Reduce,
    ReduceAmount,
}

impl Mode {
    const ALL: [Mode; 4] = [Mode::None, Mode::CanBear, Mode::Reduce, Mode::ReduceAmount];

    fn id(self) -> &'static str {
        match self {
            Mode::None => "none",
            Mode::CanBear => "can-bear",
            Mode::Reduce => "reduce",
            Mode::ReduceAmount => "reduce-eur",
        }
    }

    fn of(a: Option<ProportionalityAdjustment>) -> Mode {
        match a {
            None => Mode::None,
            Some(ProportionalityAdjustment::SetTo(_)) => Mode::CanBear,
            Some(ProportionalityAdjustment::ReducePct(_)) => Mode::Reduce,
            Some(ProportionalityAdjustment::ReduceAmount(_)) => Mode::ReduceAmount,
        }
    }

    fn label(self, t: &crate::i18n::Texts) -> &'static str {
        match self {
            Mode::None => t.none,
            Mode::CanBear => t.can_bear_option,
            Mode::Reduce => t.reduce_option,
            Mode::ReduceAmount => t.reduce_eur_option,
        }
    }

    /// The adjustment in this mode: the amount it had, else a visible example value.
    fn adjustment(self, current: Option<ProportionalityAdjustment>) -> Option<ProportionalityAdjustment> {
        use ProportionalityAdjustment::*;
        match self {
            Mode::None => None,
            Mode::CanBear => Some(SetTo(match current {
                Some(SetTo(v)) => v,
                _ => Decimal::from(15_000),
            })),
            Mode::Reduce => Some(ReducePct(match current {
                Some(ReducePct(v)) => v,
                _ => Decimal::from(25),
            })),
            Mode::ReduceAmount => Some(ReduceAmount(match current {
                Some(ReduceAmount(v)) => v,
                _ => Decimal::from(100_000),
            })),
        }
    }
}

#[function_component(ProportionalityForm)]
pub fn proportionality_form(props: &ProportionalityFormProps) -> Html {
    let dispatch = use_dispatch();
    let p = &props.proportionality;
    let rid = |s: &str| AttrValue::from(format!("{}-{s}", props.id));
    let current = p.adjustment;
    let on_mode = on_select(&dispatch, move |id| {
        Mode::ALL
            .into_iter()
            .find(|m| m.id() == id)
            .map(|m| Action::SetProportionality(m.adjustment(current)))
    });
    let on_reason = on_text(&dispatch, Action::SetProportionalityReason);
    let t = texts(use_lang());
    let legend = match props.method {
        Method::Edpb2023 => t.prop_legend_edpb,
        Method::Ap2019 => t.prop_legend_ap,
        Method::Ico2024 => t.prop_legend_ico,
    };
    let mode = Mode::of(p.adjustment);
    html! {
        <>
        if props.method == Method::Ap2019 {
            <ConnectionForm id={props.id.clone()} connection={props.connection.clone()} error={props.error.clone()} />
        }
        <fieldset class="gfs-proportionality">
            <legend>{ legend }</legend>
            <p class="gfs-hint">{ match props.method {
                Method::Ico2024 => t.prop_hint_ico,
                Method::Edpb2023 => t.prop_hint_edpb,
                Method::Ap2019 => t.prop_hint,
            } }</p>
            <div class="gfs-grid">
                <div class="gfs-field">
                    <label for={rid("mode")}>{ t.adjustment }</label>
                    <select id={rid("mode")} onchange={on_mode}>
                        { for Mode::ALL.into_iter().map(|m| html! { <option value={m.id()} selected={m == mode}>{ m.label(t) }</option> }) }
                    </select>
                </div>
                <AdjustmentAmount id={props.id.clone()} adjustment={p.adjustment} ability={p.ground == ProportionalityGround::AbilityToPay} error={props.error.clone()} />
                if p.adjustment.is_some() {
                    <GroundFields id={props.id.clone()} proportionality={p.clone()} method={props.method} />
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
struct AdjustmentAmountProps {
    id: AttrValue,
    adjustment: Option<ProportionalityAdjustment>,
    /// Whether the ground is what the undertaking can pay (else proportionality).
    ability: bool,
    error: Option<ScenarioError>,
}

/// The amount or percentage of the adjustment chosen.
#[function_component(AdjustmentAmount)]
fn adjustment_amount(props: &AdjustmentAmountProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let cur = use_currency();
    let t = texts(lang);
    let rid = |s: &str| AttrValue::from(format!("{}-{s}", props.id));
    let field = FieldPath::root("proportionality").key("adjustment");
    let error = |name: &str| error_for(props.error.as_ref(), &field.clone().key(name), lang);
    let set = |f: fn(Decimal) -> ProportionalityAdjustment| {
        on_value(&dispatch, move |v: Option<Decimal>| Action::SetProportionality(v.map(f)))
    };
    match props.adjustment {
        Some(ProportionalityAdjustment::SetTo(v)) => html! {
            <MoneyInput id={rid("can-bear")} label={if props.ability { t.can_bear(&cur.symbol()) } else { t.set_to(&cur.symbol()) }} value={Some(v)}
                on_change={set(ProportionalityAdjustment::SetTo)} error={error("set_to")} />
        },
        Some(ProportionalityAdjustment::ReducePct(v)) => html! {
            <NumberInput id={rid("reduce")} label={t.reduction} unit="%" value={Some(v)}
                on_change={set(ProportionalityAdjustment::ReducePct)} error={error("reduce_pct")} />
        },
        Some(ProportionalityAdjustment::ReduceAmount(v)) => html! {
            <MoneyInput id={rid("reduce-eur")} label={t.reduction_amount(&cur.symbol())} value={Some(v)}
                on_change={set(ProportionalityAdjustment::ReduceAmount)} error={error("reduce_amount")} />
        },
        None => html! {},
    }
}

#[derive(Properties, PartialEq)]
struct GroundFieldsProps {
    id: AttrValue,
    proportionality: Proportionality,
    method: Method,
}

/// Why the fine is lowered, and (AP 2019, art. 9) whether the lower band was considered first.
#[function_component(GroundFields)]
fn ground_fields(props: &GroundFieldsProps) -> Html {
    let dispatch = use_dispatch();
    let t = texts(use_lang());
    let p = &props.proportionality;
    let rid = |s: &str| AttrValue::from(format!("{}-{s}", props.id));
    let on_ground = on_select(&dispatch, |g| {
        Some(Action::SetProportionalityGround(if g == "proportionality" {
            ProportionalityGround::Proportionality
        } else {
            ProportionalityGround::AbilityToPay
        }))
    });
    let on_lower = on_check(&dispatch, Action::SetLowerBandConsidered);
    let ability = p.ground == ProportionalityGround::AbilityToPay;
    html! {
        <>
        <div class="gfs-field">
            <label for={rid("ground")}>{ t.ground }</label>
            <select id={rid("ground")} onchange={on_ground}>
                <option value="ability" selected={ability}>{ t.ground_ability }</option>
                <option value="proportionality" selected={!ability}>{ t.ground_proportionality }</option>
            </select>
        </div>
        if ability && props.method == Method::Ap2019 {
            <div class="gfs-check gfs-wide">
                <input id={rid("lower")} type="checkbox" checked={p.lower_band_considered} onchange={on_lower} />
                <label for={rid("lower")}>{ t.lower_band_considered }</label>
            </div>
        }
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
    let cur = use_currency();
    let t = texts(lang);
    let reduce = FieldPath::root("connection").key("reduce");
    let rid = |s: &str| AttrValue::from(format!("{}-conn-{s}", props.id));
    let current = props.connection.as_ref().map(|c| c.reduce);
    let on_mode = on_select(&dispatch, move |mode| {
        Some(Action::SetConnection(match (mode, current) {
            ("pct", Some(Adjustment::Pct(v))) => Some(Adjustment::Pct(v)),
            ("pct", _) => Some(Adjustment::Pct(Decimal::from(20))),
            ("eur", Some(Adjustment::Amount(v))) => Some(Adjustment::Amount(v)),
            ("eur", _) => Some(Adjustment::Amount(Decimal::from(100_000))),
            _ => None,
        }))
    });
    let on_pct = on_value(&dispatch, |v: Option<Decimal>| Action::SetConnection(v.map(Adjustment::Pct)));
    let on_eur = on_value(&dispatch, |v: Option<Decimal>| Action::SetConnection(v.map(Adjustment::Amount)));
    let on_reason = on_text(&dispatch, Action::SetConnectionReason);
    let mode = match current {
        None => "none",
        Some(Adjustment::Pct(_)) => "pct",
        Some(Adjustment::Amount(_)) => "eur",
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
                    Some(Adjustment::Amount(v)) => html! {
                        <MoneyInput id={rid("eur")} label={t.reduction_amount(&cur.symbol())} value={Some(v)} on_change={on_eur}
                            error={error_for(props.error.as_ref(), &reduce.clone().key("amount"), lang)} />
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
