//! Which method an authority uses for a decision of a given date and kind of body: the Dutch AP
//! its Boetebeleidsregels 2019 for companies until the EDPB guidelines v2.1 (24 May 2023), and
//! for public bodies until its own 2023 rules; every other authority the EDPB guidelines since
//! their adoption; the UK ICO its 2024 Fining Guidance since 18 March 2024. Dates are ISO strings,
//! compared as such.

use crate::schema::scenario::Method;

/// AP 2019 rules in force [text: Rb. Gelderland, ARN 20/2537, r.o. 7.5].
pub const AP2019_FROM: &str = "2019-03-15";
/// EDPB Guidelines 04/2022 v2.1 adopted; the AP applies them to companies since [2+].
pub const EDPB_FROM: &str = "2023-05-24";
/// From when the AP fines public bodies under its 2023 rules [verify: the entry into force was
/// not found; the AP still applied its 2019 rules to the municipality of Voorschoten on 2 Nov
/// 2023, § 4.4].
pub const AP2023_PUBLIC_FROM: &str = "2024-01-01";

/// The ICO's Data Protection Fining Guidance published; it applies to notices after it where
/// no notice of intent was issued before [notice: 23andMe ¶ 369; 2+].
pub const ICO2024_FROM: &str = "2024-03-18";

/// Whose decision it is: the method follows from the authority.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Authority {
    /// The Dutch Autoriteit Persoonsgegevens.
    DutchAp,
    /// Another authority of the EEA.
    OtherEea,
    /// The UK Information Commissioner.
    Ico,
}

impl Authority {
    /// The authority of a decision of this country.
    pub fn of_country(country: crate::schema::country::Country) -> Authority {
        use crate::schema::country::Country;
        match country {
            Country::NL => Authority::DutchAp,
            Country::GB => Authority::Ico,
            _ => Authority::OtherEea,
        }
    }
}

/// The method an authority uses, as far as this simulator knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applicable {
    /// The AP's Boetebeleidsregels 2019.
    Ap2019,
    /// EDPB Guidelines 04/2022 v2.1.
    Edpb2023,
    /// The AP's 2016 rules, for decisions before 15 March 2019: not in this simulator.
    Ap2016,
    /// The AP's 2023 rules for public bodies and for persons not acting for a business: not in
    /// this simulator.
    Ap2023PublicBodies,
    /// Before 24 May 2023 an authority other than the AP had no common method: its own practice.
    NationalPractice,
    /// The ICO's Data Protection Fining Guidance (2024).
    Ico2024,
    /// The ICO before 18 March 2024: the penalty sections of its Regulatory Action Policy
    /// (November 2018), not in this simulator.
    IcoRap2018,
}

impl Applicable {
    /// The simulator's method for it, where it has one.
    pub fn method(self) -> Option<Method> {
        match self {
            Applicable::Ap2019 => Some(Method::Ap2019),
            Applicable::Edpb2023 => Some(Method::Edpb2023),
            Applicable::Ico2024 => Some(Method::Ico2024),
            _ => None,
        }
    }
}

/// For a decision of `authority`, on a public body or not, on `date` (YYYY-MM-DD).
pub fn applicable(authority: Authority, public_body: bool, date: &str) -> Applicable {
    if authority == Authority::Ico {
        return if date < ICO2024_FROM { Applicable::IcoRap2018 } else { Applicable::Ico2024 };
    }
    match (authority == Authority::DutchAp, public_body) {
        (true, _) if date < AP2019_FROM => Applicable::Ap2016,
        (true, false) if date < EDPB_FROM => Applicable::Ap2019,
        (true, false) => Applicable::Edpb2023,
        (true, true) if date < AP2023_PUBLIC_FROM => Applicable::Ap2019,
        (true, true) => Applicable::Ap2023PublicBodies,
        (false, _) if date < EDPB_FROM => Applicable::NationalPractice,
        (false, _) => Applicable::Edpb2023,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_case_was_decided_under_the_method_its_authority_used_then() {
        use crate::io::presets::presets;
        // The library's cases: AP companies before 24 May 2023 under the 2019 rules, after it
        // under the EDPB guidelines, the CNIL and the DPC under the guidelines; public bodies
        // under the 2019 rules until the 2023 rules.
        for p in presets() {
            let a =
                applicable(Authority::of_country(p.country), p.scenario.undertaking.public_body, &p.decided);
            if let Some(m) = a.method() {
                // Two AP decisions of 2023/2024 on companies set the amount under the 2019 rules
                // and checked it against the guidelines (ICS § 39–59, Kruidvat § 89–113).
                if !["ics-2023", "kruidvat-2024"].contains(&p.id.as_str()) {
                    assert_eq!(m, p.scenario.method, "{} ({})", p.id, p.decided);
                }
            }
        }
        assert_eq!(applicable(Authority::DutchAp, false, "2019-03-14"), Applicable::Ap2016);
        assert_eq!(applicable(Authority::OtherEea, false, "2021-01-01"), Applicable::NationalPractice);
        assert_eq!(applicable(Authority::DutchAp, true, "2026-11-26"), Applicable::Ap2023PublicBodies);
        // Central YMCA (6 Mar 2024) still followed the 2018 policy; DPP Law (14 Apr 2025) the 2024
        // Guidance.
        assert_eq!(applicable(Authority::Ico, false, "2024-03-06"), Applicable::IcoRap2018);
        assert_eq!(applicable(Authority::Ico, false, "2025-04-14"), Applicable::Ico2024);
    }
}
