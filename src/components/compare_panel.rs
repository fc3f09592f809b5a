//! Scenario A (pinned) beside B (being edited): the totals and every step's difference. What
//! moves B most is the influence chart beside it.

use crate::i18n::{money, texts, use_currency, use_lang, Lang};
use finesim_engine::compare::step_differences;
use finesim_engine::Assessment;
use finesim_engine::Currency;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    pub a: Rc<Assessment>,
    pub b: Rc<Assessment>,
}

fn delta(lang: Lang, cur: Currency, d: Decimal) -> String {
    if d > Decimal::ZERO {
        format!("+{}", money(lang, cur, d))
    } else if d.is_zero() {
        format!("±{}", money(lang, cur, d))
    } else {
        money(lang, cur, d)
    }
}

#[function_component(ComparePanel)]
pub fn compare_panel(props: &ComparePanelProps) -> Html {
    let (a, b) = (&props.a, &props.b);
    let lang = use_lang();
    let cur = use_currency();
    let t = texts(lang);
    let fmt = |x: Decimal| money(lang, cur, x);
    let rows = step_differences(a, b);
    let total = |label: &str, x: Decimal, y: Decimal| {
        html! {
            <tr><th scope="row">{ label.to_string() }</th><td>{ fmt(x) }</td><td>{ fmt(y) }</td><td>{ delta(lang, cur, y - x) }</td></tr>
        }
    };
    html! {
        <section class="gfs-compare" aria-label={t.compare}>
            <h3>{ t.compare_title }</h3>
            <div class="gfs-table-wrap">
                <table class="gfs-table">
                    <thead><tr><th scope="col">{ "" }</th><th scope="col">{ "A" }</th><th scope="col">{ "B" }</th><th scope="col">{ "B − A" }</th></tr></thead>
                    <tbody>
                        { total(t.simulated_fine, a.final_amount, b.final_amount) }
                        { total(t.before_proportionality, a.before_proportionality, b.before_proportionality) }
                        { total(t.legal_maximum, a.legal_maximum, b.legal_maximum) }
                    </tbody>
                </table>
            </div>
            <details>
                <summary>{ t.step_by_step }</summary>
                <div class="gfs-table-wrap">
                    <table class="gfs-table">
                        <thead><tr><th scope="col">{ t.step }</th><th scope="col">{ "A" }</th><th scope="col">{ "B" }</th><th scope="col">{ "B − A" }</th></tr></thead>
                        <tbody>
                            { for rows.iter().map(|r| {
                                let art = r.infringement.and_then(|i| b.infringements.get(i).or(a.infringements.get(i)));
                                let title = art.map_or_else(|| r.title.clone(), |x| t.article_step(&x.article, &r.title));
                                html! { <tr>
                                    <th scope="row">{ title }</th>
                                    <td>{ r.a_eur.map(fmt).unwrap_or_else(|| "—".into()) }</td>
                                    <td>{ r.b_eur.map(fmt).unwrap_or_else(|| "—".into()) }</td>
                                    <td>{ r.delta().map(|d| delta(lang, cur, d)).unwrap_or_default() }</td>
                                </tr> }
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
