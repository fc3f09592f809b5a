//! The `finesim` binary as a user runs it: output, JSON fields, and exit code 2 with one clear
//! line for bad input.

use std::io::Write;
use std::process::{Command, Stdio};

fn finesim(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_finesim"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run finesim");
    if let Some(text) = stdin {
        child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    } else {
        drop(child.stdin.take());
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn lists_presets() {
    let (code, out, _) = finesim(&["presets"], None);
    assert_eq!(code, 0);
    for id in ["cpa-2020", "amazon-fr-2023", "haga-2019"] {
        assert!(out.contains(id), "{out}");
    }
}

#[test]
fn preset_table_shows_steps_and_the_actual_decision() {
    let (code, out, _) = finesim(&["preset", "cpa-2020"], None);
    assert_eq!(code, 0);
    assert!(out.contains("Category IV"), "{out}");
    assert!(out.contains("€1,035,000"), "{out}");
    assert!(out.contains("Final fine:") && out.contains("€15,000"), "{out}");
    assert!(out.contains("Fidelity: reproduced") && out.contains("simulated €15,000"), "{out}");
}

#[test]
fn json_carries_the_documented_fields_as_decimal_strings() {
    let (code, out, _) = finesim(&["preset", "amazon-fr-2023", "--json"], None);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["final_amount"], "32000000");
    assert_eq!(v["before_proportionality"], "32000000");
    assert_eq!(v["legal_maximum"], "45400000");
    // The exposure, top level, decimal strings: the high range of Art. 83(5) at 4 % of €1.135bn,
    // 20 % (€9,080,000) to 100 % (€45,400,000) of the maximum; no size adjustment above €500m.
    assert_eq!((v["range_low"].as_str(), v["range_high"].as_str()), (Some("9080000"), Some("45400000")));
    let steps = v["steps"].as_array().unwrap();
    assert!(steps.len() > 3);
    for s in steps {
        assert!(s["title"].is_string() && s["citation"].is_string(), "{s}");
        assert!(s.get("amount").is_some(), "{s}");
    }
}

#[test]
fn calc_reads_a_scenario_from_stdin() {
    let scenario = r#"{"method":"ap-2019","infringements":[{"article":"32(1)","factors":{"a":{"effect":"aggravating","adjust":{"eur":"75000"}}}}]}"#;
    let (code, out, _) = finesim(&["calc", "--json"], Some(scenario));
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["final_amount"], "385000");
}

#[test]
fn bad_input_exits_2_with_the_field_named() {
    let cases = [
        ("{ not json", "scenario"),
        (r#"{"method":"ap-2019","infringements":[{"article":"100"}]}"#, "infringements[0].article"),
        (
            r#"{"method":"edpb-2023","undertaking":{"turnover":"-1"},"infringements":[{"article":"6"}]}"#,
            "undertaking.turnover",
        ),
        (r#"{"method":"edpb-2023","undertaking":{"turnover":"1e40"}}"#, "undertaking.turnover"),
        (
            r#"{"method":"ap-2019","infringements":[{"article":"32","factors":{"c":{"effect":"mitigating","adjust":{"pct":"400"}}}}]}"#,
            "infringements[0].factors.c.adjust.pct",
        ),
    ];
    for (input, field) in cases {
        let (code, out, err) = finesim(&["calc"], Some(input));
        assert_eq!(code, 2, "{input}: {out}{err}");
        assert!(err.contains(field), "{input}: {err}");
        assert!(!err.contains("panicked"), "{err}");
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    }
    let (code, _, err) = finesim(&["preset", "nope"], None);
    assert_eq!(code, 2);
    assert!(err.contains("cpa-2020"), "{err}");
    let (code, _, _) = finesim(&["frobnicate"], None);
    assert_eq!(code, 2);
}

#[test]
fn cases_json_lists_every_case_with_its_fidelity_and_both_amounts() {
    let (code, out, _) = finesim(&["cases", "--json"], None);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let cases = v.as_array().unwrap();
    assert!(cases.len() >= 20, "{} cases", cases.len());
    let reproduced: Vec<_> = cases.iter().filter(|c| c["fidelity"] == "reproduced").collect();
    assert!(reproduced.len() >= 15);
    for c in cases {
        for key in ["id", "method", "currency", "country", "decided", "fidelity", "outcomes"] {
            assert!(!c[key].is_null(), "{key} missing in {c}");
        }
        for o in c["outcomes"].as_array().unwrap() {
            assert!(o["label"].is_string() && o["amount"].is_string() && o["simulated"].is_string(), "{o}");
            if o["fidelity"] == "reproduced" {
                assert_eq!(o["amount"], o["simulated"], "{}", c["id"]);
            }
        }
    }
    // The ICO's notices under its 2024 Guidance, in pounds: DPP Law (14 Apr 2025, ¶ 160)
    // £60,000; 23andMe (5 Jun 2025, ¶ 393) £2,310,000; Birthlink (24 Jun 2025, ¶ 210) £18,000.
    let ico: Vec<_> = reproduced.iter().filter(|c| c["method"] == "ico-2024").collect();
    assert!(ico.len() >= 3, "{} reproduced ICO cases", ico.len());
    for (id, amount) in
        [("ico-dpp-law-2025", "60000"), ("ico-23andme-2025", "2310000"), ("ico-birthlink-2025", "18000")]
    {
        let c = cases.iter().find(|c| c["id"] == id).unwrap();
        assert_eq!(c["currency"], "GBP", "{id}");
        assert_eq!(c["fidelity"], "reproduced", "{id}");
        let first = &c["outcomes"][0];
        assert_eq!(
            (first["amount"].as_str(), first["simulated"].as_str()),
            (Some(amount), Some(amount)),
            "{id}"
        );
    }
    // Under the GDPR in euros, but for Polish public bodies under their national maximum
    // (art. 102(1)(1) of the Act of 10 May 2018), fined in złoty.
    let eu: Vec<_> = cases.iter().filter(|c| c["method"] != "ico-2024").collect();
    assert!(eu.iter().all(|c| c["currency"] == "EUR" || (c["currency"] == "PLN" && c["country"] == "PL")));
    // CP&A, AP 24 Mar 2020, §§ 5.3–5.5: €1,035,000 before ability to pay, €15,000 imposed.
    let cpa = cases.iter().find(|c| c["id"] == "cpa-2020").unwrap();
    let amounts: Vec<&str> =
        cpa["outcomes"].as_array().unwrap().iter().map(|o| o["simulated"].as_str().unwrap()).collect();
    assert_eq!(amounts, ["1035000", "15000"]);
}

#[test]
fn a_case_scenario_goes_back_through_calc() {
    let (code, scenario, _) = finesim(&["preset", "fsv-2022", "--scenario"], None);
    assert_eq!(code, 0);
    let (code, out, err) = finesim(&["calc", "--json"], Some(&scenario));
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    // FSV, AP 7 Apr 2022, § 3.6: €3,700,000.
    assert_eq!(v["final_amount"], "3700000");
}

#[test]
fn similar_lists_the_nearest_decisions_as_text_and_json() {
    let (code, text, err) = finesim(&["similar", "cpa-2020"], None);
    assert_eq!(code, 0, "{err}");
    assert_eq!(text.lines().count(), 5, "{text}");
    assert!(!text.contains("cpa-2020 —"), "the case itself is left out: {text}");
    let (_, json, _) = finesim(&["similar", "--json", "amazon-fr-2023"], None);
    let list: serde_json::Value = serde_json::from_str(&json).unwrap();
    let first = &list.as_array().unwrap()[0];
    assert!(first["decided_amount"].is_string() && first["differences"].is_array(), "{first}");
}
