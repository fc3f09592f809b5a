//! The shipped `gdpr-fine-simulator.d.ts` is what the Rust types give: a field added, renamed or
//! retyped in the schema or the options changes the generated text, and this fails until the
//! file is written anew (`cargo run --example export_types > www/gdpr-fine-simulator.d.ts`).
#![cfg(all(feature = "typescript", not(target_arch = "wasm32")))]

#[test]
fn the_shipped_types_are_the_generated_ones() {
    let shipped =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/gdpr-fine-simulator.d.ts"))
            .expect("www/gdpr-fine-simulator.d.ts");
    let generated = gfs_widget::typescript::declarations();
    assert!(
        shipped == generated,
        "www/gdpr-fine-simulator.d.ts differs from the Rust types; write it anew with\n  \
         cargo run --example export_types > www/gdpr-fine-simulator.d.ts"
    );
}

#[test]
fn amounts_and_percentages_are_typed_apart() {
    let d = gfs_widget::typescript::declarations();
    assert!(d.contains("export type Amount = string;"), "{d}");
    assert!(d.contains("\"pct_of_max\": Percent"), "{d}");
    assert!(d.contains("\"amount\": Amount"), "{d}");
    assert!(d.contains("turnover_adjustment_pct?: Percent"), "{d}");
}
