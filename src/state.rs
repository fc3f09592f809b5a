//! The widget's one state and its one reducer: every user input becomes an `Action` that edits
//! the `Scenario`. The `Assessment` is never stored; the app derives it from the scenario on
//! every change, so the two cannot disagree.

use finesim_engine::presets::preset;
use finesim_engine::{
    Adjustment, ApBandUse, ApCategory, Effect, FactorId, FactorSetting, Infringement, Method, ProportionalityAdjustment, Scenario,
    SeriousnessLevel, StartingPoint, Tier,
};
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, PartialEq)]
pub struct WidgetState {
    pub scenario: Scenario,
    /// The preset the scenario started from, for comparing with the actual decision.
    pub preset: Option<String>,
    pub log_scale: bool,
}

impl Default for WidgetState {
    fn default() -> Self {
        WidgetState::from_preset("cpa-2020").unwrap_or_else(|| WidgetState { scenario: blank_scenario(), preset: None, log_scale: true })
    }
}

impl WidgetState {
    pub fn from_preset(id: &str) -> Option<WidgetState> {
        preset(id).map(|p| WidgetState { scenario: p.scenario.clone(), preset: Some(p.id.clone()), log_scale: true })
    }
}

/// A fresh start: the current method, one infringement to edit, nothing else assumed.
pub fn blank_scenario() -> Scenario {
    Scenario { method: Method::Edpb2023, infringements: vec![Infringement::new("5(1)(a)")], ..Scenario::default() }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    LoadPreset(String),
    Blank,
    SetMethod(Method),
    SetName(String),
    SetTurnover(Option<Decimal>),
    SetPublicBody(bool),
    SetTurnoverPoint(Option<Decimal>),
    AddInfringement,
    RemoveInfringement(usize),
    Edit(usize, Edit),
    SetProportionality(Option<ProportionalityAdjustment>),
    SetProportionalityReason(String),
    SetLogScale(bool),
}

/// Edits of one infringement.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Article(String),
    Tier(Option<Tier>),
    ApCategory(Option<ApCategory>),
    Operation(u32),
    Absorbed(bool),
    Seriousness(SeriousnessLevel),
    Start(Option<StartingPoint>),
    FactorEffect(FactorId, Effect),
    FactorAdjust(FactorId, Option<Adjustment>),
    FactorReason(FactorId, String),
    ApBand(ApBandUse),
    RepeatOffence(bool),
}

/// What a factor moves the fine by when the user first makes it count: a visible, editable
/// 10 %, so that flipping a factor shows its effect at once.
pub fn default_adjustment() -> Adjustment {
    Adjustment::Pct(Decimal::TEN)
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

impl WidgetState {
    pub fn apply(&mut self, action: Action) {
        let s = &mut self.scenario;
        match action {
            Action::LoadPreset(id) => {
                if let Some(state) = WidgetState::from_preset(&id) {
                    *self = WidgetState { log_scale: self.log_scale, ..state };
                }
            }
            Action::Blank => {
                *self = WidgetState { scenario: blank_scenario(), preset: None, log_scale: self.log_scale };
            }
            Action::SetMethod(m) => s.method = m,
            Action::SetName(n) => s.undertaking.name = n,
            Action::SetTurnover(t) => s.undertaking.turnover_eur = t,
            Action::SetPublicBody(b) => s.undertaking.public_body = b,
            Action::SetTurnoverPoint(p) => s.edpb.turnover_adjustment_pct = p,
            Action::AddInfringement => {
                let operation = s.infringements.last().map(|i| i.operation).unwrap_or(1);
                let mut inf = Infringement::new("");
                inf.operation = operation;
                s.infringements.push(inf);
            }
            Action::RemoveInfringement(i) => {
                if i < s.infringements.len() {
                    s.infringements.remove(i);
                }
            }
            Action::Edit(i, edit) => {
                if let Some(inf) = s.infringements.get_mut(i) {
                    apply_edit(inf, edit);
                }
            }
            Action::SetProportionality(a) => s.proportionality.adjustment = a,
            Action::SetProportionalityReason(r) => s.proportionality.reason = r,
            Action::SetLogScale(b) => self.log_scale = b,
        }
    }
}

fn apply_edit(inf: &mut Infringement, edit: Edit) {
    match edit {
        Edit::Article(a) => inf.article = a,
        Edit::Tier(t) => inf.tier = t,
        Edit::ApCategory(c) => inf.ap_category = c,
        Edit::Operation(op) => inf.operation = op.max(1),
        Edit::Absorbed(b) => inf.absorbed = b,
        Edit::Seriousness(level) => {
            // A point chosen in the old level's range is meaningless in the new one.
            inf.seriousness.level = level;
            inf.seriousness.start = None;
        }
        Edit::Start(p) => inf.seriousness.start = p,
        Edit::FactorEffect(id, effect) => {
            let setting = inf.factors.entry(id).or_insert_with(FactorSetting::default);
            setting.effect = effect;
            if effect != Effect::Neutral && setting.adjust.is_none() {
                setting.adjust = Some(default_adjustment());
            }
            prune(inf, id);
        }
        Edit::FactorAdjust(id, adjust) => {
            inf.factors.entry(id).or_insert_with(FactorSetting::default).adjust = adjust;
            prune(inf, id);
        }
        Edit::FactorReason(id, reason) => {
            inf.factors.entry(id).or_insert_with(FactorSetting::default).reason = reason;
            prune(inf, id);
        }
        Edit::ApBand(b) => inf.ap_band = b,
        Edit::RepeatOffence(b) => inf.repeat_offence = b,
    }
}

/// A neutral factor without a reason says nothing: drop it so share links stay short.
fn prune(inf: &mut Infringement, id: FactorId) {
    if let Some(s) = inf.factors.get(&id) {
        if s.effect == Effect::Neutral && s.reason.is_empty() {
            inf.factors.remove(&id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use finesim_engine::assess;

    fn run(state: &mut WidgetState, actions: Vec<Action>) {
        for a in actions {
            state.apply(a);
        }
    }

    #[test]
    fn presets_load_and_blank_resets() {
        let mut st = WidgetState::default();
        assert_eq!(st.preset.as_deref(), Some("cpa-2020"));
        run(&mut st, vec![Action::LoadPreset("haga-2019".into())]);
        assert_eq!(assess(&st.scenario).unwrap().final_eur, Decimal::from(460_000));
        run(&mut st, vec![Action::LoadPreset("no-such-case".into())]);
        assert_eq!(st.preset.as_deref(), Some("haga-2019"), "an unknown preset changes nothing");
        run(&mut st, vec![Action::Blank]);
        assert_eq!(st.preset, None);
        assert_eq!(st.scenario.infringements.len(), 1);
    }

    #[test]
    fn flipping_a_factor_moves_the_fine_and_back() {
        let mut st = WidgetState::from_preset("cpa-2020").unwrap();
        let before = assess(&st.scenario).unwrap().before_proportionality_eur;
        run(&mut st, vec![Action::Edit(1, Edit::FactorEffect(FactorId::C, Effect::Mitigating))]);
        // 10 % of the €310,000 basic fine.
        assert_eq!(assess(&st.scenario).unwrap().before_proportionality_eur, before - Decimal::from(31_000));
        run(&mut st, vec![Action::Edit(1, Edit::FactorEffect(FactorId::C, Effect::Neutral))]);
        assert_eq!(assess(&st.scenario).unwrap().before_proportionality_eur, before);
    }

    #[test]
    fn out_of_range_indices_are_ignored() {
        let mut st = WidgetState::default();
        let snapshot = st.clone();
        run(&mut st, vec![Action::RemoveInfringement(99), Action::Edit(42, Edit::Article("6".into()))]);
        assert_eq!(st, snapshot);
    }

    #[test]
    fn changing_the_level_forgets_the_point() {
        let mut st = WidgetState::from_preset("amazon-fr-2023").unwrap();
        run(&mut st, vec![Action::Edit(0, Edit::Seriousness(SeriousnessLevel::Low))]);
        assert!(assess(&st.scenario).is_ok(), "€32m would be outside the low range");
    }
}
