//! The currency a method's amounts are in: the GDPR's maxima and the EDPB's and the AP's tables
//! are in euros, the UK GDPR's and the ICO's in pounds. A scenario's method decides it, so that
//! an amount can never be read in the other one.

use serde::{Deserialize, Serialize};

/// ISO 4217, as amounts are labelled on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub enum Currency {
    #[default]
    #[serde(rename = "EUR")]
    Eur,
    #[serde(rename = "GBP")]
    Gbp,
}

impl Currency {
    /// "EUR", "GBP".
    pub fn code(self) -> &'static str {
        crate::schema::wire::wire_name(&self)
    }

    /// "€", "£".
    pub fn symbol(self) -> &'static str {
        match self {
            Currency::Eur => "€",
            Currency::Gbp => "£",
        }
    }
}
