//! Writes the language files of the release build: `DIR/lang/<tag>.json` for every language but
//! English (which is compiled in), each the engine's words and the widget's texts of that
//! language, read from this build, where every language is compiled in. Run by
//! `scripts/build-dist.sh` and `scripts/serve.sh` before Trunk, which copies `target/lang/`:
//! `cargo run --example export_languages -- target`.

use gfs_widget::i18n::{Lang, LanguageFile};
use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".into())).join("lang");
    std::fs::create_dir_all(&dir).expect("create lang/");
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let json = serde_json::to_string(&LanguageFile::of(lang)).expect("serialise");
        let path = dir.join(format!("{}.json", lang.tag()));
        std::fs::write(&path, json + "\n").expect("write language file");
        println!("{}", path.display());
    }
}
