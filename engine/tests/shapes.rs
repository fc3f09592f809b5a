//! The shapes European decisions take, each on a real decision that has it. The expected figures
//! are the decisions' own, with their paragraphs; the engine must produce them through the shape
//! (a band, a party, a combined step, a per-fine step 5, a later adjustment), not around it.

use finesim_engine::presets::preset;
use finesim_engine::{assess, Assessment, Step};
use rust_decimal::Decimal;

fn eur(n: i64) -> Decimal {
    Decimal::from(n)
}

fn case(id: &str) -> (&'static finesim_engine::presets::Preset, Assessment) {
    let p = preset(id).unwrap_or_else(|| panic!("no case {id}"));
    (p, assess(&p.scenario).unwrap())
}

fn steps<'a>(a: &'a Assessment, kind: &str) -> Vec<&'a Step> {
    a.steps.iter().filter(|s| s.kind == kind).collect()
}

/// APD 108/2024 (Belgium): the club reported a negative gross margin (§ 80); the Chamber placed it
/// in the band below €2 million and took 0.30 % of the €3,000,000 starting amount (§§ 86, 89):
/// €9,000; (c) −€1,000 (§§ 93, 96): €8,000.
#[test]
fn a_stated_size_band_instead_of_a_turnover() {
    let (p, a) = case("apd-108-2024");
    assert!(p.scenario.undertaking.turnover.is_none());
    assert_eq!(a.legal_maximum, eur(20_000_000));
    let turnover = steps(&a, "edpb.turnover")[0];
    assert_eq!(turnover.amount, Some(eur(9_000)));
    assert_eq!(turnover.band.map(|b| (b.low, b.high)), Some((eur(6_000), eur(12_000))));
    assert_eq!(a.final_amount, eur(8_000));
}

/// UODO DKN.5130.2415.2020 (Poland): controller A. (Art. 83(5), band €10–50m) €350,000 and its
/// processor X. (Art. 83(4), band up to €2m) €4,590, each with its own maximum (section VI a), b)).
#[test]
fn two_parties_each_with_its_own_turnover_and_maximum() {
    let (_, a) = case("uodo-dkn-5130-2415-2020");
    let parties: Vec<(Decimal, Decimal)> = a.parties.iter().map(|p| (p.fine, p.legal_maximum)).collect();
    assert_eq!(parties, vec![(eur(350_000), eur(20_000_000)), (eur(4_590), eur(10_000_000))]);
    assert!(a.operations.iter().any(|o| o.party == 1));
}

/// UODO DKN.5131.28.2023 (Toyota Bank Polska): €36,000 after step 2; (e), (f) and (k) weighed
/// together, −20 % = −€7,200, give €28,800 (point 4); step 5: €18,000 (point 5).
#[test]
fn one_step_3_effect_for_several_factors_together() {
    let (_, a) = case("uodo-dkn-5131-28-2023");
    let combined = steps(&a, "factors.combined");
    assert_eq!(combined.len(), 1);
    assert_eq!(combined[0].amount, Some(eur(28_800)));
    for f in ["83(2)(e)", "83(2)(f)", "83(2)(k)"] {
        assert!(combined[0].citation.contains(f), "{}", combined[0].citation);
    }
    assert_eq!(a.final_amount, eur(18_000));
}

/// UODO DKN.5131.4.2024: each fine has its own step 5 — €315,000 to 50 %, €157,500 (section
/// IV.B point 6), and €300,000 to 35 %, €105,000 (IV.C point 6) — before they are added: €262,500.
#[test]
fn step_5_per_fine() {
    let (_, a) = case("uodo-dkn-5131-4-2024");
    let per_fine: Vec<Option<Decimal>> = steps(&a, "fine.proportionality").iter().map(|s| s.amount).collect();
    assert_eq!(per_fine, vec![Some(eur(157_500)), Some(eur(105_000))]);
    assert_eq!(a.before_proportionality, eur(262_500));
    assert_eq!(a.final_amount, eur(262_500));
}

/// AEPD EXP202405119 (Watium): 20 % for acknowledging responsibility and 20 % for paying early,
/// each of the proposed €160,000 (Ley 39/2015 art. 85): €96,000, not the €102,400 of reductions
/// taken one after the other.
#[test]
fn reductions_taken_from_the_same_base_in_order() {
    let (_, a) = case("aepd-exp202405119");
    let later: Vec<Option<Decimal>> = steps(&a, "adjustment").iter().map(|s| s.amount).collect();
    assert_eq!(later, vec![Some(eur(128_000)), Some(eur(96_000))]);
    assert!(steps(&a, "adjustment").iter().all(|s| s.citation.contains("85")));
    assert_eq!(a.final_amount, eur(96_000));
}

/// Voorschoten (AP, 2023): the operative part imposes one fine for Art. 5(1)(a) with 6(1)(e) and
/// 14(1)(c)–(d); no provision is dropped, and the maximum is the gravest one's.
#[test]
fn one_fine_for_several_provisions() {
    let (p, a) = case("voorschoten-2023");
    let first = &a.infringements[0];
    assert!(!first.also.is_empty(), "{:?}", p.scenario.infringements[0]);
    assert!(first.also.iter().any(|x| x.starts_with("14")));
    let classification = a.steps.iter().find(|s| s.kind == "classification").unwrap();
    assert!(classification.explanation.contains("Art. 14(1)(c)"), "{}", classification.explanation);
}

/// UODO DKN.5131.28.2023: the EDPB steps in euros, the fine imposed in złoty at the NBP average
/// rate named by art. 103 of the Act of 10 May 2018: €18,000 × 4.3653 = PLN 78,575.40.
#[test]
fn a_fine_decided_in_another_currency() {
    let (p, a) = case("uodo-dkn-5131-28-2023");
    let o = &p.outcomes[0];
    let f = o.decided_in.as_ref().expect("decided in PLN");
    assert_eq!(
        (f.currency.as_str(), f.amount, f.rate),
        ("PLN", "78575.40".parse().unwrap(), "4.3653".parse().unwrap())
    );
    assert_eq!(o.simulated(&a), eur(18_000));
    assert!(f.converts(a.final_amount));
}

/// APD/GBA 07/2024 (Black Tiger): the turnover redacted and no band named (§§ 221–225), yet each
/// adjusted starting amount stated, 1.85 % of the theoretical one: €10,000,000 → €185,000 (§ 236),
/// €2,800,000 → €51,800 (§ 255), €200,000 → €3,700 (§ 271). The rate is applied as set, said to be
/// unchecked by a band; the fines €129,500 (§ 244), €41,440 (§ 261), €3,700 (§ 274).
#[test]
fn a_stated_adjustment_without_turnover_or_band_is_applied_as_set() {
    let p = finesim_engine::presets::preset("apd-07-2024").unwrap();
    assert_eq!(p.scenario.undertaking.turnover, None);
    assert_eq!(p.scenario.undertaking.turnover_band, None);
    let a = finesim_engine::assess(&p.scenario).unwrap();
    let adjusted: Vec<_> =
        a.steps.iter().filter(|s| s.kind == "edpb.turnover").map(|s| s.amount.unwrap()).collect();
    let d = |n: i64| rust_decimal::Decimal::from(n);
    assert_eq!(adjusted, [d(185_000), d(51_800), d(3_700)]);
    assert!(a
        .steps
        .iter()
        .filter(|s| s.kind == "edpb.turnover")
        .all(|s| s.explanation.contains("without a band")));
    let fines: Vec<_> = a.infringements.iter().map(|r| r.fine).collect();
    assert_eq!(fines, [d(129_500), d(41_440), d(3_700)]);
    assert_eq!(a.final_amount, d(174_640));
    // No turnover and no rate: no adjustment, as before.
    let mut s = p.scenario.clone();
    s.edpb.turnover_adjustment_pct = None;
    let a = finesim_engine::assess(&s).unwrap();
    assert!(a
        .steps
        .iter()
        .filter(|s| s.kind == "edpb.turnover")
        .all(|s| s.explanation.contains("no size adjustment")));
}

/// UODO DKN.5112.33.2022 (19 Feb 2026): step 5 raises the fine. €20m maximum (§ 74), high 30 % =
/// €6,000,000 (§ 75), the €50–100m band at 18 % = €1,080,000 (§ 76), nothing at step 3 (§ 77),
/// then +30 % for a company within a large international group: €1,404,000 (§ 82), which the
/// guidelines' last step allows (§ 78); PLN 5,898,064 at 4.2009.
#[test]
fn step_5_raises_the_fine_where_it_would_not_deter() {
    let (p, a) = case("uodo-dkn-5112-33-2022");
    assert_eq!(a.before_proportionality, eur(1_080_000));
    assert_eq!(a.final_amount, eur(1_404_000));
    let step5 = steps(&a, "proportionality")[0];
    assert_eq!(step5.band.map(|b| b.high), Some(eur(1_404_000)));
    let pln = p.outcomes[0].decided_in.as_ref().unwrap();
    assert!(pln.converts(a.final_amount));
    // Never above the legal maximum.
    let mut s = p.scenario.clone();
    s.proportionality.adjustment = Some(finesim_engine::ProportionalityAdjustment::SetTo(eur(30_000_000)));
    assert_eq!(assess(&s).unwrap().final_amount, eur(20_000_000));
}
