//! What the Rust widget shares with its JavaScript and shell: written once, here. The embed
//! script carries them as its `FACTS` (checked by `tests/facts.rs`), and the build writes them to
//! `target/facts.json` for the scripts (`cargo run --example export_facts`).

use finesim_engine::Lang;
use serde::Serialize;

/// The case a widget opens with; compiled into the wasm, every other case is read on demand.
pub const DEFAULT_CASE: &str = "cpa-2020";

/// The cases on the widget's bar, the default case first; each has a first view per language.
pub const BAR_CASES: [&str; 4] = [DEFAULT_CASE, "amazon-fr-2023", "haga-2019", "ico-23andme-2025"];

/// The options a page sets as attributes of the element (or `data-` attributes of a plain host).
pub const OPTION_ATTRIBUTES: [&str; 6] = ["preset", "method", "lang", "turnover", "theme", "compact"];

/// Element ids begin with this and the instance's number (`gfs1-…`).
pub const ID_PREFIX: &str = "gfs";

/// Dispatched on the widget's host once it shows a result (or why it cannot): the embed script
/// hands the first view over on it.
pub const RENDERED_EVENT: &str = "gfs-rendered";

/// Dispatched on the widget's host once it shows every part, a frame after `RENDERED_EVENT`: its
/// first render holds what answers input, and the parts below the result wait for its frame.
pub const COMPLETE_EVENT: &str = "gfs-complete";

/// The facts as the embed script exports them (`FACTS`).
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Facts {
    /// The widget's version (the workspace's `Cargo.toml`): the same in the memo.
    pub version: &'static str,
    pub default_case: &'static str,
    pub bar_cases: [&'static str; 4],
    pub languages: Vec<&'static str>,
    pub option_attributes: [&'static str; 6],
    pub id_prefix: &'static str,
    pub rendered_event: &'static str,
    pub complete_event: &'static str,
}

pub fn facts() -> Facts {
    Facts {
        version: env!("CARGO_PKG_VERSION"),
        default_case: DEFAULT_CASE,
        bar_cases: BAR_CASES,
        languages: Lang::ALL.iter().map(|l| l.tag()).collect(),
        option_attributes: OPTION_ATTRIBUTES,
        id_prefix: ID_PREFIX,
        rendered_event: RENDERED_EVENT,
        complete_event: COMPLETE_EVENT,
    }
}
