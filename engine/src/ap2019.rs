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
use crate::money::{pct_of, Eur, Pct};
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
    let from_annex = ap_category_of(&r.article);
    let category = inf.ap_category.or(from_annex).ok_or_else(|| {
        ScenarioError::new(
            format!("infringements[{i}].ap_category"),
            format!("the annex category of Art. {} is not in our tables; pick category I, II, III or IV", r.article.canonical()),
        )
    })?;
    let own = category_band(category);
    let basic = basic_fine(category);
    let source = match (inf.ap_category, from_annex) {
        (Some(c), Some(a)) if c != a => format!("Category {} chosen in the scenario (the annex gives {}).", c.numeral(), a.numeral()),
        (Some(c), None) => format!("Category {} chosen in the scenario.", c.numeral()),
        _ => format!("Art. {} falls in category {} of the annex.", r.article.canonical(), category.numeral()),
    };
    trail.push(
        step("ap.category", format!("Category {}: band and basic fine", category.numeral()), AP2019_BAND_CITATION)
            .for_infringement(i)
            .band(own)
            .amount(basic)
            .explain(format!(
                "{source} Band {} to {}, basic fine {}.",
                Eur(own.low_eur),
                Eur(own.high_eur),
                Eur(basic)
            )),
    );

    let rule = FactorRule {
        kind: "ap.factor",
        method_citation: AP2019_ART6_CITATION,
        pct_base: basic,
        pct_base_label: "the basic fine",
        weighs: &|_| true,
        assumption_note: "",
        none: ("ap.factors", "No factor moves the basic fine", "None of the factors (a)–(k) gives reason to raise or lower the basic fine."),
    };
    let after_factors = apply_factors(i, inf, basic, &rule, trail)?;

    let max = r.maximum.amount;
    let (band, band_title, band_cite) = match inf.ap_band {
        ApBandUse::Own => (own, "Within the category's band".to_string(), AP2019_ART6_CITATION),
        ApBandUse::NextHigher => {
            let next = ApCategory::from_index(category.index() + 1).ok_or_else(|| {
                ScenarioError::new(format!("infringements[{i}].ap_band"), "category IV has no higher band; use the legal maximum (art. 8.3)")
            })?;
            (category_band(next), format!("Band of category {} (next higher)", next.numeral()), AP2019_ART8_1_CITATION)
        }
        ApBandUse::NextLower => {
            let prev = category.index().checked_sub(1).and_then(ApCategory::from_index).ok_or_else(|| {
                ScenarioError::new(format!("infringements[{i}].ap_band"), "category I has no lower band")
            })?;
            (category_band(prev), format!("Band of category {} (next lower)", prev.numeral()), AP2019_ART8_1_CITATION)
        }
        ApBandUse::LegalMaximum => (
            Band { low_eur: own.low_eur, high_eur: max.max(own.low_eur) },
            "Up to the legal maximum".to_string(),
            AP2019_ART8_3_CITATION,
        ),
    };
    let in_band = band.clamp(after_factors);
    if in_band != after_factors || after_factors != basic || inf.ap_band != ApBandUse::Own {
        let text = if in_band == after_factors {
            format!("{} lies within {} to {}.", Eur(in_band), Eur(band.low_eur), Eur(band.high_eur))
        } else {
            trail.warn(format!(
                "Infringement {}: the factors would take the fine to {}, outside the band; it is held at {}. Arts. 8.1 and 8.3 allow the next band or the legal maximum.",
                i + 1,
                Eur(after_factors),
                Eur(in_band)
            ));
            format!(
                "The factors give {}, outside {} to {}: the fine is held at {}.",
                Eur(after_factors),
                Eur(band.low_eur),
                Eur(band.high_eur),
                Eur(in_band)
            )
        };
        trail.push(step("ap.band", band_title, band_cite).for_infringement(i).band(band).amount(in_band).explain(text));
    }

    let mut amount = in_band;
    if inf.repeat_offence {
        let raise = pct_of(amount, AP2019_RECIDIVE_PCT);
        amount += raise;
        trail.push(
            step("ap.recidive", "Repeat offence", AP2019_ART8_2_CITATION)
                .for_infringement(i)
                .amount(amount)
                .explain(format!("A repeat offence within five years raises the fine by {}: +{}.", Pct(AP2019_RECIDIVE_PCT), Eur(raise))),
        );
    }

    let fine = cap_at_legal_maximum("ap.legal_maximum", r.tier_citation.clone(), i, amount, max, trail);

    Ok(Outcome { ap_category: Some(category), band: Some(own), base: basic, after_factors, fine })
}
