//! Range checks shared by the methods. Each names the field, so that the CLI can print it and
//! the widget can show the message next to the input that caused it, in the trail's language.

use crate::law::tables::TURNOVER_SANITY_LIMIT_EUR;
use crate::schema::error::ScenarioError;
use crate::text::lang::Lang;
use crate::text::{words, Money};
use rust_decimal::Decimal;

/// The field's path and the range's name are closures: they are only written when the check
/// fails, and an assessment runs these checks many times over.
pub type Lazy<'a> = &'a dyn Fn() -> String;

/// An amount in euros: not negative, and not beyond what any undertaking could owe.
pub fn amount(lang: Lang, field: Lazy, value: Decimal) -> Result<Decimal, ScenarioError> {
    if value.is_sign_negative() && !value.is_zero() {
        return Err(ScenarioError::new(field(), words(lang).err_negative(&Money(lang, value))));
    }
    if value > TURNOVER_SANITY_LIMIT_EUR {
        return Err(ScenarioError::new(
            field(),
            words(lang).err_too_large(&value.normalize(), &Money(lang, TURNOVER_SANITY_LIMIT_EUR)),
        ));
    }
    Ok(value)
}

/// A percentage inside `[low, high]`; `what` names the range.
pub fn pct_in(
    lang: Lang,
    field: Lazy,
    value: Decimal,
    low: Decimal,
    high: Decimal,
    what: Lazy,
) -> Result<Decimal, ScenarioError> {
    if value < low || value > high {
        return Err(ScenarioError::new(
            field(),
            words(lang).err_pct_range(&value.normalize(), &what(), &low.normalize(), &high.normalize()),
        ));
    }
    Ok(value)
}
