//! Dutch AP Boetebeleidsregels 2019 for one infringement, in the order of the rules: category
//! band and basic fine (art. 2.3 and annex 1), the factors of art. 7 moving the basic fine
//! within the band (art. 6), the next band or the legal maximum (arts. 8.1, 8.3), repeat
//! offence (art. 8.2), the legal maximum. Ability to pay (art. 9) spans all infringements and
//! lives in `aggregate`.

use crate::articles::ap_category_of;
use crate::assess::{Outcome, Resolved};
use crate::assessment::Band;
use crate::error::ScenarioError;
use crate::legal_tables::*;
use crate::money::{pct_of, Pct};
use crate::words::fill;
use crate::scenario::{ApBandUse, ApCategory, Infringement};
use crate::trail::{apply_factors, cap_at_legal_maximum, step, FactorRule, Trail};
use rust_decimal::Decimal;

pub fn category_band(c: ApCategory) -> Band {
    let row = &AP2019_CATEGORIES[c.index()];
    Band { low_eur: row.band_low_eur, high_eur: row.band_high_eur }
}

pub fn basic_fine(c: ApCategory) -> Decimal {
    AP2019_CATEGORIES[c.index()].basic_fine_eur
}

pub(crate) fn assess_infringement(i: usize, inf: &Infringement, r: &Resolved, trail: &mut Trail) -> Result<Outcome, ScenarioError> {
    let w = trail.w;
    let from_annex = ap_category_of(&r.article);
    let category = inf
        .ap_category
        .or(from_annex)
        .ok_or_else(|| ScenarioError::new(format!("infringements[{i}].ap_category"), fill(w.err_ap_category, &[&r.article.canonical()])))?;
    let own = category_band(category);
    let basic = basic_fine(category);
    let source = match (inf.ap_category, from_annex) {
        (Some(c), Some(a)) if c != a => fill(w.cat_chosen_differs, &[&c.numeral(), &a.numeral()]),
        (Some(c), None) => fill(w.cat_chosen, &[&c.numeral()]),
        _ => fill(w.cat_annex, &[&r.article.canonical(), &category.numeral()]),
    };
    let text = fill(w.category_text, &[&source, &trail.eur(own.low_eur), &trail.eur(own.high_eur), &trail.eur(basic)]);
    trail.push(
        step("ap.category", fill(w.category_title, &[&category.numeral()]), AP2019_BAND_CITATION)
            .for_infringement(i)
            .band(own)
            .amount(basic)
            .explain(text),
    );

    let rule = FactorRule {
        kind: "ap.factor",
        method_citation: AP2019_ART6_CITATION,
        pct_base: basic,
        pct_base_label: w.basic_fine,
        weighs: &|_| true,
        assumption_note: "",
        none: ("ap.factors", w.ap_none_title, w.ap_none_text),
    };
    let after_factors = apply_factors(i, inf, basic, &rule, trail)?;

    let max = r.maximum.amount;
    let (band, band_title, band_cite) = match inf.ap_band {
        ApBandUse::Own => (own, w.band_own_title.to_string(), AP2019_ART6_CITATION),
        ApBandUse::NextHigher => {
            let next = ApCategory::from_index(category.index() + 1).ok_or_else(|| {
                ScenarioError::new(format!("infringements[{i}].ap_band"), w.err_no_higher)
            })?;
            (category_band(next), fill(w.band_next_higher_title, &[&next.numeral()]), AP2019_ART8_1_CITATION)
        }
        ApBandUse::NextLower => {
            let prev = category.index().checked_sub(1).and_then(ApCategory::from_index).ok_or_else(|| {
                ScenarioError::new(format!("infringements[{i}].ap_band"), w.err_no_lower)
            })?;
            (category_band(prev), fill(w.band_next_lower_title, &[&prev.numeral()]), AP2019_ART8_1_CITATION)
        }
        ApBandUse::LegalMaximum => (
            Band { low_eur: own.low_eur, high_eur: max.max(own.low_eur) },
            w.band_max_title.to_string(),
            AP2019_ART8_3_CITATION,
        ),
    };
    let in_band = band.clamp(after_factors);
    if in_band != after_factors || after_factors != basic || inf.ap_band != ApBandUse::Own {
        let text = if in_band == after_factors {
            fill(w.band_within, &[&trail.eur(in_band), &trail.eur(band.low_eur), &trail.eur(band.high_eur)])
        } else {
            trail.warn(fill(w.band_warn, &[&(i + 1), &trail.eur(after_factors), &trail.eur(in_band)]));
            fill(w.band_held, &[&trail.eur(after_factors), &trail.eur(band.low_eur), &trail.eur(band.high_eur), &trail.eur(in_band)])
        };
        trail.push(step("ap.band", band_title, band_cite).for_infringement(i).band(band).amount(in_band).explain(text));
    }

    let mut amount = in_band;
    if inf.repeat_offence {
        let raise = pct_of(amount, AP2019_RECIDIVE_PCT);
        amount += raise;
        trail.push(
            step("ap.recidive", w.recidive_title, AP2019_ART8_2_CITATION)
                .for_infringement(i)
                .amount(amount)
                .explain(fill(w.recidive_text, &[&Pct(AP2019_RECIDIVE_PCT), &trail.eur(raise)])),
        );
    }

    let fine = cap_at_legal_maximum("ap.legal_maximum", r.tier_citation.clone(), i, amount, max, trail);

    Ok(Outcome { ap_category: Some(category), band: Some(own), base: basic, after_factors, fine })
}
