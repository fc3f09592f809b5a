//! Which input matters most, for the scenario on screen: each input across what it may take,
//! the others as set, as horizontal bars from the lowest to the highest final fine it gives,
//! largest swing first. The engine measures (`exposure::influences`); this only draws.

use crate::i18n::{money, texts, use_currency, use_lang};
use finesim_engine::exposure::{influences, Input};
use finesim_engine::text::factor_title;
use finesim_engine::{Assessment, Scenario};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InfluenceChartProps {
    pub scenario: Scenario,
    pub assessment: Rc<Assessment>,
}

/// Thousandths of `x` over `scale`, in whole SVG units (no float formatting in the wasm).
fn units(x: Decimal, scale: Decimal) -> i64 {
    if scale.is_zero() {
        0
    } else {
        (x * Decimal::from(1000) / scale).round().to_i64().unwrap_or(0).clamp(0, 1000)
    }
}

#[function_component(InfluenceChart)]
pub fn influence_chart(props: &InfluenceChartProps) -> Html {
    let lang = use_lang();
    let cur = use_currency();
    let t = texts(lang);
    let list = use_memo(props.scenario.clone(), influences);
    let a = &props.assessment;
    let article = |i: usize| a.infringements.get(i).map(|r| r.article.clone()).unwrap_or_default();
    let label = |input: &Input| match *input {
        Input::Seriousness { infringement } => t.influence_seriousness(&article(infringement)),
        Input::TurnoverPoint => t.influence_turnover.to_string(),
        Input::BandPoint { infringement } => t.influence_band(&article(infringement)),
        Input::Factor { infringement, factor } => {
            t.influence_factor(&article(infringement), &factor.letter(), &factor_title(factor, lang))
        }
        Input::Connection => t.influence_connection.to_string(),
        Input::Proportionality => t.influence_proportionality.to_string(),
    };
    let scale = list.iter().map(|x| x.high).max().unwrap_or_default().max(a.final_amount);
    html! {
        <section class="gfs-influence" aria-label={t.influence_title}>
            <h3>{ t.influence_title }</h3>
            <p class="gfs-hint">{ t.influence_hint }</p>
            <ol class="gfs-influence-list">
                { for list.iter().filter(|x| !x.swing().is_zero()).take(8).map(|x| {
                    let (from, to) = (units(x.low, scale), units(x.high, scale));
                    html! {
                        <li data-input={format!("{:?}", x.input)}>
                            <span class="gfs-influence-label">{ label(&x.input) }</span>
                            <svg class="gfs-influence-bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true">
                                <rect class="gfs-influence-track" x="0" y="8" width="1000" height="4" />
                                <rect class="gfs-influence-swing" x={from.to_string()} y="3" width={(to - from).max(2).to_string()} height="14" />
                                <rect class="gfs-influence-point" x={units(a.final_amount, scale).min(998).to_string()} y="0" width="2" height="20" />
                            </svg>
                            <span class="gfs-influence-amounts">{ t.amount_range(&money(lang, cur, x.low), &money(lang, cur, x.high)) }</span>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
