//! The widget mounted in a real (headless Chromium) DOM by wasm-bindgen-test.
//!
//! Only meaningful in a browser, so the whole file compiles to nothing natively and
//! `cargo test --workspace` skips it; `make test` runs it with `--target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use gfs_widget::app::{App, AppProps};
use gfs_widget::options::EmbedOptions;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh host element per test, so tests do not see each other's widgets.
fn new_host() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// Yew renders from its scheduler, after the current task: yield before looking.
async fn tick() {
    for _ in 0..3 {
        yew::platform::time::sleep(Duration::from_millis(0)).await;
    }
}

fn text_of(host: &Element, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn click_button(host: &Element, label_starts: &str) {
    let buttons = host.query_selector_all("button").unwrap();
    for i in 0..buttons.length() {
        let b: HtmlElement = buttons.item(i).unwrap().dyn_into().unwrap();
        if b.text_content().unwrap_or_default().starts_with(label_starts) {
            b.click();
            return;
        }
    }
    panic!("no button starting with {label_starts}");
}

async fn mount(preset: Option<&str>) -> Element {
    let host = new_host();
    let options = EmbedOptions { preset: preset.map(Into::into), ..EmbedOptions::default() };
    yew::Renderer::<App>::with_root_and_props(
        host.clone(),
        AppProps { options: Rc::new(options), bridge: None },
    )
    .render();
    tick().await;
    host
}

#[wasm_bindgen_test]
async fn clicking_the_cpa_preset_shows_1_035_000_cut_to_15_000() {
    let host = mount(Some("blank")).await;
    click_button(&host, "CP&A B.V.");
    tick().await;
    assert_eq!(text_of(&host, "[data-testid=before]"), "€1,035,000");
    assert_eq!(text_of(&host, "[data-testid=final]"), "€15,000");
    assert!(text_of(&host, ".gfs-trail").contains("Boetebeleidsregels AP 2019, arts. 2.2 and 2.3, annex 2"));
}

#[wasm_bindgen_test]
async fn the_amazon_preset_lands_on_32_million_of_45_4() {
    let host = mount(Some("amazon-fr-2023")).await;
    assert_eq!(text_of(&host, "[data-testid=final]"), "€32,000,000");
    assert_eq!(text_of(&host, "[data-testid=maximum]"), "€45,400,000");
}

#[wasm_bindgen_test]
async fn a_bad_turnover_keeps_the_text_and_says_why() {
    let host = mount(Some("amazon-fr-2023")).await;
    let input: HtmlInputElement =
        host.query_selector("input[id$='-u-turnover']").unwrap().unwrap().dyn_into().unwrap();
    input.set_value("lots of money");
    input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    tick().await;
    assert_eq!(input.value(), "lots of money", "what the user typed stays");
    assert!(text_of(&host, "[id$='-u-turnover-msg']").contains("cannot read"));
    // The last good turnover still drives the result.
    assert_eq!(text_of(&host, "[data-testid=final]"), "€32,000,000");
}

/// The widget writes money with the engine's formatter; it must write what the browser's own
/// `Intl.NumberFormat` writes for the language, separators, spaces and minus sign included.
#[wasm_bindgen_test]
fn money_is_written_as_intl_writes_it() {
    use finesim_engine::text::Money;
    use finesim_engine::Lang;
    use rust_decimal::Decimal;
    use wasm_bindgen::JsValue;
    let amounts =
        ["0", "999", "15000", "1035000", "45400000", "1234.50", "0.05", "-75000", "-1234.56", "1200000000"];
    for lang in [Lang::En, Lang::Nl, Lang::Fr, Lang::De] {
        for a in amounts {
            let amount: Decimal = a.parse().unwrap();
            let digits = if amount.fract().is_zero() { 0 } else { 2 };
            let options = js_sys::Object::new();
            for (k, v) in [
                ("style", JsValue::from("currency")),
                ("currency", "EUR".into()),
                ("minimumFractionDigits", digits.into()),
                ("maximumFractionDigits", digits.into()),
            ] {
                js_sys::Reflect::set(&options, &k.into(), &v).unwrap();
            }
            let intl = js_sys::Intl::NumberFormat::new(&js_sys::Array::of1(&lang.locale().into()), &options);
            let expected =
                intl.format().call1(&JsValue::UNDEFINED, &JsValue::from_str(a)).unwrap().as_string().unwrap();
            assert_eq!(Money(lang, amount).to_string(), expected, "{lang:?} {a}");
        }
    }
}
