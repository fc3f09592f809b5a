//! The library's decisions nearest to a scenario: the reality check users of a fine calculator
//! ask for. Nearness is read off both assessments — the method, the tier of the gravest
//! infringement, the kinds of provision, the seriousness, the size of the undertaking — and what
//! differs is returned as data, for the widget and the CLI to word.

use crate::calc::assess;
use crate::io::presets::{ForeignAmount, Preset};
use crate::schema::assessment::Assessment;
use crate::schema::scenario::{Method, Scenario, SeriousnessLevel, Tier};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeSet;

/// What GDPR provisions are about, by article: the grain at which two decisions are alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProvisionKind {
    /// Art. 5.
    Principles,
    /// Arts. 6–11.
    Lawfulness,
    /// Arts. 12–23.
    Rights,
    /// Arts. 24–31.
    Accountability,
    /// Arts. 32–34.
    Security,
    /// Arts. 35–43.
    AssessmentAndDpo,
    /// Arts. 44–50.
    Transfers,
    Other,
}

impl ProvisionKind {
    pub const ALL: [ProvisionKind; 8] = [
        ProvisionKind::Principles,
        ProvisionKind::Lawfulness,
        ProvisionKind::Rights,
        ProvisionKind::Accountability,
        ProvisionKind::Security,
        ProvisionKind::AssessmentAndDpo,
        ProvisionKind::Transfers,
        ProvisionKind::Other,
    ];

    pub fn id(self) -> &'static str {
        crate::schema::wire::wire_name(&self)
    }

    pub fn from_id(id: &str) -> Option<ProvisionKind> {
        ProvisionKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The kind of the article as a reader or a case writes it ("Art. 5(1)(c)", "32").
    pub fn of_article(article: &str) -> ProvisionKind {
        let digits = article.trim_start_matches(|c: char| !c.is_ascii_digit());
        ProvisionKind::of(digits)
    }

    fn of(article: &str) -> ProvisionKind {
        let n: u16 =
            article.chars().take_while(char::is_ascii_digit).collect::<String>().parse().unwrap_or(0);
        match n {
            5 => ProvisionKind::Principles,
            6..=11 => ProvisionKind::Lawfulness,
            12..=23 => ProvisionKind::Rights,
            24..=31 => ProvisionKind::Accountability,
            32..=34 => ProvisionKind::Security,
            35..=43 => ProvisionKind::AssessmentAndDpo,
            44..=50 => ProvisionKind::Transfers,
            _ => ProvisionKind::Other,
        }
    }
}

/// How one decision of the library differs from the scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Difference {
    Method {
        case: Method,
    },
    Tier {
        case: Tier,
    },
    Provisions {
        case: Vec<ProvisionKind>,
    },
    Seriousness {
        case: SeriousnessLevel,
    },
    /// The undertaking's turnover, where they are an order of magnitude or more apart.
    Size {
        case_turnover: Option<Decimal>,
    },
    PublicBody {
        case: bool,
    },
    /// The authority lowered its calculated amount in the last steps.
    Lowered {
        before: Decimal,
        after: Decimal,
    },
}

/// A decision near the scenario, with what it decided and how it differs.
#[derive(Debug, Clone, Serialize)]
pub struct Comparable<'a> {
    #[serde(skip)]
    pub case: &'a Preset,
    pub id: &'a str,
    pub title: &'a str,
    pub authority: &'a str,
    pub decided: &'a str,
    pub outcome: &'a str,
    pub decided_amount: Decimal,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decided_in: Option<&'a ForeignAmount>,
    /// Lower is nearer.
    pub distance: u32,
    pub differences: Vec<Difference>,
}

/// What places an assessed scenario among the library's decisions.
struct Profile {
    method: Method,
    tier: Option<Tier>,
    kinds: BTreeSet<ProvisionKind>,
    level: Option<SeriousnessLevel>,
    turnover: Option<Decimal>,
    public: bool,
}

fn profile(s: &Scenario, a: &Assessment) -> Profile {
    let carried = || a.infringements.iter().filter(|r| !r.absorbed);
    let gravest = carried().max_by_key(|r| r.legal_maximum);
    let level = gravest
        .and_then(|g| a.infringements.iter().position(|r| std::ptr::eq(r, g)))
        .and_then(|i| s.infringements.get(i))
        .filter(|_| s.method == Method::Edpb2023)
        .map(|inf| inf.seriousness.level);
    let kinds = a.infringements.iter().flat_map(|r| std::iter::once(&r.article).chain(&r.also));
    Profile {
        method: s.method,
        tier: gravest.map(|g| g.tier),
        kinds: kinds.map(|art| ProvisionKind::of(art)).collect(),
        level,
        turnover: s.undertaking.turnover,
        public: s.undertaking.public_body,
    }
}

/// The `n` decisions of `cases` nearest to `scenario` (leaving out `shown`, the case on screen),
/// nearest first, then the most recent.
pub fn comparable<'a>(
    scenario: &Scenario,
    cases: &[&'a Preset],
    shown: Option<&str>,
    n: usize,
) -> Vec<Comparable<'a>> {
    let Ok(a) = assess(scenario) else { return Vec::new() };
    let own = profile(scenario, &a);
    let mut out: Vec<Comparable<'a>> = cases
        .iter()
        .filter(|p| Some(p.id.as_str()) != shown)
        // Amounts in pounds and in euros are not compared with each other.
        .filter(|p| p.scenario.currency() == scenario.currency())
        .filter_map(|p| {
            let theirs = assess(&p.scenario).ok()?;
            let outcome = p.outcomes.first()?;
            let (distance, mut differences) = differences(&own, &profile(&p.scenario, &theirs));
            if theirs.final_amount < theirs.before_proportionality {
                let (before, after) = (theirs.before_proportionality, theirs.final_amount);
                differences.push(Difference::Lowered { before, after });
            }
            Some(Comparable {
                case: p,
                id: &p.id,
                title: &p.title,
                authority: &p.authority,
                decided: &p.decided,
                outcome: &outcome.label,
                decided_amount: outcome.amount,
                decided_in: outcome.decided_in.as_ref(),
                distance,
                differences,
            })
        })
        .collect();
    out.sort_by(|x, y| x.distance.cmp(&y.distance).then_with(|| y.decided.cmp(x.decided)));
    out.truncate(n);
    out
}

/// How far apart two profiles are, and in what.
fn differences(own: &Profile, theirs: &Profile) -> (u32, Vec<Difference>) {
    let mut d = 0;
    let mut out = Vec::new();
    if own.method != theirs.method {
        d += 4;
        out.push(Difference::Method { case: theirs.method });
    }
    if let (Some(x), Some(y)) = (own.tier, theirs.tier) {
        if x != y {
            d += 2;
            out.push(Difference::Tier { case: y });
        }
    }
    if own.kinds.is_disjoint(&theirs.kinds) {
        d += 3;
        out.push(Difference::Provisions { case: theirs.kinds.iter().copied().collect() });
    }
    if let (Some(x), Some(y)) = (own.level, theirs.level) {
        if x != y {
            d += 1;
            out.push(Difference::Seriousness { case: y });
        }
    }
    if own.public != theirs.public {
        d += 2;
        out.push(Difference::PublicBody { case: theirs.public });
    } else if let Some(gap) = orders_apart(own.turnover, theirs.turnover).filter(|g| *g >= 1) {
        d += gap.min(3);
        out.push(Difference::Size { case_turnover: theirs.turnover });
    }
    (d, out)
}

/// How many orders of magnitude two turnovers are apart; none when one is unknown.
fn orders_apart(a: Option<Decimal>, b: Option<Decimal>) -> Option<u32> {
    let digits = |x: Decimal| x.trunc().abs().to_string().len() as i64;
    let (a, b) = (a.filter(|x| *x >= Decimal::ONE)?, b.filter(|x| *x >= Decimal::ONE)?);
    Some((digits(a) - digits(b)).unsigned_abs() as u32)
}

#[cfg(all(test, feature = "bundled-cases"))]
mod tests {
    use super::*;
    use crate::io::presets::{preset, presets};

    #[test]
    fn the_nearest_decisions_share_the_method_and_say_what_differs() {
        let cases = presets();
        let cpa = preset("cpa-2020").unwrap();
        let list = comparable(&cpa.scenario, &cases, Some("cpa-2020"), 5);
        assert_eq!(list.len(), 5);
        assert!(list.iter().all(|c| c.id != "cpa-2020"));
        // CP&A is an AP 2019 case about health data (Art. 9) and security (Art. 32): the nearest
        // share the method; the list is ordered by distance.
        assert!(list.iter().take(3).all(|c| c.case.scenario.method == Method::Ap2019));
        assert!(list.windows(2).all(|w| w[0].distance <= w[1].distance));
        let amazon = preset("amazon-fr-2023").unwrap();
        let list = comparable(&amazon.scenario, &cases, Some("amazon-fr-2023"), 5);
        assert!(list[0].differences.iter().all(|d| !matches!(d, Difference::Method { .. })));
    }
}
