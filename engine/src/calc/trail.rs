//! Building the step trail: a small builder so that every method writes its steps the same
//! way, and the factor step both methods share. Steps are written as data (their kind, amounts,
//! band, citations and what they say as `Phrase`s); `calc::word` words them all, once, in the
//! reader's language, after the arithmetic.

use crate::arith::pct_of;
use crate::calc::validate;
use crate::law::factors::factor_citation;
use crate::schema::assessment::{Band, StepKind};
use crate::schema::cite::Cite;
use crate::schema::error::{FieldPath, RangeOf, ScenarioError};
use crate::schema::scenario::{Adjustment, CombinedFactors, Effect, FactorId, Infringement};
use crate::text::phrase::{money, nested, pct, ph, plain, said, Arg, Phrase};
use crate::text::Key;
use rust_decimal::Decimal;

/// A step as the arithmetic writes it: its figures, what it rests on, and what it says as
/// `Phrase`s. `calc::word` turns it into a `Step` of the `Assessment`, worded whole.
#[derive(Debug, Clone, PartialEq)]
pub struct StepData {
    pub kind: StepKind,
    pub infringement: Option<usize>,
    pub factor: Option<FactorId>,
    pub operation: Option<u32>,
    pub title: Phrase,
    pub cites: Vec<Cite>,
    pub band: Option<Band>,
    pub amount: Option<Decimal>,
    pub explanation: Phrase,
    pub assumption: bool,
}

/// The steps and warnings being written.
#[derive(Default)]
pub(crate) struct Trail {
    pub steps: Vec<StepData>,
    pub warnings: Vec<Phrase>,
}

impl Trail {
    pub fn push(&mut self, step: StepData) {
        self.steps.push(step);
    }

    pub fn warn(&mut self, warning: Phrase) {
        self.warnings.push(warning);
    }
}

pub(crate) fn step(kind: StepKind, title: Phrase, cites: impl Into<Vec<Cite>>) -> StepData {
    StepData {
        kind,
        infringement: None,
        factor: None,
        operation: None,
        title,
        cites: cites.into(),
        band: None,
        amount: None,
        explanation: Phrase::Empty,
        assumption: false,
    }
}

impl StepData {
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
        self.amount = Some(amount);
        self
    }
    pub(crate) fn explain(mut self, text: Phrase) -> Self {
        self.explanation = text;
        self
    }
    pub(crate) fn assumption(mut self) -> Self {
        self.assumption = true;
        self
    }
}

/// " Reason: …" after an explanation, when the user gave one.
pub(crate) fn reason(text: &str) -> Phrase {
    let t = text.trim();
    if t.is_empty() {
        Phrase::Empty
    } else {
        ph(Key::reason, [plain(t)])
    }
}

/// How a method applies the Art. 83(2) factors: which it weighs here, what a percentage is a
/// percentage of, and the citation of its own rule.
pub(crate) struct FactorRule<'a> {
    pub kind: StepKind,
    /// Whose Art. 83(2) the factors are cited from: the GDPR's, or the UK GDPR's.
    pub method: crate::schema::scenario::Method,
    pub method_citation: &'a [Cite],
    /// The amount a percentage refers to, and how to call it in the explanation.
    pub pct_base: Decimal,
    pub pct_base_label: Key,
    pub weighs: &'a dyn Fn(FactorId) -> bool,
    /// Sentence added to every quantified factor step.
    pub assumption_note: Option<Key>,
    /// The step written when no factor moves the amount: kind, title, explanation.
    pub none: (StepKind, Key, Key),
}

/// What a factor's weight comes to in euros, checked: a percentage is of `pct_base`.
fn factor_delta(
    i: usize,
    id: FactorId,
    adjust: Option<Adjustment>,
    pct_base: Decimal,
) -> Result<Decimal, ScenarioError> {
    let field = || FieldPath::infringement(i).key("factors").key(&id.letter().to_string()).key("adjust");
    Ok(match adjust {
        Some(Adjustment::Amount(eur)) => validate::amount(&|| field().key("amount"), eur)?,
        Some(Adjustment::Pct(p)) => {
            pct_of(pct_base, validate::pct(&|| field().key("pct"), p, RangeOf::FactorWeight)?)
        }
        None => Decimal::ZERO,
    })
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
        let delta = factor_delta(i, *id, setting.adjust, rule.pct_base)?;
        if setting.effect == Effect::Neutral {
            continue;
        }
        if !(rule.weighs)(*id) {
            if setting.adjust.is_some() {
                trail.warn(ph(Key::warn_step2_factor, [Arg::Number(i + 1), Arg::Letter(id.letter())]));
            }
            continue;
        }
        any = true;
        let signed = if setting.effect == Effect::Aggravating { delta } else { -delta };
        let before = running;
        running = (running + signed).max(Decimal::ZERO);
        let sign = if signed.is_sign_negative() { "−" } else { "+" };
        let how = match setting.adjust {
            Some(adjust) => how_much(adjust, sign, delta, rule),
            None => said(Key::not_quantified),
        };
        let floor = if before + signed < Decimal::ZERO { said(Key::below_zero) } else { Phrase::Empty };
        let note = match rule.assumption_note {
            Some(k) => Phrase::Static(" ").then(said(k)),
            None => Phrase::Empty,
        };
        let title = ph(
            Key::factor_title,
            [Arg::Letter(id.letter()), Arg::FactorTitle(*id), Arg::Effect(setting.effect)],
        );
        let mut s = step(
            rule.kind,
            title,
            [vec![factor_citation(rule.method, *id)], rule.method_citation.to_vec()].concat(),
        )
        .for_infringement(i)
        .for_factor(*id)
        .amount(running)
        .explain(how.then(Phrase::Static(".")).then(floor).then(reason(&setting.reason)).then(note));
        if setting.adjust.is_some() {
            s = s.assumption();
        }
        trail.push(s);
    }
    for (n, c) in inf.combined_factors.iter().enumerate() {
        running = combined_step(i, n, c, running, rule, trail)?;
        any = true;
    }
    if !any {
        let (kind, title, text) = rule.none;
        trail.push(
            step(kind, said(title), rule.method_citation)
                .for_infringement(i)
                .amount(running)
                .explain(said(text)),
        );
    }
    Ok(running)
}

/// The last step of each infringement in both methods: the amount held at the legal maximum.
pub(crate) fn cap_at_legal_maximum(
    kind: StepKind,
    cites: Vec<Cite>,
    i: usize,
    amount: Decimal,
    max: Decimal,
    trail: &mut Trail,
) -> Decimal {
    let fine = amount.min(max);
    let text = if amount > max {
        ph(Key::capped, [money(amount), money(max)])
    } else {
        ph(Key::within_max, [money(fine), money(max)])
    };
    trail.push(
        step(kind, said(Key::legal_max_title), cites)
            .for_infringement(i)
            .band(Band { low: Decimal::ZERO, high: max })
            .amount(fine)
            .explain(text),
    );
    fine
}

/// Several factors weighed together with one net effect, as the decision states it: one step,
/// citing each factor.
fn combined_step(
    i: usize,
    n: usize,
    c: &CombinedFactors,
    running: Decimal,
    rule: &FactorRule,
    trail: &mut Trail,
) -> Result<Decimal, ScenarioError> {
    let field = || FieldPath::infringement(i).key("combined_factors").index(n).key("adjust");
    let delta = match c.adjust {
        Adjustment::Amount(eur) => validate::amount(&|| field().key("amount"), eur)?,
        Adjustment::Pct(p) => {
            pct_of(rule.pct_base, validate::pct(&|| field().key("pct"), p, RangeOf::FactorWeight)?)
        }
    };
    let signed = match c.effect {
        Effect::Aggravating => delta,
        Effect::Mitigating => -delta,
        Effect::Neutral => Decimal::ZERO,
    };
    let after = (running + signed).max(Decimal::ZERO);
    let sign = if signed.is_sign_negative() { "−" } else { "+" };
    let how = how_much(c.adjust, sign, delta, rule);
    let letters = c.factors.iter().map(|id| Phrase::Value(Box::new(Arg::Letter(id.letter()))));
    let letters =
        Phrase::Join(letters.map(|l| Phrase::Static("(").then(l).then(Phrase::Static(")"))).collect(), ", ");
    let title = ph(Key::combined_title, [nested(letters), Arg::Effect(c.effect)]);
    let cites = c
        .factors
        .iter()
        .map(|id| factor_citation(rule.method, *id))
        .chain(rule.method_citation.iter().cloned());
    trail.push(
        step(StepKind::CombinedFactors, title, cites.collect::<Vec<_>>())
            .for_infringement(i)
            .amount(after)
            .explain(how.then(Phrase::Static(".")).then(reason(&c.reason))),
    );
    Ok(after)
}

/// "+€75,000", or "−10% of the basic fine (€310,000) = −€31,000".
fn how_much(adjust: Adjustment, sign: &'static str, delta: Decimal, rule: &FactorRule) -> Phrase {
    match adjust {
        Adjustment::Amount(_) => Phrase::Static(sign).then(Phrase::Value(Box::new(money(delta)))),
        Adjustment::Pct(p) => ph(
            Key::factor_pct,
            [
                Arg::Static(sign),
                pct(p),
                nested(said(rule.pct_base_label)),
                money(rule.pct_base),
                money(delta),
            ],
        ),
    }
}
