//! Comparing two scenarios, for workshops: the per-step difference between two assessments. What
//! matters most in one scenario is `exposure::influences`.

use crate::schema::assessment::Assessment;
use rust_decimal::Decimal;
use serde::Serialize;

/// One row of a side-by-side comparison: a step present in A, B or both.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StepDiff {
    pub title: String,
    pub infringement: Option<usize>,
    pub a_eur: Option<Decimal>,
    pub b_eur: Option<Decimal>,
}

impl StepDiff {
    /// B − A where both have an amount.
    pub fn delta(&self) -> Option<Decimal> {
        Some(self.b_eur? - self.a_eur?)
    }
}

/// Steps with an amount, matched by what they are (kind, infringement, factor, operation), never
/// by their wording: B's order, then what only A has.
pub fn step_differences(a: &Assessment, b: &Assessment) -> Vec<StepDiff> {
    let key = |s: &crate::schema::assessment::Step| (s.kind, s.infringement, s.factor, s.operation);
    let mut used = vec![false; a.steps.len()];
    let mut out = Vec::new();
    for sb in b.steps.iter().filter(|s| s.amount.is_some()) {
        let found = a.steps.iter().enumerate().position(|(i, sa)| !used[i] && key(sa) == key(sb));
        if let Some(i) = found {
            used[i] = true;
        }
        out.push(StepDiff {
            title: sb.title.clone(),
            infringement: sb.infringement,
            a_eur: found.and_then(|i| a.steps[i].amount),
            b_eur: sb.amount,
        });
    }
    for (i, sa) in a.steps.iter().enumerate() {
        if !used[i] && sa.amount.is_some() {
            out.push(StepDiff {
                title: sa.title.clone(),
                infringement: sa.infringement,
                a_eur: sa.amount,
                b_eur: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::assess;
    use crate::io::presets::preset;
    use crate::schema::scenario::FactorId;

    #[test]
    fn step_differences_line_up_matching_steps() {
        let a = assess(&preset("haga-2019").unwrap().scenario).unwrap();
        let mut s = preset("haga-2019").unwrap().scenario.clone();
        s.infringements[0].factors.remove(&FactorId::B);
        let b = assess(&s).unwrap();
        let diffs = step_differences(&a, &b);
        let category = diffs.iter().find(|d| d.title.starts_with("Category II")).unwrap();
        assert_eq!(category.delta(), Some(Decimal::ZERO));
        let last = diffs.iter().find(|d| d.title.starts_with("Proportionality")).unwrap();
        assert_eq!(last.delta(), Some(Decimal::from(-75_000)));
        // (b) exists only in A.
        let only_a = diffs.iter().find(|d| d.title.starts_with("(b)")).unwrap();
        assert_eq!((only_a.a_eur, only_a.b_eur), (Some(Decimal::from(460_000)), None));
    }
}
