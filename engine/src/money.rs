//! Euro arithmetic for the methods: percentages of amounts, rounding to cents, and a plain
//! formatter for the CLI and messages. All of it on `Decimal`, never on floats.

use rust_decimal::{Decimal, RoundingStrategy};
use std::fmt::{self, Write as _};

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

/// An amount shown as "€1,035,000", or "€1,234.50" when it has cents. A `Display` type so
/// that explanations format amounts straight into their text without a String each: the
/// engine writes dozens per assessment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Eur(pub Decimal);

impl fmt::Display for Eur {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Whole euros and cents as integers; past Decimal's range for cents, whole euros only.
        let (whole, frac, negative) = match self.0.checked_mul(HUNDRED) {
            Some(c) => {
                let c = c.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero).mantissa();
                (c.unsigned_abs() / 100, c.unsigned_abs() % 100, c < 0)
            }
            None => {
                let w = self.0.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
                (w.mantissa().unsigned_abs(), 0, w.is_sign_negative())
            }
        };
        let mut digits = [0u8; 40];
        let mut n = 0;
        let mut w = whole;
        loop {
            digits[n] = b'0' + (w % 10) as u8;
            n += 1;
            w /= 10;
            if w == 0 {
                break;
            }
        }
        if negative {
            f.write_str("−")?;
        }
        f.write_str("€")?;
        for i in (0..n).rev() {
            f.write_char(digits[i] as char)?;
            if i > 0 && i % 3 == 0 {
                f.write_char(',')?;
            }
        }
        if frac != 0 {
            write!(f, ".{frac:02}")?;
        }
        Ok(())
    }
}

/// The same as `Eur(amount).to_string()`.
pub fn format_eur(amount: Decimal) -> String {
    Eur(amount).to_string()
}

/// A percentage shown as "4 %", "0.2 %", "70.48 %".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pct(pub Decimal);

impl fmt::Display for Pct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} %", self.0.normalize())
    }
}

pub fn format_pct(pct: Decimal) -> String {
    Pct(pct).to_string()
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
        assert_eq!(format_eur(d("0.004")), "€0");
        assert_eq!(format_eur(d("0.005")), "€0.01");
        assert_eq!(format_eur(d("1000000000000")), "€1,000,000,000,000");
        assert_eq!(format_eur(Decimal::MAX), "€79,228,162,514,264,337,593,543,950,335");
        assert_eq!(format_eur(Decimal::MIN), "−€79,228,162,514,264,337,593,543,950,335");
        assert_eq!(format!("{} and {}", Eur(d("12.3")), Pct(d("4.50"))), "€12.30 and 4.5 %");
    }

    #[test]
    fn percentages_round_to_the_cent() {
        assert_eq!(pct_of(d("1135000000"), d("4")), d("45400000"));
        assert_eq!(pct_of(d("10"), d("33.333")), d("3.33"));
        assert_eq!(share_pct(d("32000000"), d("45400000")), d("70.48"));
        assert_eq!(share_pct(d("1"), d("0")), d("0"));
    }
}
