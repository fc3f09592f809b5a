//! The case library: real decisions shipped as scenarios, each with what the authority or court
//! actually decided, so that the simulator is checked against them. One file per case in
//! `engine/presets/`, in the same scenario schema as share links and the CLI, plus its outcomes,
//! its fidelity and a citation of the decision for every input.

use crate::schema::assessment::Assessment;
use crate::schema::scenario::Scenario;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    pub id: String,
    pub title: String,
    pub authority: String,
    /// ISO 3166 code.
    pub country: String,
    pub decided: String,
    pub summary: String,
    /// Whether the primary decision's amount follows from its own published arithmetic.
    pub fidelity: Fidelity,
    /// What comes from the decision, and what was chosen to land on its amount.
    pub fidelity_note: String,
    pub sources: Vec<String>,
    /// Scenario input path (`infringements[0].factors.a`) → the decision's paragraph for it.
    #[serde(default)]
    pub citations: BTreeMap<String, String>,
    pub outcomes: Vec<Outcome>,
    pub scenario: Scenario,
}

/// *Reproduced*: every input comes from the decision's own arithmetic and the engine's total
/// equals the decided amount. *Reconstructed*: some input was chosen to land on the amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Fidelity {
    Reproduced,
    Reconstructed,
}

impl Fidelity {
    pub fn id(self) -> &'static str {
        match self {
            Fidelity::Reproduced => "reproduced",
            Fidelity::Reconstructed => "reconstructed",
        }
    }
}

/// An amount actually imposed, and which figure of the assessment it corresponds to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub label: String,
    pub amount_eur: Decimal,
    pub compares_to: ComparesTo,
    pub source: String,
    /// This outcome's own fidelity where it differs from the case's (a court's arithmetic may be
    /// published where the authority's is not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fidelity: Option<Fidelity>,
    /// The scenario as this outcome computed it, where it differs from the case's (a court that
    /// removed the increases); `None`: the case's scenario.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario: Option<Scenario>,
}

impl Outcome {
    pub fn fidelity(&self, case: &Preset) -> Fidelity {
        self.fidelity.unwrap_or(case.fidelity)
    }

    /// The scenario this outcome is simulated with.
    pub fn scenario<'a>(&'a self, case: &'a Preset) -> &'a Scenario {
        self.scenario.as_ref().unwrap_or(&case.scenario)
    }

    /// The figure of `a` (an assessment of `self.scenario(case)`) to compare with the amount.
    pub fn simulated(&self, a: &Assessment) -> Decimal {
        match self.compares_to {
            ComparesTo::Final => a.final_eur,
            ComparesTo::BeforeProportionality => a.before_proportionality_eur,
        }
    }

    /// What the simulation gives for this outcome beside `shown` (the case's scenario as it is on
    /// screen): an outcome with inputs of its own, a court that set other amounts, is assessed with
    /// them; the others are read off `shown`. The flag says which.
    pub fn simulated_beside(&self, shown: &Assessment) -> (Decimal, bool) {
        match self.scenario.as_ref().and_then(|s| crate::calc::assess(s).ok()) {
            Some(own) => (self.simulated(&own), true),
            None => (self.simulated(shown), false),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComparesTo {
    Final,
    BeforeProportionality,
}

/// `(id, JSON)` of every file in `engine/presets/`, by file name (see `build.rs`).
const SOURCES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/case_files.rs"));

/// Shown first, in this order: the two cases the simulator was built around.
const FEATURED: [&str; 2] = ["cpa-2020", "amazon-fr-2023"];

/// Every case that parses (a test checks that all do): the featured ones first, then the most
/// recent decision first.
pub fn presets() -> &'static [Preset] {
    static PRESETS: OnceLock<Vec<Preset>> = OnceLock::new();
    PRESETS.get_or_init(|| {
        let mut all: Vec<Preset> = SOURCES.iter().filter_map(|(_, json)| serde_json::from_str(json).ok()).collect();
        let rank = |p: &Preset| FEATURED.iter().position(|f| *f == p.id).unwrap_or(FEATURED.len());
        all.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| b.decided.cmp(&a.decided)).then_with(|| a.id.cmp(&b.id)));
        all
    })
}

pub fn preset(id: &str) -> Option<&'static Preset> {
    presets().iter().find(|p| p.id == id)
}

/// Ids of all shipped presets, whether or not they parse: for tests and error messages.
pub fn preset_ids() -> impl Iterator<Item = &'static str> {
    SOURCES.iter().map(|(id, _)| *id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_preset_parses_and_has_its_file_id() {
        for (id, json) in SOURCES.iter().copied() {
            let p: Preset = serde_json::from_str(json).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(p.id, id);
            assert!(!p.outcomes.is_empty(), "{id} has no actual outcome");
        }
        assert_eq!(presets().len(), SOURCES.len());
    }
}
