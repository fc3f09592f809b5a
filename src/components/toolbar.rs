//! What a trainer or student does with a scenario besides editing it: share it as a link, pin it
//! for comparison, print a memo, export or import it, and play predict-then-reveal.

use super::use_dispatch;
use crate::browser;
use crate::i18n::{texts, use_lang};
use crate::state::{Action, Notice};
use finesim_engine::codec::{export_json, import_json};
use finesim_engine::{assess_in, share, Lang, Scenario};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub id: AttrValue,
    pub scenario: Scenario,
    pub pinned: bool,
    pub workshop: bool,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let link = use_state(|| None::<String>);
    let on_share = {
        let (link, scenario, d) = (link.clone(), props.scenario.clone(), dispatch.clone());
        Callback::from(move |_| {
            let url = format!(
                "{}#{}{}",
                browser::page_address().unwrap_or_default(),
                browser::FRAGMENT_KEY,
                share::encode(&scenario)
            );
            link.set(Some(url.clone()));
            let d = d.clone();
            browser::copy_text(&url, move |ok| {
                d.emit(Action::Notify(if ok { Notice::LinkCopied } else { Notice::CopyFromField }));
            });
        })
    };
    let d = dispatch.clone();
    let pinned = props.pinned;
    let on_pin = Callback::from(move |_| d.emit(if pinned { Action::Unpin } else { Action::Pin }));
    let on_print = Callback::from(|e: MouseEvent| browser::print(e.target_dyn_into::<web_sys::Element>()));
    let on_export = on_export(&props.scenario, lang, &dispatch);
    let on_import = on_import(&dispatch);
    let d = dispatch.clone();
    let on_workshop = Callback::from(move |e: Event| {
        if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
            d.emit(Action::SetWorkshop(i.checked()));
        }
    });
    let rid = |s: &str| format!("{}-{s}", props.id);
    let t = texts(lang);
    html! {
        <div class="gfs-toolbar" role="group" aria-label={t.tools_label}>
            <button type="button" class="gfs-tool" onclick={on_share}>{ t.copy_link }</button>
            <button type="button" class="gfs-tool" aria-pressed={props.pinned.to_string()} onclick={on_pin}>
                { if props.pinned { t.unpin } else { t.pin } }
            </button>
            <button type="button" class="gfs-tool" onclick={on_print}>{ t.print_memo }</button>
            <button type="button" class="gfs-tool" onclick={on_export}>{ t.export_json }</button>
            <label class="gfs-tool gfs-file" for={rid("import")}>{ t.import_json }</label>
            <input id={rid("import")} class="gfs-sr-only" type="file" accept="application/json,.json" onchange={on_import} />
            <span class="gfs-check gfs-workshop-toggle">
                <input id={rid("workshop")} type="checkbox" checked={props.workshop} onchange={on_workshop} />
                <label for={rid("workshop")}>{ t.workshop_toggle }</label>
            </span>
            if let Some(url) = &*link {
                <div class="gfs-field gfs-share">
                    <label for={rid("link")}>{ t.share_link }</label>
                    <input id={rid("link")} type="text" readonly=true value={url.clone()} />
                </div>
            }
        </div>
    }
}

/// The scenario and its assessment downloaded as a JSON file.
fn on_export(scenario: &Scenario, lang: Lang, d: &Callback<Action>) -> Callback<MouseEvent> {
    let (scenario, d) = (scenario.clone(), d.clone());
    Callback::from(move |_| {
        let a = assess_in(&scenario, lang).ok();
        let json = export_json(&scenario, a.as_ref());
        if !browser::download("gdpr-fine-scenario.json", "application/json", &json) {
            d.emit(Action::Notify(Notice::DownloadRefused));
        }
    })
}

/// A scenario read from the file the reader chose.
fn on_import(d: &Callback<Action>) -> Callback<Event> {
    let d = d.clone();
    Callback::from(move |e: Event| {
        let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
        let d = d.clone();
        browser::read_chosen_file(&input, move |text| {
            d.emit(match text {
                Some(t) => Action::Import(Box::new(import_json(&t))),
                None => Action::Notify(Notice::FileUnreadable),
            });
        });
        input.set_value("");
    })
}
