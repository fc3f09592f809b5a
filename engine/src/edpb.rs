//! EDPB Guidelines 04/2022 v2.1, steps 2 to 4 for one infringement, in the order of the
//! guidelines: classification and legal maximum, seriousness → starting amount, turnover-size
//! adjustment, aggravating and mitigating circumstances, legal maximum. Step 1 (Art. 83(3)) and
//! step 5 (proportionality) span all infringements and live in `aggregate`.

use crate::assess::{Outcome, Resolved};
use crate::assessment::Band;
use crate::error::ScenarioError;
use crate::factors::edpb_weighs_in_seriousness;
use crate::legal_tables::*;
use crate::money::{pct_of, share_pct, Eur, Pct};
use crate::scenario::{Effect, FactorId, Infringement, Scenario, SeriousnessLevel, StartingPoint};
use crate::trail::{apply_factors, cap_at_legal_maximum, step, FactorRule, Trail};
use crate::validate;
use rust_decimal::Decimal;

pub fn seriousness_range(level: SeriousnessLevel) -> PctRange {
    match level {
        SeriousnessLevel::Low => EDPB_SERIOUSNESS_LOW,
        SeriousnessLevel::Medium => EDPB_SERIOUSNESS_MEDIUM,
        SeriousnessLevel::High => EDPB_SERIOUSNESS_HIGH,
    }
}

/// The turnover-size adjustment range for an undertaking, `None` above €500m.
pub fn turnover_adjustment_range(turnover: Decimal) -> Option<PctRange> {
    EDPB_TURNOVER_ADJUSTMENT.iter().find(|(up_to, _)| turnover <= *up_to).map(|(_, r)| *r)
}

fn midpoint(r: PctRange) -> Decimal {
    (r.low + r.high) / Decimal::TWO
}

pub(crate) fn assess_infringement(
    scenario: &Scenario,
    i: usize,
    inf: &Infringement,
    r: &Resolved,
    trail: &mut Trail,
) -> Result<Outcome, ScenarioError> {
    let max = r.maximum.amount;

    // Step 2a: seriousness → starting amount, as a share of the legal maximum.
    let level = inf.seriousness.level;
    let range = seriousness_range(level);
    let band = Band { low_eur: pct_of(max, range.low), high_eur: pct_of(max, range.high) };
    let field = format!("infringements[{i}].seriousness.start");
    let start = match inf.seriousness.start {
        None => pct_of(max, midpoint(range)),
        Some(StartingPoint::PctOfMax(p)) => {
            pct_of(max, validate::pct_in(&format!("{field}.pct_of_max"), p, range.low, range.high, &format!("the {} seriousness range", level.id()))?)
        }
        Some(StartingPoint::Eur(e)) => {
            let e = validate::amount(&format!("{field}.eur"), e)?;
            if !band.contains(e) {
                return Err(ScenarioError::new(
                    format!("{field}.eur"),
                    format!(
                        "{} is outside the {} seriousness range of {} to {}",
                        Eur(e),
                        level.id(),
                        Eur(band.low_eur),
                        Eur(band.high_eur)
                    ),
                ));
            }
            e
        }
    };
    let weighed: Vec<String> = [FactorId::A, FactorId::B, FactorId::G]
        .into_iter()
        .filter_map(|id| {
            inf.factors.get(&id).filter(|s| s.effect != Effect::Neutral).map(|s| {
                let why = if s.reason.is_empty() { String::new() } else { format!(": {}", s.reason.trim().trim_end_matches('.')) };
                format!("({}) {:?}{why}", id.letter(), s.effect).to_lowercase()
            })
        })
        .collect();
    let weighed = if weighed.is_empty() { String::new() } else { format!(" Weighed: {}.", weighed.join("; ")) };
    trail.push(
        step("edpb.seriousness", format!("Seriousness {} → starting amount", level.id()), format!("{EDPB_SERIOUSNESS_CITATION}; GDPR Art. 83(2)(a), (b), (g)"))
            .for_infringement(i)
            .band(band)
            .amount(start)
            .explain(format!(
                "{} seriousness: {} to {} of the legal maximum ({} to {}). Starting amount {} ({} of {}).{weighed}",
                capitalise(level.id()),
                Pct(range.low),
                Pct(range.high),
                Eur(band.low_eur),
                Eur(band.high_eur),
                Eur(start),
                Pct(share_pct(start, max)),
                Eur(max)
            )),
    );

    // Step 2b: turnover-size adjustment (undertakings up to €500m).
    let adjusted = turnover_adjustment(scenario, i, start, trail)?;

    // Step 3: aggravating and mitigating circumstances.
    let rule = FactorRule {
        kind: "edpb.factor",
        method_citation: EDPB_STEP3_CITATION,
        pct_base: adjusted,
        pct_base_label: "the amount after step 2",
        weighs: &|id| !edpb_weighs_in_seriousness(id),
        assumption_note: "The guidelines give no percentages for this step: the figure is an assumption of the scenario.",
        none: (
            "edpb.factors",
            "No aggravating or mitigating circumstances",
            "None of the factors (c), (d), (e), (f), (h), (i), (j), (k) moves the amount.",
        ),
    };
    let after_factors = apply_factors(i, inf, adjusted, &rule, trail)?;

    // Step 4: the legal maximum.
    let fine = cap_at_legal_maximum("edpb.legal_maximum", format!("{EDPB_STEP4_CITATION}; {}", r.tier_citation), i, after_factors, max, trail);

    Ok(Outcome { ap_category: None, band: Some(band), base: adjusted, after_factors, fine })
}

fn turnover_adjustment(scenario: &Scenario, i: usize, start: Decimal, trail: &mut Trail) -> Result<Decimal, ScenarioError> {
    let u = &scenario.undertaking;
    let base = step("edpb.turnover", "Turnover-size adjustment", EDPB_TURNOVER_CITATION).for_infringement(i);
    if u.public_body {
        trail.push(base.amount(start).explain("Not an undertaking: the turnover adjustment does not apply."));
        return Ok(start);
    }
    // `assess` has already required the turnover for this method.
    let turnover = u.turnover_eur.unwrap_or_default();
    let Some(range) = turnover_adjustment_range(turnover) else {
        trail.push(base.amount(start).explain(format!(
            "Turnover {} is above {}: no adjustment, the turnover-based maximum already scales with size.",
            Eur(turnover),
            Eur(DYNAMIC_MAXIMUM_THRESHOLD_EUR)
        )));
        return Ok(start);
    };
    let point = match scenario.edpb.turnover_adjustment_pct {
        None => midpoint(range),
        Some(p) => validate::pct_in("edpb.turnover_adjustment_pct", p, range.low, range.high, &format!("the range for a turnover of {}", Eur(turnover)))?,
    };
    let adjusted = pct_of(start, point);
    trail.push(
        base.band(Band { low_eur: pct_of(start, range.low), high_eur: pct_of(start, range.high) })
            .amount(adjusted)
            .explain(format!(
                "Turnover {}: {} to {} of the starting amount; {} chosen gives {}.",
                Eur(turnover),
                Pct(range.low),
                Pct(range.high),
                Pct(point),
                Eur(adjusted)
            )),
    );
    Ok(adjusted)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}
