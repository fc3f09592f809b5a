//! The widget's one state and its one reducer: every user input becomes an `Action` that edits
//! the `Scenario`. The `Assessment` is never stored; the app derives it from the scenario on
//! every change, so the two cannot disagree.

use crate::files::case as preset;
use finesim_engine::methods::Authority;
use finesim_engine::presets::head;
use finesim_engine::Currency;
use finesim_engine::{
    Adjustment, AdjustmentBase, AdjustmentGround, ApBandPoint, ApBandUse, ApCategory, Connection, Effect,
    FactorId, Infringement, LaterAdjustment, Method, NationalMaximum, ProportionalityAdjustment,
    ProportionalityGround, Scenario, ScenarioError, SeriousnessLevel, SizeMeasure, SizeMeasureKind,
    StartingPoint, Tier,
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
    /// Scenario A of a comparison; the scenario being edited is B.
    pub pinned: Option<Scenario>,
    pub workshop: Workshop,
    /// Counts the cases opened (a case, a blank one, an import): the inputs are laid out anew for
    /// each, so that no text typed for the one before (an unreadable amount, say) stays behind.
    pub round: u32,
    /// A message about something the user did not type into a field: a shared link or an
    /// imported file that could not be read, or that was.
    pub notice: Option<Notice>,
    /// Whose decision and when, to tell which method the authority uses.
    pub context: DecisionContext,
    /// A case asked for whose file has not arrived yet (the case library is read on demand):
    /// the widget shows that it is loading, and the actions that came after it wait in
    /// `queued`, so that a page's method or turnover applies to the case, not to the one before.
    pub pending: Option<String>,
    pub queued: Vec<Action>,
    /// How many times the reader asked for the case library from the bar: each time it opens
    /// and comes into view.
    pub library_asked: u32,
    /// The seriousness an infringement had before the reader last changed it, with its starting
    /// point: changing the level back brings the point back (`change_level`).
    pub set_aside: Option<(usize, SeriousnessLevel, Option<StartingPoint>)>,
}

/// The authority and the date of the decision being simulated: a case's own, else the Dutch AP
/// today.
#[derive(Debug, Clone, PartialEq)]
pub struct DecisionContext {
    pub authority: Authority,
    /// YYYY-MM-DD; empty: today.
    pub date: String,
}

impl Default for DecisionContext {
    fn default() -> Self {
        DecisionContext { authority: Authority::DutchAp, date: String::new() }
    }
}

impl DecisionContext {
    fn of_case(id: &str) -> DecisionContext {
        preset(id)
            .map(|p| DecisionContext { authority: Authority::of_country(p.country), date: p.decided.clone() })
            .unwrap_or_default()
    }
}

/// Predict-then-reveal: the result stays hidden until the participant has guessed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Workshop {
    pub enabled: bool,
    pub guess: Option<Decimal>,
    pub revealed: bool,
}

/// A message about the widget itself, as data: `components::notice` words it in the instance's
/// language.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    OpenedLink,
    LinkFailed(ScenarioError),
    Imported,
    ImportFailed(ScenarioError),
    FileUnreadable,
    LinkCopied,
    CopyFromField,
    DownloadRefused,
    NoSuchCase(String),
    /// The case library's file could not be read (offline, or not deployed beside the widget).
    CasesUnavailable(String),
    NoSuchMethod(String),
    BadTurnover(String, finesim_engine::money_input::MoneyError),
    /// An edit (the method, a public body, a national maximum) changed the currency the amounts
    /// are read in: from, to. The figures typed are kept, not converted.
    CurrencyChanged(Currency, Currency),
}

impl Notice {
    pub fn is_error(&self) -> bool {
        !matches!(
            self,
            Notice::OpenedLink
                | Notice::Imported
                | Notice::LinkCopied
                | Notice::CopyFromField
                | Notice::CurrencyChanged(..)
        )
    }
}

/// The default case, as the widget opens: reads nothing but the case compiled in.
impl Default for WidgetState {
    fn default() -> Self {
        match crate::files::default_case() {
            Some(p) => WidgetState::with_scenario(p.scenario.clone(), Some(p.id.clone())),
            None => WidgetState::with_scenario(blank_scenario(), None),
        }
    }
}

impl WidgetState {
    pub fn with_scenario(scenario: Scenario, preset: Option<String>) -> WidgetState {
        let context = preset.as_deref().map(DecisionContext::of_case).unwrap_or_default();
        WidgetState {
            scenario,
            preset,
            log_scale: true,
            pinned: None,
            workshop: Workshop::default(),
            round: 0,
            notice: None,
            context,
            pending: None,
            queued: Vec::new(),
            library_asked: 0,
            set_aside: None,
        }
    }

    pub fn from_preset(id: &str) -> Option<WidgetState> {
        preset(id).map(|p| WidgetState::with_scenario(p.scenario.clone(), Some(p.id.clone())))
    }

    /// The state a page opens with: the shared scenario of the link when there is one (or the
    /// default with a message when it cannot be read), else the preset asked for.
    pub fn initial(preset_id: Option<&str>, shared: Option<&str>) -> WidgetState {
        if let Some(link) = shared {
            return match finesim_engine::share::decode(link) {
                Ok(s) => {
                    WidgetState { notice: Some(Notice::OpenedLink), ..WidgetState::with_scenario(s, None) }
                }
                Err(e) => WidgetState { notice: Some(Notice::LinkFailed(e)), ..WidgetState::default() },
            };
        }
        match preset_id {
            Some("blank") => WidgetState::with_scenario(blank_scenario(), None),
            Some(id) => {
                let mut st = WidgetState::default();
                st.apply(Action::LoadPreset(id.to_string()));
                st
            }
            None => WidgetState::default(),
        }
    }
}

/// A fresh start: the current method, one infringement to edit, nothing else assumed.
pub fn blank_scenario() -> Scenario {
    Scenario {
        method: Method::Edpb2023,
        infringements: vec![Infringement::new("5(1)(a)")],
        ..Scenario::default()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A case by id: applied at once when its file has been read, else left pending until it is.
    LoadPreset(String),
    /// The case library has been read: the case waiting for it, if it is still this one, opens.
    CaseArrived(String),
    /// The case library could not be read: the pending case is given up.
    CasesUnavailable,
    Blank,
    SetMethod(Method),
    SetAuthority(Authority),
    SetDecisionDate(String),
    SetName(String),
    SetTurnover(Option<Decimal>),
    SetPublicBody(bool),
    /// Art. 83(7): the national maximum of a public body (none: the GDPR's).
    SetNationalMaximum(Option<NationalMaximum>),
    SetTurnoverPoint(Option<Decimal>),
    /// ICO: what measures the size of a body that is not an undertaking (none: an undertaking).
    SetSizeMeasure(Option<SizeMeasureKind>),
    SetSizeMeasureAmount(Option<Decimal>),
    AddInfringement,
    RemoveInfringement(usize),
    Edit(usize, Edit),
    SetProportionality(Option<ProportionalityAdjustment>),
    SetProportionalityReason(String),
    SetProportionalityGround(ProportionalityGround),
    SetLowerBandConsidered(bool),
    /// AP 2019: the reduction for connected infringements, `None` for none.
    SetConnection(Option<Adjustment>),
    SetConnectionReason(String),
    /// After the calculation (`Scenario::adjustments`): one more, one fewer, one edited.
    AddLater,
    RemoveLater(usize),
    EditLater(usize, LaterEdit),
    SetSkipTurnoverAdjustment(bool),
    SetTurnoverAdjustmentReason(String),
    SetLogScale(bool),
    /// The bar's entry to the case library.
    OpenLibrary,
    /// Keep the current scenario as A and go on editing B.
    Pin,
    Unpin,
    SetWorkshop(bool),
    SetGuess(Option<Decimal>),
    Reveal,
    /// A scenario from a file; replaces the current one.
    Import(Box<Result<Scenario, ScenarioError>>),
    Notify(Notice),
    DismissNotice,
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
    ApBandPoint(Option<ApBandPoint>),
    RepeatOffence(bool),
}

/// Edits of one adjustment after the calculation.
#[derive(Debug, Clone, PartialEq)]
pub enum LaterEdit {
    Ground(AdjustmentGround),
    Value(LaterValue),
    Of(AdjustmentBase),
    Reason(String),
}

/// What an adjustment after the calculation does, as its form offers it. An emptied field keeps
/// its kind: a reduction of nothing, or no amount set (which changes nothing either).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LaterValue {
    ReducePct(Option<Decimal>),
    ReduceAmount(Option<Decimal>),
    SetTo(Option<Decimal>),
}

impl LaterValue {
    /// The kind of `a`, with its value.
    pub fn of(a: &LaterAdjustment) -> LaterValue {
        match (a.set_to, a.reduce) {
            (None, Some(Adjustment::Pct(p))) => LaterValue::ReducePct(Some(p)),
            (None, Some(Adjustment::Amount(v))) => LaterValue::ReduceAmount(Some(v)),
            (to, _) => LaterValue::SetTo(to),
        }
    }

    fn apply_to(self, a: &mut LaterAdjustment) {
        let zero = |v: Option<Decimal>| v.unwrap_or(Decimal::ZERO);
        (a.set_to, a.reduce) = match self {
            LaterValue::ReducePct(p) => (None, Some(Adjustment::Pct(zero(p)))),
            LaterValue::ReduceAmount(v) => (None, Some(Adjustment::Amount(zero(v)))),
            LaterValue::SetTo(to) => (to, None),
        };
    }
}

/// A new adjustment after the calculation: a visible, editable 10 % reduction, on the ground the
/// method's cases most often meet there (a court's for the reasonable time; under the ICO's
/// method, financial hardship). The reader changes either.
fn new_later(method: Method) -> LaterAdjustment {
    LaterAdjustment {
        reduce: Some(default_adjustment()),
        set_to: None,
        of: AdjustmentBase::Running,
        ground: match method {
            Method::Ico2024 => AdjustmentGround::FinancialHardship,
            Method::Edpb2023 | Method::Ap2019 => AdjustmentGround::ReasonableTime,
        },
        reason: String::new(),
    }
}

fn apply_later(a: &mut LaterAdjustment, edit: LaterEdit) {
    match edit {
        LaterEdit::Ground(g) => a.ground = g,
        LaterEdit::Value(v) => v.apply_to(a),
        LaterEdit::Of(of) => a.of = of,
        LaterEdit::Reason(r) => a.reason = r,
    }
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
        if self.pending.is_some() && action.waits_for_case() {
            self.queued.push(action);
            return;
        }
        match action {
            Action::LoadPreset(id) => self.load_case(id),
            Action::CaseArrived(id) => {
                if self.pending.as_deref() == Some(id.as_str()) {
                    let next =
                        if preset(&id).is_some() { Action::LoadPreset(id) } else { Action::CasesUnavailable };
                    self.apply(next);
                }
            }
            Action::CasesUnavailable => {
                if let Some(id) = self.pending.take() {
                    self.notice = Some(Notice::CasesUnavailable(id));
                }
                self.replay();
            }
            Action::Blank => {
                self.pending = None;
                self.queued.clear();
                self.scenario = blank_scenario();
                self.preset = None;
                self.context = DecisionContext::default();
                self.new_round();
            }
            Action::Import(read) => match *read {
                Ok(s) => {
                    self.scenario = s;
                    self.preset = None;
                    self.new_round();
                    self.notice = Some(Notice::Imported);
                }
                Err(e) => self.notice = Some(Notice::ImportFailed(e)),
            },
            Action::Edit(i, Edit::Seriousness(level)) => self.change_level(i, level),
            other => {
                let currency = self.scenario.currency();
                if matches!(other, Action::AddInfringement | Action::RemoveInfringement(_)) {
                    self.set_aside = None; // the infringements' places change
                }
                if let Some(rest) = edit_scenario(&mut self.scenario, other) {
                    self.apply_to_view(rest);
                }
                if self.scenario.currency() != currency {
                    self.notice = Some(Notice::CurrencyChanged(currency, self.scenario.currency()));
                }
            }
        }
    }

    /// A new level, as `apply_edit` sets it (the method's default point), but with the point set
    /// aside when the reader left this level for another, if the reader comes straight back:
    /// trying "low" on a case and returning to "high" gives the decision's own figure again.
    fn change_level(&mut self, i: usize, level: SeriousnessLevel) {
        let Some(inf) = self.scenario.infringements.get_mut(i) else { return };
        let left = (i, inf.seriousness.level, inf.seriousness.start);
        if left.1 == level {
            return;
        }
        apply_edit(inf, Edit::Seriousness(level));
        if let Some((j, l, start)) = self.set_aside.take() {
            if j == i && l == level {
                inf.seriousness.start = start;
            }
        }
        self.set_aside = Some(left);
    }

    /// Opens case `id`, or waits for the case library when its file has not arrived.
    fn load_case(&mut self, id: String) {
        if let Some(p) = preset(&id) {
            self.scenario = p.scenario.clone();
            self.preset = Some(p.id.clone());
            self.context = DecisionContext::of_case(&p.id);
            self.new_round();
            self.pending = None;
            self.replay();
        } else if head(&id).is_some() {
            self.pending = Some(id);
        }
    }

    /// What the widget shows beside the scenario: the method panel's context, the chart's
    /// scale, the pinned scenario, the workshop and the notices.
    fn apply_to_view(&mut self, action: Action) {
        match action {
            Action::SetAuthority(a) => self.context.authority = a,
            Action::SetDecisionDate(d) => self.context.date = d,
            Action::SetLogScale(b) => self.log_scale = b,
            Action::OpenLibrary => self.library_asked += 1,
            Action::Pin => self.pinned = Some(self.scenario.clone()),
            Action::Unpin => self.pinned = None,
            Action::SetWorkshop(on) => self.workshop = Workshop { enabled: on, ..Workshop::default() },
            Action::SetGuess(g) => self.workshop.guess = g,
            Action::Reveal => self.workshop.revealed = self.workshop.guess.is_some(),
            Action::Notify(n) => self.notice = Some(n),
            Action::DismissNotice => self.notice = None,
            // Case and scenario actions are handled before.
            _ => {}
        }
    }

    /// The actions that waited for a case, in the order they came.
    fn replay(&mut self) {
        for a in std::mem::take(&mut self.queued) {
            self.apply(a);
        }
    }

    /// A new case: a workshop guess belongs to the case it was made for.
    fn new_round(&mut self) {
        self.round = self.round.wrapping_add(1);
        self.set_aside = None;
        self.workshop.guess = None;
        self.workshop.revealed = false;
        self.notice = None;
    }
}

impl Action {
    /// Whether the action must wait while a case is loading (it would edit the case before it).
    fn waits_for_case(&self) -> bool {
        !matches!(
            self,
            Action::LoadPreset(_)
                | Action::CaseArrived(_)
                | Action::Blank
                | Action::CasesUnavailable
                | Action::Notify(_)
                | Action::DismissNotice
        )
    }
}

/// An edit of the scenario itself; any other action is handed back.
fn edit_scenario(s: &mut Scenario, action: Action) -> Option<Action> {
    match action {
        Action::SetMethod(m) => s.method = m,
        Action::SetName(n) => s.undertaking.name = n,
        Action::SetTurnover(t) => s.undertaking.turnover = t,
        Action::SetPublicBody(b) => s.undertaking.public_body = b,
        Action::SetNationalMaximum(n) => s.undertaking.national_maximum = n,
        // The undertaking's own point where the case sets one (one of several parties, an ICO
        // notice), else the scenario's.
        Action::SetTurnoverPoint(p) => match s.undertaking.turnover_adjustment_pct {
            Some(_) => s.undertaking.turnover_adjustment_pct = p,
            None => s.edpb.turnover_adjustment_pct = p,
        },
        Action::SetSizeMeasure(kind) => {
            let amount = s.undertaking.size_measure.map_or(Decimal::ZERO, |m| m.amount);
            s.undertaking.size_measure = kind.map(|measure| SizeMeasure { measure, amount });
        }
        Action::SetSizeMeasureAmount(a) => {
            if let Some(m) = &mut s.undertaking.size_measure {
                m.amount = a.unwrap_or_default();
            }
        }
        Action::SetSkipTurnoverAdjustment(b) => s.edpb.skip_turnover_adjustment = b,
        Action::SetTurnoverAdjustmentReason(r) => s.edpb.turnover_adjustment_reason = r,
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
        Action::SetProportionalityGround(g) => s.proportionality.ground = g,
        Action::SetLowerBandConsidered(b) => s.proportionality.lower_band_considered = b,
        Action::SetConnection(None) => s.connection = None,
        Action::SetConnection(Some(reduce)) => match &mut s.connection {
            Some(c) => c.reduce = reduce,
            None => s.connection = Some(Connection { reduce, reason: String::new() }),
        },
        Action::SetConnectionReason(r) => {
            if let Some(c) = &mut s.connection {
                c.reason = r;
            }
        }
        Action::AddLater => s.adjustments.push(new_later(s.method)),
        Action::RemoveLater(i) => {
            if i < s.adjustments.len() {
                s.adjustments.remove(i);
            }
        }
        Action::EditLater(i, edit) => {
            if let Some(a) = s.adjustments.get_mut(i) {
                apply_later(a, edit);
            }
        }
        other => return Some(other),
    }
    None
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
            let setting = inf.factors.entry(id).or_default();
            setting.effect = effect;
            if effect != Effect::Neutral && setting.adjust.is_none() {
                setting.adjust = Some(default_adjustment());
            }
            prune(inf, id);
        }
        Edit::FactorAdjust(id, adjust) => {
            inf.factors.entry(id).or_default().adjust = adjust;
            prune(inf, id);
        }
        Edit::FactorReason(id, reason) => {
            inf.factors.entry(id).or_default().reason = reason;
            prune(inf, id);
        }
        Edit::ApBand(b) => inf.ap_band = b,
        Edit::ApBandPoint(p) => inf.ap_band_point = p,
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
    fn every_case_opened_lays_the_inputs_out_anew() {
        // A text the reader typed for one case (an unreadable "abc") must not stay on the next.
        let mut st = WidgetState::default();
        let before = st.round;
        st.apply(Action::Blank);
        assert_eq!(st.round, before + 1);
        st.apply(Action::SetName("x".into()));
        assert_eq!(st.round, before + 1, "an edit is not a new case");
    }

    #[test]
    fn actions_wait_for_a_pending_case_and_then_apply_to_it() {
        // As when the case library is still on its way: a page's method and turnover come after
        // the case it asked for, and must apply to that case, not to the default one.
        let mut st = WidgetState { pending: Some("haga-2019".into()), ..WidgetState::default() };
        run(
            &mut st,
            vec![Action::SetMethod(Method::Edpb2023), Action::SetTurnover(Some(Decimal::from(7_000_000)))],
        );
        assert_eq!(st.preset.as_deref(), Some("cpa-2020"), "nothing applies before the case is there");
        assert_eq!(st.queued.len(), 2);
        run(&mut st, vec![Action::CaseArrived("amazon-fr-2023".into())]);
        assert_eq!(st.pending.as_deref(), Some("haga-2019"), "another case arriving is not this one");
        run(&mut st, vec![Action::CaseArrived("haga-2019".into())]);
        assert_eq!(
            (st.pending.as_deref(), st.preset.as_deref(), st.queued.len()),
            (None, Some("haga-2019"), 0)
        );
        assert_eq!(st.scenario.method, Method::Edpb2023);
        assert_eq!(st.scenario.undertaking.turnover, Some(Decimal::from(7_000_000)));
    }

    #[test]
    fn a_case_that_cannot_be_loaded_gives_a_notice_and_the_waiting_actions_still_apply() {
        let mut st = WidgetState { pending: Some("haga-2019".into()), ..WidgetState::default() };
        run(&mut st, vec![Action::SetMethod(Method::Edpb2023), Action::CasesUnavailable]);
        assert_eq!(st.pending, None);
        assert_eq!(st.notice, Some(Notice::CasesUnavailable("haga-2019".into())));
        assert_eq!((st.preset.as_deref(), st.scenario.method), (Some("cpa-2020"), Method::Edpb2023));
        // Blank gives up a pending case and what waited for it.
        st.pending = Some("haga-2019".into());
        run(&mut st, vec![Action::SetLogScale(false), Action::Blank]);
        assert_eq!((st.pending.as_ref(), st.queued.len(), st.preset.as_ref()), (None, 0, None));
    }

    #[test]
    fn presets_load_and_blank_resets() {
        let mut st = WidgetState::default();
        assert_eq!(st.preset.as_deref(), Some("cpa-2020"));
        run(&mut st, vec![Action::LoadPreset("haga-2019".into())]);
        assert_eq!(assess(&st.scenario).unwrap().final_amount, Decimal::from(460_000));
        run(&mut st, vec![Action::LoadPreset("no-such-case".into())]);
        assert_eq!(st.preset.as_deref(), Some("haga-2019"), "an unknown preset changes nothing");
        run(&mut st, vec![Action::Blank]);
        assert_eq!(st.preset, None);
        assert_eq!(st.scenario.infringements.len(), 1);
    }

    #[test]
    fn flipping_a_factor_moves_the_fine_and_back() {
        let mut st = WidgetState::from_preset("cpa-2020").unwrap();
        let before = assess(&st.scenario).unwrap().before_proportionality;
        run(&mut st, vec![Action::Edit(1, Edit::FactorEffect(FactorId::C, Effect::Mitigating))]);
        // 10 % of the €310,000 basic fine.
        assert_eq!(assess(&st.scenario).unwrap().before_proportionality, before - Decimal::from(31_000));
        run(&mut st, vec![Action::Edit(1, Edit::FactorEffect(FactorId::C, Effect::Neutral))]);
        assert_eq!(assess(&st.scenario).unwrap().before_proportionality, before);
    }

    #[test]
    fn out_of_range_indices_are_ignored() {
        let mut st = WidgetState::default();
        let snapshot = st.clone();
        run(&mut st, vec![Action::RemoveInfringement(99), Action::Edit(42, Edit::Article("6".into()))]);
        assert_eq!(st, snapshot);
    }

    #[test]
    fn share_links_open_their_scenario_and_bad_ones_say_so() {
        let haga = WidgetState::from_preset("haga-2019").unwrap().scenario;
        let link = finesim_engine::share::encode(&haga);
        let st = WidgetState::initial(Some("cpa-2020"), Some(&link));
        assert_eq!(st.scenario, haga);
        assert_eq!(st.notice, Some(Notice::OpenedLink));
        let st = WidgetState::initial(None, Some("v1.garbage!"));
        assert_eq!(st.preset.as_deref(), Some("cpa-2020"));
        let n = st.notice.unwrap();
        assert!(n.is_error() && matches!(n, Notice::LinkFailed(_)), "{n:?}");
        assert_eq!(WidgetState::initial(Some("blank"), None).preset, None);
    }

    #[test]
    fn workshop_reveals_only_after_a_guess_and_hides_again_for_a_new_case() {
        let mut st = WidgetState::default();
        run(&mut st, vec![Action::SetWorkshop(true), Action::Reveal]);
        assert!(!st.workshop.revealed, "no guess, no reveal");
        run(&mut st, vec![Action::SetGuess(Some(Decimal::from(100_000))), Action::Reveal]);
        assert!(st.workshop.revealed);
        run(&mut st, vec![Action::LoadPreset("haga-2019".into())]);
        assert!(st.workshop.enabled && !st.workshop.revealed && st.workshop.guess.is_none());
    }

    #[test]
    fn a_failed_import_changes_nothing() {
        let mut st = WidgetState::default();
        let before = st.scenario.clone();
        run(&mut st, vec![Action::Import(Box::new(finesim_engine::codec::import_json("{")))]);
        assert_eq!(st.scenario, before);
        assert!(st.notice.as_ref().unwrap().is_error());
        run(&mut st, vec![Action::Pin, Action::Edit(0, Edit::Article("6".into()))]);
        assert_eq!(st.pinned.as_ref().unwrap(), &before);
    }

    /// The Amazon case's €32m starting amount sits in the high range; in the low range (0–10 % of
    /// the maximum, EDPB Guidelines 04/2022 para. 60) it means nothing, so the point goes and the
    /// middle of the new range applies: 5 % of the €45,400,000 maximum (4 % of the
    /// €1,135,000,000 turnover, CNIL SAN-2023-021 paras 176–177) is €2,270,000, with no warning
    /// that a point was moved.
    #[test]
    fn changing_the_level_forgets_the_point() {
        let mut st = WidgetState::from_preset("amazon-fr-2023").unwrap();
        let i = st.scenario.infringements.iter().position(|inf| inf.seriousness.start.is_some()).unwrap();
        run(&mut st, vec![Action::Edit(i, Edit::Seriousness(SeriousnessLevel::Low))]);
        assert_eq!(st.scenario.infringements[i].seriousness.start, None);
        let a = assess(&st.scenario).unwrap();
        let step =
            a.steps.iter().find(|s| s.kind == "edpb.seriousness" && s.infringement == Some(i)).unwrap();
        assert_eq!(step.amount, Some(Decimal::from(2_270_000)));
        assert!(a.warnings.iter().all(|w| !w.contains("moved")), "{:?}", a.warnings);
    }

    #[test]
    fn adjustments_after_the_calculation_are_changed_removed_and_added() {
        // AEPD EXP202304633 (4Finance Spain): proposed €200,000 + €400,000 (initiation agreement,
        // point FOURTH); both art. 85 LPACAP reductions, 20 % each of the proposed €600,000:
        // €360,000 paid (resolution, background SECOND).
        let fine = |st: &WidgetState| assess(&st.scenario).unwrap().final_amount;
        let d = Decimal::from;
        let mut st = WidgetState::from_preset("aepd-exp202304633").unwrap();
        assert_eq!(fine(&st), d(360_000));
        // The second 20 % taken of the amount as it stands: €480,000 − €96,000.
        run(&mut st, vec![Action::EditLater(1, LaterEdit::Of(AdjustmentBase::Running))]);
        assert_eq!(fine(&st), d(384_000));
        // Without the reduction for paying early: €600,000 − €120,000.
        run(&mut st, vec![Action::RemoveLater(1), Action::RemoveLater(7)]);
        assert_eq!(fine(&st), d(480_000));
        run(&mut st, vec![Action::EditLater(0, LaterEdit::Value(LaterValue::SetTo(Some(d(100_000)))))]);
        assert_eq!(fine(&st), d(100_000));
        // An emptied amount keeps its kind and changes nothing.
        run(&mut st, vec![Action::EditLater(0, LaterEdit::Value(LaterValue::ReduceAmount(None)))]);
        assert_eq!(LaterValue::of(&st.scenario.adjustments[0]), LaterValue::ReduceAmount(Some(d(0))));
        assert_eq!(fine(&st), d(600_000));
        run(&mut st, vec![Action::EditLater(0, LaterEdit::Value(LaterValue::SetTo(None)))]);
        assert_eq!(LaterValue::of(&st.scenario.adjustments[0]), LaterValue::SetTo(None));
        assert_eq!(fine(&st), d(600_000));
        // A new one: a visible 10 % on a ground the reader can change.
        run(
            &mut st,
            vec![Action::AddLater, Action::EditLater(1, LaterEdit::Ground(AdjustmentGround::Settlement))],
        );
        assert_eq!(fine(&st), d(540_000));
        assert_eq!(st.scenario.adjustments[1].ground, AdjustmentGround::Settlement);
    }

    #[test]
    fn a_level_tried_and_left_gives_back_the_cases_own_starting_point() {
        // CNIL SAN-2023-021 (Amazon France Logistique): €32,000,000, the starting amount the
        // decision chose in the high range. "Low" gives the middle of its range; back to "high"
        // gives the decision's figure again, not the middle of the high range.
        let fine = |st: &WidgetState| assess(&st.scenario).unwrap().final_amount;
        let mut st = WidgetState::from_preset("amazon-fr-2023").unwrap();
        assert_eq!(fine(&st), Decimal::from(32_000_000));
        run(&mut st, vec![Action::Edit(0, Edit::Seriousness(SeriousnessLevel::Low))]);
        assert_eq!(st.scenario.infringements[0].seriousness.start, None);
        run(&mut st, vec![Action::Edit(0, Edit::Seriousness(SeriousnessLevel::High))]);
        assert_eq!(fine(&st), Decimal::from(32_000_000));
        // Through a third level, the first one's point is gone: the method's default.
        run(
            &mut st,
            vec![
                Action::Edit(0, Edit::Seriousness(SeriousnessLevel::Low)),
                Action::Edit(0, Edit::Seriousness(SeriousnessLevel::Medium)),
                Action::Edit(0, Edit::Seriousness(SeriousnessLevel::High)),
            ],
        );
        assert_eq!(st.scenario.infringements[0].seriousness.start, None);
    }

    #[test]
    fn an_edit_that_changes_the_currency_says_so() {
        let mut st = WidgetState::from_preset("ico-23andme-2025").unwrap();
        run(&mut st, vec![Action::SetMethod(Method::Edpb2023)]);
        assert_eq!(st.notice, Some(Notice::CurrencyChanged(Currency::Gbp, Currency::Eur)));
        run(&mut st, vec![Action::DismissNotice, Action::SetName("x".into())]);
        assert_eq!(st.notice, None, "an edit that keeps the currency says nothing");
        let mut st = WidgetState::from_preset("uodo-dkn-5131-3-2024").unwrap();
        run(&mut st, vec![Action::SetPublicBody(false)]);
        assert_eq!(st.notice, Some(Notice::CurrencyChanged(Currency::Pln, Currency::Eur)));
    }
}
