//! The one error the engine reports: which field of the scenario is wrong and why, worded for
//! the person who typed it.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioError {
    /// Path of the field, e.g. `infringements[0].article`.
    pub field: String,
    /// Worded in the language the scenario was assessed in; for an error of reading (`reading`),
    /// in English: whoever shows it words `reading` in the reader's language instead.
    pub message: String,
    /// Why a text could not be read at all (JSON, a link, a file), as data.
    pub reading: Option<ReadError>,
}

/// Why a text is not a scenario. Typed, so that the widget words it in its own language
/// (`text::read_error`) instead of showing a parser's English inside a Dutch sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON at all, or cut short.
    NotJson {
        line: usize,
        column: usize,
    },
    UnknownField(String),
    MissingField(String),
    /// A value the field does not take (an unknown method, text where a number belongs, …).
    BadValue,
    LinkTooLong,
    /// Made by another version of the simulator (`v2`).
    LinkVersion(String),
    NotALink,
    LinkDamaged,
}

impl ScenarioError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        ScenarioError { field: field.into(), message: message.into(), reading: None }
    }
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for ScenarioError {}
