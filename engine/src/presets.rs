//! Real decisions shipped as scenarios, each with what the authority or court actually decided,
//! so that the simulator can be checked against them. The files in `engine/presets/` are in the
//! same scenario schema as share links and the CLI.

use crate::scenario::Scenario;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
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
    pub sources: Vec<String>,
    pub outcomes: Vec<Outcome>,
    pub scenario: Scenario,
}

/// An amount actually imposed, and which figure of the assessment it corresponds to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub label: String,
    pub amount_eur: Decimal,
    pub compares_to: ComparesTo,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComparesTo {
    Final,
    BeforeProportionality,
}

const SOURCES: [(&str, &str); 7] = [
    ("cpa-2020", include_str!("../presets/cpa-2020.json")),
    ("amazon-fr-2023", include_str!("../presets/amazon-fr-2023.json")),
    ("amazon-fr-2025-ce", include_str!("../presets/amazon-fr-2025-ce.json")),
    ("haga-2019", include_str!("../presets/haga-2019.json")),
    ("bkr-2019", include_str!("../presets/bkr-2019.json")),
    ("dpg-media-2022", include_str!("../presets/dpg-media-2022.json")),
    ("meta-2023", include_str!("../presets/meta-2023.json")),
];

/// Every preset that parses (a test checks that all do), in display order.
pub fn presets() -> &'static [Preset] {
    static PRESETS: OnceLock<Vec<Preset>> = OnceLock::new();
    PRESETS.get_or_init(|| SOURCES.iter().filter_map(|(_, json)| serde_json::from_str(json).ok()).collect())
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
        for (id, json) in SOURCES {
            let p: Preset = serde_json::from_str(json).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(p.id, id);
            assert!(!p.outcomes.is_empty(), "{id} has no actual outcome");
        }
        assert_eq!(presets().len(), SOURCES.len());
    }
}
