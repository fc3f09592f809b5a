//! Where the fine falls: for each infringement and for the total, the band or range of the
//! method, the basic or starting amount, where the factors moved it, the final amount and the
//! legal maximum, drawn as SVG tracks. A logarithmic scale lets a €15,000 fine and a €45m
//! maximum share one picture; every figure is also in the text for screen readers.

use super::use_dispatch;
use crate::i18n::{money, texts, use_currency, use_lang, Lang, Texts};
use crate::state::Action;
use finesim_engine::Currency;
use finesim_engine::{Assessment, Band};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BandChartProps {
    pub id: AttrValue,
    pub assessment: Rc<Assessment>,
    pub log_scale: bool,
}

/// Width of the track in SVG units; the track stretches to the widget's width. Whole units, fine
/// enough for any screen, so that coordinates are written as integers: formatting an `f64`
/// would pull 14 KB of float printing into the wasm.
const W: i32 = 100_000;
/// Width of a mark and least width of a band, in the same units (0.6 % of the track).
const MARK: i32 = 600;

/// Position of `v` on a track from 0 to `max`, in SVG units. Only drawing uses floats; every
/// amount shown as text stays a `Decimal`.
pub fn position(v: Decimal, max: Decimal, log: bool) -> i32 {
    let (v, max) = (v.to_f64().unwrap_or(0.0).max(0.0), max.to_f64().unwrap_or(0.0));
    if max <= 0.0 {
        return 0;
    }
    let frac = if log { (1.0 + v).log10() / (1.0 + max).log10() } else { v / max };
    (frac.clamp(0.0, 1.0) * f64::from(W)).round() as i32
}

struct Row {
    label: String,
    max: Decimal,
    band: Option<(Band, &'static str)>,
    /// `(name, amount, css class)`, drawn in this order.
    marks: Vec<(&'static str, Decimal, &'static str)>,
}

fn rows(a: &Assessment, t: &'static Texts) -> Vec<Row> {
    let mut out: Vec<Row> = a
        .infringements
        .iter()
        .filter(|r| !r.absorbed)
        .map(|r| Row {
            label: t.article_label(&r.article),
            max: r.legal_maximum,
            band: r
                .band
                .map(|b| (b, if r.ap_category.is_some() { t.category_band } else { t.seriousness_range })),
            marks: vec![
                (
                    if r.ap_category.is_some() { t.basic_fine } else { t.starting_amount },
                    r.base,
                    "gfs-m-base",
                ),
                (t.after_factors, r.after_factors, "gfs-m-factors"),
                (t.fine, r.fine, "gfs-m-fine"),
            ],
        })
        .collect();
    out.push(Row {
        label: t.total.into(),
        max: a.legal_maximum,
        band: Some((Band { low: a.range_low, high: a.range_high }, t.exposure_range)),
        marks: vec![
            (t.before_proportionality, a.before_proportionality, "gfs-m-factors"),
            (t.final_fine, a.final_amount, "gfs-m-fine"),
        ],
    });
    out
}

#[function_component(BandChart)]
pub fn band_chart(props: &BandChartProps) -> Html {
    let dispatch = use_dispatch();
    let log = props.log_scale;
    let d = dispatch.clone();
    let on_log = Callback::from(move |e: Event| {
        if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
            d.emit(Action::SetLogScale(i.checked()));
        }
    });
    let toggle_id = format!("{}-log", props.id);
    let lang = use_lang();
    let cur = use_currency();
    let t = texts(lang);
    html! {
        <section class="gfs-chart" aria-label={t.chart}>
            <div class="gfs-chart-head">
                <h3>{ t.chart_title }</h3>
                <span class="gfs-check">
                    <input id={toggle_id.clone()} type="checkbox" checked={log} onchange={on_log} />
                    <label for={toggle_id}>{ t.log_scale }</label>
                </span>
            </div>
            { for rows(&props.assessment, t).into_iter().enumerate().map(|(n, row)| chart_row(&props.id, n, row, log, lang, cur, t)) }
            <p class="gfs-legend" aria-hidden="true">
                <span class="gfs-key gfs-key-band"></span>{ t.legend_band }{ " " }
                <span class="gfs-key gfs-m-base"></span>{ t.legend_base }{ " " }
                <span class="gfs-key gfs-m-factors"></span>{ t.after_factors }{ " " }
                <span class="gfs-key gfs-m-fine"></span>{ t.fine }
            </p>
        </section>
    }
}

fn chart_row(id: &str, n: usize, row: Row, log: bool, lang: Lang, cur: Currency, t: &Texts) -> Html {
    let title_id = format!("{id}-row{n}");
    let mut summary: Vec<String> = Vec::new();
    if let Some((b, name)) = row.band {
        summary.push(t.named_range(&name, &money(lang, cur, b.low), &money(lang, cur, b.high)));
    }
    for (name, v, _) in &row.marks {
        summary.push(t.named_amount(name, &money(lang, cur, *v)));
    }
    summary.push(t.named_amount(&t.legal_maximum, &money(lang, cur, row.max)));
    let text = t.chart_summary(&row.label, &summary.join(", "));
    html! {
        <figure class="gfs-chart-row">
            <figcaption>
                <span class="gfs-chart-label">{ row.label.clone() }</span>
                <span class="gfs-chart-max">{ t.max_n(&money(lang, cur, row.max)) }</span>
            </figcaption>
            <svg viewBox={format!("0 0 {W} 24")} preserveAspectRatio="none" role="img" aria-labelledby={title_id.clone()} class="gfs-track">
                <title id={title_id}>{ text.clone() }</title>
                <rect x="0" y="10" width={W.to_string()} height="4" class="gfs-track-line" />
                if let Some((b, _)) = row.band {
                    { band_rect(b, row.max, log) }
                }
                { for row.marks.iter().map(|(_, v, class)| {
                    let x = position(*v, row.max, log);
                    html! { <rect x={(x - MARK / 2).clamp(0, W - MARK).to_string()} y="2" width={MARK.to_string()} height="20" class={*class} /> }
                }) }
            </svg>
            <p class="gfs-chart-values">{ summary.join(" · ") }</p>
        </figure>
    }
}

fn band_rect(b: Band, max: Decimal, log: bool) -> Html {
    let x0 = position(b.low, max, log);
    let x1 = position(b.high, max, log);
    html! { <rect x={x0.to_string()} y="6" width={(x1 - x0).max(MARK / 3).to_string()} height="12" class="gfs-band" /> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_cover_the_track_on_both_scales() {
        let max = Decimal::from(20_000_000);
        assert_eq!(position(Decimal::ZERO, max, false), 0);
        assert_eq!(position(max, max, false), W);
        assert_eq!(position(Decimal::from(10_000_000), max, false), W / 2);
        assert_eq!(position(max, max, true), W);
        // On the log scale €15,000 sits well inside the track, not squashed against 0.
        let small = position(Decimal::from(15_000), max, true);
        assert!(small > W / 2 && small < W * 7 / 10, "{small}");
        // Nothing escapes the track, whatever the input.
        assert_eq!(position(Decimal::from(-5), max, true), 0);
        assert_eq!(position(Decimal::MAX, max, false), W);
        assert_eq!(position(Decimal::ONE, Decimal::ZERO, true), 0);
    }
}
