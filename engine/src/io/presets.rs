//! The case library: real decisions shipped as scenarios, each with what the authority or court
//! actually decided, so that the simulator is checked against them. One file per case in
//! `engine/presets/`, in the same scenario schema as share links and the CLI, plus its outcomes,
//! its fidelity and a citation of the decision for every input.

use crate::schema::assessment::{Assessment, Step, StepKind};
use crate::schema::country::Country;
use crate::schema::lang::Lang;
use crate::schema::scenario::Scenario;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    pub id: String,
    /// In English; `titles` has it in the widget's other languages.
    pub title: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub titles: BTreeMap<Lang, String>,
    pub authority: String,
    pub country: Country,
    pub decided: String,
    pub summary: String,
    /// Whether the primary decision's amount follows from its own published arithmetic.
    pub fidelity: Fidelity,
    /// What comes from the decision, and what was chosen to land on its amount.
    pub fidelity_note: String,
    pub sources: Vec<String>,
    /// Scenario input path (`infringements[0].factors.a`) → the decision's paragraph for it.
    #[serde(default)]
    pub citations: BTreeMap<String, String>,
    pub outcomes: Vec<Outcome>,
    pub scenario: Scenario,
}

/// *Reproduced*: every input comes from the decision's own arithmetic and the engine's total
/// equals the decided amount. *Reconstructed*: some input was chosen to land on the amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Fidelity {
    Reproduced,
    Reconstructed,
}

impl Fidelity {
    /// Its name on the wire, as serde writes it.
    pub fn id(self) -> &'static str {
        crate::schema::wire::wire_name(&self)
    }
}

/// An amount actually imposed, and which figure of the assessment it corresponds to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// In English; `labels` has it in the widget's other languages.
    pub label: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<Lang, String>,
    #[serde(alias = "amount_eur")]
    pub amount: Decimal,
    pub compares_to: ComparesTo,
    pub source: String,
    /// This outcome's own fidelity where it differs from the case's (a court's arithmetic may be
    /// published where the authority's is not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fidelity: Option<Fidelity>,
    /// The scenario as this outcome computed it, where it differs from the case's (a court that
    /// removed the increases); `None`: the case's scenario.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario: Option<Scenario>,
    /// The party whose fine this is, where the decision fines several (0: the undertaking).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<usize>,
    /// The fine as the decision imposes it in another currency, after calculating in euros.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_in: Option<ForeignAmount>,
}

/// An amount decided in another currency: the euros times the rate the law names, rounded as
/// the decision rounds it (to the unit or to the cent of that currency).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForeignAmount {
    /// ISO 4217 code: "PLN".
    pub currency: String,
    pub amount: Decimal,
    /// Units of the currency per euro.
    pub rate: Decimal,
    /// Where the rate comes from, and the rule that names it.
    pub rate_source: String,
}

impl ForeignAmount {
    /// Whether `eur` at this rate gives the amount, rounded to the amount's own precision.
    pub fn converts(&self, eur: Decimal) -> bool {
        (eur * self.rate).round_dp(self.amount.scale()) == self.amount
    }
}

impl Preset {
    /// The case's title in `lang`, or in English where it has none in that language.
    pub fn title_in(&self, lang: Lang) -> &str {
        self.titles.get(&lang).map_or(self.title.as_str(), String::as_str)
    }
}

impl Preset {
    /// Takes the assumption mark off each step whose input this case's decision states (its
    /// `citations` name it) and `scenario` still has as the case set it: a figure a decision
    /// fixed is not an assumption, one the reader has since changed is theirs.
    pub fn mark_stated(&self, scenario: &Scenario, a: &mut Assessment) {
        for step in a.steps.iter_mut().filter(|s| s.assumption) {
            if let Some(key) = stated_input(step) {
                step.assumption = !(self.citations.contains_key(&key) && self.same_input(scenario, step));
            }
        }
    }

    /// Whether `scenario` has the input of `step` as this case set it.
    fn same_input(&self, scenario: &Scenario, step: &Step) -> bool {
        let (ours, theirs) = (&self.scenario, scenario);
        let inf = |s: &'_ Scenario| step.infringement.and_then(|i| s.infringements.get(i).cloned());
        let (a, b) = (inf(ours), inf(theirs));
        let same_article = a.as_ref().map(|x| &x.article) == b.as_ref().map(|x| &x.article);
        same_article
            && match step.kind {
                k if k.is_factor() => {
                    let f = |x: &Option<crate::schema::scenario::Infringement>| {
                        x.as_ref().and_then(|x| step.factor.and_then(|id| x.factors.get(&id).cloned()))
                    };
                    f(&a) == f(&b)
                }
                StepKind::FineProportionality => a.map(|x| x.proportionality) == b.map(|x| x.proportionality),
                StepKind::Proportionality => ours.proportionality == theirs.proportionality,
                _ => false,
            }
    }
}

/// The citation key of the input a step rests on, for the steps whose figure is an assumption
/// unless a decision states it: a factor's weight and the step-5 adjustment. (A midpoint the
/// method chose, of a seriousness or turnover range, stays an assumption whoever cites the level.)
fn stated_input(step: &Step) -> Option<String> {
    let inf = |tail: &str| step.infringement.map(|i| format!("infringements[{i}].{tail}"));
    match step.kind {
        k if k.is_factor() => step.factor.and_then(|f| inf(&format!("factors.{}", f.letter()))),
        StepKind::FineProportionality => inf("proportionality"),
        StepKind::Proportionality => Some("proportionality".into()),
        _ => None,
    }
}

impl Outcome {
    /// The outcome's label in `lang`, or in English where it has none in that language.
    pub fn label_in(&self, lang: Lang) -> &str {
        self.labels.get(&lang).map_or(self.label.as_str(), String::as_str)
    }

    pub fn fidelity(&self, case: &Preset) -> Fidelity {
        self.fidelity.unwrap_or(case.fidelity)
    }

    /// The scenario this outcome is simulated with.
    pub fn scenario<'a>(&'a self, case: &'a Preset) -> &'a Scenario {
        self.scenario.as_ref().unwrap_or(&case.scenario)
    }

    /// The figure of `a` (an assessment of `self.scenario(case)`) to compare with the amount.
    pub fn simulated(&self, a: &Assessment) -> Decimal {
        if let Some(p) = self.party.and_then(|n| a.parties.iter().find(|p| p.party == n)) {
            return p.fine;
        }
        match self.compares_to {
            ComparesTo::Final => a.final_amount,
            ComparesTo::BeforeProportionality => a.before_proportionality,
        }
    }

    /// What the simulation gives for this outcome beside `shown` (the case's scenario as it is on
    /// screen): an outcome with inputs of its own, a court that set other amounts, is assessed with
    /// them; the others are read off `shown`. The flag says which.
    pub fn simulated_beside(&self, shown: &Assessment) -> (Decimal, bool) {
        match self.scenario.as_ref().and_then(|s| crate::calc::assess(s).ok()) {
            Some(own) => (self.simulated(&own), true),
            None => (self.simulated(shown), false),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComparesTo {
    Final,
    BeforeProportionality,
}

/// `(id, JSON)` of every file in `engine/presets/`, by file name (see `build.rs`); none when the
/// cases are loaded at run time instead.
#[cfg(feature = "bundled-cases")]
const SOURCES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/case_files.rs"));
#[cfg(not(feature = "bundled-cases"))]
const SOURCES: &[(&str, &str)] = &[];

/// What names a case before its file is read: enough to offer it on a button or in a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseHead {
    pub id: &'static str,
    pub title: &'static str,
    pub authority: &'static str,
    pub country: Country,
    pub decided: &'static str,
}

/// Every case file's head, by file name, whether or not the case itself is loaded.
pub const INDEX: &[CaseHead] = include!(concat!(env!("OUT_DIR"), "/case_index.rs"));

pub fn head(id: &str) -> Option<&'static CaseHead> {
    INDEX.iter().find(|h| h.id == id)
}

/// Shown first, in this order: the two cases the simulator was built around.
const FEATURED: [&str; 2] = ["cpa-2020", "amazon-fr-2023"];

/// The cases compiled in (`bundled-cases`: the CLI, the tests), read once and kept as they
/// are, in the library's order; none without the feature (the widget reads its own).
pub fn bundled() -> &'static [Preset] {
    static BUNDLED: OnceLock<Vec<Preset>> = OnceLock::new();
    BUNDLED.get_or_init(|| {
        let mut all: Vec<Preset> =
            SOURCES.iter().filter_map(|(_, json)| serde_json::from_str::<Preset>(json).ok()).collect();
        all.sort_by(library_order);
        all
    })
}

/// The library's order: the featured cases first, then the most recent decision first.
pub fn library_order(a: &Preset, b: &Preset) -> std::cmp::Ordering {
    let rank = |p: &Preset| FEATURED.iter().position(|f| *f == p.id).unwrap_or(FEATURED.len());
    rank(a).cmp(&rank(b)).then_with(|| b.decided.cmp(&a.decided)).then_with(|| a.id.cmp(&b.id))
}

/// The cases of a case file (one case) or of the library file (an array of them).
pub fn read_cases(json: &str) -> Result<Vec<Preset>, String> {
    // Told apart by the first character rather than by an untagged enum, whose buffering
    // doubles the code that reads a case.
    if json.trim_start().starts_with('[') {
        serde_json::from_str(json).map_err(|e| e.to_string())
    } else {
        serde_json::from_str(json).map(|p| vec![p]).map_err(|e| e.to_string())
    }
}

/// Every bundled case, in the library's order.
pub fn presets() -> Vec<&'static Preset> {
    bundled().iter().collect()
}

pub fn preset(id: &str) -> Option<&'static Preset> {
    bundled().iter().find(|p| p.id == id)
}

/// Ids of all shipped cases, loaded or not, whether or not they parse: for tests and messages.
pub fn preset_ids() -> impl Iterator<Item = &'static str> {
    INDEX.iter().map(|h| h.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_preset_parses_and_has_its_file_id() {
        for (id, json) in SOURCES.iter().copied() {
            let p: Preset = serde_json::from_str(json).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(p.id, id);
            assert!(!p.outcomes.is_empty(), "{id} has no actual outcome");
        }
        assert_eq!(presets().len(), SOURCES.len());
    }

    #[test]
    fn the_index_names_every_case_as_its_file_does() {
        assert_eq!(INDEX.len(), SOURCES.len());
        for h in INDEX {
            let p = preset(h.id).unwrap_or_else(|| panic!("{} is not read", h.id));
            assert_eq!(
                (h.title, h.authority, h.country, h.decided),
                (&*p.title, &*p.authority, p.country, &*p.decided)
            );
        }
    }

    #[test]
    fn a_case_file_and_the_library_file_read_alike() {
        let cpa = SOURCES.iter().find(|(id, _)| *id == "cpa-2020").unwrap().1;
        let one = read_cases(cpa).unwrap();
        let library = read_cases(&format!("[{cpa}, {cpa}]")).unwrap();
        assert_eq!((one.len(), library.len()), (1, 2));
        assert_eq!(one[0], library[1]);
        assert!(read_cases("[{").is_err());
    }
}
