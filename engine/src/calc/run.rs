//! One run of the arithmetic, start to end, without the exposure: what `calculate` and the
//! exposure's variants both run.

use crate::calc::aggregate;
use crate::calc::ap2019;
use crate::calc::calculation::{Calculation, InfringementFigures};
use crate::calc::edpb::{self, party_of};
use crate::calc::ico;
use crate::calc::maximum::{legal_maximum, tier_cite, tier_row};
use crate::calc::resolved::{Outcome, Resolved};
use crate::calc::trail::{reason, step, Trail};
use crate::calc::validate;
use crate::law::articles::{parse_article, tier_of, ArticleRef};
use crate::law::tables::{
    gdpr, Cite, AP2019_CONNECTION_CITATION, ART_83_3_CITATION, EDPB_ABSORPTION_CITATION, ICO_LINKED_CITATION,
};
use crate::schema::assessment::{Band, OperationResult, PartyResult, StepKind};
use crate::schema::error::{FieldPath, Problem, ScenarioError};
use crate::schema::scenario::{Infringement, Method, Scenario, Tier, SCHEMA_VERSION};
use crate::text::phrase::{money, nested, number, ph, plain, said, Phrase};
use crate::text::Key;
use rust_decimal::Decimal;

pub(crate) fn arithmetic(scenario: &Scenario) -> Result<Calculation, ScenarioError> {
    let mut trail = Trail::default();
    check_scenario(scenario, &mut trail)?;
    let resolved = scenario
        .infringements
        .iter()
        .enumerate()
        .map(|(i, inf)| resolve(scenario, i, inf, &mut trail))
        .collect::<Result<Vec<_>, _>>()?;
    let groups = aggregate::group_operations(scenario)?;
    if scenario.method == Method::Edpb2023 && !groups.is_empty() {
        trail.push(aggregate::edpb_step1(scenario, &resolved, &groups));
    }
    let infringements = resolved
        .into_iter()
        .enumerate()
        .map(|(i, r)| assess_one(scenario, i, r, &mut trail))
        .collect::<Result<Vec<_>, _>>()?;
    let operations = aggregate::combine(scenario, &infringements, &groups, &mut trail);
    let (legal_maximum, before) = total(&operations, &mut trail);
    let before = aggregate::connection(scenario, before, &mut trail)?;
    let proportionate =
        aggregate::proportionality(scenario, &infringements, (before, legal_maximum), &mut trail)?;
    let final_amount = aggregate::later_adjustments(scenario, proportionate, legal_maximum, &mut trail)?;
    Ok(Calculation {
        method: scenario.method,
        currency: scenario.currency(),
        steps: trail.steps,
        warnings: trail.warnings,
        parties: parties(scenario, &operations),
        infringements,
        operations,
        legal_maximum,
        before_proportionality: before,
        final_amount,
        range_low: final_amount,
        range_high: final_amount,
    })
}

/// The schema version and the turnover, and the warnings about the scenario as a whole.
fn check_scenario(scenario: &Scenario, trail: &mut Trail) -> Result<(), ScenarioError> {
    if scenario.version != SCHEMA_VERSION {
        let problem = Problem::Version { found: scenario.version, supported: SCHEMA_VERSION };
        return Err(ScenarioError::new(FieldPath::root("version"), problem));
    }
    let u = &scenario.undertaking;
    if let Some(t) = u.turnover {
        validate::amount(&|| FieldPath::root("undertaking").key("turnover"), t)?;
    }
    for (n, p) in scenario.parties.iter().enumerate() {
        if let Some(t) = p.turnover {
            validate::amount(&|| FieldPath::root("parties").index(n).key("turnover"), t)?;
        }
    }
    let some = !scenario.infringements.is_empty();
    // Without a turnover the EDPB method still gives a number: the fixed maximum and no size
    // adjustment, and the warning says that the turnover would change it.
    let unknown = u.turnover.is_none() && u.turnover_band.is_none();
    let point = u.turnover_adjustment_pct.or(scenario.edpb.turnover_adjustment_pct);
    if scenario.method == Method::Edpb2023 && unknown && point.is_none() && !u.public_body && some {
        trail.warn(said(Key::warn_edpb_turnover));
    }
    let ico = scenario.method == Method::Ico2024;
    if ico && u.turnover.is_none() && u.size_measure.is_none() && !u.public_body && some {
        trail.warn(said(Key::warn_ico_turnover));
    }
    // The EDPB's size bands are in euros and the ICO's measures of size its own: each kept to
    // its method, and said so when the other's is set.
    if ico && u.turnover_band.is_some() {
        trail.warn(said(Key::warn_band_not_ico));
    }
    if !ico && u.size_measure.is_some() {
        trail.warn(said(Key::warn_measure_ico_only));
    }
    if !some {
        trail.warn(said(Key::warn_no_infringement));
    }
    match (u.public_body, u.national_maximum, u.national_maximum_under(scenario.method)) {
        (_, Some(_), None) => trail.warn(said(Key::warn_national_unused)),
        (true, _, None) => trail.warn(said(Key::warn_public_body)),
        _ => {}
    }
    Ok(())
}

/// The article (and any further provisions of the same fine) read, its tier and its party's
/// legal maximum.
fn resolve(
    scenario: &Scenario,
    i: usize,
    inf: &Infringement,
    trail: &mut Trail,
) -> Result<Resolved, ScenarioError> {
    let field = || FieldPath::infringement(i);
    if inf.party > scenario.parties.len() {
        return Err(ScenarioError::new(field().key("party"), Problem::NoParty { party: inf.party }));
    }
    let read = |text: &str, at: FieldPath| {
        parse_article(text).map_err(|e| ScenarioError::new(at, Problem::Article(e)))
    };
    let article = read(&inf.article, field().key("article"))?;
    let also = (inf.also.iter().enumerate())
        .map(|(n, a)| read(a, field().key("also").index(n)))
        .collect::<Result<Vec<_>, _>>()?;
    let m = scenario.method;
    let law = |t: Tier| tier_cite(m, tier_row(m, t));
    let (tier, tier_citation) = match (inf.tier, gravest_tier(&article, &also)) {
        (Some(t), _) => (t, Cite::Chosen(Box::new(law(t)))),
        (None, Some((t, point))) => (t, Cite::of_law(m, point)),
        // Not named in Art. 83(4)–(6): the lower tier, until the user picks one, and said so.
        (None, None) => {
            trail.warn(ph(Key::warn_tier_assumed, [number(i + 1), plain(article.canonical())]));
            (Tier::Art83_4, Cite::Assumed(Box::new(law(Tier::Art83_4))))
        }
    };
    let maximum = legal_maximum(m, tier, party_of(scenario, inf.party));
    Ok(Resolved { maximum, article, also, tier, tier_citation })
}

/// The highest tier Art. 83 gives the article or any further provision of its fine.
fn gravest_tier(article: &ArticleRef, also: &[ArticleRef]) -> Option<(Tier, &'static str)> {
    std::iter::once(article)
        .chain(also)
        .filter_map(tier_of)
        .max_by_key(|(t, _)| tier_row(Method::Edpb2023, *t).turnover_share_pct)
}

/// Infringement `i`: its classification step, then its method's steps (or its absorption),
/// then what the decision did to this fine alone.
fn assess_one(
    scenario: &Scenario,
    i: usize,
    r: Resolved,
    trail: &mut Trail,
) -> Result<InfringementFigures, ScenarioError> {
    let inf = &scenario.infringements[i];
    trail.push(classification(i, &r));
    let mut outcome = match (inf.absorbed, scenario.method) {
        (true, method) => absorbed(method, i, inf, trail),
        (false, Method::Edpb2023) => edpb::assess_infringement(scenario, i, inf, &r, trail)?,
        (false, Method::Ap2019) => ap2019::assess_infringement(i, inf, &r, trail)?,
        (false, Method::Ico2024) => ico::assess_infringement(scenario, i, inf, &r, trail)?,
    };
    if !inf.absorbed {
        outcome.fine = fine_connection(scenario, i, outcome.fine, trail)?;
        outcome.fine = aggregate::fine_proportionality(scenario, i, outcome.fine, r.maximum.amount, trail)?;
    }
    Ok(InfringementFigures {
        article: r.article,
        also: r.also,
        tier: r.tier,
        tier_cite: r.tier_citation,
        legal_maximum: r.maximum.amount,
        party: inf.party,
        operation: inf.operation,
        absorbed: inf.absorbed,
        ap_category: outcome.ap_category,
        ap_category_applied: outcome.ap_category_applied,
        band: outcome.band,
        base: outcome.base,
        after_factors: outcome.after_factors,
        fine: outcome.fine,
    })
}

/// The step naming the article, its tier and maximum; where one fine covers several
/// provisions, that the gravest one's maximum applies.
fn classification(i: usize, r: &Resolved) -> crate::calc::trail::StepData {
    let mut explanation = r.maximum.explanation.clone();
    if !r.also.is_empty() {
        let all: Vec<Phrase> = std::iter::once(&r.article)
            .chain(&r.also)
            .map(|a| Phrase::Static("Art. ").then(Phrase::Plain(a.canonical())))
            .collect();
        let gravest = std::iter::once(&r.article)
            .chain(&r.also)
            .find(|a| tier_of(a).map(|(t, _)| t) == Some(r.tier))
            .unwrap_or(&r.article);
        let text = ph(Key::also_text, [nested(Phrase::Join(all, ", ")), plain(gravest.canonical())]);
        explanation = text.then(Phrase::Static(" ")).then(explanation);
    }
    step(
        StepKind::Classification,
        ph(Key::classification_title, [plain(r.article.canonical())]),
        vec![r.tier_citation.clone()],
    )
    .for_infringement(i)
    .band(Band { low: Decimal::ZERO, high: r.maximum.amount })
    .explain(explanation)
}

/// An infringement taken into the fine of its operation's gravest one: no fine of its own.
fn absorbed(method: Method, i: usize, inf: &Infringement, trail: &mut Trail) -> Outcome {
    let (cites, note) = match method {
        Method::Edpb2023 => (EDPB_ABSORPTION_CITATION, said(Key::absorbed_edpb)),
        Method::Ap2019 => (ART_83_3_CITATION, Phrase::Empty),
        Method::Ico2024 => (ICO_LINKED_CITATION, Phrase::Empty),
    };
    trail.push(
        step(StepKind::Absorbed, said(Key::absorbed_title), cites.to_vec())
            .for_infringement(i)
            .explain(ph(Key::absorbed_text, [number(inf.operation as usize)]).then(note)),
    );
    Outcome::nothing()
}

/// AP 2019: this fine lowered for its connection with another, before art. 10 holds the total
/// of its operation (FSV, § 3.5).
fn fine_connection(
    scenario: &Scenario,
    i: usize,
    fine: Decimal,
    trail: &mut Trail,
) -> Result<Decimal, ScenarioError> {
    let Some(c) = &scenario.infringements[i].connection else { return Ok(fine) };
    let field = || FieldPath::infringement(i).key("connection").key("reduce");
    let (cut, share) = aggregate::reduction(c.reduce, fine, &field)?;
    let after = fine - cut.min(fine);
    let text =
        ph(Key::fine_connection_text, [money(fine), money(cut.min(fine)), nested(share), money(after)]);
    trail.push(
        step(StepKind::FineConnection, said(Key::fine_connection_title), AP2019_CONNECTION_CITATION.to_vec())
            .for_infringement(i)
            .band(Band { low: Decimal::ZERO, high: fine })
            .amount(after)
            .explain(text.then(reason(&c.reason))),
    );
    Ok(after)
}

/// The sum of the legal maxima and of the fines of separate operations, with its step when
/// there are several.
fn total(operations: &[OperationResult], trail: &mut Trail) -> (Decimal, Decimal) {
    let legal_maximum: Decimal = operations.iter().map(|o| o.cap).sum();
    let sum = operations.iter().map(|o| o.fine).sum::<Decimal>();
    if operations.len() > 1 {
        trail.push(
            step(StepKind::Total, said(Key::total_title), vec![gdpr("83(3) a contrario")])
                .band(Band { low: Decimal::ZERO, high: legal_maximum })
                .amount(sum)
                .explain(ph(Key::total_text, [number(operations.len()), money(sum)])),
        );
    }
    (legal_maximum, sum)
}

/// Each party's maximum and fine, where the decision fines more than one.
fn parties(scenario: &Scenario, operations: &[OperationResult]) -> Vec<PartyResult> {
    if scenario.parties.is_empty() {
        return Vec::new();
    }
    (0..=scenario.parties.len())
        .map(|n| {
            let own = operations.iter().filter(|o| o.party == n);
            PartyResult {
                party: n,
                name: party_of(scenario, n).name.clone(),
                legal_maximum: own.clone().map(|o| o.cap).sum(),
                fine: own.map(|o| o.fine).sum(),
            }
        })
        .collect()
}
