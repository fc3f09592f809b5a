//! Euro amounts as a reader of a fining decision expects them: `€725,000`.

use rust_decimal::{Decimal, RoundingStrategy};

/// Formats whole euros with thousands separators.
///
/// Fines are set in whole euros, so cents are rounded away (half away from zero, as a person
/// would round) instead of cluttering every figure. Negative amounts keep their sign so that a
/// bug upstream shows up on screen rather than as a plausible-looking fine.
pub fn format_eur(amount: Decimal) -> String {
    let whole = amount.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    let digits = whole.abs().trunc().to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    if whole.is_sign_negative() && !whole.is_zero() {
        format!("−€{grouped}")
    } else {
        format!("€{grouped}")
    }
}

/// A band as the AP writes it: `€450,000 – €1,000,000`.
pub fn format_eur_range(low: Decimal, high: Decimal) -> String {
    format!("{} – {}", format_eur(low), format_eur(high))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(format_eur(d("0")), "€0");
        assert_eq!(format_eur(d("999")), "€999");
        assert_eq!(format_eur(d("1000")), "€1,000");
        assert_eq!(format_eur(d("725000")), "€725,000");
        assert_eq!(format_eur(d("1000000")), "€1,000,000");
        assert_eq!(format_eur(d("746000000")), "€746,000,000");
    }

    #[test]
    fn rounds_cents_half_away_from_zero() {
        assert_eq!(format_eur(d("999.49")), "€999");
        assert_eq!(format_eur(d("999.5")), "€1,000");
        assert_eq!(format_eur(d("-0.4")), "€0");
    }

    #[test]
    fn keeps_the_sign_of_negative_amounts() {
        assert_eq!(format_eur(d("-1234")), "−€1,234");
    }

    #[test]
    fn extreme_values_do_not_panic() {
        assert_eq!(format_eur(Decimal::MAX), "€79,228,162,514,264,337,593,543,950,335");
        assert!(format_eur(Decimal::MIN).starts_with("−€79,228"));
    }

    #[test]
    fn formats_a_band() {
        assert_eq!(format_eur_range(d("450000"), d("1000000")), "€450,000 – €1,000,000");
    }
}
