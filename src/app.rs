//! The root component: one reducer over the scenario, the assessment derived from it on every
//! change, and the parts laid out in the order a reader follows the calculation.

use crate::browser;
use crate::components::band_chart::BandChart;
use crate::components::compare_panel::ComparePanel;
use crate::components::influence::InfluenceChart;
use crate::components::infringement::InfringementCard;
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
    AttrValue::from(format!("gfs{n}"))
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
/// events and the scenario as it stands, for `getScenario()`.
pub struct Bridge {
    pub host: Option<web_sys::Element>,
    pub latest: RefCell<Option<Scenario>>,
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
        // A case whose file has not arrived: read the case library, then open it.
        let state = state.clone();
        use_effect_with(state.pending.clone(), move |pending| {
            if let Some(id) = pending.clone() {
                crate::files::load_cases(move |_| state.dispatch(Action::CaseArrived(id)));
            }
        });
    }
    let prefix = use_state(next_instance_prefix);
    let wanted: Lang = i18n::choose(props.options.lang.as_deref(), browser::page_lang().as_deref());
    {
        // A language other than English is read from its file when first needed.
        let update = use_force_update();
        use_effect_with(wanted, move |l| {
            if !i18n::ready(*l) && !crate::files::language_failed(*l) {
                crate::files::load_language(*l, move |_| update.force_update());
            }
        });
    }
    let lang_loading = !i18n::ready(wanted) && !crate::files::language_failed(wanted);
    let lang = if i18n::ready(wanted) { wanted } else { Lang::En };
    // Shared, not copied: every part gets the same `Rc` until the scenario or language changes.
    let result: Rc<Result<Rc<Assessment>, ScenarioError>> =
        use_memo((state.scenario.clone(), lang), |(s, lang)| assess_in(s, *lang).map(Rc::new));
    let (assessment, error) = match &*result {
        Ok(a) => (Some(a.clone()), None),
        Err(e) => (None, Some(e.clone())),
    };
    {
        let bridge = props.bridge.clone();
        let scenario = state.scenario.clone();
        use_effect_with(result.clone(), move |r| {
            if let Some(b) = bridge {
                *b.0.latest.borrow_mut() = Some(scenario.clone());
                if let (Ok(a), Some(host)) = (&**r, &b.0.host) {
                    browser::announce_fine(host, a, &scenario);
                }
            }
        });
    }
    let pinned: Rc<Option<Rc<Assessment>>> = use_memo((state.pinned.clone(), lang), |(p, lang)| {
        p.as_ref().and_then(|s| assess_in(s, *lang).ok()).map(Rc::new)
    });
    let hidden = state.workshop.enabled && !state.workshop.revealed;
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let p = |s: &str| AttrValue::from(format!("{}-{s}", *prefix));
    let s = &state.scenario;
    let articles_list = p("articles");
    let on_add = {
        let d = dispatch.clone();
        Callback::from(move |_| d.emit(Action::AddInfringement))
    };
    let t = texts(lang);

    if lang_loading {
        return frame(&props.options, wanted, None, true, Html::default());
    }
    if let Some(id) = &state.pending {
        let title = finesim_engine::presets::head(id).map_or(id.as_str(), |h| h.title);
        return frame(
            &props.options,
            lang,
            Some(t.widget_label),
            true,
            html! { <>
                <header class="gfs-head" part="header">
                    <h2 class="gfs-title">{ t.title }</h2>
                </header>
                <p class="gfs-loading" role="status">{ t.loading_case(&title) }</p>
            </> },
        );
    }

    html! {
        <ContextProvider<Lang> context={lang}>
        <ContextProvider<Dispatch> context={Dispatch(dispatch.clone())}>
        { frame(&props.options, lang, Some(t.widget_label), false, html! { <>
            <header class="gfs-head" part="header">
                <h2 class="gfs-title">{ t.title }</h2>
                <PresetsBar active={state.preset.clone().map(AttrValue::from)} />
                <Toolbar id={p("tools")} scenario={s.clone()} pinned={state.pinned.is_some()} workshop={state.workshop.enabled} />
                if let Some(n) = &state.notice {
                    <div class={if n.is_error() { "gfs-notice gfs-notice-error" } else { "gfs-notice" }} role="status">
                        <span>{ notice_text(n, t, lang) }</span>
                        <button type="button" class="gfs-dismiss" aria-label={t.dismiss}
                            onclick={ let d = dispatch.clone(); Callback::from(move |_| d.emit(Action::DismissNotice)) }>{ "×" }</button>
                    </div>
                }
            </header>
            <MemoHeader scenario={s.clone()} assessment={assessment.clone()} preset={state.preset.clone().map(AttrValue::from)} />
            <div class="gfs-layout">
                <div class="gfs-inputs" part="inputs">
                    <MethodSwitch id={p("method")} method={s.method} context={state.context.clone()} public_body={s.undertaking.public_body} />
                    <UndertakingForm id={p("u")} undertaking={s.undertaking.clone()} method={s.method}
                        turnover_point={s.edpb.turnover_adjustment_pct} skip_turnover={s.edpb.skip_turnover_adjustment}
                        skip_reason={s.edpb.turnover_adjustment_reason.clone()} error={error.clone()} />
                    <fieldset class="gfs-infringements">
                        <legend>{ t.infringements(&s.infringements.len()) }</legend>
                        { for s.infringements.iter().enumerate().map(|(i, inf)| {
                            let deltas = assessment.as_ref().map(|a| a.factor_effects(i)).unwrap_or_default();
                            html! {
                                <InfringementCard key={i} id={p(&format!("i{i}"))} index={i} infringement={inf.clone()} method={s.method}
                                    result={assessment.as_ref().and_then(|a| a.infringements.get(i).cloned())}
                                    {deltas} articles_list={articles_list.clone()} error={error.clone()} />
                            }
                        }) }
                        <button type="button" class="gfs-add" onclick={on_add}>{ t.add_infringement }</button>
                    </fieldset>
                    <ProportionalityForm id={p("prop")} proportionality={s.proportionality.clone()} connection={s.connection.clone()} method={s.method}
                        error={error.clone()} />
                </div>
                <ResultsPanel assessment={assessment.clone()} error={error.clone()} preset={state.preset.clone().map(AttrValue::from)}
                    workshop={state.workshop.clone()} id={p("result")} />
                if let (Some(a), false) = (&assessment, hidden) {
                    <div class="gfs-analysis" part="analysis">
                        if let Some(pa) = &*pinned {
                            <ComparePanel a={pa.clone()} b={a.clone()} />
                        }
                        <InfluenceChart scenario={s.clone()} assessment={a.clone()} />
                        <BandChart id={p("chart")} assessment={a.clone()} log_scale={state.log_scale} />
                        <StepTrail assessment={a.clone()} />
                    </div>
                }
            </div>
            <Library id={p("library")} />
            <datalist id={articles_list}>
                { for (1..=99u16).filter_map(|n| article_title(n, lang).map(|title| (n, title))).map(|(n, title)| html! {
                    <option value={n.to_string()}>{ format!("Art. {n} — {title}") }</option>
                }) }
            </datalist>
        </> }) }
        </ContextProvider<Dispatch>>
        </ContextProvider<Lang>>
    }
}
