//! Time to assess one scenario (goal: ≤ 2 µs median on the 2-core CI machine). Run with
//! `cargo bench -p finesim-engine`; criterion prints the median and its confidence interval.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use finesim_engine::{assess, presets::presets};

fn bench(c: &mut Criterion) {
    for p in presets() {
        c.bench_function(&format!("assess {}", p.id), |b| b.iter(|| assess(black_box(&p.scenario))));
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
