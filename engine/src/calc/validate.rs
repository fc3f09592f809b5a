//! Range checks shared by the methods. Each names the field as data, so that the CLI can print
//! it and the widget can show the message next to the input that caused it.

use crate::law::tables::TURNOVER_SANITY_LIMIT;
use crate::schema::currency::Currency;
use crate::schema::error::{FieldPath, Problem, RangeOf, ScenarioError};
use rust_decimal::Decimal;

/// The field's path is a closure: it is only built when the check fails, and an assessment runs
/// these checks many times over.
pub type Lazy<'a> = &'a dyn Fn() -> FieldPath;

/// An amount: not negative, and not beyond what any undertaking could owe. The error is in
/// euros until `calculate` marks it with the scenario's currency (`ScenarioError::in_currency`):
/// the checks deep in the arithmetic do not know the method.
pub fn amount(field: Lazy, value: Decimal) -> Result<Decimal, ScenarioError> {
    if value.is_sign_negative() && !value.is_zero() {
        return Err(ScenarioError::new(field(), Problem::Negative(value)));
    }
    if value > TURNOVER_SANITY_LIMIT {
        let limit = TURNOVER_SANITY_LIMIT;
        return Err(ScenarioError::new(field(), Problem::TooLarge { value, limit, currency: Currency::Eur }));
    }
    Ok(value)
}

/// A percentage from 0 to 100; `range` names what it is a point of.
pub fn pct(field: Lazy, value: Decimal, range: RangeOf) -> Result<Decimal, ScenarioError> {
    let (low, high) = (Decimal::ZERO, Decimal::ONE_HUNDRED);
    if value < low || value > high {
        return Err(ScenarioError::new(field(), Problem::OutOfRange { value, low, high, range }));
    }
    Ok(value)
}
