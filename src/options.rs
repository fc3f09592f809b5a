//! What an embedding page can set, through the custom element's attributes or the options of
//! the JS `mount()`: one struct for both, read from strings or from a JS object in the engine's
//! scenario schema. Values are data only: nothing here is ever interpreted as HTML.

use crate::state::{Action, Notice, WidgetState};
use finesim_engine::money_input::parse_amount;
use finesim_engine::{Method, Scenario};
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(rename = "WidgetOptions", optional_fields))]
#[serde(default, deny_unknown_fields)]
pub struct EmbedOptions {
    /// A case of the library by its id ("cpa-2020", "amazon-fr-2023", …), or "blank".
    pub preset: Option<String>,
    /// The method: kept as written, so that an unknown one gets a message instead of an error.
    #[cfg_attr(feature = "typescript", ts(as = "Option<finesim_engine::Method>"))]
    pub method: Option<String>,
    /// The widget's language; the page's language when not set.
    #[cfg_attr(feature = "typescript", ts(as = "Option<finesim_engine::Lang>"))]
    pub lang: Option<String>,
    /// The undertaking's turnover, written the way people write money ("1.135bn", "450m").
    pub turnover: Option<String>,
    #[cfg_attr(feature = "typescript", ts(type = "'light' | 'dark'", optional))]
    pub theme: Option<String>,
    #[cfg_attr(feature = "typescript", ts(as = "Option<_>"))]
    pub compact: bool,
    /// A whole scenario, in the schema of presets and share links.
    pub scenario: Option<Scenario>,
}

impl EmbedOptions {
    /// The actions that bring a state in line with the options that differ from `before`
    /// (all of them when `before` is `None`), and a message for each value that cannot be used.
    pub fn actions(&self, before: Option<&EmbedOptions>) -> Vec<Action> {
        let mut out = Vec::new();
        let b = before.cloned().unwrap_or_default();
        if self.preset != b.preset || before.is_none() {
            if let Some(p) = self.preset.as_deref().filter(|_| before.is_some() || self.scenario.is_none()) {
                if p == "blank" {
                    out.push(Action::Blank);
                } else if finesim_engine::presets::head(p).is_some() {
                    out.push(Action::LoadPreset(p.to_string()));
                } else {
                    out.push(Action::Notify(Notice::NoSuchCase(p.to_string())));
                }
            }
        }
        if self.scenario != b.scenario || before.is_none() {
            if let Some(s) = &self.scenario {
                out.push(Action::Import(Box::new(Ok(s.clone()))));
                out.push(Action::DismissNotice);
            }
        }
        if self.method != b.method || before.is_none() {
            if let Some(m) = self.method.as_deref() {
                match Method::from_id(m) {
                    Some(m) => out.push(Action::SetMethod(m)),
                    None => out.push(Action::Notify(Notice::NoSuchMethod(m.to_string()))),
                }
            }
        }
        if self.turnover != b.turnover || before.is_none() {
            if let Some(t) = self.turnover.as_deref() {
                match parse_amount(t) {
                    Ok(v) => out.push(Action::SetTurnover(v)),
                    Err(e) => out.push(Action::Notify(Notice::BadTurnover(t.to_string(), e))),
                }
            }
        }
        out
    }

    /// A state that already reflects the options, for the first render.
    pub fn apply_to(&self, mut state: WidgetState) -> WidgetState {
        for a in self.actions(None) {
            state.apply(a);
        }
        state
    }

    pub fn dark(&self) -> bool {
        self.theme.as_deref() == Some("dark")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use finesim_engine::assess;
    use rust_decimal::Decimal;

    fn opts(f: impl FnOnce(&mut EmbedOptions)) -> EmbedOptions {
        let mut o = EmbedOptions::default();
        f(&mut o);
        o
    }

    #[test]
    fn attributes_set_preset_method_and_turnover() {
        let o = opts(|o| {
            o.preset = Some("amazon-fr-2023".into());
            o.turnover = Some("2bn".into());
        });
        let st = o.apply_to(WidgetState::default());
        assert_eq!(st.preset.as_deref(), Some("amazon-fr-2023"));
        assert_eq!(assess(&st.scenario).unwrap().legal_maximum, Decimal::from(80_000_000));
        let st = opts(|o| o.method = Some("ap-2019".into()))
            .apply_to(WidgetState::from_preset("haga-2019").unwrap());
        assert_eq!(st.scenario.method, Method::Ap2019);
    }

    #[test]
    fn bad_values_give_a_message_and_change_nothing_else() {
        let before = WidgetState::default();
        for o in [
            opts(|o| o.preset = Some("<img src=x onerror=alert(1)>".into())),
            opts(|o| o.method = Some("guesswork".into())),
            opts(|o| o.turnover = Some("lots".into())),
        ] {
            let st = o.apply_to(before.clone());
            assert_eq!(st.scenario, before.scenario);
            assert!(st.notice.as_ref().is_some_and(|n| n.is_error()), "{o:?}");
        }
    }

    #[test]
    fn only_changed_options_act_after_mount() {
        let a = opts(|o| {
            o.preset = Some("haga-2019".into());
            o.theme = Some("light".into());
        });
        let b = opts(|o| {
            o.preset = Some("haga-2019".into());
            o.theme = Some("dark".into());
        });
        assert!(b.actions(Some(&a)).is_empty(), "a theme change must not reload the case");
        let c = opts(|o| o.preset = Some("cpa-2020".into()));
        assert_eq!(c.actions(Some(&a)), vec![Action::LoadPreset("cpa-2020".into())]);
    }

    #[test]
    fn a_scenario_option_wins_over_the_default_case() {
        let haga = crate::files::case("haga-2019").unwrap().scenario.clone();
        let st = opts(|o| o.scenario = Some(haga.clone())).apply_to(WidgetState::default());
        assert_eq!(st.scenario, haga);
        assert!(st.notice.is_none());
    }
}
