//! Time to assess one scenario (goal: ≤ 2 µs median on the 2-core CI machine), and how it splits
//! between the arithmetic (`calculate`) and the wording (`Calculation::word`). Run with
//! `cargo bench -p finesim-engine`; criterion prints the median and its confidence interval.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use finesim_engine::{assess, calculate, presets::presets};

fn bench(c: &mut Criterion) {
    for p in presets() {
        c.bench_function(&format!("assess {}", p.id), |b| b.iter(|| assess(black_box(&p.scenario))));
        c.bench_function(&format!("calculate {}", p.id), |b| b.iter(|| calculate(black_box(&p.scenario))));
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
