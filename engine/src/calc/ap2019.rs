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
use crate::text::phrase::{money, nested, pct, ph, plain, said, Arg, Phrase};
use crate::text::Key;
use rust_decimal::Decimal;

pub fn category_band(c: ApCategory) -> Band {
    let row = &AP2019_CATEGORIES[c.index()];
    Band { low: row.band_low_eur, high: row.band_high_eur }
}

pub fn basic_fine(c: ApCategory) -> Decimal {
    AP2019_CATEGORIES[c.index()].basic_fine_eur
}

/// What passes from one step of the rules to the next for one infringement.
struct Course {
    /// The category of the provision (art. 2), and the one whose band and basic fine apply
    /// (art. 8.1).
    category: ApCategory,
    applied: ApCategory,
    band: Band,
    basic: Decimal,
    after_factors: Decimal,
}

pub(crate) fn assess_infringement(
    i: usize,
    inf: &Infringement,
    r: &Resolved,
    trail: &mut Trail,
) -> Result<Outcome, ScenarioError> {
    let category = category_step(i, inf, r, trail);
    let (applied, band) = neighbouring_category(i, inf, category, trail);
    let basic = basic_fine(applied);
    let rule = FactorRule {
        method: crate::schema::scenario::Method::Ap2019,
        kind: StepKind::ApFactor,
        method_citation: AP2019_ART6_CITATION,
        pct_base: basic,
        pct_base_label: Key::basic_fine,
        weighs: &|_| true,
        assumption_note: None,
        none: (StepKind::ApNoFactor, Key::ap_none_title, Key::ap_none_text),
    };
    let after_factors = apply_factors(i, inf, basic, &rule, trail)?;
    let mut course = Course { category, applied, band, basic, after_factors };
    let in_band = band_step(i, inf, r.maximum.amount, &mut course, trail);
    Ok(finish(i, inf, r, in_band, course, trail))
}

/// Arts. 2.1–2.3: the category of the provision, from the annex, the scenario or assumed.
fn category_step(i: usize, inf: &Infringement, r: &Resolved, trail: &mut Trail) -> ApCategory {
    let row = ap_annex_row(&r.article);
    let from_annex = row.and_then(|row| row.category);
    let (category, source, assumed) = choose_category(i, inf, r, trail);
    // Annex 1 stops at category III: category IV for an Art. 83(4) provision is only the next
    // higher category of art. 8.1, never its own.
    if r.tier == Tier::Art83_4 && category == ApCategory::IV {
        trail.warn(ph(Key::warn_annex1_iv, [Arg::Number(i + 1), plain(r.article.canonical())]));
    }
    let own = category_band(category);
    let mut citation = annex_citation(r.tier).to_vec();
    if let Some(row) = row.filter(|_| inf.ap_category.is_none() || inf.ap_category == from_annex) {
        citation.push(Cite::Source(row.source));
    }
    let text = ph(
        Key::category_text,
        [nested(source), money(own.low), money(own.high), money(basic_fine(category))],
    );
    let title = ph(Key::category_title, [Arg::Static(category.numeral())]);
    let mut s = step(StepKind::ApCategory, title, citation)
        .for_infringement(i)
        .band(own)
        .amount(basic_fine(category));
    s = s.explain(text);
    if assumed {
        s = s.assumption();
    }
    trail.push(s);
    category
}

/// The category, what it rests on, and whether it is assumed.
fn choose_category(
    i: usize,
    inf: &Infringement,
    r: &Resolved,
    trail: &mut Trail,
) -> (ApCategory, Phrase, bool) {
    let art = || plain(r.article.canonical());
    let row = ap_annex_row(&r.article);
    let from_annex = row.and_then(|row| row.category);
    let read_with = row.is_some_and(|row| row.category.is_none());
    let numeral = |c: ApCategory| Arg::Static(c.numeral());
    match (inf.ap_category, from_annex) {
        (Some(c), Some(a)) if c != a => (c, ph(Key::cat_chosen_differs, [numeral(c), numeral(a)]), false),
        (Some(c), None) if read_with => (c, ph(Key::cat_read_with_chosen, [art(), numeral(c)]), false),
        (Some(c), None) => (c, ph(Key::cat_chosen, [art(), numeral(c)]), false),
        (_, Some(a)) => (a, ph(Key::cat_annex, [art(), numeral(a)]), false),
        (None, None) if read_with => {
            let c = AP2019_READ_WITH_DEFAULT;
            (c, ph(Key::cat_read_with_default, [art(), numeral(c)]), true)
        }
        // Not in our annex table: the middle category of its annex, marked and warned, until the
        // user picks one.
        (None, None) => {
            let c = if r.tier == Tier::Art83_4 { ApCategory::II } else { ApCategory::III };
            // A bare "12" is not given one of its paragraphs' categories as if the annex said so.
            let warning = match paragraph_rows(&r.article.canonical()) {
                None => ph(Key::warn_category_assumed, [Arg::Number(i + 1), art(), numeral(c)]),
                Some(rows) => {
                    ph(Key::warn_category_paragraphs, [Arg::Number(i + 1), art(), nested(rows), numeral(c)])
                }
            };
            trail.warn(warning);
            (c, ph(Key::cat_assumed, [art(), numeral(c)]), true)
        }
    }
}

/// Art. 2.1: annex 1 (Art. 83(4)) has categories I–III; art. 2.2: annex 2 (Art. 83(5)–(6)) I–IV.
fn annex_citation(tier: Tier) -> &'static [Cite] {
    match tier {
        Tier::Art83_4 => AP2019_ANNEX1_CITATION,
        Tier::Art83_5 | Tier::Art83_6 => AP2019_ANNEX2_CITATION,
    }
}

/// The annex rows of the paragraphs of a bare article, as "12(1): III, 12(2): III, 12(5): II".
fn paragraph_rows(article: &str) -> Option<Phrase> {
    let rows: Vec<Phrase> = AP2019_ANNEX
        .iter()
        .filter(|row| row.provision.strip_prefix(article).is_some_and(|rest| rest.starts_with('(')))
        .filter_map(|row| {
            let c = row.category?;
            Some(Phrase::Static(row.provision).then(Phrase::Static(": ")).then(Phrase::Static(c.numeral())))
        })
        .collect();
    (!rows.is_empty()).then_some(Phrase::Join(rows, ", "))
}

/// Art. 8.1: the neighbouring category replaces the own one, basic fine and band alike.
fn neighbouring_category(
    i: usize,
    inf: &Infringement,
    category: ApCategory,
    trail: &mut Trail,
) -> (ApCategory, Band) {
    let up = match inf.ap_band {
        ApBandUse::NextHigher => true,
        ApBandUse::NextLower => false,
        ApBandUse::Own | ApBandUse::LegalMaximum => return (category, category_band(category)),
    };
    let Some(next) = category.next(up) else {
        let key = if up { Key::warn_no_higher } else { Key::warn_no_lower };
        trail.warn(ph(key, [Arg::Number(i + 1), Arg::Static(category.numeral())]));
        return (category, category_band(category));
    };
    let band = category_band(next);
    let key = if up { Key::band_next_higher_text } else { Key::band_next_lower_text };
    let numerals = [Arg::Static(category.numeral()), Arg::Static(next.numeral())];
    let [own, other] = numerals;
    let text = ph(key, [own, other, money(basic_fine(next)), money(band.low), money(band.high)]);
    let title_key = if up { Key::band_next_higher_title } else { Key::band_next_lower_title };
    let title = ph(title_key, [Arg::Static(next.numeral())]);
    trail.push(
        step(StepKind::ApNextCategory, title, AP2019_ART8_1_CITATION.to_vec())
            .for_infringement(i)
            .band(band)
            .amount(basic_fine(next))
            .explain(text),
    );
    (next, band)
}

/// Art. 6, or arts. 8.3–8.4: the amount after the factors held in the band in use, or set at
/// its bottom or top.
fn band_step(i: usize, inf: &Infringement, max: Decimal, c: &mut Course, trail: &mut Trail) -> Decimal {
    // Category IV asked to go higher has no next category: the band reaches the legal maximum.
    let to_maximum = inf.ap_band == ApBandUse::LegalMaximum
        || (inf.ap_band == ApBandUse::NextHigher && c.applied == c.category && c.category == ApCategory::IV);
    let (title, cite) = if to_maximum {
        c.band = Band { low: c.band.low, high: max.max(c.band.low) };
        (said(Key::band_max_title), AP2019_ART8_3_CITATION)
    } else if c.applied != c.category {
        (ph(Key::band_applied_title, [Arg::Static(c.applied.numeral())]), AP2019_ART8_1_CITATION)
    } else {
        (said(Key::band_own_title), AP2019_ART6_CITATION)
    };
    let band = c.band;
    let (amount, text) = match inf.ap_band_point {
        Some(point) => {
            let (at, key) = match point {
                ApBandPoint::Low => (band.low, Key::band_point_low),
                ApBandPoint::High => (band.high, Key::band_point_high),
            };
            (at, ph(key, [money(band.low), money(band.high), money(at)]))
        }
        None => {
            let moved = c.after_factors != c.basic || inf.ap_band != ApBandUse::Own;
            let in_band = band.clamp(c.after_factors);
            if in_band == c.after_factors && !moved {
                return in_band;
            }
            (in_band, held_in_band(i, c.after_factors, band, trail))
        }
    };
    trail.push(
        step(StepKind::ApBand, title, cite.to_vec())
            .for_infringement(i)
            .band(band)
            .amount(amount)
            .explain(text),
    );
    amount
}

/// What the band did to the amount after the factors, warned where it held it.
fn held_in_band(i: usize, amount: Decimal, band: Band, trail: &mut Trail) -> Phrase {
    let in_band = band.clamp(amount);
    if in_band == amount {
        return ph(Key::band_within, [money(in_band), money(band.low), money(band.high)]);
    }
    trail.warn(ph(Key::band_warn, [Arg::Number(i + 1), money(amount), money(in_band)]));
    ph(Key::band_held, [money(amount), money(band.low), money(band.high), money(in_band)])
}

/// Art. 8.2 and the legal maximum, after the band.
fn finish(
    i: usize,
    inf: &Infringement,
    r: &Resolved,
    in_band: Decimal,
    c: Course,
    trail: &mut Trail,
) -> Outcome {
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
    let (kind, cites) = (StepKind::ApLegalMaximum, vec![r.tier_citation.clone()]);
    let fine = cap_at_legal_maximum(kind, cites, i, amount, r.maximum.amount, trail);
    Outcome {
        ap_category: Some(c.category),
        ap_category_applied: Some(c.applied),
        band: Some(c.band),
        base: c.basic,
        after_factors: c.after_factors,
        fine,
    }
}
