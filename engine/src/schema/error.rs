//! The one error the engine reports: which field of the scenario is wrong and why, as data.
//! `text::error_message` words it in the reader's language, where it is shown; the arithmetic
//! never writes a sentence.

use crate::schema::currency::Currency;
use rust_decimal::Decimal;

/// Where in a scenario (or an options object, a link) a value is: `infringements[0].article`.
/// Built by its segments, never glued by hand, and matched by segment, so that
/// `infringements[1]` is not taken for a field of `infringements[10]`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct FieldPath(String);

impl FieldPath {
    /// A field at the top level.
    pub fn root(name: &str) -> FieldPath {
        FieldPath(name.to_string())
    }

    /// A path as a JSON reader reports it, already in this notation.
    pub fn parsed(path: impl Into<String>) -> FieldPath {
        FieldPath(path.into())
    }

    /// The field `name` of this one.
    pub fn key(mut self, name: &str) -> FieldPath {
        if !self.0.is_empty() {
            self.0.push('.');
        }
        self.0.push_str(name);
        self
    }

    /// Element `i` of this list.
    pub fn index(mut self, i: usize) -> FieldPath {
        self.0.push('[');
        self.0.push_str(&i.to_string());
        self.0.push(']');
        self
    }

    /// `infringements[i]`, the root of most of what a reader types.
    pub fn infringement(i: usize) -> FieldPath {
        FieldPath::root("infringements").index(i)
    }

    /// This path, or one below it.
    pub fn is_within(&self, ancestor: &FieldPath) -> bool {
        match self.0.strip_prefix(&ancestor.0) {
            Some(rest) => rest.is_empty() || rest.starts_with('.') || rest.starts_with('['),
            None => false,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for FieldPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// So that tests and callers can write `e.field == "method"`.
impl PartialEq<&str> for FieldPath {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioError {
    pub field: FieldPath,
    pub problem: Problem,
}

/// What is wrong with a value, with the figures a message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The text could not be read at all (JSON, a link, a file).
    Reading(ReadError),
    /// A scenario of another schema version.
    Version {
        found: u32,
        supported: u32,
    },
    Article(ArticleError),
    /// An amount below zero.
    Negative(Decimal),
    /// An amount beyond any undertaking's turnover; `currency` is the scenario's, so that the
    /// limit is written in pounds under the ICO's method.
    TooLarge {
        value: Decimal,
        limit: Decimal,
        currency: Currency,
    },
    /// A percentage outside the range it must lie in.
    OutOfRange {
        value: Decimal,
        low: Decimal,
        high: Decimal,
        range: RangeOf,
    },
    /// Every infringement of a processing operation is absorbed: none carries its fine.
    AllAbsorbed {
        operation: u32,
    },
    /// An infringement names a party the scenario does not have.
    NoParty {
        party: usize,
    },
}

/// Which range a percentage is checked against, named in its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeOf {
    FactorWeight,
    Reduction,
    SeriousnessPoint,
    TurnoverPoint,
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

/// Why a text is not an article reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArticleError {
    Empty,
    NoNumber(String),
    OutOfRange(String),
    Brackets(String),
}

impl ScenarioError {
    pub fn new(field: FieldPath, problem: Problem) -> Self {
        ScenarioError { field, problem }
    }

    /// Why the text could not be read, if that is the problem.
    pub fn reading(&self) -> Option<&ReadError> {
        match &self.problem {
            Problem::Reading(why) => Some(why),
            _ => None,
        }
    }

    /// The error with its amounts in `currency`, the scenario's.
    pub fn in_currency(mut self, currency: Currency) -> Self {
        if let Problem::TooLarge { currency: c, .. } = &mut self.problem {
            *c = currency;
        }
        self
    }
}

impl std::error::Error for ScenarioError {}

#[cfg(test)]
mod tests {
    use super::FieldPath;

    #[test]
    fn a_path_is_within_its_ancestors_and_not_within_a_longer_index() {
        let p = FieldPath::infringement(1).key("factors").key("a");
        assert_eq!(p, "infringements[1].factors.a");
        assert!(p.is_within(&FieldPath::infringement(1)));
        assert!(p.is_within(&p));
        assert!(!FieldPath::infringement(10).is_within(&FieldPath::infringement(1)));
        assert!(
            !FieldPath::root("undertaking.turnover_band").is_within(&FieldPath::root("undertaking.turnover"))
        );
    }
}
