//! Comparing two scenarios, for workshops: the per-step difference between two assessments, and
//! how far the final fine moves when one factor flips (what matters most in this case).

use crate::calc::assess;
use crate::schema::assessment::Assessment;
use crate::law::factors::edpb_weighs_in_seriousness;
use crate::schema::scenario::{Adjustment, Effect, FactorId, FactorSetting, Method, Scenario};
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
    for sb in b.steps.iter().filter(|s| s.amount_eur.is_some()) {
        let found = a.steps.iter().enumerate().position(|(i, sa)| !used[i] && key(sa) == key(sb));
        if let Some(i) = found {
            used[i] = true;
        }
        out.push(StepDiff {
            title: sb.title.clone(),
            infringement: sb.infringement,
            a_eur: found.and_then(|i| a.steps[i].amount_eur),
            b_eur: sb.amount_eur,
        });
    }
    for (i, sa) in a.steps.iter().enumerate() {
        if !used[i] && sa.amount_eur.is_some() {
            out.push(StepDiff { title: sa.title.clone(), infringement: sa.infringement, a_eur: sa.amount_eur, b_eur: None });
        }
    }
    out
}

/// What flipping one factor of one infringement does to the final fine.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sensitivity {
    pub infringement: usize,
    pub article: String,
    pub factor: FactorId,
    pub from: Effect,
    pub to: Effect,
    pub final_eur: Decimal,
    pub delta_eur: Decimal,
}

/// The weight a neutral factor gets when the sensitivity list tries it: the widget's default.
pub const TRIAL_WEIGHT_PCT: Decimal = Decimal::TEN;

/// For every factor the method weighs as a separate step: a neutral one tried as aggravating
/// and as mitigating (by `TRIAL_WEIGHT_PCT` %), a weighed one reversed and set to neutral.
/// Largest movement first; scenarios that do not assess give an empty list.
pub fn sensitivity(scenario: &Scenario) -> Vec<Sensitivity> {
    let Ok(base) = assess(scenario) else { return Vec::new() };
    let mut out = Vec::new();
    for (i, inf) in scenario.infringements.iter().enumerate() {
        if inf.absorbed {
            continue;
        }
        for id in FactorId::ALL {
            if scenario.method == Method::Edpb2023 && edpb_weighs_in_seriousness(id) {
                continue;
            }
            let current = inf.factors.get(&id).cloned().unwrap_or_default();
            let trials: &[Effect] = match current.effect {
                Effect::Neutral => &[Effect::Aggravating, Effect::Mitigating],
                Effect::Aggravating => &[Effect::Neutral, Effect::Mitigating],
                Effect::Mitigating => &[Effect::Neutral, Effect::Aggravating],
            };
            for &to in trials {
                let mut variant = scenario.clone();
                let adjust = current.adjust.or(Some(Adjustment::Pct(TRIAL_WEIGHT_PCT)));
                variant.infringements[i].factors.insert(id, FactorSetting { effect: to, adjust, reason: String::new() });
                if let Ok(a) = assess(&variant) {
                    out.push(Sensitivity {
                        infringement: i,
                        article: base.infringements[i].article.clone(),
                        factor: id,
                        from: current.effect,
                        to,
                        final_eur: a.final_eur,
                        delta_eur: a.final_eur - base.final_eur,
                    });
                }
            }
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.delta_eur.abs()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::presets::preset;

    #[test]
    fn haga_sensitivity_follows_the_basic_fine() {
        let s = &preset("haga-2019").unwrap().scenario;
        let list = sensitivity(s);
        // (a) is +€75,000: setting it neutral lowers the fine by exactly that.
        let a_neutral = list.iter().find(|x| x.factor == FactorId::A && x.to == Effect::Neutral).unwrap();
        assert_eq!(a_neutral.delta_eur, Decimal::from(-75_000));
        // A neutral factor tried as mitigating: −10 % of the €310,000 basic fine.
        let c_mit = list.iter().find(|x| x.factor == FactorId::C && x.to == Effect::Mitigating).unwrap();
        assert_eq!(c_mit.delta_eur, Decimal::from(-31_000));
        // Sorted by size of the movement.
        assert!(list.windows(2).all(|w| w[0].delta_eur.abs() >= w[1].delta_eur.abs()));
    }

    #[test]
    fn cpa_sensitivity_is_flat_after_ability_to_pay() {
        // The €15,000 cap absorbs any factor that does not take the fine below it.
        let list = sensitivity(&preset("cpa-2020").unwrap().scenario);
        assert!(!list.is_empty());
        assert!(list.iter().all(|x| x.delta_eur.is_zero()));
    }

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
