//! One infringement: the article (with a searchable list of titles), its tier, the method's own
//! inputs (AP category and band, or EDPB seriousness), its processing operation for Art. 83(3),
//! its factors, and what it comes to.

use super::error_for;
use super::factors::FactorsPanel;
use super::inputs::{MoneyInput, NumberInput};
use crate::i18n::{eur, fill, texts, use_lang, Texts};
use crate::state::{Action, Edit};
use finesim_engine::articles::{ap_category_of, article_title, parse_article, tier_of};
use finesim_engine::edpb::seriousness_range;
use finesim_engine::money::{format_pct, share_pct};
use finesim_engine::{
    ApBandPoint, ApBandUse, ApCategory, FactorId, Infringement, InfringementResult, Method, ScenarioError, SeriousnessLevel, StartingPoint, Tier,
};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::str::FromStr;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InfringementCardProps {
    pub id: AttrValue,
    pub index: usize,
    pub infringement: Infringement,
    pub method: Method,
    pub result: Option<InfringementResult>,
    /// What each weighed factor changed, for its live effect in euros.
    pub deltas: BTreeMap<FactorId, Decimal>,
    /// Datalist of article numbers and titles shared by all cards of the widget.
    pub articles_list: AttrValue,
    pub error: Option<ScenarioError>,
    pub dispatch: Callback<Action>,
}

fn select_value(e: &Event) -> Option<String> {
    e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value())
}

#[function_component(InfringementCard)]
pub fn infringement_card(props: &InfringementCardProps) -> Html {
    let i = props.index;
    let inf = &props.infringement;
    let edit = |f: fn(String) -> Option<Edit>| {
        let d = props.dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(edit) = select_value(&e).and_then(f) {
                d.emit(Action::Edit(i, edit));
            }
        })
    };
    let d = props.dispatch.clone();
    let on_article = Callback::from(move |e: InputEvent| {
        if let Some(inp) = e.target_dyn_into::<HtmlInputElement>() {
            d.emit(Action::Edit(i, Edit::Article(inp.value())));
        }
    });
    let d = props.dispatch.clone();
    let on_remove = Callback::from(move |_| d.emit(Action::RemoveInfringement(i)));
    let d = props.dispatch.clone();
    let on_absorbed = Callback::from(move |e: Event| {
        if let Some(inp) = e.target_dyn_into::<HtmlInputElement>() {
            d.emit(Action::Edit(i, Edit::Absorbed(inp.checked())));
        }
    });
    let d = props.dispatch.clone();
    let on_repeat = Callback::from(move |e: Event| {
        if let Some(inp) = e.target_dyn_into::<HtmlInputElement>() {
            d.emit(Action::Edit(i, Edit::RepeatOffence(inp.checked())));
        }
    });

    let parsed = parse_article(&inf.article);
    let auto_tier = parsed.as_ref().ok().and_then(tier_of).map(|(t, _)| t);
    let auto_cat = parsed.as_ref().ok().and_then(ap_category_of);
    let article_error = error_for(props.error.as_ref(), &format!("infringements[{i}].article"));
    let lang = use_lang();
    let t = texts(lang);
    let article_note = match (&parsed, &article_error) {
        (_, Some(e)) => e.to_string(),
        (Ok(a), None) => article_title(a.number, lang).map(str::to_string).unwrap_or_default(),
        (Err(e), None) => e.message(lang),
    };
    let rid = |s: &str| format!("{}-{s}", props.id);
    let heading = match &parsed {
        Ok(a) => fill(t.infringement_n_art, &[&(i + 1), &a.canonical()]),
        Err(_) => fill(t.infringement_n, &[&(i + 1)]),
    };

    html! {
        <article class={classes!("gfs-inf", inf.absorbed.then_some("gfs-absorbed"))} aria-label={heading.clone()}>
            <header class="gfs-inf-head">
                <h4>{ heading.clone() }</h4>
                <button type="button" class="gfs-remove" onclick={on_remove} aria-label={fill(t.remove_label, &[&heading])}>{ t.remove }</button>
            </header>
            <div class="gfs-grid">
                <div class={classes!("gfs-field", "gfs-article", article_error.is_some().then_some("gfs-invalid"))}>
                    <label for={rid("article")}>{ t.article }</label>
                    <input id={rid("article")} type="text" list={props.articles_list.clone()} value={inf.article.clone()}
                        oninput={on_article} placeholder={t.article_placeholder} autocomplete="off"
                        aria-invalid={article_error.is_some().to_string()} aria-describedby={rid("article-msg")} />
                    <span id={rid("article-msg")} class={if article_error.is_some() || parsed.is_err() { "gfs-msg gfs-msg-error" } else { "gfs-msg" }}>{ article_note }</span>
                </div>
                <div class="gfs-field">
                    <label for={rid("tier")}>{ t.tier }</label>
                    <select id={rid("tier")} onchange={edit(|v| Some(Edit::Tier(Tier::from_label(&v)))) }>
                        <option value="auto" selected={inf.tier.is_none()}>
                            { match auto_tier { Some(tier) => fill(t.tier_auto, &[&tier.label()]), None => t.pick_tier.into() } }
                        </option>
                        { for Tier::ALL.into_iter().map(|t| html! {
                            <option value={t.label()} selected={inf.tier == Some(t)}>{ format!("Art. {}", t.label()) }</option>
                        }) }
                    </select>
                </div>
                if props.method == Method::Ap2019 {
                    { ap_inputs(props, t, auto_cat, &rid, on_repeat) }
                } else if !inf.absorbed {
                    { edpb_inputs(props, t, &rid) }
                }
                <div class="gfs-field">
                    <label for={rid("op")}>{ t.operation }</label>
                    <select id={rid("op")} onchange={edit(|v| v.parse().ok().map(Edit::Operation))}>
                        { for (1..=6u32).map(|op| html! { <option value={op.to_string()} selected={inf.operation == op}>{ fill(t.operation_n, &[&op]) }</option> }) }
                    </select>
                </div>
                <div class="gfs-check">
                    <input id={rid("absorbed")} type="checkbox" checked={inf.absorbed} onchange={on_absorbed} />
                    <label for={rid("absorbed")}>{ t.absorbed }</label>
                </div>
            </div>
            if let Some(e) = error_for(props.error.as_ref(), &format!("infringements[{i}].absorbed")) {
                <p class="gfs-msg gfs-msg-error" role="alert">{ e }</p>
            }
            if !inf.absorbed {
                <FactorsPanel id={AttrValue::from(rid("factors"))} index={i} factors={inf.factors.clone()} method={props.method}
                    deltas={props.deltas.clone()} error={props.error.clone()} dispatch={props.dispatch.clone()} />
            }
            if let Some(r) = &props.result {
                <p class="gfs-inf-result">
                    { if r.absorbed {
                        fill(t.infringement_absorbed, &[&eur(lang, r.legal_maximum_eur), &r.tier_citation])
                    } else {
                        fill(t.infringement_fine, &[&eur(lang, r.fine_eur), &eur(lang, r.legal_maximum_eur), &r.tier_citation])
                    } }
                </p>
            }
        </article>
    }
}

fn ap_inputs(props: &InfringementCardProps, t: &Texts, auto: Option<ApCategory>, rid: &dyn Fn(&str) -> String, on_repeat: Callback<Event>) -> Html {
    let i = props.index;
    let inf = &props.infringement;
    let d = props.dispatch.clone();
    let on_cat = Callback::from(move |e: Event| {
        if let Some(v) = select_value(&e) {
            d.emit(Action::Edit(i, Edit::ApCategory(ApCategory::from_numeral(&v))));
        }
    });
    let d = props.dispatch.clone();
    let on_band = Callback::from(move |e: Event| {
        let band = match select_value(&e).as_deref() {
            Some("next-higher") => ApBandUse::NextHigher,
            Some("next-lower") => ApBandUse::NextLower,
            Some("legal-maximum") => ApBandUse::LegalMaximum,
            _ => ApBandUse::Own,
        };
        d.emit(Action::Edit(i, Edit::ApBand(band)));
    });
    let d = props.dispatch.clone();
    let on_point = Callback::from(move |e: Event| {
        let point = match select_value(&e).as_deref() {
            Some("low") => Some(ApBandPoint::Low),
            Some("high") => Some(ApBandPoint::High),
            _ => None,
        };
        d.emit(Action::Edit(i, Edit::ApBandPoint(point)));
    });
    let points = [(None, "factors", t.band_point_factors), (Some(ApBandPoint::Low), "low", t.band_point_low), (Some(ApBandPoint::High), "high", t.band_point_high)];
    let cat_error = error_for(props.error.as_ref(), &format!("infringements[{i}].ap_category"));
    let band_error = error_for(props.error.as_ref(), &format!("infringements[{i}].ap_band"));
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
                        { match auto { Some(c) => fill(t.category_auto, &[&c.numeral()]), None => t.pick_category.into() } }
                    </option>
                    { for ApCategory::ALL.into_iter().map(|c| html! {
                        <option value={c.numeral()} selected={inf.ap_category == Some(c)}>{ fill(t.category_n, &[&c.numeral()]) }</option>
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

fn edpb_inputs(props: &InfringementCardProps, t: &Texts, rid: &dyn Fn(&str) -> String) -> Html {
    let i = props.index;
    let s = &props.infringement.seriousness;
    let range = seriousness_range(s.level);
    let max = props.result.as_ref().map(|r| r.legal_maximum_eur);
    let share = match s.start {
        None => (range.low + range.high) / Decimal::TWO,
        Some(StartingPoint::PctOfMax(p)) => p,
        Some(StartingPoint::Eur(e)) => max.map(|m| share_pct(e, m)).unwrap_or(range.low),
    };
    let d = props.dispatch.clone();
    let on_level = Callback::from(move |e: Event| {
        let level = match select_value(&e).as_deref() {
            Some("low") => SeriousnessLevel::Low,
            Some("high") => SeriousnessLevel::High,
            _ => SeriousnessLevel::Medium,
        };
        d.emit(Action::Edit(i, Edit::Seriousness(level)));
    });
    let d = props.dispatch.clone();
    let on_slider = Callback::from(move |e: InputEvent| {
        if let Some(inp) = e.target_dyn_into::<HtmlInputElement>() {
            if let Ok(v) = Decimal::from_str(&inp.value()) {
                d.emit(Action::Edit(i, Edit::Start(Some(StartingPoint::PctOfMax(v)))));
            }
        }
    });
    let d = props.dispatch.clone();
    let on_pct = Callback::from(move |v: Option<Decimal>| d.emit(Action::Edit(i, Edit::Start(v.map(StartingPoint::PctOfMax)))));
    let d = props.dispatch.clone();
    let on_eur = Callback::from(move |v: Option<Decimal>| d.emit(Action::Edit(i, Edit::Start(v.map(StartingPoint::Eur)))));
    let field = format!("infringements[{i}].seriousness.start");
    let eur_value = match s.start {
        Some(StartingPoint::Eur(e)) => Some(e),
        _ => None,
    };
    let pct_value = match s.start {
        Some(StartingPoint::PctOfMax(p)) => Some(p),
        _ => None,
    };
    html! {
        <>
            <div class="gfs-field">
                <label for={rid("level")}>{ t.seriousness }</label>
                <select id={rid("level")} onchange={on_level}>
                    { for SeriousnessLevel::ALL.into_iter().map(|l| {
                        let r = seriousness_range(l);
                        html! { <option value={l.id()} selected={s.level == l}>{ format!("{}: {}–{}", level_name(t, l), r.low, format_pct(r.high)) }</option> }
                    }) }
                </select>
            </div>
            <div class="gfs-field gfs-slider">
                <label for={rid("point")}>{ fill(t.starting_point, &[&format_pct(share.round_dp(2))]) }</label>
                <input id={rid("point")} type="range" min={range.low.to_string()} max={range.high.to_string()} step="0.5"
                    value={share.to_string()} oninput={on_slider} />
            </div>
            <NumberInput id={AttrValue::from(rid("pct"))} label={t.exact_pct} unit="%" value={pct_value} on_change={on_pct}
                placeholder={format!("{} – {}", range.low, range.high)} error={error_for(props.error.as_ref(), &format!("{field}.pct_of_max"))} />
            <MoneyInput id={AttrValue::from(rid("eur"))} label={t.exact_eur} value={eur_value} on_change={on_eur}
                placeholder="e.g. 32m" error={error_for(props.error.as_ref(), &format!("{field}.eur"))} />
        </>
    }
}


fn level_name(t: &Texts, l: SeriousnessLevel) -> &'static str {
    match l {
        SeriousnessLevel::Low => t.level_low,
        SeriousnessLevel::Medium => t.level_medium,
        SeriousnessLevel::High => t.level_high,
    }
}
