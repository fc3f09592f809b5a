//! The widget's words in English, Dutch, French and German, with the legal terms of each
//! official language version of the GDPR (GDPR, AVG, RGPD, DSGVO). Every language is one value
//! of `Texts`: a key missing in one language does not compile, so no text falls back to
//! English in silence. Templates take their values in order at each `{}`.

mod de;
mod en;
mod fr;
mod nl;

pub use finesim_engine::Lang;
use rust_decimal::Decimal;
use yew::prelude::*;

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &en::TEXTS,
        Lang::Nl => &nl::TEXTS,
        Lang::Fr => &fr::TEXTS,
        Lang::De => &de::TEXTS,
    }
}

/// The engine's template filler: the same `{}` placeholders as the engine's own words.
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

/// An amount in euros as the language writes money: €1,035,000 · € 1.035.000 · 1 035 000 € ·
/// 1.035.000 €. The engine's formatter, which writes what `Intl.NumberFormat` writes (a browser
/// test holds it to that): creating the browser's formatters cost about 10 ms of the first
/// render, and their bindings bytes of the download.
pub fn eur(lang: Lang, amount: Decimal) -> String {
    finesim_engine::text::Money(lang, amount).to_string()
}

/// Declares `Texts` and `Texts::fields()`, so tests can check every key of every language.
macro_rules! texts {
    ($($name:ident),* $(,)?) => {
        /// Every word of the widget's own interface. (Step texts, factor and article titles
        /// come from the engine, in the same language.)
        pub struct Texts {
            $(pub $name: &'static str,)*
        }

        impl Texts {
            pub fn fields(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name)),*]
            }
        }
    };
}

texts! {
    widget_label,
    title,
    cases_label,
    start_from,
    blank,
    blank_title,
    // toolbar
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
    link_failed,
    imported,
    import_failed,
    no_such_case,
    no_such_method,
    bad_turnover_option,
    // method
    method,
    edpb_status,
    ap_status,
    // undertaking
    undertaking,
    name,
    turnover,
    turnover_placeholder,
    public_body,
    turnover_point,
    middle,
    // inputs
    read_as,
    not_a_number,
    money_negative,
    money_unreadable,
    money_grouping,
    money_too_large,
    // infringements
    infringements,
    add_infringement,
    infringement_n,
    infringement_n_art,
    remove,
    remove_label,
    article,
    article_placeholder,
    tier,
    tier_auto,
    pick_tier,
    ap_category,
    category_auto,
    pick_category,
    category_n,
    band_use,
    band_own,
    band_next_higher,
    band_next_lower,
    band_legal_maximum,
    repeat_offence,
    seriousness,
    level_low,
    level_medium,
    level_high,
    starting_point,
    exact_pct,
    exact_eur,
    operation,
    operation_n,
    absorbed,
    infringement_fine,
    infringement_absorbed,
    // factors
    factors_summary,
    factors_hint_edpb,
    factors_hint_ap,
    factor_effect,
    factor_by,
    factor_unit,
    factor_reason,
    factor_change,
    aggravating,
    neutral,
    mitigating,
    in_step_2,
    // proportionality
    prop_legend_edpb,
    prop_legend_ap,
    prop_hint,
    adjustment,
    none,
    can_bear_option,
    reduce_option,
    can_bear,
    reduction,
    reason,
    // results
    result,
    simulated_fine,
    before_proportionality,
    before_proportionality_unchanged,
    legal_maximum,
    actual_decisions,
    matches,
    simulation_gives,
    sources,
    cannot_calculate,
    field,
    live_result,
    live_error,
    guess_title,
    guess_hint,
    guess,
    guess_placeholder,
    reveal,
    guess_result,
    above,
    below,
    exactly,
    share_of_it,
    // chart
    chart,
    chart_title,
    log_scale,
    max_n,
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
    // step trail
    steps,
    steps_title,
    why,
    range,
    assumption,
    assumption_note,
    disclaimer_short,
    // compare
    compare,
    compare_title,
    step,
    step_by_step,
    moves_most,
    moves_most_hint,
    // library
    library,
    all,
    country,
    simulated_exactly,
    simulated_n,
    open_case,
    // memo
    memo_title,
    memo_method,
    memo_disclaimer,
    inputs,
    unnamed,
    public_body_short,
    not_given,
    memo_infringement,
    memo_absorbed,
    memo_factors,
    no_adjustment,
    memo_can_bear,
    memo_reduced,
    memo_result,
    ap_withdrawn,
    band_point,
    band_point_factors,
    band_point_low,
    band_point_high,
    reduce_eur_option,
    reduction_eur,
    memo_reduced_eur,
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
    memo_fidelity,
    file_unreadable,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_templates_in_order() {
        assert_eq!(fill("{} of {}", &[&"4 %", &"€1"]), "4 % of €1");
        assert_eq!(fill("no holes", &[&1]), "no holes");
        assert_eq!(fill("{} and {}", &[&1]), "1 and ");
    }

    /// A translation must exist for every key, keep the template's `{}` count, and not be the
    /// English text copied (a few words are the same in several languages: listed here).
    #[test]
    fn every_language_has_every_text() {
        const SAME_IN_SOME_LANGUAGES: &[&str] = &["export_json", "import_json", "title", "widget_label", "none", "total", "step", "all", "reason", "neutral", "name"];
        let en = texts(Lang::En).fields();
        for lang in [Lang::Nl, Lang::Fr, Lang::De] {
            let other = texts(lang).fields();
            assert_eq!(other.len(), en.len());
            for ((key, e), (_, o)) in en.iter().zip(&other) {
                assert!(!o.trim().is_empty(), "{lang:?}.{key} is empty");
                assert_eq!(o.matches("{}").count(), e.matches("{}").count(), "{lang:?}.{key}: placeholders differ");
                if !SAME_IN_SOME_LANGUAGES.contains(key) && e.len() > 3 {
                    assert_ne!(o, e, "{lang:?}.{key} is still English");
                }
            }
        }
    }

    #[test]
    fn chooses_the_element_language_then_the_page_then_english() {
        assert_eq!(choose(Some("nl"), Some("fr")), Lang::Nl);
        assert_eq!(choose(None, Some("de-AT")), Lang::De);
        assert_eq!(choose(Some("xx"), Some("FR")), Lang::Fr);
        assert_eq!(choose(None, None), Lang::En);
    }
}
