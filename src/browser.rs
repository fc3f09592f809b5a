//! The few things the widget asks of the browser: the share-link fragment, the clipboard,
//! printing, downloading and reading a file. Natively (tests, `cargo test --workspace`) they do
//! nothing, so every component still compiles and its logic can be tested off the browser.

/// Name of the fragment parameter that carries a shared scenario: `#gfs=v1.…`. A name of our
/// own, so that a host page's own fragment use is left alone.
pub const FRAGMENT_KEY: &str = "gfs=";

/// The shared scenario in a fragment like `#gfs=v1.abc` or `#x=1&gfs=v1.abc`, if any.
pub fn shared_part(fragment: &str) -> Option<&str> {
    fragment.trim_start_matches('#').split('&').find_map(|p| p.strip_prefix(FRAGMENT_KEY))
}

/// The detail of the `fine-change` event; amounts are decimal strings in `currency`, the
/// currency of the scenario's method (EUR; GBP for the ICO's).
#[derive(serde::Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(rename = "FineChangeDetail"))]
pub struct FineChange<'a> {
    pub currency: finesim_engine::Currency,
    #[cfg_attr(feature = "typescript", ts(as = "finesim_engine::Amount"))]
    pub final_amount: rust_decimal::Decimal,
    #[cfg_attr(feature = "typescript", ts(as = "finesim_engine::Amount"))]
    pub before_proportionality: rust_decimal::Decimal,
    #[cfg_attr(feature = "typescript", ts(as = "finesim_engine::Amount"))]
    pub legal_maximum: rust_decimal::Decimal,
    /// The exposure for the same facts: every range the method leaves open at its low end …
    #[cfg_attr(feature = "typescript", ts(as = "finesim_engine::Amount"))]
    pub range_low: rust_decimal::Decimal,
    /// … and at its high end; the factors, the maximum and the last steps as set.
    #[cfg_attr(feature = "typescript", ts(as = "finesim_engine::Amount"))]
    pub range_high: rust_decimal::Decimal,
    pub scenario: &'a finesim_engine::Scenario,
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    pub fn location_fragment() -> Option<String> {
        web_sys::window()?.location().hash().ok()
    }

    /// Today's date as YYYY-MM-DD (UTC), from the browser's clock.
    pub fn today() -> String {
        let iso: String = js_sys::Date::new_0().to_iso_string().into();
        iso.chars().take(10).collect()
    }

    /// The `lang` of the page's root element.
    pub fn page_lang() -> Option<String> {
        let lang = web_sys::window()?.document()?.document_element()?.get_attribute("lang")?;
        (!lang.is_empty()).then_some(lang)
    }

    /// The page's address without its fragment.
    pub fn page_address() -> Option<String> {
        let href = web_sys::window()?.location().href().ok()?;
        Some(href.split('#').next().unwrap_or_default().to_string())
    }

    /// Copies `text`; `done` learns whether the browser allowed it.
    pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
        let Some(window) = web_sys::window() else { return done(false) };
        let promise = window.navigator().clipboard().write_text(text);
        wasm_bindgen_futures::spawn_local(async move {
            done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        });
    }

    /// Prints the memo of the widget that `inside` belongs to, and nothing else of the page:
    /// a print stylesheet of the page's own hides every other element while the widget's host
    /// is marked, from the moment the reader asks until the browser has printed.
    pub fn print(inside: Option<web_sys::Element>) {
        let Some(window) = web_sys::window() else { return };
        let host = inside.and_then(|el| widget_host(&el));
        if let (Some(doc), Some(host)) = (window.document(), host.as_ref()) {
            isolate_for_print(&doc);
            let _ = host.set_attribute(PRINTING, "");
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute(PRINTING, "");
            }
            let done = Closure::once_into_js(move || {
                if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                    if let Ok(marked) = doc.query_selector_all(&format!("[{PRINTING}]")) {
                        for i in 0..marked.length() {
                            if let Some(el) =
                                marked.get(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                            {
                                let _ = el.remove_attribute(PRINTING);
                            }
                        }
                    }
                }
            });
            let once = web_sys::AddEventListenerOptions::new();
            once.set_once(true);
            let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
                "afterprint",
                done.unchecked_ref(),
                &once,
            );
        }
        let _ = window.print();
    }

    /// Marks the widget that is being printed, and the page while it is.
    const PRINTING: &str = "data-gfs-printing";

    /// The page's element that holds the widget: the custom element around its shadow root, or
    /// the plain host element.
    fn widget_host(inside: &web_sys::Element) -> Option<web_sys::Element> {
        let root = inside.get_root_node();
        match root.dyn_into::<web_sys::ShadowRoot>() {
            Ok(shadow) => Some(shadow.host()),
            Err(_) => inside.closest("[data-gdpr-fine-simulator], [data-gfs-managed], .gfs").ok().flatten(),
        }
    }

    /// The page's print stylesheet that leaves only the marked widget, added once.
    fn isolate_for_print(doc: &web_sys::Document) {
        const ID: &str = "gfs-print-isolation";
        if doc.get_element_by_id(ID).is_some() {
            return;
        }
        let (Ok(style), Some(head)) = (doc.create_element("style"), doc.head()) else { return };
        style.set_id(ID);
        style.set_text_content(Some(
            "@media print{html[data-gfs-printing] body *{visibility:hidden!important}\
             html[data-gfs-printing] [data-gfs-printing],html[data-gfs-printing] [data-gfs-printing] *\
             {visibility:visible!important}\
             html[data-gfs-printing] [data-gfs-printing]{position:absolute!important;left:0;top:0;width:100%}}",
        ));
        let _ = head.append_child(&style);
    }

    /// Tells the page the fine changed: a `fine-change` event that bubbles out of the shadow
    /// root, with the final amount, the legal maximum and the scenario.
    pub fn announce_fine(
        host: &web_sys::Element,
        a: &finesim_engine::Assessment,
        scenario: &finesim_engine::Scenario,
    ) {
        let detail = crate::browser::FineChange {
            currency: a.currency,
            final_amount: a.final_amount,
            before_proportionality: a.before_proportionality,
            legal_maximum: a.legal_maximum,
            range_low: a.range_low,
            range_high: a.range_high,
            scenario,
        };
        let Ok(detail) = serde_wasm_bindgen::to_value(&detail) else { return };
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("fine-change", &init) {
            let _ = host.dispatch_event(&event);
        }
    }

    /// Scrolls `el` into view (the bar's entry to the case library).
    pub fn bring_into_view(el: &web_sys::Element) {
        el.scroll_into_view();
    }

    /// Tells the page, on the widget's host, that it shows its result (`facts::RENDERED_EVENT`)
    /// or every part (`facts::COMPLETE_EVENT`).
    pub fn announce(host: &web_sys::Element, name: &str) {
        if let Ok(event) = web_sys::Event::new(name) {
            let _ = host.dispatch_event(&event);
        }
    }

    /// Calls `f` in a task of its own after the next frame has been drawn, or after a second
    /// should no frame come (a page in the background draws none).
    pub fn after_next_frame(f: impl FnOnce() + 'static) {
        let Some(window) = web_sys::window() else { return f() };
        let once = std::rc::Rc::new(std::cell::Cell::new(Some(f)));
        let run = move || {
            if let Some(f) = once.take() {
                f()
            }
        };
        let (w, soon) = (window.clone(), run.clone());
        let frame = Closure::once_into_js(move || {
            let _ = w.set_timeout_with_callback(Closure::once_into_js(soon).unchecked_ref());
        });
        let _ = window.request_animation_frame(frame.unchecked_ref());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            Closure::once_into_js(run).unchecked_ref(),
            1000,
        );
    }

    /// Offers `text` as a file download.
    pub fn download(filename: &str, mime: &str, text: &str) -> bool {
        let go = || -> Result<(), JsValue> {
            let parts = js_sys::Array::of1(&JsValue::from_str(text));
            let opts = web_sys::BlobPropertyBag::new();
            opts.set_type(mime);
            let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
            let url = web_sys::Url::create_object_url_with_blob(&blob)?;
            let document = web_sys::window().ok_or(JsValue::NULL)?.document().ok_or(JsValue::NULL)?;
            let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
            a.set_href(&url);
            a.set_download(filename);
            a.click();
            web_sys::Url::revoke_object_url(&url)?;
            Ok(())
        };
        go().is_ok()
    }

    /// Reads the first file chosen in a file input as text; `None` when the browser cannot.
    pub fn read_chosen_file(input: &web_sys::HtmlInputElement, done: impl FnOnce(Option<String>) + 'static) {
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        let promise = file.text();
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(promise).await;
            done(text.ok().and_then(|v| v.as_string()));
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    /// Outside a browser (native tests): the date the legal tables were checked.
    pub fn today() -> String {
        finesim_engine::legal_tables::AS_OF.to_string()
    }

    pub fn location_fragment() -> Option<String> {
        None
    }
    pub fn page_lang() -> Option<String> {
        None
    }
    pub fn page_address() -> Option<String> {
        None
    }
    pub fn copy_text(_text: &str, done: impl FnOnce(bool) + 'static) {
        done(false)
    }
    pub fn print(_inside: Option<web_sys::Element>) {}
    pub fn announce_fine(
        _host: &web_sys::Element,
        _a: &finesim_engine::Assessment,
        _scenario: &finesim_engine::Scenario,
    ) {
    }
    pub fn announce(_host: &web_sys::Element, _name: &str) {}
    pub fn after_next_frame(f: impl FnOnce() + 'static) {
        f()
    }
    pub fn bring_into_view(_el: &web_sys::Element) {}
    pub fn download(_filename: &str, _mime: &str, _text: &str) -> bool {
        false
    }
    pub fn read_chosen_file(
        _input: &web_sys::HtmlInputElement,
        _done: impl FnOnce(Option<String>) + 'static,
    ) {
    }
}

pub use imp::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_our_part_of_the_fragment() {
        assert_eq!(shared_part("#gfs=v1.abc"), Some("v1.abc"));
        assert_eq!(shared_part("#top&gfs=v1.abc"), Some("v1.abc"));
        assert_eq!(shared_part("#section-2"), None);
        assert_eq!(shared_part(""), None);
    }
}
