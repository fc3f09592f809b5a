//! Range checks shared by the methods. Each names the field, so that the CLI can print it and
//! the widget can show the message next to the input that caused it.

use crate::error::ScenarioError;
use crate::legal_tables::TURNOVER_SANITY_LIMIT_EUR;
use crate::money::Eur;
use rust_decimal::Decimal;

/// An amount in euros: not negative, and not beyond what any undertaking could owe.
pub fn amount(field: &str, value: Decimal) -> Result<Decimal, ScenarioError> {
    if value.is_sign_negative() && !value.is_zero() {
        return Err(ScenarioError::new(field, format!("{} is negative; amounts are in euros, 0 or more", Eur(value))));
    }
    if value > TURNOVER_SANITY_LIMIT_EUR {
        return Err(ScenarioError::new(
            field,
            format!("{} is beyond any undertaking's turnover (limit {}); check the figure", value.normalize(), Eur(TURNOVER_SANITY_LIMIT_EUR)),
        ));
    }
    Ok(value)
}

/// A percentage inside `[low, high]`.
pub fn pct_in(field: &str, value: Decimal, low: Decimal, high: Decimal, what: &str) -> Result<Decimal, ScenarioError> {
    if value < low || value > high {
        return Err(ScenarioError::new(
            field,
            format!("{} % is outside {what} ({} % to {} %)", value.normalize(), low.normalize(), high.normalize()),
        ));
    }
    Ok(value)
}
