//! The outcome: the final fine large, the amount before proportionality, the legal maximum, and
//! for a real case what the authority and the courts actually decided. Announced to screen
//! readers when it changes.

use finesim_engine::money::format_eur;
use finesim_engine::presets::{preset, ComparesTo};
use finesim_engine::{Assessment, ScenarioError};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsPanelProps {
    pub assessment: Option<Rc<Assessment>>,
    pub error: Option<ScenarioError>,
    pub preset: Option<AttrValue>,
}

#[function_component(ResultsPanel)]
pub fn results_panel(props: &ResultsPanelProps) -> Html {
    let live = match (&props.assessment, &props.error) {
        (Some(a), _) => format!("Simulated fine {}.", format_eur(a.final_eur)),
        (None, Some(e)) => format!("Cannot calculate: {}", e.message),
        _ => String::new(),
    };
    html! {
        <section class="gfs-results" aria-label="Result">
            <p class="gfs-sr-only" aria-live="polite" aria-atomic="true">{ live }</p>
            { match (&props.assessment, &props.error) {
                (Some(a), _) => figures(a, props.preset.as_deref()),
                (None, Some(e)) => html! {
                    <div class="gfs-error" role="alert">
                        <strong>{ "Cannot calculate yet. " }</strong>{ e.message.clone() }
                        <span class="gfs-error-field">{ format!(" (field: {})", e.field) }</span>
                    </div>
                },
                _ => html! {},
            } }
        </section>
    }
}

fn figures(a: &Assessment, preset_id: Option<&str>) -> Html {
    let reduced = a.final_eur < a.before_proportionality_eur;
    let case = preset_id.and_then(preset);
    html! {
        <>
            <div class="gfs-final">
                <span class="gfs-final-label">{ "Simulated fine" }</span>
                <span class="gfs-final-amount" data-testid="final">{ format_eur(a.final_eur) }</span>
            </div>
            <dl class="gfs-figures">
                <div>
                    <dt>{ if reduced { "Before proportionality" } else { "Before proportionality (unchanged)" } }</dt>
                    <dd data-testid="before">{ format_eur(a.before_proportionality_eur) }</dd>
                </div>
                <div>
                    <dt>{ "Legal maximum" }</dt>
                    <dd data-testid="maximum">{ format_eur(a.legal_maximum_eur) }</dd>
                </div>
            </dl>
            if let Some(p) = case {
                <div class="gfs-actual">
                    <h4>{ format!("Actual decisions — {}", p.title) }</h4>
                    <ul>
                        { for p.outcomes.iter().map(|o| {
                            let simulated = match o.compares_to {
                                ComparesTo::Final => a.final_eur,
                                ComparesTo::BeforeProportionality => a.before_proportionality_eur,
                            };
                            let verdict = if simulated == o.amount_eur { "matches the simulation".to_string() } else { format!("simulation: {}", format_eur(simulated)) };
                            html! {
                                <li>
                                    <span class="gfs-actual-label">{ o.label.clone() }</span>
                                    <span class="gfs-actual-amount">{ format_eur(o.amount_eur) }</span>
                                    <span class={if simulated == o.amount_eur { "gfs-verdict gfs-match" } else { "gfs-verdict" }}>{ verdict }</span>
                                </li>
                            }
                        }) }
                    </ul>
                    <p class="gfs-sources">{ format!("Sources: {}", p.sources.join("; ")) }</p>
                </div>
            }
            if !a.warnings.is_empty() {
                <ul class="gfs-warnings">
                    { for a.warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }
                </ul>
            }
        </>
    }
}
