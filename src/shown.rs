//! What the widget shows for a scenario: its assessment, or, while an infringement is still
//! being filled in (no article yet, one that cannot be read), the assessment of the others, with
//! that one left out and said so. The reader who adds a third infringement keeps the result of
//! the first two; the new card says what it needs.

use finesim_engine::presets::Preset;
use finesim_engine::{assess_in, Assessment, FieldPath, Lang, Scenario, ScenarioError};
use std::rc::Rc;

#[derive(Debug, PartialEq)]
pub struct Shown {
    pub result: Result<Rc<Assessment>, ScenarioError>,
    /// The infringements left out, by their place on screen, each with why.
    pub left_out: Vec<(usize, ScenarioError)>,
    /// For each infringement on screen, its place in the assessment (`None`: left out).
    pub index: Vec<Option<usize>>,
}

impl Shown {
    /// What the card of infringement `i` shows as its error: why it is left out, or the
    /// scenario's error where there is no result at all.
    pub fn error_for_card(&self, i: usize) -> Option<ScenarioError> {
        let own = self.left_out.iter().find(|(k, _)| *k == i).map(|(_, e)| e.clone());
        own.or_else(|| self.result.as_ref().err().cloned())
    }
}

/// Assesses `scenario` in `lang`, leaving out an infringement whose own input cannot be read as
/// long as others remain; a case's stated amounts are marked as such (`case`).
pub fn assess_shown(scenario: &Scenario, lang: Lang, case: Option<&Preset>) -> Shown {
    let mut kept: Vec<usize> = (0..scenario.infringements.len()).collect();
    let mut left_out = Vec::new();
    loop {
        let mut s = scenario.clone();
        s.infringements = kept.iter().map(|&i| scenario.infringements[i].clone()).collect();
        let index = (0..scenario.infringements.len()).map(|i| kept.iter().position(|k| *k == i)).collect();
        match assess_in(&s, lang) {
            Ok(mut a) => {
                if let (Some(case), true) = (case, left_out.is_empty()) {
                    case.mark_stated(scenario, &mut a);
                }
                return Shown { result: Ok(Rc::new(a)), left_out, index };
            }
            Err(e) => {
                let at = (0..kept.len()).find(|k| e.field.is_within(&FieldPath::infringement(*k)));
                match at {
                    Some(k) if kept.len() > 1 => {
                        let on_screen = kept.remove(k);
                        left_out.push((on_screen, moved(e, k, on_screen)));
                    }
                    _ => {
                        let e = match at {
                            Some(k) => moved(e, k, kept[k]),
                            None => e,
                        };
                        return Shown { result: Err(e), left_out, index };
                    }
                }
            }
        }
    }
}

/// The error of infringement `from` of the assessed scenario, named by its place on screen.
fn moved(e: ScenarioError, from: usize, to: usize) -> ScenarioError {
    let old = FieldPath::infringement(from);
    let rest = e.field.as_str().strip_prefix(old.as_str()).unwrap_or_default().to_string();
    let field = FieldPath::parsed(format!("{}{rest}", FieldPath::infringement(to)));
    ScenarioError { field, ..e }
}

#[cfg(test)]
mod tests {
    use super::*;
    use finesim_engine::Infringement;

    #[test]
    fn an_infringement_being_filled_in_is_left_out_and_the_others_keep_their_result() {
        // CP&A (AP, 24 Mar 2020): €725,000 + €310,000, cut to €15,000 (§§ 5.3–5.5).
        let cpa = crate::files::case("cpa-2020").unwrap();
        let mut s = cpa.scenario.clone();
        s.infringements.insert(1, Infringement::new(""));
        let shown = assess_shown(&s, Lang::En, Some(cpa));
        let a = shown.result.as_ref().expect("a result without the new one");
        assert_eq!(a.final_amount, rust_decimal::Decimal::from(15_000));
        assert_eq!(shown.index, vec![Some(0), None, Some(1)]);
        assert_eq!(shown.left_out.len(), 1);
        assert_eq!(shown.left_out[0].0, 1);
        assert_eq!(shown.error_for_card(1).unwrap().field, "infringements[1].article");
        assert!(shown.error_for_card(2).is_none());
    }

    #[test]
    fn with_nothing_else_to_show_the_error_stays() {
        let mut s = Scenario::default();
        s.infringements.push(Infringement::new("art. x"));
        let shown = assess_shown(&s, Lang::En, None);
        assert_eq!(shown.result.unwrap_err().field, "infringements[0].article");
    }
}
