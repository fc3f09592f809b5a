//! The engine's words — step titles, explanations, warnings and errors — in English, Dutch,
//! French and German, and money and citations written the way each language writes them. One
//! value of `Words` per language: a missing text does not compile.

mod de;
mod en;
mod fr;
pub mod lang;
pub mod money;
mod nl;

pub use money::Money;

use crate::text::lang::Lang;
use std::fmt;

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &en::WORDS,
        Lang::Nl => &nl::WORDS,
        Lang::Fr => &fr::WORDS,
        Lang::De => &de::WORDS,
    }
}

/// Fills the `{}` of a template with `args`, in order; extra `{}` stay empty.
pub fn fill(template: &str, args: &[&dyn fmt::Display]) -> String {
    use fmt::Write as _;
    let mut out = String::with_capacity(template.len() + 24 * args.len());
    let mut args = args.iter();
    let mut rest = template;
    // A byte search for "{": the general substring searcher took a tenth of the engine's time.
    while let Some(pos) = rest.bytes().position(|b| b == b'{') {
        out.push_str(&rest[..pos]);
        if rest.as_bytes().get(pos + 1) == Some(&b'}') {
            if let Some(a) = args.next() {
                let _ = write!(out, "{a}");
            }
            rest = &rest[pos + 2..];
        } else {
            out.push('{');
            rest = &rest[pos + 1..];
        }
    }
    out.push_str(rest);
    out
}

/// Why a text could not be read, in `lang`.
pub fn read_error(why: &crate::schema::error::ReadError, lang: Lang) -> String {
    use crate::schema::error::ReadError;
    let w = words(lang);
    match why {
        ReadError::NotJson { line, column } => fill(w.read_not_json, &[line, column]),
        ReadError::UnknownField(f) => fill(w.read_unknown_field, &[f]),
        ReadError::MissingField(f) => fill(w.read_missing_field, &[f]),
        ReadError::BadValue => w.read_bad_value.to_string(),
        ReadError::LinkTooLong => w.read_link_too_long.to_string(),
        ReadError::LinkVersion(v) => fill(w.read_link_version, &[v]),
        ReadError::NotALink => w.read_not_a_link.to_string(),
        ReadError::LinkDamaged => w.read_link_damaged.to_string(),
    }
}

/// An error's message in `lang`: errors of reading are worded here; the engine's others already
/// are, in the language the scenario was assessed in.
pub fn error_message(e: &crate::schema::error::ScenarioError, lang: Lang) -> String {
    match &e.reading {
        Some(why) => read_error(why, lang),
        None => e.message.clone(),
    }
}

/// The acronym and names of each language version in citations: "GDPR Art. 83(5)(a)" reads
/// "AVG Art. 83(5)(a)" in Dutch. Only whole terms the legal tables use are replaced.
pub fn localize_citation(lang: Lang, citation: &str) -> String {
    let table: &[(&str, &str)] = match lang {
        Lang::En => return citation.to_string(),
        Lang::Nl => &[("GDPR", "AVG"), ("EDPB Guidelines", "EDPB-richtsnoeren"), ("step", "stap"), ("seriousness", "ernst"), ("turnover", "omzet"), ("paras", "punten"), ("para.", "punt"), ("inability to pay", "onvermogen om te betalen"), ("annex", "bijlage"), ("arts.", "art."), (" and ", " en ")],
        Lang::Fr => &[("GDPR", "RGPD"), ("EDPB Guidelines", "Lignes directrices de l'EDPB"), ("step", "étape"), ("seriousness", "gravité"), ("turnover", "chiffre d'affaires"), ("paras", "points"), ("para.", "point"), ("inability to pay", "incapacité de paiement"), ("annex", "annexe"), ("arts.", "art."), (" and ", " et ")],
        Lang::De => &[("GDPR", "DSGVO"), ("EDPB Guidelines", "EDSA-Leitlinien"), ("step", "Schritt"), ("seriousness", "Schweregrad"), ("turnover", "Umsatz"), ("paras", "Rn."), ("para.", "Rn."), ("inability to pay", "Zahlungsunfähigkeit"), ("annex", "Anhang"), ("arts.", "Art."), (" and ", " und ")],
    };
    let mut out = citation.to_string();
    for (from, to) in table {
        out = out.replace(from, to);
    }
    out
}

/// Declares `Words` and `Words::fields()`, so a test can check every text of every language.
macro_rules! words {
    ($($name:ident),* $(,)?) => {
        pub struct Words {
            $(pub $name: &'static str,)*
        }

        impl Words {
            pub fn fields(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name)),*]
            }
        }
    };
}

words! {
    err_version,
    warn_no_infringement,
    warn_public_body,
    classification_title,
    absorbed_title,
    absorbed_text,
    total_title,
    total_text,
    tier_chosen,
    err_article_empty,
    err_article_number,
    err_article_range,
    err_article_brackets,
    max_public,
    max_unknown,
    max_dynamic,
    max_fixed,
    err_negative,
    err_too_large,
    err_pct_range,
    what_factor_weight,
    what_reduction,
    what_seriousness_range,
    what_turnover_range,
    level_low,
    level_medium,
    level_high,
    seriousness_title,
    seriousness_text,
    weighed,
    aggravating,
    mitigating,
    after_step2,
    edpb_assumption,
    edpb_none_title,
    edpb_none_text,
    turnover_title,
    turnover_public,
    turnover_above,
    turnover_text,
    cat_chosen_differs,
    cat_chosen,
    cat_annex,
    category_title,
    category_text,
    basic_fine,
    ap_none_title,
    ap_none_text,
    band_own_title,
    band_next_higher_title,
    band_next_lower_title,
    band_max_title,
    band_within,
    band_warn,
    band_held,
    recidive_title,
    recidive_text,
    err_all_absorbed,
    op_alone,
    op_linked,
    step1_title,
    step1_text,
    plurality,
    one_fine,
    op_capped,
    op_within,
    op_title,
    reason,
    prop_title,
    prop_none,
    prop_can_bear,
    prop_can_bear_no,
    prop_reduced,
    factor_title,
    factor_pct,
    not_quantified,
    below_zero,
    warn_step2_factor,
    legal_max_title,
    capped,
    within_max,
    read_link_damaged,
    read_not_a_link,
    read_link_version,
    read_link_too_long,
    read_bad_value,
    read_missing_field,
    read_unknown_field,
    read_not_json,
    warn_category_paragraphs,
    cat_assumed,
    warn_category_assumed,
    tier_assumed,
    warn_tier_assumed,
    turnover_unknown,
    warn_edpb_turnover,
    warn_turnover_point_moved,
    warn_start_pct_moved,
    warn_start_moved,
    what_turnover,
    what_seriousness,
    prop_set_to,
    band_point_high,
    band_point_low,
    absorbed_edpb,
    turnover_skipped,
    midpoint_assumed,
    warn_art9_lower_band,
    art9_condition,
    warn_connection_edpb,
    connection_text,
    connection_title,
    warn_no_lower,
    warn_no_higher,
    band_applied_title,
    band_next_lower_text,
    band_next_higher_text,
    warn_annex1_iv,
    cat_read_with_default,
    cat_read_with_chosen,
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn every_language_has_every_text_with_the_same_placeholders() {
        const SAME: &[&str] = &["factor_title", "factor_pct"];
        let en = words(Lang::En).fields();
        for lang in [Lang::Nl, Lang::Fr, Lang::De] {
            for ((key, e), (_, o)) in en.iter().zip(words(lang).fields()) {
                assert!(!o.trim().is_empty(), "{lang:?}.{key} is empty");
                assert_eq!(o.matches("{}").count(), e.matches("{}").count(), "{lang:?}.{key}");
                if !SAME.contains(key) {
                    assert_ne!(&o, e, "{lang:?}.{key} is still English");
                }
            }
        }
    }

    #[test]
    fn money_follows_each_language() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(Money(Lang::En, d("1035000")).to_string(), "€1,035,000");
        assert_eq!(Money(Lang::Nl, d("1035000")).to_string(), "€\u{a0}1.035.000");
        assert_eq!(Money(Lang::Fr, d("1035000")).to_string(), "1\u{202f}035\u{202f}000\u{a0}€");
        assert_eq!(Money(Lang::De, d("1234.5")).to_string(), "1.234,50\u{a0}€");
        assert_eq!(Money(Lang::Nl, d("-75000")).to_string(), "€\u{a0}-75.000");
        assert_eq!(Money(Lang::Fr, d("-1234.567")).to_string(), "-1\u{202f}234,57\u{a0}€");
        assert_eq!(Money(Lang::De, d("-0.004")).to_string(), "0\u{a0}€");
    }

    #[test]
    fn citations_use_each_language_version_name() {
        assert_eq!(localize_citation(Lang::Nl, "GDPR Art. 83(5)(a)"), "AVG Art. 83(5)(a)");
        assert_eq!(localize_citation(Lang::De, "EDPB Guidelines 04/2022 v2.1, step 4; GDPR Art. 83(4)(a)"), "EDSA-Leitlinien 04/2022 v2.1, Schritt 4; DSGVO Art. 83(4)(a)");
        assert_eq!(localize_citation(Lang::En, "GDPR Art. 32"), "GDPR Art. 32");
    }
}
