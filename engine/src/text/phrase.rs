//! Texts as data. The calculation writes what a step says as a `Phrase` (a catalogue key and its
//! values: amounts, percentages, levels, citations) and never formats a string; `word` turns it
//! into the reader's language once, after the arithmetic has run from start to end.

use crate::schema::cite::Cite;
use crate::schema::currency::Currency;
use crate::schema::scenario::{Effect, FactorId, SeriousnessLevel};
use crate::text::lang::Lang;
use crate::text::money::{Cash, Pct};
use crate::text::{cite, effect_name, factor_title, level_name, words, Key};
use rust_decimal::Decimal;
use std::fmt::Write as _;

/// A value in a phrase, worded in the reader's language only when the phrase is.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Money(Decimal),
    Pct(Decimal),
    Number(usize),
    /// Words that are the same in every language: an article number, a category numeral, a
    /// reason the user typed, a decision's name.
    Plain(String),
    /// The same, known at compile time: a category numeral.
    Static(&'static str),
    /// A factor's letter.
    Letter(char),
    Level(SeriousnessLevel),
    Effect(Effect),
    FactorTitle(FactorId),
    Cite(Cite),
    Phrase(Box<Phrase>),
}

/// A sentence, or several in a row, as data.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Phrase {
    #[default]
    Empty,
    Key(Key, Vec<Arg>),
    /// The same in every language (a user's reason).
    Plain(String),
    /// A separator or a sign, the same in every language.
    Static(&'static str),
    /// One value alone, an amount.
    Value(Box<Arg>),
    Seq(Vec<Phrase>),
    /// The phrases joined by `separator`.
    Join(Vec<Phrase>, &'static str),
}

/// The catalogue text `key` with its values, given in the order of `key.names()`.
pub fn ph<const N: usize>(key: Key, args: [Arg; N]) -> Phrase {
    debug_assert_eq!(N, key.names().len(), "{key:?}");
    Phrase::Key(key, args.into())
}

/// A text without values.
pub fn said(key: Key) -> Phrase {
    Phrase::Key(key, Vec::new())
}

pub fn money(amount: Decimal) -> Arg {
    Arg::Money(amount)
}

pub fn pct(value: Decimal) -> Arg {
    Arg::Pct(value)
}

pub fn number(n: usize) -> Arg {
    Arg::Number(n)
}

pub fn plain(text: impl Into<String>) -> Arg {
    Arg::Plain(text.into())
}

pub fn nested(p: Phrase) -> Arg {
    Arg::Phrase(Box::new(p))
}

impl Phrase {
    /// This phrase followed by `next`.
    pub fn then(self, next: Phrase) -> Phrase {
        match (self, next) {
            (Phrase::Empty, n) => n,
            (s, Phrase::Empty) => s,
            (Phrase::Seq(mut v), n) => {
                v.push(n);
                Phrase::Seq(v)
            }
            (s, n) => Phrase::Seq(vec![s, n]),
        }
    }

    /// In `lang`, with amounts in euros.
    pub fn word(&self, lang: Lang) -> String {
        self.word_in(lang, Currency::Eur)
    }

    /// In `lang`, with amounts in `cur`, the currency of the assessment's method.
    pub fn word_in(&self, lang: Lang, cur: Currency) -> String {
        let mut out = String::with_capacity(160);
        self.write(W(lang, cur), &mut out);
        out
    }

    fn write(&self, w: W, out: &mut String) {
        let lang = w.0;
        match self {
            Phrase::Empty => {}
            Phrase::Plain(s) => out.push_str(s),
            Phrase::Static(s) => out.push_str(s),
            Phrase::Value(a) => a.write(w, out),
            Phrase::Seq(v) => v.iter().for_each(|p| p.write(w, out)),
            Phrase::Join(v, sep) => {
                for (n, p) in v.iter().enumerate() {
                    if n > 0 {
                        out.push_str(sep);
                    }
                    p.write(w, out);
                }
            }
            Phrase::Key(key, args) => {
                // Each `{name}` by the argument of that name, written straight into `out`.
                let names = key.names();
                crate::text::catalogue::fill_into(words(lang).get(*key), out, |name, out| {
                    match names.iter().position(|n| *n == name).and_then(|at| args.get(at)) {
                        Some(arg) => {
                            arg.write(w, out);
                            true
                        }
                        None => false,
                    }
                });
            }
        }
    }
}

/// What a phrase is worded in: the reader's language and the assessment's currency.
#[derive(Clone, Copy)]
struct W(Lang, Currency);

impl Arg {
    fn write(&self, w: W, out: &mut String) {
        let W(lang, cur) = w;
        match self {
            Arg::Money(d) => {
                let _ = write!(out, "{}", Cash(lang, cur, *d));
            }
            Arg::Pct(d) => {
                let _ = write!(out, "{}", Pct(lang, *d));
            }
            Arg::Number(n) => {
                let _ = write!(out, "{n}");
            }
            Arg::Plain(t) => out.push_str(t),
            Arg::Static(t) => out.push_str(t),
            Arg::Letter(c) => out.push(*c),
            Arg::Level(l) => out.push_str(level_name(*l, lang)),
            Arg::Effect(e) => out.push_str(effect_name(*e, lang)),
            Arg::FactorTitle(id) => out.push_str(factor_title(*id, lang)),
            Arg::Cite(c) => out.push_str(&cite(c, lang)),
            Arg::Phrase(p) => p.write(w, out),
        }
    }
}
