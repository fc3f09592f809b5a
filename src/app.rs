//! The root component: one reducer over the scenario, the assessment derived from it on every
//! change, and the parts laid out in the order a reader follows the calculation.

use crate::browser;
use crate::components::band_chart::BandChart;
use crate::components::comparable::ComparablePanel;
use crate::components::compare_panel::ComparePanel;
use crate::components::influence::InfluenceChart;
use crate::components::infringement::InfringementCard;
use crate::components::later::LaterForm;
use crate::components::library::Library;
use crate::components::memo::MemoHeader;
use crate::components::method_switch::MethodSwitch;
use crate::components::notice::notice_text;
use crate::components::presets_bar::PresetsBar;
use crate::components::proportionality::ProportionalityForm;
use crate::components::results::ResultsPanel;
use crate::components::step_trail::StepTrail;
use crate::components::toolbar::Toolbar;
use crate::components::undertaking::UndertakingForm;
use crate::components::Dispatch;
use crate::i18n::{self, texts, Lang};
use crate::options::EmbedOptions;
use crate::shown::{assess_shown, Shown};
use crate::state::{Action, WidgetState};
use finesim_engine::text::article_title;
use finesim_engine::{assess_in, Assessment, Scenario, ScenarioError};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

thread_local! {
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(1) };
}

/// A prefix for element ids, different for each instance on the page, so that labels point at
/// their own inputs when a page embeds the widget twice.
fn next_instance_prefix() -> AttrValue {
    let n = NEXT_INSTANCE.with(|c| {
        let n = c.get();
        c.set(n.wrapping_add(1));
        n
    });
    AttrValue::from(format!("{}{n}", crate::facts::ID_PREFIX))
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// What the embedding page asked for (attributes or `mount()` options).
    #[prop_or_default]
    pub options: Rc<EmbedOptions>,
    /// Where `fine-change` events go and `getScenario()` reads from; none in tests.
    #[prop_or_default]
    pub bridge: Option<BridgeRef>,
}

/// The link between one instance and its page: the element that receives the `fine-change`
/// events, the scenario as it stands, for `getScenario()`, and the way in for the page's
/// actions (`setScenario()`): the reducer's dispatcher once the widget is up, and until then the
/// actions that wait for it.
#[derive(Default)]
pub struct Bridge {
    pub host: Option<web_sys::Element>,
    pub latest: RefCell<Option<Scenario>>,
    dispatch: RefCell<Option<Callback<Action>>>,
    waiting: RefCell<Vec<Action>>,
}

impl Bridge {
    pub fn new(host: Option<web_sys::Element>) -> Bridge {
        Bridge { host, ..Bridge::default() }
    }

    /// An action of the page's, done now or as soon as the widget is up.
    pub fn send(&self, action: Action) {
        match &*self.dispatch.borrow() {
            Some(d) => d.emit(action),
            None => self.waiting.borrow_mut().push(action),
        }
    }

    /// The widget is up: what waited is done, in order, and what comes is done at once.
    fn connect(&self, dispatch: Callback<Action>) {
        for a in self.waiting.take() {
            dispatch.emit(a);
        }
        *self.dispatch.borrow_mut() = Some(dispatch);
    }
}

#[derive(Clone)]
pub struct BridgeRef(pub Rc<Bridge>);

impl PartialEq for BridgeRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The widget's outer element, whatever it shows (the widget, or that it is loading): the page's
/// theme and compact option, and the language it is in.
fn frame(options: &EmbedOptions, lang: Lang, label: Option<&'static str>, busy: bool, body: Html) -> Html {
    html! {
        <section class={classes!("gfs", options.compact.then_some("gfs-compact-mode"))} aria-label={label}
            data-theme={if options.dark() { "dark" } else { "light" }} part="widget" lang={lang.tag()} aria-busy={busy.then_some("true")}>
            { body }
        </section>
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_widget_state(props);
    let prefix = use_state(next_instance_prefix);
    let (wanted, lang, loading) = use_language(props);
    let settled = use_settled();
    // Shared, not copied: every part gets the same `Rc` until the scenario or language changes.
    let shown: Rc<Shown> =
        use_memo((state.scenario.clone(), lang, state.preset.clone()), |(s, lang, preset)| {
            assess_shown(s, *lang, preset.as_deref().and_then(crate::files::case))
        });
    use_page_bridge(props, &state, &shown, !loading && state.pending.is_none(), settled);
    let pinned: Rc<Option<Rc<Assessment>>> = use_memo((state.pinned.clone(), lang), |(p, lang)| {
        p.as_ref().and_then(|s| assess_in(s, *lang).ok()).map(Rc::new)
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    {
        let (bridge, dispatch) = (props.bridge.clone(), dispatch.clone());
        use_effect_with((), move |_| {
            if let Some(b) = bridge {
                b.0.connect(dispatch);
            }
        });
    }
    let t = texts(lang);
    if loading {
        return frame(&props.options, wanted, None, true, Html::default());
    }
    if let Some(id) = &state.pending {
        return frame(&props.options, lang, Some(t.widget_label), true, loading_case(id, t));
    }
    let view = View { state: &state, prefix: &prefix, shown: &shown, pinned: &pinned, lang, settled };
    html! {
        <ContextProvider<Lang> context={lang}>
        <ContextProvider<finesim_engine::Currency> context={state.scenario.currency()}>
        <ContextProvider<Dispatch> context={Dispatch(dispatch.clone())}>
        { frame(&props.options, lang, Some(t.widget_label), false, view.body(&dispatch)) }
        </ContextProvider<Dispatch>>
        </ContextProvider<finesim_engine::Currency>>
        </ContextProvider<Lang>>
    }
}

/// False in the first render, true once its frame has been drawn. The first render holds what
/// answers input (the head, the inputs, the result and the print memo), the rest (the analysis,
/// the library, the articles' list) follows in a task of its own: the widget is live and on
/// screen sooner. On a phone's CPU the rest was a third of the first render's elements, all
/// below the result.
#[hook]
fn use_settled() -> bool {
    let settled = use_state(|| false);
    {
        let settled = settled.clone();
        use_effect_with((), move |_| browser::after_next_frame(move || settled.set(true)));
    }
    *settled
}

/// The reducer, started from the page's link or options, and the effects that feed it: later
/// changes of the page's options, and a case whose file has not arrived yet.
#[hook]
fn use_widget_state(props: &AppProps) -> UseReducerHandle<WidgetState> {
    let options = props.options.clone();
    let state = use_reducer(move || {
        let fragment = browser::location_fragment().unwrap_or_default();
        match browser::shared_part(&fragment) {
            Some(link) => WidgetState::initial(None, Some(link)),
            None => options.apply_to(WidgetState::initial(None, None)),
        }
    });
    {
        // Later changes of the page's options: act on what changed, nothing else.
        let previous = use_mut_ref(|| (*props.options).clone());
        let state = state.clone();
        use_effect_with(props.options.clone(), move |o| {
            let before = previous.replace((**o).clone());
            for a in o.actions(Some(&before)) {
                state.dispatch(a);
            }
        });
    }
    {
        // A case whose file has not arrived: read it (its own file), then open it.
        let state = state.clone();
        use_effect_with(state.pending.clone(), move |pending| {
            if let Some(id) = pending.clone() {
                crate::files::load_case(id.clone(), move |_| state.dispatch(Action::CaseArrived(id)));
            }
        });
    }
    state
}

/// The language the page asks for; the one the widget shows (English until the other's file has
/// arrived, or for good if it cannot be read); and whether that file is still on its way.
#[hook]
fn use_language(props: &AppProps) -> (Lang, Lang, bool) {
    let wanted: Lang = i18n::choose(props.options.lang.as_deref(), browser::page_lang().as_deref());
    let update = use_force_update();
    use_effect_with(wanted, move |l| {
        if !i18n::ready(*l) && !crate::files::language_failed(*l) {
            crate::files::load_language(*l, move |_| update.force_update());
        }
    });
    let loading = !i18n::ready(wanted) && !crate::files::language_failed(wanted);
    (wanted, if i18n::ready(wanted) { wanted } else { Lang::En }, loading)
}

/// What the page reads of this widget: the scenario for `getScenario()`, a `fine-change` event
/// for each new result, that the widget shows its result (`shown`), once it does, and that it
/// shows every part (`settled` too).
#[hook]
fn use_page_bridge(
    props: &AppProps,
    state: &UseReducerHandle<WidgetState>,
    assessed: &Rc<Shown>,
    shown: bool,
    settled: bool,
) {
    let host = props.bridge.as_ref().and_then(|b| b.0.host.clone());
    use_announce(host.clone(), crate::facts::RENDERED_EVENT, shown);
    use_announce(host, crate::facts::COMPLETE_EVENT, shown && settled);
    let bridge = props.bridge.clone();
    let scenario = state.scenario.clone();
    use_effect_with(assessed.clone(), move |r| {
        if let Some(b) = bridge {
            *b.0.latest.borrow_mut() = Some(scenario.clone());
            if let (Ok(a), Some(host)) = (&r.result, &b.0.host) {
                browser::announce_fine(host, a, &scenario);
            }
        }
    });
}

/// Dispatches `event` on the host each time `when` becomes true.
#[hook]
fn use_announce(host: Option<web_sys::Element>, event: &'static str, when: bool) {
    use_effect_with(when, move |when| {
        if let (true, Some(host)) = (*when, host) {
            browser::announce(&host, event);
        }
    });
}

/// While a case's file is on its way.
fn loading_case(id: &str, t: &i18n::Texts) -> Html {
    let title = finesim_engine::presets::head(id).map_or(id, |h| h.title);
    html! { <>
        <header class="gfs-head" part="header">
            <h2 class="gfs-title">{ t.title }</h2>
        </header>
        <p class="gfs-loading" role="status">{ t.loading_case(&title) }</p>
    </> }
}

/// What one render lays out.
struct View<'a> {
    state: &'a WidgetState,
    prefix: &'a AttrValue,
    shown: &'a Shown,
    pinned: &'a Option<Rc<Assessment>>,
    lang: Lang,
    /// Whether the parts below the result are rendered yet (`use_settled`).
    settled: bool,
}

impl View<'_> {
    fn id(&self, part: &str) -> AttrValue {
        AttrValue::from(format!("{}-{part}", self.prefix))
    }

    fn assessment(&self) -> Option<Rc<Assessment>> {
        self.shown.result.as_ref().ok().cloned()
    }

    fn error(&self) -> Option<ScenarioError> {
        self.shown.result.as_ref().err().cloned()
    }

    fn body(&self, dispatch: &Callback<Action>) -> Html {
        let state = self.state;
        let preset = state.preset.clone().map(AttrValue::from);
        html! { <>
            { self.header(dispatch) }
            <MemoHeader scenario={state.scenario.clone()} assessment={self.assessment()} preset={preset.clone()} />
            <div class="gfs-layout">
                { self.inputs(dispatch) }
                <ResultsPanel assessment={self.assessment()} error={self.error()} preset={preset}
                    left_out={self.shown.left_out.iter().map(|(i, _)| *i).collect::<Vec<_>>()}
                    workshop={state.workshop.clone()} id={self.id("result")} />
                if self.settled { { self.analysis() } }
            </div>
            if self.settled {
                <Library id={self.id("library")} asked={state.library_asked} />
                { articles_datalist(self.id("articles"), self.lang) }
            }
        </> }
    }

    fn header(&self, dispatch: &Callback<Action>) -> Html {
        let (state, t) = (self.state, texts(self.lang));
        let dismiss = {
            let d = dispatch.clone();
            Callback::from(move |_| d.emit(Action::DismissNotice))
        };
        html! {
            <header class="gfs-head" part="header">
                <h2 class="gfs-title">{ t.title }</h2>
                <PresetsBar active={state.preset.clone().map(AttrValue::from)} />
                <Toolbar id={self.id("tools")} scenario={state.scenario.clone()} pinned={state.pinned.is_some()} workshop={state.workshop.enabled} />
                if let Some(n) = &state.notice {
                    <div class={if n.is_error() { "gfs-notice gfs-notice-error" } else { "gfs-notice" }} role="status">
                        <span>{ notice_text(n, t, self.lang) }</span>
                        <button type="button" class="gfs-dismiss" aria-label={t.dismiss} onclick={dismiss}>{ "×" }</button>
                    </div>
                }
            </header>
        }
    }

    fn inputs(&self, dispatch: &Callback<Action>) -> Html {
        let (s, t, error) = (&self.state.scenario, texts(self.lang), self.error());
        let on_add = {
            let d = dispatch.clone();
            Callback::from(move |_| d.emit(Action::AddInfringement))
        };
        html! {
            <div class="gfs-inputs" part="inputs" key={self.state.round.to_string()}>
                <MethodSwitch id={self.id("method")} method={s.method} context={self.state.context.clone()} public_body={s.undertaking.public_body} />
                <UndertakingForm id={self.id("u")} undertaking={s.undertaking.clone()} method={s.method}
                    turnover_point={s.undertaking.turnover_adjustment_pct.or(s.edpb.turnover_adjustment_pct)} skip_turnover={s.edpb.skip_turnover_adjustment}
                    skip_reason={s.edpb.turnover_adjustment_reason.clone()} error={error.clone()} />
                <fieldset class="gfs-infringements">
                    <legend>{ t.infringements(&s.infringements.len()) }</legend>
                    { for (0..s.infringements.len()).map(|i| self.infringement(i)) }
                    <button type="button" id={self.id("add")} class="gfs-add" onclick={on_add}>{ t.add_infringement }</button>
                </fieldset>
                <ProportionalityForm id={self.id("prop")} proportionality={s.proportionality.clone()} connection={s.connection.clone()} method={s.method}
                    error={error.clone()} />
                <LaterForm id={self.id("later")} adjustments={s.adjustments.clone()} {error} />
            </div>
        }
    }

    /// Infringement `i`'s card, with its own figures where the assessment has it (`Shown::index`).
    fn infringement(&self, i: usize) -> Html {
        let s = &self.state.scenario;
        let a = self.assessment();
        let at = self.shown.index.get(i).copied().flatten();
        let deltas = a.as_ref().zip(at).map(|(a, j)| a.factor_effects(j)).unwrap_or_default();
        html! {
            <InfringementCard key={i} id={self.id(&format!("i{i}"))} index={i} infringement={s.infringements[i].clone()} method={s.method}
                result={a.as_ref().zip(at).and_then(|(a, j)| a.infringements.get(j).cloned())}
                {deltas} articles_list={self.id("articles")} error={self.shown.error_for_card(i)} />
        }
    }

    fn analysis(&self) -> Html {
        let hidden = self.state.workshop.enabled && !self.state.workshop.revealed;
        let (Some(a), false) = (self.assessment(), hidden) else { return Html::default() };
        let s = &self.state.scenario;
        html! {
            <div class="gfs-analysis" part="analysis">
                if let Some(pa) = self.pinned {
                    <ComparePanel a={pa.clone()} b={a.clone()} />
                }
                <InfluenceChart scenario={s.clone()} assessment={a.clone()} />
                <BandChart id={self.id("chart")} assessment={a.clone()} log_scale={self.state.log_scale} />
                <StepTrail assessment={a} />
                <ComparablePanel scenario={s.clone()} preset={self.state.preset.clone().map(AttrValue::from)} />
            </div>
        }
    }
}

/// The articles' numbers and titles, offered as the reader types an article.
fn articles_datalist(id: AttrValue, lang: Lang) -> Html {
    html! {
        <datalist id={id}>
            { for (1..=99u16).filter_map(|n| article_title(n, lang).map(|title| (n, title))).map(|(n, title)| html! {
                <option value={n.to_string()}>{ format!("Art. {n} — {title}") }</option>
            }) }
        </datalist>
    }
}
