//! EDPB Guidelines 04/2022 v2.1, steps 2 to 4 for one infringement, in the order of the
//! guidelines: classification and legal maximum, seriousness → starting amount, turnover-size
//! adjustment, aggravating and mitigating circumstances, legal maximum. Step 1 (Art. 83(3)) and
//! step 5 (proportionality) span all infringements and live in `aggregate`.

use crate::arith::{pct_of, share_pct};
use crate::calc::maximum::band_phrase;
use crate::calc::resolved::{Outcome, Resolved};
use crate::calc::trail::{apply_factors, cap_at_legal_maximum, reason, step, FactorRule, StepData, Trail};
use crate::calc::validate;
use crate::law::factors::edpb_weighs_in_seriousness;
use crate::law::tables::*;
use crate::schema::assessment::Band;
use crate::schema::assessment::StepKind;
use crate::schema::error::{FieldPath, RangeOf, ScenarioError};
use crate::schema::scenario::{
    Effect, FactorId, Infringement, Scenario, SeriousnessLevel, SizeBand, StartingPoint, Undertaking,
};
use crate::text::phrase::{money, nested, pct, ph, said, Arg, Phrase};
use crate::text::Key;
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

pub(crate) fn midpoint(r: PctRange) -> Decimal {
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
    let range = seriousness_range(inf.seriousness.level);
    let band = Band { low: pct_of(max, range.low), high: pct_of(max, range.high) };
    let start = starting_amount(i, inf, max, range, band, trail)?;
    trail.push(seriousness_step(i, inf, max, band, start));
    // Step 2b: turnover-size adjustment (undertakings up to €500m).
    let adjusted = turnover_adjustment(scenario, i, start, trail)?;
    // Step 3: aggravating and mitigating circumstances.
    let rule = FactorRule {
        method: crate::schema::scenario::Method::Edpb2023,
        kind: StepKind::EdpbFactor,
        method_citation: EDPB_STEP3_CITATION,
        pct_base: adjusted,
        pct_base_label: Key::after_step2,
        weighs: &|id| !edpb_weighs_in_seriousness(id),
        assumption_note: Some(Key::edpb_assumption),
        none: (StepKind::EdpbNoFactor, Key::edpb_none_title, Key::edpb_none_text),
    };
    let after_factors = apply_factors(i, inf, adjusted, &rule, trail)?;
    // Step 4: the legal maximum.
    let cites = [EDPB_STEP4_CITATION, std::slice::from_ref(&r.tier_citation)].concat();
    let fine = cap_at_legal_maximum(StepKind::EdpbLegalMaximum, cites, i, after_factors, max, trail);
    Ok(Outcome {
        ap_category: None,
        ap_category_applied: None,
        band: Some(band),
        base: adjusted,
        after_factors,
        fine,
    })
}

/// The starting amount: the scenario's point in the seriousness range, or its middle. A point
/// that no longer fits (the level or the turnover changed since it was set) is moved to the
/// nearest end of the range, visibly: a what-if never ends in an error.
pub(crate) fn starting_amount(
    i: usize,
    inf: &Infringement,
    max: Decimal,
    range: PctRange,
    band: Band,
    trail: &mut Trail,
) -> Result<Decimal, ScenarioError> {
    let field = || FieldPath::infringement(i).key("seriousness").key("start");
    let level = Arg::Level(inf.seriousness.level);
    Ok(match inf.seriousness.start {
        None => pct_of(max, midpoint(range)),
        Some(StartingPoint::PctOfMax(p)) => {
            let p = validate::pct(&|| field().key("pct_of_max"), p, RangeOf::SeriousnessPoint)?;
            let kept = p.clamp(range.low, range.high);
            if kept != p {
                let [low, high] = [pct(range.low), pct(range.high)];
                let values = [Arg::Number(i + 1), pct(p), level, low, high, pct(kept)];
                trail.warn(ph(Key::warn_start_pct_moved, values));
            }
            pct_of(max, kept)
        }
        Some(StartingPoint::Amount(e)) => {
            let e = validate::amount(&|| field().key("amount"), e)?;
            let kept = band.clamp(e);
            if kept != e {
                let [low, high] = [money(band.low), money(band.high)];
                let values = [Arg::Number(i + 1), money(e), level, low, high, money(kept)];
                trail.warn(ph(Key::warn_start_moved, values));
            }
            kept
        }
    })
}

/// The step of step 2a: the level, its range, the starting amount and the factors it weighs.
fn seriousness_step(i: usize, inf: &Infringement, max: Decimal, band: Band, start: Decimal) -> StepData {
    let level = inf.seriousness.level;
    let range = seriousness_range(level);
    let text = ph(
        Key::seriousness_text,
        [
            Arg::Level(level),
            pct(range.low),
            pct(range.high),
            money(band.low),
            money(band.high),
            money(start),
            pct(share_pct(start, max)),
            money(max),
        ],
    );
    // The guidelines give a range, not a point: the middle is our default, and says so.
    let assumed = inf.seriousness.start.is_none();
    let note = if assumed { said(Key::midpoint_assumed) } else { Phrase::Empty };
    let cites = [EDPB_SERIOUSNESS_CITATION, &[gdpr("83(2)(a), (b), (g)")]].concat();
    let s = step(StepKind::EdpbSeriousness, ph(Key::seriousness_title, [Arg::Level(level)]), cites)
        .for_infringement(i)
        .band(band)
        .amount(start)
        .explain(text.then(note).then(weighed_in_seriousness(inf)));
    if assumed {
        s.assumption()
    } else {
        s
    }
}

/// "Weighed here: (a) aggravating: …; (g) …": the factors step 2 weighs, as the scenario set them.
pub(crate) fn weighed_in_seriousness(inf: &Infringement) -> Phrase {
    let weighed: Vec<Phrase> = [FactorId::A, FactorId::B, FactorId::G]
        .into_iter()
        .filter_map(|id| {
            let s = inf.factors.get(&id).filter(|s| s.effect != Effect::Neutral)?;
            let why = s.reason.trim().trim_end_matches('.');
            let why = if why.is_empty() {
                Phrase::Empty
            } else {
                Phrase::Static(": ").then(Phrase::Plain(why.into()))
            };
            Some(
                Phrase::Static("(")
                    .then(Phrase::Value(Box::new(Arg::Letter(id.letter()))))
                    .then(Phrase::Static(") "))
                    .then(Phrase::Value(Box::new(Arg::Effect(s.effect))))
                    .then(why),
            )
        })
        .collect();
    if weighed.is_empty() {
        Phrase::Empty
    } else {
        ph(Key::weighed, [Arg::Phrase(Box::new(Phrase::Join(weighed, "; ")))])
    }
}

fn turnover_adjustment(
    scenario: &Scenario,
    i: usize,
    start: Decimal,
    trail: &mut Trail,
) -> Result<Decimal, ScenarioError> {
    let u = party_of(scenario, scenario.infringements[i].party);
    let base = step(StepKind::EdpbTurnover, said(Key::turnover_title), EDPB_TURNOVER_CITATION.to_vec())
        .for_infringement(i);
    if u.public_body {
        trail.push(base.amount(start).explain(said(Key::turnover_public)));
        return Ok(start);
    }
    let (range, size) = match (u.turnover, u.turnover_band) {
        (Some(t), _) => (turnover_adjustment_range(t), Size::Turnover(t)),
        (None, Some(b)) => (band_adjustment_range(b), Size::Band(b)),
        (None, None) => return unstated_size(scenario, u, start, base, trail),
    };
    let Some(range) = range else {
        let text = match size {
            Size::Turnover(t) => ph(Key::turnover_above, [money(t), money(DYNAMIC_MAXIMUM_THRESHOLD_EUR)]),
            Size::Band(_) => ph(Key::turnover_band_above, [money(DYNAMIC_MAXIMUM_THRESHOLD_EUR)]),
        };
        trail.push(base.amount(start).explain(text));
        return Ok(start);
    };
    let band = Band { low: pct_of(start, range.low), high: pct_of(start, range.high) };
    if scenario.edpb.skip_turnover_adjustment {
        let reason = reason(&scenario.edpb.turnover_adjustment_reason);
        trail.push(base.band(band).amount(start).explain(said(Key::turnover_skipped).then(reason)));
        return Ok(start);
    }
    let chosen = u.turnover_adjustment_pct.or(scenario.edpb.turnover_adjustment_pct);
    let point = turnover_point(chosen, range, &size, trail)?;
    let adjusted = pct_of(start, point);
    let [low, high] = [pct(range.low), pct(range.high)];
    let text = match size {
        Size::Turnover(t) => ph(Key::turnover_text, [money(t), low, high, pct(point), money(adjusted)]),
        Size::Band(b) => {
            ph(Key::turnover_band_text, [nested(band_phrase(b)), low, high, pct(point), money(adjusted)])
        }
    };
    let assumed = chosen.is_none();
    let s = base.band(band).amount(adjusted);
    trail.push(if assumed {
        s.explain(text.then(said(Key::midpoint_assumed))).assumption()
    } else {
        s.explain(text)
    });
    Ok(adjusted)
}

/// Neither turnover nor size band: no adjustment, unless the scenario sets one — a decision that
/// redacts the turnover and names no band may still state the adjustment it made (APD 07/2024:
/// 1.85 % of each starting amount); it is applied as set, and said to be unchecked by a band.
fn unstated_size(
    scenario: &Scenario,
    u: &Undertaking,
    start: Decimal,
    base: StepData,
    trail: &mut Trail,
) -> Result<Decimal, ScenarioError> {
    let Some(p) = u.turnover_adjustment_pct.or(scenario.edpb.turnover_adjustment_pct) else {
        trail.push(base.amount(start).explain(said(Key::turnover_unknown)));
        return Ok(start);
    };
    let field = || FieldPath::root("edpb").key("turnover_adjustment_pct");
    let p = validate::pct(&field, p, RangeOf::TurnoverPoint)?;
    let adjusted = pct_of(start, p);
    trail.push(base.amount(adjusted).explain(ph(Key::turnover_unstated, [pct(p), money(adjusted)])));
    Ok(adjusted)
}

/// What places the undertaking in the EDPB's turnover table: its turnover, or the band the
/// authority stated.
enum Size {
    Turnover(Decimal),
    Band(SizeBand),
}

/// The scenario's point in the turnover-adjustment range, or its middle; a point outside the
/// range is moved to its nearest end, with a warning.
fn turnover_point(
    chosen: Option<Decimal>,
    range: PctRange,
    size: &Size,
    trail: &mut Trail,
) -> Result<Decimal, ScenarioError> {
    let Some(p) = chosen else { return Ok(midpoint(range)) };
    let field = || FieldPath::root("edpb").key("turnover_adjustment_pct");
    let p = validate::pct(&field, p, RangeOf::TurnoverPoint)?;
    let kept = p.clamp(range.low, range.high);
    if kept != p {
        let size = match size {
            Size::Turnover(t) => money(*t),
            Size::Band(b) => nested(band_phrase(*b)),
        };
        trail.warn(ph(
            Key::warn_turnover_point_moved,
            [pct(p), size, pct(range.low), pct(range.high), pct(kept)],
        ));
    }
    Ok(kept)
}

/// The adjustment range of a stated size band; none above €500m.
pub fn band_adjustment_range(band: SizeBand) -> Option<PctRange> {
    EDPB_TURNOVER_ADJUSTMENT.get(band as usize).map(|(_, r)| *r)
}

/// Party `n` of the scenario: 0 its undertaking, n its `parties[n - 1]` (checked when the
/// infringement is read, so the undertaking stands in for a party that is not there).
pub(crate) fn party_of(scenario: &Scenario, n: usize) -> &Undertaking {
    n.checked_sub(1).and_then(|k| scenario.parties.get(k)).unwrap_or(&scenario.undertaking)
}
