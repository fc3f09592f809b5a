//! The root component: for now, the Dutch AP 2019 fine categories and their bands.
//!
//! A deliberately small first screen that still runs the true path end to end: the numbers come
//! from the engine's cited table, not from the UI, so a correction there shows up here.

use crate::money::{format_eur, format_eur_range};
use finesim_engine::legal_tables::{
    ApCategoryRow, AP2019_BAND_CITATION, AP2019_CATEGORIES, AP2019_NAME,
};
use yew::prelude::*;

/// The category a `<select>` value names, by index into [`AP2019_CATEGORIES`].
///
/// The value comes from the DOM, which a browser extension or a test may set to anything, so an
/// unknown value yields `None` and the widget keeps its previous choice instead of panicking.
pub fn category_from_value(value: &str) -> Option<usize> {
    value
        .parse::<usize>()
        .ok()
        .filter(|&index| index < AP2019_CATEGORIES.len())
}

#[function_component(App)]
pub fn app() -> Html {
    let selected = use_state(|| 0usize);

    let onchange = {
        let selected = selected.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|select| select.value());
            if let Some(index) = value.as_deref().and_then(category_from_value) {
                selected.set(index);
            }
        })
    };

    let row: &ApCategoryRow = &AP2019_CATEGORIES[(*selected).min(AP2019_CATEGORIES.len() - 1)];

    html! {
        <section class="gfs" aria-label="GDPR fine simulator">
            <h2 class="gfs-title">{ format!("{AP2019_NAME}: fine categories") }</h2>
            <label class="gfs-field">
                <span>{ "Fine category" }</span>
                <select {onchange}>
                    { for AP2019_CATEGORIES.iter().enumerate().map(|(index, category)| html! {
                        <option value={index.to_string()} selected={index == *selected}>
                            { format!("Category {}", category.numeral) }
                        </option>
                    }) }
                </select>
            </label>
            <dl class="gfs-result" aria-live="polite">
                <dt>{ "Band" }</dt>
                <dd class="gfs-band">{ format_eur_range(row.band_low_eur, row.band_high_eur) }</dd>
                <dt>{ "Basic fine" }</dt>
                <dd class="gfs-basic">{ format_eur(row.basic_fine_eur) }</dd>
            </dl>
            <p class="gfs-source">{ format!("Source: {AP2019_BAND_CITATION}.") }</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn select_values_map_to_categories() {
        assert_eq!(category_from_value("0"), Some(0));
        assert_eq!(category_from_value("3"), Some(3));
    }

    #[test]
    fn unknown_select_values_are_ignored() {
        assert_eq!(category_from_value("4"), None);
        assert_eq!(category_from_value("-1"), None);
        assert_eq!(category_from_value("IV"), None);
        assert_eq!(category_from_value(""), None);
    }
}
