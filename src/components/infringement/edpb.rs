//! The seriousness inputs of one infringement under the EDPB method (step 2) or the ICO's (step 1),
//! whose ranges have the same shape: the level and the point in its range, by slider, as an exact
//! share of the maximum, or as an amount.

use crate::components::inputs::{MoneyInput, NumberInput};
use crate::components::{error_for, on_select, on_text, on_value, use_dispatch};
use crate::i18n::{texts, use_currency, use_lang};
use crate::state::{Action, Edit};
use finesim_engine::ico::seriousness_range_of;
use finesim_engine::money::{format_pct, share_pct};
use finesim_engine::text::level_name;
use finesim_engine::FieldPath;
use finesim_engine::Method;
use finesim_engine::{ScenarioError, Seriousness, SeriousnessLevel, StartingPoint};
use rust_decimal::Decimal;
use std::str::FromStr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EdpbInputsProps {
    /// Prefix of the element ids of this infringement's card.
    pub id: AttrValue,
    pub index: usize,
    pub seriousness: Seriousness,
    /// The infringement's legal maximum, to show a starting amount in euros as a share of it.
    pub maximum: Option<Decimal>,
    pub error: Option<ScenarioError>,
    /// The EDPB's (step 2) or the ICO's (step 1), whose ranges have the same shape.
    pub method: Method,
}

#[function_component(EdpbInputs)]
pub fn edpb_inputs(props: &EdpbInputsProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let cur = use_currency();
    let t = texts(lang);
    let i = props.index;
    let s = &props.seriousness;
    let rid = |x: &str| format!("{}{x}", props.id);
    let range = seriousness_range_of(props.method, s.level);
    let share = match s.start {
        None => (range.low + range.high) / Decimal::TWO,
        Some(StartingPoint::PctOfMax(p)) => p,
        Some(StartingPoint::Amount(e)) => props.maximum.map(|m| share_pct(e, m)).unwrap_or(range.low),
    };
    let on_level = on_select(&dispatch, move |v| {
        let level = match v {
            "low" => SeriousnessLevel::Low,
            "high" => SeriousnessLevel::High,
            _ => SeriousnessLevel::Medium,
        };
        Some(Action::Edit(i, Edit::Seriousness(level)))
    });
    // A slider always gives a number; a text that is not one leaves the point as it was.
    let on_slider = on_text(&dispatch, move |v| match Decimal::from_str(&v) {
        Ok(p) => Action::Edit(i, Edit::Start(Some(StartingPoint::PctOfMax(p)))),
        Err(_) => Action::Edit(i, Edit::Start(None)),
    });
    let on_pct = on_value(&dispatch, move |v: Option<Decimal>| {
        Action::Edit(i, Edit::Start(v.map(StartingPoint::PctOfMax)))
    });
    let on_amount = on_value(&dispatch, move |v: Option<Decimal>| {
        Action::Edit(i, Edit::Start(v.map(StartingPoint::Amount)))
    });
    let field = FieldPath::infringement(i).key("seriousness").key("start");
    let amount_value = match s.start {
        Some(StartingPoint::Amount(e)) => Some(e),
        _ => None,
    };
    let pct_value = match s.start {
        Some(StartingPoint::PctOfMax(p)) => Some(p),
        _ => None,
    };
    html! {
        <>
            <div class="gfs-field">
                <label for={rid("level")}>{ t.seriousness(&crate::components::factors::seriousness_step(props.method)) }</label>
                <select id={rid("level")} onchange={on_level}>
                    { for SeriousnessLevel::ALL.into_iter().map(|l| {
                        let r = seriousness_range_of(props.method, l);
                        html! { <option value={l.id()} selected={s.level == l}>{ t.level_option(&level_name(l, lang), &format_pct(lang, r.low), &format_pct(lang, r.high)) }</option> }
                    }) }
                </select>
            </div>
            <div class="gfs-field gfs-slider">
                <label for={rid("point")}>{ if props.method == Method::Ico2024 { t.ico_step1_point(&format_pct(lang, share.round_dp(2))) } else { t.starting_point(&format_pct(lang, share.round_dp(2))) } }</label>
                <input id={rid("point")} type="range" min={range.low.to_string()} max={range.high.to_string()} step="0.5"
                    value={share.to_string()} oninput={on_slider} />
            </div>
            <NumberInput id={AttrValue::from(rid("pct"))} label={t.exact_pct} unit="%" value={pct_value} on_change={on_pct}
                placeholder={format!("{} – {}", range.low, range.high)} error={error_for(props.error.as_ref(), &field.clone().key("pct_of_max"), lang)} />
            <MoneyInput id={AttrValue::from(rid("amount"))} label={t.exact_amount(&cur.symbol())} value={amount_value} on_change={on_amount}
                placeholder="e.g. 32m" error={error_for(props.error.as_ref(), &field.clone().key("amount"), lang)} />
        </>
    }
}
