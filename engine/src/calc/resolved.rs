//! What passes between `assess` and the methods: an infringement once read and classified, and
//! what a method computed for it. Apart from both, so that neither imports the other.

use crate::calc::maximum::LegalMaximum;
use crate::law::articles::ArticleRef;
use crate::schema::assessment::Band;
use crate::schema::scenario::{ApCategory, Tier};
use rust_decimal::Decimal;

/// An infringement once its article is read and its maximum known.
pub(crate) struct Resolved {
    pub article: ArticleRef,
    /// Further provisions of the same fine.
    pub also: Vec<ArticleRef>,
    pub tier: Tier,
    pub tier_citation: crate::schema::cite::Cite,
    pub maximum: LegalMaximum,
}

/// What a method computed for one infringement.
pub(crate) struct Outcome {
    pub ap_category: Option<ApCategory>,
    pub ap_category_applied: Option<ApCategory>,
    pub band: Option<Band>,
    pub base: Decimal,
    pub after_factors: Decimal,
    pub fine: Decimal,
}

impl Outcome {
    /// An absorbed infringement's: no band and no amount.
    pub fn nothing() -> Outcome {
        Outcome {
            ap_category: None,
            ap_category_applied: None,
            band: None,
            base: Decimal::ZERO,
            after_factors: Decimal::ZERO,
            fine: Decimal::ZERO,
        }
    }
}
