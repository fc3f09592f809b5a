//! Prints the embed API's TypeScript types (`src/typescript.rs`):
//! `cargo run --example export_types > www/gdpr-fine-simulator.d.ts`.

fn main() {
    print!("{}", gfs_widget::typescript::declarations());
}
