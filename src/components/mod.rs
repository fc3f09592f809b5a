//! The widget's parts, each a function component that renders a piece of the `Assessment` or
//! turns input into `Action`s.

pub mod band_chart;
pub mod comparable;
pub mod compare_panel;
pub mod disclosure;
pub mod factors;
pub mod influence;
pub mod infringement;
pub mod inputs;
pub mod later;
pub mod library;
pub mod memo;
pub mod method_switch;
pub mod notice;
pub mod presets_bar;
pub mod proportionality;
pub mod results;
pub mod step_trail;
pub mod toolbar;
pub mod undertaking;

use finesim_engine::{FieldPath, Lang, ScenarioError};
use yew::AttrValue;

/// The engine's message for `field` or any field below it, in `lang`, for showing next to that
/// input.
pub fn error_for(error: Option<&ScenarioError>, field: &FieldPath, lang: Lang) -> Option<AttrValue> {
    let e = error.filter(|e| e.field.is_within(field))?;
    Some(AttrValue::from(finesim_engine::text::error_message(e, lang)))
}

use yew::TargetCast as _;

/// The reducer's dispatcher, shared through a context as in yew's `contexts` example, so that no
/// component hands it down by hand.
#[derive(Clone, PartialEq)]
pub struct Dispatch(pub yew::Callback<crate::state::Action>);

#[yew::hook]
pub fn use_dispatch() -> yew::Callback<crate::state::Action> {
    yew::use_context::<Dispatch>().map(|d| d.0).unwrap_or_else(yew::Callback::noop)
}

/// An action from a select's value; `None` sends nothing.
pub fn on_select(
    d: &yew::Callback<crate::state::Action>,
    f: impl Fn(&str) -> Option<crate::state::Action> + 'static,
) -> yew::Callback<yew::Event> {
    let d = d.clone();
    yew::Callback::from(move |e: yew::Event| {
        if let Some(a) = e.target_dyn_into::<web_sys::HtmlSelectElement>().and_then(|s| f(&s.value())) {
            d.emit(a);
        }
    })
}

/// An action from a text input's value, on every keystroke.
pub fn on_text(
    d: &yew::Callback<crate::state::Action>,
    f: impl Fn(String) -> crate::state::Action + 'static,
) -> yew::Callback<yew::InputEvent> {
    let d = d.clone();
    yew::Callback::from(move |e: yew::InputEvent| {
        if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            d.emit(f(i.value()));
        }
    })
}

/// An action from a checkbox.
pub fn on_check(
    d: &yew::Callback<crate::state::Action>,
    f: impl Fn(bool) -> crate::state::Action + 'static,
) -> yew::Callback<yew::Event> {
    let d = d.clone();
    yew::Callback::from(move |e: yew::Event| {
        if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            d.emit(f(i.checked()));
        }
    })
}

/// An action from a parsed value (money and number inputs).
pub fn on_value<T: 'static>(
    d: &yew::Callback<crate::state::Action>,
    f: impl Fn(T) -> crate::state::Action + 'static,
) -> yew::Callback<T> {
    let d = d.clone();
    yew::Callback::from(move |v: T| d.emit(f(v)))
}

/// The same action on every click.
pub fn on_click(
    d: &yew::Callback<crate::state::Action>,
    action: crate::state::Action,
) -> yew::Callback<yew::MouseEvent> {
    let d = d.clone();
    yew::Callback::from(move |_| d.emit(action.clone()))
}
