//! Euro arithmetic for the methods: percentages of amounts and rounding to cents, all of it on
//! `Decimal`, never on floats. No wording here: `text::money` writes the results.

use rust_decimal::{Decimal, RoundingStrategy};

const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// `pct` % of `amount`, rounded to the cent.
pub fn pct_of(amount: Decimal, pct: Decimal) -> Decimal {
    round_cents(amount * pct / HUNDRED)
}

/// Which percentage of `whole` `part` is (0 when `whole` is 0), to two decimals.
pub fn share_pct(part: Decimal, whole: Decimal) -> Decimal {
    if whole.is_zero() {
        Decimal::ZERO
    } else {
        (part * HUNDRED / whole).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
    }
}

pub fn round_cents(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero).normalize()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn percentages_round_to_the_cent() {
        assert_eq!(pct_of(d("1135000000"), d("4")), d("45400000"));
        assert_eq!(pct_of(d("10"), d("33.333")), d("3.33"));
        assert_eq!(share_pct(d("32000000"), d("45400000")), d("70.48"));
        assert_eq!(share_pct(d("1"), d("0")), d("0"));
    }
}
