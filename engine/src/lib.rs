//! The GDPR fine engine: a `Scenario` goes in, an `Assessment` comes out.
//!
//! Pure Rust with no browser dependency, so that the widget, the CLI, the tests and the
//! benchmarks all run the very same calculation. One module per method (`edpb`, `ap2019`), the
//! steps that span infringements in `aggregate`, and every legal number in `legal_tables`.

pub mod ap2019;
pub mod articles;
pub mod assessment;
pub mod codec;
pub mod compare;
pub mod edpb;
pub mod error;
pub mod json_path;
pub mod factors;
pub mod lang;
pub mod legal_tables;
pub mod maximum;
pub mod money;
pub mod money_input;
pub mod presets;
pub mod scenario;
pub mod share;

mod aggregate;
mod assess;
mod trail;
mod validate;
pub mod words;

pub use assess::{assess, assess_in};
pub use assessment::{Assessment, Band, InfringementResult, OperationResult, Step, StepKind};
pub use error::ScenarioError;
pub use lang::Lang;
pub use scenario::*;
