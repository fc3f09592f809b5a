//! Files the widget reads when they are first needed rather than with the wasm: one case's own
//! file (`cases/<id>.json`, for a widget or a click that opens that case), the case library
//! (`cases.json`, every file of `engine/presets` in one array, for the library and the
//! comparable decisions) and the languages other than English (`lang/nl.json`, …). They come
//! from the folder the widget itself was loaded from, never from anywhere else, and each is
//! requested at most once per page however many instances ask for it: a file read once is kept,
//! as read, for the life of the page.

use finesim_engine::presets::{bundled, library_order, read_cases, Preset};
use std::sync::OnceLock;

/// The case library's file, beside the wasm.
pub const CASES: &str = "cases.json";

/// The case a widget opens with, compiled in so that the first result needs no second file.
pub use crate::facts::DEFAULT_CASE;

/// The default case, read once from the file compiled in (`facts::DEFAULT_CASE`'s, checked by a
/// test).
pub fn default_case() -> Option<&'static Preset> {
    static DEFAULT: OnceLock<Option<Preset>> = OnceLock::new();
    DEFAULT
        .get_or_init(|| read_cases(include_str!("../engine/presets/cpa-2020.json")).ok()?.into_iter().next())
        .as_ref()
}

/// The case library once its file has been read; set once, never changed.
static LIBRARY: OnceLock<Vec<Preset>> = OnceLock::new();

fn keep_library(text: &str) -> Result<(), String> {
    let mut cases = read_cases(text)?;
    cases.sort_by(library_order);
    let _ = LIBRARY.set(cases);
    Ok(())
}

thread_local! {
    /// Cases read from their own file before the library. Each is read once and kept for the
    /// life of the page, as the library is, so it is leaked to hand out `&'static` like the rest.
    static SINGLES: std::cell::RefCell<Vec<&'static Preset>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn keep_case(text: &str) -> Result<(), String> {
    let cases = read_cases(text)?;
    SINGLES.with(|s| s.borrow_mut().extend(cases.into_iter().map(|c| &*Box::leak(Box::new(c)))));
    Ok(())
}

/// A case by its id: the default case, the library once read, a case read from its own file,
/// or a bundled one (the tests).
pub fn case(id: &str) -> Option<&'static Preset> {
    let known = LIBRARY.get().map(Vec::as_slice).unwrap_or_default().iter().chain(bundled());
    default_case()
        .filter(|p| p.id == id)
        .or_else(|| known.into_iter().find(|p| p.id == id))
        .or_else(|| SINGLES.with(|s| s.borrow().iter().copied().find(|p| p.id == id)))
}

/// The file of a case of the library's index, beside the wasm (`scripts/post-build.sh` writes
/// one per case); none for an id the index does not hold.
pub fn case_file(id: &str) -> Option<String> {
    finesim_engine::presets::INDEX.iter().any(|c| c.id == id).then(|| format!("cases/{id}.json"))
}

/// Reads case `id` if it is not there yet: from its own file, a few KB, rather than the whole
/// library; from the library when that file cannot be read or the index does not know the id
/// (the library then says what there is). `done` learns whether the case is there.
pub fn load_case(id: String, done: impl FnOnce(bool) + 'static) {
    if case(&id).is_some() {
        return done(true);
    }
    let Some(name) = case_file(&id) else {
        return case_from_library(id, done);
    };
    imp::load(name, move |text| {
        if let Some(text) = text {
            let _ = keep_case(&text);
        }
        case_from_library(id, done)
    });
}

/// `done` learns whether case `id` is there, once the library has been read if it is not.
fn case_from_library(id: String, done: impl FnOnce(bool) + 'static) {
    match case(&id) {
        Some(_) => done(true),
        None => load_cases(move |_| done(case(&id).is_some())),
    }
}

/// Every case there is to list: the library once read (or the bundled cases), else the
/// default case alone.
pub fn cases() -> Vec<&'static Preset> {
    match LIBRARY.get().map(Vec::as_slice).filter(|l| !l.is_empty()).unwrap_or(bundled()) {
        [] => default_case().into_iter().collect(),
        all => all.iter().collect(),
    }
}

/// Whether every case of the index has been read (the library can be listed in full).
pub fn cases_ready() -> bool {
    cases().len() >= finesim_engine::presets::INDEX.len()
}

/// Reads the case library if it is not read yet; `done` learns whether every case is there.
/// Natively (tests) the cases are bundled and this answers at once.
pub fn load_cases(done: impl FnOnce(bool) + 'static) {
    if cases_ready() {
        return done(true);
    }
    imp::load(CASES.to_string(), move |text| {
        if let Some(text) = text {
            let _ = keep_library(&text);
        }
        done(cases_ready())
    });
}

use crate::i18n::{self, Lang};
use std::cell::Cell;

/// The file of a language other than English (English is compiled in).
pub fn language_file(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "lang/en.json",
        Lang::Nl => "lang/nl.json",
        Lang::Fr => "lang/fr.json",
        Lang::De => "lang/de.json",
    }
}

thread_local! {
    /// Languages whose file could not be read or used: their widgets stay in English.
    static FAILED: Cell<u8> = const { Cell::new(0) };
}

pub fn language_failed(lang: Lang) -> bool {
    FAILED.with(|f| f.get() & (1 << lang as u8) != 0)
}

/// Reads `lang`'s file if it is not there yet; `done` learns whether the language is ready.
pub fn load_language(lang: Lang, done: impl FnOnce(bool) + 'static) {
    if i18n::ready(lang) {
        return done(true);
    }
    imp::load(language_file(lang).to_string(), move |text| {
        let ok = text.is_some_and(|t| i18n::install(lang, &t).is_ok());
        if !ok {
            FAILED.with(|f| f.set(f.get() | (1 << lang as u8)));
        }
        done(ok)
    });
}

/// Installs a file the embed script already has (so that the first render needs no wait):
/// a case's own file, the case library or a language file, by its name.
pub fn provide(name: &str, text: &str) -> Result<(), String> {
    if name == CASES {
        return keep_library(text);
    }
    if name
        .strip_prefix("cases/")
        .and_then(|n| n.strip_suffix(".json"))
        .is_some_and(|id| case_file(id).is_some())
    {
        return keep_case(text);
    }
    let lang = Lang::ALL
        .into_iter()
        .find(|l| language_file(*l) == name)
        .ok_or_else(|| format!("{name}: not a file of the widget"))?;
    i18n::install(lang, text)
}

#[cfg(target_arch = "wasm32")]
pub use imp::set_loader;

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    thread_local! {
        /// One promise per file: a second instance asking while the first request is under way
        /// waits for the same one.
        static LOADS: RefCell<HashMap<String, js_sys::Promise>> = RefCell::new(HashMap::new());
        /// The embed script's loader (`name → Promise<string>`), which may have started the
        /// request before the wasm arrived.
        static LOADER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    }

    pub fn set_loader(loader: js_sys::Function) {
        LOADER.with(|l| *l.borrow_mut() = Some(loader));
    }

    /// The folder of the widget's own files: where its wasm came from (the resource timing entry
    /// of `…_bg.wasm`), else the page's base address.
    fn base() -> Option<String> {
        let window = web_sys::window()?;
        let from_wasm = window.performance().and_then(|p| {
            p.get_entries_by_type("resource").iter().find_map(|e| {
                let name = e.dyn_into::<web_sys::PerformanceEntry>().ok()?.name();
                name.ends_with("_bg.wasm").then_some(name)
            })
        });
        from_wasm.or_else(|| window.document()?.base_uri().ok().flatten())
    }

    async fn fetch(name: String) -> Result<JsValue, JsValue> {
        let url = web_sys::Url::new_with_base(&name, &base().ok_or(JsValue::NULL)?)?.href();
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url)).await?.dyn_into()?;
        if !response.ok() {
            return Err(JsValue::from(response.status()));
        }
        JsFuture::from(response.text()?).await
    }

    fn promise(name: &str) -> js_sys::Promise {
        LOADS.with(|loads| {
            loads
                .borrow_mut()
                .entry(name.to_string())
                .or_insert_with(|| {
                    let given = LOADER
                        .with(|l| l.borrow().clone())
                        .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_str(name)).ok());
                    match given.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
                        Some(p) => p,
                        None => wasm_bindgen_futures::future_to_promise(fetch(name.to_string())),
                    }
                })
                .clone()
        })
    }

    /// `done` gets the file's text, or `None` when it could not be read (a failed request may
    /// be tried again on the next call).
    pub fn load(name: String, done: impl FnOnce(Option<String>) + 'static) {
        let p = promise(&name);
        wasm_bindgen_futures::spawn_local(async move {
            let text = JsFuture::from(p).await.ok().and_then(|v| v.as_string());
            if text.is_none() {
                LOADS.with(|l| l.borrow_mut().remove(&name));
            }
            done(text)
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    /// Off the browser there is nothing to fetch: the engine's bundled cases are all there is.
    pub fn load(_name: String, done: impl FnOnce(Option<String>) + 'static) {
        done(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_of_the_index_has_a_file_of_its_own_and_nothing_else_does() {
        assert_eq!(case_file("haga-2019").as_deref(), Some("cases/haga-2019.json"));
        for not_a_case in ["", "nope-2099", "../cases", "haga-2019.json", "cases/haga-2019"] {
            assert_eq!(case_file(not_a_case), None, "{not_a_case:?}");
        }
    }

    #[test]
    fn a_case_file_the_page_hands_over_is_read_and_any_other_name_refused() {
        let haga = include_str!("../engine/presets/haga-2019.json");
        assert_eq!(provide("cases/haga-2019.json", haga), Ok(()));
        assert!(SINGLES.with(|s| s.borrow().iter().any(|p| p.id == "haga-2019")));
        assert!(provide("cases/../lang/nl.json", haga).is_err());
        assert!(provide("cases/haga-2019.json", "{").is_err());
    }
}
