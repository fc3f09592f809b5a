//! The printed memo's own parts: a heading with the method, its version and date, a summary of
//! the inputs, and the disclaimer. Hidden on screen, shown by the print stylesheet, so that the
//! browser's "print to PDF" gives a memo a trainer can hand out.

use crate::i18n::{eur, texts, use_lang};
use finesim_engine::legal_tables::{AP2019_NAME, AS_OF, EDPB_ADOPTED, EDPB_NAME};
use finesim_engine::presets::Fidelity;
use finesim_engine::{Assessment, Effect, Method, ProportionalityAdjustment, Scenario};
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
    let t = texts(lang);
    let s = &props.scenario;
    let method = match s.method {
        Method::Edpb2023 => format!("{EDPB_NAME} ({EDPB_ADOPTED})"),
        Method::Ap2019 => format!("{AP2019_NAME} ({})", t.ap_withdrawn.trim_end_matches('.')),
    };
    let effect = |e: Effect| finesim_engine::text::effect_name(e, lang);
    html! {
        <section class="gfs-memo" aria-hidden="true">
            <h2>{ t.memo_title }</h2>
            <p>{ t.memo_method(&method, &AS_OF) }</p>
            <p class="gfs-memo-disclaimer">{ t.memo_disclaimer }</p>
            if let Some(p) = props.preset.as_deref().and_then(crate::files::case) {
                <p class="gfs-memo-fidelity">{ t.memo_fidelity(&p.title, &match p.fidelity {
                    Fidelity::Reproduced => t.fidelity_reproduced.to_string(),
                    Fidelity::Reconstructed => format!("{} {}", t.fidelity_reconstructed, p.fidelity_note),
                }) }</p>
            }
            <h3>{ t.inputs }</h3>
            <ul>
                <li>{ format!("{}: {}{}", t.undertaking, if s.undertaking.name.is_empty() { t.unnamed } else { &s.undertaking.name },
                    if s.undertaking.public_body { format!(", {}", t.public_body_short) } else { String::new() }) }</li>
                <li>{ format!("{}: {}", t.turnover, s.undertaking.turnover_eur.map(|v| eur(lang, v)).unwrap_or_else(|| t.not_given.into())) }</li>
                { for s.infringements.iter().enumerate().map(|(i, inf)| {
                    let factors: Vec<String> = inf.factors.iter().filter(|(_, f)| f.effect != Effect::Neutral || !f.reason.is_empty())
                        .map(|(id, f)| format!("({}) {}{}", id.letter(), effect(f.effect), if f.reason.is_empty() { String::new() } else { format!(": {}", f.reason) }))
                        .collect();
                    let mut line = t.memo_infringement(&(i + 1), &inf.article, &inf.operation);
                    if inf.absorbed {
                        line = format!("{line}, {}", t.memo_absorbed);
                    }
                    if !factors.is_empty() {
                        line = format!("{line}; {}", t.memo_factors(&factors.join("; ")));
                    }
                    html! { <li>{ line }</li> }
                }) }
                <li>{ format!("{}: {}", t.adjustment, match s.proportionality.adjustment {
                    None => t.no_adjustment.to_string(),
                    Some(ProportionalityAdjustment::CanBearEur(v)) => t.memo_can_bear(&eur(lang, v)),
                    Some(ProportionalityAdjustment::ReducePct(p)) => t.memo_reduced(&finesim_engine::money::format_pct(lang, p)),
                    Some(ProportionalityAdjustment::ReduceEur(v)) => t.memo_reduced_eur(&eur(lang, v)),
                }) }</li>
            </ul>
            if let Some(a) = &props.assessment {
                <p class="gfs-memo-result">{ t.memo_result(&eur(lang, a.final_eur), &eur(lang, a.before_proportionality_eur), &eur(lang, a.legal_maximum_eur)) }</p>
                <p class="gfs-memo-result">{ t.memo_range(&eur(lang, a.range_low_eur), &eur(lang, a.range_high_eur)) }</p>
            }
        </section>
    }
}
