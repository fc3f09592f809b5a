//! The Art. 83(2) factors (a)–(k) of one infringement: what each means, whether it aggravates
//! or mitigates, by how much, why, and what it does to the fine in euros, live.

use super::{capitalise, error_for};
use super::inputs::NumberInput;
use crate::state::{Action, Edit};
use finesim_engine::factors::{edpb_weighs_in_seriousness, factor_explanation, factor_title};
use finesim_engine::money::format_eur;
use finesim_engine::{Adjustment, Effect, FactorId, FactorSetting, Method, ScenarioError};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FactorsPanelProps {
    pub id: AttrValue,
    pub index: usize,
    pub factors: BTreeMap<FactorId, FactorSetting>,
    pub method: Method,
    /// What each weighed factor changed, in euros, from the assessment's steps.
    pub deltas: BTreeMap<FactorId, Decimal>,
    pub error: Option<ScenarioError>,
    pub dispatch: Callback<Action>,
}

fn effect_id(e: Effect) -> &'static str {
    match e {
        Effect::Aggravating => "aggravating",
        Effect::Neutral => "neutral",
        Effect::Mitigating => "mitigating",
    }
}

#[function_component(FactorsPanel)]
pub fn factors_panel(props: &FactorsPanelProps) -> Html {
    let count = |e: Effect| props.factors.values().filter(|s| s.effect == e).count();
    let summary = format!(
        "Art. 83(2) factors (a)–(k): {} aggravating, {} mitigating",
        count(Effect::Aggravating),
        count(Effect::Mitigating)
    );
    let open = count(Effect::Aggravating) + count(Effect::Mitigating) > 0;
    html! {
        <details class="gfs-factors" {open}>
            <summary>{ summary }</summary>
            <p class="gfs-hint">{ match props.method {
                Method::Edpb2023 => "Under the EDPB guidelines (a), (b) and (g) set the seriousness in step 2; the others raise or lower the amount in step 3. The guidelines give no percentages: any figure here is your assumption.",
                Method::Ap2019 => "Under the AP 2019 rules every factor moves the basic fine up or down within the band (arts. 6 and 7); percentages are of the basic fine.",
            } }</p>
            <ul class="gfs-factor-list">
                { for FactorId::ALL.into_iter().map(|id| factor_row(props, id)) }
            </ul>
        </details>
    }
}

fn factor_row(props: &FactorsPanelProps, id: FactorId) -> Html {
    let i = props.index;
    let setting = props.factors.get(&id).cloned().unwrap_or_default();
    let rid = format!("{}-f{}", props.id, id.letter());
    let in_step2 = props.method == Method::Edpb2023 && edpb_weighs_in_seriousness(id);
    let field = format!("infringements[{i}].factors.{}", id.letter());

    let d = props.dispatch.clone();
    let on_effect = Callback::from(move |e: Event| {
        let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() else { return };
        let effect = match sel.value().as_str() {
            "aggravating" => Effect::Aggravating,
            "mitigating" => Effect::Mitigating,
            _ => Effect::Neutral,
        };
        d.emit(Action::Edit(i, Edit::FactorEffect(id, effect)));
    });
    let is_eur = matches!(setting.adjust, Some(Adjustment::Eur(_)));
    let value = match setting.adjust {
        Some(Adjustment::Eur(v)) | Some(Adjustment::Pct(v)) => Some(v),
        None => None,
    };
    let d = props.dispatch.clone();
    let on_unit = Callback::from(move |e: Event| {
        let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() else { return };
        let v = value.unwrap_or(Decimal::TEN);
        let adjust = if sel.value() == "eur" { Adjustment::Eur(v) } else { Adjustment::Pct(v) };
        d.emit(Action::Edit(i, Edit::FactorAdjust(id, Some(adjust))));
    });
    let d = props.dispatch.clone();
    let on_amount = Callback::from(move |v: Option<Decimal>| {
        let adjust = v.map(|v| if is_eur { Adjustment::Eur(v) } else { Adjustment::Pct(v) });
        d.emit(Action::Edit(i, Edit::FactorAdjust(id, adjust)));
    });
    let d = props.dispatch.clone();
    let on_reason = Callback::from(move |e: InputEvent| {
        if let Some(inp) = e.target_dyn_into::<HtmlInputElement>() {
            d.emit(Action::Edit(i, Edit::FactorReason(id, inp.value())));
        }
    });
    let delta = props.deltas.get(&id).copied();
    let delta_text = match delta {
        Some(v) if v > Decimal::ZERO => format!("+{}", format_eur(v)),
        Some(v) if v < Decimal::ZERO => format_eur(v),
        Some(_) => "±€0".to_string(),
        None if in_step2 && setting.effect != Effect::Neutral => "in step 2".to_string(),
        None => String::new(),
    };
    let title = factor_title(id);
    html! {
        <li class={classes!("gfs-factor", format!("gfs-{}", effect_id(setting.effect)))}>
            <div class="gfs-factor-head">
                <span class="gfs-factor-name">{ format!("({}) {title}", id.letter()) }</span>
                <span class="gfs-factor-expl">{ factor_explanation(id) }</span>
            </div>
            <div class="gfs-factor-controls">
                <div class="gfs-field gfs-compact">
                    <label for={format!("{rid}-effect")}>{ format!("({}) effect", id.letter()) }</label>
                    <select id={format!("{rid}-effect")} onchange={on_effect}>
                        { for [Effect::Aggravating, Effect::Neutral, Effect::Mitigating].into_iter().map(|e| html! {
                            <option value={effect_id(e)} selected={setting.effect == e}>{ capitalise(effect_id(e)) }</option>
                        }) }
                    </select>
                </div>
                if !in_step2 && setting.effect != Effect::Neutral {
                    <NumberInput id={AttrValue::from(format!("{rid}-amount"))} label={format!("({}) by", id.letter())} compact=true value={value}
                        on_change={on_amount} unit={if is_eur { "€" } else { "%" }}
                        error={error_for(props.error.as_ref(), &field)} />
                    <div class="gfs-field gfs-compact">
                        <label for={format!("{rid}-unit")}>{ format!("({}) unit", id.letter()) }</label>
                        <select id={format!("{rid}-unit")} onchange={on_unit}>
                            <option value="pct" selected={!is_eur}>{ "%" }</option>
                            <option value="eur" selected={is_eur}>{ "€" }</option>
                        </select>
                    </div>
                }
                <div class="gfs-field gfs-compact gfs-reason">
                    <label for={format!("{rid}-reason")}>{ format!("({}) reason", id.letter()) }</label>
                    <input id={format!("{rid}-reason")} type="text" value={setting.reason.clone()} oninput={on_reason} />
                </div>
                <output class="gfs-delta" for={format!("{rid}-effect")} aria-label={format!("Change in the fine from ({})", id.letter())}>{ delta_text }</output>
            </div>
        </li>
    }
}

