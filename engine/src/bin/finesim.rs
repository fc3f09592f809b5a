//! `finesim`: the engine on the command line, for lawyers checking a calculation and for
//! scripts. Bad input gets one line naming the field and exit code 2, never a panic.

use finesim_engine::codec::scenario_from_json;
use finesim_engine::money::format_money;
use finesim_engine::presets::{preset, preset_ids, presets, Preset};
use finesim_engine::Currency;
use finesim_engine::{assess, Assessment, Scenario};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "\
finesim — GDPR fine simulator (EDPB Guidelines 04/2022 v2.1, Dutch AP Boetebeleidsregels 2019)

Usage:
  finesim cases [--json]          the case library: each case, its fidelity, decided and simulated amounts
  finesim presets                 the same list, short
  finesim preset <id> [--json]    assess a case and compare with the actual decision(s)
  finesim preset <id> --scenario  print the case's scenario JSON (edit it, then run it through calc)
  finesim calc [--json] [FILE]    assess a scenario (JSON) from FILE or standard input
  finesim similar [--json] <id|FILE|->  the library's decisions nearest to a case or a scenario
  finesim help

--json prints the Assessment as JSON (amounts are decimal strings in its `currency`: EUR, GBP or PLN).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("finesim: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<String, String> {
    let json = args.iter().any(|a| a == "--json");
    let scenario = args.iter().any(|a| a == "--scenario");
    let rest: Vec<&str> =
        args.iter().map(String::as_str).filter(|a| *a != "--json" && *a != "--scenario").collect();
    match rest.as_slice() {
        ["presets"] => Ok(list_presets()),
        ["cases"] if json => cases_json(),
        ["cases"] => Ok(list_presets()),
        ["preset", id] => {
            let p = preset(id).ok_or_else(|| {
                format!("no preset \"{id}\"; known: {}", preset_ids().collect::<Vec<_>>().join(", "))
            })?;
            if scenario {
                return serde_json::to_string_pretty(&p.scenario)
                    .map(|s| s + "\n")
                    .map_err(|e| e.to_string());
            }
            let mut a = assess(&p.scenario).map_err(|e| e.to_string())?;
            p.mark_stated(&p.scenario, &mut a);
            Ok(if json { to_json(&a)? } else { render(&p.scenario, &a, Some(p)) })
        }
        ["similar", what] => similar(what, json),
        ["calc"] | ["calc", "-"] => calc(&read_stdin()?, json),
        ["calc", path] => {
            calc(&std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?, json)
        }
        ["help"] | ["--help"] | ["-h"] => Ok(format!("{USAGE}\n")),
        _ => Err(format!("unknown command\n\n{USAGE}")),
    }
}

fn read_stdin() -> Result<String, String> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).map_err(|e| format!("cannot read standard input: {e}"))?;
    Ok(text)
}

fn calc(text: &str, json: bool) -> Result<String, String> {
    let scenario = scenario_from_json(text).map_err(|e| format!("invalid scenario: {e}"))?;
    let a = assess(&scenario).map_err(|e| format!("invalid scenario: {e}"))?;
    Ok(if json { to_json(&a)? } else { render(&scenario, &a, None) })
}

fn to_json(a: &Assessment) -> Result<String, String> {
    serde_json::to_string_pretty(a).map(|s| s + "\n").map_err(|e| e.to_string())
}

/// What the engine computes for an outcome: its own scenario where it has one, else the case's.
fn simulate(p: &Preset, o: &finesim_engine::presets::Outcome) -> Result<rust_decimal::Decimal, String> {
    let a = assess(&p.scenario).map_err(|e| format!("{}: {e}", p.id))?;
    Ok(o.simulated_beside(&a).0)
}

fn list_presets() -> String {
    let mut out = String::new();
    for p in presets() {
        let actual: Vec<String> = p
            .outcomes
            .iter()
            .map(|o| {
                let cur = p.scenario.currency();
                let sim = simulate(p, o).map(|d| format_money(d, cur)).unwrap_or_else(|e| e);
                format!(
                    "{} {} (simulated {sim}, {})",
                    o.label,
                    format_money(o.amount, cur),
                    o.fidelity(p).id()
                )
            })
            .collect();
        out += &format!(
            "{:<26} {} ({}, {}) [{}]\n{:<26} {}\n",
            p.id,
            p.title,
            p.authority,
            p.decided,
            p.fidelity.id(),
            "",
            actual.join("; ")
        );
    }
    out
}

fn cases_json() -> Result<String, String> {
    use serde_json::{json, Value};
    let mut cases = Vec::new();
    for p in presets() {
        let outcomes = p
            .outcomes
            .iter()
            .map(|o| {
                Ok(json!({
                    "label": o.label,
                    "amount": o.amount.to_string(),
                    "simulated": simulate(p, o)?.to_string(),
                    "compares_to": o.compares_to,
                    "fidelity": o.fidelity(p).id(),
                    "source": o.source,
                }))
            })
            .collect::<Result<Vec<Value>, String>>()?;
        cases.push(json!({
            "id": p.id,
            "title": p.title,
            "method": p.scenario.method.id(),
            "currency": p.scenario.currency(),
            "country": p.country,
            "authority": p.authority,
            "decided": p.decided,
            "fidelity": p.fidelity.id(),
            "fidelity_note": p.fidelity_note,
            "outcomes": outcomes,
        }));
    }
    serde_json::to_string_pretty(&cases).map(|s| s + "\n").map_err(|e| e.to_string())
}

fn render(s: &Scenario, a: &Assessment, p: Option<&Preset>) -> String {
    let mut out = String::new();
    let money = |d| format_money(d, a.currency);
    let name = if s.undertaking.name.is_empty() { "Scenario" } else { &s.undertaking.name };
    out += &format!("{name} — {} (tables as of {})\n\n", a.method_name, a.as_of);
    for (n, step) in a.steps.iter().enumerate() {
        let amount = step.amount.map(money).unwrap_or_else(|| "—".into());
        let band =
            step.band.map(|b| format!("  [band {} – {}]", money(b.low), money(b.high))).unwrap_or_default();
        let mark = if step.assumption { " (assumption)" } else { "" };
        out += &format!("{:>3}. {:<58} {:>16}\n", n + 1, step.title, amount);
        out += &format!("     {}{band}{mark}\n", step.citation);
        out += &format!("     {}\n", step.explanation);
    }
    out += "\n";
    out += &format!("Legal maximum:              {:>16}\n", money(a.legal_maximum));
    out += &format!("Before proportionality:     {:>16}\n", money(a.before_proportionality));
    out += &format!("Final fine:                 {:>16}\n", money(a.final_amount));
    if let Some(p) = p {
        out += "\nActual decision(s):\n";
        out += &format!("  Fidelity: {}. {}\n", p.fidelity.id(), p.fidelity_note);
        for o in &p.outcomes {
            let (simulated, own) = o.simulated_beside(a);
            let own = if own { ", with the outcome's own scenario" } else { "" };
            out += &format!(
                "  {:<48} {:>16}  (simulated {}{own}; {})\n",
                o.label,
                money(o.amount),
                money(simulated),
                o.fidelity(p).id()
            );
        }
    }
    for w in &a.warnings {
        out += &format!("\nNote: {w}");
    }
    if !a.warnings.is_empty() {
        out += "\n";
    }
    out
}

/// The library's decisions nearest to a case of the library (left out of its own list) or to a
/// scenario read from a file or standard input.
fn similar(what: &str, json: bool) -> Result<String, String> {
    let (scenario, shown) = match preset(what) {
        Some(p) => (p.scenario.clone(), Some(p.id.as_str())),
        None => {
            let text = if what == "-" {
                read_stdin()?
            } else {
                std::fs::read_to_string(what)
                    .map_err(|e| format!("no case \"{what}\" and cannot read it as a file: {e}"))?
            };
            (scenario_from_json(&text).map_err(|e| format!("invalid scenario: {e}"))?, None)
        }
    };
    let list = finesim_engine::comparable::comparable(&scenario, &presets(), shown, 5);
    let cur = scenario.currency();
    if json {
        return serde_json::to_string_pretty(&list).map(|s| s + "\n").map_err(|e| e.to_string());
    }
    let mut out = String::new();
    for c in &list {
        let differs: Vec<String> = c.differences.iter().map(|d| difference(d, cur)).collect();
        out += &format!(
            "{} — {} ({}, {}): {} {}{}\n",
            c.id,
            c.title,
            c.authority,
            c.decided,
            c.outcome,
            format_money(c.decided_amount, cur),
            if differs.is_empty() { String::new() } else { format!("; differs: {}", differs.join(", ")) }
        );
    }
    Ok(out)
}

/// How a comparable decision differs, in the CLI's English.
fn difference(d: &finesim_engine::comparable::Difference, cur: Currency) -> String {
    use finesim_engine::comparable::Difference;
    let money = |x| format_money(x, cur);
    match d {
        Difference::Method { case } => format!("method {}", case.id()),
        Difference::Tier { case } => format!("tier Art. {}", case.label()),
        Difference::Provisions { case } => {
            format!("provisions {}", serde_json::to_string(case).unwrap_or_default())
        }
        Difference::Seriousness { case } => format!("seriousness {}", case.id()),
        Difference::Size { case_turnover: Some(t) } => format!("turnover {}", money(*t)),
        Difference::Size { case_turnover: None } => "turnover unknown".into(),
        Difference::PublicBody { case } => if *case { "a public body" } else { "not a public body" }.into(),
        Difference::Lowered { before, after } => {
            format!("lowered from {} to {} in the last steps", money(*before), money(*after))
        }
    }
}
