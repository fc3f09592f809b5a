//! Which method the steps follow, with its status, and which method the authority uses for the
//! decision's date and kind of body: the AP 2019 rules no longer apply to companies, and a
//! student must see that before trusting a number.

use super::{on_select, on_text, use_dispatch};
use crate::i18n::{texts, use_lang};
use crate::state::{Action, DecisionContext};
use finesim_engine::legal_tables::{
    AP2019_IN_FORCE, AP2019_NAME, AS_OF, EDPB_ADOPTED, EDPB_NAME, ICO_NAME, ICO_PUBLISHED,
};
use finesim_engine::methods::{applicable, Applicable, Authority};
use finesim_engine::Method;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MethodSwitchProps {
    pub id: AttrValue,
    pub method: Method,
    pub context: DecisionContext,
    pub public_body: bool,
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
    let ctx = &props.context;
    let date = if ctx.date.is_empty() { crate::browser::today() } else { ctx.date.clone() };
    let applies = applicable(ctx.authority, props.public_body, &date);
    let advice = match applies {
        Applicable::Ap2019 => t.applies_ap2019,
        Applicable::Edpb2023 => t.applies_edpb,
        Applicable::Ap2016 => t.applies_ap2016,
        Applicable::Ap2023PublicBodies => t.applies_ap2023,
        Applicable::NationalPractice => t.applies_national,
        Applicable::Ico2024 => t.applies_ico2024,
        Applicable::IcoRap2018 => t.applies_ico_rap2018,
    };
    let mismatch = applies.method().is_some_and(|m| m != props.method);
    let on_authority = on_select(&dispatch, |v| {
        let a = match v {
            "nl" => Authority::DutchAp,
            "uk" => Authority::Ico,
            _ => Authority::OtherEea,
        };
        Some(Action::SetAuthority(a))
    });
    let on_date = on_text(&dispatch, Action::SetDecisionDate);
    let rid = |s: &str| format!("{}-{s}", props.id);
    html! {
        <fieldset class="gfs-method">
            <legend>{ t.method }</legend>
            { option(Method::Edpb2023, EDPB_NAME, t.edpb_status(&EDPB_ADOPTED, &AS_OF)) }
            { option(Method::Ap2019, AP2019_NAME, t.two_sentences(&t.ap_status(&AP2019_IN_FORCE), &t.ap_withdrawn)) }
            { option(Method::Ico2024, ICO_NAME, t.ico_status(&ICO_PUBLISHED, &AS_OF)) }
            <div class="gfs-grid gfs-context">
                <div class="gfs-field gfs-compact">
                    <label for={rid("authority")}>{ t.authority }</label>
                    <select id={rid("authority")} onchange={on_authority}>
                        <option value="nl" selected={ctx.authority == Authority::DutchAp}>{ t.authority_ap }</option>
                        <option value="other" selected={ctx.authority == Authority::OtherEea}>{ t.authority_other }</option>
                        <option value="uk" selected={ctx.authority == Authority::Ico}>{ t.authority_ico }</option>
                    </select>
                </div>
                <div class="gfs-field gfs-compact">
                    <label for={rid("date")}>{ t.decision_date }</label>
                    <input id={rid("date")} type="date" value={date} oninput={on_date} />
                </div>
            </div>
            <p class={classes!("gfs-hint", "gfs-applies", mismatch.then_some("gfs-mismatch"))} data-testid="applies">
                { advice }
                if mismatch { { " " }<strong>{ t.method_mismatch }</strong> }
            </p>
        </fieldset>
    }
}
