//! The embed script's `FACTS` are the widget's (src/facts.rs): a case added to the bar, a
//! language, an option or the id prefix changed in Rust fails here until the script's line is
//! written anew (`cargo run --example export_facts`, pasted between its markers).
#![cfg(not(target_arch = "wasm32"))]

#[test]
fn the_embed_script_carries_the_widgets_facts() {
    let script = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/gdpr-fine-simulator.js"))
        .expect("www/gdpr-fine-simulator.js");
    let start = script.find("/*@facts*/").expect("a /*@facts*/ marker") + "/*@facts*/".len();
    let end = start + script[start..].find("/*@end*/").expect("an /*@end*/ marker");
    let carried: serde_json::Value = serde_json::from_str(&script[start..end]).expect("FACTS is JSON");
    let facts = serde_json::to_value(gfs_widget::facts::facts()).unwrap();
    assert_eq!(carried, facts, "www/gdpr-fine-simulator.js FACTS differ from src/facts.rs");
}

#[test]
fn every_option_attribute_is_an_option_of_the_widget() {
    for name in gfs_widget::facts::OPTION_ATTRIBUTES {
        let value = if name == "compact" { "true" } else { "\"x\"" };
        let json = format!("{{\"{name}\": {value}}}");
        finesim_engine::codec::from_json::<gfs_widget::options::EmbedOptions>(&json, "options")
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn the_case_compiled_in_is_the_default_case() {
    let p = gfs_widget::files::default_case().expect("the default case reads");
    assert_eq!(p.id, gfs_widget::facts::DEFAULT_CASE);
    assert_eq!(gfs_widget::facts::BAR_CASES[0], gfs_widget::facts::DEFAULT_CASE);
}
