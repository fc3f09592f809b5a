//! The one way this project translates: a catalogue is a struct with one template per key, one
//! value of it per language (so a missing text does not compile), with named placeholders
//! (`{amount}`) that a translator may reorder or repeat. The engine's words and the widget's
//! interface are both declared with `catalogue!`.

use std::fmt::{self, Write as _};

/// The catalogues of the languages read at run time from their files (a build without them
/// compiled in): one per language, set once and kept for the rest of the program. The engine's
/// words and the widget's texts each have one.
pub struct Installed<T: 'static>([std::sync::OnceLock<&'static T>; 4]);

impl<T> Installed<T> {
    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        Installed([const { std::sync::OnceLock::new() }; 4])
    }

    pub fn get(&self, lang: crate::text::lang::Lang) -> Option<&'static T> {
        self.0[lang as usize].get().copied()
    }

    /// Makes `value` the catalogue of `lang`, unless it has one already.
    pub fn set(&self, lang: crate::text::lang::Lang, value: T) {
        let _ = self.0[lang as usize].set(Box::leak(Box::new(value)));
    }
}

/// Fills each `{name}` of `template` with the value named so; `{` before anything else stays.
pub fn fill(template: &str, args: &[(&str, &dyn fmt::Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 24 * args.len());
    fill_into(template, &mut out, |name, out| match args.iter().find(|(n, _)| *n == name) {
        Some((_, value)) => {
            let _ = write!(out, "{value}");
            true
        }
        None => false,
    });
    out
}

/// Writes `template` into `out`, each `{name}` by `value(name, out)`; a `{name}` that `value`
/// does not know (it returns `false`) stays as it is. The one scanner of named placeholders.
pub fn fill_into(template: &str, out: &mut String, mut value: impl FnMut(&str, &mut String) -> bool) {
    let mut rest = template;
    // A byte search for "{": the general substring searcher took a tenth of the engine's time.
    while let Some(pos) = rest.bytes().position(|b| b == b'{') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        let len = after.bytes().take_while(|b| b.is_ascii_lowercase() || *b == b'_').count();
        if len > 0 && after.as_bytes().get(len) == Some(&b'}') && value(&after[..len], out) {
            rest = &after[len + 1..];
        } else {
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
}

/// Whether `template` uses exactly the placeholder names `names` (in any order, any repeats).
pub fn same_names(template: &str, names: &[&str]) -> bool {
    let used = placeholders(template);
    used.len() == names.len() && names.iter().all(|n| used.contains(n))
}

/// The placeholder names a template uses, in order of first use.
/// One catalogue's texts in one language: (key, template, the names the key declares).
pub type Fields = Vec<(&'static str, &'static str, &'static [&'static str])>;

/// What is wrong with the translations of a catalogue, one line per problem: a text empty, its
/// placeholders not exactly the key's names (a translator may reorder them), an unnamed `{}`, or
/// the English text copied where the key is not one of `same` (words alike in some languages).
pub fn translation_problems(
    fields: impl Fn(crate::text::lang::Lang) -> Fields,
    same: &[&str],
) -> Vec<String> {
    use crate::text::lang::Lang;
    let sorted = |mut v: Vec<&'static str>| {
        v.sort_unstable();
        v
    };
    let english = fields(Lang::En);
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        for ((key, template, names), (_, en, _)) in fields(lang).into_iter().zip(&english) {
            if template.trim().is_empty() {
                problems.push(format!("{lang:?}.{key} is empty"));
            }
            if sorted(placeholders(template)) != sorted(names.to_vec()) || template.contains("{}") {
                problems.push(format!("{lang:?}.{key}: placeholders differ from {names:?}: {template}"));
            }
            if lang != Lang::En && !same.contains(&key) && template == *en && en.len() > 3 {
                problems.push(format!("{lang:?}.{key} is still English"));
            }
        }
    }
    problems
}

pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(pos) = rest.find('{') {
        let after = &rest[pos + 1..];
        let len = after.bytes().take_while(|b| b.is_ascii_lowercase() || *b == b'_').count();
        if len > 0 && after.as_bytes().get(len) == Some(&b'}') && !names.contains(&&after[..len]) {
            names.push(&after[..len]);
        }
        rest = after;
    }
    names
}

/// Declares a catalogue: `struct` with one template per key, a `Key` enum with each key's
/// placeholder names in the order its arguments are given, `get`, `fields` (for the tests that
/// compare languages) and, for each key with placeholders, a method taking them by name:
/// `w.capped(&amount, &maximum)`.
#[macro_export]
macro_rules! catalogue {
    ($(#[$meta:meta])* $vis:vis struct $name:ident, enum $key:ident { $( $field:ident $( ( $($arg:ident),+ ) )? ),* $(,)? }) => {
        $(#[$meta])*
        // `repr(C)`, every field a `&'static str`: laid out as an array of them, which `get` and
        // `from_pairs` use instead of one arm per key (hundreds of keys: that code was about
        // 40 KB of the wasm before wasm-opt).
        #[repr(C)]
        $vis struct $name {
            $(pub $field: &'static str,)*
        }

        /// The keys of the catalogue, to name a text as data and word it later.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $key {
            $($field,)*
        }

        impl $key {
            /// Every key, in order.
            pub const ALL: &'static [$key] = &[$($key::$field),*];
            /// Every key's name, in the order of the keys.
            const KEYS: &'static [&'static str] = &[$(stringify!($field)),*];
            /// Every key's placeholder names, in the order of the keys.
            const NAMES: &'static [&'static [&'static str]] = &[$(&[$($(stringify!($arg)),+)?]),*];

            /// The placeholder names of the key's template, in the order its arguments come.
            pub fn names(self) -> &'static [&'static str] {
                Self::NAMES[self as usize]
            }
        }

        #[allow(dead_code)]
        impl $name {
            pub fn get(&self, key: $key) -> &'static str {
                self.all()[key as usize]
            }

            /// The templates in the order of the keys.
            fn all(&self) -> &[&'static str; $key::KEYS.len()] {
                // SAFETY: a `repr(C)` struct of KEYS.len() fields, all `&'static str`, has the
                // layout of an array of as many (same size and alignment, no padding between
                // fields of one type); the reference lives as long as `self`.
                unsafe { &*(self as *const Self).cast::<[&'static str; $key::KEYS.len()]>() }
            }

            /// The template of the key named `name` (for tests that compare languages).
            pub fn get_by_name(&self, name: &str) -> &'static str {
                self.fields().into_iter().find(|(k, _, _)| *k == name).map(|(_, t, _)| t).unwrap_or_default()
            }

            /// A catalogue read from a language file: `get(key)` gives each key's template. Every
            /// key must be there with the placeholders it declares, else the error names the key.
            /// The texts are kept for the rest of the program (a language is read once).
            pub fn from_pairs<'a>(get: impl Fn(&str) -> Option<&'a str>) -> Result<Self, String> {
                let mut out = [""; $key::KEYS.len()];
                for (i, key) in $key::KEYS.iter().enumerate() {
                    let template = get(key).ok_or_else(|| format!("{key}: missing"))?;
                    let names = $key::NAMES[i];
                    if !$crate::text::catalogue::same_names(template, names) {
                        return Err(format!("{key}: placeholders other than {names:?}"));
                    }
                    out[i] = Box::leak(template.to_string().into_boxed_str());
                }
                // SAFETY: the array of templates in the order of the fields, as `all` reads them;
                // transmute checks at compile time that the sizes are the same.
                Ok(unsafe { ::std::mem::transmute::<[&'static str; $key::KEYS.len()], Self>(out) })
            }

            /// Every key, its template and its placeholder names.
            pub fn fields(&self) -> Vec<(&'static str, &'static str, &'static [&'static str])> {
                vec![$((stringify!($field), self.$field, $key::$field.names())),*]
            }

            $($(
                #[allow(clippy::too_many_arguments)]
                pub fn $field(&self, $($arg: &dyn ::std::fmt::Display),+) -> String {
                    $crate::text::catalogue::fill(self.$field, &[$((stringify!($arg), $arg)),+])
                }
            )?)*
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_by_name_in_any_order_and_leaves_other_braces() {
        assert_eq!(fill("{b} of {a}", &[("a", &1), ("b", &"4 %")]), "4 % of 1");
        assert_eq!(fill("{a}{a}", &[("a", &"x")]), "xx");
        assert_eq!(fill("no {holes} {}", &[]), "no {holes} {}");
        assert_eq!(placeholders("{b} and {a}, {b}"), vec!["b", "a"]);
    }
}
