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
    fn round_trips() {
        for p in crate::presets::presets() {
            let back = scenario_from_json(&scenario_to_json(&p.scenario)).unwrap();
            assert_eq!(back, p.scenario, "{}", p.id);
        }
    }
}
