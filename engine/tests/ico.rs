//! The ICO's method on its penalty notices: each step computed from the Guidance's table and the
//! notice's stated percentages, the expected amounts taken from the notice; and pounds never
//! travel under a name that says euro.

use finesim_engine::presets::preset;
use finesim_engine::*;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// The amount of the first step of `kind`.
fn at(a: &Assessment, kind: &str) -> Decimal {
    a.steps.iter().find(|s| s.kind == kind).and_then(|s| s.amount).unwrap_or_else(|| panic!("no {kind}"))
}

#[test]
fn dpp_law_medium_17_pct_and_0_8_pct_then_raised_to_60000() {
    // Penalty Notice, 14 Apr 2025: higher maximum £17.5m (¶ 137); medium 10–20 %, 17 % (¶¶ 140–141)
    // → £2,975,000; Table B £2–10m 0.4–2 %, 0.8 % (¶¶ 147–148) → £23,800 (¶ 149); step 4 none
    // (¶ 155); step 5 £60,000 (¶ 160).
    let a = assess(&preset("ico-dpp-law-2025").unwrap().scenario).unwrap();
    assert_eq!(a.currency, Currency::Gbp);
    assert_eq!(a.legal_maximum, d("17500000"));
    assert_eq!(at(&a, "ico.seriousness"), d("2975000"));
    let step2 = a.steps.iter().find(|s| s.kind == "ico.turnover").unwrap();
    assert_eq!(step2.amount, Some(d("23800")));
    // The band: 0.4 % and 2 % of £2,975,000.
    assert_eq!(step2.band.map(|b| (b.low, b.high)), Some((d("11900"), d("59500"))));
    assert_eq!(at(&a, "ico.starting_point"), d("23800"));
    assert_eq!(a.before_proportionality, d("23800"));
    assert_eq!(a.final_amount, d("60000"));
}

#[test]
fn twenty_three_and_me_high_60_pct_20_pct_plus_10_pct() {
    // Penalty Notice, 5 Jun 2025: 4 % of £168,251,493 < £17.5m (¶ 378); high 20–100 %, 60 %
    // (¶ 381) → £10,500,000; Table B £100–250m 20–50 %, 20 % (¶¶ 388–390) → £2,100,000 (¶ 391);
    // +10 % → £2,310,000 (¶ 393); no change at step 5 (¶ 396) or for hardship (¶ 404).
    let p = preset("ico-23andme-2025").unwrap();
    let a = assess(&p.scenario).unwrap();
    assert_eq!(a.legal_maximum, d("17500000"));
    assert_eq!(at(&a, "ico.seriousness"), d("10500000"));
    assert_eq!(at(&a, "ico.turnover"), d("2100000"));
    assert_eq!(at(&a, "factors.combined"), d("2310000"));
    assert_eq!(a.final_amount, d("2310000"));
    // The notice of intent (¶ 4): 35 % (¶ 390) and +25 % (¶ 394): £4,593,750.
    let intent = p.outcomes[1].scenario.as_ref().unwrap();
    assert_eq!(assess(intent).unwrap().final_amount, d("4593750"));
}

#[test]
fn birthlink_not_an_undertaking_measured_by_its_costs_then_hardship() {
    // Penalty Notice, 24 Jun 2025: not an undertaking, so the fixed £17.5m (¶¶ 178–179, 187);
    // high 70 % (¶ 182) → £12,250,000; support costs £211,700 in the band up to £2m, 0.2–0.4 %,
    // 0.3 % (¶¶ 188–191) → £36,750 (¶ 192); financial hardship → £18,000 (¶ 210).
    let a = assess(&preset("ico-birthlink-2025").unwrap().scenario).unwrap();
    assert_eq!(a.legal_maximum, d("17500000"));
    assert_eq!(at(&a, "ico.seriousness"), d("12250000"));
    assert_eq!(at(&a, "ico.turnover"), d("36750"));
    assert_eq!(a.before_proportionality, d("36750"));
    assert_eq!(at(&a, "adjustment"), d("18000"));
    assert_eq!(a.final_amount, d("18000"));
}

#[test]
fn the_turnover_based_maximum_leaves_out_table_b() {
    // UK GDPR Art. 83(5): 4 % of £1bn = £40m > £17.5m; starting point = turnover × 4 % ×
    // seriousness (medium, 15 %) = £6,000,000, no turnover adjustment.
    let mut s = Scenario { method: Method::Ico2024, ..Scenario::default() };
    s.undertaking.turnover = Some(d("1000000000"));
    let mut inf = Infringement::new("5(1)(f)");
    inf.seriousness =
        Seriousness { level: SeriousnessLevel::Medium, start: Some(StartingPoint::PctOfMax(d("15"))) };
    s.infringements.push(inf);
    let a = assess(&s).unwrap();
    assert_eq!(a.legal_maximum, d("40000000"));
    assert_eq!(at(&a, "ico.starting_point"), d("6000000"));
    // Art. 32 alone: the standard maximum, £8.7m or 2 %.
    s.infringements[0].article = "32".into();
    s.undertaking.turnover = Some(d("3000000"));
    assert_eq!(assess(&s).unwrap().legal_maximum, d("8700000"));
}

/// Every key of a JSON value, at any depth.
fn keys(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                out.push(k.clone());
                keys(x, out);
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| keys(x, out)),
        _ => {}
    }
}

#[test]
fn no_pound_amount_travels_under_a_euro_name_or_sign() {
    for id in ["ico-dpp-law-2025", "ico-23andme-2025", "ico-birthlink-2025"] {
        let p = preset(id).unwrap();
        for lang in Lang::ALL {
            let a = assess_in(&p.scenario, lang).unwrap();
            let mut names = Vec::new();
            keys(&serde_json::to_value(&a).unwrap(), &mut names);
            keys(&serde_json::from_str(&codec::scenario_to_json(&p.scenario)).unwrap(), &mut names);
            assert!(names.iter().all(|k| !k.to_lowercase().contains("eur")), "{id}: {names:?}");
            let text: Vec<&str> =
                a.steps.iter().flat_map(|s| [s.title.as_str(), s.explanation.as_str()]).collect();
            assert!(text.iter().all(|t| !t.contains('€')), "{id} {lang:?}: {text:?}");
            assert!(a.warnings.iter().all(|w| !w.contains('€')), "{id}");
        }
    }
}

#[test]
fn a_turnover_too_large_is_refused_with_its_limit_in_pounds() {
    // The engine's sanity limit (law::tables::TURNOVER_SANITY_LIMIT, 10^13) in the scenario's
    // currency: pounds under the ICO's method, euros under the EDPB's.
    let mut s = preset("ico-23andme-2025").unwrap().scenario.clone();
    s.undertaking.turnover = Some(d("20000000000000"));
    let e = assess(&s).unwrap_err();
    assert_eq!(e.field, "undertaking.turnover");
    let en = text::error_message(&e, Lang::En);
    assert!(en.contains("£10,000,000,000,000") && !en.contains('€'), "{en}");
    let fr = text::error_message(&e, Lang::Fr);
    assert!(fr.contains("10\u{202f}000\u{202f}000\u{202f}000\u{202f}000\u{a0}£"), "{fr}");
    s.method = Method::Edpb2023;
    let en = text::error_message(&assess(&s).unwrap_err(), Lang::En);
    assert!(en.contains("€10,000,000,000,000") && !en.contains('£'), "{en}");
}
