//! The Art. 83(2) factors (a)–(k): their wording in short, and which step of each method
//! weighs them.

use crate::schema::scenario::FactorId;

/// Art. 83(2)(g) as a citation.
pub fn factor_citation(id: FactorId) -> crate::law::tables::Cite {
    crate::law::tables::Cite::Gdpr(format!("{}({})", crate::law::tables::FACTORS_ARTICLE, id.letter()).into())
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
        assert_eq!(factor_citation(FactorId::K), crate::law::tables::gdpr("83(2)(k)"));
    }
}
