//! The shipped real cases must come out to the euro as the authorities decided them. The
//! expected figures are the decisions' own (see shared/legal-facts.md), not engine output.

use finesim_engine::presets::{preset, presets, ComparesTo};
use finesim_engine::{assess, Method};
use rust_decimal::Decimal;

fn eur(n: i64) -> Decimal {
    Decimal::from(n)
}

#[test]
fn cpa_2020_reproduces_725k_plus_310k_cut_to_15k() {
    let p = preset("cpa-2020").expect("preset");
    let a = assess(&p.scenario).unwrap();
    assert_eq!(a.method, Method::Ap2019);
    assert_eq!(a.infringements[0].fine_eur, eur(725_000));
    assert_eq!(a.infringements[1].fine_eur, eur(310_000));
    assert_eq!(a.before_proportionality_eur, eur(1_035_000));
    assert_eq!(a.final_eur, eur(15_000));
    // Art. 9(1) is the gravest: its 83(5) maximum caps the operation.
    assert_eq!(a.legal_maximum_eur, eur(20_000_000));
    let last = a.steps.last().unwrap();
    assert_eq!(last.kind, "proportionality");
    assert!(last.citation.contains("5:46"), "{}", last.citation);
}

#[test]
fn amazon_2023_reproduces_32m_of_a_45_4m_maximum() {
    let p = preset("amazon-fr-2023").expect("preset");
    let a = assess(&p.scenario).unwrap();
    assert_eq!(a.legal_maximum_eur, eur(45_400_000));
    assert_eq!(a.final_eur, eur(32_000_000));
    assert_eq!(a.before_proportionality_eur, eur(32_000_000));
    // Art. 32 alone would be 2 % of turnover.
    let art32 = a.infringements.iter().find(|i| i.article == "32").unwrap();
    assert_eq!(art32.legal_maximum_eur, eur(22_700_000));
    // The step trail follows the guidelines: step 1 first, step 5 last.
    assert_eq!(a.steps.first().unwrap().kind, "edpb.step1");
    assert_eq!(a.steps.last().unwrap().kind, "proportionality");
    let seriousness = a.steps.iter().find(|s| s.kind == "edpb.seriousness").unwrap();
    let band = seriousness.band.unwrap();
    assert_eq!((band.low_eur, band.high_eur), (eur(9_080_000), eur(45_400_000)));
}

#[test]
fn haga_2019_reproduces_310k_plus_two_times_75k() {
    let p = preset("haga-2019").expect("preset");
    let a = assess(&p.scenario).unwrap();
    assert_eq!(a.infringements[0].base_eur, eur(310_000));
    assert_eq!(a.final_eur, eur(460_000));
    let factor_amounts: Vec<Decimal> = a.steps.iter().filter(|s| s.kind == "ap.factor").filter_map(|s| s.amount_eur).collect();
    assert_eq!(factor_amounts, vec![eur(385_000), eur(460_000)]);
}

#[test]
fn every_preset_matches_its_first_actual_decision() {
    for p in presets() {
        let a = assess(&p.scenario).unwrap_or_else(|e| panic!("{}: {e}", p.id));
        let first = &p.outcomes[0];
        let simulated = match first.compares_to {
            ComparesTo::Final => a.final_eur,
            ComparesTo::BeforeProportionality => a.before_proportionality_eur,
        };
        assert_eq!(simulated, first.amount_eur, "{}: {}", p.id, first.label);
    }
}
