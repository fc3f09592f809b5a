//! A `<details>` whose content is only built into the DOM once it is opened. Most of a first
//! render's nodes sat in closed panels (eleven factor rows per infringement, the case library):
//! leaving them out until asked for made the widget appear sooner.

use web_sys::HtmlDetailsElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    #[prop_or_default]
    pub class: Classes,
    pub summary: Html,
    /// Opens the panel whenever this turns true (a preset with active factors, an error inside);
    /// the user can still close it.
    #[prop_or_default]
    pub open: bool,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Disclosure)]
pub fn disclosure(props: &DisclosureProps) -> Html {
    let shown = use_state_eq(|| props.open);
    {
        let shown = shown.clone();
        use_effect_with(props.open, move |open| {
            if *open {
                shown.set(true);
            }
        });
    }
    let on_toggle = {
        let shown = shown.clone();
        Callback::from(move |e: Event| {
            if let Some(d) = e.target_dyn_into::<HtmlDetailsElement>() {
                shown.set(d.open());
            }
        })
    };
    html! {
        <details class={props.class.clone()} open={*shown} ontoggle={on_toggle}>
            <summary>{ props.summary.clone() }</summary>
            if *shown { { props.children.clone() } }
        </details>
    }
}
