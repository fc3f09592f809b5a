//! What the engine returns: every step with its amount, band and citation, then the totals.
//! The UI renders this and nothing else, so everything a reader needs to follow the
//! calculation must be here.

use crate::scenario::{ApCategory, Method, Tier};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub method: Method,
    pub method_name: String,
    /// When the legal tables were last checked.
    pub as_of: String,
    pub steps: Vec<Step>,
    pub infringements: Vec<InfringementResult>,
    pub operations: Vec<OperationResult>,
    /// Sum over the processing operations of the maximum of each one's gravest infringement.
    pub legal_maximum_eur: Decimal,
    pub before_proportionality_eur: Decimal,
    pub final_eur: Decimal,
    pub warnings: Vec<String>,
}

/// A range of euros the method lets the fine (or one of its components) move in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Band {
    pub low_eur: Decimal,
    pub high_eur: Decimal,
}

impl Band {
    pub fn clamp(&self, amount: Decimal) -> Decimal {
        amount.max(self.low_eur).min(self.high_eur)
    }

    pub fn contains(&self, amount: Decimal) -> bool {
        amount >= self.low_eur && amount <= self.high_eur
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// Stable key of the kind of step ("edpb.seriousness", "ap.band", …), for translations.
    pub kind: String,
    /// Index into `Assessment::infringements` when the step concerns one infringement.
    pub infringement: Option<usize>,
    /// The processing operation when the step concerns one.
    pub operation: Option<u32>,
    pub title: String,
    pub citation: String,
    pub band: Option<Band>,
    /// The fine as it stands after this step; `None` for steps that only classify.
    pub amount_eur: Option<Decimal>,
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
    pub legal_maximum_eur: Decimal,
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
    pub base_eur: Decimal,
    pub after_factors_eur: Decimal,
    /// After the per-infringement caps; zero when absorbed.
    pub fine_eur: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OperationResult {
    pub operation: u32,
    pub infringements: Vec<usize>,
    /// Index of the infringement whose maximum caps the operation (Art. 83(3)).
    pub gravest: usize,
    pub cap_eur: Decimal,
    pub sum_eur: Decimal,
    pub fine_eur: Decimal,
}
