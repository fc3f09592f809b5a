//! What the engine returns: every step with its amount, band and citation, then the totals.
//! The UI renders this and nothing else, so everything a reader needs to follow the
//! calculation must be here.

use crate::schema::currency::Currency;
use crate::schema::scenario::{ApCategory, FactorId, Method, Tier};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub method: Method,
    /// The currency of every amount here: the method's (euros; pounds for the ICO).
    pub currency: Currency,
    pub method_name: String,
    /// When the legal tables were last checked.
    pub as_of: String,
    pub steps: Vec<Step>,
    pub infringements: Vec<InfringementResult>,
    pub operations: Vec<OperationResult>,
    /// Sum over the processing operations of the maximum of each one's gravest infringement.
    pub legal_maximum: Decimal,
    pub before_proportionality: Decimal,
    pub final_amount: Decimal,
    /// The exposure for the same facts: the final amount with every range the method leaves
    /// open (EDPB seriousness and turnover-adjustment points, AP band) at its low end, and at its
    /// high end, the factors, the maximum and the last steps applied as set.
    pub range_low: Decimal,
    pub range_high: Decimal,
    /// Where the decision fined several parties: each one's maximum and fine, before any
    /// adjustment of the total.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<PartyResult>,
    pub warnings: Vec<String>,
}

/// One party of a decision that fines several.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartyResult {
    pub party: usize,
    pub name: String,
    pub legal_maximum: Decimal,
    pub fine: Decimal,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Assessment {
    /// What each weighed factor of infringement `i` changed: the amount after its step minus the
    /// amount before it. Read off the steps by their kind and factor, never their wording.
    pub fn factor_effects(&self, i: usize) -> std::collections::BTreeMap<FactorId, Decimal> {
        let mut out = std::collections::BTreeMap::new();
        let mut previous: Option<Decimal> = None;
        for s in self.steps.iter().filter(|s| s.infringement == Some(i)) {
            if let (true, Some(id), Some(after), Some(before)) =
                (s.kind.is_factor(), s.factor, s.amount, previous)
            {
                out.insert(id, after - before);
            }
            if s.amount.is_some() {
                previous = s.amount;
            }
        }
        out
    }
}

/// A range of euros the method lets the fine (or one of its components) move in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Band {
    pub low: Decimal,
    pub high: Decimal,
}

impl Band {
    pub fn clamp(&self, amount: Decimal) -> Decimal {
        amount.max(self.low).min(self.high)
    }

    pub fn contains(&self, amount: Decimal) -> bool {
        amount >= self.low && amount <= self.high
    }
}

/// What a step is, as data: the widget, the comparison and the tests decide by this, never by a
/// step's (translated) title. On the wire the same strings as before ("ap.band", …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StepKind {
    #[serde(rename = "edpb.step1")]
    EdpbStep1,
    #[serde(rename = "classification")]
    Classification,
    #[serde(rename = "absorbed")]
    Absorbed,
    #[serde(rename = "edpb.seriousness")]
    EdpbSeriousness,
    #[serde(rename = "edpb.turnover")]
    EdpbTurnover,
    #[serde(rename = "edpb.factor")]
    EdpbFactor,
    #[serde(rename = "edpb.factors")]
    EdpbNoFactor,
    #[serde(rename = "edpb.legal_maximum")]
    EdpbLegalMaximum,
    #[serde(rename = "ap.category")]
    ApCategory,
    #[serde(rename = "ap.next_category")]
    ApNextCategory,
    #[serde(rename = "ap.factor")]
    ApFactor,
    #[serde(rename = "ap.factors")]
    ApNoFactor,
    #[serde(rename = "ap.band")]
    ApBand,
    #[serde(rename = "ap.recidive")]
    ApRecidive,
    #[serde(rename = "ap.legal_maximum")]
    ApLegalMaximum,
    #[serde(rename = "operation")]
    Operation,
    #[serde(rename = "total")]
    Total,
    #[serde(rename = "ap.connection")]
    ApConnection,
    #[serde(rename = "proportionality")]
    Proportionality,
    /// Step 3 as a decision states it for several factors at once.
    #[serde(rename = "factors.combined")]
    CombinedFactors,
    /// One fine lowered for its connection with another (AP: FSV § 3.5).
    #[serde(rename = "fine.connection")]
    FineConnection,
    /// Step 5 applied to one fine.
    #[serde(rename = "fine.proportionality")]
    FineProportionality,
    /// A change after the calculation, on its own ground.
    #[serde(rename = "adjustment")]
    Adjustment,
    /// ICO Guidance step 1: seriousness → a percentage of the statutory maximum.
    #[serde(rename = "ico.seriousness")]
    IcoSeriousness,
    /// ICO step 2: the turnover adjustment (Table B), or another measure of size.
    #[serde(rename = "ico.turnover")]
    IcoTurnover,
    /// ICO step 3: the starting point from steps 1 and 2.
    #[serde(rename = "ico.starting_point")]
    IcoStartingPoint,
    /// ICO step 4: one aggravating or mitigating factor.
    #[serde(rename = "ico.factor")]
    IcoFactor,
    #[serde(rename = "ico.factors")]
    IcoNoFactor,
    /// The UK GDPR's statutory maximum, as a cap.
    #[serde(rename = "ico.legal_maximum")]
    IcoLegalMaximum,
}

impl StepKind {
    pub const ALL: [StepKind; 29] = [
        StepKind::EdpbStep1,
        StepKind::Classification,
        StepKind::Absorbed,
        StepKind::EdpbSeriousness,
        StepKind::EdpbTurnover,
        StepKind::EdpbFactor,
        StepKind::EdpbNoFactor,
        StepKind::EdpbLegalMaximum,
        StepKind::ApCategory,
        StepKind::ApNextCategory,
        StepKind::ApFactor,
        StepKind::ApNoFactor,
        StepKind::ApBand,
        StepKind::ApRecidive,
        StepKind::ApLegalMaximum,
        StepKind::Operation,
        StepKind::Total,
        StepKind::ApConnection,
        StepKind::Proportionality,
        StepKind::CombinedFactors,
        StepKind::FineConnection,
        StepKind::FineProportionality,
        StepKind::Adjustment,
        StepKind::IcoSeriousness,
        StepKind::IcoTurnover,
        StepKind::IcoStartingPoint,
        StepKind::IcoFactor,
        StepKind::IcoNoFactor,
        StepKind::IcoLegalMaximum,
    ];

    /// The wire name, also the widget's `data-kind`: serde's.
    pub fn id(self) -> &'static str {
        crate::schema::wire::wire_name(&self)
    }

    /// One Art. 83(2) factor weighed, in any method.
    pub fn is_factor(self) -> bool {
        matches!(self, StepKind::EdpbFactor | StepKind::ApFactor | StepKind::IcoFactor)
    }

    /// The step that names the article itself (its tier and maximum).
    pub fn names_the_article(self) -> bool {
        self == StepKind::Classification
    }
}

impl std::fmt::Display for StepKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// So that tests and callers can write `step.kind == "ap.band"`.
impl PartialEq<&str> for StepKind {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub kind: StepKind,
    /// Index into `Assessment::infringements` when the step concerns one infringement.
    pub infringement: Option<usize>,
    /// The Art. 83(2) factor a factor step weighs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub factor: Option<FactorId>,
    /// The processing operation when the step concerns one.
    pub operation: Option<u32>,
    pub title: String,
    /// What the step rests on, in the assessment's language.
    pub citation: String,
    pub band: Option<Band>,
    /// The fine as it stands after this step; `None` for steps that only classify.
    pub amount: Option<Decimal>,
    pub explanation: String,
    /// The figure is the user's (or preset's) assumption, not given by the legal text.
    pub assumption: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InfringementResult {
    pub article: String,
    pub article_title: Option<String>,
    pub tier: Tier,
    pub tier_citation: String,
    pub legal_maximum: Decimal,
    /// The party it is imposed on (0: the undertaking).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub party: usize,
    /// Further provisions its one fine covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
    pub operation: u32,
    pub absorbed: bool,
    /// AP 2019 only: the category of the provision (annex 1 or 2, or the scenario's choice).
    pub ap_category: Option<ApCategory>,
    /// AP 2019 only: the category whose basic fine and band were applied; the next higher or
    /// lower one under art. 8.1.
    pub ap_category_applied: Option<ApCategory>,
    /// The band the fine moved in (AP: that of the applied category, or up to the legal
    /// maximum under arts. 8.3–8.4) or the seriousness range (EDPB).
    pub band: Option<Band>,
    /// Basic fine (AP) or starting amount after the turnover adjustment (EDPB).
    pub base: Decimal,
    pub after_factors: Decimal,
    /// After the per-infringement caps; zero when absorbed.
    pub fine: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OperationResult {
    /// The party the operation's fine is imposed on (0: the undertaking).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub party: usize,
    pub operation: u32,
    pub infringements: Vec<usize>,
    /// Index of the infringement whose maximum caps the operation (Art. 83(3)).
    pub gravest: usize,
    pub cap: Decimal,
    pub sum: Decimal,
    pub fine: Decimal,
}
