//! `assess`: checks the scenario, classifies each infringement, runs the chosen method on each,
//! then combines them (Art. 83(3)) and applies proportionality.

use crate::aggregate;
use crate::articles::{article_title, parse_article, tier_of, ArticleRef};
use crate::assessment::{Assessment, Band, InfringementResult};
use crate::error::ScenarioError;
use crate::legal_tables::{AP2019_NAME, AS_OF, EDPB_NAME};
use crate::maximum::{legal_maximum, tier_row, LegalMaximum};
use crate::money::Eur;
use crate::scenario::{ApCategory, Method, Scenario, Tier, SCHEMA_VERSION};
use crate::trail::{step, Trail};
use crate::{ap2019, edpb, validate};
use rust_decimal::Decimal;

/// An infringement once its article is read and its maximum known.
pub(crate) struct Resolved {
    pub article: ArticleRef,
    pub tier: Tier,
    pub tier_citation: String,
    pub maximum: LegalMaximum,
}

/// What a method computed for one infringement.
pub(crate) struct Outcome {
    pub ap_category: Option<ApCategory>,
    pub band: Option<Band>,
    pub base: Decimal,
    pub after_factors: Decimal,
    pub fine: Decimal,
}

/// Runs the whole calculation. Never panics: every bad input is an `Err` naming its field.
pub fn assess(scenario: &Scenario) -> Result<Assessment, ScenarioError> {
    if scenario.version != SCHEMA_VERSION {
        return Err(ScenarioError::new(
            "version",
            format!("scenario version {} is not supported (this simulator reads version {SCHEMA_VERSION})", scenario.version),
        ));
    }
    let u = &scenario.undertaking;
    if let Some(t) = u.turnover_eur {
        validate::amount("undertaking.turnover_eur", t)?;
    }
    if scenario.method == Method::Edpb2023 && u.turnover_eur.is_none() && !u.public_body && !scenario.infringements.is_empty() {
        return Err(ScenarioError::new(
            "undertaking.turnover_eur",
            "the EDPB method needs the undertaking's turnover (steps 2 and 4); enter it, or mark a public body",
        ));
    }

    let mut trail = Trail::default();
    let resolved = scenario
        .infringements
        .iter()
        .enumerate()
        .map(|(i, inf)| resolve(scenario, i, inf))
        .collect::<Result<Vec<_>, _>>()?;
    let groups = aggregate::group_operations(scenario, &resolved)?;

    if scenario.method == Method::Edpb2023 && !groups.is_empty() {
        trail.push(aggregate::edpb_step1(scenario, &resolved, &groups));
    }
    if scenario.infringements.is_empty() {
        trail.warn("No infringement yet: add one to see a fine.".into());
    }
    if u.public_body {
        trail.warn("Public body: Art. 83(7) lets each Member State decide whether and how far public authorities can be fined.".into());
    }

    let mut results = Vec::with_capacity(resolved.len());
    for (i, (inf, r)) in scenario.infringements.iter().zip(&resolved).enumerate() {
        trail.push(
            step("classification", format!("Art. {}: tier and legal maximum", r.article.canonical()), r.tier_citation.clone())
                .for_infringement(i)
                .band(Band { low_eur: Decimal::ZERO, high_eur: r.maximum.amount })
                .explain(r.maximum.explanation.clone()),
        );
        let outcome = if inf.absorbed {
            trail.push(
                step("absorbed", "Taken into account in the gravest infringement's fine", "GDPR Art. 83(3)")
                    .for_infringement(i)
                    .explain(format!(
                        "No separate amount: this infringement is weighed in the fine set for processing operation {}.",
                        inf.operation
                    )),
            );
            Outcome { ap_category: None, band: None, base: Decimal::ZERO, after_factors: Decimal::ZERO, fine: Decimal::ZERO }
        } else {
            match scenario.method {
                Method::Edpb2023 => edpb::assess_infringement(scenario, i, inf, r, &mut trail)?,
                Method::Ap2019 => ap2019::assess_infringement(i, inf, r, &mut trail)?,
            }
        };
        results.push(InfringementResult {
            article: r.article.canonical(),
            article_title: article_title(r.article.number, crate::Lang::En).map(str::to_string),
            tier: r.tier,
            tier_citation: r.tier_citation.clone(),
            legal_maximum_eur: r.maximum.amount,
            operation: inf.operation,
            absorbed: inf.absorbed,
            ap_category: outcome.ap_category,
            band: outcome.band,
            base_eur: outcome.base,
            after_factors_eur: outcome.after_factors,
            fine_eur: outcome.fine,
        });
    }

    let operations = aggregate::combine(scenario, &resolved, &results, &groups, &mut trail);
    let legal_maximum_eur: Decimal = operations.iter().map(|o| o.cap_eur).sum();
    let before = operations.iter().map(|o| o.fine_eur).sum::<Decimal>();
    if operations.len() > 1 {
        trail.push(
            step("total", "Sum of the fines for separate processing operations", "GDPR Art. 83(3) a contrario")
                .band(Band { low_eur: Decimal::ZERO, high_eur: legal_maximum_eur })
                .amount(before)
                .explain(format!("{} separate operations are fined separately, each within its own maximum: {} in all.", operations.len(), Eur(before))),
        );
    }
    let final_eur = aggregate::proportionality(scenario, before, &mut trail)?;

    Ok(Assessment {
        method: scenario.method,
        method_name: match scenario.method {
            Method::Edpb2023 => EDPB_NAME,
            Method::Ap2019 => AP2019_NAME,
        }
        .to_string(),
        as_of: AS_OF.to_string(),
        steps: trail.steps,
        infringements: results,
        operations,
        legal_maximum_eur,
        before_proportionality_eur: before,
        final_eur,
        warnings: trail.warnings,
    })
}

fn resolve(scenario: &Scenario, i: usize, inf: &crate::scenario::Infringement) -> Result<Resolved, ScenarioError> {
    let field = format!("infringements[{i}].article");
    let article = parse_article(&inf.article).map_err(|m| ScenarioError::new(&field, m))?;
    let (tier, tier_citation) = match (inf.tier, tier_of(&article)) {
        (Some(t), _) => (t, format!("{} (tier chosen in the scenario)", tier_row(t).citation)),
        (None, Some((t, cite))) => (t, cite.to_string()),
        (None, None) => {
            return Err(ScenarioError::new(
                &field,
                format!("Art. {} is not named in Art. 83(4)–(6); pick the tier (83(4), 83(5) or 83(6)) yourself", article.canonical()),
            ))
        }
    };
    Ok(Resolved { maximum: legal_maximum(tier, &scenario.undertaking), article, tier, tier_citation })
}
