//! Real cases to start from, and a blank scenario.

use crate::i18n::{texts, use_lang};
use crate::state::Action;
use finesim_engine::presets::head;

use super::use_dispatch;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresetsBarProps {
    pub active: Option<AttrValue>,
}

#[function_component(PresetsBar)]
pub fn presets_bar(props: &PresetsBarProps) -> Html {
    let dispatch = use_dispatch();
    let t = texts(use_lang());
    let button = |id: Option<String>, label: String, title: String| {
        let pressed = props.active.as_deref() == id.as_deref();
        let dispatch = dispatch.clone();
        let onclick = Callback::from(move |_| {
            dispatch.emit(id.clone().map(Action::LoadPreset).unwrap_or(Action::Blank))
        });
        html! {
            <button type="button" class="gfs-preset" aria-pressed={pressed.to_string()} {title} {onclick}>{ label }</button>
        }
    };
    html! {
        <nav class="gfs-presets" aria-label={t.cases_label}>
            <span class="gfs-presets-label">{ t.start_from }</span>
            { for crate::facts::BAR_CASES.iter().filter_map(|id| head(id)).map(|p| {
                let short = p.title.split(" — ").next().unwrap_or(p.title);
                button(Some(p.id.to_string()), format!("{short} {}", p.decided.get(..4).unwrap_or_default()), format!("{} ({}, {})", p.title, p.authority, p.decided))
            }) }
            { button(None, t.blank.into(), t.blank_title.into()) }
            <button type="button" class="gfs-preset gfs-library-entry" onclick={
                let d = dispatch.clone();
                Callback::from(move |_| d.emit(Action::OpenLibrary))
            }>{ t.library_entry(&finesim_engine::presets::INDEX.len()) }</button>
        </nav>
    }
}
