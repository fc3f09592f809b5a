//! The library's decisions nearest to the scenario on screen, with what each authority decided
//! and where its arithmetic differs: the reality check. Read from the case library, which is
//! fetched when the panel is first opened.

use super::disclosure::Disclosure;
use super::use_dispatch;
use crate::i18n::{money, texts, use_currency, use_lang, Lang, Texts};
use crate::state::Action;
use finesim_engine::comparable::{comparable, Comparable, Difference, ProvisionKind};
use finesim_engine::money::Foreign;
use finesim_engine::Currency;
use finesim_engine::Scenario;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparableProps {
    pub scenario: Scenario,
    /// The case on screen, left out of its own list.
    pub preset: Option<AttrValue>,
}

#[function_component(ComparablePanel)]
pub fn comparable_panel(props: &ComparableProps) -> Html {
    let t = texts(use_lang());
    html! {
        <Disclosure class="gfs-comparable" summary={html! { t.comparable_title }}>
            <p class="gfs-hint">{ t.comparable_hint }</p>
            <ComparableList scenario={props.scenario.clone()} preset={props.preset.clone()} />
        </Disclosure>
    }
}

#[function_component(ComparableList)]
fn comparable_list(props: &ComparableProps) -> Html {
    let ready = super::library::use_case_library();
    let dispatch = use_dispatch();
    let lang = use_lang();
    let cur = use_currency();
    let t = texts(lang);
    // Assessing every case of the library is done once per scenario, not on every render.
    let list = use_memo((props.scenario.clone(), props.preset.clone(), ready), |(s, p, _)| {
        comparable(s, &crate::files::cases(), p.as_deref(), 5)
    });
    if !ready {
        return html! { <p class="gfs-loading" role="status">{ t.library_loading }</p> };
    }
    html! {
        <ol class="gfs-comparable-list" data-testid="comparable">
            { for list.iter().map(|c| item(c, lang, cur, t, &dispatch)) }
        </ol>
    }
}

fn item(c: &Comparable, lang: Lang, cur: Currency, t: &'static Texts, dispatch: &Callback<Action>) -> Html {
    let p = c.case;
    let id = p.id.clone();
    let d = dispatch.clone();
    let open = Callback::from(move |_| d.emit(Action::LoadPreset(id.clone())));
    let outcome = p.outcomes.first().map_or(c.outcome, |o| o.label_in(lang));
    let differences: Vec<String> = c.differences.iter().map(|d| difference(d, lang, cur, t)).collect();
    html! {
        <li data-case={p.id.clone()}>
            <h4>{ p.title_in(lang).to_string() }</h4>
            <p class="gfs-case-meta">{ t.case_meta(&p.authority, &p.country, &p.decided, &method_name(p.scenario.method)) }</p>
            <p class="gfs-comparable-decided">{ t.labelled(&outcome, &money(lang, cur, c.decided_amount)) }
                if let Some(f) = c.decided_in {
                    { t.in_brackets(&Foreign(lang, f.amount, &f.currency)) }
                }
            </p>
            <p class="gfs-comparable-differs">{ if differences.is_empty() { t.comparable_alike.to_string() } else { differences.join("; ") } }</p>
            <button type="button" onclick={open}>{ t.open_case(&p.title_in(lang).split(" — ").next().unwrap_or_default()) }</button>
        </li>
    }
}

pub fn method_name(m: finesim_engine::Method) -> &'static str {
    match m {
        finesim_engine::Method::Edpb2023 => "EDPB Guidelines 04/2022",
        finesim_engine::Method::Ap2019 => "AP 2019",
        finesim_engine::Method::Ico2024 => "ICO 2024",
    }
}

/// A kind of provision, named.
pub fn kind_name(k: ProvisionKind, t: &'static Texts) -> &'static str {
    match k {
        ProvisionKind::Principles => t.kind_principles,
        ProvisionKind::Lawfulness => t.kind_lawfulness,
        ProvisionKind::Rights => t.kind_rights,
        ProvisionKind::Accountability => t.kind_accountability,
        ProvisionKind::Security => t.kind_security,
        ProvisionKind::AssessmentAndDpo => t.kind_assessment,
        ProvisionKind::Transfers => t.kind_transfers,
        ProvisionKind::Other => t.kind_other,
    }
}

/// How a decision differs from the scenario, in `lang`.
fn difference(d: &Difference, lang: Lang, cur: Currency, t: &'static Texts) -> String {
    match d {
        Difference::Method { case } => t.diff_method(&method_name(*case)),
        Difference::Tier { case } => t.diff_tier(&case.label()),
        Difference::Provisions { case } => {
            t.diff_provisions(&case.iter().map(|k| kind_name(*k, t)).collect::<Vec<_>>().join(", "))
        }
        Difference::Seriousness { case } => {
            t.diff_seriousness(&finesim_engine::text::level_name(*case, lang))
        }
        Difference::Size { case_turnover: Some(v) } => t.diff_size(&money(lang, cur, *v)),
        Difference::Size { case_turnover: None } => t.diff_size_unknown.to_string(),
        Difference::PublicBody { case: true } => t.diff_public.to_string(),
        Difference::PublicBody { case: false } => t.diff_not_public.to_string(),
        Difference::Lowered { before, after } => {
            t.diff_lowered(&money(lang, cur, *before), &money(lang, cur, *after))
        }
    }
}
