//! The Art. 83(2) factors (a)–(k) of one infringement: what each means, whether it aggravates
//! or mitigates, by how much, why, and what it does to the fine in euros, live.

use super::disclosure::Disclosure;
use super::error_for;
use super::inputs::NumberInput;
use super::{on_select, on_text, on_value, use_dispatch};
use crate::i18n::{money, texts, use_currency, use_lang, Lang, Texts};
use crate::state::{Action, Edit};
use finesim_engine::factors::edpb_weighs_in_seriousness;
use finesim_engine::text::effect_name;
use finesim_engine::text::{factor_explanation, factor_title};
use finesim_engine::Currency;
use finesim_engine::FieldPath;
use finesim_engine::{Adjustment, Effect, FactorId, FactorSetting, Method, ScenarioError};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct FactorsPanelProps {
    pub id: AttrValue,
    pub index: usize,
    pub factors: BTreeMap<FactorId, FactorSetting>,
    pub method: Method,
    /// What each weighed factor changed, in euros, from the assessment's steps.
    pub deltas: BTreeMap<FactorId, Decimal>,
    pub error: Option<ScenarioError>,
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
    let lang = use_lang();
    let t = texts(lang);
    let summary = t.factors_summary(&count(Effect::Aggravating), &count(Effect::Mitigating));
    let field = FieldPath::infringement(props.index).key("factors");
    let open = count(Effect::Aggravating) + count(Effect::Mitigating) > 0
        || props.error.as_ref().is_some_and(|e| e.field.is_within(&field));
    html! {
        <Disclosure class="gfs-factors" summary={html! { summary }} {open}>
            <FactorRows ..props.clone() />
        </Disclosure>
    }
}

/// The eleven rows, a component of their own so that a closed panel never builds them.
#[function_component(FactorRows)]
fn factor_rows(props: &FactorsPanelProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let cur = use_currency();
    let t = texts(lang);
    html! {
        <>
            <p class="gfs-hint">{ match props.method {
                Method::Edpb2023 => t.factors_hint_edpb,
                Method::Ap2019 => t.factors_hint_ap,
                Method::Ico2024 => t.factors_hint_ico,
            } }</p>
            <ul class="gfs-factor-list">
                { for FactorId::ALL.into_iter().map(|id| factor_row(props, &dispatch, (lang, cur), t, id)) }
            </ul>
        </>
    }
}

fn factor_row(
    props: &FactorsPanelProps,
    dispatch: &Callback<Action>,
    (lang, cur): (Lang, Currency),
    t: &Texts,
    id: FactorId,
) -> Html {
    let i = props.index;
    let setting = props.factors.get(&id).cloned().unwrap_or_default();
    let rid = format!("{}-f{}", props.id, id.letter());
    // Under the EDPB's and the ICO's methods (a), (b) and (g) set the seriousness (step 2; step 1).
    let in_step2 = props.method != Method::Ap2019 && edpb_weighs_in_seriousness(id);
    let field = FieldPath::infringement(i).key("factors").key(&id.letter().to_string());

    let on_effect = on_select(dispatch, move |v| {
        let effect = match v {
            "aggravating" => Effect::Aggravating,
            "mitigating" => Effect::Mitigating,
            _ => Effect::Neutral,
        };
        Some(Action::Edit(i, Edit::FactorEffect(id, effect)))
    });
    let is_amount = matches!(setting.adjust, Some(Adjustment::Amount(_)));
    let value = match setting.adjust {
        Some(Adjustment::Amount(v)) | Some(Adjustment::Pct(v)) => Some(v),
        None => None,
    };
    let on_unit = on_select(dispatch, move |unit| {
        let v = value.unwrap_or(Decimal::TEN);
        let adjust = if unit == "amount" { Adjustment::Amount(v) } else { Adjustment::Pct(v) };
        Some(Action::Edit(i, Edit::FactorAdjust(id, Some(adjust))))
    });
    let on_amount = on_value(dispatch, move |v: Option<Decimal>| {
        let adjust = v.map(|v| if is_amount { Adjustment::Amount(v) } else { Adjustment::Pct(v) });
        Action::Edit(i, Edit::FactorAdjust(id, adjust))
    });
    let on_reason = on_text(dispatch, move |v| Action::Edit(i, Edit::FactorReason(id, v)));
    let delta_text = delta_text(
        props.deltas.get(&id).copied(),
        (in_step2 && setting.effect != Effect::Neutral).then_some(props.method),
        lang,
        cur,
    );
    let title = factor_title(id, lang);
    html! {
        <li class={classes!("gfs-factor", format!("gfs-{}", effect_id(setting.effect)))}>
            <div class="gfs-factor-head">
                <span class="gfs-factor-name">{ t.factor_name(&id.letter(), &title) }</span>
                <span class="gfs-factor-expl">{ factor_explanation(id, lang) }</span>
            </div>
            <div class="gfs-factor-controls">
                <div class="gfs-field gfs-compact">
                    <label for={format!("{rid}-effect")}>{ t.factor_effect(&id.letter()) }</label>
                    <select id={format!("{rid}-effect")} onchange={on_effect}>
                        { for [Effect::Aggravating, Effect::Neutral, Effect::Mitigating].into_iter().map(|e| html! {
                            <option value={effect_id(e)} selected={setting.effect == e}>{ effect_name(e, lang) }</option>
                        }) }
                    </select>
                </div>
                if !in_step2 && setting.effect != Effect::Neutral {
                    <NumberInput id={AttrValue::from(format!("{rid}-amount"))} label={t.factor_by(&id.letter())} compact=true value={value}
                        on_change={on_amount} unit={if is_amount { cur.symbol() } else { "%" }}
                        error={error_for(props.error.as_ref(), &field, lang)} />
                    <div class="gfs-field gfs-compact">
                        <label for={format!("{rid}-unit")}>{ t.factor_unit(&id.letter()) }</label>
                        <select id={format!("{rid}-unit")} onchange={on_unit}>
                            <option value="pct" selected={!is_amount}>{ "%" }</option>
                            <option value="amount" selected={is_amount}>{ cur.symbol() }</option>
                        </select>
                    </div>
                }
                <div class="gfs-field gfs-compact gfs-reason">
                    <label for={format!("{rid}-reason")}>{ t.factor_reason(&id.letter()) }</label>
                    <input id={format!("{rid}-reason")} type="text" value={setting.reason.clone()} oninput={on_reason} />
                </div>
                <output class="gfs-delta" for={format!("{rid}-effect")} aria-label={t.factor_change(&id.letter())}>{ delta_text }</output>
            </div>
        </li>
    }
}

/// What the factor changed, signed; that step 2 weighs it; or nothing.
fn delta_text(
    delta: Option<Decimal>,
    weighed_in_seriousness: Option<Method>,
    lang: Lang,
    cur: Currency,
) -> String {
    match delta {
        Some(v) if v > Decimal::ZERO => format!("+{}", money(lang, cur, v)),
        Some(v) if v < Decimal::ZERO => money(lang, cur, v),
        Some(_) => format!("±{}", money(lang, cur, Decimal::ZERO)),
        None => match weighed_in_seriousness {
            Some(m) => texts(lang).in_step(&seriousness_step(m)),
            None => String::new(),
        },
    }
}

/// The step in which a method weighs the seriousness: the EDPB's step 2, the ICO's step 1.
pub fn seriousness_step(method: Method) -> u8 {
    if method == Method::Ico2024 {
        1
    } else {
        2
    }
}
