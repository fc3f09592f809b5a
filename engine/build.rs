//! Lists the case files of `presets/` for `src/io/presets.rs`, so that a case is added by adding
//! its file, and cargo rebuilds when any of them changes. Two lists: every file's text (compiled
//! in with the `bundled-cases` feature: the CLI, the tests), and a short index of every case
//! (id, title, authority, country, date), always compiled in, so that a build which loads the
//! library on demand (the widget) can name and offer every case before its file has arrived.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR")).join("presets");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("engine/presets")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut sources = String::from("&[\n");
    let mut index = String::from("&[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let id = path.file_stem().and_then(|s| s.to_str()).expect("file name");
        let _ = writeln!(sources, "    ({id:?}, include_str!({:?})),", path.display().to_string());
        let text = std::fs::read_to_string(path).expect("case file");
        // A file that does not parse is left to the test that reads every case to report.
        let head: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        let field = |name: &str| head.get(name).and_then(|v| v.as_str()).unwrap_or_default().to_string();
        // The country as the enum's variant: a code that is not one fails to compile, here.
        let country = field("country");
        let country = if country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()) {
            country
        } else {
            "XX".into()
        };
        let _ = writeln!(
            index,
            "    CaseHead {{ id: {id:?}, title: {:?}, authority: {:?}, country: Country::{country}, decided: {:?} }},",
            field("title"),
            field("authority"),
            field("decided")
        );
    }
    sources.push(']');
    index.push(']');
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).to_path_buf();
    std::fs::write(out.join("case_files.rs"), sources).expect("write case_files.rs");
    std::fs::write(out.join("case_index.rs"), index).expect("write case_index.rs");
}
