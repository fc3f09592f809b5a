//! The engine's words — step titles, explanations, warnings and errors — in English, Dutch,
//! French and German, and money and citations written the way each language writes them. One
//! value of `Words` per language: a missing text does not compile.

pub mod catalogue;
mod de;
mod en;
mod fr;
pub mod lang;
pub mod money;
mod nl;

pub use money::Money;

use crate::catalogue;

use crate::text::lang::Lang;

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &en::WORDS,
        Lang::Nl => &nl::WORDS,
        Lang::Fr => &fr::WORDS,
        Lang::De => &de::WORDS,
    }
}

pub use catalogue::fill;

/// Why a text could not be read, in `lang`.
pub fn read_error(why: &crate::schema::error::ReadError, field: &str, lang: Lang) -> String {
    use crate::schema::error::ReadError;
    let w = words(lang);
    match why {
        ReadError::NotJson { line, column } => w.read_not_json(line, column),
        ReadError::UnknownField(f) => w.read_unknown_field(f),
        ReadError::MissingField(f) => w.read_missing_field(f),
        ReadError::BadValue => w.read_bad_value(&field),
        ReadError::LinkTooLong => w.read_link_too_long.to_string(),
        ReadError::LinkVersion(v) => w.read_link_version(v),
        ReadError::NotALink => w.read_not_a_link.to_string(),
        ReadError::LinkDamaged => w.read_link_damaged.to_string(),
    }
}

/// The name of a factor's effect, the same word in the steps and in the widget.
pub fn effect_name(effect: crate::schema::scenario::Effect, lang: Lang) -> &'static str {
    use crate::schema::scenario::Effect;
    let w = words(lang);
    match effect {
        Effect::Aggravating => w.aggravating,
        Effect::Neutral => w.neutral,
        Effect::Mitigating => w.mitigating,
    }
}

/// The name of a seriousness level, the same word in the steps and in the widget.
pub fn level_name(level: crate::schema::scenario::SeriousnessLevel, lang: Lang) -> &'static str {
    use crate::schema::scenario::SeriousnessLevel;
    let w = words(lang);
    match level {
        SeriousnessLevel::Low => w.level_low,
        SeriousnessLevel::Medium => w.level_medium,
        SeriousnessLevel::High => w.level_high,
    }
}

/// An error's message in `lang`: errors of reading are worded here; the engine's others already
/// are, in the language the scenario was assessed in.
pub fn error_message(e: &crate::schema::error::ScenarioError, lang: Lang) -> String {
    match &e.reading {
        Some(why) => read_error(why, &e.field, lang),
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

catalogue! {
    /// The engine's words: step titles and explanations, warnings, errors.
    pub struct Words, enum Key {
        err_version(found, supported),
        warn_no_infringement,
        warn_public_body,
        classification_title(article),
        absorbed_title,
        absorbed_text(operation),
        total_title,
        total_text(count, total),
        tier_chosen(citation),
        err_article_empty,
        err_article_number(text),
        err_article_range(number),
        err_article_brackets(text),
        max_public(maximum, citation),
        max_unknown(fixed, share, citation, threshold),
        max_dynamic(share, turnover, dynamic, fixed, citation),
        max_fixed(share, turnover, dynamic, fixed, citation),
        err_negative(amount),
        err_too_large(value, limit),
        err_pct_range(value, what, low, high),
        what_factor_weight,
        what_reduction,
        what_seriousness_range(level),
        what_turnover_range(turnover),
        level_low,
        level_medium,
        level_high,
        seriousness_title(level),
        seriousness_text(level, low, high, low_eur, high_eur, start, share, maximum),
        weighed(factors),
        aggravating,
        mitigating,
        neutral,
        after_step2,
        edpb_assumption,
        edpb_none_title,
        edpb_none_text,
        turnover_title,
        turnover_public,
        turnover_above(turnover, threshold),
        turnover_text(turnover, low, high, point, adjusted),
        cat_chosen_differs(chosen, annex),
        cat_chosen(article, category),
        cat_annex(article, category),
        category_title(category),
        category_text(source, low, high, basic),
        basic_fine,
        ap_none_title,
        ap_none_text,
        band_own_title,
        band_next_higher_title(category),
        band_next_lower_title(category),
        band_max_title,
        band_within(amount, low, high),
        band_warn(infringement, amount, held),
        band_held(amount, low, high, held),
        recidive_title,
        recidive_text(share, raise),
        err_all_absorbed(operation),
        op_alone(operation, articles),
        op_linked(operation, articles, gravest),
        step1_title,
        step1_text(count, operations),
        plurality,
        one_fine(amount),
        op_capped(amounts, sum, gravest, cap),
        op_within(amounts, sum, gravest, cap),
        op_title(operation, articles),
        reason(reason),
        prop_title,
        prop_none,
        prop_can_bear(can_bear, fine),
        prop_can_bear_no(can_bear, fine),
        prop_reduced(reduction, before, cut, after),
        factor_title(letter, title, effect),
        factor_pct(sign, share, base_name, base, delta),
        not_quantified,
        below_zero,
        warn_step2_factor(infringement, letter),
        legal_max_title,
        capped(amount, maximum),
        within_max(amount, maximum),
        read_link_damaged,
        read_not_a_link,
        read_link_version(version),
        read_link_too_long,
        read_bad_value(field),
        read_missing_field(field),
        read_unknown_field(field),
        read_not_json(line, column),
        warn_category_paragraphs(infringement, article, paragraphs, category),
        cat_assumed(article, category),
        warn_category_assumed(infringement, article, category),
        tier_assumed(citation),
        warn_tier_assumed(infringement, article),
        turnover_unknown,
        warn_edpb_turnover,
        warn_turnover_point_moved(set, turnover, low, high, used),
        warn_start_pct_moved(infringement, set, level, low, high, used),
        warn_start_moved(infringement, set, level, low, high, used),
        what_turnover,
        what_seriousness,
        prop_set_to(proportionate, fine),
        band_point_high(low, high, amount),
        band_point_low(low, high, amount),
        absorbed_edpb,
        turnover_skipped,
        midpoint_assumed,
        warn_art9_lower_band,
        art9_condition,
        warn_connection_edpb,
        connection_text(total, cut, share, after),
        connection_title,
        warn_no_lower(infringement, category),
        warn_no_higher(infringement, category),
        band_applied_title(category),
        band_next_lower_text(category, next, basic, low, high),
        band_next_higher_text(category, next, basic, low, high),
        warn_annex1_iv(infringement, article),
        cat_read_with_default(article, category),
        cat_read_with_chosen(article, category),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn every_language_has_every_text_with_the_same_placeholders() {
        const SAME: &[&str] = &["factor_title", "factor_pct", "neutral"];
        use crate::text::catalogue::placeholders;
        let sorted = |mut v: Vec<&'static str>| {
            v.sort_unstable();
            v
        };
        for lang in Lang::ALL {
            for (key, template, names) in words(lang).fields() {
                assert!(!template.trim().is_empty(), "{lang:?}.{key} is empty");
                // Every declared name is used, and nothing else: a translator may reorder them.
                assert_eq!(sorted(placeholders(template)), sorted(names.to_vec()), "{lang:?}.{key}: {template}");
                assert!(!template.contains("{}"), "{lang:?}.{key}: an unnamed placeholder");
                if lang != Lang::En && !SAME.contains(&key) {
                    assert_ne!(template, words(Lang::En).get_by_name(key), "{lang:?}.{key} is still English");
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
