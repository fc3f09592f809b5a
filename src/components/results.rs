//! The outcome: the final fine large, the amount before proportionality, the legal maximum, and
//! for a real case what the authority and the courts actually decided. Announced to screen
//! readers when it changes.

use super::inputs::MoneyInput;
use super::{on_click, on_value, use_dispatch};
use crate::files::case as preset;
use crate::i18n::{money, texts, use_currency, use_lang, Lang, Texts};
use crate::state::{Action, Workshop};
use finesim_engine::money::share_pct;
use finesim_engine::presets::{Fidelity, Preset};
use finesim_engine::text::error_message;
use finesim_engine::{Assessment, ScenarioError};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsPanelProps {
    pub assessment: Option<Rc<Assessment>>,
    pub error: Option<ScenarioError>,
    pub preset: Option<AttrValue>,
    pub workshop: Workshop,
    pub id: AttrValue,
    /// Infringements (by their number on screen, from 0) not in the result until they are
    /// complete.
    #[prop_or_default]
    pub left_out: Vec<usize>,
}

/// Predict-then-reveal: the participant commits to a guess before seeing anything.
fn guess_form(props: &ResultsPanelProps, dispatch: &Callback<Action>, t: &Texts) -> Html {
    let on_guess = on_value(dispatch, Action::SetGuess);
    let on_reveal = on_click(dispatch, Action::Reveal);
    html! {
        <div class="gfs-guess">
            <h3>{ t.guess_title }</h3>
            <p class="gfs-hint">{ t.guess_hint }</p>
            <MoneyInput id={AttrValue::from(format!("{}-guess", props.id))} label={t.guess(&props.assessment.as_ref().map_or("€", |a| a.currency.symbol()))} value={props.workshop.guess}
                on_change={on_guess} placeholder={t.guess_placeholder} />
            <button type="button" class="gfs-reveal" disabled={props.workshop.guess.is_none()} onclick={on_reveal}>{ t.reveal }</button>
        </div>
    }
}

#[function_component(ResultsPanel)]
pub fn results_panel(props: &ResultsPanelProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let cur = use_currency();
    let t = texts(lang);
    let live = match (&props.assessment, &props.error) {
        (Some(a), _) => t.live_result(&money(lang, cur, a.final_amount)),
        (None, Some(e)) => t.live_error(&error_message(e, lang)),
        _ => String::new(),
    };
    let hidden = props.workshop.enabled && !props.workshop.revealed;
    let live = if hidden { String::new() } else { live };
    let guess = props.workshop.guess.filter(|_| props.workshop.enabled);
    html! {
        <section class="gfs-results" aria-label={t.result}>
            <p class="gfs-sr-only" aria-live="polite" aria-atomic="true">{ live }</p>
            { match (&props.assessment, &props.error) {
                _ if hidden => guess_form(props, &dispatch, t),
                (Some(a), _) => html! { <>
                    { for props.left_out.iter().map(|i| html! {
                        <p class="gfs-left-out" role="status" data-testid="left-out">{ t.left_out(&(i + 1)) }</p>
                    }) }
                    { figures(a, props.preset.as_deref(), guess, lang, t) }
                </> },
                (None, Some(e)) => html! {
                    <div class="gfs-error" role="alert">
                        <strong>{ t.cannot_calculate }</strong>{ " " }{ error_message(e, lang) }
                    </div>
                },
                _ => html! {},
            } }
        </section>
    }
}

fn figures(
    a: &Assessment,
    preset_id: Option<&str>,
    guess: Option<rust_decimal::Decimal>,
    lang: Lang,
    t: &Texts,
) -> Html {
    let cur = a.currency;
    let reduced = a.final_amount < a.before_proportionality;
    let case = preset_id.and_then(preset);
    html! {
        <>
            <div class="gfs-final">
                <span class="gfs-final-label">{ t.simulated_fine }</span>
                <span class="gfs-final-amount" data-testid="final">{ money(lang, cur, a.final_amount) }</span>
            </div>
            if let Some(g) = guess {
                <p class="gfs-guess-result" data-testid="guess">
                    { t.guess_result(&money(lang, cur, g),
                        &if g > a.final_amount { t.above } else if g < a.final_amount { t.below } else { t.exactly },
                        &if a.final_amount.is_zero() { money(lang, cur, a.final_amount) } else { t.share_of_it(&finesim_engine::money::format_pct(lang, share_pct(g, a.final_amount).round())) }) }
                </p>
            }
            <dl class="gfs-figures">
                <div>
                    <dt>{ if reduced { t.before_proportionality } else { t.before_proportionality_unchanged } }</dt>
                    <dd data-testid="before">{ money(lang, cur, a.before_proportionality) }</dd>
                </div>
                <div>
                    <dt>{ t.legal_maximum }</dt>
                    <dd data-testid="maximum">{ money(lang, cur, a.legal_maximum) }</dd>
                </div>
                <div>
                    <dt>{ t.exposure_range }</dt>
                    <dd data-testid="range">{ t.amount_range(&money(lang, cur, a.range_low), &money(lang, cur, a.range_high)) }</dd>
                </div>
            </dl>
            <p class="gfs-hint gfs-range-note">{ t.exposure_text(&money(lang, cur, a.range_low), &money(lang, cur, a.range_high)) }</p>
            { parties(a, lang, t) }
            if let Some(p) = case {
                { actual(p, a, lang, t) }
            }
            if !a.warnings.is_empty() {
                <ul class="gfs-warnings">
                    { for a.warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }
                </ul>
            }
        </>
    }
}

pub fn fidelity_tag(t: &Texts, f: Fidelity) -> &'static str {
    match f {
        Fidelity::Reproduced => t.tag_reproduced,
        Fidelity::Reconstructed => t.tag_reconstructed,
    }
}

/// Each party's maximum and fine, where the decision fines several.
fn parties(a: &Assessment, lang: Lang, t: &Texts) -> Html {
    let cur = a.currency;
    if a.parties.is_empty() {
        return Html::default();
    }
    html! {
                <div class="gfs-parties" data-testid="parties">
                    <h4>{ t.parties_title }</h4>
                    <ul>
                        { for a.parties.iter().map(|p| html! {
                            <li>{ t.party_line(&p.name, &money(lang, cur, p.fine), &money(lang, cur, p.legal_maximum)) }</li>
                        }) }
                    </ul>
                </div>
    }
}

/// What the authority and the courts decided in the case on screen, each beside the simulation.
fn actual(p: &Preset, a: &Assessment, lang: Lang, t: &Texts) -> Html {
    let cur = a.currency;
    html! {
                <div class={classes!("gfs-actual", format!("gfs-{}", p.fidelity.id()))} data-fidelity={p.fidelity.id()}>
                    <h4>{ t.actual_decisions(&p.title_in(lang)) }</h4>
                    <p class="gfs-fidelity" data-testid="fidelity">
                        <strong>{ fidelity_tag(t, p.fidelity) }</strong>{ " " }
                        { match p.fidelity {
                            Fidelity::Reproduced => t.fidelity_reproduced.to_string(),
                            Fidelity::Reconstructed => t.two_sentences(&t.fidelity_reconstructed, &p.fidelity_note),
                        } }
                    </p>
                    <ul>
                        { for p.outcomes.iter().map(|o| {
                            // An outcome with inputs of its own (a court that set other amounts) is
                            // simulated with them; the others follow the scenario on screen.
                            let (simulated, own) = o.simulated_beside(a);
                            let verdict = if simulated == o.amount { t.matches.to_string() } else { t.simulation_gives(&money(lang, cur, simulated)) };
                            let fidelity = o.fidelity(p);
                            html! {
                                <li data-fidelity={fidelity.id()}>
                                    <span class="gfs-actual-label">{ o.label_in(lang).to_string() }</span>
                                    <span class="gfs-actual-amount">{ money(lang, cur, o.amount) }</span>
                                    if let Some(f) = &o.decided_in {
                                        <span class="gfs-actual-foreign" data-testid="decided-in">{ t.decided_in(
                                            &finesim_engine::money::Foreign(lang, f.amount, &f.currency),
                                            &money(lang, cur, o.amount),
                                            &finesim_engine::money::Number(lang, f.rate),
                                            &f.rate_source,
                                        ) }</span>
                                    }
                                    <span class={if simulated == o.amount { "gfs-verdict gfs-match" } else { "gfs-verdict" }}>{ verdict }</span>
                                    <span class="gfs-tag">{ if own { t.then_comma(&fidelity_tag(t, fidelity), &t.with_own_inputs) } else { fidelity_tag(t, fidelity).to_string() } }</span>
                                </li>
                            }
                        }) }
                    </ul>
                    <p class="gfs-sources">{ t.sources(&p.sources.join("; ")) }</p>
                </div>
    }
}
