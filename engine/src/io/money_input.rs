//! Reads amounts the way people type them: "1.135bn", "450m", "1 135 000 000",
//! "1.135.000.000", "1,135,000,000", "€ 2,5 mln", "EUR 1.000", "euros 1000", "1,5 Mrd", and
//! everything `text::Money` writes in any of the four languages. Lives in the engine so that the widget and
//! the CLI understand the same things and it is tested natively.

use rust_decimal::Decimal;
use std::str::FromStr;

/// Word or letter after the number → power of ten.
const SUFFIXES: &[(&str, u32)] = &[
    ("thousand", 3),
    ("k", 3),
    ("million", 6),
    ("millions", 6),
    ("mln", 6),
    ("mio", 6),
    ("mn", 6),
    ("m", 6),
    ("billion", 9),
    ("billions", 9),
    ("milliard", 9),
    ("miljard", 9),
    ("mrd", 9),
    ("bln", 9),
    ("bn", 9),
    ("b", 9),
];

/// Why a text is not an amount; the widget words it in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyError {
    Negative,
    /// Not digits with an optional k / m / bn.
    Unreadable,
    /// Dots and commas that do not form thousands groups.
    Grouping,
    TooLarge,
}

impl std::fmt::Display for MoneyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            MoneyError::Negative => "an amount cannot be negative",
            MoneyError::Unreadable => "not an amount: use digits, optionally followed by k, m or bn",
            MoneyError::Grouping => "not an amount: the dots and commas do not form thousands groups",
            MoneyError::TooLarge => "the amount is too large",
        })
    }
}

/// Reads an amount, in euros, pounds or złoty as the scenario has it (a currency sign or name
/// typed with it is left aside). `Ok(None)` for an empty input (unknown); `Err` with a message for
/// the person typing when the text cannot be read as an amount.
pub fn parse_amount(input: &str) -> Result<Option<Decimal>, MoneyError> {
    let mut s: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\'' | '’' | '_'))
        .collect::<String>()
        .to_ascii_lowercase();
    // Longest first: "euros 1000" is not "eur" followed by "os".
    for currency in ["euros", "euro", "eur", "€", "pounds", "pound", "gbp", "£", "pln", "zł"] {
        if let Some(rest) = s.strip_prefix(currency) {
            s = rest.to_string();
        }
        if let Some(rest) = s.strip_suffix(currency) {
            s = rest.to_string();
        }
    }
    if s.is_empty() {
        return Ok(None);
    }
    if s.starts_with('-') || s.starts_with('−') {
        return Err(MoneyError::Negative);
    }
    let number_end = s.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(s.len());
    let (number, suffix) = s.split_at(number_end);
    let exponent = if suffix.is_empty() {
        0
    } else {
        SUFFIXES.iter().find(|(word, _)| *word == suffix).map(|(_, e)| *e).ok_or(MoneyError::Unreadable)?
    };
    if !number.chars().any(|c| c.is_ascii_digit()) {
        return Err(MoneyError::Unreadable);
    }
    let plain = normalise_separators(number, exponent > 0).ok_or(MoneyError::Grouping)?;
    let value = Decimal::from_str(&plain).map_err(|_| MoneyError::TooLarge)?;
    let scale = Decimal::from(10u64.pow(exponent));
    value.checked_mul(scale).map(Some).ok_or(MoneyError::TooLarge)
}

/// Turns a number with "." and "," into plain "1234.56". With a suffix ("1.135bn", "2,5m") a
/// single separator is the decimal mark. Otherwise a separator that repeats, or is followed by
/// exactly three digits, groups thousands; the last different one is the decimal mark.
fn normalise_separators(number: &str, has_suffix: bool) -> Option<String> {
    let seps: Vec<(usize, char)> = number.char_indices().filter(|(_, c)| *c == '.' || *c == ',').collect();
    if seps.is_empty() {
        return Some(number.to_string());
    }
    let last = seps[seps.len() - 1].1;
    let all_same = seps.iter().all(|(_, c)| *c == last);
    let digits_after_last = number.len() - seps[seps.len() - 1].0 - 1;
    // Mixed separators: the last one is the decimal mark. One separator: a decimal mark unless it
    // is followed by exactly three digits (then it groups thousands), or a suffix follows.
    let decimal_mark =
        (!all_same || (seps.len() == 1 && (has_suffix || digits_after_last != 3))).then_some(last);
    let (grouping, decimal_pos) = match decimal_mark {
        Some(_) => (&seps[..seps.len() - 1], Some(seps[seps.len() - 1].0)),
        None => (&seps[..], None),
    };
    // Groups of thousands: the first group 1–3 digits, the others exactly 3.
    let int_end = decimal_pos.unwrap_or(number.len());
    let int_part = &number[..int_end];
    if !grouping.is_empty() {
        let groups: Vec<&str> = int_part.split(['.', ',']).collect();
        let first_ok = (1..=3).contains(&groups[0].len());
        if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
            return None;
        }
    }
    let mut out: String = int_part.chars().filter(|c| c.is_ascii_digit()).collect();
    if out.is_empty() {
        out.push('0');
    }
    if let Some(pos) = decimal_pos {
        let frac = &number[pos + 1..];
        if frac.is_empty() || !frac.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        out.push('.');
        out.push_str(frac);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur(s: &str) -> Decimal {
        parse_amount(s).unwrap().unwrap()
    }

    #[test]
    fn reads_the_ways_people_write_money() {
        let bn = Decimal::from(1_135_000_000u64);
        for s in [
            "1.135bn",
            "1,135bn",
            "1 135 000 000",
            "1.135.000.000",
            "1,135,000,000",
            "€1,135,000,000",
            "1135000000",
            "1.135 billion",
            "EUR 1.135 bn",
            "1135m",
            "1'135'000'000",
            "£1,135,000,000",
            "GBP 1.135bn",
            "1.135bn pounds",
        ] {
            assert_eq!(eur(s), bn, "{s}");
        }
        assert_eq!(eur("450m"), Decimal::from(450_000_000));
        assert_eq!(eur("2,5 mln"), Decimal::from(2_500_000));
        assert_eq!(eur("15k"), Decimal::from(15_000));
        assert_eq!(eur("1,035,000.50"), Decimal::from_str("1035000.50").unwrap());
        assert_eq!(eur("1.035.000,50"), Decimal::from_str("1035000.50").unwrap());
        assert_eq!(eur("12,5"), Decimal::from_str("12.5").unwrap());
        assert_eq!(eur("1.5"), Decimal::from_str("1.5").unwrap());
        // Three digits after a single separator: thousands, as both English and Dutch write it.
        assert_eq!(eur("1.135"), Decimal::from(1135));
        assert_eq!(eur("1,135"), Decimal::from(1135));
    }

    #[test]
    fn empty_means_unknown() {
        assert_eq!(parse_amount("  ").unwrap(), None);
        assert_eq!(parse_amount("€").unwrap(), None);
    }

    #[test]
    fn refuses_what_is_not_money() {
        for s in [
            "abc",
            "-5",
            "1.2.3",
            "12,34,56",
            "1,13,500",
            "5 apples",
            "1..5",
            "bn",
            "1e9",
            "99999999999999999999999999999999bn",
        ] {
            assert!(parse_amount(s).is_err(), "{s} should be refused, got {:?}", parse_amount(s));
        }
    }
}
