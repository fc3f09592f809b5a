//! One infringement: the article (with a searchable list of titles), its tier, the method's own
//! inputs (`ap.rs`: AP category, band and point; `edpb.rs`: seriousness and starting point), its
//! processing operation for Art. 83(3), its factors, and what it comes to.

mod ap;
mod edpb;

use super::factors::FactorsPanel;
use super::{error_for, on_check, on_click, on_select, on_text, use_dispatch};
use crate::i18n::{money, texts, use_currency, use_lang};
use crate::state::{Action, Edit};
use finesim_engine::articles::{ap_category_of, parse_article, tier_of};
use finesim_engine::text::article_title;
use finesim_engine::Currency;
use finesim_engine::FieldPath;
use finesim_engine::{FactorId, Infringement, InfringementResult, Lang, Method, ScenarioError, Tier};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
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
}

#[function_component(InfringementCard)]
pub fn infringement_card(props: &InfringementCardProps) -> Html {
    let dispatch = use_dispatch();
    let i = props.index;
    let inf = &props.infringement;
    let on_tier = on_select(&dispatch, move |v| Some(Action::Edit(i, Edit::Tier(Tier::from_label(v)))));
    let on_op = on_select(&dispatch, move |v| v.parse().ok().map(|op| Action::Edit(i, Edit::Operation(op))));
    let on_article = on_text(&dispatch, move |v| Action::Edit(i, Edit::Article(v)));
    let on_remove = on_click(&dispatch, Action::RemoveInfringement(i));
    let on_absorbed = on_check(&dispatch, move |b| Action::Edit(i, Edit::Absorbed(b)));

    let parsed = parse_article(&inf.article);
    let auto_tier = parsed.as_ref().ok().and_then(tier_of).map(|(t, _)| t);
    let auto_cat = parsed.as_ref().ok().and_then(ap_category_of);
    let lang = use_lang();
    let cur = use_currency();
    let t = texts(lang);
    let article_error = error_for(props.error.as_ref(), &FieldPath::infringement(i).key("article"), lang);
    let article_note = match (&parsed, &article_error) {
        (_, Some(e)) => e.to_string(),
        (Ok(a), None) => article_title(a.number, lang).map(str::to_string).unwrap_or_default(),
        (Err(e), None) => finesim_engine::text::article_error(e, lang),
    };
    let rid = |s: &str| format!("{}-{s}", props.id);
    let heading = match &parsed {
        Ok(a) => t.infringement_n_art(&(i + 1), &a.canonical()),
        Err(_) => t.infringement_n(&(i + 1)),
    };

    html! {
        <article class={classes!("gfs-inf", inf.absorbed.then_some("gfs-absorbed"))} aria-label={heading.clone()}>
            <header class="gfs-inf-head">
                <h4>{ heading.clone() }</h4>
                <button type="button" id={rid("remove")} class="gfs-remove" onclick={on_remove} aria-label={t.remove_label(&heading)}>{ t.remove }</button>
            </header>
            <div class="gfs-grid">
                <div class={classes!("gfs-field", "gfs-article", article_error.is_some().then_some("gfs-invalid"))}>
                    <label for={rid("article")}>{ t.article }</label>
                    <input id={rid("article")} type="text" list={props.articles_list.clone()} value={inf.article.clone()}
                        oninput={on_article} placeholder={t.article_placeholder} autocomplete="off"
                        aria-invalid={article_error.is_some().to_string()} aria-describedby={rid("article-msg")} />
                    <span id={rid("article-msg")} class={if article_error.is_some() || parsed.is_err() { "gfs-msg gfs-msg-error" } else { "gfs-msg" }}>{ article_note }</span>
                </div>
                { tier_select(rid("tier"), inf.tier, auto_tier, on_tier, t) }
                if props.method == Method::Ap2019 {
                    <ap::ApInputs id={AttrValue::from(rid(""))} index={i} infringement={inf.clone()} auto_category={auto_cat} error={props.error.clone()} />
                } else if !inf.absorbed {
                    <edpb::EdpbInputs id={AttrValue::from(rid(""))} index={i} seriousness={inf.seriousness.clone()}
                        maximum={props.result.as_ref().map(|r| r.legal_maximum)} error={props.error.clone()} method={props.method} />
                }
                <div class="gfs-field">
                    <label for={rid("op")}>{ t.operation }</label>
                    <select id={rid("op")} onchange={on_op}>
                        { for (1..=6u32).map(|op| html! { <option value={op.to_string()} selected={inf.operation == op}>{ t.operation_n(&op) }</option> }) }
                    </select>
                </div>
                <div class="gfs-check">
                    <input id={rid("absorbed")} type="checkbox" checked={inf.absorbed} onchange={on_absorbed} />
                    <label for={rid("absorbed")}>{ t.absorbed }</label>
                </div>
            </div>
            if let Some(e) = error_for(props.error.as_ref(), &FieldPath::infringement(i).key("absorbed"), lang) {
                <p class="gfs-msg gfs-msg-error" role="alert">{ e }</p>
            }
            if !inf.absorbed {
                <FactorsPanel id={AttrValue::from(rid("factors"))} index={i} factors={inf.factors.clone()} method={props.method}
                    deltas={props.deltas.clone()} error={props.error.clone()} />
            }
            if let Some(r) = &props.result {
                <p class="gfs-inf-result">{ result_line(r, lang, cur) }</p>
            }
        </article>
    }
}

/// The tier: the one the article gives, or one the reader picks.
fn tier_select(
    id: String,
    chosen: Option<Tier>,
    auto_tier: Option<Tier>,
    on_tier: Callback<Event>,
    t: &crate::i18n::Texts,
) -> Html {
    html! {
        <div class="gfs-field">
            <label for={id.clone()}>{ t.tier }</label>
            <select id={id} onchange={on_tier}>
                <option value="auto" selected={chosen.is_none()}>
                    { match auto_tier { Some(tier) => t.tier_auto(&tier.label()), None => t.pick_tier.into() } }
                </option>
                { for Tier::ALL.into_iter().map(|tier| html! {
                    <option value={tier.label()} selected={chosen == Some(tier)}>{ t.article_label(&tier.label()) }</option>
                }) }
            </select>
        </div>
    }
}

/// The infringement's own fine (or that it is absorbed) under its maximum.
fn result_line(r: &InfringementResult, lang: Lang, cur: Currency) -> String {
    let t = texts(lang);
    if r.absorbed {
        t.infringement_absorbed(&money(lang, cur, r.legal_maximum), &r.tier_citation)
    } else {
        t.infringement_fine(&money(lang, cur, r.fine), &money(lang, cur, r.legal_maximum), &r.tier_citation)
    }
}
