//! The engine's words — step titles, explanations, warnings and errors — in English, Dutch,
//! French and German, and money and citations written the way each language writes them. One
//! value of `Words` per language: a missing text does not compile.

pub mod catalogue;
#[cfg(feature = "bundled-languages")]
mod de;
mod en;
#[cfg(feature = "bundled-languages")]
mod fr;
pub use crate::schema::lang;
pub mod money;
#[cfg(feature = "bundled-languages")]
mod nl;
pub mod phrase;

pub use money::{Money, Pct};

use crate::catalogue;

use crate::text::lang::Lang;

/// The words of `lang`. Without the `bundled-languages` feature (the widget, which reads a
/// language's file when a widget first needs it) only English is compiled in, and a language
/// not installed yet falls back to it.
pub fn words(lang: Lang) -> &'static Words {
    #[cfg(feature = "bundled-languages")]
    match lang {
        Lang::En => &en::WORDS,
        Lang::Nl => &nl::WORDS,
        Lang::Fr => &fr::WORDS,
        Lang::De => &de::WORDS,
    }
    #[cfg(not(feature = "bundled-languages"))]
    match lang {
        Lang::En => &en::WORDS,
        other => INSTALLED.get(other).unwrap_or(&en::WORDS),
    }
}

#[cfg(not(feature = "bundled-languages"))]
static INSTALLED: catalogue::Installed<Words> = catalogue::Installed::new();

/// Whether `lang`'s words are there (always, when they are compiled in).
pub fn has_words(lang: Lang) -> bool {
    #[cfg(feature = "bundled-languages")]
    return {
        let _ = lang;
        true
    };
    #[cfg(not(feature = "bundled-languages"))]
    return lang == Lang::En || INSTALLED.get(lang).is_some();
}

/// Makes `words` the words of `lang` for the rest of the program, unless it has some already.
pub fn install_words(lang: Lang, words: Words) {
    #[cfg(not(feature = "bundled-languages"))]
    if lang != Lang::En {
        INSTALLED.set(lang, words);
    }
    #[cfg(feature = "bundled-languages")]
    let _ = (lang, words);
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

/// The official title of an article Art. 83(4)–(6) names, in `lang`'s version of the GDPR.
pub fn article_title(number: u16, lang: Lang) -> Option<&'static str> {
    let key = match number {
        5 => Key::article_5,
        6 => Key::article_6,
        7 => Key::article_7,
        8 => Key::article_8,
        9 => Key::article_9,
        10 => Key::article_10,
        11 => Key::article_11,
        12 => Key::article_12,
        13 => Key::article_13,
        14 => Key::article_14,
        15 => Key::article_15,
        16 => Key::article_16,
        17 => Key::article_17,
        18 => Key::article_18,
        19 => Key::article_19,
        20 => Key::article_20,
        21 => Key::article_21,
        22 => Key::article_22,
        24 => Key::article_24,
        25 => Key::article_25,
        26 => Key::article_26,
        27 => Key::article_27,
        28 => Key::article_28,
        29 => Key::article_29,
        30 => Key::article_30,
        31 => Key::article_31,
        32 => Key::article_32,
        33 => Key::article_33,
        34 => Key::article_34,
        35 => Key::article_35,
        36 => Key::article_36,
        37 => Key::article_37,
        38 => Key::article_38,
        39 => Key::article_39,
        41 => Key::article_41,
        42 => Key::article_42,
        43 => Key::article_43,
        44 => Key::article_44,
        45 => Key::article_45,
        46 => Key::article_46,
        47 => Key::article_47,
        48 => Key::article_48,
        49 => Key::article_49,
        58 => Key::article_58,
        85 => Key::article_85,
        86 => Key::article_86,
        87 => Key::article_87,
        88 => Key::article_88,
        89 => Key::article_89,
        90 => Key::article_90,
        91 => Key::article_91,
        _ => return None,
    };
    Some(words(lang).get(key))
}

/// An Art. 83(2) factor's short title and its plain-language explanation, in `lang`.
pub fn factor_title(id: crate::schema::scenario::FactorId, lang: Lang) -> &'static str {
    use crate::schema::scenario::FactorId as F;
    words(lang).get(match id {
        F::A => Key::factor_a_title,
        F::B => Key::factor_b_title,
        F::C => Key::factor_c_title,
        F::D => Key::factor_d_title,
        F::E => Key::factor_e_title,
        F::F => Key::factor_f_title,
        F::G => Key::factor_g_title,
        F::H => Key::factor_h_title,
        F::I => Key::factor_i_title,
        F::J => Key::factor_j_title,
        F::K => Key::factor_k_title,
    })
}

pub fn factor_explanation(id: crate::schema::scenario::FactorId, lang: Lang) -> &'static str {
    use crate::schema::scenario::FactorId as F;
    words(lang).get(match id {
        F::A => Key::factor_a_text,
        F::B => Key::factor_b_text,
        F::C => Key::factor_c_text,
        F::D => Key::factor_d_text,
        F::E => Key::factor_e_text,
        F::F => Key::factor_f_text,
        F::G => Key::factor_g_text,
        F::H => Key::factor_h_text,
        F::I => Key::factor_i_text,
        F::J => Key::factor_j_text,
        F::K => Key::factor_k_text,
    })
}

/// Why a text is not an article reference, in `lang`.
pub fn article_error(e: &crate::schema::error::ArticleError, lang: Lang) -> String {
    use crate::schema::error::ArticleError;
    let w = words(lang);
    match e {
        ArticleError::Empty => w.err_article_empty.to_string(),
        ArticleError::NoNumber(s) => w.err_article_number(s),
        ArticleError::OutOfRange(s) => w.err_article_range(s),
        ArticleError::Brackets(s) => w.err_article_brackets(s),
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

/// The word for a ground of a later adjustment, in the step's title and in the widget's choice.
pub fn ground_key(ground: crate::schema::scenario::AdjustmentGround) -> Key {
    use crate::schema::scenario::AdjustmentGround as G;
    match ground {
        G::AbilityToPay => Key::ground_ability_to_pay,
        G::Proportionality => Key::ground_proportionality,
        G::ReasonableTime => Key::ground_reasonable_time,
        G::Court => Key::ground_court,
        G::AcknowledgedResponsibility => Key::ground_acknowledged,
        G::VoluntaryPayment => Key::ground_voluntary_payment,
        G::Settlement => Key::ground_settlement,
        G::FinancialHardship => Key::ground_financial_hardship,
        G::PublicSector => Key::ground_public_sector,
    }
}

/// The name of a ground of a later adjustment, as its step's title says it.
pub fn ground_name(ground: crate::schema::scenario::AdjustmentGround, lang: Lang) -> &'static str {
    words(lang).get(ground_key(ground))
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

/// An error's message in `lang`: the one place errors are worded.
pub fn error_message(e: &crate::schema::error::ScenarioError, lang: Lang) -> String {
    use crate::schema::error::{Problem, RangeOf};
    let w = words(lang);
    match &e.problem {
        Problem::Reading(why) => read_error(why, e.field.as_str(), lang),
        Problem::Version { found, supported } => w.err_version(found, supported),
        Problem::Article(why) => article_error(why, lang),
        Problem::Negative(amount) => w.err_negative(&money::Number(lang, *amount)),
        Problem::TooLarge { value, limit, currency } => {
            w.err_too_large(&value.normalize(), &money::Cash(lang, *currency, *limit))
        }
        Problem::OutOfRange { value, low, high, range } => {
            let what = match range {
                RangeOf::FactorWeight => w.what_factor_weight,
                RangeOf::Reduction => w.what_reduction,
                RangeOf::SeriousnessPoint => w.what_seriousness,
                RangeOf::TurnoverPoint => w.what_turnover,
            };
            w.err_pct_range(&Pct(lang, *value), &what, &Pct(lang, *low), &Pct(lang, *high))
        }
        Problem::AllAbsorbed { operation } => w.err_all_absorbed(operation),
        Problem::NoParty { party } => w.err_no_party(party),
    }
}

/// The field and the English message, for the CLI, logs and tests.
impl std::fmt::Display for crate::schema::error::ScenarioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, error_message(self, Lang::En))
    }
}

/// A citation in `lang`'s terms: one catalogue text per source, never a replacement of words in
/// a finished string.
pub fn cite(c: &crate::law::tables::Cite, lang: Lang) -> String {
    use crate::law::tables::Cite;
    let w = words(lang);
    match c {
        Cite::Gdpr(article) => w.cite_gdpr(article),
        Cite::EdpbStep1 => w.cite_edpb_step1.into(),
        Cite::EdpbSeriousness => w.cite_edpb_seriousness.into(),
        Cite::EdpbTurnover => w.cite_edpb_turnover.into(),
        Cite::EdpbStep3 => w.cite_edpb_step3.into(),
        Cite::EdpbStep4 => w.cite_edpb_step4.into(),
        Cite::EdpbStep5 => w.cite_edpb_step5.into(),
        Cite::EdpbBinding1of2021 => w.cite_edpb_bd_1_2021.into(),
        Cite::ApAnnex1 => w.cite_ap_annex1.into(),
        Cite::ApAnnex2 => w.cite_ap_annex2.into(),
        Cite::ApArts6And7 => w.cite_ap_arts_6_7.into(),
        Cite::ApArt8_1 => w.cite_ap_art8_1.into(),
        Cite::ApArt8_2 => w.cite_ap_art8_2.into(),
        Cite::ApArts8_3And8_4 => w.cite_ap_arts8_3_8_4.into(),
        Cite::ApArt9 => w.cite_ap_art9.into(),
        Cite::ApArt10 => w.cite_ap_art10.into(),
        Cite::Awb => w.cite_awb.into(),
        Cite::ApConnectionPractice => w.cite_ap_connection.into(),
        Cite::ReasonableTime => w.cite_reasonable_time.into(),
        Cite::Lpacap85 => w.cite_lpacap_85.into(),
        Cite::Court => w.cite_court.into(),
        Cite::Settlement => w.cite_settlement.into(),
        Cite::PlUodo102 => w.cite_pl_102.into(),
        Cite::UkGdpr(article) => w.cite_uk_gdpr(article),
        Cite::Ico(paras) => w.cite_ico(paras),
        Cite::IcoStep(n) => w.cite_ico_step(n),
        Cite::IcoPublicSector => w.cite_ico_public_sector.into(),
        Cite::IcoDraft => w.cite_ico_draft.into(),
        Cite::Source(s) => without_mark(s).into(),
        Cite::Chosen(inner) => w.tier_chosen(&cite(inner, lang)),
        Cite::Assumed(inner) => w.tier_assumed(&cite(inner, lang)),
    }
}

/// A table row's source without its confidence mark ("[decision] FSV, …" → "FSV, …"): the
/// marks are for whoever checks the table, not for the reader of a step.
fn without_mark(source: &str) -> &str {
    match source.strip_prefix('[').and_then(|rest| rest.split_once("] ")) {
        Some((_, text)) => text,
        None => source,
    }
}

/// Several citations, "A; B".
pub fn citation(cites: &[crate::law::tables::Cite], lang: Lang) -> String {
    cites.iter().map(|c| cite(c, lang)).collect::<Vec<_>>().join("; ")
}

catalogue! {
    /// The engine's words: step titles and explanations, warnings, errors.
    pub struct Words, enum Key {
        err_version(found, supported),
        warn_no_infringement,
        warn_public_body,
        warn_national_unused,
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
        max_national(maximum, citation),
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
        seriousness_text(level, low, high, low_amount, high_amount, start, share, maximum),
        weighed(factors),
        aggravating,
        mitigating,
        neutral,
        cite_gdpr(article),
        cite_edpb_step1,
        cite_edpb_seriousness,
        cite_edpb_turnover,
        cite_edpb_step3,
        cite_edpb_step4,
        cite_edpb_step5,
        cite_edpb_bd_1_2021,
        cite_ap_annex1,
        cite_ap_annex2,
        cite_ap_arts_6_7,
        cite_ap_art8_1,
        cite_ap_art8_2,
        cite_ap_arts8_3_8_4,
        cite_ap_art9,
        cite_ap_art10,
        cite_awb,
        cite_ap_connection,
        article_5,
        article_6,
        article_7,
        article_8,
        article_9,
        article_10,
        article_11,
        article_12,
        article_13,
        article_14,
        article_15,
        article_16,
        article_17,
        article_18,
        article_19,
        article_20,
        article_21,
        article_22,
        article_24,
        article_25,
        article_26,
        article_27,
        article_28,
        article_29,
        article_30,
        article_31,
        article_32,
        article_33,
        article_34,
        article_35,
        article_36,
        article_37,
        article_38,
        article_39,
        article_41,
        article_42,
        article_43,
        article_44,
        article_45,
        article_46,
        article_47,
        article_48,
        article_49,
        article_58,
        article_85,
        article_86,
        article_87,
        article_88,
        article_89,
        article_90,
        article_91,
        factor_a_title,
        factor_a_text,
        factor_b_title,
        factor_b_text,
        factor_c_title,
        factor_c_text,
        factor_d_title,
        factor_d_text,
        factor_e_title,
        factor_e_text,
        factor_f_title,
        factor_f_text,
        factor_g_title,
        factor_g_text,
        factor_h_title,
        factor_h_text,
        factor_i_title,
        factor_i_text,
        factor_j_title,
        factor_j_text,
        factor_k_title,
        factor_k_text,
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
        prop_set_to_no(can_bear, fine),
        turnover_band_above(threshold),
        max_band(band, fixed, citation),
        band_up_to(high),
        band_between(low, high),
        band_above(low),
        turnover_band_text(band, low, high, point, adjusted),
        combined_title(letters, effect),
        fine_connection_title,
        fine_connection_text(fine, cut, share, after),
        fine_prop_title,
        adjustment_title(ground),
        adj_reduced_pct(pct, base, cut, after),
        adj_reduced_eur(cut, after),
        adj_set_to(amount, before),
        ground_ability_to_pay,
        ground_proportionality,
        ground_reasonable_time,
        ground_court,
        ground_acknowledged,
        ground_voluntary_payment,
        ground_settlement,
        err_no_party(party),
        op_title_party(party, operation, articles),
        also_text(articles, gravest),
        cite_reasonable_time,
        cite_lpacap_85,
        cite_pl_102,
        cite_court,
        cite_settlement,
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
        max_not_undertaking(measure, fixed, citation),
        measure_budget(amount),
        measure_funding(amount),
        measure_costs(amount),
        measure_assets(amount),
        ico_seriousness_title(level),
        ico_seriousness_text(level, low, high, maximum, chosen, amount),
        ico_turnover_title,
        ico_turnover_text(size, low, high, used, amount),
        ico_turnover_dynamic(size),
        ico_draft_row,
        ico_start_title,
        ico_start_fixed(maximum, seriousness, adjustment, amount),
        ico_start_dynamic(turnover, share, seriousness, amount),
        ico_start_unadjusted(maximum, seriousness, amount),
        ico_after_step3,
        ico_assumption,
        ico_none_title,
        ico_none_text,
        prop_raised(proportionate, fine),
        ground_financial_hardship,
        ground_public_sector,
        warn_ico_turnover,
        warn_band_not_ico,
        warn_measure_ico_only,
        warn_ico_point_moved(set, low, high, used),
        cite_uk_gdpr(article),
        cite_ico(paras),
        cite_ico_step(step),
        cite_ico_public_sector,
        cite_ico_draft,
        turnover_unstated(pct, amount),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn a_text_got_by_its_key_is_the_field_of_that_name() {
        for lang in Lang::ALL {
            let w = words(lang);
            let fields = w.fields();
            assert_eq!(Key::ALL.len(), fields.len());
            for (key, (name, template, names)) in Key::ALL.iter().zip(fields) {
                assert_eq!(format!("{key:?}"), name);
                assert_eq!(w.get(*key), template, "{lang:?} {name}");
                assert_eq!(key.names(), names, "{name}");
            }
        }
    }

    #[test]
    fn every_language_has_every_text_with_the_same_placeholders() {
        // Official titles that are one word in two languages.
        const SAME: &[&str] = &[
            "factor_title",
            "factor_pct",
            "neutral",
            "article_42",
            "ico_start_fixed",
            "ico_start_dynamic",
            "cite_ico",
        ];
        let problems = crate::text::catalogue::translation_problems(|l| words(l).fields(), SAME);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
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
        use crate::law::tables::{gdpr, Cite};
        assert_eq!(citation(&[gdpr("83(5)(a)")], Lang::Nl), "AVG Art. 83(5)(a)");
        assert_eq!(
            citation(&[Cite::EdpbStep4, gdpr("83(4)(a)")], Lang::De),
            "EDSA-Leitlinien 04/2022 v2.1, Schritt 4; DSGVO Art. 83(4)(a)"
        );
        assert_eq!(citation(&[gdpr("32")], Lang::En), "GDPR Art. 32");
    }
}
