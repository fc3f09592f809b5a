//! The Art. 83(2) factors (a)–(k): their wording in short, and which step of each method
//! weighs them.

use crate::scenario::FactorId;

/// `(factor, short title, plain-language explanation)`, paraphrasing Art. 83(2) [text].
// `static`, not `const`: a const array is copied into every function that reads it, strings and
// all (three copies in the wasm).
pub static FACTORS: [(FactorId, &str, &str); 11] = [
    (FactorId::A, "Nature, gravity and duration", "What was done, how long it lasted, how many people it touched and how much harm they suffered."),
    (FactorId::B, "Intent or negligence", "Whether the infringement was deliberate or the result of carelessness."),
    (FactorId::C, "Mitigating action", "What the controller or processor did to limit the damage to the people concerned."),
    (FactorId::D, "Degree of responsibility", "How far the technical and organisational measures of Articles 25 and 32 fell short."),
    (FactorId::E, "Previous infringements", "Relevant earlier infringements by the same controller or processor."),
    (FactorId::F, "Cooperation", "How well the controller or processor cooperated with the supervisory authority to remedy the infringement."),
    (FactorId::G, "Categories of data", "Which kinds of personal data were affected, e.g. health data or other special categories."),
    (FactorId::H, "How the authority learned of it", "Whether the controller notified the infringement itself, and how fully."),
    (FactorId::I, "Earlier orders", "Whether measures the authority already ordered under Article 58(2) on the same subject were complied with."),
    (FactorId::J, "Codes of conduct, certification", "Adherence to approved codes of conduct (Art. 40) or certification mechanisms (Art. 42)."),
    (FactorId::K, "Other circumstances", "Anything else that aggravates or mitigates, such as financial benefits gained or losses avoided."),
];

pub fn factor_title(id: FactorId) -> &'static str {
    FACTORS[id as usize].1
}

pub fn factor_explanation(id: FactorId) -> &'static str {
    FACTORS[id as usize].2
}

/// "GDPR Art. 83(2)(g)".
pub fn factor_citation(id: FactorId) -> String {
    format!("{}({})", crate::legal_tables::FACTORS_CITATION_PREFIX, id.letter())
}

/// Under the EDPB guidelines (a), (b) and (g) set the seriousness in step 2; the others are the
/// aggravating and mitigating circumstances of step 3. Counting one twice would be wrong.
pub fn edpb_weighs_in_seriousness(id: FactorId) -> bool {
    matches!(id, FactorId::A | FactorId::B | FactorId::G)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_letter_order() {
        for (i, (id, _, _)) in FACTORS.iter().enumerate() {
            assert_eq!(*id as usize, i);
        }
        assert_eq!(factor_citation(FactorId::K), "GDPR Art. 83(2)(k)");
    }
}
