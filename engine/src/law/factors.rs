//! The Art. 83(2) factors (a)–(k): their wording in short, and which step of each method
//! weighs them.

use crate::schema::scenario::{FactorId, Method};

/// Art. 83(2)(g) as a citation: of the GDPR, or of the UK GDPR for the ICO's method (the same
/// factors under the same letters).
pub fn factor_citation(method: Method, id: FactorId) -> crate::law::tables::Cite {
    crate::law::tables::Cite::of_law(
        method,
        format!("{}({})", crate::law::tables::FACTORS_ARTICLE, id.letter()),
    )
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
    fn citations_name_the_point() {
        assert_eq!(factor_citation(Method::Edpb2023, FactorId::K), crate::law::tables::gdpr("83(2)(k)"));
        assert_eq!(factor_citation(Method::Ico2024, FactorId::K), crate::law::tables::uk_gdpr("83(2)(k)"));
    }
}
