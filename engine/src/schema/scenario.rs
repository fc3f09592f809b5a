//! The scenario schema: the one serde format used by presets, share links, the JS embed API
//! and the CLI. Every field has a default so that a hand-written scenario can stay short, and
//! unknown fields are refused so that a typo is reported instead of silently ignored.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How the embed API's TypeScript types write a decimal: a string, so that no amount passes
/// through a float. Only for the generated `.d.ts`.
#[cfg(feature = "typescript")]
mod decimals {
    /// A decimal amount in euros, as a string ("1035000", "15000.50").
    #[derive(ts_rs::TS)]
    #[ts(type = "string")]
    pub struct Amount;

    /// A percentage as a decimal string ("4", "0.3", "12.5").
    #[derive(ts_rs::TS)]
    #[ts(type = "string")]
    pub struct Percent;
}
#[cfg(feature = "typescript")]
pub use decimals::{Amount, Percent};

/// Bumped when a field changes meaning; old share links then get a clear message.
pub const SCHEMA_VERSION: u32 = 1;

fn schema_version() -> u32 {
    SCHEMA_VERSION
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    #[serde(default = "schema_version")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<_>", optional))]
    pub version: u32,
    pub method: Method,
    #[serde(default)]
    #[cfg_attr(feature = "typescript", ts(as = "Option<_>", optional))]
    pub undertaking: Undertaking,
    #[serde(default)]
    #[cfg_attr(feature = "typescript", ts(as = "Option<_>", optional))]
    pub infringements: Vec<Infringement>,
    #[serde(default)]
    #[cfg_attr(feature = "typescript", ts(as = "Option<_>", optional))]
    pub edpb: EdpbOptions,
    /// AP 2019: a reduction of the total because the infringements are closely connected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<Connection>,
    #[serde(default)]
    #[cfg_attr(feature = "typescript", ts(as = "Option<_>", optional))]
    pub proportionality: Proportionality,
    /// What comes after the calculation, in order: a court's reduction for exceeding the
    /// reasonable time, the Spanish AEPD's reductions for acknowledging responsibility and for
    /// paying early (each of the proposed amount), a settlement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", ts(optional, as = "Option<_>"))]
    pub adjustments: Vec<LaterAdjustment>,
    /// Further parties fined in the same decision (a processor beside its controller), each with
    /// its own turnover and maximum; an infringement names its party (`party`: 0 is
    /// `undertaking`, 1 the first of these).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", ts(optional, as = "Option<_>"))]
    pub parties: Vec<Undertaking>,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            version: SCHEMA_VERSION,
            method: Method::Edpb2023,
            undertaking: Undertaking::default(),
            infringements: Vec::new(),
            edpb: EdpbOptions::default(),
            connection: None,
            proportionality: Proportionality::default(),
            adjustments: Vec::new(),
            parties: Vec::new(),
        }
    }
}

impl Scenario {
    /// The currency of every amount of the scenario: the method's, or that of the national
    /// maximum the undertaking is fined under.
    pub fn currency(&self) -> crate::schema::currency::Currency {
        match self.undertaking.national_maximum_under(self.method) {
            Some(n) => n.currency(),
            None => self.method.currency(),
        }
    }
}

/// The fining method whose steps the assessment follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub enum Method {
    /// EDPB Guidelines 04/2022 on the calculation of administrative fines, v2.1.
    #[serde(rename = "edpb-2023")]
    Edpb2023,
    /// Dutch AP Boetebeleidsregels 2019 (used for companies until 24 May 2023).
    #[serde(rename = "ap-2019")]
    Ap2019,
    /// The UK Information Commissioner's Data Protection Fining Guidance (18 March 2024), under
    /// the UK GDPR and the Data Protection Act 2018: amounts in pounds.
    #[serde(rename = "ico-2024")]
    Ico2024,
}

impl Method {
    pub const ALL: [Method; 3] = [Method::Edpb2023, Method::Ap2019, Method::Ico2024];

    /// The currency of the method's law and tables, and so of every amount of its scenarios
    /// (but see `Scenario::currency`).
    pub fn currency(self) -> crate::schema::currency::Currency {
        match self {
            Method::Ico2024 => crate::schema::currency::Currency::Gbp,
            Method::Edpb2023 | Method::Ap2019 => crate::schema::currency::Currency::Eur,
        }
    }

    /// Its name on the wire, as serde writes it.
    pub fn id(self) -> &'static str {
        crate::schema::wire::wire_name(&self)
    }

    pub fn from_id(id: &str) -> Option<Method> {
        crate::schema::wire::from_wire(id)
    }
}

/// The undertaking in the competition-law sense: the turnover is that of the whole economic
/// unit (group), per CJEU C-807/21 Deutsche Wohnen.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Undertaking {
    #[serde(default)]
    #[cfg_attr(feature = "typescript", ts(as = "Option<_>", optional))]
    pub name: String,
    /// Total worldwide annual turnover of the preceding financial year, in euros; `None` when
    /// unknown (the AP 2019 method can work without it, the EDPB method cannot).
    #[serde(default)]
    #[cfg_attr(feature = "typescript", ts(as = "Option<Amount>", optional = nullable))]
    #[serde(alias = "turnover_eur")]
    pub turnover: Option<Decimal>,
    /// Public authorities and bodies: Art. 83(7) leaves their fining to national law, and a
    /// turnover-based maximum does not apply to them.
    #[serde(default)]
    #[cfg_attr(feature = "typescript", ts(as = "Option<_>", optional))]
    pub public_body: bool,
    /// The size band the authority stated where it did not disclose the turnover (or the
    /// undertaking reported none, or a negative one): the EDPB's turnover table, para. 65. Used
    /// when `turnover` is not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub turnover_band: Option<SizeBand>,
    /// The point in this party's turnover-adjustment range, where a decision fining several
    /// parties adjusts each one's starting amount differently; else the scenario's
    /// `edpb.turnover_adjustment_pct`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<Percent>", optional))]
    pub turnover_adjustment_pct: Option<Decimal>,
    /// ICO: an organisation that is not an undertaking has no turnover; the Guidance (para. 119)
    /// measures its size otherwise — its budget, funding, costs or assets — and its maximum is
    /// the fixed amount. Other methods do not use it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional, as = "Option<_>"))]
    pub size_measure: Option<SizeMeasure>,
    /// Art. 83(7): the national law that caps fines on this public body, where it sets its own
    /// maximum. Under the EDPB's method, for a public body, it replaces the GDPR's maximum, and
    /// every amount of the scenario is in its currency (`Scenario::currency`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional, as = "Option<_>"))]
    pub national_maximum: Option<NationalMaximum>,
}

impl Undertaking {
    /// The national maximum this body is fined under: a public body's, under the EDPB's method
    /// (the method of the authorities whose law sets one).
    pub fn national_maximum_under(&self, method: Method) -> Option<NationalMaximum> {
        self.national_maximum.filter(|_| self.public_body && method == Method::Edpb2023)
    }
}

/// A member state's maximum for fines on public authorities and bodies (Art. 83(7)), by the
/// provision that sets it; its amount is in `law::tables::national_maximum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub enum NationalMaximum {
    /// Poland, art. 102(1)(1) of the Act of 10 May 2018 on the protection of personal data:
    /// units of the public finance sector.
    #[serde(rename = "pl-102-1-1")]
    Pl102_1_1,
}

impl NationalMaximum {
    /// The currency of the state whose law sets it, in which the whole scenario is then fined.
    pub fn currency(self) -> crate::schema::currency::Currency {
        match self {
            NationalMaximum::Pl102_1_1 => crate::schema::currency::Currency::Pln,
        }
    }
}

/// What measures the size of an organisation that is not an undertaking, and how much it is.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct SizeMeasure {
    pub measure: SizeMeasureKind,
    #[cfg_attr(feature = "typescript", ts(as = "Amount"))]
    pub amount: Decimal,
}

/// ICO Guidance para. 119: the measures of size named for a body without turnover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum SizeMeasureKind {
    /// Its annual budget (a public body).
    Budget,
    /// Its funding or income (a charity).
    Funding,
    /// Its annual costs (Birthlink: its support costs).
    Costs,
    /// Its assets.
    Assets,
}

impl SizeMeasureKind {
    /// Its name on the wire, as serde writes it ("costs").
    pub fn id(self) -> &'static str {
        crate::schema::wire::wire_name(&self)
    }

    pub fn from_id(id: &str) -> Option<SizeMeasureKind> {
        crate::schema::wire::from_wire(id)
    }
}

/// EDPB Guidelines 04/2022, para. 65: the bands of annual turnover in which the starting amount
/// may be adjusted for the size of the undertaking, and the band above them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub enum SizeBand {
    #[serde(rename = "up-to-2m")]
    UpTo2m,
    #[serde(rename = "2m-10m")]
    From2mTo10m,
    #[serde(rename = "10m-50m")]
    From10mTo50m,
    #[serde(rename = "50m-100m")]
    From50mTo100m,
    #[serde(rename = "100m-250m")]
    From100mTo250m,
    #[serde(rename = "250m-500m")]
    From250mTo500m,
    #[serde(rename = "above-500m")]
    Above500m,
}

impl SizeBand {
    pub const ALL: [SizeBand; 7] = [
        SizeBand::UpTo2m,
        SizeBand::From2mTo10m,
        SizeBand::From10mTo50m,
        SizeBand::From50mTo100m,
        SizeBand::From100mTo250m,
        SizeBand::From250mTo500m,
        SizeBand::Above500m,
    ];

    pub fn id(self) -> &'static str {
        crate::schema::wire::wire_name(&self)
    }
}

/// GDPR Art. 83 tier of an infringement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub enum Tier {
    #[serde(rename = "83(4)")]
    Art83_4,
    #[serde(rename = "83(5)")]
    Art83_5,
    #[serde(rename = "83(6)")]
    Art83_6,
}

impl Tier {
    pub const ALL: [Tier; 3] = [Tier::Art83_4, Tier::Art83_5, Tier::Art83_6];

    /// "83(4)": its name on the wire, as serde writes it.
    pub fn label(self) -> &'static str {
        crate::schema::wire::wire_name(&self)
    }

    pub fn from_label(label: &str) -> Option<Tier> {
        crate::schema::wire::from_wire(label)
    }
}

/// Fine category of the Dutch AP 2019 rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub enum ApCategory {
    I,
    II,
    III,
    IV,
}

impl ApCategory {
    pub const ALL: [ApCategory; 4] = [ApCategory::I, ApCategory::II, ApCategory::III, ApCategory::IV];

    /// Position in `law::tables::AP2019_CATEGORIES`.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The category next above or below this one, if there is one.
    pub fn next(self, up: bool) -> Option<ApCategory> {
        let i = if up { self.index().checked_add(1) } else { self.index().checked_sub(1) };
        i.and_then(|i| ApCategory::ALL.get(i).copied())
    }

    /// "III": its name on the wire, as serde writes it.
    pub fn numeral(self) -> &'static str {
        crate::schema::wire::wire_name(&self)
    }

    pub fn from_numeral(s: &str) -> Option<ApCategory> {
        crate::schema::wire::from_wire(s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Infringement {
    /// As the user writes it: "9(1)", "32(1)", "5(1)(c)", "Art. 46(1)".
    pub article: String,
    /// Overrides the tier derived from the article (needed for articles Art. 83 does not name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<Tier>,
    /// AP 2019 only: overrides the category derived from the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ap_category: Option<ApCategory>,
    /// Number of the processing operation it belongs to: infringements of the same or linked
    /// operations share one Art. 83(3) cap; different operations are fined separately.
    #[serde(default = "first_operation")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<_>", optional))]
    pub operation: u32,
    /// Taken into account in the fine of the gravest infringement of its operation instead of
    /// being fined separately (one global fine for the conduct, as the CNIL did for Amazon).
    #[serde(default, skip_serializing_if = "is_false")]
    pub absorbed: bool,
    /// EDPB only: seriousness (step 2).
    #[serde(default)]
    #[cfg_attr(feature = "typescript", ts(as = "Option<_>", optional))]
    pub seriousness: Seriousness,
    /// The Art. 83(2) factors; absent ones are neutral.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub factors: BTreeMap<FactorId, FactorSetting>,
    /// AP 2019 only: which band the fine may move in (arts. 6, 8.1, 8.3).
    #[serde(default, skip_serializing_if = "ApBandUse::is_own")]
    pub ap_band: ApBandUse,
    /// AP 2019 only: the fine set at the bottom or top of the band in use, as the AP writes it
    /// when it weighs the factors without pricing each (childcare allowance 2021, § 84).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ap_band_point: Option<ApBandPoint>,
    /// AP 2019 only: repeat offence within five years (art. 8.2).
    #[serde(default, skip_serializing_if = "is_false")]
    pub repeat_offence: bool,
    /// Further provisions this one fine is imposed for, where the decision's operative part
    /// imposes one amount for several (Art. 83(3): the maximum is the gravest one's).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", ts(optional, as = "Option<_>"))]
    pub also: Vec<String>,
    /// The party it is imposed on: 0 the scenario's `undertaking`, n its `parties[n - 1]`.
    #[serde(default, skip_serializing_if = "is_zero")]
    #[cfg_attr(feature = "typescript", ts(optional, as = "Option<_>"))]
    pub party: usize,
    /// Step 3 as a decision states it for several factors at once: one net effect.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", ts(optional, as = "Option<_>"))]
    pub combined_factors: Vec<CombinedFactors>,
    /// Step 5 for this fine alone (effective, proportionate, dissuasive; ability to pay), where
    /// the decision applies it per fine rather than to the total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proportionality: Option<Proportionality>,
    /// AP 2019: this fine lowered for its close connection with another infringement, before
    /// art. 10 holds the total of the operation (FSV, § 3.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<Connection>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Several Art. 83(2) factors weighed together with one net effect, as a decision states it
/// ("(e), (f) and (k) together: −20 %"), each of them cited.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct CombinedFactors {
    pub factors: Vec<FactorId>,
    pub effect: Effect,
    pub adjust: Adjustment,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "typescript", ts(optional, as = "Option<_>"))]
    pub reason: String,
}

/// An adjustment after the calculation: how much, of which amount, and on what ground.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct LaterAdjustment {
    /// A reduction in euros or a percentage; or, with `set_to`, the amount it is set to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reduce: Option<Adjustment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<Amount>", optional))]
    #[serde(alias = "set_to_eur")]
    pub set_to: Option<Decimal>,
    /// What a percentage is taken of: the amount as it stands (`running`), or the amount before
    /// the first of these adjustments (`first`), as the AEPD takes each 20 % of the proposed fine.
    #[serde(default, skip_serializing_if = "AdjustmentBase::is_running")]
    #[cfg_attr(feature = "typescript", ts(optional, as = "Option<_>"))]
    pub of: AdjustmentBase,
    pub ground: AdjustmentGround,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "typescript", ts(optional, as = "Option<_>"))]
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum AdjustmentBase {
    #[default]
    Running,
    First,
}

impl AdjustmentBase {
    fn is_running(&self) -> bool {
        *self == AdjustmentBase::Running
    }
}

/// Why a fine is changed after the calculation; each ground cites its own rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum AdjustmentGround {
    /// What the undertaking can pay.
    AbilityToPay,
    /// Any other reason the amount would be disproportionate.
    Proportionality,
    /// A court's reduction because the proceedings exceeded the reasonable time (ECHR art. 6(1)).
    ReasonableTime,
    /// A court that set the fine itself.
    Court,
    /// Spain, Ley 39/2015 art. 85(1): the offender acknowledged its responsibility.
    AcknowledgedResponsibility,
    /// Spain, Ley 39/2015 art. 85(2): voluntary payment before the decision.
    VoluntaryPayment,
    /// An agreement between the authority and the undertaking.
    Settlement,
    /// ICO Guidance paras 151–152: exceptionally, on evidence that the fine would irretrievably
    /// jeopardise the organisation's economic viability.
    FinancialHardship,
    /// The ICO's public sector approach: a lower fine for a public body.
    PublicSector,
}

impl AdjustmentGround {
    /// Every ground, in the order the widget offers them.
    pub const ALL: [AdjustmentGround; 9] = [
        AdjustmentGround::AbilityToPay,
        AdjustmentGround::Proportionality,
        AdjustmentGround::ReasonableTime,
        AdjustmentGround::Court,
        AdjustmentGround::AcknowledgedResponsibility,
        AdjustmentGround::VoluntaryPayment,
        AdjustmentGround::Settlement,
        AdjustmentGround::FinancialHardship,
        AdjustmentGround::PublicSector,
    ];
}

fn first_operation() -> u32 {
    1
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Infringement {
    pub fn new(article: &str) -> Infringement {
        Infringement {
            article: article.to_string(),
            tier: None,
            ap_category: None,
            operation: 1,
            absorbed: false,
            seriousness: Seriousness::default(),
            factors: BTreeMap::new(),
            ap_band: ApBandUse::Own,
            ap_band_point: None,
            repeat_offence: false,
            also: Vec::new(),
            party: 0,
            combined_factors: Vec::new(),
            proportionality: None,
            connection: None,
            note: String::new(),
        }
    }
}

/// EDPB step 2: how serious the infringement is, from Art. 83(2)(a), (b) and (g), and where the
/// starting amount lies in that level's range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Seriousness {
    pub level: SeriousnessLevel,
    /// `None`: the middle of the level's range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<StartingPoint>,
}

impl Default for Seriousness {
    fn default() -> Self {
        Seriousness { level: SeriousnessLevel::Medium, start: None }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum SeriousnessLevel {
    Low,
    Medium,
    High,
}

impl SeriousnessLevel {
    pub const ALL: [SeriousnessLevel; 3] =
        [SeriousnessLevel::Low, SeriousnessLevel::Medium, SeriousnessLevel::High];

    /// Its name on the wire, as serde writes it.
    pub fn id(self) -> &'static str {
        crate::schema::wire::wire_name(&self)
    }
}

/// A point inside a range, as a share of the legal maximum or as an exact amount (an authority
/// that publishes only its amount is reproduced with the latter).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum StartingPoint {
    PctOfMax(#[cfg_attr(feature = "typescript", ts(as = "Percent"))] Decimal),
    /// Earlier links and files call it `eur`.
    #[serde(alias = "eur")]
    Amount(#[cfg_attr(feature = "typescript", ts(as = "Amount"))] Decimal),
}

/// Art. 83(2)(a)–(k).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum FactorId {
    A,
    B,
    C,
    D,
    E,
    F,
    G,
    H,
    I,
    J,
    K,
}

impl FactorId {
    pub const ALL: [FactorId; 11] = [
        FactorId::A,
        FactorId::B,
        FactorId::C,
        FactorId::D,
        FactorId::E,
        FactorId::F,
        FactorId::G,
        FactorId::H,
        FactorId::I,
        FactorId::J,
        FactorId::K,
    ];

    pub fn letter(self) -> char {
        (b'a' + self as u8) as char
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct FactorSetting {
    pub effect: Effect,
    /// How far it moves the fine; required unless neutral.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjust: Option<Adjustment>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Effect {
    Aggravating,
    #[default]
    Neutral,
    Mitigating,
}

/// A factor's weight: euros (as the AP did in Haga: +€75 000) or a percentage of the amount the
/// method adjusts (AP: the basic fine; EDPB: the amount after step 2). Always non-negative; the
/// effect gives the direction.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Adjustment {
    /// Earlier links and files call it `eur`.
    #[serde(alias = "eur")]
    Amount(#[cfg_attr(feature = "typescript", ts(as = "Amount"))] Decimal),
    Pct(#[cfg_attr(feature = "typescript", ts(as = "Percent"))] Decimal),
}

/// AP 2019: the band the fine may move in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ApBandUse {
    /// Art. 6: within the category's own band.
    #[default]
    Own,
    /// Art. 8.1: the next higher category's band.
    NextHigher,
    /// Art. 8.1: the next lower category's band.
    NextLower,
    /// Arts. 8.3–8.4: up to the legal maximum of Art. 83(4)/(5).
    LegalMaximum,
}

impl ApBandUse {
    fn is_own(&self) -> bool {
        *self == ApBandUse::Own
    }
}

/// AP 2019: an end of the band in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum ApBandPoint {
    Low,
    High,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct EdpbOptions {
    /// Point inside the turnover-adjustment range, as a percentage of the starting amount;
    /// `None`: the middle of the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<Percent>", optional))]
    pub turnover_adjustment_pct: Option<Decimal>,
    /// The guidelines say the authority *may* adjust for turnover (para. 65): leaving it out is
    /// a choice the trail states, with `turnover_adjustment_reason`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub skip_turnover_adjustment: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub turnover_adjustment_reason: String,
}

/// AP 2019: the AP lowers the total where separate infringements are closely connected, as a
/// matter of proportionality (BKR: −20 % of the total, upheld by Rb. Gelderland r.o. 7.3.1;
/// FSV: −€500,000). A step of its own, so that it is not hidden in the last step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Connection {
    /// Euros, or a percentage of the total of the fines.
    pub reduce: Adjustment,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// The last step of both methods: effectiveness, proportionality and ability to pay.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Proportionality {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjustment: Option<ProportionalityAdjustment>,
    /// Why the fine is lowered: it decides which rule the step cites.
    #[serde(default, skip_serializing_if = "ProportionalityGround::is_default")]
    pub ground: ProportionalityGround,
    /// AP 2019 art. 9 applies where even the next lower category's band (art. 8.1) would give a
    /// disproportionate fine: set when that was considered, so that no warning is shown.
    #[serde(default, skip_serializing_if = "is_false")]
    pub lower_band_considered: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ProportionalityGround {
    /// What the undertaking can pay (AP 2019 art. 9; EDPB step 5, inability to pay).
    #[default]
    AbilityToPay,
    /// Any other reason the amount would be disproportionate (Awb arts. 3:4 and 5:46; Art. 83(1)).
    Proportionality,
}

impl ProportionalityGround {
    fn is_default(&self) -> bool {
        *self == ProportionalityGround::AbilityToPay
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ProportionalityAdjustment {
    /// The fine set to this amount: what the undertaking can pay (CP&A: €15 000), or what is
    /// proportionate, as the ground says. Earlier links call it `can_bear_eur`.
    #[serde(rename = "set_to", alias = "set_to_eur", alias = "can_bear_eur")]
    SetTo(#[cfg_attr(feature = "typescript", ts(as = "Amount"))] Decimal),
    /// A reduction by this percentage.
    ReducePct(#[cfg_attr(feature = "typescript", ts(as = "Percent"))] Decimal),
    /// A reduction by this amount.
    #[serde(alias = "reduce_eur")]
    ReduceAmount(#[cfg_attr(feature = "typescript", ts(as = "Amount"))] Decimal),
}
