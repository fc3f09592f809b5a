//! What spans all infringements: Art. 83(3) for the same or linked processing operations, the
//! sum over separate operations, and the last step, proportionality and ability to pay.

use crate::calc::Resolved;
use crate::schema::assessment::StepKind;
use crate::schema::assessment::{Band, InfringementResult, OperationResult, Step};
use crate::schema::error::ScenarioError;
use crate::law::tables::*;
use crate::arith::pct_of;
use crate::text::money::Pct;
use crate::text::fill;
use crate::schema::scenario::{Adjustment, Method, ProportionalityAdjustment, ProportionalityGround, Scenario};
use crate::calc::trail::{step, Trail};
use crate::calc::validate;
use rust_decimal::Decimal;

/// Operation numbers in ascending order with the indices of their infringements. Every
/// operation needs one infringement that is not absorbed, to carry the fine.
pub(crate) fn group_operations(scenario: &Scenario, trail: &Trail) -> Result<Vec<(u32, Vec<usize>)>, ScenarioError> {
    let mut groups: Vec<(u32, Vec<usize>)> = Vec::new();
    for (i, inf) in scenario.infringements.iter().enumerate() {
        match groups.iter_mut().find(|(op, _)| *op == inf.operation) {
            Some((_, members)) => members.push(i),
            None => groups.push((inf.operation, vec![i])),
        }
    }
    groups.sort_by_key(|(op, _)| *op);
    for (op, members) in &groups {
        if members.iter().all(|&i| scenario.infringements[i].absorbed) {
            return Err(ScenarioError::new(
                format!("infringements[{}].absorbed", members[0]),
                trail.w.err_all_absorbed(op),
            ));
        }
    }
    Ok(groups)
}

/// The infringement with the highest maximum, the first one on a tie.
fn gravest(members: &[usize], resolved: &[Resolved]) -> usize {
    let mut best = members[0];
    for &i in members {
        if resolved[i].maximum.amount > resolved[best].maximum.amount {
            best = i;
        }
    }
    best
}

fn articles(members: &[usize], resolved: &[Resolved]) -> String {
    members.iter().map(|&i| format!("Art. {}", resolved[i].article.canonical())).collect::<Vec<_>>().join(", ")
}

/// EDPB step 1: which conduct, which operations, unity or plurality of actions.
pub(crate) fn edpb_step1(scenario: &Scenario, resolved: &[Resolved], groups: &[(u32, Vec<usize>)], trail: &Trail) -> Step {
    let w = trail.w;
    let parts: Vec<String> = groups
        .iter()
        .map(|(op, members)| {
            let g = gravest(members, resolved);
            if members.len() == 1 {
                w.op_alone(op, &articles(members, resolved))
            } else {
                w.op_linked(op, &articles(members, resolved), &resolved[g].article.canonical())
            }
        })
        .collect();
    let kind = if groups.len() > 1 { w.plurality } else { "" };
    let text = w.step1_text(&scenario.infringements.len(), &parts.join("; "));
    step(StepKind::EdpbStep1, w.step1_title, EDPB_STEP1_CITATION.to_vec()).explain(format!("{text}{kind}"))
}

/// Applies each operation's Art. 83(3) cap.
pub(crate) fn combine(
    scenario: &Scenario,
    resolved: &[Resolved],
    results: &[InfringementResult],
    groups: &[(u32, Vec<usize>)],
    trail: &mut Trail,
) -> Vec<OperationResult> {
    let mut out = Vec::with_capacity(groups.len());
    for (op, members) in groups {
        let g = gravest(members, resolved);
        let cap = resolved[g].maximum.amount;
        let sum: Decimal = members.iter().map(|&i| results[i].fine_eur).sum();
        let fine = sum.min(cap);
        if members.len() > 1 {
            let carried: Vec<String> =
                members.iter().filter(|&&i| !scenario.infringements[i].absorbed).map(|&i| trail.eur(results[i].fine_eur).to_string()).collect();
            let amounts = if carried.len() == 1 { trail.w.one_fine(&carried[0]) } else { carried.join(" + ") + " =" };
            let template = if sum > cap { trail.w.op_capped } else { trail.w.op_within };
            let text = fill(template, &[("amounts", &amounts), ("sum", &trail.eur(sum)), ("gravest", &resolved[g].article.canonical()), ("cap", &trail.eur(cap))]);
            let cite = match scenario.method {
                Method::Edpb2023 => [ART_83_3_CITATION, EDPB_STEP4_CITATION].concat(),
                Method::Ap2019 => AP2019_ART10_CITATION.to_vec(),
            };
            trail.push(
                step(StepKind::Operation, trail.w.op_title(op, &articles(members, resolved)), cite)
                    .for_operation(*op)
                    .band(Band { low_eur: Decimal::ZERO, high_eur: cap })
                    .amount(fine)
                    .explain(text),
            );
        }
        out.push(OperationResult { operation: *op, infringements: members.clone(), gravest: g, cap_eur: cap, sum_eur: sum, fine_eur: fine });
    }
    out
}

/// AP 2019: the total lowered because separate infringements are closely connected, as the AP
/// did in BKR and FSV. The EDPB method has no such step: it is left out with a warning.
pub(crate) fn connection(scenario: &Scenario, total: Decimal, trail: &mut Trail) -> Result<Decimal, ScenarioError> {
    let Some(c) = &scenario.connection else { return Ok(total) };
    let w = trail.w;
    if scenario.method != Method::Ap2019 {
        trail.warn(w.warn_connection_edpb.into());
        return Ok(total);
    }
    let (cut, how) = match c.reduce {
        Adjustment::Eur(eur) => (validate::amount(trail.lang, &|| "connection.reduce.eur".into(), eur)?, String::new()),
        Adjustment::Pct(pct) => {
            let pct = validate::pct_in(trail.lang, &|| "connection.reduce.pct".into(), pct, Decimal::ZERO, Decimal::ONE_HUNDRED, &|| w.what_reduction.into())?;
            (pct_of(total, pct), format!(" ({})", Pct(pct)))
        }
    };
    let cut = cut.min(total);
    let after = total - cut;
    let reason = if c.reason.trim().is_empty() { String::new() } else { w.reason(&c.reason.trim()) };
    let text = w.connection_text(&trail.eur(total), &trail.eur(cut), &how, &trail.eur(after));
    trail.push(
        step(StepKind::ApConnection, w.connection_title, AP2019_CONNECTION_CITATION.to_vec())
            .band(Band { low_eur: Decimal::ZERO, high_eur: total })
            .amount(after)
            .explain(format!("{text}{reason}")),
    );
    Ok(after)
}

/// The last step: the fine is lowered, never raised, where the undertaking cannot bear it or it
/// would be disproportionate.
pub(crate) fn proportionality(scenario: &Scenario, results: &[InfringementResult], before: Decimal, trail: &mut Trail) -> Result<Decimal, ScenarioError> {
    let p = &scenario.proportionality;
    let ability = p.ground == ProportionalityGround::AbilityToPay;
    let cite = match (scenario.method, ability) {
        (Method::Edpb2023, true) => [EDPB_STEP5_CITATION, ART_83_1_CITATION].concat(),
        (Method::Edpb2023, false) => ART_83_1_CITATION.to_vec(),
        (Method::Ap2019, true) => AP2019_ART9_CITATION.to_vec(),
        (Method::Ap2019, false) => AWB_PROPORTIONALITY_CITATION.to_vec(),
    };
    let w = trail.w;
    let reason = if p.reason.trim().is_empty() { String::new() } else { w.reason(&p.reason.trim()) };
    let (amount, text) = match p.adjustment {
        None => (before, w.prop_none.to_string()),
        Some(ProportionalityAdjustment::CanBearEur(can_bear)) => {
            let can_bear = validate::amount(trail.lang, &|| "proportionality.adjustment.can_bear_eur".into(), can_bear)?;
            if can_bear < before {
                (can_bear, if ability { w.prop_can_bear(&trail.eur(can_bear), &trail.eur(before)) } else { w.prop_set_to(&trail.eur(can_bear), &trail.eur(before)) })
            } else {
                (before, w.prop_can_bear_no(&trail.eur(can_bear), &trail.eur(before)))
            }
        }
        Some(ProportionalityAdjustment::ReducePct(pct)) => {
            let pct = validate::pct_in(trail.lang, &|| "proportionality.adjustment.reduce_pct".into(), pct, Decimal::ZERO, Decimal::ONE_HUNDRED, &|| w.what_reduction.into())?;
            let cut = pct_of(before, pct);
            (before - cut, w.prop_reduced(&Pct(pct), &trail.eur(before), &trail.eur(cut), &trail.eur(before - cut)))
        }
        Some(ProportionalityAdjustment::ReduceEur(eur)) => {
            let cut = validate::amount(trail.lang, &|| "proportionality.adjustment.reduce_eur".into(), eur)?.min(before);
            (before - cut, w.prop_reduced(&trail.eur(cut), &trail.eur(before), &trail.eur(cut), &trail.eur(before - cut)))
        }
    };
    let lowered = amount < before;
    let condition = if scenario.method == Method::Ap2019 && ability && p.adjustment.is_some() { w.art9_condition } else { "" };
    if scenario.method == Method::Ap2019 && ability && lowered && !p.lower_band_considered {
        let lower_band_used = results.iter().any(|r| matches!((r.ap_category, r.ap_category_applied), (Some(own), Some(used)) if used < own));
        if !lower_band_used {
            trail.warn(w.warn_art9_lower_band.into());
        }
    }
    let mut s = step(StepKind::Proportionality, w.prop_title, cite)
        .band(Band { low_eur: Decimal::ZERO, high_eur: before })
        .amount(amount)
        .explain(format!("{text}{condition}{reason}"));
    if p.adjustment.is_some() {
        s = s.assumption();
    }
    trail.push(s);
    Ok(amount)
}
