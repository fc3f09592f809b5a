//! Reading a scenario from JSON with an error that names the field, for the CLI, share links and
//! any other text source. (The JS API hands over objects and uses serde-wasm-bindgen instead.)

use crate::error::ScenarioError;
use crate::scenario::Scenario;

pub fn scenario_from_json(text: &str) -> Result<Scenario, ScenarioError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let scenario: Scenario = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." || path == "?" || path.is_empty() { "scenario".to_string() } else { path };
        ScenarioError::new(field, e.into_inner().to_string())
    })?;
    de.end().map_err(|e| ScenarioError::new("scenario", format!("unexpected text after the scenario: {e}")))?;
    Ok(scenario)
}

pub fn scenario_to_json(scenario: &Scenario) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string_pretty(scenario).unwrap_or_default()
}

/// Marks an export file, so that an import can tell it from any other JSON.
pub const EXPORT_FORMAT: &str = "gdpr-fine-simulator/export";

/// A scenario and its assessment in one file, for keeping or sending a calculation.
#[derive(Debug, serde::Serialize)]
pub struct Export<'a> {
    pub format: &'static str,
    pub version: u32,
    pub scenario: &'a Scenario,
    pub assessment: Option<&'a crate::Assessment>,
}

pub fn export_json(scenario: &Scenario, assessment: Option<&crate::Assessment>) -> String {
    let e = Export { format: EXPORT_FORMAT, version: crate::scenario::SCHEMA_VERSION, scenario, assessment };
    serde_json::to_string_pretty(&e).unwrap_or_default()
}

/// Reads an export file (only its scenario counts: the assessment is recomputed) or a bare
/// scenario.
pub fn import_json(text: &str) -> Result<Scenario, ScenarioError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ScenarioError::new("file", format!("not a JSON file: {e}")))?;
    match value.get("scenario") {
        Some(inner) if value.get("format").and_then(|f| f.as_str()) == Some(EXPORT_FORMAT) => {
            scenario_from_json(&inner.to_string()).map_err(|e| ScenarioError::new(format!("scenario.{}", e.field), e.message))
        }
        _ => scenario_from_json(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_field() {
        let e = scenario_from_json(r#"{"method":"ap-2019","infringements":[{"article":"9(1)","operation":"x"}]}"#).unwrap_err();
        assert_eq!(e.field, "infringements[0].operation");
        let e = scenario_from_json(r#"{"method":"edpb-2023","undertaking":{"turnover_eur":"lots"}}"#).unwrap_err();
        assert_eq!(e.field, "undertaking.turnover_eur");
        let e = scenario_from_json(r#"{"method":"fine-o-matic"}"#).unwrap_err();
        assert_eq!(e.field, "method");
        let e = scenario_from_json(r#"{"method":"ap-2019","colour":"red"}"#).unwrap_err();
        assert!(e.message.contains("colour"), "{e}");
        let e = scenario_from_json("{").unwrap_err();
        assert_eq!(e.field, "scenario");
    }

    #[test]
    fn exports_import_back_and_bare_scenarios_too() {
        for p in crate::presets::presets() {
            let a = crate::assess(&p.scenario).ok();
            let file = export_json(&p.scenario, a.as_ref());
            assert!(file.contains(EXPORT_FORMAT) && file.contains("final_eur"));
            assert_eq!(import_json(&file).unwrap(), p.scenario);
            assert_eq!(import_json(&scenario_to_json(&p.scenario)).unwrap(), p.scenario);
        }
        assert_eq!(import_json("42").unwrap_err().field, "scenario");
        assert_eq!(import_json("nonsense").unwrap_err().field, "file");
        let bad = format!(r#"{{"format":"{EXPORT_FORMAT}","version":1,"scenario":{{"method":"x"}}}}"#);
        assert_eq!(import_json(&bad).unwrap_err().field, "scenario.method");
    }

    #[test]
    fn round_trips() {
        for p in crate::presets::presets() {
            let back = scenario_from_json(&scenario_to_json(&p.scenario)).unwrap();
            assert_eq!(back, p.scenario, "{}", p.id);
        }
    }
}
