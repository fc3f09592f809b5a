//! GDPR articles as users write them ("Art. 5(1)(c)", "32(1)", "article 46"), their titles, and
//! what the legal tables say about them (tier, AP 2019 category).

use crate::law::tables::{ApAnnexRow, AP2019_ANNEX, ARTICLE_TIERS};
pub use crate::schema::error::ArticleError;
use crate::schema::scenario::{ApCategory, Tier};

/// An article reference reduced to its canonical form: the number, then each paragraph or
/// point in brackets, e.g. `5(1)(c)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleRef {
    pub number: u16,
    pub parts: Vec<String>,
}

impl ArticleRef {
    pub fn canonical(&self) -> String {
        let mut s = self.number.to_string();
        for p in &self.parts {
            s.push('(');
            s.push_str(p);
            s.push(')');
        }
        s
    }

    /// "GDPR Art. 5(1)(c)".
    pub fn citation(&self) -> String {
        format!("GDPR Art. {}", self.canonical())
    }
}

/// Reads an article reference. Accepts an optional "Art." / "Article" / "Artikel" prefix, a
/// trailing "GDPR"/"AVG"/"RGPD"/"DSGVO", spaces anywhere, and paragraphs written either in
/// brackets or after a dot ("5.1.c" is not accepted: too ambiguous with decimals).
pub fn parse_article(input: &str) -> Result<ArticleRef, ArticleError> {
    let mut s: String = input.trim().to_ascii_lowercase();
    for suffix in ["gdpr", "avg", "rgpd", "dsgvo"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest.trim_end().to_string();
        }
    }
    for prefix in ["article", "artikel", "art.", "art"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.to_string();
            break;
        }
    }
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if s.is_empty() {
        return Err(ArticleError::Empty);
    }
    let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() {
        return Err(ArticleError::NoNumber(input.trim().to_string()));
    }
    let number: u16 = digits
        .parse()
        .ok()
        .filter(|n| (1..=99).contains(n))
        .ok_or_else(|| ArticleError::OutOfRange(digits.clone()))?;
    let mut rest = &s[digits.len()..];
    let mut parts = Vec::new();
    while !rest.is_empty() {
        let inner = rest.strip_prefix('(').and_then(|r| r.find(')').map(|end| (&r[..end], &r[end + 1..])));
        match inner {
            Some((part, after)) if !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()) => {
                parts.push(part.to_string());
                rest = after;
            }
            _ => return Err(ArticleError::Brackets(input.trim().to_string())),
        }
    }
    Ok(ArticleRef { number, parts })
}

/// The Art. 83 tier the article falls under, with the point of Art. 83 that says so ("83(5)(a)").
pub fn tier_of(article: &ArticleRef) -> Option<(Tier, &'static str)> {
    // Art. 58: 58(1) (access) and 58(2) orders. Orders fall under 83(6) as well as 83(5)(e); the
    // specific paragraph 83(6) is used.
    if article.number == 58 && article.parts.first().map(String::as_str) == Some("2") {
        return Some((Tier::Art83_6, "83(6)"));
    }
    ARTICLE_TIERS
        .iter()
        .find(|(first, last, _, _)| (*first..=*last).contains(&article.number))
        .map(|(_, _, tier, cite)| (*tier, *cite))
}

/// The row of the AP 2019 annexes for the article, the most specific one first.
pub fn ap_annex_row(article: &ArticleRef) -> Option<&'static ApAnnexRow> {
    let canonical = article.canonical();
    // "27" covers "27(1)" but not "270": the row, then a bracket or nothing.
    let covers =
        |p: &str| canonical.strip_prefix(p).is_some_and(|rest| rest.is_empty() || rest.starts_with('('));
    AP2019_ANNEX.iter().filter(|r| covers(r.provision)).max_by_key(|r| r.provision.len())
}

/// The AP 2019 category of the article, where the annexes fix one and we know it.
pub fn ap_category_of(article: &ArticleRef) -> Option<ApCategory> {
    ap_annex_row(article).and_then(|r| r.category)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_ways_people_write_articles() {
        for (input, canonical) in [
            ("9(1)", "9(1)"),
            ("Art. 5(1)(c)", "5(1)(c)"),
            ("article 46 (1)", "46(1)"),
            (" 32 ", "32"),
            ("Art. 6 GDPR", "6"),
            ("artikel 9 AVG", "9"),
        ] {
            assert_eq!(parse_article(input).unwrap().canonical(), canonical, "{input}");
        }
    }

    #[test]
    fn refuses_what_is_not_an_article() {
        for input in ["", "abc", "0", "100", "5(1", "5(1)c", "5()", "5(1)(c)x"] {
            assert!(parse_article(input).is_err(), "{input} should be refused");
        }
    }

    #[test]
    fn tiers_follow_article_83() {
        let t = |a: &str| tier_of(&parse_article(a).unwrap()).map(|(t, _)| t);
        assert_eq!(t("5(1)(c)"), Some(Tier::Art83_5));
        assert_eq!(t("9(1)"), Some(Tier::Art83_5));
        assert_eq!(t("12(2)"), Some(Tier::Art83_5));
        assert_eq!(t("22"), Some(Tier::Art83_5));
        assert_eq!(t("8"), Some(Tier::Art83_4));
        assert_eq!(t("32(1)"), Some(Tier::Art83_4));
        assert_eq!(t("39"), Some(Tier::Art83_4));
        assert_eq!(t("46(1)"), Some(Tier::Art83_5));
        assert_eq!(t("58(2)"), Some(Tier::Art83_6));
        assert_eq!(t("58(1)"), Some(Tier::Art83_5));
        // Not named in Art. 83(4)-(6).
        assert_eq!(t("4"), None);
        assert_eq!(t("10"), None);
        assert_eq!(t("24"), None);
    }

    #[test]
    fn ap_categories_prefer_the_most_specific_entry() {
        let c = |a: &str| ap_category_of(&parse_article(a).unwrap());
        assert_eq!(c("9(1)"), Some(ApCategory::IV));
        assert_eq!(c("32(1)"), Some(ApCategory::II));
        assert_eq!(c("28(9)"), Some(ApCategory::I));
        assert_eq!(c("28(3)"), Some(ApCategory::II));
        assert_eq!(c("27(3)"), Some(ApCategory::II));
        assert_eq!(c("27"), Some(ApCategory::III));
        assert_eq!(c("5(1)(c)"), None);
        assert_eq!(c("12(5)"), Some(ApCategory::II));
        assert_eq!(c("12(2)"), Some(ApCategory::III));
        assert_eq!(c("33(1)"), Some(ApCategory::III));
        assert_eq!(c("35(2)"), Some(ApCategory::II));
        // 12(2) and 12(5) differ: a bare 12 has no category of its own.
        assert_eq!(c("12"), None);
        // 5(1)(a) follows the provision it is read with.
        assert_eq!(c("5(1)(a)"), None);
        assert!(ap_annex_row(&parse_article("5(1)(a)").unwrap()).is_some());
        // "3" must not match "32".
        assert_eq!(c("3"), None);
    }
}
