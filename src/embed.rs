//! The JS API behind `mount(element, options)` and the `<gdpr-fine-simulator>` element (see
//! `www/gdpr-fine-simulator.js`): a handle to set and read the scenario, change the options and
//! take the widget down. Options and scenarios cross as plain JS objects in the engine's schema.

use crate::app::{AppProps, Bridge, BridgeRef};
use crate::options::EmbedOptions;
use crate::state::Action;
use crate::App;
use finesim_engine::Scenario;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

/// Reads a JS value into `T`, naming the field that does not fit. The value crosses as JSON text
/// (JSON.stringify) so that it goes through the engine's one JSON reader and its field paths.
fn from_js<T: serde::de::DeserializeOwned>(value: JsValue, what: &str) -> Result<T, JsError> {
    let text = if value.is_undefined() || value.is_null() {
        "{}".to_string()
    } else {
        js_sys::JSON::stringify(&value)
            .ok()
            .and_then(|s| s.as_string())
            .ok_or_else(|| JsError::new(&format!("{what}: not a plain object (JSON.stringify refused it)")))?
    };
    finesim_engine::codec::from_json(&text, what).map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<AppHandle<App>>,
    options: Rc<EmbedOptions>,
    bridge: BridgeRef,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Replaces the scenario (an object in the scenario schema).
    #[wasm_bindgen(js_name = setScenario)]
    pub fn set_scenario(&mut self, scenario: JsValue) -> Result<(), JsError> {
        let scenario: Scenario = from_js(scenario, "scenario")?;
        // What the page set is what it reads back at once, before the widget has re-rendered.
        *self.bridge.0.latest.borrow_mut() = Some(scenario.clone());
        self.bridge.0.send(Action::Import(Box::new(Ok(scenario))));
        self.bridge.0.send(Action::DismissNotice);
        Ok(())
    }

    /// The scenario as the user has it now.
    #[wasm_bindgen(js_name = getScenario)]
    pub fn get_scenario(&self) -> JsValue {
        let latest = self.bridge.0.latest.borrow();
        latest.as_ref().and_then(|s| serde_wasm_bindgen::to_value(s).ok()).unwrap_or(JsValue::NULL)
    }

    /// Changes options (preset, method, lang, turnover, theme, compact); the others stay.
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(&mut self, options: JsValue) -> Result<(), JsError> {
        let mut o: EmbedOptions = from_js(options, "options")?;
        o.scenario = self.options.scenario.clone();
        self.update(o);
        Ok(())
    }

    /// Takes the widget down; the handle does nothing afterwards.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }

    fn update(&mut self, options: EmbedOptions) {
        self.options = Rc::new(options);
        if let Some(app) = self.app.as_mut() {
            app.update(AppProps { options: self.options.clone(), bridge: Some(self.bridge.clone()) });
        }
    }
}

/// Mounts a widget into `root`; `fine-change` events are dispatched on `events` (the custom
/// element itself, outside its shadow root) or else on `root`. `load(name)`, when given, reads
/// one of the widget's on-demand files (a promise of its text): the embed script's, which may
/// have asked for it before the wasm arrived.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    root: Element,
    options: JsValue,
    events: Option<Element>,
    load: Option<js_sys::Function>,
) -> Result<WidgetHandle, JsError> {
    if let Some(load) = load {
        crate::files::set_loader(load);
    }
    let options: Rc<EmbedOptions> = Rc::new(from_js(options, "options")?);
    let bridge = BridgeRef(Rc::new(Bridge::new(Some(events.unwrap_or_else(|| root.clone())))));
    let app = yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps { options: options.clone(), bridge: Some(bridge.clone()) },
    )
    .render();
    Ok(WidgetHandle { app: Some(app), options, bridge })
}

/// Hands the widget one of its on-demand files that the page already has (`cases.json`,
/// `lang/nl.json`, …), so that a widget mounted next renders with it at once.
#[wasm_bindgen(js_name = provideFile)]
pub fn provide_file(name: &str, text: &str) -> Result<(), JsError> {
    crate::files::provide(name, text).map_err(|e| JsError::new(&e))
}
