//! Euro arithmetic for the methods: percentages of amounts, rounding to cents, and a plain
//! formatter for the CLI and messages. All of it on `Decimal`, never on floats.

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

/// "€1,035,000" or "€1,234.50": whole euros without cents, cents when there are any.
pub fn format_eur(amount: Decimal) -> String {
    let amount = round_cents(amount);
    let negative = amount.is_sign_negative() && !amount.is_zero();
    let abs = amount.abs();
    let whole = abs.trunc();
    let cents = ((abs - whole) * HUNDRED).round();
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let sign = if negative { "−" } else { "" };
    if cents.is_zero() {
        format!("{sign}€{grouped}")
    } else {
        format!("{sign}€{grouped}.{:02}", cents)
    }
}

/// "4 %", "0.2 %", "70.48 %".
pub fn format_pct(pct: Decimal) -> String {
    format!("{} %", pct.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn formats_euros_like_a_decision_does() {
        assert_eq!(format_eur(d("1035000")), "€1,035,000");
        assert_eq!(format_eur(d("15000")), "€15,000");
        assert_eq!(format_eur(d("999")), "€999");
        assert_eq!(format_eur(d("0")), "€0");
        assert_eq!(format_eur(d("1234.5")), "€1,234.50");
        assert_eq!(format_eur(d("45400000.00")), "€45,400,000");
        assert_eq!(format_eur(d("-75000")), "−€75,000");
    }

    #[test]
    fn percentages_round_to_the_cent() {
        assert_eq!(pct_of(d("1135000000"), d("4")), d("45400000"));
        assert_eq!(pct_of(d("10"), d("33.333")), d("3.33"));
        assert_eq!(share_pct(d("32000000"), d("45400000")), d("70.48"));
        assert_eq!(share_pct(d("1"), d("0")), d("0"));
    }
}
