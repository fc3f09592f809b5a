//! Any text as a scenario: reading it must give a scenario or an error naming a field, and
//! assessing a scenario that reads must give an assessment or such an error; never a panic
//! (which libFuzzer reports as a crash), an endless loop (a timeout) or runaway memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(scenario) = finesim_engine::codec::scenario_from_json(text) {
        match finesim_engine::assess(&scenario) {
            Ok(a) => {
                // What the widget shows must hold for any scenario the engine accepts.
                assert!(!a.final_amount.is_sign_negative() || a.final_amount.is_zero(), "negative fine");
                assert!(a.final_amount <= a.before_proportionality, "proportionality raised the fine");
                assert!(!a.steps.is_empty() || scenario.infringements.is_empty(), "no steps");
            }
            Err(e) => assert!(!e.field.is_empty() && !e.message.is_empty(), "empty error"),
        }
    }
});
