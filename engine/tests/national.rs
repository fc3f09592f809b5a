//! Art. 83(7): a member state's own maximum for public bodies. Poland's art. 102(1)(1) of the Act
//! of 10 May 2018 caps them at PLN 100,000 whichever provision is infringed, and the UODO then
//! runs the EDPB's steps in złoty. The expected amounts are the decision's own.

use finesim_engine::codec::scenario_from_json;
use finesim_engine::*;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// UODO DKN.5131.3.2024 (State District Sanitary Inspector in M.): one fine for Arts. 5(1)(f),
/// 5(2), 25(1) and 32(1)–(2).
const SANITARY_INSPECTOR: &str = r#"{
  "method": "edpb-2023",
  "undertaking": { "name": "State District Sanitary Inspector in M.", "public_body": true, "national_maximum": "pl-102-1-1" },
  "infringements": [{
    "article": "5(1)(f)", "also": ["5(2)", "25(1)", "32(1)", "32(2)"],
    "seriousness": { "level": "high", "start": { "pct_of_max": "40" } },
    "factors": { "k": { "effect": "mitigating", "adjust": { "pct": "50" } } }
  }]
}"#;

#[test]
fn a_polish_public_body_is_fined_in_zloty_within_pln_100000() {
    // Para. 82: maximum PLN 100,000 (art. 102(1)(1)), whichever provision is infringed; para. 83:
    // high seriousness, 20–100 %, starting amount 40 % = PLN 40,000; para. 84: (k) mitigating,
    // −50 % = PLN 20,000; paras. 85–86: no change in step 5. Operative part: PLN 20,000.
    let s = scenario_from_json(SANITARY_INSPECTOR).unwrap();
    assert_eq!(s.currency(), Currency::Pln);
    let a = assess(&s).unwrap();
    assert_eq!(a.currency, Currency::Pln);
    assert_eq!(a.legal_maximum, d("100000"));
    let start = a.steps.iter().find(|s| s.kind == "edpb.seriousness").and_then(|s| s.amount);
    assert_eq!(start, Some(d("40000")));
    assert_eq!(a.final_amount, d("20000"));
    let all = serde_json::to_string(&a.steps).unwrap();
    assert!(all.contains("PLN\u{a0}100,000") && !all.contains('€'), "{all}");
    assert!(all.contains("art. 102(1)(1)"), "{all}");
    assert!(a.warnings.iter().all(|w| !w.contains("Member State decide")), "{:?}", a.warnings);
}

#[test]
fn the_national_maximum_is_for_a_public_body_under_the_edpb_method_only() {
    // Not a public body: the GDPR's Art. 83(5) maximum in euros (€20,000,000; no turnover given),
    // and a warning that the national maximum was left aside.
    let mut s = scenario_from_json(SANITARY_INSPECTOR).unwrap();
    s.undertaking.public_body = false;
    assert_eq!(s.currency(), Currency::Eur);
    let a = assess(&s).unwrap();
    assert_eq!((a.currency, a.legal_maximum), (Currency::Eur, d("20000000")));
    assert!(a.warnings.iter().any(|w| w.contains("national maximum")), "{:?}", a.warnings);
    // A public body under the AP's 2019 rules: the GDPR's maximum, in euros.
    let mut s = scenario_from_json(SANITARY_INSPECTOR).unwrap();
    s.method = Method::Ap2019;
    assert_eq!(s.currency(), Currency::Eur);
}

#[test]
fn zloty_are_written_with_their_code_in_every_language() {
    use finesim_engine::money::Cash;
    assert_eq!(Cash(Lang::En, Currency::Pln, d("20000")).to_string(), "PLN\u{a0}20,000");
    assert_eq!(Cash(Lang::Nl, Currency::Pln, d("20000")).to_string(), "PLN\u{a0}20.000");
    assert_eq!(Cash(Lang::Fr, Currency::Pln, d("20000")).to_string(), "20\u{202f}000\u{a0}PLN");
    assert_eq!(Cash(Lang::De, Currency::Pln, d("7700.5")).to_string(), "7.700,50\u{a0}PLN");
    // What the widget writes in a money field reads back.
    assert_eq!(money_input::parse_amount("PLN 100,000").unwrap(), Some(d("100000")));
    assert_eq!(money_input::parse_amount("20 000 zł").unwrap(), Some(d("20000")));
}
