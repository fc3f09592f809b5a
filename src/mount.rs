//! Finding the host elements of a page and starting one widget in each.

use crate::app::AppProps;
use crate::{App, HOST_ATTRIBUTE};
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Mounts an independent `App` into every element carrying [`HOST_ATTRIBUTE`].
///
/// A page without any marked element still shows the widget, in a new element appended to the
/// body: that keeps a bare `<script>` embed working and leaves the page's own content alone.
/// Returns how many instances were started; a page without a DOM (a worker) starts none rather
/// than panicking.
pub fn mount_all() -> usize {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    let mut hosts: Vec<Element> = Vec::new();
    if let Ok(list) = document.query_selector_all(&format!("[{HOST_ATTRIBUTE}]")) {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                hosts.push(el);
            }
        }
    }
    if hosts.is_empty() {
        let Some(body) = document.body() else { return 0 };
        let Ok(host) = document.create_element("div") else { return 0 };
        let _ = host.set_attribute(HOST_ATTRIBUTE, "");
        if body.append_child(&host).is_err() {
            return 0;
        }
        hosts.push(host);
    }
    for host in &hosts {
        // `data-preset="amazon-fr-2023"` (or "blank") picks the starting scenario; an unknown id
        // falls back to the default case rather than failing.
        let preset = host.get_attribute("data-preset").map(yew::AttrValue::from);
        yew::Renderer::<App>::with_root_and_props(host.clone(), AppProps { preset }).render();
    }
    hosts.len()
}
