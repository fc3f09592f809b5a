//! Any text as a share link (the URL fragment a visitor may have mangled): `decode` must give a
//! scenario or an error about the link, never panic; and a link that decodes must encode and
//! decode again to the same scenario.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match finesim_engine::share::decode(text) {
        Ok(scenario) => {
            let again = finesim_engine::share::decode(&finesim_engine::share::encode(&scenario));
            assert_eq!(again.as_ref().ok(), Some(&scenario), "round trip");
            let _ = finesim_engine::assess(&scenario);
        }
        Err(e) => assert!(e.field.starts_with("link"), "error not about the link: {e}"),
    }
});
