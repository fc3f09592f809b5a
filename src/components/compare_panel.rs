//! Scenario A (pinned) beside B (being edited): the totals, every step's difference, and which
//! factors move B's fine most when flipped.

use finesim_engine::compare::{sensitivity, step_differences};
use finesim_engine::money::format_eur;
use finesim_engine::{Assessment, Effect, Scenario};
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    pub a: Rc<Assessment>,
    pub b: Rc<Assessment>,
    /// B's scenario, for the sensitivity list.
    pub scenario: Scenario,
}

fn delta(d: Decimal) -> String {
    if d > Decimal::ZERO {
        format!("+{}", format_eur(d))
    } else if d.is_zero() {
        "±€0".into()
    } else {
        format_eur(d)
    }
}

fn effect_word(e: Effect) -> &'static str {
    match e {
        Effect::Aggravating => "aggravating",
        Effect::Neutral => "neutral",
        Effect::Mitigating => "mitigating",
    }
}

#[function_component(ComparePanel)]
pub fn compare_panel(props: &ComparePanelProps) -> Html {
    let (a, b) = (&props.a, &props.b);
    let sens = use_memo(props.scenario.clone(), |s| sensitivity(s));
    let rows = step_differences(a, b);
    let total = |label: &str, x: Decimal, y: Decimal| html! {
        <tr><th scope="row">{ label.to_string() }</th><td>{ format_eur(x) }</td><td>{ format_eur(y) }</td><td>{ delta(y - x) }</td></tr>
    };
    html! {
        <section class="gfs-compare" aria-label="Comparison of scenario A and B">
            <h3>{ "A (pinned) and B (current)" }</h3>
            <div class="gfs-table-wrap">
                <table class="gfs-table">
                    <thead><tr><th scope="col">{ "" }</th><th scope="col">{ "A" }</th><th scope="col">{ "B" }</th><th scope="col">{ "B − A" }</th></tr></thead>
                    <tbody>
                        { total("Final fine", a.final_eur, b.final_eur) }
                        { total("Before proportionality", a.before_proportionality_eur, b.before_proportionality_eur) }
                        { total("Legal maximum", a.legal_maximum_eur, b.legal_maximum_eur) }
                    </tbody>
                </table>
            </div>
            <details>
                <summary>{ "Step by step" }</summary>
                <div class="gfs-table-wrap">
                    <table class="gfs-table">
                        <thead><tr><th scope="col">{ "Step" }</th><th scope="col">{ "A" }</th><th scope="col">{ "B" }</th><th scope="col">{ "B − A" }</th></tr></thead>
                        <tbody>
                            { for rows.iter().map(|r| {
                                let art = r.infringement.and_then(|i| b.infringements.get(i).or(a.infringements.get(i))).map(|x| format!("Art. {} · ", x.article)).unwrap_or_default();
                                html! { <tr>
                                    <th scope="row">{ format!("{art}{}", r.title) }</th>
                                    <td>{ r.a_eur.map(format_eur).unwrap_or_else(|| "—".into()) }</td>
                                    <td>{ r.b_eur.map(format_eur).unwrap_or_else(|| "—".into()) }</td>
                                    <td>{ r.delta().map(delta).unwrap_or_default() }</td>
                                </tr> }
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
            <h4>{ "What moves B most" }</h4>
            <p class="gfs-hint">{ "The final fine if one factor flipped; a factor that was neutral is tried at 10 %." }</p>
            <ol class="gfs-sensitivity">
                { for sens.iter().take(8).map(|s| html! {
                    <li>
                        <span>{ format!("Art. {}, ({}) {} → {}", s.article, s.factor.letter(), effect_word(s.from), effect_word(s.to)) }</span>
                        <span class="gfs-sens-delta">{ delta(s.delta_eur) }</span>
                    </li>
                }) }
            </ol>
        </section>
    }
}
