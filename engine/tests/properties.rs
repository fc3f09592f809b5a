//! Properties that must hold for every scenario, not only the ones we thought of: the fine
//! never exceeds the legal maximum, proportionality never raises it, the maximum grows with
//! turnover, and nothing makes the engine panic.

use finesim_engine::codec::scenario_from_json;
use finesim_engine::maximum::legal_maximum;
use finesim_engine::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

const ARTICLES: &[&str] = &[
    "5(1)(a)", "5(1)(c)", "6", "9(1)", "12(2)", "13", "15", "32(1)", "33", "35", "46(1)", "58(2)", "28(9)",
    "8", "4", "10", "zz",
];

fn decimal(max_units: u64, scale: u32) -> impl Strategy<Value = Decimal> {
    (0..=max_units).prop_map(move |n| Decimal::new(n as i64, scale))
}

/// Values far outside any sensible range, with extreme scales, to look for overflow panics.
fn wild() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::new(1, 28)),
        (any::<i64>(), 0u32..=28).prop_map(|(n, s)| Decimal::new(n, s)),
    ]
}

fn factor() -> impl Strategy<Value = (FactorId, FactorSetting)> {
    (
        0usize..11,
        prop_oneof![Just(Effect::Aggravating), Just(Effect::Neutral), Just(Effect::Mitigating)],
        prop_oneof![
            Just(None),
            decimal(2_000_000_000, 2).prop_map(|d| Some(Adjustment::Amount(d))),
            decimal(12_000, 2).prop_map(|d| Some(Adjustment::Pct(d))),
            wild().prop_map(|d| Some(Adjustment::Amount(d))),
            wild().prop_map(|d| Some(Adjustment::Pct(d))),
        ],
    )
        .prop_map(|(i, effect, adjust)| {
            (FactorId::ALL[i], FactorSetting { effect, adjust, reason: String::new() })
        })
}

fn infringement() -> impl Strategy<Value = Infringement> {
    (
        prop::sample::select(ARTICLES),
        prop::option::of(prop::sample::select(Tier::ALL.to_vec())),
        prop::option::of(prop::sample::select(ApCategory::ALL.to_vec())),
        1u32..4,
        any::<bool>(),
        prop::sample::select(SeriousnessLevel::ALL.to_vec()),
        prop::option::of(prop_oneof![
            decimal(12_000, 2).prop_map(StartingPoint::PctOfMax),
            decimal(5_000_000_000, 0).prop_map(StartingPoint::Amount),
            wild().prop_map(StartingPoint::PctOfMax),
            wild().prop_map(StartingPoint::Amount)
        ]),
        prop::collection::vec(factor(), 0..5),
        prop::sample::select(vec![
            ApBandUse::Own,
            ApBandUse::NextHigher,
            ApBandUse::NextLower,
            ApBandUse::LegalMaximum,
        ]),
        any::<bool>(),
    )
        .prop_map(|(article, tier, cat, operation, absorbed, level, start, factors, band, repeat)| {
            let mut inf = Infringement::new(article);
            inf.tier = tier;
            inf.ap_category = cat;
            inf.operation = operation;
            inf.absorbed = absorbed;
            inf.seriousness = Seriousness { level, start };
            inf.factors = factors.into_iter().collect();
            inf.ap_band = band;
            inf.repeat_offence = repeat;
            inf
        })
}

fn turnover() -> impl Strategy<Value = Option<Decimal>> {
    prop::option::of(prop_oneof![
        decimal(3_000_000_000, 0),
        decimal(u32::MAX as u64, 0).prop_map(|d| d * Decimal::from(1_000_000_000u64)),
        Just(Decimal::from(500_000_000)),
        wild(),
    ])
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        prop::sample::select(Method::ALL.to_vec()),
        turnover(),
        any::<bool>(),
        prop::collection::vec(infringement(), 0..5),
        prop::option::of(prop_oneof![decimal(10_000, 2), wild()]),
        prop::option::of(prop_oneof![
            decimal(5_000_000_000, 0).prop_map(ProportionalityAdjustment::SetTo),
            wild().prop_map(ProportionalityAdjustment::SetTo),
            wild().prop_map(ProportionalityAdjustment::ReducePct),
            decimal(12_000, 2).prop_map(ProportionalityAdjustment::ReducePct)
        ]),
    )
        .prop_map(|(method, turnover, public_body, infringements, point, adjustment)| Scenario {
            method,
            undertaking: Undertaking { turnover, public_body, ..Undertaking::default() },
            infringements,
            edpb: EdpbOptions { turnover_adjustment_pct: point, ..Default::default() },
            proportionality: Proportionality { adjustment, ..Default::default() },
            ..Scenario::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn never_panics_and_stays_within_every_maximum(s in scenario()) {
        // Any outcome is fine as long as it is a value, not a panic.
        if let Ok(a) = assess(&s) {
            // The EDPB's and the ICO's step 5 may raise the fine, within the legal maximum.
            if s.method != Method::Ap2019 {
                prop_assert!(a.final_amount <= a.legal_maximum.max(a.before_proportionality));
            } else {
                prop_assert!(a.final_amount <= a.before_proportionality);
            }
            prop_assert!(a.before_proportionality <= a.legal_maximum);
            prop_assert!(a.final_amount >= Decimal::ZERO);
            for inf in &a.infringements {
                prop_assert!(inf.fine <= inf.legal_maximum);
            }
            for op in &a.operations {
                prop_assert!(op.fine <= op.cap);
            }
            let total: Decimal = a.operations.iter().map(|o| o.fine).sum();
            prop_assert_eq!(total, a.before_proportionality);
        }
    }

    #[test]
    fn proportionality_never_raises_the_fine(s in scenario()) {
        let mut without = s.clone();
        without.proportionality.adjustment = None;
        if let (Ok(with), Ok(without)) = (assess(&s), assess(&without)) {
            // Except the EDPB's and the ICO's, which may raise it to what is effective and dissuasive.
            let ceiling = if s.method != Method::Ap2019 { with.legal_maximum.max(without.final_amount) } else { without.final_amount };
            prop_assert!(with.final_amount <= ceiling);
        }
    }

    #[test]
    fn legal_maximum_is_monotone_in_turnover(a in 0u64..2_000_000_000_000, b in 0u64..2_000_000_000_000, tier in prop::sample::select(Tier::ALL.to_vec())) {
        let (lo, hi) = (a.min(b), a.max(b));
        let u = |t: u64| Undertaking { turnover: Some(Decimal::from(t)), ..Undertaking::default() };
        prop_assert!(legal_maximum(Method::Edpb2023, tier, &u(lo)).amount <= legal_maximum(Method::Edpb2023, tier, &u(hi)).amount);
    }

    #[test]
    fn whichever_is_higher_on_both_sides_of_500_million(t in 0u64..1_000_000_000_000) {
        let u = Undertaking { turnover: Some(Decimal::from(t)), ..Undertaking::default() };
        let m4 = legal_maximum(Method::Edpb2023, Tier::Art83_4, &u).amount;
        let m5 = legal_maximum(Method::Edpb2023, Tier::Art83_5, &u).amount;
        let t = Decimal::from(t);
        prop_assert_eq!(m4, (t * Decimal::from(2) / Decimal::ONE_HUNDRED).max(Decimal::from(10_000_000)));
        prop_assert_eq!(m5, (t * Decimal::from(4) / Decimal::ONE_HUNDRED).max(Decimal::from(20_000_000)));
        if t <= Decimal::from(500_000_000) {
            prop_assert_eq!(m5, Decimal::from(20_000_000));
        } else {
            prop_assert!(m5 > Decimal::from(20_000_000));
        }
    }

    #[test]
    fn arbitrary_json_gives_a_value_or_an_error(text in ".{0,200}") {
        if let Ok(s) = scenario_from_json(&text) {
            let _ = assess(&s);
        }
    }

    /// The error locator walks any text to any offset without panicking (multi-byte characters,
    /// unclosed strings, stray escapes), and every key in the path it gives is in the text.
    #[test]
    fn error_paths_never_panic_and_name_keys_of_the_text(text in "[\\[\\]{}\",:a-z0-9 é\\\\\n]{0,160}", line in 0usize..6, column in 0usize..200) {
        let path = finesim_engine::json_path::path_at(&text, finesim_engine::json_path::offset_of(&text, line, column));
        for key in path.split('.').map(|k| k.split('[').next().unwrap_or("")).filter(|k| !k.is_empty()) {
            prop_assert!(text.contains(key), "{:?} not in {:?}", key, text);
        }
    }

    #[test]
    fn share_links_round_trip_and_arbitrary_links_never_panic(s in scenario(), junk in "[A-Za-z0-9_.#-]{0,300}") {
        prop_assert_eq!(finesim_engine::share::decode(&finesim_engine::share::encode(&s)).unwrap(), s);
        if let Ok(decoded) = finesim_engine::share::decode(&junk) {
            let _ = assess(&decoded);
        }
        let _ = finesim_engine::share::decode(&format!("v1.{junk}"));
    }

    #[test]
    fn arbitrary_article_text_never_panics(text in "\\PC{0,30}") {
        let _ = finesim_engine::articles::parse_article(&text);
        let _ = finesim_engine::money_input::parse_amount(&text);
    }
}

#[test]
fn absurd_turnovers_are_refused_with_a_message() {
    for t in ["100000000000000000000", "79228162514264337593543950335"] {
        let s = Scenario {
            method: Method::Ap2019,
            undertaking: Undertaking { turnover: Some(t.parse().unwrap()), ..Undertaking::default() },
            infringements: vec![Infringement::new("32")],
            ..Scenario::default()
        };
        let e = assess(&s).unwrap_err();
        assert_eq!(e.field, "undertaking.turnover");
    }
    // Beyond Decimal's range the JSON reader refuses it, naming the field.
    let e = scenario_from_json(r#"{"method":"ap-2019","undertaking":{"turnover":"1e40"}}"#).unwrap_err();
    assert_eq!(e.field, "undertaking.turnover");
    let e = scenario_from_json(r#"{"method":"ap-2019","undertaking":{"turnover":1e40}}"#).unwrap_err();
    assert_eq!(e.field, "undertaking.turnover");
}

proptest! {
    /// Whatever the widget writes in an input, in any of its languages, reads back as the same
    /// amount: "€1,135,000,000", "€ 1.135.000.000", "1 135 000 000 €", "1.135.000.000 €".
    #[test]
    fn every_language_reads_back_what_it_writes(cents in 0u64..=1_000_000_000_000_000u64) {
        use finesim_engine::money_input::parse_amount;
        use finesim_engine::text::Money;
        use finesim_engine::Lang;
        let amount = Decimal::new(cents as i64, 2);
        for lang in Lang::ALL {
            let written = Money(lang, amount).to_string();
            prop_assert_eq!(parse_amount(&written), Ok(Some(amount.normalize())).map(|v: Option<Decimal>| v), "{:?} {}", lang, written);
        }
    }
}

#[test]
fn amounts_are_read_as_a_person_means_them() {
    use finesim_engine::money_input::parse_amount;
    let d = |s: &str| Some(s.parse::<Decimal>().unwrap());
    assert_eq!(parse_amount("euro 1000"), Ok(d("1000")));
    assert_eq!(parse_amount("euros 1000"), Ok(d("1000")));
    assert_eq!(parse_amount("EUR 1.000"), Ok(d("1000")));
    assert_eq!(parse_amount("1,5 Mrd"), Ok(d("1500000000")));
    assert_eq!(parse_amount("1\u{202f}135\u{202f}000\u{202f}000\u{a0}€"), Ok(d("1135000000")));
    assert_eq!(parse_amount("€\u{a0}1.135.000.000"), Ok(d("1135000000")));
    assert_eq!(parse_amount("1.135.000.000\u{a0}€"), Ok(d("1135000000")));
}

/// The shapes of European decisions on top of any scenario: a stated size band, a second party
/// (the infringements shared between them), further provisions of one fine, factors weighed
/// together, step 5 per fine and adjustments after the calculation.
fn shaped() -> impl Strategy<Value = Scenario> {
    let band = prop::option::of(prop::sample::select(SizeBand::ALL.to_vec()));
    let adjustment = (
        prop::option::of(prop_oneof![
            decimal(12_000, 2).prop_map(Adjustment::Pct),
            decimal(5_000_000_000, 0).prop_map(Adjustment::Amount),
            wild().prop_map(Adjustment::Pct)
        ]),
        prop::option::of(prop_oneof![decimal(5_000_000_000, 0), wild()]),
        any::<bool>(),
    )
        .prop_map(|(reduce, set_to, first)| LaterAdjustment {
            reduce,
            set_to,
            of: if first { AdjustmentBase::First } else { AdjustmentBase::Running },
            ground: AdjustmentGround::Court,
            reason: String::new(),
        });
    (
        scenario(),
        band.clone(),
        prop::option::of((turnover(), band)),
        prop::collection::vec(prop::sample::select(ARTICLES), 0..3),
        prop::option::of(decimal(12_000, 2)),
        prop::option::of(decimal(12_000, 2)),
        prop::collection::vec(adjustment, 0..3),
    )
        .prop_map(|(mut s, band, second, also, combined, per_fine, adjustments)| {
            s.undertaking.turnover_band = band;
            if let Some((turnover, turnover_band)) = second {
                s.parties.push(Undertaking { turnover, turnover_band, ..Undertaking::default() });
            }
            let parties = s.parties.len();
            for (n, inf) in s.infringements.iter_mut().enumerate() {
                inf.party = n % (parties + 1);
                inf.also = also.iter().map(|a| a.to_string()).collect();
                if let Some(p) = combined {
                    let factors = vec![FactorId::C, FactorId::F];
                    let adjust = Adjustment::Pct(p);
                    inf.combined_factors.push(CombinedFactors {
                        factors,
                        effect: Effect::Mitigating,
                        adjust,
                        reason: String::new(),
                    });
                }
                inf.proportionality = per_fine.map(|p| Proportionality {
                    adjustment: Some(ProportionalityAdjustment::ReducePct(p)),
                    ..Proportionality::default()
                });
            }
            s.adjustments = adjustments;
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn the_shapes_never_panic_and_stay_within_every_maximum(s in shaped()) {
        if let Ok(a) = assess(&s) {
            prop_assert!(a.final_amount <= a.legal_maximum, "{} > {}", a.final_amount, a.legal_maximum);
            prop_assert!(a.final_amount >= Decimal::ZERO);
            for r in &a.infringements {
                prop_assert!(r.fine <= r.legal_maximum);
            }
            let parties: Decimal = a.parties.iter().map(|p| p.fine).sum();
            prop_assert!(a.parties.is_empty() || parties == a.before_proportionality);
        }
    }
}
