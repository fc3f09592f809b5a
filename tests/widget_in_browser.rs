//! The widget mounted in a real (headless Chromium) DOM by wasm-bindgen-test.
//!
//! Only meaningful in a browser, so the whole file compiles to nothing natively and
//! `cargo test --workspace` skips it; `make test` runs it with `--target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use gdpr_fine_simulator::App;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh host element per test, so tests do not see each other's widgets.
fn new_host() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// Yew renders from its scheduler, after the current task: yield once before looking.
async fn tick() {
    yew::platform::time::sleep(Duration::from_millis(0)).await;
}

fn text_of(host: &Element, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn renders_category_i_by_default() {
    let host = new_host();
    yew::Renderer::<App>::with_root(host.clone()).render();
    tick().await;

    assert_eq!(text_of(&host, ".gfs-band"), "€0 – €200,000");
    assert_eq!(text_of(&host, ".gfs-basic"), "€100,000");
}

#[wasm_bindgen_test]
async fn choosing_category_iv_shows_its_band_and_basic_fine() {
    let host = new_host();
    yew::Renderer::<App>::with_root(host.clone()).render();
    tick().await;

    let select: HtmlSelectElement = host.query_selector("select").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(select.length(), 4, "one option per AP 2019 category");
    select.set_value("3");
    let change = web_sys::Event::new("change").unwrap();
    select.dispatch_event(&change).unwrap();
    tick().await;

    assert_eq!(text_of(&host, ".gfs-band"), "€450,000 – €1,000,000");
    assert_eq!(text_of(&host, ".gfs-basic"), "€725,000");
}
