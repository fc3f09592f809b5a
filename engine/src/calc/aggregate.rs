//! What spans all infringements: Art. 83(3) for the same or linked processing operations, the
//! sum over separate operations, and the last step, proportionality and ability to pay.

use crate::arith::pct_of;
use crate::calc::calculation::InfringementFigures;
use crate::calc::resolved::Resolved;
use crate::calc::trail::{reason, step, StepData, Trail};
use crate::calc::validate;
use crate::law::articles::ArticleRef;
use crate::law::tables::*;
use crate::schema::assessment::StepKind;
use crate::schema::assessment::{Band, OperationResult};
use crate::schema::error::{FieldPath, Problem, RangeOf, ScenarioError};
use crate::schema::scenario::{
    Adjustment, AdjustmentBase, AdjustmentGround, Method, Proportionality, ProportionalityAdjustment,
    ProportionalityGround, Scenario,
};
use crate::text::phrase::{money, nested, number, ph, plain, said, Arg, Phrase};
use crate::text::Key;
use rust_decimal::Decimal;

/// The processing operations, by party and number in ascending order, with the indices of
/// their infringements: Art. 83(3) holds within one undertaking's operation. Every operation
/// needs one infringement that is not absorbed, to carry the fine.
pub(crate) fn group_operations(scenario: &Scenario) -> Result<Vec<Group>, ScenarioError> {
    let mut groups: Vec<Group> = Vec::new();
    for (i, inf) in scenario.infringements.iter().enumerate() {
        match groups.iter_mut().find(|g| (g.party, g.operation) == (inf.party, inf.operation)) {
            Some(g) => g.members.push(i),
            None => groups.push(Group { party: inf.party, operation: inf.operation, members: vec![i] }),
        }
    }
    groups.sort_by_key(|g| (g.party, g.operation));
    for g in &groups {
        if g.members.iter().all(|&i| scenario.infringements[i].absorbed) {
            let field = FieldPath::infringement(g.members[0]).key("absorbed");
            return Err(ScenarioError::new(field, Problem::AllAbsorbed { operation: g.operation }));
        }
    }
    Ok(groups)
}

/// One processing operation of one party.
pub(crate) struct Group {
    pub party: usize,
    pub operation: u32,
    pub members: Vec<usize>,
}

/// An infringement once its article and maximum are known: before its method has run
/// (`Resolved`, for step 1) and after (`InfringementFigures`, for Art. 83(3)).
pub(crate) trait Classified {
    fn maximum(&self) -> Decimal;
    fn article(&self) -> &ArticleRef;
}

impl Classified for Resolved {
    fn maximum(&self) -> Decimal {
        self.maximum.amount
    }
    fn article(&self) -> &ArticleRef {
        &self.article
    }
}

impl Classified for InfringementFigures {
    fn maximum(&self) -> Decimal {
        self.legal_maximum
    }
    fn article(&self) -> &ArticleRef {
        &self.article
    }
}

/// The infringement with the highest maximum, the first one on a tie.
fn gravest(members: &[usize], resolved: &[impl Classified]) -> usize {
    let mut best = members[0];
    for &i in members {
        if resolved[i].maximum() > resolved[best].maximum() {
            best = i;
        }
    }
    best
}

/// "Art. 5(1)(a), Art. 6(1)": the articles of an operation.
fn articles(members: &[usize], resolved: &[impl Classified]) -> Arg {
    let each = members
        .iter()
        .map(|&i| Phrase::Static("Art. ").then(Phrase::Plain(resolved[i].article().canonical())));
    nested(Phrase::Join(each.collect(), ", "))
}

/// EDPB step 1: which conduct, which operations, unity or plurality of actions.
pub(crate) fn edpb_step1(scenario: &Scenario, resolved: &[Resolved], groups: &[Group]) -> StepData {
    let parts: Vec<Phrase> = groups
        .iter()
        .map(|Group { operation: op, members, .. }| {
            let g = gravest(members, resolved);
            if members.len() == 1 {
                ph(Key::op_alone, [number(*op as usize), articles(members, resolved)])
            } else {
                ph(
                    Key::op_linked,
                    [
                        number(*op as usize),
                        articles(members, resolved),
                        plain(resolved[g].article().canonical()),
                    ],
                )
            }
        })
        .collect();
    let kind = if groups.len() > 1 { said(Key::plurality) } else { Phrase::Empty };
    let text = ph(Key::step1_text, [number(scenario.infringements.len()), nested(Phrase::Join(parts, "; "))]);
    step(StepKind::EdpbStep1, said(Key::step1_title), EDPB_STEP1_CITATION.to_vec()).explain(text.then(kind))
}

/// Applies each operation's Art. 83(3) cap.
pub(crate) fn combine(
    scenario: &Scenario,
    figures: &[InfringementFigures],
    groups: &[Group],
    trail: &mut Trail,
) -> Vec<OperationResult> {
    let mut out = Vec::with_capacity(groups.len());
    for Group { party, operation: op, members } in groups {
        let g = gravest(members, figures);
        let cap = figures[g].legal_maximum;
        let sum: Decimal = members.iter().map(|&i| figures[i].fine).sum();
        let fine = sum.min(cap);
        let o = OperationResult {
            party: *party,
            operation: *op,
            infringements: members.clone(),
            gravest: g,
            cap,
            sum,
            fine,
        };
        if members.len() > 1 {
            trail.push(operation_step(scenario, figures, &o));
        }
        out.push(o);
    }
    out
}

/// The step of an operation of several infringements: their fines added, held at the gravest
/// one's maximum.
fn operation_step(scenario: &Scenario, figures: &[InfringementFigures], o: &OperationResult) -> StepData {
    let members = &o.infringements;
    let carried: Vec<Decimal> =
        members.iter().filter(|&&i| !scenario.infringements[i].absorbed).map(|&i| figures[i].fine).collect();
    let amounts = match carried[..] {
        [one] => ph(Key::one_fine, [money(one)]),
        _ => Phrase::Join(carried.into_iter().map(|x| Phrase::Value(Box::new(money(x)))).collect(), " + ")
            .then(Phrase::Static(" =")),
    };
    let key = if o.sum > o.cap { Key::op_capped } else { Key::op_within };
    let gravest = plain(figures[o.gravest].article.canonical());
    let text = ph(key, [nested(amounts), money(o.sum), gravest, money(o.cap)]);
    let cite = match scenario.method {
        Method::Edpb2023 => [ART_83_3_CITATION, EDPB_STEP4_CITATION].concat(),
        Method::Ap2019 => AP2019_ART10_CITATION.to_vec(),
        Method::Ico2024 => ICO_LINKED_CITATION.to_vec(),
    };
    let title = match o.party {
        0 => ph(Key::op_title, [number(o.operation as usize), articles(members, figures)]),
        n => {
            let name = plain(crate::calc::edpb::party_of(scenario, n).name.clone());
            ph(Key::op_title_party, [name, number(o.operation as usize), articles(members, figures)])
        }
    };
    step(StepKind::Operation, title, cite)
        .for_operation(o.operation)
        .band(Band { low: Decimal::ZERO, high: o.cap })
        .amount(o.fine)
        .explain(text)
}

/// AP 2019: the total lowered because separate infringements are closely connected, as the AP
/// did in BKR and FSV. The EDPB method has no such step: it is left out with a warning.
pub(crate) fn connection(
    scenario: &Scenario,
    total: Decimal,
    trail: &mut Trail,
) -> Result<Decimal, ScenarioError> {
    let Some(c) = &scenario.connection else { return Ok(total) };
    let field = || FieldPath::root("connection").key("reduce");
    if scenario.method != Method::Ap2019 {
        trail.warn(said(Key::warn_connection_edpb));
        return Ok(total);
    }
    let (cut, how) = reduction(c.reduce, total, &field)?;
    let after = total - cut;
    let text = ph(Key::connection_text, [money(total), money(cut), nested(how), money(after)]);
    trail.push(
        step(StepKind::ApConnection, said(Key::connection_title), AP2019_CONNECTION_CITATION.to_vec())
            .band(Band { low: Decimal::ZERO, high: total })
            .amount(after)
            .explain(text.then(reason(&c.reason))),
    );
    Ok(after)
}

/// A connection reduction of `amount` (at most all of it), and the share it is, for the text.
pub(crate) fn reduction(
    reduce: Adjustment,
    amount: Decimal,
    field: &dyn Fn() -> FieldPath,
) -> Result<(Decimal, Phrase), ScenarioError> {
    let (cut, share) = match reduce {
        Adjustment::Amount(eur) => (validate::amount(&|| field().key("amount"), eur)?, Phrase::Empty),
        Adjustment::Pct(p) => {
            let p = validate::pct(&|| field().key("pct"), p, RangeOf::Reduction)?;
            let share = Phrase::Static(" (")
                .then(Phrase::Value(Box::new(crate::text::phrase::pct(p))))
                .then(Phrase::Static(")"));
            (pct_of(amount, p), share)
        }
    };
    Ok((cut.min(amount), share))
}

/// The last step: the fine is lowered where the undertaking cannot bear it or it would be
/// disproportionate, or (EDPB, ICO) raised where it would not be effective or dissuasive.
pub(crate) fn proportionality(
    scenario: &Scenario,
    results: &[InfringementFigures],
    (before, maximum): (Decimal, Decimal),
    trail: &mut Trail,
) -> Result<Decimal, ScenarioError> {
    let p = &scenario.proportionality;
    // The AP's art. 9 only lowers the fine; the EDPB's step 5 and the ICO's may also raise it
    // where it would not be effective or dissuasive, within the legal maximum (UODO
    // DKN.5112.33.2022, § 82: +30 %; ICO DPP Law ¶ 160).
    let ceiling = if scenario.method == Method::Ap2019 { before } else { maximum.max(before) };
    let (amount, s) = step5(scenario.method, p, before, ceiling, FieldPath::root("proportionality"))?;
    let ability = p.ground == ProportionalityGround::AbilityToPay;
    if scenario.method == Method::Ap2019 && ability && amount < before && !p.lower_band_considered {
        let lower_band_used = results
            .iter()
            .any(|r| matches!((r.ap_category, r.ap_category_applied), (Some(own), Some(used)) if used < own));
        if !lower_band_used {
            trail.warn(said(Key::warn_art9_lower_band));
        }
    }
    trail.push(s);
    Ok(amount)
}

/// Step 5 for infringement `i`'s fine alone, where the decision applies it per fine.
pub(crate) fn fine_proportionality(
    scenario: &Scenario,
    i: usize,
    fine: Decimal,
    maximum: Decimal,
    trail: &mut Trail,
) -> Result<Decimal, ScenarioError> {
    let Some(p) = &scenario.infringements[i].proportionality else { return Ok(fine) };
    let ceiling = if scenario.method == Method::Ap2019 { fine } else { maximum.max(fine) };
    let (amount, mut s) =
        step5(scenario.method, p, fine, ceiling, FieldPath::infringement(i).key("proportionality"))?;
    s.kind = StepKind::FineProportionality;
    s.title = said(Key::fine_prop_title);
    trail.push(s.for_infringement(i));
    Ok(amount)
}

/// What step 5 does to `before`, and its step: the rule its ground cites, the amount it is
/// set to (at most `ceiling`) or lowered by, and why.
fn step5(
    method: Method,
    p: &Proportionality,
    before: Decimal,
    ceiling: Decimal,
    at: FieldPath,
) -> Result<(Decimal, StepData), ScenarioError> {
    let ability = p.ground == ProportionalityGround::AbilityToPay;
    let cite = match (method, ability) {
        (Method::Ico2024, true) => [ICO_STEP5_CITATION, ICO_HARDSHIP_CITATION].concat(),
        (Method::Ico2024, false) => ICO_STEP5_CITATION.to_vec(),
        (Method::Edpb2023, true) => [EDPB_STEP5_CITATION, ART_83_1_CITATION].concat(),
        (Method::Edpb2023, false) => ART_83_1_CITATION.to_vec(),
        (Method::Ap2019, true) => AP2019_ART9_CITATION.to_vec(),
        (Method::Ap2019, false) => AWB_PROPORTIONALITY_CITATION.to_vec(),
    };
    let field = || at.clone().key("adjustment");
    let (amount, text) = match p.adjustment {
        None => (before, said(Key::prop_none)),
        Some(ProportionalityAdjustment::SetTo(to)) => {
            let to = validate::amount(&|| field().key("set_to"), to)?;
            let key = match (to < before, ability) {
                _ if to > before && ceiling > before => Key::prop_raised,
                (true, true) => Key::prop_can_bear,
                (true, false) => Key::prop_set_to,
                (false, true) => Key::prop_can_bear_no,
                (false, false) => Key::prop_set_to_no,
            };
            let to_kept = if to > before { to.min(ceiling) } else { to };
            (to_kept, ph(key, [money(to_kept), money(before)]))
        }
        Some(ProportionalityAdjustment::ReducePct(pct)) => {
            let pct = validate::pct(&|| field().key("reduce_pct"), pct, RangeOf::Reduction)?;
            let cut = pct_of(before, pct);
            let values = [crate::text::phrase::pct(pct), money(before), money(cut), money(before - cut)];
            (before - cut, ph(Key::prop_reduced, values))
        }
        Some(ProportionalityAdjustment::ReduceAmount(eur)) => {
            let cut = validate::amount(&|| field().key("reduce_amount"), eur)?.min(before);
            (
                before - cut,
                ph(Key::prop_reduced, [money(cut), money(before), money(cut), money(before - cut)]),
            )
        }
    };
    let condition = if method == Method::Ap2019 && ability && p.adjustment.is_some() {
        said(Key::art9_condition)
    } else {
        Phrase::Empty
    };
    let mut s = step(StepKind::Proportionality, said(Key::prop_title), cite)
        .band(Band { low: Decimal::ZERO, high: before.max(amount) })
        .amount(amount)
        .explain(text.then(condition).then(reason(&p.reason)));
    if p.adjustment.is_some() {
        s = s.assumption();
    }
    Ok((amount, s))
}

/// After the calculation, in order: each adjustment on its own ground, a percentage taken of the
/// amount as it stands or of the amount before the first of them; an amount set is held at the
/// legal maximum, which no later step may pass.
pub(crate) fn later_adjustments(
    scenario: &Scenario,
    start: Decimal,
    maximum: Decimal,
    trail: &mut Trail,
) -> Result<Decimal, ScenarioError> {
    let mut amount = start;
    for (n, adj) in scenario.adjustments.iter().enumerate() {
        let field = || FieldPath::root("adjustments").index(n);
        let base = if adj.of == AdjustmentBase::First { start } else { amount };
        let (after, text) = match (adj.set_to, adj.reduce) {
            (Some(to), _) => {
                let to = validate::amount(&|| field().key("set_to"), to)?.min(maximum);
                (to, ph(Key::adj_set_to, [money(to), money(amount)]))
            }
            (None, Some(Adjustment::Pct(p))) => {
                let p = validate::pct(&|| field().key("reduce").key("pct"), p, RangeOf::Reduction)?;
                let cut = pct_of(base, p).min(amount);
                let values = [crate::text::phrase::pct(p), money(base), money(cut), money(amount - cut)];
                (amount - cut, ph(Key::adj_reduced_pct, values))
            }
            (None, Some(Adjustment::Amount(e))) => {
                let cut = validate::amount(&|| field().key("reduce").key("amount"), e)?.min(amount);
                (amount - cut, ph(Key::adj_reduced_eur, [money(cut), money(amount - cut)]))
            }
            (None, None) => (amount, Phrase::Empty),
        };
        let (ground, cite) = ground_of(adj.ground);
        trail.push(
            step(StepKind::Adjustment, ph(Key::adjustment_title, [nested(said(ground))]), cite)
                .band(Band { low: Decimal::ZERO, high: amount.max(after) })
                .amount(after)
                .explain(text.then(reason(&adj.reason))),
        );
        amount = after;
    }
    Ok(amount)
}

/// A ground's name and the rule it rests on.
fn ground_of(ground: AdjustmentGround) -> (Key, Vec<Cite>) {
    let cite = match ground {
        AdjustmentGround::AbilityToPay => EDPB_STEP5_CITATION.to_vec(),
        AdjustmentGround::Proportionality => ART_83_1_CITATION.to_vec(),
        AdjustmentGround::ReasonableTime => vec![Cite::ReasonableTime],
        AdjustmentGround::Court => vec![Cite::Court],
        AdjustmentGround::AcknowledgedResponsibility => vec![Cite::Lpacap85],
        AdjustmentGround::VoluntaryPayment => vec![Cite::Lpacap85],
        AdjustmentGround::Settlement => vec![Cite::Settlement],
        AdjustmentGround::FinancialHardship => ICO_HARDSHIP_CITATION.to_vec(),
        AdjustmentGround::PublicSector => ICO_PUBLIC_SECTOR_CITATION.to_vec(),
    };
    (crate::text::ground_key(ground), cite)
}
