//! Citations as data: a step names what it rests on, and `text::citation` words it in the
//! reader's language when it is shown.

use std::borrow::Cow;

/// A citation as data: what it points at, never its wording. `text::citation` writes it in each
/// language version's terms ("GDPR Art. 83(5)(a)", "AVG Art. 83(5)(a)", …), so that nothing is
/// translated by replacing words in a finished string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cite {
    /// An article of the GDPR, "83(5)(a)".
    Gdpr(Cow<'static, str>),
    /// EDPB Guidelines 04/2022 v2.1: step 1; step 2 (seriousness, para. 60); step 2 (turnover,
    /// paras 65–66); steps 3, 4 and 5 (inability to pay).
    EdpbStep1,
    EdpbSeriousness,
    EdpbTurnover,
    EdpbStep3,
    EdpbStep4,
    EdpbStep5,
    /// EDPB Binding Decision 1/2021 (WhatsApp), para. 327 and section 9.4.
    EdpbBinding1of2021,
    /// Boetebeleidsregels AP 2019: arts. 2.1 and 2.3 with annex 1; arts. 2.2 and 2.3 with annex 2;
    /// arts. 6 and 7; art. 8.1; art. 8.2 [verify]; arts. 8.3–8.4; art. 9; art. 10.
    ApAnnex1,
    ApAnnex2,
    ApArts6And7,
    ApArt8_1,
    ApArt8_2,
    ApArts8_3And8_4,
    ApArt9,
    ApArt10,
    /// Awb arts. 3:4 and 5:46 (proportionality).
    Awb,
    /// The AP's practice of lowering the total for connected infringements (BKR, FSV).
    ApConnectionPractice,
    /// After the calculation: ECHR art. 6(1), the reasonable time; Ley 39/2015 art. 85 (Spain);
    /// a court's own judgment; a settlement.
    ReasonableTime,
    Lpacap85,
    Court,
    Settlement,
    /// Poland's Act of 10 May 2018 on the protection of personal data, art. 102(1)(1): the
    /// maximum for units of the public finance sector (Art. 83(7)).
    PlUodo102,
    /// An article of the UK GDPR with section 157 of the Data Protection Act 2018, "83(5)".
    UkGdpr(Cow<'static, str>),
    /// The ICO's Data Protection Fining Guidance (18 March 2024), these paragraphs ("¶¶ 109–115").
    Ico(&'static str),
    /// The Guidance's step `n`, where no paragraph of it is known to us (steps 3 and 4).
    IcoStep(u8),
    /// The ICO's public sector approach (June 2022, renewed 2024).
    IcoPublicSector,
    /// Known only from the ICO's consultation draft (November 2023), not from the final
    /// Guidance or a penalty notice.
    IcoDraft,
    /// A decision a table row names, in that row's own words.
    Source(&'static str),
    /// The tier the scenario chose, or assumed for an article Art. 83 does not name.
    Chosen(Box<Cite>),
    Assumed(Box<Cite>),
}

/// A GDPR article as a citation, in a `const`.
pub const fn gdpr(article: &'static str) -> Cite {
    Cite::Gdpr(Cow::Borrowed(article))
}

/// A UK GDPR article as a citation, in a `const`.
pub const fn uk_gdpr(article: &'static str) -> Cite {
    Cite::UkGdpr(Cow::Borrowed(article))
}

impl Cite {
    /// An article of the law `method` applies: the GDPR's, or the UK GDPR's (with the DPA 2018)
    /// for the ICO's method, whose articles carry the same numbers.
    pub fn of_law(method: crate::schema::scenario::Method, article: impl Into<Cow<'static, str>>) -> Cite {
        match method {
            crate::schema::scenario::Method::Ico2024 => Cite::UkGdpr(article.into()),
            _ => Cite::Gdpr(article.into()),
        }
    }
}
