//! Every step of the assessment in the order of the legal text: what it did, the amount after
//! it, and the paragraph it rests on; the band and the reasoning in an expandable detail.

use crate::i18n::{money, texts, use_currency, use_lang};
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
    let lang = use_lang();
    let cur = use_currency();
    let t = texts(lang);
    html! {
        <section class="gfs-trail" aria-label={t.steps}>
            <h3>{ t.steps_title(&a.method_name) }</h3>
            <ol>
                { for a.steps.iter().map(|s| {
                    // Name the article, unless the step is the one that names it.
                    let whose = s.infringement
                        .and_then(|i| a.infringements.get(i))
                        .filter(|_| !s.kind.names_the_article())
                        .map(|r| format!("Art. {} · ", r.article))
                        .unwrap_or_default();
                    html! {
                        <li class={classes!("gfs-step", s.assumption.then_some("gfs-assumption"))} data-kind={s.kind.id()}>
                            <div class="gfs-step-head">
                                <span class="gfs-step-title">
                                    { format!("{whose}{}", s.title) }
                                    if s.assumption { <span class="gfs-assumption-tag">{ " " }{ t.assumption }</span> }
                                </span>
                                <span class="gfs-step-amount">{ s.amount.map(|x| money(lang, cur, x)).unwrap_or_default() }</span>
                            </div>
                            <cite class="gfs-step-cite">{ s.citation.clone() }</cite>
                            <p class="gfs-step-print">{ s.explanation.clone() }</p>
                            <details>
                                <summary>{ t.why }</summary>
                                <p>{ s.explanation.clone() }</p>
                                if let Some(b) = s.band {
                                    <p class="gfs-step-band">{ t.range(&money(lang, cur, b.low), &money(lang, cur, b.high)) }</p>
                                }
                                if s.assumption {
                                    <p class="gfs-step-note">{ t.assumption_note }</p>
                                }
                            </details>
                        </li>
                    }
                }) }
            </ol>
            <p class="gfs-disclaimer">{ t.disclaimer_short(&a.as_of) }</p>
        </section>
    }
}
