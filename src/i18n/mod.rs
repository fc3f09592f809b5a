//! The widget's words in English, Dutch, French and German, with the legal terms of each
//! official language version of the GDPR (GDPR, AVG, RGPD, DSGVO). Every language is one value
//! of `Texts`: a key missing in one language does not compile, so no text falls back to
//! English in silence. Templates name their values (`{amount}`), so that a language may put
//! them in its own order.

#[cfg(feature = "all-languages")]
mod de;
mod en;
#[cfg(feature = "all-languages")]
mod fr;
#[cfg(feature = "all-languages")]
mod nl;

use finesim_engine::Currency;
pub use finesim_engine::Lang;
use rust_decimal::Decimal;
use yew::prelude::*;

/// The texts of `lang`. Without the `all-languages` feature (the release build) only English is
/// compiled in: the others come from their language file (`lang/nl.json`, written at build time
/// by `examples/export_languages.rs`), read when a widget first needs them, and until then a
/// language falls back to English.
pub fn texts(lang: Lang) -> &'static Texts {
    #[cfg(feature = "all-languages")]
    match lang {
        Lang::En => &en::TEXTS,
        Lang::Nl => &nl::TEXTS,
        Lang::Fr => &fr::TEXTS,
        Lang::De => &de::TEXTS,
    }
    #[cfg(not(feature = "all-languages"))]
    match lang {
        Lang::En => &en::TEXTS,
        other => INSTALLED.get(other).unwrap_or(&en::TEXTS),
    }
}

#[cfg(not(feature = "all-languages"))]
static INSTALLED: finesim_engine::text::catalogue::Installed<Texts> =
    finesim_engine::text::catalogue::Installed::new();

/// Whether every word of `lang`, the widget's and the engine's, is there.
pub fn ready(lang: Lang) -> bool {
    #[cfg(feature = "all-languages")]
    return {
        let _ = lang;
        true
    };
    #[cfg(not(feature = "all-languages"))]
    return lang == Lang::En || (INSTALLED.get(lang).is_some() && finesim_engine::text::has_words(lang));
}

/// A language file: the engine's words and the widget's texts, each key to its template.
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageFile {
    pub engine: std::collections::BTreeMap<String, String>,
    pub widget: std::collections::BTreeMap<String, String>,
}

impl LanguageFile {
    /// The file of `lang` as this build has it (the export, with every language compiled in).
    pub fn of(lang: Lang) -> LanguageFile {
        let map = |fields: Vec<(&'static str, &'static str, &'static [&'static str])>| {
            fields.into_iter().map(|(k, t, _)| (k.to_string(), t.to_string())).collect()
        };
        LanguageFile {
            engine: map(finesim_engine::text::words(lang).fields()),
            widget: map(texts(lang).fields()),
        }
    }
}

/// Installs `lang` from its language file's text; the error says what is wrong with it.
pub fn install(lang: Lang, json: &str) -> Result<(), String> {
    let file: LanguageFile = finesim_engine::codec::from_json(json, "language").map_err(|e| e.to_string())?;
    let words = finesim_engine::text::Words::from_pairs(|k| file.engine.get(k).map(String::as_str))?;
    let _texts = Texts::from_pairs(|k| file.widget.get(k).map(String::as_str))?;
    #[cfg(not(feature = "all-languages"))]
    if lang != Lang::En {
        INSTALLED.set(lang, _texts);
    }
    finesim_engine::text::install_words(lang, words);
    Ok(())
}

/// The engine's template filler: the same named placeholders as the engine's own words.
pub use finesim_engine::text::fill;

/// The language of an instance: its own attribute, else the page's, else English.
pub fn choose(own: Option<&str>, page: Option<&str>) -> Lang {
    own.and_then(Lang::from_tag).or_else(|| page.and_then(Lang::from_tag)).unwrap_or_default()
}

/// The current instance's language, from the context the root component provides.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The currency of the instance's scenario (its method's), from the root component's context.
#[hook]
pub fn use_currency() -> Currency {
    use_context::<Currency>().unwrap_or_default()
}

/// An amount as the language writes money in `cur`: €1,035,000 · € 1.035.000 · 1 035 000 € ·
/// 1.035.000 €; £2,310,000 likewise. The engine's formatter, which writes what
/// `Intl.NumberFormat` writes (a browser test holds it to that): creating the browser's
/// formatters cost about 10 ms of the first render, and their bindings bytes of the download.
pub fn money(lang: Lang, cur: Currency, amount: Decimal) -> String {
    finesim_engine::money::Cash(lang, cur, amount).to_string()
}

finesim_engine::catalogue! {
    /// Every word of the widget's own interface. (Step texts, factor and article titles come
    /// from the engine, in the same language.)
    pub struct Texts, enum Key {
        widget_label,
        title,
        cases_label,
        start_from,
        blank,
        blank_title,
        tools_label,
        copy_link,
        link_copied,
        copy_from_field,
        share_link,
        pin,
        unpin,
        print_memo,
        export_json,
        import_json,
        download_refused,
        workshop_toggle,
        dismiss,
        opened_link,
        link_failed(why),
        imported,
        import_failed(why),
        no_such_case(case),
        loading_case(case),
        cases_unavailable(case),
        library_loading,
        no_such_method(method),
        bad_turnover_option(text, why),
        currency_changed(from, to),
        method,
        edpb_status(adopted, as_of),
        ap_status(since),
        undertaking,
        name,
        turnover(currency),
        turnover_placeholder,
        public_body,
        national_maximum,
        national_none,
        national_pl_102(amount),
        turnover_point(low, high),
        turnover_point_ico(low, high),
        middle(point),
        read_as(amount),
        not_a_number(text),
        money_negative,
        money_unreadable(text),
        money_grouping(text),
        money_too_large(text),
        infringements(count),
        add_infringement,
        infringement_n(number),
        infringement_n_art(number, article),
        remove,
        remove_label(what),
        article,
        article_placeholder,
        tier,
        tier_auto(tier),
        pick_tier,
        ap_category,
        category_auto(category),
        pick_category,
        category_n(category),
        band_use,
        band_own,
        band_next_higher,
        band_next_lower,
        band_legal_maximum,
        repeat_offence,
        seriousness(step),
        starting_point(share),
        library_entry(count),
        filter_authority,
        filter_year,
        filter_provision,
        cases_shown(shown, count),
        kind_principles,
        kind_lawfulness,
        kind_rights,
        kind_accountability,
        kind_security,
        kind_assessment,
        kind_transfers,
        kind_other,
        in_english,
        decided_in(foreign, amount, rate, source),
        parties_title,
        party_line(name, fine, maximum),
        comparable_title,
        comparable_hint,
        comparable_alike,
        diff_method(method),
        diff_tier(tier),
        diff_provisions(kinds),
        diff_seriousness(level),
        diff_size(turnover),
        diff_size_unknown,
        diff_public,
        diff_not_public,
        diff_lowered(before, after),
        left_out(number),
        memo_version(version),
        level_option(level, low, high),
        labelled(label, value),
        article_label(article),
        article_step(article, step),
        amount_range(low, high),
        named_amount(name, amount),
        named_range(name, low, high),
        chart_summary(label, figures),
        factor_name(letter, title),
        factor_as_set(letter, effect),
        factor_as_set_why(letter, effect, why),
        then_comma(first, then),
        then_semicolon(first, then),
        two_sentences(first, second),
        name_dated(name, date),
        case_meta(authority, country, decided, method),
        verdict(verdict),
        in_brackets(text),
        exact_pct,
        exact_amount(currency),
        operation,
        operation_n(operation),
        absorbed,
        infringement_fine(fine, maximum, citation),
        infringement_absorbed(maximum, citation),
        factors_summary(aggravating, mitigating),
        factors_hint_edpb,
        factors_hint_ap,
        factor_effect(letter),
        factor_by(letter),
        factor_unit(letter),
        factor_reason(letter),
        factor_change(letter),
        in_step(step),
        prop_legend_edpb,
        prop_legend_ap,
        prop_hint,
        adjustment,
        none,
        can_bear_option,
        reduce_option,
        can_bear(currency),
        set_to(currency),
        reduction,
        reason,
        result,
        simulated_fine,
        before_proportionality,
        before_proportionality_unchanged,
        legal_maximum,
        actual_decisions(case),
        matches,
        simulation_gives(amount),
        sources(sources),
        cannot_calculate,
        live_result(amount),
        live_error(why),
        guess_title,
        guess_hint,
        guess(currency),
        guess_placeholder,
        reveal,
        guess_result(guess, relation, share),
        above,
        below,
        exactly,
        share_of_it(share),
        chart,
        chart_title,
        log_scale,
        max_n(maximum),
        total,
        category_band,
        seriousness_range,
        basic_fine,
        starting_amount,
        after_factors,
        fine,
        final_fine,
        legend_band,
        legend_base,
        steps,
        steps_title(method),
        why,
        range(low, high),
        assumption,
        assumption_note,
        disclaimer_short(as_of),
        compare,
        compare_title,
        step,
        step_by_step,
        library(count),
        all,
        country,
        simulated_exactly,
        simulated_n(amount),
        open_case(case),
        memo_title,
        memo_method(method, as_of),
        memo_disclaimer,
        inputs,
        unnamed,
        public_body_short,
        not_given,
        memo_infringement(number, article, operation),
        memo_absorbed,
        memo_factors(factors),
        no_adjustment,
        memo_can_bear(amount),
        memo_set_to(amount),
        memo_reduced(share),
        memo_result(fine, before, maximum),
        ap_withdrawn,
        band_point,
        band_point_factors,
        band_point_low,
        band_point_high,
        reduce_eur_option,
        reduction_amount(currency),
        later_legend(count),
        later_hint,
        add_later,
        later_n(number),
        later_set_option,
        later_of,
        of_running,
        of_first,
        memo_reduced_eur(amount),
        ground,
        ground_ability,
        ground_proportionality,
        lower_band_considered,
        connection_legend,
        connection_hint,
        connection_pct_option,
        connection_eur_option,
        skip_turnover,
        skip_turnover_reason,
        fidelity_reproduced,
        fidelity_reconstructed,
        tag_reproduced,
        tag_reconstructed,
        with_own_inputs,
        memo_fidelity(case, fidelity),
        file_unreadable,
        exposure_range,
        exposure_text(low, high),
        memo_range(low, high),
        influence_title,
        influence_hint,
        influence_seriousness(article),
        influence_turnover,
        influence_band(article),
        influence_factor(article, letter, factor),
        influence_connection,
        influence_proportionality,
        authority,
        authority_ap,
        authority_other,
        decision_date,
        applies_ap2019,
        applies_edpb,
        applies_ap2016,
        applies_ap2023,
        applies_national,
        method_mismatch,
        ico_status(published, as_of),
        authority_ico,
        applies_ico2024,
        applies_ico_rap2018,
        factors_hint_ico,
        prop_legend_ico,
        size_measure,
        size_measure_none,
        size_measure_budget,
        size_measure_funding,
        size_measure_costs,
        size_measure_assets,
        size_measure_amount(currency),
        ico_step1_point(share),
        prop_hint_ico,
        prop_hint_edpb,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_got_by_its_key_is_the_field_of_that_name() {
        for lang in Lang::ALL {
            let t = texts(lang);
            let fields = t.fields();
            assert_eq!(Key::ALL.len(), fields.len());
            for (key, (name, template, _)) in Key::ALL.iter().zip(fields) {
                assert_eq!(format!("{key:?}"), name);
                assert_eq!(t.get(*key), template, "{lang:?} {name}");
            }
        }
    }

    #[test]
    fn a_language_file_gives_back_every_text_of_its_language() {
        for lang in Lang::ALL {
            let json = serde_json::to_string(&LanguageFile::of(lang)).unwrap();
            let file: LanguageFile = serde_json::from_str(&json).unwrap();
            let words =
                finesim_engine::text::Words::from_pairs(|k| file.engine.get(k).map(String::as_str)).unwrap();
            let read = Texts::from_pairs(|k| file.widget.get(k).map(String::as_str)).unwrap();
            assert_eq!(words.fields(), finesim_engine::text::words(lang).fields(), "{lang:?}: engine words");
            assert_eq!(read.fields(), texts(lang).fields(), "{lang:?}: widget texts");
            assert_eq!(install(lang, &json), Ok(()));
        }
    }

    #[test]
    fn a_language_file_with_a_text_missing_or_a_placeholder_renamed_is_refused() {
        let mut file = LanguageFile::of(Lang::Nl);
        file.widget.remove("title");
        let e = install(Lang::Nl, &serde_json::to_string(&file).unwrap()).unwrap_err();
        assert!(e.contains("title"), "{e}");
        let mut file = LanguageFile::of(Lang::Fr);
        file.engine.insert("capped".into(), "{montant} plafonné".into());
        let e = install(Lang::Fr, &serde_json::to_string(&file).unwrap()).unwrap_err();
        assert!(e.starts_with("capped"), "{e}");
        assert!(install(Lang::De, "{\"engine\": {}").is_err());
    }

    #[test]
    fn fills_templates_by_name() {
        let t = texts(Lang::En);
        assert_eq!(t.range(&"€1", &"€2"), "Range: €1 – €2");
        assert_eq!(fill("no holes", &[("x", &1)]), "no holes");
    }

    /// A translation must exist for every key, use exactly the key's named placeholders, and not be the
    /// English text copied (a few words are the same in several languages: listed here).
    #[test]
    fn every_language_has_every_text() {
        const SAME_IN_SOME_LANGUAGES: &[&str] = &[
            "export_json",
            "level_option",
            "party_line",
            "diff_tier",
            "kind_other",
            "labelled",
            "article_label",
            "article_step",
            "amount_range",
            "named_amount",
            "named_range",
            "chart_summary",
            "factor_name",
            "factor_as_set",
            "factor_as_set_why",
            "then_comma",
            "then_semicolon",
            "two_sentences",
            "name_dated",
            "case_meta",
            "verdict",
            "in_brackets",
            "import_json",
            "title",
            "widget_label",
            "none",
            "total",
            "step",
            "all",
            "reason",
            "name",
        ];
        let problems = finesim_engine::text::catalogue::translation_problems(
            |l| texts(l).fields(),
            SAME_IN_SOME_LANGUAGES,
        );
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn chooses_the_element_language_then_the_page_then_english() {
        assert_eq!(choose(Some("nl"), Some("fr")), Lang::Nl);
        assert_eq!(choose(None, Some("de-AT")), Lang::De);
        assert_eq!(choose(Some("xx"), Some("FR")), Lang::Fr);
        assert_eq!(choose(None, None), Lang::En);
    }
}
