//! GDPR articles as users write them ("Art. 5(1)(c)", "32(1)", "article 46"), their titles, and
//! what the legal tables say about them (tier, AP 2019 category).

use crate::legal_tables::{AP2019_ARTICLE_CATEGORIES, ARTICLE_TIERS};
use crate::scenario::{ApCategory, Tier};

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
pub fn parse_article(input: &str) -> Result<ArticleRef, String> {
    let mut s: String = input.trim().to_lowercase();
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
        return Err("enter an article, e.g. 32(1) or 5(1)(c)".into());
    }
    let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() {
        return Err(format!("\"{}\" does not start with an article number", input.trim()));
    }
    let number: u16 = digits
        .parse()
        .ok()
        .filter(|n| (1..=99).contains(n))
        .ok_or_else(|| format!("the GDPR has articles 1 to 99, not {digits}"))?;
    let mut rest = &s[digits.len()..];
    let mut parts = Vec::new();
    while !rest.is_empty() {
        let inner = rest
            .strip_prefix('(')
            .and_then(|r| r.find(')').map(|end| (&r[..end], &r[end + 1..])));
        match inner {
            Some((part, after)) if !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()) => {
                parts.push(part.to_string());
                rest = after;
            }
            _ => {
                return Err(format!(
                    "cannot read \"{}\": write paragraphs in brackets, e.g. 5(1)(c)",
                    input.trim()
                ))
            }
        }
    }
    Ok(ArticleRef { number, parts })
}

/// The Art. 83 tier the article falls under, with the citation of the point that says so.
pub fn tier_of(article: &ArticleRef) -> Option<(Tier, &'static str)> {
    // Art. 58: 58(1) (access) and 58(2) orders. Orders fall under 83(6) as well as 83(5)(e); the
    // specific paragraph 83(6) is used.
    if article.number == 58 && article.parts.first().map(String::as_str) == Some("2") {
        return Some((Tier::Art83_6, "GDPR Art. 83(6)"));
    }
    ARTICLE_TIERS
        .iter()
        .find(|(first, last, _, _)| (*first..=*last).contains(&article.number))
        .map(|(_, _, tier, cite)| (if *tier == 4 { Tier::Art83_4 } else { Tier::Art83_5 }, *cite))
}

/// The AP 2019 category of the article, where the annex is known to us.
pub fn ap_category_of(article: &ArticleRef) -> Option<ApCategory> {
    let canonical = article.canonical();
    AP2019_ARTICLE_CATEGORIES
        .iter()
        .find(|(key, _)| canonical == *key || canonical.starts_with(&format!("{key}(")))
        .and_then(|(_, idx)| ApCategory::from_index(*idx))
}

/// Official English titles of the articles Art. 83(4)–(6) name (the article picker shows them).
/// A `static`, not a `const`: a const table is copied, strings and all, wherever it is used.
pub static ARTICLE_TITLES: &[(u16, &str)] = &[
    (5, "Principles relating to processing of personal data"),
    (6, "Lawfulness of processing"),
    (7, "Conditions for consent"),
    (8, "Conditions applicable to child's consent in relation to information society services"),
    (9, "Processing of special categories of personal data"),
    (10, "Processing of personal data relating to criminal convictions and offences"),
    (11, "Processing which does not require identification"),
    (12, "Transparent information, communication and modalities for the exercise of the rights of the data subject"),
    (13, "Information to be provided where personal data are collected from the data subject"),
    (14, "Information to be provided where personal data have not been obtained from the data subject"),
    (15, "Right of access by the data subject"),
    (16, "Right to rectification"),
    (17, "Right to erasure ('right to be forgotten')"),
    (18, "Right to restriction of processing"),
    (19, "Notification obligation regarding rectification or erasure of personal data or restriction of processing"),
    (20, "Right to data portability"),
    (21, "Right to object"),
    (22, "Automated individual decision-making, including profiling"),
    (24, "Responsibility of the controller"),
    (25, "Data protection by design and by default"),
    (26, "Joint controllers"),
    (27, "Representatives of controllers or processors not established in the Union"),
    (28, "Processor"),
    (29, "Processing under the authority of the controller or processor"),
    (30, "Records of processing activities"),
    (31, "Cooperation with the supervisory authority"),
    (32, "Security of processing"),
    (33, "Notification of a personal data breach to the supervisory authority"),
    (34, "Communication of a personal data breach to the data subject"),
    (35, "Data protection impact assessment"),
    (36, "Prior consultation"),
    (37, "Designation of the data protection officer"),
    (38, "Position of the data protection officer"),
    (39, "Tasks of the data protection officer"),
    (41, "Monitoring of approved codes of conduct"),
    (42, "Certification"),
    (43, "Certification bodies"),
    (44, "General principle for transfers"),
    (45, "Transfers on the basis of an adequacy decision"),
    (46, "Transfers subject to appropriate safeguards"),
    (47, "Binding corporate rules"),
    (48, "Transfers or disclosures not authorised by Union law"),
    (49, "Derogations for specific situations"),
    (58, "Powers (of the supervisory authority)"),
    (85, "Processing and freedom of expression and information"),
    (86, "Processing and public access to official documents"),
    (87, "Processing of the national identification number"),
    (88, "Processing in the context of employment"),
    (89, "Safeguards and derogations relating to processing for archiving, research or statistics"),
    (90, "Obligations of secrecy"),
    (91, "Existing data protection rules of churches and religious associations"),
];

pub fn article_title(number: u16) -> Option<&'static str> {
    ARTICLE_TITLES.iter().find(|(n, _)| *n == number).map(|(_, t)| *t)
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
        // "3" must not match "32".
        assert_eq!(c("3"), None);
    }
}
