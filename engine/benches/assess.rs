//! Time to assess one scenario (goal: ≤ 2 µs median on the 2-core CI machine), and how it splits
//! between the arithmetic (`calculate`) and the wording (`Calculation::word`). Run with
//! `cargo bench -p finesim-engine`; criterion prints the median and its confidence interval.

use std::time::Duration;

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use finesim_engine::{assess, calculate, presets::presets};

fn bench(c: &mut Criterion) {
    for p in presets() {
        c.bench_function(&format!("assess {}", p.id), |b| b.iter(|| assess(black_box(&p.scenario))));
        c.bench_function(&format!("calculate {}", p.id), |b| b.iter(|| calculate(black_box(&p.scenario))));
    }
}

criterion_group! {
    name = benches;
    // Every case twice: with criterion's default 3 s warm-up and 5 s of measurement that was about
    // 23 minutes for 86 cases. A function of a few µs still runs hundreds of thousands of times
    // in one second, enough for a median and its confidence interval.
    config = Criterion::default().warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(1));
    targets = bench
}
criterion_main!(benches);
