//! The widget's parts, each a function component that renders a piece of the `Assessment` or
//! turns input into `Action`s.

pub mod band_chart;
pub mod compare_panel;
pub mod disclosure;
pub mod factors;
pub mod infringement;
pub mod inputs;
pub mod library;
pub mod memo;
pub mod notice;
pub mod method_switch;
pub mod presets_bar;
pub mod proportionality;
pub mod results;
pub mod step_trail;
pub mod toolbar;
pub mod undertaking;

use finesim_engine::ScenarioError;
use yew::AttrValue;

/// The engine's message for `field` or any field below it, for showing next to that input.
pub fn error_for(error: Option<&ScenarioError>, field: &str) -> Option<AttrValue> {
    let e = error?;
    let hit = e.field == field || e.field.starts_with(&format!("{field}.")) || e.field.starts_with(&format!("{field}["));
    hit.then(|| AttrValue::from(e.message.clone()))
}
