//! Every legal number the engine uses, in one place, each with its source.
//!
//! A lawyer checking the simulator should only need to read this file: if a figure is wrong,
//! it is fixed here, in one line, and every method, preset and test follows. The confidence
//! marks: `[text]` read in the legal text or decision,
//! `[2+]` two or more consistent secondary sources, `[verify]` not yet confirmed against the
//! primary text (the UI shows these as "as of" values).

use crate::schema::scenario::{ApCategory, NationalMaximum, Tier};
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
pub const AS_OF: &str = "2026-11-26";

pub use crate::schema::cite::{gdpr, uk_gdpr, Cite};

// ---------------------------------------------------------------------------------------------
// GDPR Article 83(4)–(6): the legal maxima [text]
// ---------------------------------------------------------------------------------------------

/// One fine tier of Article 83: a fixed maximum, or for an undertaking a share of the total
/// worldwide annual turnover of the preceding financial year, whichever is higher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TierRow {
    /// The paragraph of Art. 83, "83(4)".
    pub article: &'static str,
    /// In the currency of the law the row belongs to: euros for the GDPR, pounds for the UK GDPR.
    pub fixed_max: Decimal,
    pub turnover_share_pct: Decimal,
}

impl TierRow {
    /// The turnover above which the share of it exceeds the fixed maximum (GDPR: €500m for both
    /// tiers; UK GDPR: £437.5m and £435m) [text, arithmetic].
    pub fn crossover(&self) -> Decimal {
        self.fixed_max * Decimal::ONE_HUNDRED / self.turnover_share_pct
    }
}

/// GDPR Art. 83(4) [text]: €10 000 000 or 2 %.
pub const TIER_83_4: TierRow =
    TierRow { article: "83(4)", fixed_max: dec(10_000_000), turnover_share_pct: dec(2) };

/// GDPR Art. 83(5) [text]: €20 000 000 or 4 %.
pub const TIER_83_5: TierRow =
    TierRow { article: "83(5)", fixed_max: dec(20_000_000), turnover_share_pct: dec(4) };

/// GDPR Art. 83(6) [text]: non-compliance with an order under Art. 58(2): €20 000 000 or 4 %.
pub const TIER_83_6: TierRow =
    TierRow { article: "83(6)", fixed_max: dec(20_000_000), turnover_share_pct: dec(4) };

/// Which articles fall under which tier, by article number [text: Art. 83(4)(a)–(c), 83(5)(a)–(e),
/// 83(6)]. Articles not listed here (1–4, 10, 23, 24, 40, 50–57, 59–84, 92–99) are not named in
/// Art. 83(4)–(6); the user must then pick the tier explicitly.
///
/// `(first, last, tier, the point of Art. 83 that names them)`.
pub const ARTICLE_TIERS: &[(u16, u16, Tier, &str)] = &[
    (5, 7, Tier::Art83_5, "83(5)(a)"),
    (8, 8, Tier::Art83_4, "83(4)(a)"),
    (9, 9, Tier::Art83_5, "83(5)(a)"),
    (11, 11, Tier::Art83_4, "83(4)(a)"),
    (12, 22, Tier::Art83_5, "83(5)(b)"),
    (25, 39, Tier::Art83_4, "83(4)(a)"),
    (41, 41, Tier::Art83_4, "83(4)(c)"),
    (42, 43, Tier::Art83_4, "83(4)(a)–(b)"),
    (44, 49, Tier::Art83_5, "83(5)(c)"),
    (58, 58, Tier::Art83_5, "83(5)(e)"),
    (85, 91, Tier::Art83_5, "83(5)(d)"),
];

/// Above this turnover the percentage maximum exceeds the fixed one (2 % × €500m = €10m,
/// 4 % × €500m = €20m) [text, arithmetic of Art. 83(4)–(5)].
pub const DYNAMIC_MAXIMUM_THRESHOLD_EUR: Decimal = dec(500_000_000);

/// Art. 83(7): a member state's own maximum for fines on public bodies (in the currency of
/// `NationalMaximum::currency`), and the law that sets it.
/// Poland, art. 102(1)(1) of the Act of 10 May 2018 on the protection of personal data: PLN
/// 100,000 for units of the public finance sector, whichever provision of the GDPR is infringed
/// [decision: UODO DKN.5131.3.2024, para. 82; DKN.5131.5.2024; DKN.5131.17.2024].
pub fn national_maximum(n: NationalMaximum) -> (Decimal, Cite) {
    match n {
        NationalMaximum::Pl102_1_1 => (dec(100_000), Cite::PlUodo102),
    }
}

/// Turnover above which the engine refuses the input as implausible: the largest undertakings
/// in the world report well under €1 000 000 000 000; this leaves a factor of ten of headroom
/// and keeps every product far inside `Decimal`'s range.
pub const TURNOVER_SANITY_LIMIT: Decimal = dec(10_000_000_000_000);

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
pub const EDPB_SERIOUSNESS_CITATION: &[Cite] = &[Cite::EdpbSeriousness];

/// Step 2, turnover-size adjustment for undertakings up to €500m: share of the starting amount
/// [decision: para. 65 of v2.1 quoted by UODO DKN.5131.1.2021 ("may consider", €10–50m: 1.5–10 %)
/// and AP Uber 2024, para. 158 (≤ €2m: 0.2–0.4 %); the other rows 2+]. Above €500m: para. 66.
/// `(turnover up to and including, range)`.
pub const EDPB_TURNOVER_ADJUSTMENT: &[(Decimal, PctRange)] = &[
    (dec(2_000_000), PctRange { low: tenths(2), high: tenths(4) }),
    (dec(10_000_000), PctRange { low: tenths(3), high: dec(2) }),
    (dec(50_000_000), PctRange { low: tenths(15), high: dec(10) }),
    (dec(100_000_000), PctRange { low: dec(8), high: dec(20) }),
    (dec(250_000_000), PctRange { low: dec(15), high: dec(50) }),
    (dec(500_000_000), PctRange { low: dec(40), high: dec(100) }),
];
pub const EDPB_TURNOVER_CITATION: &[Cite] = &[Cite::EdpbTurnover];

pub const EDPB_STEP1_CITATION: &[Cite] = &[Cite::EdpbStep1, gdpr("83(3)")];
pub const EDPB_STEP3_CITATION: &[Cite] = &[Cite::EdpbStep3];
pub const EDPB_STEP4_CITATION: &[Cite] = &[Cite::EdpbStep4];
/// Art. 83(3) as the EDPB reads it: each infringement assessed, the total capped at the gravest
/// one's maximum; fining only the gravest and absorbing the others is not that reading.
/// [decision: DPC WhatsApp IN-18-12-2, fn. 470, citing BD 1/2021 para. 327 and section 9.4; the
/// DPC then fined €90m + €30m + €30m + €75m = €225m]. The reasoning's own paragraphs (between 315
/// and 326) were not read.
pub const EDPB_ABSORPTION_CITATION: &[Cite] = &[gdpr("83(3)"), Cite::EdpbBinding1of2021];
pub const EDPB_STEP5_CITATION: &[Cite] = &[Cite::EdpbStep5];

// ---------------------------------------------------------------------------------------------
// UK GDPR Article 83 with section 157 of the Data Protection Act 2018, and the ICO's Data
// Protection Fining Guidance (18 March 2024): amounts in pounds. [notice] = read in an ICO
// penalty notice, which names the paragraph; [draft] = only in the consultation draft of
// November 2023, not confirmed by the final Guidance or a notice.
// ---------------------------------------------------------------------------------------------

pub const ICO_NAME: &str = "ICO Data Protection Fining Guidance (2024)";
pub const ICO_PUBLISHED: &str = "2024-03-18";

/// UK GDPR Art. 83(4), DPA 2018 s. 157(2): the standard maximum, £8 700 000 or 2 % [notice:
/// 23andMe, 5 Jun 2025, para. 373 and fn. 324].
pub const UK_TIER_83_4: TierRow =
    TierRow { article: "83(4)", fixed_max: dec(8_700_000), turnover_share_pct: dec(2) };
/// UK GDPR Art. 83(5), DPA 2018 s. 157(1)(a): the higher maximum, £17 500 000 or 4 % [notice:
/// 23andMe para. 372 and fn. 323; DPP Law, 14 Apr 2025, para. 137].
pub const UK_TIER_83_5: TierRow =
    TierRow { article: "83(5)", fixed_max: dec(17_500_000), turnover_share_pct: dec(4) };
/// UK GDPR Art. 83(6): the higher maximum as for Art. 83(5) [verify].
pub const UK_TIER_83_6: TierRow =
    TierRow { article: "83(6)", fixed_max: dec(17_500_000), turnover_share_pct: dec(4) };

/// ICO step 1: the degree of seriousness → a starting percentage of the statutory maximum
/// (Guidance paras 109–115). Lower 0–10 % [2+: summaries of the final Guidance; no notice
/// applies it]; medium 10–20 % [notice: DPP Law para. 140]; high 20–100 % [notice: 23andMe
/// para. 380, Birthlink, 24 Jun 2025, para. 181].
pub const ICO_SERIOUSNESS_LOWER: PctRange = PctRange { low: dec(0), high: dec(10) };
pub const ICO_SERIOUSNESS_MEDIUM: PctRange = PctRange { low: dec(10), high: dec(20) };
pub const ICO_SERIOUSNESS_HIGH: PctRange = PctRange { low: dec(20), high: dec(100) };
pub const ICO_SERIOUSNESS_CITATION: &[Cite] = &[Cite::Ico("¶¶ 109–115")];

/// One row of the ICO's Table B: turnover up to and including `up_to` (pounds), the range of
/// the adjustment as a percentage of the fixed maximum, and whether the row is known only from
/// the consultation draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IcoSizeRow {
    pub up_to: Decimal,
    pub range: PctRange,
    pub draft: bool,
}

/// ICO step 2, Table B (Guidance paras 116–129): the adjustment where the fixed maximum applies.
/// Up to £2m 0.2–0.4 % [notice: Birthlink para. 190]; £2–10m 0.4–2 % [notice: DPP Law para.
/// 147]; £100–250m 20–50 % [notice: 23andMe para. 388]; the other rows [draft: Table C of the
/// November 2023 draft]. Above £435m: no adjustment [draft].
pub const ICO_TURNOVER_ADJUSTMENT: &[IcoSizeRow] = &[
    IcoSizeRow { up_to: dec(2_000_000), range: PctRange { low: tenths(2), high: tenths(4) }, draft: false },
    IcoSizeRow { up_to: dec(10_000_000), range: PctRange { low: tenths(4), high: dec(2) }, draft: false },
    IcoSizeRow { up_to: dec(50_000_000), range: PctRange { low: dec(2), high: dec(10) }, draft: true },
    IcoSizeRow { up_to: dec(100_000_000), range: PctRange { low: dec(10), high: dec(20) }, draft: true },
    IcoSizeRow { up_to: dec(250_000_000), range: PctRange { low: dec(20), high: dec(50) }, draft: false },
    IcoSizeRow { up_to: dec(435_000_000), range: PctRange { low: dec(50), high: dec(100) }, draft: true },
];
pub const ICO_TURNOVER_CITATION: &[Cite] = &[Cite::Ico("¶¶ 116–129")];
/// An organisation that is not an undertaking: another measure of its size (para. 119).
pub const ICO_NOT_UNDERTAKING_CITATION: &[Cite] = &[Cite::Ico("¶ 119")];
/// Steps 3 and 4: no notice read cites their paragraphs; the Guidance's step is cited.
pub const ICO_STEP3_CITATION: &[Cite] = &[Cite::IcoStep(3)];
pub const ICO_STEP4_CITATION: &[Cite] = &[Cite::IcoStep(4)];
/// Step 5: effective, proportionate and dissuasive, within the statutory maximum [notice:
/// 23andMe para. 395].
pub const ICO_STEP5_CITATION: &[Cite] = &[Cite::Ico("¶ 142")];
/// Financial hardship [notice: Birthlink paras 203, 206; 23andMe para. 403].
pub const ICO_HARDSHIP_CITATION: &[Cite] = &[Cite::Ico("¶¶ 151–152")];
/// Linked infringements: one maximum, the gravest's [notice: 23andMe fn. 325].
pub const ICO_LINKED_CITATION: &[Cite] = &[uk_gdpr("83(3)"), Cite::Ico("¶ 33")];
/// The ICO's public sector approach (a lower fine for public bodies) [2+].
pub const ICO_PUBLIC_SECTOR_CITATION: &[Cite] = &[Cite::IcoPublicSector];

// ---------------------------------------------------------------------------------------------
// Dutch AP Boetebeleidsregels 2019 (Stcrt. 2019, 14586; in force 15 Mar 2019; withdrawn for
// companies with effect from 24 May 2023)
// ---------------------------------------------------------------------------------------------

pub const AP2019_NAME: &str = "Boetebeleidsregels AP 2019";
pub const AP2019_IN_FORCE: &str = "2019-03-15";

/// A fine category of the AP 2019 rules: its band and basic fine (art. 2.3) [2+; the AP's CP&A
/// decision of 24 Mar 2020, § 5.2, quotes categories II and IV verbatim].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// Rows in the order of `ApCategory::index`: I, II, III, IV.
pub struct ApCategoryRow {
    pub band_low_eur: Decimal,
    pub band_high_eur: Decimal,
    pub basic_fine_eur: Decimal,
}

pub const AP2019_CATEGORIES: [ApCategoryRow; 4] = [
    /* I */
    ApCategoryRow { band_low_eur: dec(0), band_high_eur: dec(200_000), basic_fine_eur: dec(100_000) },
    /* II */
    ApCategoryRow { band_low_eur: dec(120_000), band_high_eur: dec(500_000), basic_fine_eur: dec(310_000) },
    /* III */
    ApCategoryRow { band_low_eur: dec(300_000), band_high_eur: dec(750_000), basic_fine_eur: dec(525_000) },
    /* IV */
    ApCategoryRow { band_low_eur: dec(450_000), band_high_eur: dec(1_000_000), basic_fine_eur: dec(725_000) },
];
/// Art. 2.1: the provisions of GDPR Art. 83(4) are placed in annex 1, in categories I–III only.
pub const AP2019_ANNEX1_CITATION: &[Cite] = &[Cite::ApAnnex1];
/// Art. 2.2: the provisions of GDPR Art. 83(5) and (6) are placed in annex 2, categories I–IV.
pub const AP2019_ANNEX2_CITATION: &[Cite] = &[Cite::ApAnnex2];
pub const AP2019_ART6_CITATION: &[Cite] = &[Cite::ApArts6And7];
pub const AP2019_ART8_1_CITATION: &[Cite] = &[Cite::ApArt8_1];
/// [2+] for the 50 %; whether it is taken of the basic fine or of the fine after art. 7 is not
/// verified, hence the mark in the citation itself.
pub const AP2019_ART8_2_CITATION: &[Cite] = &[Cite::ApArt8_2];
/// Arts. 8.3–8.4: above the €1,000,000 top of category IV, up to the fixed maximum (8.3) and for
/// an undertaking up to the turnover-based one (8.4) [2+ secondary; AP Uber 22 Jul 2024, para. 175].
pub const AP2019_ART8_3_CITATION: &[Cite] = &[Cite::ApArts8_3And8_4, gdpr("83(4)–(5)")];
pub const AP2019_ART9_CITATION: &[Cite] = &[Cite::ApArt9, Cite::Awb];
/// Art. 10: for the same or related processing the total is at most the legal maximum of the
/// gravest infringement [decision: FSV, § 3.5; Voorschoten, § 4.4].
pub const AP2019_ART10_CITATION: &[Cite] = &[Cite::ApArt10, gdpr("83(3)")];
/// Proportionality in general, outside art. 9 (the court's ground in HagaZiekenhuis and BKR).
pub const AWB_PROPORTIONALITY_CITATION: &[Cite] = &[Cite::Awb];
/// The AP's reduction for closely connected infringements: not a rule of the 2019 policy but of
/// proportionality, applied in BKR (−20 % of the total) and FSV (−€500,000) [decision].
pub const AP2019_CONNECTION_CITATION: &[Cite] = &[Cite::Awb, Cite::ApConnectionPractice];

/// Art. 8.2: a repeat offence (same or similar, fined within five years, art. 1(d)) raises the
/// fine by, in principle, 50 % [2+].
pub const AP2019_RECIDIVE_PCT: Decimal = dec(50);

/// One row of annexes 1 and 2: a GDPR provision, its category, and who says so.
///
/// `category`: `None` means the provision
/// takes the category of the provision it is read with (Art. 5(1)(a)). Matched most specific
/// first: `"27(3)"` before `"27"`, and `"27"` also covers `"27(1)"`. A bare `"12"` matches no
/// row, since 12(2) and 12(5) sit in different categories. Marks: `[decision]` a decision or
/// judgment states it, `[text]` read in the annex, `[2+]` two secondary sources agree, `[1 sec]`
/// one secondary source (to verify against Stcrt. 2019, 14586). Provisions not listed (among
/// them 5(1)(c), 5(1)(f), 7, 15–22, 29–31, 33(2)–(5), 34, 36–39, 44–49) have no category we can
/// cite: the user picks one and the step says it is their choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApAnnexRow {
    pub provision: &'static str,
    pub category: Option<ApCategory>,
    pub source: &'static str,
}

const fn row(provision: &'static str, category: Option<ApCategory>, source: &'static str) -> ApAnnexRow {
    ApAnnexRow { provision, category, source }
}

const I: Option<ApCategory> = Some(ApCategory::I);
const II: Option<ApCategory> = Some(ApCategory::II);
const III: Option<ApCategory> = Some(ApCategory::III);
const IV: Option<ApCategory> = Some(ApCategory::IV);

pub static AP2019_ANNEX: &[ApAnnexRow] = &[
    // Annex 2 (GDPR Art. 83(5) and (6)).
    row("5(1)(a)", None, "[decision] KNLTB, AP 20 Dec 2019, para. 152; Enschede, AP 11 Mar 2021, § 4.2; childcare allowance, AP 25 Nov 2021, para. 82"),
    row("5(1)(b)", III, "[decision] FSV, AP 7 Apr 2022, §§ 3.2, 3.3.5"),
    row("5(1)(d)", III, "[decision] FSV, AP 7 Apr 2022, § 3.3.5"),
    row("5(1)(e)", III, "[decision] FSV, AP 7 Apr 2022, § 3.3.5"),
    row("6", III, "[decision] KNLTB, AP 20 Dec 2019, paras 152, 158; Enschede, AP 11 Mar 2021, § 4.2; FSV, AP 7 Apr 2022, § 3.2"),
    row("9", IV, "[decision] fingerprints, AP 4 Dec 2019, § 4.2; CP&A, AP 24 Mar 2020, § 5.2"),
    row("12(1)", III, "[decision] TikTok, AP 9 Apr 2021 (GDPRhub summary of the decision)"),
    row("12(2)", III, "[decision] DPG Media, AP 14 Jan 2022, § 4.2; Rb. Amsterdam 10 Aug 2023, ECLI:NL:RBAMS:2023:5074, r.o. 19"),
    row("12(5)", II, "[decision] BKR, Rb. Gelderland 17 Jul 2023, ECLI:NL:RBGEL:2023:4071, r.o. 7.7 (basic fine €310,000)"),
    row("13", III, "[decision] Ministry of Foreign Affairs, AP 24 Feb 2022, para. 218"),
    row("14", III, "[decision] Voorschoten, AP 2 Nov 2023, § 4.5 (Art. 14(1)(c)–(d))"),
    // Annex 1 (GDPR Art. 83(4)): categories I–III only.
    row("8", II, "[1 sec] annex summary (privacypatrol.nl)"),
    row("11", I, "[1 sec] annex summary (privacypatrol.nl)"),
    row("25", II, "[1 sec] annex summary (privacypatrol.nl)"),
    row("26", I, "[2+] annex summaries (privacypatrol.nl, clarip.com)"),
    row("27(3)", II, "[1 sec] annex summary (privacypatrol.nl)"),
    row("27", III, "[decision] locatefamily.com, AP 10 Dec 2020, § 4.2 (Art. 27(1))"),
    row("28(9)", I, "[2+] annex summaries (privacypatrol.nl, mondaq)"),
    row("28", II, "[1 sec] annex summary (privacypatrol.nl)"),
    row("32", II, "[decision] HagaZiekenhuis, AP 18 Jun 2019, § 4.2; OLVG, AP 26 Nov 2020, § 4.2; Orthodontist, AP 4 Feb 2021, annex"),
    row("33(1)", III, "[decision] Booking.com, AP 10 Dec 2020, § 4.2; PVV Overijssel, AP 16 Jun 2020, § 4.2"),
    row("35(1)", II, "[decision] ICS, AP 18 Dec 2023, para. 41"),
    row("35(2)", II, "[decision] FSV, AP 7 Apr 2022, § 3.2"),
];

/// The category assumed for Art. 5(1)(a) when the scenario does not pick one: that of Art. 6,
/// the provision it is most often read with (FSV: Art. 5(1)(a) jo. 6(1), category III).
pub const AP2019_READ_WITH_DEFAULT: ApCategory = ApCategory::III;

// ---------------------------------------------------------------------------------------------
// Article 83(2) factors (a)–(k) [text]
// ---------------------------------------------------------------------------------------------

pub const FACTORS_ARTICLE: &str = "83(2)";

// ---------------------------------------------------------------------------------------------
// Proportionality
// ---------------------------------------------------------------------------------------------

pub const ART_83_1_CITATION: &[Cite] = &[gdpr("83(1)")];
pub const ART_83_3_CITATION: &[Cite] = &[gdpr("83(3)")];
