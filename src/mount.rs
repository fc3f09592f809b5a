//! Finding the host elements of a page and starting one widget in each.

use crate::app::{AppProps, Bridge, BridgeRef};
use crate::options::EmbedOptions;
use crate::{App, HOST_ATTRIBUTE};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Mounts an independent `App` into every element carrying [`HOST_ATTRIBUTE`]. Its
/// `data-preset`, `data-method`, `data-lang`, `data-turnover`, `data-theme` and `data-compact`
/// attributes work as the custom element's attributes do. Returns how many instances were
/// started; a page without a DOM (a worker) or without marked elements starts none.
pub fn mount_all() -> usize {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    // Hosts the embed script has taken in hand (it shows their first view, then mounts them).
    let Ok(list) = document.query_selector_all(&format!("[{HOST_ATTRIBUTE}]:not([data-gfs-managed])")) else {
        return 0;
    };
    let mut started = 0;
    for i in 0..list.length() {
        let Some(host) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let attr = |name: &str| host.get_attribute(&format!("data-{name}"));
        let options = EmbedOptions {
            preset: attr("preset"),
            method: attr("method"),
            lang: attr("lang"),
            turnover: attr("turnover"),
            theme: attr("theme"),
            compact: attr("compact").is_some_and(|v| v != "false"),
            ..EmbedOptions::default()
        };
        let bridge = BridgeRef(Rc::new(Bridge::new(Some(host.clone()))));
        yew::Renderer::<App>::with_root_and_props(
            host,
            AppProps { options: Rc::new(options), bridge: Some(bridge) },
        )
        .render();
        started += 1;
    }
    started
}
