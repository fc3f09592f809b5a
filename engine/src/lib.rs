//! The GDPR fine engine: a `Scenario` goes in, an `Assessment` comes out.
//!
//! Pure Rust with no browser dependency, so that the widget, the CLI, the tests and the
//! benchmarks all run the very same calculation.

pub mod legal_tables;
