//! The calculation: `assess` checks the scenario, classifies each infringement, runs the chosen
//! method on each (`edpb`, `ap2019`), then combines them (`aggregate`: Art. 83(3), the AP's
//! connected infringements, proportionality). `trail` writes the steps, `validate` the range
//! checks, `maximum` the legal maximum of Art. 83(4)–(6).

pub(crate) mod aggregate;
pub(crate) mod ap2019;
pub mod compare;
pub mod edpb;
pub mod exposure;
pub mod maximum;
pub(crate) mod resolved;
pub(crate) mod trail;
pub(crate) mod validate;

use crate::calc::resolved::{Outcome, Resolved};

use crate::calc::maximum::{legal_maximum, tier_row};
use crate::calc::trail::{step, Trail};
use crate::law::articles::{parse_article, tier_of};
use crate::law::tables::{gdpr, Cite};
use crate::law::tables::{AP2019_NAME, ART_83_3_CITATION, AS_OF, EDPB_ABSORPTION_CITATION, EDPB_NAME};
use crate::schema::assessment::StepKind;
use crate::schema::assessment::{Assessment, Band, InfringementResult};
use crate::schema::error::ScenarioError;
use crate::schema::scenario::{Method, Scenario, Tier, SCHEMA_VERSION};
use crate::text::lang::Lang;
use crate::text::phrase::{money, number, ph, plain, said, Phrase};
use crate::text::{article_error, article_title};
use crate::text::{cite, words, Key};
use rust_decimal::Decimal;

/// Runs the whole calculation, in English. Never panics: every bad input is an `Err` naming
/// its field.
pub fn assess(scenario: &Scenario) -> Result<Assessment, ScenarioError> {
    assess_in(scenario, Lang::En)
}

/// `assess` with every title, explanation, warning and error in `lang`.
pub fn assess_in(scenario: &Scenario, lang: Lang) -> Result<Assessment, ScenarioError> {
    calculate(scenario, lang).map(|c| c.word(lang))
}

/// The arithmetic of an assessment, before any of it is worded: its figures, and its steps and
/// warnings as data. `word` writes them in a language; `assess_in` does both.
pub struct Calculation {
    figures: Assessment,
    trail: Trail,
    /// Per infringement: its article number (for the title) and the citation of its tier.
    tiers: Vec<(u16, Cite)>,
}

impl Calculation {
    /// The assessment with every step, warning, title and citation in `lang`.
    pub fn word(self, lang: Lang) -> Assessment {
        let (steps, warnings) = self.trail.finish(lang);
        let mut a = self.figures;
        for (result, (number, tier)) in a.infringements.iter_mut().zip(&self.tiers) {
            result.article_title = article_title(*number, lang).map(str::to_string);
            result.tier_citation = cite(tier, lang);
        }
        Assessment { steps, warnings, ..a }
    }
}

/// Runs the arithmetic from start to end, and again with every open range at its ends for the
/// exposure. Never panics: every bad input is an `Err` naming its field, worded in `lang` (an
/// error ends the calculation, so it is worded at once).
pub fn calculate(scenario: &Scenario, lang: Lang) -> Result<Calculation, ScenarioError> {
    let mut c = arithmetic(scenario, lang)?;
    let (low, high) = exposure::range(scenario, c.figures.final_eur);
    c.figures.range_low_eur = low;
    c.figures.range_high_eur = high;
    Ok(c)
}

/// One run of the arithmetic, without the exposure.
pub(crate) fn arithmetic(scenario: &Scenario, lang: Lang) -> Result<Calculation, ScenarioError> {
    let mut trail = Trail::new(lang);
    let w = words(lang);
    if scenario.version != SCHEMA_VERSION {
        return Err(ScenarioError::new("version", w.err_version(&scenario.version, &SCHEMA_VERSION)));
    }
    let u = &scenario.undertaking;
    if let Some(t) = u.turnover_eur {
        validate::amount(trail.lang, &|| "undertaking.turnover_eur".into(), t)?;
    }
    // Without a turnover the EDPB method still gives a number: the fixed maximum and no size
    // adjustment, and the warning says that the turnover would change it.
    if scenario.method == Method::Edpb2023
        && u.turnover_eur.is_none()
        && !u.public_body
        && !scenario.infringements.is_empty()
    {
        trail.warn(said(Key::warn_edpb_turnover));
    }

    let resolved = scenario
        .infringements
        .iter()
        .enumerate()
        .map(|(i, inf)| resolve(scenario, i, inf, &mut trail))
        .collect::<Result<Vec<_>, _>>()?;
    let groups = aggregate::group_operations(scenario, &trail)?;

    if scenario.method == Method::Edpb2023 && !groups.is_empty() {
        let s = aggregate::edpb_step1(scenario, &resolved, &groups);
        trail.push(s);
    }
    if scenario.infringements.is_empty() {
        trail.warn(said(Key::warn_no_infringement));
    }
    if u.public_body {
        trail.warn(said(Key::warn_public_body));
    }

    let mut results = Vec::with_capacity(resolved.len());
    for (i, (inf, r)) in scenario.infringements.iter().zip(&resolved).enumerate() {
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
        let outcome = if inf.absorbed {
            let (cites, note) = match scenario.method {
                Method::Edpb2023 => (EDPB_ABSORPTION_CITATION, said(Key::absorbed_edpb)),
                Method::Ap2019 => (ART_83_3_CITATION, Phrase::Empty),
            };
            trail.push(
                step(StepKind::Absorbed, said(Key::absorbed_title), cites.to_vec())
                    .for_infringement(i)
                    .explain(ph(Key::absorbed_text, [number(inf.operation as usize)]).then(note)),
            );
            Outcome {
                ap_category: None,
                ap_category_applied: None,
                band: None,
                base: Decimal::ZERO,
                after_factors: Decimal::ZERO,
                fine: Decimal::ZERO,
            }
        } else {
            match scenario.method {
                Method::Edpb2023 => edpb::assess_infringement(scenario, i, inf, r, &mut trail)?,
                Method::Ap2019 => ap2019::assess_infringement(i, inf, r, &mut trail)?,
            }
        };
        results.push(InfringementResult {
            article: r.article.canonical(),
            // Worded below, with the trail.
            article_title: None,
            tier: r.tier,
            tier_citation: String::new(),
            legal_maximum_eur: r.maximum.amount,
            operation: inf.operation,
            absorbed: inf.absorbed,
            ap_category: outcome.ap_category,
            ap_category_applied: outcome.ap_category_applied,
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
            step(StepKind::Total, said(Key::total_title), vec![gdpr("83(3) a contrario")])
                .band(Band { low_eur: Decimal::ZERO, high_eur: legal_maximum_eur })
                .amount(before)
                .explain(ph(Key::total_text, [number(operations.len()), money(before)])),
        );
    }
    let before = aggregate::connection(scenario, before, &mut trail)?;
    let final_eur = aggregate::proportionality(scenario, &results, before, &mut trail)?;

    let tiers = resolved.iter().map(|r| (r.article.number, r.tier_citation.clone())).collect();
    let figures = Assessment {
        method: scenario.method,
        method_name: match scenario.method {
            Method::Edpb2023 => EDPB_NAME,
            Method::Ap2019 => AP2019_NAME,
        }
        .to_string(),
        as_of: AS_OF.to_string(),
        steps: Vec::new(),
        infringements: results,
        operations,
        legal_maximum_eur,
        before_proportionality_eur: before,
        final_eur,
        range_low_eur: final_eur,
        range_high_eur: final_eur,
        warnings: Vec::new(),
    };
    Ok(Calculation { figures, trail, tiers })
}

fn resolve(
    scenario: &Scenario,
    i: usize,
    inf: &crate::schema::scenario::Infringement,
    trail: &mut Trail,
) -> Result<Resolved, ScenarioError> {
    let lang = trail.lang;
    let field = format!("infringements[{i}].article");
    let article =
        parse_article(&inf.article).map_err(|e| ScenarioError::new(&field, article_error(&e, lang)))?;
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
