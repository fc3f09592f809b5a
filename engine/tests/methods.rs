//! Each method's steps on small scenarios whose amounts follow directly from the legal tables
//! (`engine/src/law/tables.rs`: GDPR Art. 83(4)–(6), Boetebeleidsregels AP 2019, EDPB Guidelines 04/2022 v2.1), worked out by hand in the comments.

use finesim_engine::*;
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn scenario(method: Method, turnover: Option<&str>, infringements: Vec<Infringement>) -> Scenario {
    Scenario {
        method,
        undertaking: Undertaking {
            name: "Test BV".into(),
            turnover: turnover.map(d),
            public_body: false,
            ..Undertaking::default()
        },
        infringements,
        ..Scenario::default()
    }
}

fn with_factor(
    mut inf: Infringement,
    id: FactorId,
    effect: Effect,
    adjust: Option<Adjustment>,
) -> Infringement {
    inf.factors.insert(id, FactorSetting { effect, adjust, reason: String::new() });
    inf
}

#[test]
fn edpb_small_undertaking_medium_seriousness() {
    // 83(5), turnover €30m → static maximum €20m. Medium, 15 % → €3,000,000.
    // Turnover €10m–€50m: 1.5–10 % of the starting amount; 5 % → €150,000.
    let mut inf = Infringement::new("6(1)");
    inf.seriousness =
        Seriousness { level: SeriousnessLevel::Medium, start: Some(StartingPoint::PctOfMax(d("15"))) };
    let mut s = scenario(Method::Edpb2023, Some("30000000"), vec![inf]);
    s.edpb.turnover_adjustment_pct = Some(d("5"));
    let a = assess(&s).unwrap();
    assert_eq!(a.legal_maximum, d("20000000"));
    let amounts: Vec<(String, Option<Decimal>)> =
        a.steps.iter().map(|s| (s.kind.id().to_string(), s.amount)).collect();
    assert!(amounts.contains(&("edpb.seriousness".into(), Some(d("3000000")))), "{amounts:?}");
    assert!(amounts.contains(&("edpb.turnover".into(), Some(d("150000")))), "{amounts:?}");
    assert_eq!(a.final_amount, d("150000"));
}

#[test]
fn edpb_default_points_are_the_middle_of_each_range() {
    // High: 20–100 % → 60 % of €20m = €12m; turnover ≤ €2m: 0.2–0.4 % → 0.3 % → €36,000.
    let mut inf = Infringement::new("9(1)");
    inf.seriousness.level = SeriousnessLevel::High;
    let a = assess(&scenario(Method::Edpb2023, Some("1500000"), vec![inf])).unwrap();
    assert_eq!(a.final_amount, d("36000"));
}

#[test]
fn edpb_step3_factors_are_shares_of_the_amount_after_step_2() {
    // Low, 5 % of €10m (83(4)) = €500,000; €300m turnover: 40–100 %, 50 % → €250,000.
    // (c) mitigating 10 % → −€25,000; (e) aggravating 20 % → +€50,000: €275,000.
    let mut inf = Infringement::new("32");
    inf.seriousness =
        Seriousness { level: SeriousnessLevel::Low, start: Some(StartingPoint::PctOfMax(d("5"))) };
    let inf = with_factor(inf, FactorId::C, Effect::Mitigating, Some(Adjustment::Pct(d("10"))));
    let inf = with_factor(inf, FactorId::E, Effect::Aggravating, Some(Adjustment::Pct(d("20"))));
    let mut s = scenario(Method::Edpb2023, Some("300000000"), vec![inf]);
    s.edpb.turnover_adjustment_pct = Some(d("50"));
    let a = assess(&s).unwrap();
    assert_eq!(a.final_amount, d("275000"));
    let factor_steps: Vec<_> = a.steps.iter().filter(|s| s.kind == "edpb.factor").collect();
    assert_eq!(factor_steps.len(), 2);
    assert!(factor_steps.iter().all(|s| s.assumption), "step-3 figures are assumptions");
}

#[test]
fn edpb_does_not_count_seriousness_factors_twice() {
    let inf = with_factor(
        Infringement::new("32"),
        FactorId::A,
        Effect::Aggravating,
        Some(Adjustment::Amount(d("75000"))),
    );
    let plain =
        assess(&scenario(Method::Edpb2023, Some("1000000000"), vec![Infringement::new("32")])).unwrap();
    let a = assess(&scenario(Method::Edpb2023, Some("1000000000"), vec![inf])).unwrap();
    assert_eq!(a.final_amount, plain.final_amount);
    assert!(a.warnings.iter().any(|w| w.contains("(a)")), "{:?}", a.warnings);
}

#[test]
fn edpb_step4_caps_at_the_legal_maximum() {
    // High 100 % of €20m; €600m turnover has no adjustment but its maximum is 4 % = €24m.
    // (k) aggravating +€10m → €34m → capped at €24m... but the maximum uses turnover: 4 % of €600m.
    let mut inf = Infringement::new("5(1)(a)");
    inf.seriousness =
        Seriousness { level: SeriousnessLevel::High, start: Some(StartingPoint::PctOfMax(d("100"))) };
    let inf = with_factor(inf, FactorId::K, Effect::Aggravating, Some(Adjustment::Amount(d("10000000"))));
    let a = assess(&scenario(Method::Edpb2023, Some("600000000"), vec![inf])).unwrap();
    assert_eq!(a.legal_maximum, d("24000000"));
    assert_eq!(a.final_amount, d("24000000"));
}

#[test]
fn article_83_3_caps_linked_operations_and_adds_separate_ones() {
    // Three 83(4) infringements at 100 % of €10m, turnover €600m (no adjustment, max 2 % = €12m).
    let high = |art: &str, op: u32| {
        let mut inf = Infringement::new(art);
        inf.operation = op;
        inf.seriousness =
            Seriousness { level: SeriousnessLevel::High, start: Some(StartingPoint::PctOfMax(d("100"))) };
        inf
    };
    let a = assess(&scenario(
        Method::Edpb2023,
        Some("600000000"),
        vec![high("32", 1), high("33", 1), high("30", 2)],
    ))
    .unwrap();
    // Operation 1: €12m + €12m capped at €12m; operation 2: €12m. Total €24m.
    assert_eq!(a.operations.len(), 2);
    assert_eq!(a.operations[0].sum, d("24000000"));
    assert_eq!(a.operations[0].fine, d("12000000"));
    assert_eq!(a.before_proportionality, d("24000000"));
    assert_eq!(a.legal_maximum, d("24000000"));
    assert!(a.steps.iter().any(|s| s.kind == "total"));
}

#[test]
fn ap_factors_stay_in_the_band_unless_the_next_band_is_used() {
    // Category II (€120k–€500k, basic €310k) + €300k aggravating = €610k → held at €500k.
    let inf = with_factor(
        Infringement::new("32(1)"),
        FactorId::A,
        Effect::Aggravating,
        Some(Adjustment::Amount(d("300000"))),
    );
    let a = assess(&scenario(Method::Ap2019, None, vec![inf.clone()])).unwrap();
    assert_eq!(a.final_amount, d("500000"));
    assert!(!a.warnings.is_empty());
    // Art. 8.1 as the AP applies it (FSV, 7 Apr 2022, § 3.3.5): category III's own basic fine
    // (€525k) and band (€300k–€750k) replace category II's: €525k + €300k = €825k → €750k.
    let mut next = inf;
    next.ap_band = ApBandUse::NextHigher;
    let a = assess(&scenario(Method::Ap2019, None, vec![next])).unwrap();
    assert_eq!(a.infringements[0].base, d("525000"));
    assert_eq!(a.final_amount, d("750000"));
    let step = a.steps.iter().find(|s| s.kind == "ap.next_category").expect("art. 8.1 step");
    assert!(step.citation.contains("art. 8.1"), "{}", step.citation);
    assert_eq!(step.amount, Some(d("525000")));
}

#[test]
fn ap_next_lower_category_uses_its_basic_fine() {
    // Orthodontist (AP, 4 Feb 2021): a category II provision fined in category I, basic €100,000
    // within €0–€200,000 (Boetebeleidsregels 2019, art. 2.3).
    let mut inf = Infringement::new("32(1)");
    inf.ap_band = ApBandUse::NextLower;
    let a = assess(&scenario(Method::Ap2019, None, vec![inf])).unwrap();
    assert_eq!(a.infringements[0].ap_category, Some(ApCategory::II));
    assert_eq!(a.infringements[0].ap_category_applied, Some(ApCategory::I));
    assert_eq!(a.final_amount, d("100000"));
    assert_eq!(a.infringements[0].band.map(|b| (b.low, b.high)), Some((d("0"), d("200000"))));
}

#[test]
fn ap_category_cites_annex_1_for_83_4_and_annex_2_for_83_5() {
    let a =
        assess(&scenario(Method::Ap2019, None, vec![Infringement::new("32(1)"), Infringement::new("9(1)")]))
            .unwrap();
    let cats: Vec<&str> =
        a.steps.iter().filter(|s| s.kind == "ap.category").map(|s| s.citation.as_str()).collect();
    assert!(
        cats[0].contains("annex 1") && cats[0].contains("art. 2.1") || cats[0].contains("arts. 2.1"),
        "{}",
        cats[0]
    );
    assert!(cats[1].contains("annex 2"), "{}", cats[1]);
    // Category IV for an Art. 83(4) provision is only reachable through art. 8.1: warned, not refused.
    let mut iv = Infringement::new("32(1)");
    iv.ap_category = Some(ApCategory::IV);
    let a = assess(&scenario(Method::Ap2019, None, vec![iv])).unwrap();
    assert_eq!(a.final_amount, d("725000"));
    assert!(a.warnings.iter().any(|w| w.contains("annex 1")), "{:?}", a.warnings);
}

#[test]
fn ap_provisions_without_one_category_are_not_guessed() {
    // 12(2) is category III (DPG Media) and 12(5) category II (BKR): a bare 12 has none of its
    // own. It still gives a number, but as a marked assumption with a warning naming both.
    let a = assess(&scenario(Method::Ap2019, None, vec![Infringement::new("12")])).unwrap();
    assert!(a.steps.iter().any(|s| s.kind == "ap.category" && s.assumption));
    assert!(
        a.warnings.iter().any(|w| w.contains("12(2): III") && w.contains("12(5): II")),
        "{:?}",
        a.warnings
    );
    assert_eq!(
        assess(&scenario(Method::Ap2019, None, vec![Infringement::new("12(5)")])).unwrap().final_amount,
        d("310000")
    );
    // 5(1)(a) follows the provision it is read with (KNLTB, para. 152): III assumed, and marked.
    let a = assess(&scenario(Method::Ap2019, None, vec![Infringement::new("5(1)(a)")])).unwrap();
    assert_eq!(a.final_amount, d("525000"));
    assert!(a.steps.iter().any(|s| s.kind == "ap.category" && s.assumption));
}

#[test]
fn ap_ability_to_pay_without_the_lower_band_is_warned_not_refused() {
    let mut s = scenario(Method::Ap2019, None, vec![Infringement::new("32(1)")]);
    s.proportionality.adjustment = Some(ProportionalityAdjustment::SetTo(d("15000")));
    let a = assess(&s).unwrap();
    assert_eq!(a.final_amount, d("15000"));
    assert!(a.warnings.iter().any(|w| w.contains("art. 9")), "{:?}", a.warnings);
    let last = a.steps.last().unwrap();
    assert!(last.citation.contains("art. 9"), "{}", last.citation);
    s.proportionality.lower_band_considered = true;
    assert!(!assess(&s).unwrap().warnings.iter().any(|w| w.contains("art. 9")));
}

#[test]
fn ap_connected_infringements_are_a_step_of_their_own() {
    // BKR as the court set it (Rb. Gelderland 17 Jul 2023, r.o. 7.9): €310,000 + €525,000, −20 %.
    let mut s = scenario(Method::Ap2019, None, vec![Infringement::new("12(5)"), Infringement::new("12(2)")]);
    s.connection = Some(Connection { reduce: Adjustment::Pct(d("20")), reason: String::new() });
    let a = assess(&s).unwrap();
    assert_eq!(a.final_amount, d("668000"));
    let step = a.steps.iter().find(|s| s.kind == "ap.connection").unwrap();
    assert_eq!(step.amount, Some(d("668000")));
    // The operation step cites the AP's own art. 10 beside Art. 83(3).
    assert!(a.steps.iter().any(|s| s.kind == "operation" && s.citation.contains("art. 10")));
}

#[test]
fn edpb_midpoints_are_marked_as_assumptions_and_the_turnover_step_can_be_left_out() {
    let mut s = scenario(Method::Edpb2023, Some("40000000"), vec![Infringement::new("32(1)")]);
    let a = assess(&s).unwrap();
    for kind in ["edpb.seriousness", "edpb.turnover"] {
        assert!(a.steps.iter().find(|st| st.kind == kind).unwrap().assumption, "{kind}");
    }
    // Medium 10–20 % → 15 % of €10m = €1.5m; turnover €40m: 1.5–10 %, middle 5.75 % = €86,250.
    assert_eq!(a.final_amount, d("86250"));
    s.edpb.skip_turnover_adjustment = true;
    assert_eq!(assess(&s).unwrap().final_amount, d("1500000"));
}

#[test]
fn ap_repeat_offence_adds_half() {
    let mut inf = Infringement::new("32(1)");
    inf.repeat_offence = true;
    assert_eq!(assess(&scenario(Method::Ap2019, None, vec![inf])).unwrap().final_amount, d("465000"));
}

#[test]
fn ap_mitigating_percentage_of_the_basic_fine() {
    // Category IV basic €725k, (c) mitigating 20 % → −€145k = €580k.
    let inf = with_factor(
        Infringement::new("9(1)"),
        FactorId::C,
        Effect::Mitigating,
        Some(Adjustment::Pct(d("20"))),
    );
    assert_eq!(assess(&scenario(Method::Ap2019, None, vec![inf])).unwrap().final_amount, d("580000"));
}

#[test]
fn proportionality_reduces_and_never_raises() {
    let mut s = scenario(Method::Ap2019, None, vec![Infringement::new("32(1)")]);
    s.proportionality.adjustment = Some(ProportionalityAdjustment::ReducePct(d("25")));
    assert_eq!(assess(&s).unwrap().final_amount, d("232500"));
    s.proportionality.adjustment = Some(ProportionalityAdjustment::SetTo(d("9000000")));
    assert_eq!(assess(&s).unwrap().final_amount, d("310000"));
}

#[test]
fn bad_input_names_the_field() {
    let cases: Vec<(Scenario, &str)> = vec![
        (scenario(Method::Edpb2023, Some("-5"), vec![Infringement::new("32")]), "undertaking.turnover"),
        (
            scenario(Method::Edpb2023, Some("100000000000000000000"), vec![Infringement::new("32")]),
            "undertaking.turnover",
        ),
        (scenario(Method::Ap2019, None, vec![Infringement::new("banana")]), "infringements[0].article"),
        (scenario(Method::Ap2019, None, vec![Infringement::new("100")]), "infringements[0].article"),
        (
            scenario(
                Method::Ap2019,
                None,
                vec![with_factor(
                    Infringement::new("32"),
                    FactorId::C,
                    Effect::Mitigating,
                    Some(Adjustment::Pct(d("150"))),
                )],
            ),
            "infringements[0].factors.c.adjust.pct",
        ),
        (
            {
                let mut inf = Infringement::new("32");
                inf.seriousness = Seriousness {
                    level: SeriousnessLevel::Low,
                    start: Some(StartingPoint::PctOfMax(d("150"))),
                };
                scenario(Method::Edpb2023, Some("1000000"), vec![inf])
            },
            "infringements[0].seriousness.start.pct_of_max",
        ),
        (
            {
                let mut inf = Infringement::new("32");
                inf.absorbed = true;
                scenario(Method::Ap2019, None, vec![inf])
            },
            "infringements[0].absorbed",
        ),
    ];
    for (s, field) in cases {
        let e = assess(&s).expect_err(field);
        assert_eq!(e.field, field, "{e}");
        for lang in finesim_engine::Lang::ALL {
            let message = finesim_engine::text::error_message(&e, lang);
            assert!(!message.is_empty() && !message.contains('{'), "{lang:?}: {message}");
        }
    }
}

#[test]
fn tier_override_admits_articles_83_does_not_name() {
    let mut inf = Infringement::new("10");
    inf.tier = Some(Tier::Art83_5);
    inf.ap_category = Some(ApCategory::III);
    let a = assess(&scenario(Method::Ap2019, None, vec![inf])).unwrap();
    assert_eq!(a.final_amount, d("525000"));
}

/// Nothing may read meaning out of a step's wording: with every title, explanation and citation
/// replaced, the factor effects and the comparison stay the same.
#[test]
fn renaming_every_step_changes_no_figure_and_no_match() {
    use finesim_engine::compare::step_differences;
    use finesim_engine::presets::presets;
    for p in presets() {
        let a = assess(&p.scenario).unwrap();
        let mut renamed = a.clone();
        for s in &mut renamed.steps {
            s.title = "x".into();
            s.explanation = "y".into();
            s.citation = "z".into();
        }
        for i in 0..a.infringements.len() {
            assert_eq!(a.factor_effects(i), renamed.factor_effects(i), "{}", p.id);
        }
        let diffs = step_differences(&a, &renamed);
        assert_eq!(diffs.len(), a.steps.iter().filter(|s| s.amount.is_some()).count(), "{}", p.id);
        assert!(diffs.iter().all(|d| d.delta() == Some(Decimal::ZERO)), "{}", p.id);
    }
    // Haga (AP 18 Jun 2019, §§ 4.4.1–4.4.2): (a) and (b) each +€75,000.
    let haga = assess(&finesim_engine::presets::preset("haga-2019").unwrap().scenario).unwrap();
    let effects = haga.factor_effects(0);
    assert_eq!(effects.get(&FactorId::A), Some(&d("75000")));
    assert_eq!(effects.get(&FactorId::B), Some(&d("75000")));
}

/// Changing the seriousness level changes the title of the seriousness step: the comparison
/// still shows it as one row.
#[test]
fn a_changed_seriousness_level_is_one_row_of_the_comparison() {
    use finesim_engine::compare::step_differences;
    let mut s = scenario(Method::Edpb2023, Some("1000000000"), vec![Infringement::new("6")]);
    let a = assess(&s).unwrap();
    s.infringements[0].seriousness.level = SeriousnessLevel::High;
    let b = assess(&s).unwrap();
    let rows: Vec<_> =
        step_differences(&a, &b).into_iter().filter(|d| d.a_eur.is_none() || d.b_eur.is_none()).collect();
    assert!(rows.is_empty(), "{rows:?}");
}

/// What-if without dead ends: inputs each valid on their own always give a number; what no longer
/// fits is moved to the nearest value the method allows, with a warning, never an error.
#[test]
fn inputs_that_no_longer_fit_are_adjusted_with_a_warning() {
    // Amazon France Logistique (CNIL SAN-2023-021) with a turnover of €2m, as a new user tries it:
    // Art. 83(5) maximum €20m (4 % of €2m is less); high range 20–100 % = €4m–€20m, so the
    // €32m starting amount is held at €20m; turnover ≤ €2m: 0.2–0.4 %, middle 0.3 % = €60,000.
    let mut s = finesim_engine::presets::preset("amazon-fr-2023").unwrap().scenario.clone();
    s.undertaking.turnover = Some(d("2000000"));
    let a = assess(&s).unwrap();
    assert_eq!(a.final_amount, d("60000"));
    assert!(
        a.warnings.iter().any(|w| w.contains("€32,000,000") && w.contains("€20,000,000")),
        "{:?}",
        a.warnings
    );
    // A starting point above its level's range: the top of the range (low: 0–10 %).
    let mut inf = Infringement::new("32");
    inf.seriousness =
        Seriousness { level: SeriousnessLevel::Low, start: Some(StartingPoint::PctOfMax(d("50"))) };
    let a = assess(&scenario(Method::Edpb2023, Some("600000000"), vec![inf])).unwrap();
    // 2 % of €600m = €12m maximum; 10 % = €1.2m; above €500m no size adjustment.
    assert_eq!(a.final_amount, d("1200000"));
    assert!(!a.warnings.is_empty());
    // No turnover under the EDPB method: the fixed maximum, no size adjustment (medium 15 % of €10m).
    let a = assess(&scenario(Method::Edpb2023, None, vec![Infringement::new("32")])).unwrap();
    assert_eq!(a.final_amount, d("1500000"));
    assert!(!a.warnings.is_empty());
    // An article Art. 83 does not name: Art. 83(4) assumed, with a warning.
    let a = assess(&scenario(Method::Ap2019, None, vec![Infringement::new("24")])).unwrap();
    assert_eq!(a.infringements[0].tier, Tier::Art83_4);
    assert!(a.warnings.iter().any(|w| w.contains("Art. 24")), "{:?}", a.warnings);
    // A provision without a known category: the middle of its annex (annex 2: III), marked.
    let a = assess(&scenario(Method::Ap2019, None, vec![Infringement::new("5(1)(c)")])).unwrap();
    assert_eq!(a.final_amount, d("525000"));
}

/// Files and share links written before amounts lost their "_eur" names (`turnover_eur`, a
/// starting point or factor weight in `eur`, `set_to_eur`, `can_bear_eur`, `reduce_eur`) read as
/// the same scenario as with today's names.
#[test]
fn earlier_euro_names_still_read() {
    let old = r#"{"method":"edpb-2023","undertaking":{"turnover_eur":"3000000"},
        "infringements":[{"article":"32","seriousness":{"level":"medium","start":{"eur":"1000000"}},
            "factors":{"c":{"effect":"mitigating","adjust":{"eur":"1000"}}}}],
        "proportionality":{"adjustment":{"reduce_eur":"500"}},
        "adjustments":[{"set_to_eur":"900","ground":"court"}]}"#;
    let new = r#"{"method":"edpb-2023","undertaking":{"turnover":"3000000"},
        "infringements":[{"article":"32","seriousness":{"level":"medium","start":{"amount":"1000000"}},
            "factors":{"c":{"effect":"mitigating","adjust":{"amount":"1000"}}}}],
        "proportionality":{"adjustment":{"reduce_amount":"500"}},
        "adjustments":[{"set_to":"900","ground":"court"}]}"#;
    let (a, b) = (codec::scenario_from_json(old).unwrap(), codec::scenario_from_json(new).unwrap());
    assert_eq!(a, b);
    assert_eq!(a.undertaking.turnover, Some(d("3000000")));
    let bear = codec::scenario_from_json(
        r#"{"method":"ap-2019","proportionality":{"adjustment":{"can_bear_eur":"15000"}}}"#,
    );
    assert!(
        matches!(bear.unwrap().proportionality.adjustment, Some(ProportionalityAdjustment::SetTo(v)) if v == d("15000"))
    );
}
