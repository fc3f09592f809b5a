//! Runs one case's assessment many times, for a profiler: `cargo run --release -p finesim-engine
//! --example profile_assess -- cpa-2020 200000`.

fn main() {
    let mut args = std::env::args().skip(1);
    let id = args.next().unwrap_or_else(|| "cpa-2020".into());
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let case = finesim_engine::presets::preset(&id).expect("case");
    let mut total = rust_decimal::Decimal::ZERO;
    let start = std::time::Instant::now();
    for _ in 0..n {
        total += finesim_engine::assess(&case.scenario).map(|a| a.final_amount).unwrap_or_default();
    }
    println!("{id}: {:.2} µs per assessment ({total})", start.elapsed().as_secs_f64() * 1e6 / n as f64);
}
