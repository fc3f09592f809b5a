//! The case library: every real decision shipped, with what the authority and the courts
//! decided beside what the simulator computes, filterable by country, authority, method, year
//! and kind of provision; titles and outcomes in the reader's language, summaries in English.

use super::comparable::{kind_name, method_name};
use super::disclosure::Disclosure;
use super::results::fidelity_tag;
use super::use_dispatch;
use crate::files::cases as presets;
use crate::i18n::{money, texts, use_currency, use_lang};
use crate::state::Action;
use finesim_engine::comparable::ProvisionKind;
use finesim_engine::money::Foreign;
use finesim_engine::presets::{Preset, INDEX};
use finesim_engine::Currency;
use finesim_engine::{assess_in, Country, Lang, Method};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub id: AttrValue,
    /// How many times the bar's entry asked for it: each time it opens and comes into view.
    #[prop_or_default]
    pub asked: u32,
}

/// The closed library: its cases (each assessed to show the simulation beside the decision)
/// are only built when it is opened.
#[function_component(Library)]
pub fn library(props: &LibraryProps) -> Html {
    let t = texts(use_lang());
    let place = use_node_ref();
    {
        let place = place.clone();
        use_effect_with(props.asked, move |asked| {
            if let (true, Some(el)) = (*asked > 0, place.cast::<web_sys::Element>()) {
                crate::browser::bring_into_view(&el);
            }
        });
    }
    html! {
        <div ref={place} class="gfs-library-place">
            <Disclosure class="gfs-library" open={props.asked > 0} summary={html! { t.library(&INDEX.len()) }}>
                <LibraryCases id={props.id.clone()} />
            </Disclosure>
        </div>
    }
}

/// Whether the case library has been read; asks for it on first use.
#[hook]
pub fn use_case_library() -> bool {
    let ready = use_state(crate::files::cases_ready);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            if !*ready {
                crate::files::load_cases(move |ok| ready.set(ok));
            }
        });
    }
    *ready
}

/// Reads the case library when it is first opened, showing that it is loading until then.
#[function_component(LibraryCases)]
fn library_cases(props: &LibraryProps) -> Html {
    let ready = use_case_library();
    let t = texts(use_lang());
    if !ready {
        return html! { <p class="gfs-loading" role="status">{ t.library_loading }</p> };
    }
    html! { <LibraryList id={props.id.clone()} asked={props.asked} /> }
}

/// What the reader filters the library by; `None`: all.
#[derive(Clone, PartialEq, Default)]
struct Filters {
    country: Option<Country>,
    authority: Option<String>,
    method: Option<Method>,
    year: Option<String>,
    kind: Option<ProvisionKind>,
}

impl Filters {
    fn keeps(&self, p: &Preset) -> bool {
        self.country.map_or(true, |c| p.country == c)
            && self.authority.as_deref().map_or(true, |a| p.authority == a)
            && self.method.map_or(true, |m| p.scenario.method == m)
            && self.year.as_deref().map_or(true, |y| p.decided.starts_with(y))
            && self.kind.map_or(true, |k| kinds_of(p).contains(&k))
    }
}

/// The kinds of provision a case's infringements concern.
fn kinds_of(p: &Preset) -> Vec<ProvisionKind> {
    let articles = p.scenario.infringements.iter().flat_map(|i| std::iter::once(&i.article).chain(&i.also));
    let mut kinds: Vec<ProvisionKind> = articles.map(|a| ProvisionKind::of_article(a)).collect();
    kinds.sort();
    kinds.dedup();
    kinds
}

/// The distinct values of one property of the cases, sorted.
fn choices<T: Ord + Clone>(all: &[&'static Preset], f: impl Fn(&Preset) -> Vec<T>) -> Vec<T> {
    let mut v: Vec<T> = all.iter().flat_map(|p| f(p)).collect();
    v.sort();
    v.dedup();
    v
}

#[function_component(LibraryList)]
fn library_list(props: &LibraryProps) -> Html {
    let dispatch = use_dispatch();
    let filters = use_state(Filters::default);
    let lang = use_lang();
    let cur = use_currency();
    let t = texts(lang);
    let all = presets();
    let shown: Vec<&&Preset> = all.iter().filter(|p| filters.keeps(p)).collect();
    let rid = |s: &str| format!("{}-{s}", props.id);
    let set = |f: fn(&mut Filters, &str)| {
        let filters = filters.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                let mut next = (*filters).clone();
                f(&mut next, &s.value());
                filters.set(next);
            }
        })
    };
    let select = |name: &str,
                  label: &'static str,
                  on: Callback<Event>,
                  options: Vec<(String, String, bool)>,
                  none: bool| {
        html! {
            <div class="gfs-field gfs-compact">
                <label for={rid(name)}>{ label }</label>
                <select id={rid(name)} onchange={on}>
                    <option value="" selected={none}>{ t.all }</option>
                    { for options.into_iter().map(|(v, text, on)| html! { <option value={v} selected={on}>{ text }</option> }) }
                </select>
            </div>
        }
    };
    let f = &*filters;
    html! {
        <>
            <div class="gfs-library-filters">
                { select("country", t.country, set(|f, v| f.country = Country::from_code(v)),
                    choices(&all, |p| vec![p.country]).into_iter().map(|c| (c.to_string(), c.to_string(), f.country == Some(c))).collect(), f.country.is_none()) }
                { select("authority", t.filter_authority, set(|f, v| f.authority = (!v.is_empty()).then(|| v.to_string())),
                    choices(&all, |p| vec![p.authority.clone()]).into_iter().map(|a| (a.clone(), a.clone(), f.authority.as_deref() == Some(&a))).collect(), f.authority.is_none()) }
                { select("method", t.method, set(|f, v| f.method = Method::from_id(v)),
                    Method::ALL.into_iter().map(|m| (m.id().to_string(), method_name(m).to_string(), f.method == Some(m))).collect(), f.method.is_none()) }
                { select("year", t.filter_year, set(|f, v| f.year = (!v.is_empty()).then(|| v.to_string())),
                    choices(&all, |p| vec![p.decided.get(..4).unwrap_or_default().to_string()]).into_iter().rev().map(|y| (y.clone(), y.clone(), f.year.as_deref() == Some(&y))).collect(), f.year.is_none()) }
                { select("provision", t.filter_provision, set(|f, v| f.kind = ProvisionKind::from_id(v)),
                    choices(&all, kinds_of).into_iter().map(|k| (k.id().to_string(), kind_name(k, t).to_string(), f.kind == Some(k))).collect(), f.kind.is_none()) }
            </div>
            <p class="gfs-hint" role="status" data-testid="library-count">{ t.cases_shown(&shown.len(), &all.len()) }</p>
            <ul class="gfs-cases">
                { for shown.iter().map(|p| case_item(p, lang, cur, &dispatch)) }
            </ul>
        </>
    }
}

/// One case of the library: what was decided, what the simulation gives, its fidelity and sources.
fn case_item(p: &Preset, lang: Lang, cur: Currency, dispatch: &Callback<Action>) -> Html {
    let t = texts(lang);
    let a = assess_in(&p.scenario, lang).ok();
    let id = p.id.clone();
    let d = dispatch.clone();
    let open = Callback::from(move |_| d.emit(Action::LoadPreset(id.clone())));
    let english = (lang != Lang::En).then_some(t.in_english);
    html! {
        <li class="gfs-case" data-case={p.id.clone()} data-fidelity={p.fidelity.id()} data-country={p.country.to_string()}>
            <h4>{ p.title_in(lang).to_string() }</h4>
            <p class="gfs-case-meta">{ t.case_meta(&p.authority, &p.country, &p.decided, &method_name(p.scenario.method)) }</p>
            <p lang="en">{ p.summary.clone() }{ english.map(|e| format!(" {e}")).unwrap_or_default() }</p>
            <p class="gfs-fidelity"><strong>{ fidelity_tag(t, p.fidelity) }</strong>{ " " }<span lang="en">{ p.fidelity_note.clone() }</span></p>
            <ul class="gfs-case-outcomes">
                { for p.outcomes.iter().map(|o| {
                    let sim = a.as_ref().map(|a| o.simulated_beside(a).0);
                    html! { <li data-fidelity={o.fidelity(p).id()}>
                        { t.labelled(&o.label_in(lang), &money(lang, cur, o.amount)) }
                        if let Some(f) = &o.decided_in {
                            { t.in_brackets(&Foreign(lang, f.amount, &f.currency)) }
                        }
                        <span class="gfs-verdict">{ match sim {
                            Some(s) if s == o.amount => t.verdict(&t.simulated_exactly),
                            Some(s) => t.verdict(&t.simulated_n(&money(lang, cur, s))),
                            None => String::new(),
                        } }</span>
                        <span class="gfs-tag">{ t.in_brackets(&fidelity_tag(t, o.fidelity(p))) }</span>
                    </li> }
                }) }
            </ul>
            <p class="gfs-sources">{ t.sources(&p.sources.join("; ")) }</p>
            <button type="button" onclick={open}>{ t.open_case(&p.title_in(lang).split(" — ").next().unwrap_or_default()) }</button>
        </li>
    }
}
