//! The AP 2019 inputs of one infringement: its category (from the annex, or the user's), the
//! band it moves in (own, next higher or lower under art. 8.1, up to the legal maximum under
//! arts. 8.3–8.4), the point in that band, and repeat offence (art. 8.2).

use crate::components::{error_for, on_check, on_select, use_dispatch};
use crate::i18n::{texts, use_lang};
use crate::state::{Action, Edit};
use finesim_engine::FieldPath;
use finesim_engine::{ApBandPoint, ApBandUse, ApCategory, Infringement, ScenarioError};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ApInputsProps {
    /// Prefix of the element ids of this infringement's card.
    pub id: AttrValue,
    pub index: usize,
    pub infringement: Infringement,
    /// The category the annex gives the article, if we know it.
    pub auto_category: Option<ApCategory>,
    pub error: Option<ScenarioError>,
}

#[function_component(ApInputs)]
pub fn ap_inputs(props: &ApInputsProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let t = texts(lang);
    let i = props.index;
    let inf = &props.infringement;
    let rid = |s: &str| format!("{}{s}", props.id);
    let on_cat =
        on_select(&dispatch, move |v| Some(Action::Edit(i, Edit::ApCategory(ApCategory::from_numeral(v)))));
    let on_band = on_select(&dispatch, move |v| {
        let band = match v {
            "next-higher" => ApBandUse::NextHigher,
            "next-lower" => ApBandUse::NextLower,
            "legal-maximum" => ApBandUse::LegalMaximum,
            _ => ApBandUse::Own,
        };
        Some(Action::Edit(i, Edit::ApBand(band)))
    });
    let on_point = on_select(&dispatch, move |v| {
        let point = match v {
            "low" => Some(ApBandPoint::Low),
            "high" => Some(ApBandPoint::High),
            _ => None,
        };
        Some(Action::Edit(i, Edit::ApBandPoint(point)))
    });
    let on_repeat = on_check(&dispatch, move |b| Action::Edit(i, Edit::RepeatOffence(b)));
    let points = [
        (None, "factors", t.band_point_factors),
        (Some(ApBandPoint::Low), "low", t.band_point_low),
        (Some(ApBandPoint::High), "high", t.band_point_high),
    ];
    let cat_error = error_for(props.error.as_ref(), &FieldPath::infringement(i).key("ap_category"), lang);
    let band_error = error_for(props.error.as_ref(), &FieldPath::infringement(i).key("ap_band"), lang);
    let bands = [
        (ApBandUse::Own, "own", t.band_own),
        (ApBandUse::NextHigher, "next-higher", t.band_next_higher),
        (ApBandUse::NextLower, "next-lower", t.band_next_lower),
        (ApBandUse::LegalMaximum, "legal-maximum", t.band_legal_maximum),
    ];
    html! {
        <>
            <div class={classes!("gfs-field", cat_error.is_some().then_some("gfs-invalid"))}>
                <label for={rid("cat")}>{ t.ap_category }</label>
                <select id={rid("cat")} onchange={on_cat} aria-describedby={rid("cat-msg")}>
                    <option value="auto" selected={inf.ap_category.is_none()}>
                        { match props.auto_category { Some(c) => t.category_auto(&c.numeral()), None => t.pick_category.into() } }
                    </option>
                    { for ApCategory::ALL.into_iter().map(|c| html! {
                        <option value={c.numeral()} selected={inf.ap_category == Some(c)}>{ t.category_n(&c.numeral()) }</option>
                    }) }
                </select>
                <span id={rid("cat-msg")} class="gfs-msg gfs-msg-error">{ cat_error.unwrap_or_default() }</span>
            </div>
            <div class={classes!("gfs-field", band_error.is_some().then_some("gfs-invalid"))}>
                <label for={rid("band")}>{ t.band_use }</label>
                <select id={rid("band")} onchange={on_band}>
                    { for bands.into_iter().map(|(b, v, label)| html! { <option value={v} selected={inf.ap_band == b}>{ label }</option> }) }
                </select>
                <span class="gfs-msg gfs-msg-error">{ band_error.unwrap_or_default() }</span>
            </div>
            <div class="gfs-field">
                <label for={rid("point")}>{ t.band_point }</label>
                <select id={rid("point")} onchange={on_point}>
                    { for points.into_iter().map(|(p, v, label)| html! { <option value={v} selected={inf.ap_band_point == p}>{ label }</option> }) }
                </select>
            </div>
            <div class="gfs-check">
                <input id={rid("repeat")} type="checkbox" checked={inf.repeat_offence} onchange={on_repeat} />
                <label for={rid("repeat")}>{ t.repeat_offence }</label>
            </div>
        </>
    }
}
