//! What the arithmetic returns: every figure, and every step and warning as data. It has no
//! text yet; `calc::word` builds the `Assessment` from it in the reader's language, field by
//! field, so that nothing worded can be left empty.

use crate::calc::trail::StepData;
use crate::law::articles::ArticleRef;
use crate::schema::assessment::{Band, OperationResult, PartyResult};
use crate::schema::cite::Cite;
use crate::schema::currency::Currency;
use crate::schema::scenario::{ApCategory, Method, Tier};
use crate::text::phrase::Phrase;
use rust_decimal::Decimal;

#[derive(Debug, Clone, PartialEq)]
pub struct Calculation {
    pub method: Method,
    pub currency: Currency,
    pub steps: Vec<StepData>,
    pub warnings: Vec<Phrase>,
    pub infringements: Vec<InfringementFigures>,
    pub operations: Vec<OperationResult>,
    pub legal_maximum: Decimal,
    pub before_proportionality: Decimal,
    pub final_amount: Decimal,
    /// The exposure: see `Assessment::range_low`.
    pub range_low: Decimal,
    pub range_high: Decimal,
    pub parties: Vec<PartyResult>,
}

/// One infringement's figures; `InfringementResult` once worded.
#[derive(Debug, Clone, PartialEq)]
pub struct InfringementFigures {
    pub article: ArticleRef,
    pub tier: Tier,
    /// Where the tier comes from: the article Art. 83 names, the scenario's choice, or assumed.
    pub tier_cite: Cite,
    pub legal_maximum: Decimal,
    pub party: usize,
    /// Further provisions its one fine covers, as read.
    pub also: Vec<ArticleRef>,
    pub operation: u32,
    pub absorbed: bool,
    pub ap_category: Option<ApCategory>,
    pub ap_category_applied: Option<ApCategory>,
    pub band: Option<Band>,
    pub base: Decimal,
    pub after_factors: Decimal,
    pub fine: Decimal,
}
