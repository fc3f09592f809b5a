//! The calculation: `run` checks the scenario, classifies each infringement, runs the chosen
//! method on each (`edpb`, `ap2019`), then combines them (`aggregate`: Art. 83(3), the AP's
//! connected infringements, proportionality). `trail` writes the steps as data, `validate` the
//! range checks, `maximum` the legal maximum of Art. 83(4)–(6); `exposure` runs it again at the
//! ends of every open range; `word` writes the result in a language. No text is formatted in
//! the arithmetic: `calculate` takes no language.

pub(crate) mod aggregate;
pub(crate) mod ap2019;
pub mod calculation;
pub mod compare;
pub mod edpb;
pub mod exposure;
pub mod ico;
pub mod maximum;
pub(crate) mod resolved;
pub(crate) mod run;
pub(crate) mod trail;
pub(crate) mod validate;
mod word;

pub use calculation::Calculation;

use crate::schema::assessment::Assessment;
use crate::schema::error::ScenarioError;
use crate::schema::scenario::Scenario;
use crate::text::lang::Lang;

/// Runs the whole calculation, in English. Never panics: every bad input is an `Err` naming
/// its field.
pub fn assess(scenario: &Scenario) -> Result<Assessment, ScenarioError> {
    assess_in(scenario, Lang::En)
}

/// `assess` with every title, explanation, warning and citation in `lang`.
pub fn assess_in(scenario: &Scenario, lang: Lang) -> Result<Assessment, ScenarioError> {
    calculate(scenario).map(|c| c.word(lang))
}

/// The arithmetic from start to end, and again with every open range at its ends for the
/// exposure. Never panics: every bad input is an `Err` naming its field, as data.
pub fn calculate(scenario: &Scenario) -> Result<Calculation, ScenarioError> {
    let currency = scenario.currency();
    let mut c = run::arithmetic(scenario).map_err(|e| e.in_currency(currency))?;
    let (low, high) = exposure::range(scenario, c.final_amount);
    c.range_low = low;
    c.range_high = high;
    Ok(c)
}
