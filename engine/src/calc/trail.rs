//! Building the step trail: a small builder so that every method writes its steps the same
//! way, and the factor step both methods share.

use crate::schema::assessment::{Band, Step, StepKind};
use crate::schema::error::ScenarioError;
use crate::law::factors::factor_citation;
use crate::text::factor_title;
use crate::arith::pct_of;
use crate::text::money::Pct;
use crate::schema::cite::Cite;
use crate::text::{citation, words, Money, Words};
use crate::text::lang::Lang;
use crate::schema::scenario::{Adjustment, Effect, FactorId, Infringement};
use crate::calc::validate;
use rust_decimal::Decimal;

/// The steps and warnings being written, and the language they are written in.
pub(crate) struct Trail {
    pub steps: Vec<Step>,
    pub warnings: Vec<String>,
    pub lang: Lang,
    pub w: &'static Words,
}

impl Trail {
    pub fn new(lang: Lang) -> Trail {
        Trail { steps: Vec::new(), warnings: Vec::new(), lang, w: words(lang) }
    }

    /// An amount in the trail's language.
    pub fn eur(&self, amount: Decimal) -> Money {
        Money(self.lang, amount)
    }

    pub fn push(&mut self, mut step: Step) {
        step.citation = citation(&step.cites, self.lang);
        self.steps.push(step);
    }

    pub fn warn(&mut self, warning: String) {
        self.warnings.push(warning);
    }
}

pub(crate) fn step(kind: StepKind, title: impl Into<String>, cites: impl Into<Vec<Cite>>) -> Step {
    Step {
        kind,
        infringement: None,
        factor: None,
        operation: None,
        title: title.into(),
        citation: String::new(),
        cites: cites.into(),
        band: None,
        amount_eur: None,
        explanation: String::new(),
        assumption: false,
    }
}

impl Step {
    pub(crate) fn for_infringement(mut self, i: usize) -> Self {
        self.infringement = Some(i);
        self
    }
    pub(crate) fn for_factor(mut self, id: FactorId) -> Self {
        self.factor = Some(id);
        self
    }
    pub(crate) fn for_operation(mut self, op: u32) -> Self {
        self.operation = Some(op);
        self
    }
    pub(crate) fn band(mut self, band: Band) -> Self {
        self.band = Some(band);
        self
    }
    pub(crate) fn amount(mut self, amount: Decimal) -> Self {
        self.amount_eur = Some(amount);
        self
    }
    pub(crate) fn explain(mut self, text: impl Into<String>) -> Self {
        self.explanation = text.into();
        self
    }
    pub(crate) fn assumption(mut self) -> Self {
        self.assumption = true;
        self
    }
}

/// How a method applies the Art. 83(2) factors: which it weighs here, what a percentage is a
/// percentage of, and the citation of its own rule.
pub(crate) struct FactorRule<'a> {
    pub kind: StepKind,
    pub method_citation: &'a [Cite],
    /// The amount a percentage refers to, and how to call it in the explanation.
    pub pct_base: Decimal,
    pub pct_base_label: &'a str,
    pub weighs: &'a dyn Fn(FactorId) -> bool,
    /// Sentence added to every quantified factor step.
    pub assumption_note: &'a str,
    /// The step written when no factor moves the amount: kind, title, explanation.
    pub none: (StepKind, &'a str, &'a str),
}

/// Applies each non-neutral factor in the order (a)–(k), one step each, never below zero, or
/// writes the method's "no factor" step. Returns the amount after the factors.
pub(crate) fn apply_factors(
    i: usize,
    inf: &Infringement,
    start: Decimal,
    rule: &FactorRule,
    trail: &mut Trail,
) -> Result<Decimal, ScenarioError> {
    let mut running = start;
    let mut any = false;
    for (id, setting) in &inf.factors {
        let field = || format!("infringements[{i}].factors.{}", id.letter());
        let delta = match setting.adjust {
            Some(Adjustment::Eur(eur)) => validate::amount(trail.lang, &|| format!("{}.adjust.eur", field()), eur)?,
            Some(Adjustment::Pct(pct)) => {
                let pct = validate::pct_in(trail.lang, &|| format!("{}.adjust.pct", field()), pct, Decimal::ZERO, Decimal::ONE_HUNDRED, &|| trail.w.what_factor_weight.into())?;
                pct_of(rule.pct_base, pct)
            }
            None => Decimal::ZERO,
        };
        if setting.effect == Effect::Neutral {
            continue;
        }
        if !(rule.weighs)(*id) {
            if setting.adjust.is_some() {
                trail.warn(trail.w.warn_step2_factor(&(i + 1), &id.letter()));
            }
            continue;
        }
        any = true;
        let signed = if setting.effect == Effect::Aggravating { delta } else { -delta };
        let before = running;
        running = (running + signed).max(Decimal::ZERO);
        let w = trail.w;
        let direction = if setting.effect == Effect::Aggravating { w.aggravating } else { w.mitigating };
        let sign = if signed.is_sign_negative() { "−" } else { "+" };
        let how = match setting.adjust {
            Some(Adjustment::Eur(_)) => format!("{sign}{}", trail.eur(delta)),
            Some(Adjustment::Pct(pct)) => {
                w.factor_pct(&sign, &Pct(pct), &rule.pct_base_label, &trail.eur(rule.pct_base), &trail.eur(delta))
            }
            None => w.not_quantified.to_string(),
        };
        let floor = if before + signed < Decimal::ZERO { w.below_zero } else { "" };
        let reason = if setting.reason.is_empty() { String::new() } else { w.reason(&setting.reason.trim()) };
        let mut s = step(
            rule.kind,
            w.factor_title(&id.letter(), &factor_title(*id, trail.lang), &direction),
            [vec![factor_citation(*id)], rule.method_citation.to_vec()].concat(),
        )
        .for_infringement(i)
        .for_factor(*id)
        .amount(running)
        .explain(format!("{how}.{floor}{reason} {}", rule.assumption_note).trim_end().to_string());
        if setting.adjust.is_some() {
            s = s.assumption();
        }
        trail.push(s);
    }
    if !any {
        let (kind, title, text) = rule.none;
        trail.push(step(kind, title, rule.method_citation).for_infringement(i).amount(running).explain(text));
    }
    Ok(running)
}

/// The last step of each infringement in both methods: the amount held at the legal maximum.
pub(crate) fn cap_at_legal_maximum(kind: StepKind, cites: Vec<Cite>, i: usize, amount: Decimal, max: Decimal, trail: &mut Trail) -> Decimal {
    let fine = amount.min(max);
    let text = if amount > max {
        trail.w.capped(&trail.eur(amount), &trail.eur(max))
    } else {
        trail.w.within_max(&trail.eur(fine), &trail.eur(max))
    };
    trail.push(
        step(kind, trail.w.legal_max_title, cites)
            .for_infringement(i)
            .band(Band { low_eur: Decimal::ZERO, high_eur: max })
            .amount(fine)
            .explain(text),
    );
    fine
}
