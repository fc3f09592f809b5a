//! The smallest Yew app that does what the widget's start-up does: mount a function component
//! into the page when the module starts, rendering one figure.

use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    html! {
        <section class="gfs"><span data-testid="final">{ "€0" }</span></section>
    }
}

#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<App>::new().render();
}
