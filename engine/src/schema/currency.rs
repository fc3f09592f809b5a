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
    /// The złoty: Poland's national maximum for public bodies is in it, and so is every amount of
    /// a scenario under it.
    #[serde(rename = "PLN")]
    Pln,
}

impl Currency {
    /// "EUR", "GBP", "PLN".
    pub fn code(self) -> &'static str {
        crate::schema::wire::wire_name(&self)
    }

    /// "€", "£"; the code where the currency has no sign readers of every language know.
    pub fn symbol(self) -> &'static str {
        match self {
            Currency::Eur => "€",
            Currency::Gbp => "£",
            Currency::Pln => "PLN",
        }
    }

    /// Whether amounts are written with the ISO code (and a space) rather than a sign.
    pub fn written_as_code(self) -> bool {
        matches!(self, Currency::Pln)
    }
}
