//! Every step of the assessment in the order of the legal text: what it did, the amount after
//! it, and the paragraph it rests on; the band and the reasoning in an expandable detail.

use finesim_engine::money::format_eur;
use finesim_engine::Assessment;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepTrailProps {
    pub assessment: Rc<Assessment>,
}

#[function_component(StepTrail)]
pub fn step_trail(props: &StepTrailProps) -> Html {
    let a = &props.assessment;
    html! {
        <section class="gfs-trail" aria-label="Step by step">
            <h3>{ format!("Step by step — {}", a.method_name) }</h3>
            <ol>
                { for a.steps.iter().map(|s| {
                    // Name the article unless the title already starts with it.
                    let whose = s.infringement
                        .and_then(|i| a.infringements.get(i))
                        .filter(|_| !s.title.starts_with("Art. "))
                        .map(|r| format!("Art. {} · ", r.article))
                        .unwrap_or_default();
                    html! {
                        <li class={classes!("gfs-step", s.assumption.then_some("gfs-assumption"))} data-kind={s.kind.clone()}>
                            <div class="gfs-step-head">
                                <span class="gfs-step-title">{ format!("{whose}{}", s.title) }</span>
                                <span class="gfs-step-amount">{ s.amount_eur.map(format_eur).unwrap_or_default() }</span>
                            </div>
                            <cite class="gfs-step-cite">{ s.citation.clone() }</cite>
                            <p class="gfs-step-print">{ s.explanation.clone() }</p>
                            <details>
                                <summary>{ "Why" }</summary>
                                <p>{ s.explanation.clone() }</p>
                                if let Some(b) = s.band {
                                    <p class="gfs-step-band">{ format!("Range: {} – {}", format_eur(b.low_eur), format_eur(b.high_eur)) }</p>
                                }
                                if s.assumption {
                                    <p class="gfs-step-note">{ "This figure is an assumption of the scenario, not a number from the legal text." }</p>
                                }
                            </details>
                        </li>
                    }
                }) }
            </ol>
            <p class="gfs-disclaimer">{ format!("A simulation, not legal advice. Legal tables as of {}.", a.as_of) }</p>
        </section>
    }
}
