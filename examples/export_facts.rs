//! Prints what the widget shares with its scripts (`src/facts.rs`) as JSON:
//! `cargo run --example export_facts > target/facts.json` (scripts/build-dist.sh does).

fn main() {
    println!("{}", serde_json::to_string(&gfs_widget::facts::facts()).expect("facts as JSON"));
}
