//! Inputs that keep exactly what the user typed. A value the engine cannot use is not sent on:
//! the text stays, a message appears next to it, and the last good value keeps the results.

use crate::i18n::{money, texts, use_currency, use_lang, Lang, Texts};
use finesim_engine::money_input::{parse_amount, MoneyError};
use finesim_engine::Currency;
use rust_decimal::Decimal;
use std::str::FromStr;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The text of a field that holds a parsed value: it keeps what the user typed, sends on only
/// values that parse, remembers the message of the last one that did not, and takes a new value
/// from outside (a preset) unless the text already says it.
#[hook]
fn use_parsed_text<T: PartialEq + Clone + 'static, E: 'static>(
    value: T,
    parse: fn(&str) -> Result<T, E>,
    show: impl Fn(&T) -> String + 'static,
    on_change: Callback<T>,
) -> (UseStateHandle<String>, UseStateHandle<Option<E>>, Callback<InputEvent>) {
    let text = use_state(|| show(&value));
    // The text as last typed or set, and how many times the reader has typed, known at once: a
    // state's new value waits for a render, and an effect runs after its render, with the
    // scheduler free to yield in between on a busy CPU. An effect of a render from before the
    // last keystroke must not overwrite it (the value typed comes with a render of its own).
    let latest = use_mut_ref(|| (0u64, (*text).clone()));
    let typo = use_state(|| None::<E>);
    {
        let (text, typo, latest) = (text.clone(), typo.clone(), latest.clone());
        let seen = latest.borrow().0;
        use_effect_with(value, move |value| {
            let stale = latest.borrow().0 != seen;
            if !stale && parse(&latest.borrow().1).ok().as_ref() != Some(value) {
                let shown = show(value);
                latest.borrow_mut().1 = shown.clone();
                text.set(shown);
                typo.set(None);
            }
        });
    }
    let oninput = {
        let (text, typo) = (text.clone(), typo.clone());
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
            let raw = input.value();
            {
                let mut l = latest.borrow_mut();
                *l = (l.0 + 1, raw.clone());
            }
            match parse(&raw) {
                Ok(v) => {
                    typo.set(None);
                    on_change.emit(v);
                }
                Err(message) => typo.set(Some(message)),
            }
            text.set(raw);
        })
    };
    (text, typo, oninput)
}

/// An amount the way the reader's language writes it, which `parse_amount` reads back.
fn show_amount(lang: Lang, cur: Currency, v: &Option<Decimal>) -> String {
    v.map(|v| money(lang, cur, v)).unwrap_or_default()
}

fn show_number(v: &Option<Decimal>) -> String {
    v.map(|d| d.normalize().to_string()).unwrap_or_default()
}

/// Euros, typed the way people write them ("1.135bn", "450m", "1 135 000 000").
#[function_component(MoneyInput)]
pub fn money_input(props: &DecimalInputProps) -> Html {
    let lang = use_lang();
    let cur = use_currency();
    let (text, typo, oninput) = use_parsed_text(
        props.value,
        parse_amount,
        move |v| show_amount(lang, cur, v),
        props.on_change.clone(),
    );
    let t = texts(lang);
    let message =
        typo.as_ref().map(|e| AttrValue::from(money_error(t, *e, &text))).or_else(|| props.error.clone());
    let understood = match (typo.is_none(), parse_amount(&text)) {
        (true, Ok(Some(v))) => Some(t.read_as(&money(lang, cur, v))),
        _ => None,
    };
    let msg_id = format!("{}-msg", props.id);
    html! {
        <div class={classes!("gfs-field", message.is_some().then_some("gfs-invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" inputmode="decimal" autocomplete="off"
                value={(*text).clone()} placeholder={props.placeholder.clone()} {oninput}
                aria-invalid={message.is_some().to_string()} aria-describedby={msg_id.clone()} />
            <span id={msg_id} class={if message.is_some() { "gfs-msg gfs-msg-error" } else { "gfs-msg" }} aria-live="polite">
                { message.map(|m| m.to_string()).or(understood).unwrap_or_default() }
            </span>
        </div>
    }
}

/// The props of both inputs of a decimal: money (`MoneyInput`) and plain numbers (`NumberInput`).
#[derive(Properties, PartialEq)]
pub struct DecimalInputProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: Option<Decimal>,
    pub on_change: Callback<Option<Decimal>>,
    /// The engine's complaint about this field, if any.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Shown after the field: "%", "€".
    #[prop_or_default]
    pub unit: AttrValue,
    #[prop_or_default]
    pub placeholder: AttrValue,
    #[prop_or_default]
    pub compact: bool,
}

/// The words for a text that is not an amount.
pub fn money_error(t: &Texts, e: MoneyError, text: &str) -> String {
    match e {
        MoneyError::Negative => t.money_negative.to_string(),
        MoneyError::Unreadable => t.money_unreadable(&text.trim()),
        MoneyError::Grouping => t.money_grouping(&text.trim()),
        MoneyError::TooLarge => t.money_too_large(&text.trim()),
    }
}

/// Text that is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotANumber;

/// Reads "12.5" or "12,5"; empty means "not set".
pub fn parse_number(raw: &str) -> Result<Option<Decimal>, NotANumber> {
    let t: String =
        raw.trim().replace(',', ".").chars().filter(|c| !c.is_whitespace() && *c != '%').collect();
    if t.is_empty() {
        return Ok(None);
    }
    Decimal::from_str(&t).map(Some).map_err(|_| NotANumber)
}

/// A plain number, e.g. a percentage.
#[function_component(NumberInput)]
pub fn number_input(props: &DecimalInputProps) -> Html {
    let (text, typo, oninput) =
        use_parsed_text(props.value, parse_number, show_number, props.on_change.clone());
    let t = texts(use_lang());
    let message =
        typo.map(|NotANumber| AttrValue::from(t.not_a_number(&text.trim()))).or_else(|| props.error.clone());
    let msg_id = format!("{}-msg", props.id);
    html! {
        <div class={classes!("gfs-field", props.compact.then_some("gfs-compact"), message.is_some().then_some("gfs-invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <span class="gfs-with-unit">
                <input id={props.id.clone()} type="text" inputmode="decimal" autocomplete="off"
                    value={(*text).clone()} placeholder={props.placeholder.clone()} {oninput}
                    aria-invalid={message.is_some().to_string()} aria-describedby={msg_id.clone()} />
                if !props.unit.is_empty() { <span class="gfs-unit" aria-hidden="true">{ props.unit.clone() }</span> }
            </span>
            <span id={msg_id} class="gfs-msg gfs-msg-error" aria-live="polite">{ message.unwrap_or_default() }</span>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_accept_both_decimal_marks_and_a_percent_sign() {
        assert_eq!(parse_number("12,5").unwrap(), Some(Decimal::from_str("12.5").unwrap()));
        assert_eq!(parse_number(" 10 % ").unwrap(), Some(Decimal::TEN));
        assert_eq!(parse_number("").unwrap(), None);
        assert!(parse_number("ten").is_err());
    }
}
