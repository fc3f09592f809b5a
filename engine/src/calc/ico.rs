//! The ICO's Data Protection Fining Guidance (18 March 2024), steps 1 to 4 for one infringement,
//! in the order of the Guidance: seriousness as a share of the statutory maximum, the turnover
//! adjustment (Table B), the starting point, aggravating and mitigating factors, then the
//! statutory maximum as a cap. Linked infringements (UK GDPR Art. 83(3)), step 5 and financial
//! hardship span the whole penalty and live in `aggregate`. Amounts are in pounds.

use crate::arith::pct_of;
use crate::calc::edpb::{midpoint, party_of, starting_amount, weighed_in_seriousness};
use crate::calc::maximum::{measure_phrase, tier_row};
use crate::calc::resolved::{Outcome, Resolved};
use crate::calc::trail::{apply_factors, cap_at_legal_maximum, step, FactorRule, StepData, Trail};
use crate::calc::validate;
use crate::law::factors::edpb_weighs_in_seriousness;
use crate::law::tables::*;
use crate::schema::assessment::{Band, StepKind};
use crate::schema::error::{FieldPath, RangeOf, ScenarioError};
use crate::schema::scenario::{Infringement, Method, Scenario, SeriousnessLevel, Undertaking};
use crate::text::phrase::{money, nested, pct, ph, said, Arg, Phrase};
use crate::text::Key;
use rust_decimal::Decimal;

/// Step 1: the Guidance's band of the statutory maximum for a degree of seriousness.
pub fn seriousness_range(level: SeriousnessLevel) -> PctRange {
    match level {
        SeriousnessLevel::Low => ICO_SERIOUSNESS_LOWER,
        SeriousnessLevel::Medium => ICO_SERIOUSNESS_MEDIUM,
        SeriousnessLevel::High => ICO_SERIOUSNESS_HIGH,
    }
}

/// The seriousness band of the method `method`: the ICO's step 1, or the EDPB's step 2 (the same
/// shape; each cites its own text).
pub fn seriousness_range_of(method: Method, level: SeriousnessLevel) -> PctRange {
    if method == Method::Ico2024 {
        seriousness_range(level)
    } else {
        crate::calc::edpb::seriousness_range(level)
    }
}

/// Step 2: Table B's row for a turnover (or another measure of size); `None` above £435m.
pub fn size_row(size: Decimal) -> Option<IcoSizeRow> {
    ICO_TURNOVER_ADJUSTMENT.iter().find(|r| size <= r.up_to).copied()
}

/// Table B's range for an organisation: by its other measure of size where it is not an
/// undertaking, else by its turnover; none for a public body without a measure, or above £435m.
pub fn size_range(u: &Undertaking) -> Option<PctRange> {
    let size = u.size_measure.map(|m| m.amount).or(u.turnover.filter(|_| !u.public_body))?;
    size_row(size).map(|r| r.range)
}

pub(crate) fn assess_infringement(
    scenario: &Scenario,
    i: usize,
    inf: &Infringement,
    r: &Resolved,
    trail: &mut Trail,
) -> Result<Outcome, ScenarioError> {
    let max = r.maximum.amount;
    // Step 1: seriousness → a percentage of the statutory maximum.
    let range = seriousness_range(inf.seriousness.level);
    let band = Band { low: pct_of(max, range.low), high: pct_of(max, range.high) };
    let after_step1 = starting_amount(i, inf, max, range, band, trail)?;
    trail.push(seriousness_step(i, inf, max, band, after_step1));
    // Step 2: the turnover adjustment, where the fixed maximum applies.
    let fixed = tier_row(Method::Ico2024, r.tier).fixed_max;
    let adjustment = turnover_adjustment(scenario, i, after_step1, max > fixed, trail)?;
    // Step 3: the starting point.
    let start = adjustment.map_or(after_step1, |p| pct_of(after_step1, p));
    trail.push(starting_point_step(scenario, i, r, after_step1, adjustment, start));
    // Step 4: aggravating and mitigating factors, each as a percentage of the starting point.
    let rule = FactorRule {
        method: Method::Ico2024,
        kind: StepKind::IcoFactor,
        method_citation: ICO_STEP4_CITATION,
        pct_base: start,
        pct_base_label: Key::ico_after_step3,
        weighs: &|id| !edpb_weighs_in_seriousness(id),
        assumption_note: Some(Key::ico_assumption),
        none: (StepKind::IcoNoFactor, Key::ico_none_title, Key::ico_none_text),
    };
    let after_factors = apply_factors(i, inf, start, &rule, trail)?;
    // Within the statutory maximum.
    let cites = vec![r.tier_citation.clone()];
    let fine = cap_at_legal_maximum(StepKind::IcoLegalMaximum, cites, i, after_factors, max, trail);
    Ok(Outcome {
        ap_category: None,
        ap_category_applied: None,
        band: Some(band),
        base: start,
        after_factors,
        fine,
    })
}

/// Step 1's step: the degree, its band of the maximum, the percentage chosen and what the
/// factors weighed there were.
fn seriousness_step(i: usize, inf: &Infringement, max: Decimal, band: Band, amount: Decimal) -> StepData {
    let level = inf.seriousness.level;
    let range = seriousness_range(level);
    let chosen = crate::arith::share_pct(amount, max);
    let text = ph(
        Key::ico_seriousness_text,
        [Arg::Level(level), pct(range.low), pct(range.high), money(max), pct(chosen), money(amount)],
    );
    let assumed = inf.seriousness.start.is_none();
    let note = if assumed { said(Key::midpoint_assumed) } else { Phrase::Empty };
    let s = step(
        StepKind::IcoSeriousness,
        ph(Key::ico_seriousness_title, [Arg::Level(level)]),
        ICO_SERIOUSNESS_CITATION.to_vec(),
    )
    .for_infringement(i)
    .band(band)
    .amount(amount)
    .explain(text.then(note).then(weighed_in_seriousness(inf)));
    if assumed {
        s.assumption()
    } else {
        s
    }
}

/// Step 2: the percentage of Table B's range for the organisation's turnover, or for the
/// measure of size of a body that is not an undertaking; `None` where no adjustment applies
/// (the turnover-based maximum, a public body without a measure, no size known).
fn turnover_adjustment(
    scenario: &Scenario,
    i: usize,
    amount: Decimal,
    dynamic: bool,
    trail: &mut Trail,
) -> Result<Option<Decimal>, ScenarioError> {
    let u = party_of(scenario, scenario.infringements[i].party);
    let base = step(StepKind::IcoTurnover, said(Key::ico_turnover_title), ICO_TURNOVER_CITATION.to_vec())
        .for_infringement(i)
        .amount(amount);
    let (size, what) = match (u.size_measure, u.turnover) {
        (Some(m), _) => (m.amount, nested(measure_phrase(m))),
        (None, Some(t)) if !u.public_body => (t, money(t)),
        (None, _) => {
            let key = if u.public_body { Key::turnover_public } else { Key::turnover_unknown };
            trail.push(base.explain(said(key)));
            return Ok(None);
        }
    };
    let row = size_row(size).filter(|_| !dynamic);
    let Some(row) = row else {
        trail.push(base.explain(ph(Key::ico_turnover_dynamic, [what])));
        return Ok(None);
    };
    let chosen = u.turnover_adjustment_pct.or(scenario.edpb.turnover_adjustment_pct);
    let point = point_in(chosen, row.range, trail)?;
    let adjusted = pct_of(amount, point);
    let text = ph(
        Key::ico_turnover_text,
        [what, pct(row.range.low), pct(row.range.high), pct(point), money(adjusted)],
    );
    let draft = if row.draft { said(Key::ico_draft_row) } else { Phrase::Empty };
    let mut cites = ICO_TURNOVER_CITATION.to_vec();
    if u.size_measure.is_some() {
        cites.extend_from_slice(ICO_NOT_UNDERTAKING_CITATION);
    }
    if row.draft {
        cites.push(Cite::IcoDraft);
    }
    let band = Band { low: pct_of(amount, row.range.low), high: pct_of(amount, row.range.high) };
    let mut s = step(StepKind::IcoTurnover, said(Key::ico_turnover_title), cites)
        .for_infringement(i)
        .band(band)
        .amount(adjusted);
    s = if chosen.is_none() {
        s.explain(text.then(draft).then(said(Key::midpoint_assumed))).assumption()
    } else {
        s.explain(text.then(draft))
    };
    trail.push(s);
    Ok(Some(point))
}

/// The scenario's point in Table B's range, or its middle; outside it, its nearest end, said.
fn point_in(chosen: Option<Decimal>, range: PctRange, trail: &mut Trail) -> Result<Decimal, ScenarioError> {
    let Some(p) = chosen else { return Ok(midpoint(range)) };
    let field = || FieldPath::root("undertaking").key("turnover_adjustment_pct");
    let p = validate::pct(&field, p, RangeOf::TurnoverPoint)?;
    let kept = p.clamp(range.low, range.high);
    if kept != p {
        trail.warn(ph(Key::warn_ico_point_moved, [pct(p), pct(range.low), pct(range.high), pct(kept)]));
    }
    Ok(kept)
}

/// Step 3: the starting point, as the Guidance's formula writes it.
fn starting_point_step(
    scenario: &Scenario,
    i: usize,
    r: &Resolved,
    after_step1: Decimal,
    adjustment: Option<Decimal>,
    start: Decimal,
) -> StepData {
    let (max, row) = (r.maximum.amount, tier_row(Method::Ico2024, r.tier));
    let dynamic = max > row.fixed_max;
    let seriousness = pct(crate::arith::share_pct(after_step1, max));
    let text = match (adjustment, dynamic) {
        (Some(p), _) => ph(Key::ico_start_fixed, [money(max), seriousness, pct(p), money(start)]),
        (None, true) => {
            let u = party_of(scenario, scenario.infringements[i].party);
            let turnover = u.turnover.unwrap_or_default();
            ph(
                Key::ico_start_dynamic,
                [money(turnover), pct(row.turnover_share_pct), seriousness, money(start)],
            )
        }
        (None, false) => ph(Key::ico_start_unadjusted, [money(max), seriousness, money(start)]),
    };
    step(StepKind::IcoStartingPoint, said(Key::ico_start_title), ICO_STEP3_CITATION.to_vec())
        .for_infringement(i)
        .amount(start)
        .explain(text)
}
