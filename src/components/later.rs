//! What comes after the calculation (`Scenario::adjustments`): a court's reduction for the
//! reasonable time, Spain's reductions for acknowledging responsibility and paying early, a
//! settlement, the ICO's financial hardship. A case that states one opens with it, and the
//! reader can change, remove or add one, as with every other input.

use super::error_for;
use super::inputs::{MoneyInput, NumberInput};
use super::{on_click, on_select, on_text, on_value, use_dispatch};
use crate::i18n::{texts, use_currency, use_lang};
use crate::state::{Action, LaterEdit, LaterValue};
use finesim_engine::text::ground_name;
use finesim_engine::{AdjustmentBase, AdjustmentGround, FieldPath, LaterAdjustment, ScenarioError};
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LaterFormProps {
    pub id: AttrValue,
    pub adjustments: Vec<LaterAdjustment>,
    pub error: Option<ScenarioError>,
}

#[function_component(LaterForm)]
pub fn later_form(props: &LaterFormProps) -> Html {
    let dispatch = use_dispatch();
    let t = texts(use_lang());
    html! {
        <fieldset class="gfs-later-list">
            <legend>{ t.later_legend(&props.adjustments.len()) }</legend>
            <p class="gfs-hint">{ t.later_hint }</p>
            { for props.adjustments.iter().enumerate().map(|(i, a)| html! {
                <LaterCard key={i} id={format!("{}-{i}", props.id)} index={i} adjustment={a.clone()} error={props.error.clone()} />
            }) }
            <button type="button" id={format!("{}-add", props.id)} class="gfs-add" onclick={on_click(&dispatch, Action::AddLater)}>{ t.add_later }</button>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct LaterCardProps {
    id: AttrValue,
    index: usize,
    adjustment: LaterAdjustment,
    error: Option<ScenarioError>,
}

/// The kinds of adjustment, as the form's choice offers them: its option value, and the kind
/// it becomes, keeping the value where the kind stays.
const KINDS: [&str; 3] = ["pct", "amount", "set-to"];

fn kind_of(v: LaterValue) -> &'static str {
    match v {
        LaterValue::ReducePct(_) => KINDS[0],
        LaterValue::ReduceAmount(_) => KINDS[1],
        LaterValue::SetTo(_) => KINDS[2],
    }
}

/// The adjustment in kind `kind`: its value if it is of that kind already, else a visible example.
fn in_kind(kind: &str, current: LaterValue) -> Option<LaterValue> {
    if kind == kind_of(current) {
        return Some(current);
    }
    match kind {
        "pct" => Some(LaterValue::ReducePct(Some(Decimal::TEN))),
        "amount" => Some(LaterValue::ReduceAmount(Some(Decimal::from(10_000)))),
        "set-to" => Some(LaterValue::SetTo(Some(Decimal::from(15_000)))),
        _ => None,
    }
}

#[function_component(LaterCard)]
fn later_card(props: &LaterCardProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let t = texts(lang);
    let (i, a) = (props.index, &props.adjustment);
    let rid = |s: &str| AttrValue::from(format!("{}-{s}", props.id));
    let edit = move |e: LaterEdit| Action::EditLater(i, e);
    let value = LaterValue::of(a);
    let on_ground = on_select(&dispatch, move |v| {
        v.parse::<usize>()
            .ok()
            .and_then(|n| AdjustmentGround::ALL.get(n))
            .map(|g| edit(LaterEdit::Ground(*g)))
    });
    let on_kind = on_select(&dispatch, move |k| in_kind(k, value).map(|v| edit(LaterEdit::Value(v))));
    let on_of = on_select(&dispatch, move |v| {
        let of = if v == "first" { AdjustmentBase::First } else { AdjustmentBase::Running };
        Some(edit(LaterEdit::Of(of)))
    });
    let on_reason = on_text(&dispatch, move |r| edit(LaterEdit::Reason(r)));
    let heading = t.later_n(&(i + 1));
    html! {
        <article class="gfs-later" aria-label={heading.clone()}>
            <header class="gfs-inf-head">
                <h4>{ heading.clone() }</h4>
                <button type="button" id={rid("remove")} class="gfs-remove" onclick={on_click(&dispatch, Action::RemoveLater(i))}
                    aria-label={t.remove_label(&heading)}>{ t.remove }</button>
            </header>
            <div class="gfs-grid">
                <div class="gfs-field">
                    <label for={rid("ground")}>{ t.ground }</label>
                    <select id={rid("ground")} onchange={on_ground}>
                        { for AdjustmentGround::ALL.iter().enumerate().map(|(n, g)| html! {
                            <option value={n.to_string()} selected={*g == a.ground}>{ ground_name(*g, lang) }</option>
                        }) }
                    </select>
                </div>
                <div class="gfs-field">
                    <label for={rid("kind")}>{ t.adjustment }</label>
                    <select id={rid("kind")} onchange={on_kind}>
                        { for KINDS.into_iter().zip([t.reduce_option, t.reduce_eur_option, t.later_set_option]).map(|(k, label)| html! {
                            <option value={k} selected={k == kind_of(value)}>{ label }</option>
                        }) }
                    </select>
                </div>
                <LaterValueInput id={props.id.clone()} index={i} {value} error={props.error.clone()} />
                if matches!(value, LaterValue::ReducePct(_)) {
                    <div class="gfs-field">
                        <label for={rid("of")}>{ t.later_of }</label>
                        <select id={rid("of")} onchange={on_of}>
                            <option value="running" selected={a.of == AdjustmentBase::Running}>{ t.of_running }</option>
                            <option value="first" selected={a.of == AdjustmentBase::First}>{ t.of_first }</option>
                        </select>
                    </div>
                }
                <div class="gfs-field gfs-wide">
                    <label for={rid("reason")}>{ t.reason }</label>
                    <input id={rid("reason")} type="text" value={a.reason.clone()} oninput={on_reason} />
                </div>
            </div>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct LaterValueProps {
    id: AttrValue,
    index: usize,
    value: LaterValue,
    error: Option<ScenarioError>,
}

/// The percentage or amount of adjustment `index`, with the engine's complaint about it.
#[function_component(LaterValueInput)]
fn later_value_input(props: &LaterValueProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let cur = use_currency();
    let t = texts(lang);
    let i = props.index;
    let rid = |s: &str| AttrValue::from(format!("{}-{s}", props.id));
    let set = |f: fn(Option<Decimal>) -> LaterValue| {
        on_value(&dispatch, move |v| Action::EditLater(i, LaterEdit::Value(f(v))))
    };
    let field = FieldPath::root("adjustments").index(i);
    let error = |path: FieldPath| error_for(props.error.as_ref(), &path, lang);
    match props.value {
        LaterValue::ReducePct(v) => html! {
            <NumberInput id={rid("pct")} label={t.reduction} unit="%" value={v} on_change={set(LaterValue::ReducePct)}
                error={error(field.key("reduce").key("pct"))} />
        },
        LaterValue::ReduceAmount(v) => html! {
            <MoneyInput id={rid("amount")} label={t.reduction_amount(&cur.symbol())} value={v}
                on_change={set(LaterValue::ReduceAmount)} error={error(field.key("reduce").key("amount"))} />
        },
        LaterValue::SetTo(v) => html! {
            <MoneyInput id={rid("set-to")} label={t.set_to(&cur.symbol())} value={v} on_change={set(LaterValue::SetTo)}
                error={error(field.key("set_to"))} />
        },
    }
}
