//! The GDPR fine engine: a `Scenario` goes in, an `Assessment` comes out.
//!
//! Pure Rust with no browser dependency, so that the widget, the CLI, the tests and the
//! benchmarks all run the very same calculation. The rooms, arrows pointing one way (see
//! ARCHITECTURE.md): `schema` (what goes in and out), `law` (facts and citations), `arith`
//! (Decimal arithmetic), `text` (words, money and citations in four languages), `calc` (the
//! methods), `io` (JSON, share links, money input, the case library).

mod arith;
mod calc;
mod io;
mod law;
mod schema;
pub mod text;

pub use calc::{assess, assess_in, calculate, Calculation};
pub use schema::assessment::{Assessment, Band, InfringementResult, OperationResult, Step, StepKind};
pub use schema::country::Country;
pub use schema::currency::Currency;
pub use schema::error::{ArticleError, FieldPath, Problem, RangeOf, ReadError, ScenarioError};
pub use schema::scenario::*;
pub use text::lang::Lang;

// The paths the widget, the CLI and the tests use.
pub use calc::{compare, edpb, exposure, ico, maximum};
pub use io::{codec, comparable, json_path, money_input, presets, share};
pub use law::{articles, factors, methods, tables as legal_tables};

/// Amounts: the arithmetic of the methods and how amounts are written.
pub mod money {
    pub use crate::arith::{pct_of, round_cents, share_pct};
    pub use crate::text::money::{format_money, format_pct, Cash, Foreign, Number, Pct};
}
