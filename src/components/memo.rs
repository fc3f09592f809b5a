//! The printed memo's own parts: a heading with the method, its version and date, a summary of
//! the inputs, and the disclaimer. Hidden on screen, shown by the print stylesheet, so that the
//! browser's "print to PDF" gives a memo a trainer can hand out.

use crate::i18n::{money, texts, use_currency, use_lang};
use finesim_engine::legal_tables::{AP2019_NAME, AS_OF, EDPB_ADOPTED, EDPB_NAME, ICO_NAME, ICO_PUBLISHED};
use finesim_engine::presets::Fidelity;
use finesim_engine::{
    Assessment, Effect, Method, ProportionalityAdjustment, ProportionalityGround, Scenario,
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MemoProps {
    pub scenario: Scenario,
    /// The case the scenario was opened from: the memo says whether it is reproduced.
    #[prop_or_default]
    pub preset: Option<AttrValue>,
    pub assessment: Option<std::rc::Rc<Assessment>>,
}

#[function_component(MemoHeader)]
pub fn memo_header(props: &MemoProps) -> Html {
    let lang = use_lang();
    let cur = use_currency();
    let t = texts(lang);
    let s = &props.scenario;
    let method = match s.method {
        Method::Edpb2023 => t.name_dated(&EDPB_NAME, &EDPB_ADOPTED),
        Method::Ap2019 => t.name_dated(&AP2019_NAME, &t.ap_withdrawn.trim_end_matches('.')),
        Method::Ico2024 => t.name_dated(&ICO_NAME, &ICO_PUBLISHED),
    };
    let effect = |e: Effect| finesim_engine::text::effect_name(e, lang);
    html! {
        <section class="gfs-memo" aria-hidden="true">
            <h2>{ t.memo_title }</h2>
            <p>{ t.memo_method(&method, &AS_OF) }</p>
            <p class="gfs-memo-version">{ t.memo_version(&env!("CARGO_PKG_VERSION")) }</p>
            <p class="gfs-memo-disclaimer">{ t.memo_disclaimer }</p>
            if let Some(p) = props.preset.as_deref().and_then(crate::files::case) {
                <p class="gfs-memo-fidelity">{ t.memo_fidelity(&p.title, &match p.fidelity {
                    Fidelity::Reproduced => t.fidelity_reproduced.to_string(),
                    Fidelity::Reconstructed => t.two_sentences(&t.fidelity_reconstructed, &p.fidelity_note),
                }) }</p>
                <p class="gfs-memo-sources">{ t.sources(&p.sources.join("; ")) }</p>
            }
            <h3>{ t.inputs }</h3>
            <ul>
                <li>{ t.labelled(&t.undertaking, &undertaking_line(s, t)) }</li>
                <li>{ t.labelled(&t.turnover(&cur.symbol()), &s.undertaking.turnover.map(|v| money(lang, cur, v)).unwrap_or_else(|| t.not_given.into())) }</li>
                { for s.infringements.iter().enumerate().map(|(i, inf)| {
                    let factors: Vec<String> = inf.factors.iter().filter(|(_, f)| f.effect != Effect::Neutral || !f.reason.is_empty())
                        .map(|(id, f)| if f.reason.is_empty() {
                            t.factor_as_set(&id.letter(), &effect(f.effect))
                        } else {
                            t.factor_as_set_why(&id.letter(), &effect(f.effect), &f.reason)
                        })
                        .collect();
                    let mut line = t.memo_infringement(&(i + 1), &inf.article, &inf.operation);
                    if inf.absorbed {
                        line = t.then_comma(&line, &t.memo_absorbed);
                    }
                    if !factors.is_empty() {
                        line = t.then_semicolon(&line, &t.memo_factors(&factors.into_iter().reduce(|a, b| t.then_semicolon(&a, &b)).unwrap_or_default()));
                    }
                    html! { <li>{ line }</li> }
                }) }
                <li>{ t.labelled(&t.adjustment, &match s.proportionality.adjustment {
                    None => t.no_adjustment.to_string(),
                    Some(ProportionalityAdjustment::SetTo(v)) if s.proportionality.ground == ProportionalityGround::AbilityToPay => t.memo_can_bear(&money(lang, cur, v)),
                    Some(ProportionalityAdjustment::SetTo(v)) => t.memo_set_to(&money(lang, cur, v)),
                    Some(ProportionalityAdjustment::ReducePct(p)) => t.memo_reduced(&finesim_engine::money::format_pct(lang, p)),
                    Some(ProportionalityAdjustment::ReduceAmount(v)) => t.memo_reduced_eur(&money(lang, cur, v)),
                }) }</li>
            </ul>
            if let Some(a) = &props.assessment {
                <p class="gfs-memo-result">{ t.memo_result(&money(lang, cur, a.final_amount), &money(lang, cur, a.before_proportionality), &money(lang, cur, a.legal_maximum)) }</p>
                <p class="gfs-memo-result">{ t.memo_range(&money(lang, cur, a.range_low), &money(lang, cur, a.range_high)) }</p>
            }
        </section>
    }
}

/// The undertaking's name (or that it has none), and that it is a public body where it is.
fn undertaking_line(s: &Scenario, t: &crate::i18n::Texts) -> String {
    let name = if s.undertaking.name.is_empty() { t.unnamed } else { &s.undertaking.name };
    if s.undertaking.public_body {
        t.then_comma(&name, &t.public_body_short)
    } else {
        name.to_string()
    }
}
