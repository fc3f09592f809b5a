//! In and out of the engine: the JSON codec and its error paths, share links, money as people
//! type it, and the case library.

pub mod codec;
pub mod comparable;
pub mod json_path;
pub mod money_input;
pub mod presets;
pub mod share;
