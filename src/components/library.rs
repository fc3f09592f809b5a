//! The case library: every real decision shipped, with what the authority and the courts
//! decided beside what the simulator computes, filterable by method and country.

use super::disclosure::Disclosure;
use super::results::fidelity_tag;
use super::use_dispatch;
use crate::files::cases as presets;
use crate::i18n::{eur, texts, use_lang};
use crate::state::Action;
use finesim_engine::presets::{Preset, INDEX};
use finesim_engine::{assess_in, Country, Lang, Method};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub id: AttrValue,
}

/// The closed library: its cases (each assessed to show the simulation beside the decision)
/// are only built when it is opened.
#[function_component(Library)]
pub fn library(props: &LibraryProps) -> Html {
    let t = texts(use_lang());
    html! {
        <Disclosure class="gfs-library" summary={html! { t.library(&INDEX.len()) }}>
            <LibraryCases id={props.id.clone()} />
        </Disclosure>
    }
}

/// Reads the case library when it is first opened, showing that it is loading until then.
#[function_component(LibraryCases)]
fn library_cases(props: &LibraryProps) -> Html {
    let ready = use_state(crate::files::cases_ready);
    let t = texts(use_lang());
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            if !*ready {
                crate::files::load_cases(move |ok| ready.set(ok));
            }
        });
    }
    if !*ready {
        return html! { <p class="gfs-loading" role="status">{ t.library_loading }</p> };
    }
    html! { <LibraryList id={props.id.clone()} /> }
}

#[function_component(LibraryList)]
fn library_list(props: &LibraryProps) -> Html {
    let dispatch = use_dispatch();
    let method = use_state(|| None::<Method>);
    let country = use_state(|| None::<Country>);
    let on_method = {
        let method = method.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                method.set(Method::from_id(&s.value()));
            }
        })
    };
    let on_country = {
        let country = country.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                let v = s.value();
                country.set(Country::from_code(&v));
            }
        })
    };
    let all = presets();
    let mut countries: Vec<Country> = all.iter().map(|p| p.country).collect();
    countries.sort_unstable();
    countries.dedup();
    let shown: Vec<_> = all
        .iter()
        .filter(|p| method.map_or(true, |m| p.scenario.method == m))
        .filter(|p| country.map_or(true, |c| p.country == c))
        .collect();
    let rid = |s: &str| format!("{}-{s}", props.id);
    let lang = use_lang();
    let t = texts(lang);
    html! {
        <>
            <div class="gfs-library-filters">
                <div class="gfs-field gfs-compact">
                    <label for={rid("method")}>{ t.method }</label>
                    <select id={rid("method")} onchange={on_method}>
                        <option value="" selected={method.is_none()}>{ t.all }</option>
                        <option value="edpb-2023" selected={*method == Some(Method::Edpb2023)}>{ "EDPB Guidelines 04/2022" }</option>
                        <option value="ap-2019" selected={*method == Some(Method::Ap2019)}>{ "AP 2019" }</option>
                    </select>
                </div>
                <div class="gfs-field gfs-compact">
                    <label for={rid("country")}>{ t.country }</label>
                    <select id={rid("country")} onchange={on_country}>
                        <option value="" selected={country.is_none()}>{ t.all }</option>
                        { for countries.iter().map(|c| html! { <option value={c.to_string()} selected={*country == Some(*c)}>{ c.to_string() }</option> }) }
                    </select>
                </div>
            </div>
            <ul class="gfs-cases">
                { for shown.iter().map(|p| case_item(p, lang, &dispatch)) }
            </ul>
        </>
    }
}

/// One case of the library: what was decided, what the simulation gives, its fidelity and sources.
fn case_item(p: &Preset, lang: Lang, dispatch: &Callback<Action>) -> Html {
    let t = texts(lang);
    let a = assess_in(&p.scenario, lang).ok();
    let id = p.id.clone();
    let d = dispatch.clone();
    let open = Callback::from(move |_| d.emit(Action::LoadPreset(id.clone())));
    html! {
        <li class="gfs-case" data-case={p.id.clone()} data-fidelity={p.fidelity.id()}>
            <h4>{ p.title.clone() }</h4>
            <p class="gfs-case-meta">{ t.case_meta(&p.authority, &p.country, &p.decided,
                &match p.scenario.method { Method::Edpb2023 => "EDPB Guidelines 04/2022", Method::Ap2019 => "AP 2019" }) }</p>
            <p>{ p.summary.clone() }</p>
            <p class="gfs-fidelity"><strong>{ fidelity_tag(t, p.fidelity) }</strong>{ " " }{ p.fidelity_note.clone() }</p>
            <ul class="gfs-case-outcomes">
                { for p.outcomes.iter().map(|o| {
                    let sim = a.as_ref().map(|a| o.simulated_beside(a).0);
                    html! { <li data-fidelity={o.fidelity(p).id()}>
                        { t.labelled(&o.label, &eur(lang, o.amount_eur)) }
                        <span class="gfs-verdict">{ match sim {
                            Some(s) if s == o.amount_eur => t.verdict(&t.simulated_exactly),
                            Some(s) => t.verdict(&t.simulated_n(&eur(lang, s))),
                            None => String::new(),
                        } }</span>
                        <span class="gfs-tag">{ t.in_brackets(&fidelity_tag(t, o.fidelity(p))) }</span>
                    </li> }
                }) }
            </ul>
            <p class="gfs-sources">{ t.sources(&p.sources.join("; ")) }</p>
            <button type="button" onclick={open}>{ t.open_case(&p.title.split(" — ").next().unwrap_or(&p.title)) }</button>
        </li>
    }
}
