//! The printed memo's own parts: a heading with the method, its version and date, a summary of
//! the inputs, and the disclaimer. Hidden on screen, shown by the print stylesheet, so that the
//! browser's "print to PDF" gives a memo a trainer can hand out.

use finesim_engine::money::format_eur;
use finesim_engine::{Assessment, Effect, Method, ProportionalityAdjustment, Scenario};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MemoProps {
    pub scenario: Scenario,
    pub assessment: Option<std::rc::Rc<Assessment>>,
}

#[function_component(MemoHeader)]
pub fn memo_header(props: &MemoProps) -> Html {
    let s = &props.scenario;
    let method = match s.method {
        Method::Edpb2023 => format!("{} (adopted {})", finesim_engine::legal_tables::EDPB_NAME, finesim_engine::legal_tables::EDPB_ADOPTED),
        Method::Ap2019 => format!("{} ({})", finesim_engine::legal_tables::AP2019_NAME, finesim_engine::legal_tables::AP2019_STATUS.trim_end_matches('.')),
    };
    html! {
        <section class="gfs-memo" aria-hidden="true">
            <h2>{ "GDPR fine simulation — memo" }</h2>
            <p>{ format!("Method: {method}. Legal tables as of {}.", finesim_engine::legal_tables::AS_OF) }</p>
            <p class="gfs-memo-disclaimer">{ "This is a simulation for teaching and discussion, not legal advice. Supervisory authorities decide case by case; the guidelines fix starting points, not outcomes." }</p>
            <h3>{ "Inputs" }</h3>
            <ul>
                <li>{ format!("Undertaking: {}{}", if s.undertaking.name.is_empty() { "(unnamed)" } else { &s.undertaking.name },
                    if s.undertaking.public_body { ", public body" } else { "" }) }</li>
                <li>{ format!("Turnover: {}", s.undertaking.turnover_eur.map(format_eur).unwrap_or_else(|| "not given".into())) }</li>
                { for s.infringements.iter().enumerate().map(|(i, inf)| {
                    let factors: Vec<String> = inf.factors.iter().filter(|(_, f)| f.effect != Effect::Neutral || !f.reason.is_empty())
                        .map(|(id, f)| format!("({}) {}{}", id.letter(), format!("{:?}", f.effect).to_lowercase(), if f.reason.is_empty() { String::new() } else { format!(": {}", f.reason) }))
                        .collect();
                    html! { <li>{ format!("Infringement {}: Art. {}, operation {}{}{}", i + 1, inf.article, inf.operation,
                        if inf.absorbed { ", weighed in the gravest infringement's fine" } else { "" },
                        if factors.is_empty() { String::new() } else { format!("; factors {}", factors.join("; ")) }) }</li> }
                }) }
                <li>{ format!("Proportionality: {}", match s.proportionality.adjustment {
                    None => "no adjustment".to_string(),
                    Some(ProportionalityAdjustment::CanBearEur(v)) => format!("can bear at most {}", format_eur(v)),
                    Some(ProportionalityAdjustment::ReducePct(p)) => format!("reduced by {} %", p.normalize()),
                }) }</li>
            </ul>
            if let Some(a) = &props.assessment {
                <p class="gfs-memo-result">{ format!("Result: {} (before proportionality {}; legal maximum {}).",
                    format_eur(a.final_eur), format_eur(a.before_proportionality_eur), format_eur(a.legal_maximum_eur)) }</p>
            }
        </section>
    }
}
