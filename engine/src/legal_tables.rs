//! Every legal number the engine uses, in one place, each with its source.
//!
//! A lawyer checking the simulator should only need to read this file: if a figure is wrong,
//! it is fixed here, in one line, and every method, preset and test follows. The confidence
//! marks repeat those of `shared/legal-facts.md`: `[text]` read in the legal text or decision,
//! `[2+]` two or more consistent secondary sources, `[verify]` not yet confirmed against the
//! primary text (the UI shows these as "as of" values).

use rust_decimal::Decimal;

/// Whole euros or percentages as a `const` Decimal.
const fn dec(n: u64) -> Decimal {
    Decimal::from_parts(n as u32, (n >> 32) as u32, 0, false, 0)
}

/// Tenths, for the fractional percentages of the turnover table (0.2 %, 1.5 %, …).
const fn tenths(n: u32) -> Decimal {
    Decimal::from_parts(n, 0, 0, false, 1)
}

/// Date up to which the tables below were checked; shown in the UI and the printed memo.
pub const AS_OF: &str = "2026-11-22";

/// Short name of the GDPR used in citations.
pub const GDPR: &str = "GDPR";

// ---------------------------------------------------------------------------------------------
// GDPR Article 83(4)–(6): the legal maxima [text]
// ---------------------------------------------------------------------------------------------

/// One fine tier of Article 83: a fixed maximum, or for an undertaking a share of the total
/// worldwide annual turnover of the preceding financial year, whichever is higher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TierRow {
    pub citation: &'static str,
    pub fixed_max_eur: Decimal,
    pub turnover_share_pct: Decimal,
}

/// GDPR Art. 83(4) [text]: €10 000 000 or 2 %.
pub const TIER_83_4: TierRow = TierRow {
    citation: "GDPR Art. 83(4)",
    fixed_max_eur: dec(10_000_000),
    turnover_share_pct: dec(2),
};

/// GDPR Art. 83(5) [text]: €20 000 000 or 4 %.
pub const TIER_83_5: TierRow = TierRow {
    citation: "GDPR Art. 83(5)",
    fixed_max_eur: dec(20_000_000),
    turnover_share_pct: dec(4),
};

/// GDPR Art. 83(6) [text]: non-compliance with an order under Art. 58(2): €20 000 000 or 4 %.
pub const TIER_83_6: TierRow = TierRow {
    citation: "GDPR Art. 83(6)",
    fixed_max_eur: dec(20_000_000),
    turnover_share_pct: dec(4),
};

/// Which articles fall under which tier, by article number [text: Art. 83(4)(a)–(c), 83(5)(a)–(e),
/// 83(6)]. Articles not listed here (1–4, 10, 23, 24, 40, 50–57, 59–84, 92–99) are not named in
/// Art. 83(4)–(6); the user must then pick the tier explicitly.
///
/// `(first, last, tier, citation of the point)`.
pub const ARTICLE_TIERS: &[(u16, u16, u8, &str)] = &[
    (5, 7, 5, "GDPR Art. 83(5)(a)"),
    (8, 8, 4, "GDPR Art. 83(4)(a)"),
    (9, 9, 5, "GDPR Art. 83(5)(a)"),
    (11, 11, 4, "GDPR Art. 83(4)(a)"),
    (12, 22, 5, "GDPR Art. 83(5)(b)"),
    (25, 39, 4, "GDPR Art. 83(4)(a)"),
    (41, 41, 4, "GDPR Art. 83(4)(c)"),
    (42, 43, 4, "GDPR Art. 83(4)(a)–(b)"),
    (44, 49, 5, "GDPR Art. 83(5)(c)"),
    (58, 58, 5, "GDPR Art. 83(5)(e)"),
    (85, 91, 5, "GDPR Art. 83(5)(d)"),
];

/// Above this turnover the percentage maximum exceeds the fixed one (2 % × €500m = €10m,
/// 4 % × €500m = €20m) [text, arithmetic of Art. 83(4)–(5)].
pub const DYNAMIC_MAXIMUM_THRESHOLD_EUR: Decimal = dec(500_000_000);

/// Turnover above which the engine refuses the input as implausible: the largest undertakings
/// in the world report well under €1 000 000 000 000; this leaves a factor of ten of headroom
/// and keeps every product far inside `Decimal`'s range.
pub const TURNOVER_SANITY_LIMIT_EUR: Decimal = dec(10_000_000_000_000);

// ---------------------------------------------------------------------------------------------
// EDPB Guidelines 04/2022 on the calculation of administrative fines, v2.1 (24 May 2023)
// ---------------------------------------------------------------------------------------------

pub const EDPB_NAME: &str = "EDPB Guidelines 04/2022 v2.1";
pub const EDPB_ADOPTED: &str = "2023-05-24";

/// A range given as percentages: `low %` to `high %`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PctRange {
    pub low: Decimal,
    pub high: Decimal,
}

/// Step 2, seriousness → starting amount as a share of the applicable legal maximum [2+].
pub const EDPB_SERIOUSNESS_LOW: PctRange = PctRange { low: dec(0), high: dec(10) };
pub const EDPB_SERIOUSNESS_MEDIUM: PctRange = PctRange { low: dec(10), high: dec(20) };
pub const EDPB_SERIOUSNESS_HIGH: PctRange = PctRange { low: dec(20), high: dec(100) };
pub const EDPB_SERIOUSNESS_CITATION: &str = "EDPB Guidelines 04/2022 v2.1, step 2 (seriousness, paras 60–61)";

/// Step 2, turnover-size adjustment for undertakings up to €500m: share of the starting amount
/// [verify: para. 65 of v2.1; v1.0 had single "up to" values]. `(turnover up to and including, range)`.
pub const EDPB_TURNOVER_ADJUSTMENT: &[(Decimal, PctRange)] = &[
    (dec(2_000_000), PctRange { low: tenths(2), high: tenths(4) }),
    (dec(10_000_000), PctRange { low: tenths(3), high: dec(2) }),
    (dec(50_000_000), PctRange { low: tenths(15), high: dec(10) }),
    (dec(100_000_000), PctRange { low: dec(8), high: dec(20) }),
    (dec(250_000_000), PctRange { low: dec(15), high: dec(50) }),
    (dec(500_000_000), PctRange { low: dec(40), high: dec(100) }),
];
pub const EDPB_TURNOVER_CITATION: &str = "EDPB Guidelines 04/2022 v2.1, step 2 (turnover, para. 65) [verify]";

pub const EDPB_STEP1_CITATION: &str = "EDPB Guidelines 04/2022 v2.1, step 1; GDPR Art. 83(3)";
pub const EDPB_STEP3_CITATION: &str = "EDPB Guidelines 04/2022 v2.1, step 3";
pub const EDPB_STEP4_CITATION: &str = "EDPB Guidelines 04/2022 v2.1, step 4";
pub const EDPB_STEP5_CITATION: &str = "EDPB Guidelines 04/2022 v2.1, step 5 (inability to pay)";

// ---------------------------------------------------------------------------------------------
// Dutch AP Boetebeleidsregels 2019 (Stcrt. 2019, 14586; in force 15 Mar 2019; withdrawn for
// companies with effect from 24 May 2023)
// ---------------------------------------------------------------------------------------------

pub const AP2019_NAME: &str = "Boetebeleidsregels AP 2019";
pub const AP2019_IN_FORCE: &str = "2019-03-15";
pub const AP2019_STATUS: &str =
    "Withdrawn for companies with effect from 24 May 2023; the AP now uses the EDPB guidelines for them.";

/// A fine category of the AP 2019 rules: its band and basic fine (art. 2.3) [2+; CP&A quotes
/// categories II and IV verbatim: seed 003].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApCategoryRow {
    pub numeral: &'static str,
    pub band_low_eur: Decimal,
    pub band_high_eur: Decimal,
    pub basic_fine_eur: Decimal,
}

pub const AP2019_CATEGORIES: [ApCategoryRow; 4] = [
    ApCategoryRow { numeral: "I", band_low_eur: dec(0), band_high_eur: dec(200_000), basic_fine_eur: dec(100_000) },
    ApCategoryRow { numeral: "II", band_low_eur: dec(120_000), band_high_eur: dec(500_000), basic_fine_eur: dec(310_000) },
    ApCategoryRow { numeral: "III", band_low_eur: dec(300_000), band_high_eur: dec(750_000), basic_fine_eur: dec(525_000) },
    ApCategoryRow { numeral: "IV", band_low_eur: dec(450_000), band_high_eur: dec(1_000_000), basic_fine_eur: dec(725_000) },
];
pub const AP2019_BAND_CITATION: &str = "Boetebeleidsregels AP 2019, art. 2.3 and annex 1";
pub const AP2019_ART6_CITATION: &str = "Boetebeleidsregels AP 2019, arts. 6 and 7";
pub const AP2019_ART8_1_CITATION: &str = "Boetebeleidsregels AP 2019, art. 8.1";
pub const AP2019_ART8_2_CITATION: &str = "Boetebeleidsregels AP 2019, art. 8.2 [verify]";
pub const AP2019_ART8_3_CITATION: &str = "Boetebeleidsregels AP 2019, arts. 8.3–8.4; GDPR Art. 83(4)–(5)";
pub const AP2019_ART9_CITATION: &str = "Boetebeleidsregels AP 2019, art. 9; Awb arts. 3:4 and 5:46";

/// Art. 8.2: a repeat offence (same or similar, fined within five years) raises the fine by, in
/// principle, 50 % [2+].
pub const AP2019_RECIDIVE_PCT: Decimal = dec(50);

/// Annex 1: article → category, where known from decisions or annex summaries [2+]; 12(2) → III
/// [text: Rb. Amsterdam 10 Aug 2023, ECLI:NL:RBAMS:2023:5074, para. 19 (DPG Media)].
/// Matched most specific first: `"28(9)"` before `"28"`.
pub const AP2019_ARTICLE_CATEGORIES: &[(&str, usize)] = &[
    ("8", 1),
    ("9(1)", 3),
    ("9", 3),
    ("11", 0),
    ("12(2)", 2),
    ("25", 1),
    ("26", 0),
    ("27(3)", 1),
    ("27", 2),
    ("28(9)", 0),
    ("28", 1),
    ("32", 1),
];

// ---------------------------------------------------------------------------------------------
// Article 83(2) factors (a)–(k) [text]
// ---------------------------------------------------------------------------------------------

pub const FACTORS_CITATION_PREFIX: &str = "GDPR Art. 83(2)";

// ---------------------------------------------------------------------------------------------
// Proportionality
// ---------------------------------------------------------------------------------------------

pub const ART_83_1_CITATION: &str = "GDPR Art. 83(1)";
pub const ART_83_3_CITATION: &str = "GDPR Art. 83(3)";
pub const ART_83_7_CITATION: &str = "GDPR Art. 83(7)";
