//! Amounts and percentages written out: money the way each language writes it (`Money` in euros,
//! `Cash` in a method's currency), its English form for the CLI (`format_money`), and percentages
//! (`Pct`).

use crate::arith::round_cents;
use crate::schema::currency::Currency;
use crate::text::lang::Lang;
use rust_decimal::Decimal;
use std::fmt;

/// An amount in euros as the language writes money, the way `Intl.NumberFormat` does:
/// €1,035,000 · € 1.035.000 · 1 035 000 € · 1.035.000 €; cents only when there are any.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Money(pub Lang, pub Decimal);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Cash(self.0, Currency::Eur, self.1).fmt(f)
    }
}

/// An amount in the currency of its method, written as the language writes that currency:
/// £2,310,000 · £ 2.310.000 · 2 310 000 £ · 2.310.000 £, as for the euro.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cash(pub Lang, pub Currency, pub Decimal);

impl fmt::Display for Cash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Cash(lang, currency, amount) = *self;
        if currency.written_as_code() {
            return Foreign(lang, amount, currency.code()).fmt(f);
        }
        let sign = currency.symbol();
        let (group, decimal) = separators(lang);
        let mut buf = [0u8; AMOUNT_BUF];
        let (number, negative) = grouped(amount, group, decimal, &mut buf);
        match (lang, negative) {
            (Lang::En, false) => f.write_str(sign)?,
            (Lang::En, true) => write!(f, "-{sign}")?,
            (Lang::Nl, false) => write!(f, "{sign}\u{a0}")?,
            (Lang::Nl, true) => write!(f, "{sign}\u{a0}-")?,
            (_, true) => f.write_str("-")?,
            (_, false) => {}
        }
        f.write_str(number)?;
        if matches!(lang, Lang::Fr | Lang::De) {
            write!(f, "\u{a0}{sign}")?;
        }
        Ok(())
    }
}

/// How the language groups thousands and writes the decimal point.
fn separators(lang: Lang) -> (&'static str, char) {
    match lang {
        Lang::En => (",", '.'),
        Lang::Fr => ("\u{202f}", ','),
        Lang::Nl | Lang::De => (".", ','),
    }
}

/// Room for the 29 digits of Decimal's largest whole number with 3-byte group separators, the
/// decimal separator and cents.
pub(crate) const AMOUNT_BUF: usize = 128;

/// |amount| rounded to the cent, digits grouped by thousands with `group`, cents after `decimal`
/// only when there are any; and whether the rounded amount is below zero. Written into a buffer
/// in one pass: the engine formats dozens of amounts per assessment, and this was the largest
/// part of its time.
pub(crate) fn grouped<'a>(
    amount: Decimal,
    group: &str,
    decimal: char,
    buf: &'a mut [u8; AMOUNT_BUF],
) -> (&'a str, bool) {
    let r = round_cents(amount);
    // At most 2 decimals now; the mantissa (< 2^96) times 100 fits an i128.
    let cents = r.mantissa()
        * if r.scale() == 2 {
            1
        } else if r.scale() == 1 {
            10
        } else {
            100
        };
    let negative = cents < 0;
    let cents = cents.unsigned_abs();
    let (mut whole, frac) = (cents / 100, (cents % 100) as u8);
    // Filled from the end backwards.
    let mut at = AMOUNT_BUF;
    let mut put = |bytes: &[u8], at: &mut usize| {
        *at -= bytes.len();
        buf[*at..*at + bytes.len()].copy_from_slice(bytes);
    };
    if frac != 0 {
        put(&[b'0' + frac / 10, b'0' + frac % 10], &mut at);
        let mut d = [0u8; 4];
        put(decimal.encode_utf8(&mut d).as_bytes(), &mut at);
    }
    let mut n = 0;
    loop {
        if n > 0 && n % 3 == 0 {
            put(group.as_bytes(), &mut at);
        }
        // u64 arithmetic where it fits: u128 division is a slow library call.
        let digit = if let Ok(w) = u64::try_from(whole) {
            whole = u128::from(w / 10);
            (w % 10) as u8
        } else {
            let d = (whole % 10) as u8;
            whole /= 10;
            d
        };
        put(&[b'0' + digit], &mut at);
        n += 1;
        if whole == 0 {
            break;
        }
    }
    (std::str::from_utf8(&buf[at..]).unwrap_or("?"), negative)
}

/// An amount in another currency, as the language writes one: its ISO code where the euro
/// sign would stand — PLN 78,575.40 · PLN 78.575,40 · 78 575,40 PLN · 78.575,40 PLN.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Foreign<'a>(pub Lang, pub Decimal, pub &'a str);

impl fmt::Display for Foreign<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Foreign(lang, amount, code) = *self;
        let (group, decimal) = separators(lang);
        let mut buf = [0u8; AMOUNT_BUF];
        let (number, negative) = grouped(amount, group, decimal, &mut buf);
        let sign = if negative { "-" } else { "" };
        match lang {
            Lang::En | Lang::Nl => write!(f, "{code}\u{a0}{sign}{number}"),
            Lang::Fr | Lang::De => write!(f, "{sign}{number}\u{a0}{code}"),
        }
    }
}

/// An amount in `currency` in English, for the CLI: "€1,035,000", "£2,310,000", "€1,234.50" when
/// it has cents.
pub fn format_money(amount: Decimal, currency: Currency) -> String {
    Cash(Lang::En, currency, amount).to_string()
}

/// A plain number as the language writes its decimal point (a rate: 4.3653 · 4,3653).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number(pub Lang, pub Decimal);

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Number(lang, value) = *self;
        let text = value.normalize().to_string();
        match lang {
            Lang::En => f.write_str(&text),
            _ => f.write_str(&text.replace('.', ",")),
        }
    }
}

/// A percentage as the language writes it: "0.2%" (English), "0,2%" (Dutch), "0,2 %" with a
/// narrow no-break space (French), "0,2 %" with a no-break space (German).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pct(pub Lang, pub Decimal);

impl fmt::Display for Pct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Pct(lang, value) = *self;
        let number = Number(lang, value);
        match lang {
            Lang::En | Lang::Nl => write!(f, "{number}%"),
            Lang::Fr => write!(f, "{number}\u{202f}%"),
            Lang::De => write!(f, "{number}\u{a0}%"),
        }
    }
}

pub fn format_pct(lang: Lang, pct: Decimal) -> String {
    Pct(lang, pct).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn writes_other_currencies_with_their_code() {
        assert_eq!(Foreign(Lang::En, d("78575.40"), "PLN").to_string(), "PLN\u{a0}78,575.40");
        assert_eq!(Foreign(Lang::Fr, d("1440549"), "PLN").to_string(), "1\u{202f}440\u{202f}549\u{a0}PLN");
        assert_eq!(Foreign(Lang::Nl, d("314302"), "PLN").to_string(), "PLN\u{a0}314.302");
    }

    #[test]
    fn formats_euros_like_a_decision_does() {
        assert_eq!(format_money(d("1035000"), Currency::Eur), "€1,035,000");
        assert_eq!(format_money(d("15000"), Currency::Eur), "€15,000");
        assert_eq!(format_money(d("999"), Currency::Eur), "€999");
        assert_eq!(format_money(d("0"), Currency::Eur), "€0");
        assert_eq!(format_money(d("1234.5"), Currency::Eur), "€1,234.50");
        assert_eq!(format_money(d("45400000.00"), Currency::Eur), "€45,400,000");
        assert_eq!(format_money(d("-75000"), Currency::Eur), "-€75,000");
        assert_eq!(format_money(d("0.004"), Currency::Eur), "€0");
        assert_eq!(format_money(d("0.005"), Currency::Eur), "€0.01");
        assert_eq!(format_money(d("1000000000000"), Currency::Eur), "€1,000,000,000,000");
        assert_eq!(format_money(Decimal::MAX, Currency::Eur), "€79,228,162,514,264,337,593,543,950,335");
        assert_eq!(format_money(Decimal::MIN, Currency::Eur), "-€79,228,162,514,264,337,593,543,950,335");
        assert_eq!(
            format!("{} and {}", Money(Lang::En, d("12.3")), Pct(Lang::En, d("4.50"))),
            "€12.30 and 4.5%"
        );
        assert_eq!(Pct(Lang::Nl, d("0.3")).to_string(), "0,3%");
        assert_eq!(Pct(Lang::Fr, d("0.3")).to_string(), "0,3\u{202f}%");
        assert_eq!(Pct(Lang::De, d("12.50")).to_string(), "12,5\u{a0}%");
    }
}
