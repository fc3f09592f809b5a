//! One run of the arithmetic, start to end, without the exposure: what `calculate` and the
//! exposure's variants both run.

use crate::calc::aggregate;
use crate::calc::ap2019;
use crate::calc::calculation::{Calculation, InfringementFigures};
use crate::calc::edpb;
use crate::calc::maximum::{legal_maximum, tier_row};
use crate::calc::resolved::{Outcome, Resolved};
use crate::calc::trail::{step, Trail};
use crate::calc::validate;
use crate::law::articles::{parse_article, tier_of};
use crate::law::tables::{gdpr, Cite, ART_83_3_CITATION, EDPB_ABSORPTION_CITATION};
use crate::schema::assessment::{Band, OperationResult, StepKind};
use crate::schema::error::{FieldPath, Problem, ScenarioError};
use crate::schema::scenario::{Infringement, Method, Scenario, Tier, SCHEMA_VERSION};
use crate::text::phrase::{money, number, ph, plain, said, Phrase};
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
    let (legal_maximum_eur, before) = total(&operations, &mut trail);
    let before = aggregate::connection(scenario, before, &mut trail)?;
    let final_eur = aggregate::proportionality(scenario, &infringements, before, &mut trail)?;
    Ok(Calculation {
        method: scenario.method,
        steps: trail.steps,
        warnings: trail.warnings,
        infringements,
        operations,
        legal_maximum_eur,
        before_proportionality_eur: before,
        final_eur,
        range_low_eur: final_eur,
        range_high_eur: final_eur,
    })
}

/// The schema version and the turnover, and the warnings about the scenario as a whole.
fn check_scenario(scenario: &Scenario, trail: &mut Trail) -> Result<(), ScenarioError> {
    if scenario.version != SCHEMA_VERSION {
        let problem = Problem::Version { found: scenario.version, supported: SCHEMA_VERSION };
        return Err(ScenarioError::new(FieldPath::root("version"), problem));
    }
    let u = &scenario.undertaking;
    if let Some(t) = u.turnover_eur {
        validate::amount(&|| FieldPath::root("undertaking").key("turnover_eur"), t)?;
    }
    let some = !scenario.infringements.is_empty();
    // Without a turnover the EDPB method still gives a number: the fixed maximum and no size
    // adjustment, and the warning says that the turnover would change it.
    if scenario.method == Method::Edpb2023 && u.turnover_eur.is_none() && !u.public_body && some {
        trail.warn(said(Key::warn_edpb_turnover));
    }
    if !some {
        trail.warn(said(Key::warn_no_infringement));
    }
    if u.public_body {
        trail.warn(said(Key::warn_public_body));
    }
    Ok(())
}

/// The article read, its tier and its legal maximum.
fn resolve(
    scenario: &Scenario,
    i: usize,
    inf: &Infringement,
    trail: &mut Trail,
) -> Result<Resolved, ScenarioError> {
    let article = parse_article(&inf.article)
        .map_err(|e| ScenarioError::new(FieldPath::infringement(i).key("article"), Problem::Article(e)))?;
    let (tier, tier_citation) = match (inf.tier, tier_of(&article)) {
        (Some(t), _) => (t, Cite::Chosen(Box::new(gdpr(tier_row(t).article)))),
        (None, Some((t, point))) => (t, gdpr(point)),
        // Not named in Art. 83(4)–(6): the lower tier, until the user picks one, and said so.
        (None, None) => {
            trail.warn(ph(Key::warn_tier_assumed, [number(i + 1), plain(article.canonical())]));
            (Tier::Art83_4, Cite::Assumed(Box::new(gdpr(tier_row(Tier::Art83_4).article))))
        }
    };
    Ok(Resolved { maximum: legal_maximum(tier, &scenario.undertaking), article, tier, tier_citation })
}

/// Infringement `i`: its classification step, then its method's steps (or its absorption).
fn assess_one(
    scenario: &Scenario,
    i: usize,
    r: Resolved,
    trail: &mut Trail,
) -> Result<InfringementFigures, ScenarioError> {
    let inf = &scenario.infringements[i];
    trail.push(
        step(
            StepKind::Classification,
            ph(Key::classification_title, [plain(r.article.canonical())]),
            vec![r.tier_citation.clone()],
        )
        .for_infringement(i)
        .band(Band { low_eur: Decimal::ZERO, high_eur: r.maximum.amount })
        .explain(r.maximum.explanation.clone()),
    );
    let outcome = match (inf.absorbed, scenario.method) {
        (true, method) => absorbed(method, i, inf, trail),
        (false, Method::Edpb2023) => edpb::assess_infringement(scenario, i, inf, &r, trail)?,
        (false, Method::Ap2019) => ap2019::assess_infringement(i, inf, &r, trail)?,
    };
    Ok(InfringementFigures {
        article: r.article,
        tier: r.tier,
        tier_cite: r.tier_citation,
        legal_maximum_eur: r.maximum.amount,
        operation: inf.operation,
        absorbed: inf.absorbed,
        ap_category: outcome.ap_category,
        ap_category_applied: outcome.ap_category_applied,
        band: outcome.band,
        base_eur: outcome.base,
        after_factors_eur: outcome.after_factors,
        fine_eur: outcome.fine,
    })
}

/// An infringement taken into the fine of its operation's gravest one: no fine of its own.
fn absorbed(method: Method, i: usize, inf: &Infringement, trail: &mut Trail) -> Outcome {
    let (cites, note) = match method {
        Method::Edpb2023 => (EDPB_ABSORPTION_CITATION, said(Key::absorbed_edpb)),
        Method::Ap2019 => (ART_83_3_CITATION, Phrase::Empty),
    };
    trail.push(
        step(StepKind::Absorbed, said(Key::absorbed_title), cites.to_vec())
            .for_infringement(i)
            .explain(ph(Key::absorbed_text, [number(inf.operation as usize)]).then(note)),
    );
    Outcome::nothing()
}

/// The sum of the legal maxima and of the fines of separate operations, with its step when
/// there are several.
fn total(operations: &[OperationResult], trail: &mut Trail) -> (Decimal, Decimal) {
    let legal_maximum: Decimal = operations.iter().map(|o| o.cap_eur).sum();
    let sum = operations.iter().map(|o| o.fine_eur).sum::<Decimal>();
    if operations.len() > 1 {
        trail.push(
            step(StepKind::Total, said(Key::total_title), vec![gdpr("83(3) a contrario")])
                .band(Band { low_eur: Decimal::ZERO, high_eur: legal_maximum })
                .amount(sum)
                .explain(ph(Key::total_text, [number(operations.len()), money(sum)])),
        );
    }
    (legal_maximum, sum)
}
