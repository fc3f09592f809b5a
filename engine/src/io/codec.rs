//! Reading a scenario (or the embed's options) from JSON with an error that names the field, for
//! the CLI, share links, files and the JS API (which hands its objects over as JSON text, so
//! that there is one reader and one kind of error).

use crate::io::json_path::{offset_of, path_at};
use crate::schema::error::{FieldPath, Problem, ReadError, ScenarioError};
use crate::schema::scenario::Scenario;
use serde::de::DeserializeOwned;

/// Reads `T` from `text`; an error names the field as `root.path` (`root` alone at the top).
pub fn from_json<T: DeserializeOwned>(text: &str, root: &str) -> Result<T, ScenarioError> {
    read(text, root, &format!("{root}."))
}

pub fn scenario_from_json(text: &str) -> Result<Scenario, ScenarioError> {
    // Field paths are relative to the scenario: `undertaking.turnover`, not `scenario.…`.
    read(text, "scenario", "")
}

/// Reads `T` from `text`; an error names the field as `prefix` + its path, or `top` when the
/// error is not inside any field.
fn read<T: DeserializeOwned>(text: &str, top: &str, prefix: &str) -> Result<T, ScenarioError> {
    serde_json::from_str(text).map_err(|e| {
        let path = path_at(text, offset_of(text, e.line(), e.column()));
        let field = if path.is_empty() { top.to_string() } else { format!("{prefix}{path}") };
        reading(field, why(&e))
    })
}

/// An error of reading: the field as the reader found it, and why.
pub(crate) fn reading(field: impl Into<String>, why: ReadError) -> ScenarioError {
    ScenarioError::new(FieldPath::parsed(field), Problem::Reading(why))
}

/// serde_json's error as data: its category, and for a data error the field it names.
fn why(e: &serde_json::Error) -> ReadError {
    if e.is_syntax() || e.is_eof() || e.is_io() {
        return ReadError::NotJson { line: e.line(), column: e.column() };
    }
    // serde's wording of these two is fixed ("unknown field `x`, …", "missing field `x`").
    let text = e.to_string();
    let quoted = || text.split('`').nth(1).unwrap_or_default().to_string();
    if text.starts_with("unknown field") {
        ReadError::UnknownField(quoted())
    } else if text.starts_with("missing field") {
        ReadError::MissingField(quoted())
    } else {
        ReadError::BadValue
    }
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
    pub assessment: Option<&'a crate::schema::assessment::Assessment>,
}

pub fn export_json(
    scenario: &Scenario,
    assessment: Option<&crate::schema::assessment::Assessment>,
) -> String {
    let e = Export {
        format: EXPORT_FORMAT,
        version: crate::schema::scenario::SCHEMA_VERSION,
        scenario,
        assessment,
    };
    serde_json::to_string_pretty(&e).unwrap_or_default()
}

/// Reads an export file (only its scenario counts: the assessment is recomputed) or a bare
/// scenario.
pub fn import_json(text: &str) -> Result<Scenario, ScenarioError> {
    /// Just enough of a file to tell an export from a bare scenario.
    #[derive(serde::Deserialize)]
    struct Probe {
        format: Option<String>,
    }
    #[derive(serde::Deserialize)]
    struct ExportFile {
        scenario: Scenario,
    }
    let format = match serde_json::from_str::<Probe>(text) {
        Ok(probe) => probe.format,
        Err(e) if e.is_syntax() || e.is_eof() => return Err(reading("file", why(&e))),
        // JSON, but not an object with a text `format`: let the scenario reader say what is wrong.
        Err(_) => None,
    };
    if format.as_deref() == Some(EXPORT_FORMAT) {
        read::<ExportFile>(text, "file", "").map(|f| f.scenario)
    } else {
        scenario_from_json(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_field() {
        let e = scenario_from_json(
            r#"{"method":"ap-2019","infringements":[{"article":"9(1)","operation":"x"}]}"#,
        )
        .unwrap_err();
        assert_eq!(e.field, "infringements[0].operation");
        let e =
            scenario_from_json(r#"{"method":"edpb-2023","undertaking":{"turnover":"lots"}}"#).unwrap_err();
        assert_eq!(e.field, "undertaking.turnover");
        let e = scenario_from_json(r#"{"method":"fine-o-matic"}"#).unwrap_err();
        assert_eq!(e.field, "method");
        let e = scenario_from_json(r#"{"method":"ap-2019","colour":"red"}"#).unwrap_err();
        assert!(e.to_string().contains("colour"), "{e}");
        assert_eq!(e.reading(), Some(&ReadError::UnknownField("colour".into())));
        // Worded in the reader's language, with the field's own name.
        assert!(crate::text::error_message(&e, crate::text::lang::Lang::Nl).contains("colour"));
        let en = crate::text::error_message(&e, crate::text::lang::Lang::En);
        assert_ne!(crate::text::error_message(&e, crate::text::lang::Lang::Nl), en);
        let e = scenario_from_json("{").unwrap_err();
        assert_eq!(e.field, "scenario");
        let e = scenario_from_json("{\n \"method\": \"ap-2019\",\n \"infringements\": [\n  {\"article\": \"9(1)\"},\n  {\"article\": 5}\n ]\n}").unwrap_err();
        assert_eq!(e.field, "infringements[1].article", "{e}");
        let e = scenario_from_json(
            r#"{"method":"ap-2019","infringements":[{"article":"9(1)"},{"tier":"83(5)"}]}"#,
        )
        .unwrap_err();
        assert_eq!(e.field, "infringements[1]", "{e}");
        assert!(e.to_string().contains("article"), "{e}");
        assert_eq!(e.reading(), Some(&ReadError::MissingField("article".into())));
    }

    #[test]
    fn exports_import_back_and_bare_scenarios_too() {
        for p in crate::io::presets::presets() {
            let a = crate::calc::assess(&p.scenario).ok();
            let file = export_json(&p.scenario, a.as_ref());
            assert!(file.contains(EXPORT_FORMAT) && file.contains("final_amount"));
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
        for p in crate::io::presets::presets() {
            let back = scenario_from_json(&scenario_to_json(&p.scenario)).unwrap();
            assert_eq!(back, p.scenario, "{}", p.id);
        }
    }
}
