//! Dutch AP Boetebeleidsregels 2019 for one infringement, in the order of the rules: the
//! category from annex 1 or 2 (arts. 2.1–2.3), the next higher or lower category where the own
//! one gives no fitting fine (art. 8.1: that category's basic fine and band are used, as the AP
//! did in FSV and Orthodontist), the factors of art. 7 moving the basic fine within the band
//! (art. 6) or up to the legal maximum (arts. 8.3–8.4), repeat offence (art. 8.2), the legal
//! maximum. The total (art. 10), connected infringements and ability to pay (art. 9) span all
//! infringements and live in `aggregate`.

use crate::arith::pct_of;
use crate::calc::resolved::{Outcome, Resolved};
use crate::calc::trail::{apply_factors, cap_at_legal_maximum, step, FactorRule, Trail};
use crate::law::articles::ap_annex_row;
use crate::law::tables::*;
use crate::schema::assessment::Band;
use crate::schema::assessment::StepKind;
use crate::schema::error::ScenarioError;
use crate::schema::scenario::{ApBandPoint, ApBandUse, ApCategory, Infringement, Tier};
use crate::text::phrase::{money, nested, pct, ph, plain, said, Arg};
use crate::text::Key;
use rust_decimal::Decimal;

pub fn category_band(c: ApCategory) -> Band {
    let row = &AP2019_CATEGORIES[c.index()];
    Band { low_eur: row.band_low_eur, high_eur: row.band_high_eur }
}

pub fn basic_fine(c: ApCategory) -> Decimal {
    AP2019_CATEGORIES[c.index()].basic_fine_eur
}

/// Art. 2.1: annex 1 (Art. 83(4)) has categories I–III; art. 2.2: annex 2 (Art. 83(5)–(6)) I–IV.
fn annex_citation(tier: Tier) -> &'static [Cite] {
    match tier {
        Tier::Art83_4 => AP2019_ANNEX1_CITATION,
        Tier::Art83_5 | Tier::Art83_6 => AP2019_ANNEX2_CITATION,
    }
}

/// The annex rows of the paragraphs of a bare article, as "12(1): III, 12(2): III, 12(5): II".
fn paragraph_rows(article: &str) -> String {
    let prefix = format!("{article}(");
    AP2019_ANNEX
        .iter()
        .filter(|row| row.provision.starts_with(&prefix))
        .filter_map(|row| {
            row.category
                .and_then(ApCategory::from_index)
                .map(|c| format!("{}: {}", row.provision, c.numeral()))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn assess_infringement(
    i: usize,
    inf: &Infringement,
    r: &Resolved,
    trail: &mut Trail,
) -> Result<Outcome, ScenarioError> {
    let article = r.article.canonical();
    let art = || plain(article.clone());
    let row = ap_annex_row(&r.article);
    let from_annex = row.and_then(|row| row.category).and_then(ApCategory::from_index);
    let read_with = row.is_some_and(|row| row.category.is_none());
    let mut assumed = false;
    let (category, source) = match (inf.ap_category, from_annex) {
        (Some(c), Some(a)) if c != a => {
            (c, ph(Key::cat_chosen_differs, [Arg::Static(c.numeral()), Arg::Static(a.numeral())]))
        }
        (Some(c), None) if read_with => (c, ph(Key::cat_read_with_chosen, [art(), Arg::Static(c.numeral())])),
        (Some(c), None) => (c, ph(Key::cat_chosen, [art(), Arg::Static(c.numeral())])),
        (_, Some(a)) => (a, ph(Key::cat_annex, [art(), Arg::Static(a.numeral())])),
        (None, None) if read_with => {
            assumed = true;
            let c = ApCategory::from_index(AP2019_READ_WITH_DEFAULT).unwrap_or(ApCategory::III);
            (c, ph(Key::cat_read_with_default, [art(), Arg::Static(c.numeral())]))
        }
        // Not in our annex table: the middle category of its annex, marked and warned, until the
        // user picks one.
        (None, None) => {
            assumed = true;
            let c = if r.tier == Tier::Art83_4 { ApCategory::II } else { ApCategory::III };
            // A bare "12" is not given one of its paragraphs' categories as if the annex said so.
            let paragraphs = paragraph_rows(&article);
            if paragraphs.is_empty() {
                trail.warn(ph(
                    Key::warn_category_assumed,
                    [Arg::Number(i + 1), art(), Arg::Static(c.numeral())],
                ));
            } else {
                trail.warn(ph(
                    Key::warn_category_paragraphs,
                    [Arg::Number(i + 1), art(), plain(paragraphs), Arg::Static(c.numeral())],
                ));
            }
            (c, ph(Key::cat_assumed, [art(), Arg::Static(c.numeral())]))
        }
    };
    // Annex 1 stops at category III: category IV for an Art. 83(4) provision is only the next
    // higher category of art. 8.1, never its own.
    if r.tier == Tier::Art83_4 && category == ApCategory::IV {
        trail.warn(ph(Key::warn_annex1_iv, [Arg::Number(i + 1), art()]));
    }
    let own = category_band(category);
    let mut citation = annex_citation(r.tier).to_vec();
    if let Some(row) = row.filter(|_| inf.ap_category.is_none() || inf.ap_category == from_annex) {
        citation.push(Cite::Source(row.source));
    }
    let text = ph(
        Key::category_text,
        [nested(source), money(own.low_eur), money(own.high_eur), money(basic_fine(category))],
    );
    let mut s =
        step(StepKind::ApCategory, ph(Key::category_title, [Arg::Static(category.numeral())]), citation)
            .for_infringement(i)
            .band(own)
            .amount(basic_fine(category))
            .explain(text);
    if assumed {
        s = s.assumption();
    }
    trail.push(s);

    // Art. 8.1: the neighbouring category replaces the own one, basic fine and band alike.
    let max = r.maximum.amount;
    let mut applied = category;
    let mut band = own;
    match inf.ap_band {
        ApBandUse::Own => {}
        ApBandUse::NextHigher | ApBandUse::NextLower => {
            let up = inf.ap_band == ApBandUse::NextHigher;
            let next = if up { category.index().checked_add(1) } else { category.index().checked_sub(1) }
                .and_then(ApCategory::from_index);
            match next {
                Some(next) => {
                    applied = next;
                    band = category_band(next);
                    let key = if up { Key::band_next_higher_text } else { Key::band_next_lower_text };
                    let text = ph(
                        key,
                        [
                            Arg::Static(category.numeral()),
                            Arg::Static(next.numeral()),
                            money(basic_fine(next)),
                            money(band.low_eur),
                            money(band.high_eur),
                        ],
                    );
                    let title = ph(
                        if up { Key::band_next_higher_title } else { Key::band_next_lower_title },
                        [Arg::Static(next.numeral())],
                    );
                    trail.push(
                        step(StepKind::ApNextCategory, title, AP2019_ART8_1_CITATION.to_vec())
                            .for_infringement(i)
                            .band(band)
                            .amount(basic_fine(next))
                            .explain(text),
                    );
                }
                None => trail.warn(ph(
                    if up { Key::warn_no_higher } else { Key::warn_no_lower },
                    [Arg::Number(i + 1), Arg::Static(category.numeral())],
                )),
            }
        }
        ApBandUse::LegalMaximum => {}
    }
    let basic = basic_fine(applied);

    let rule = FactorRule {
        kind: StepKind::ApFactor,
        method_citation: AP2019_ART6_CITATION,
        pct_base: basic,
        pct_base_label: Key::basic_fine,
        weighs: &|_| true,
        assumption_note: None,
        none: (StepKind::ApNoFactor, Key::ap_none_title, Key::ap_none_text),
    };
    let after_factors = apply_factors(i, inf, basic, &rule, trail)?;

    // Arts. 8.3–8.4, and category IV asked to go higher: the band reaches the legal maximum.
    let to_maximum = inf.ap_band == ApBandUse::LegalMaximum
        || (inf.ap_band == ApBandUse::NextHigher && applied == category && category == ApCategory::IV);
    let (band_title, band_cite) = if to_maximum {
        band = Band { low_eur: band.low_eur, high_eur: max.max(band.low_eur) };
        (said(Key::band_max_title), AP2019_ART8_3_CITATION)
    } else if applied != category {
        (ph(Key::band_applied_title, [Arg::Static(applied.numeral())]), AP2019_ART8_1_CITATION)
    } else {
        (said(Key::band_own_title), AP2019_ART6_CITATION)
    };
    let in_band = band.clamp(after_factors);
    if let Some(point) = inf.ap_band_point {
        let (at, key) = match point {
            ApBandPoint::Low => (band.low_eur, Key::band_point_low),
            ApBandPoint::High => (band.high_eur, Key::band_point_high),
        };
        let text = ph(key, [money(band.low_eur), money(band.high_eur), money(at)]);
        trail.push(
            step(StepKind::ApBand, band_title, band_cite.to_vec())
                .for_infringement(i)
                .band(band)
                .amount(at)
                .explain(text),
        );
        return finish(i, inf, r, at, (category, applied, band, basic, after_factors), trail);
    }
    if in_band != after_factors || after_factors != basic || inf.ap_band != ApBandUse::Own {
        let text = if in_band == after_factors {
            ph(Key::band_within, [money(in_band), money(band.low_eur), money(band.high_eur)])
        } else {
            trail.warn(ph(Key::band_warn, [Arg::Number(i + 1), money(after_factors), money(in_band)]));
            ph(
                Key::band_held,
                [money(after_factors), money(band.low_eur), money(band.high_eur), money(in_band)],
            )
        };
        trail.push(
            step(StepKind::ApBand, band_title, band_cite.to_vec())
                .for_infringement(i)
                .band(band)
                .amount(in_band)
                .explain(text),
        );
    }

    finish(i, inf, r, in_band, (category, applied, band, basic, after_factors), trail)
}

/// Art. 8.2 and the legal maximum, after the band.
fn finish(
    i: usize,
    inf: &Infringement,
    r: &Resolved,
    in_band: Decimal,
    (category, applied, band, basic, after_factors): (ApCategory, ApCategory, Band, Decimal, Decimal),
    trail: &mut Trail,
) -> Result<Outcome, ScenarioError> {
    let max = r.maximum.amount;
    let mut amount = in_band;
    if inf.repeat_offence {
        let raise = pct_of(amount, AP2019_RECIDIVE_PCT);
        amount += raise;
        trail.push(
            step(StepKind::ApRecidive, said(Key::recidive_title), AP2019_ART8_2_CITATION.to_vec())
                .for_infringement(i)
                .amount(amount)
                .explain(ph(Key::recidive_text, [pct(AP2019_RECIDIVE_PCT), money(raise)])),
        );
    }

    let fine =
        cap_at_legal_maximum(StepKind::ApLegalMaximum, vec![r.tier_citation.clone()], i, amount, max, trail);

    Ok(Outcome {
        ap_category: Some(category),
        ap_category_applied: Some(applied),
        band: Some(band),
        base: basic,
        after_factors,
        fine,
    })
}
