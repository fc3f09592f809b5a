//! Share links: the whole scenario in the URL fragment, so that nothing goes to a server.
//! `v1.` + base64url (no padding) of the scenario's compact JSON. The version prefix lets a
//! later schema read old links or say clearly that it cannot.

use crate::io::codec::scenario_from_json;
use crate::schema::error::{FieldPath, ReadError, ScenarioError};
use crate::schema::scenario::Scenario;

const VERSION_PREFIX: &str = "v1.";
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Links longer than this are refused before decoding: no real scenario comes near it, and a
/// pasted novel should not make the page churn.
pub const MAX_LINK_CHARS: usize = 64 * 1024;

/// The fragment text (without `#`) for a scenario.
pub fn encode(scenario: &Scenario) -> String {
    // Serialising plain data with string keys cannot fail.
    let json = serde_json::to_string(scenario).unwrap_or_default();
    let mut out = String::with_capacity(VERSION_PREFIX.len() + json.len() * 4 / 3 + 4);
    out.push_str(VERSION_PREFIX);
    base64url_encode(json.as_bytes(), &mut out);
    out
}

/// Reads a fragment made by `encode` (with or without a leading `#`). Every failure is an error
/// a person can act on; nothing here panics.
pub fn decode(fragment: &str) -> Result<Scenario, ScenarioError> {
    let err = |why: ReadError| crate::io::codec::reading("link", why);
    let text = fragment.trim().trim_start_matches('#');
    if text.len() > MAX_LINK_CHARS {
        return Err(err(ReadError::LinkTooLong));
    }
    let Some(body) = text.strip_prefix(VERSION_PREFIX) else {
        return Err(match text.split_once('.') {
            Some((v, _)) if v.starts_with('v') => err(ReadError::LinkVersion(v.to_string())),
            _ => err(ReadError::NotALink),
        });
    };
    let bytes = base64url_decode(body).ok_or_else(|| err(ReadError::LinkDamaged))?;
    let json = String::from_utf8(bytes).map_err(|_| err(ReadError::LinkDamaged))?;
    scenario_from_json(&json)
        .map_err(|e| ScenarioError { field: FieldPath::parsed(format!("link: {}", e.field)), ..e })
}

fn base64url_encode(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
}

fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let mut values = Vec::with_capacity(text.len());
    for c in text.bytes() {
        values.push(ALPHABET.iter().position(|&a| a == c)? as u32);
    }
    if values.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, v)| acc | (v << (18 - 6 * i)));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::presets::presets;

    #[test]
    fn every_preset_survives_the_round_trip() {
        for p in presets() {
            let link = encode(&p.scenario);
            assert!(link.starts_with("v1."));
            assert!(
                link.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.'),
                "URL-safe: {link}"
            );
            assert_eq!(decode(&link).unwrap(), p.scenario, "{}", p.id);
            assert_eq!(decode(&format!("#{link}")).unwrap(), p.scenario);
        }
    }

    #[test]
    fn base64url_matches_the_standard_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
            ("\u{ff}\u{fe}", "w7_Dvg"),
        ] {
            let mut out = String::new();
            base64url_encode(plain.as_bytes(), &mut out);
            assert_eq!(out, coded);
            assert_eq!(base64url_decode(coded).unwrap(), plain.as_bytes());
        }
    }

    #[test]
    fn damaged_or_foreign_links_get_a_clear_message() {
        let good = encode(&presets()[0].scenario);
        for (bad, says) in [
            ("", "not a simulator link"),
            ("hello", "not a simulator link"),
            ("v9.abc", "cannot read"),
            ("v1.%%%", "damaged"),
            ("v1.A", "damaged"),
            (&good[..good.len() - 7], "link"),
        ] {
            let e = decode(bad).unwrap_err();
            assert!(e.field.as_str().starts_with("link"), "{bad}: {e}");
            assert!(e.to_string().contains(says), "{bad}: {e}");
        }
        assert!(decode(&"v1.".repeat(30_000)).is_err());
    }
}
