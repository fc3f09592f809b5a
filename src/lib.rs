//! The GDPR fine simulator widget (Yew, compiled to WebAssembly).
//!
//! Embedding sites mark where the widget goes with a `data-gdpr-fine-simulator` attribute; one
//! page may hold several instances, each with its own state. Everything that touches the browser
//! at start-up is behind `cfg(target_arch = "wasm32")` so that `cargo test --workspace` also
//! builds and tests this crate natively.

pub mod app;
pub mod browser;
pub mod components;
pub mod facts;
pub mod files;
pub mod i18n;
pub mod options;
pub mod shown;
pub mod state;
#[cfg(feature = "typescript")]
pub mod typescript;

pub use app::App;

/// Attribute that marks a host element; an attribute rather than an id because ids must be
/// unique and a page may embed the widget more than once.
pub const HOST_ATTRIBUTE: &str = "data-gdpr-fine-simulator";

#[cfg(target_arch = "wasm32")]
mod mount;

#[cfg(target_arch = "wasm32")]
pub mod embed;

#[cfg(target_arch = "wasm32")]
pub use mount::mount_all;

/// Runs when the module is initialised, so an embedding page needs no glue beyond importing the
/// module script and calling its default export.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    mount_all();
}
