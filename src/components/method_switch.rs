//! Which method the steps follow, with its status: the AP 2019 rules no longer apply to
//! companies, and a student must see that before trusting a number.

use crate::i18n::{texts, use_lang};
use crate::state::Action;
use finesim_engine::legal_tables::{AP2019_IN_FORCE, AP2019_NAME, AS_OF, EDPB_ADOPTED, EDPB_NAME};
use finesim_engine::Method;
use super::use_dispatch;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MethodSwitchProps {
    pub id: AttrValue,
    pub method: Method,
}

#[function_component(MethodSwitch)]
pub fn method_switch(props: &MethodSwitchProps) -> Html {
    let dispatch = use_dispatch();
    let t = texts(use_lang());
    let option = |m: Method, name: &str, status: String| {
        let dispatch = dispatch.clone();
        let onchange = Callback::from(move |_| dispatch.emit(Action::SetMethod(m)));
        let id = format!("{}-{}", props.id, m.id());
        html! {
            <div class="gfs-radio">
                <input type="radio" id={id.clone()} name={props.id.clone()} value={m.id()} checked={props.method == m} {onchange} />
                <label for={id}>
                    <span class="gfs-radio-name">{ name.to_string() }</span>
                    <span class="gfs-radio-status">{ status }</span>
                </label>
            </div>
        }
    };
    html! {
        <fieldset class="gfs-method">
            <legend>{ t.method }</legend>
            { option(Method::Edpb2023, EDPB_NAME, t.edpb_status(&EDPB_ADOPTED, &AS_OF)) }
            { option(Method::Ap2019, AP2019_NAME, format!("{} {}", t.ap_status(&AP2019_IN_FORCE), t.ap_withdrawn)) }
        </fieldset>
    }
}
