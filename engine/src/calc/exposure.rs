//! What the fine could be for the same facts, and which input matters most. The methods give
//! ranges, not points: the exposure runs the arithmetic again with every open range at its low
//! end and at its high end; the influence list moves one input at a time across what it may
//! take, the others as set. Both only change scenarios and run `arithmetic`: one mechanism.

use crate::calc::edpb::{band_adjustment_range, turnover_adjustment_range};
use crate::calc::ico::seriousness_range_of;
use crate::calc::run::arithmetic;
use crate::law::factors::edpb_weighs_in_seriousness;
use crate::schema::scenario::{ApBandPoint, Effect, FactorId, Method, Scenario, StartingPoint};
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    Low,
    High,
}

/// Every open range of `scenario` at `end`: the EDPB seriousness point of each infringement and
/// the turnover-adjustment point, or the point in each AP band.
fn at_end(scenario: &Scenario, end: End) -> Scenario {
    let mut s = scenario.clone();
    for inf in &mut s.infringements {
        match s.method {
            Method::Edpb2023 | Method::Ico2024 => {
                let r = seriousness_range_of(s.method, inf.seriousness.level);
                inf.seriousness.start =
                    Some(StartingPoint::PctOfMax(if end == End::Low { r.low } else { r.high }));
            }
            Method::Ap2019 => {
                inf.ap_band_point = Some(if end == End::Low { ApBandPoint::Low } else { ApBandPoint::High })
            }
        }
    }
    if let Some(r) = turnover_point_range(&s) {
        set_turnover_point(&mut s, if end == End::Low { r.0 } else { r.1 });
    }
    s
}

/// The turnover-adjustment point for every party, their own points set aside.
fn set_turnover_point(s: &mut Scenario, point: Decimal) {
    s.undertaking.turnover_adjustment_pct = None;
    s.parties.iter_mut().for_each(|p| p.turnover_adjustment_pct = None);
    s.edpb.turnover_adjustment_pct = Some(point);
}

/// The turnover-adjustment range when the method applies one here.
fn turnover_point_range(s: &Scenario) -> Option<(Decimal, Decimal)> {
    let u = &s.undertaking;
    if s.method == Method::Ico2024 {
        return crate::calc::ico::size_range(u).map(|r| (r.low, r.high));
    }
    let applies =
        s.method == Method::Edpb2023 && !s.undertaking.public_body && !s.edpb.skip_turnover_adjustment;
    let r = match (u.turnover, u.turnover_band) {
        (Some(t), _) => turnover_adjustment_range(t),
        (None, Some(b)) => band_adjustment_range(b),
        (None, None) => None,
    }
    .filter(|_| applies)?;
    Some((r.low, r.high))
}

fn final_of(s: &Scenario) -> Option<Decimal> {
    arithmetic(s).ok().map(|c| c.final_amount)
}

/// The lowest and the highest final amount the method allows for these facts; the point itself
/// when a variant cannot be assessed (it always can: the ends are inside every range).
pub(crate) fn range(scenario: &Scenario, point: Decimal) -> (Decimal, Decimal) {
    let low = final_of(&at_end(scenario, End::Low)).unwrap_or(point);
    let high = final_of(&at_end(scenario, End::High)).unwrap_or(point);
    (low.min(point), high.max(point))
}

/// An input of the scenario whose influence on the final amount is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "input")]
pub enum Input {
    /// The point in infringement `i`'s seriousness range (EDPB step 2).
    Seriousness { infringement: usize },
    /// The point in the turnover-size adjustment range (EDPB step 2).
    TurnoverPoint,
    /// Where the fine of infringement `i` lies in its AP band.
    BandPoint { infringement: usize },
    /// A factor as set, against the same factor neutral.
    Factor { infringement: usize, factor: FactorId },
    /// The AP's reduction for connected infringements, against none.
    Connection,
    /// The last step, against no adjustment.
    Proportionality,
}

/// How far one input moves the final amount: the final amount at each end of what it may take.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Influence {
    #[serde(flatten)]
    pub input: Input,
    pub low: Decimal,
    pub high: Decimal,
}

impl Influence {
    pub fn swing(&self) -> Decimal {
        self.high - self.low
    }
}

/// The inputs of `scenario`, the one that moves the final amount most first. Empty when the
/// scenario cannot be assessed.
pub fn influences(scenario: &Scenario) -> Vec<Influence> {
    if final_of(scenario).is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut measure = |input: Input, a: Scenario, b: Scenario| {
        if let (Some(x), Some(y)) = (final_of(&a), final_of(&b)) {
            out.push(Influence { input, low: x.min(y), high: x.max(y) });
        }
    };
    for (i, inf) in scenario.infringements.iter().enumerate() {
        if inf.absorbed {
            continue;
        }
        let mut low = scenario.clone();
        let mut high = scenario.clone();
        match scenario.method {
            Method::Edpb2023 | Method::Ico2024 => {
                let r = seriousness_range_of(scenario.method, inf.seriousness.level);
                low.infringements[i].seriousness.start = Some(StartingPoint::PctOfMax(r.low));
                high.infringements[i].seriousness.start = Some(StartingPoint::PctOfMax(r.high));
                measure(Input::Seriousness { infringement: i }, low, high);
            }
            Method::Ap2019 => {
                low.infringements[i].ap_band_point = Some(ApBandPoint::Low);
                high.infringements[i].ap_band_point = Some(ApBandPoint::High);
                measure(Input::BandPoint { infringement: i }, low, high);
            }
        }
        for (id, setting) in &inf.factors {
            let weighed_here = scenario.method == Method::Ap2019 || !edpb_weighs_in_seriousness(*id);
            if setting.effect == Effect::Neutral || setting.adjust.is_none() || !weighed_here {
                continue;
            }
            let mut without = scenario.clone();
            without.infringements[i].factors.remove(id);
            measure(Input::Factor { infringement: i, factor: *id }, without, scenario.clone());
        }
    }
    if let Some((lo, hi)) = turnover_point_range(scenario) {
        let (mut low, mut high) = (scenario.clone(), scenario.clone());
        set_turnover_point(&mut low, lo);
        set_turnover_point(&mut high, hi);
        measure(Input::TurnoverPoint, low, high);
    }
    if scenario.connection.is_some() && scenario.method == Method::Ap2019 {
        let mut without = scenario.clone();
        without.connection = None;
        measure(Input::Connection, without, scenario.clone());
    }
    if scenario.proportionality.adjustment.is_some() {
        let mut without = scenario.clone();
        without.proportionality.adjustment = None;
        measure(Input::Proportionality, without, scenario.clone());
    }
    out.sort_by_key(|i| std::cmp::Reverse(i.swing()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::presets::preset;

    fn d(n: i64) -> Decimal {
        Decimal::from(n)
    }

    #[test]
    fn haga_moves_most_by_the_point_in_its_band_then_by_each_factor() {
        // Category II, band €120,000–€500,000 (Boetebeleidsregels 2019, art. 2.3); (a) and (b)
        // each +€75,000 (AP 18 Jun 2019, §§ 4.4.1–4.4.2).
        let list = influences(&preset("haga-2019").unwrap().scenario);
        assert_eq!(list[0].input, Input::BandPoint { infringement: 0 });
        assert_eq!((list[0].low, list[0].high), (d(120_000), d(500_000)));
        let a =
            list.iter().find(|x| x.input == Input::Factor { infringement: 0, factor: FactorId::A }).unwrap();
        assert_eq!((a.low, a.high), (d(385_000), d(460_000)));
        assert!(list.windows(2).all(|w| w[0].swing() >= w[1].swing()));
    }

    #[test]
    fn cpa_moves_only_by_ability_to_pay() {
        // €1,035,000 before ability to pay, €15,000 after (AP 24 Mar 2020, §§ 5.3–5.5).
        let list = influences(&preset("cpa-2020").unwrap().scenario);
        assert_eq!(list[0].input, Input::Proportionality);
        assert_eq!((list[0].low, list[0].high), (d(15_000), d(1_035_000)));
        assert!(list[1..].iter().all(|x| x.swing().is_zero()));
    }

    #[test]
    fn the_range_of_an_edpb_case_runs_from_every_low_end_to_every_high_end() {
        // Art. 32, turnover €40m: maximum €10m; medium 10–20 % → €1m–€2m; turnover ≤ €50m:
        // 1.5–10 % → €15,000 (1.5 % of €1m) to €200,000 (10 % of €2m); point: 15 % and 5.75 %.
        let mut s = Scenario { method: Method::Edpb2023, ..Scenario::default() };
        s.undertaking.turnover = Some(d(40_000_000));
        s.infringements.push(crate::schema::scenario::Infringement::new("32"));
        let a = crate::calc::assess(&s).unwrap();
        assert_eq!((a.range_low, a.final_amount, a.range_high), (d(15_000), d(86_250), d(200_000)));
    }
}
