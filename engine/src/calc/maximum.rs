//! The legal maximum of Art. 83(4)–(6): the fixed amount, or for an undertaking the share of
//! turnover, whichever is higher.

use crate::arith::pct_of;
use crate::law::tables::Cite;
use crate::law::tables::EDPB_TURNOVER_ADJUSTMENT;
use crate::law::tables::{TierRow, TIER_83_4, TIER_83_5, TIER_83_6};
use crate::law::tables::{UK_TIER_83_4, UK_TIER_83_5, UK_TIER_83_6};
use crate::schema::scenario::{Method, SizeBand, SizeMeasure, SizeMeasureKind, Tier, Undertaking};
use crate::text::lang::Lang;
use crate::text::phrase::{money, nested, pct, ph, Arg, Phrase};
use crate::text::Key;
use rust_decimal::Decimal;

/// The tier's row of the GDPR's Art. 83, or of the UK GDPR's for the ICO's method.
pub fn tier_row(method: Method, tier: Tier) -> &'static TierRow {
    match (method, tier) {
        (Method::Ico2024, Tier::Art83_4) => &UK_TIER_83_4,
        (Method::Ico2024, Tier::Art83_5) => &UK_TIER_83_5,
        (Method::Ico2024, Tier::Art83_6) => &UK_TIER_83_6,
        (_, Tier::Art83_4) => &TIER_83_4,
        (_, Tier::Art83_5) => &TIER_83_5,
        (_, Tier::Art83_6) => &TIER_83_6,
    }
}

/// The article of the law that sets the row: the GDPR's, or the UK GDPR's with the DPA 2018.
pub fn tier_cite(method: Method, row: &TierRow) -> Cite {
    Cite::of_law(method, row.article)
}

#[derive(Debug, Clone, PartialEq)]
pub struct LegalMaximum {
    pub amount: Decimal,
    /// One sentence saying which of the two maxima applies and why, as data.
    pub explanation: Phrase,
}

impl LegalMaximum {
    pub fn explanation_in(&self, lang: Lang) -> String {
        self.explanation.word(lang)
    }
}

/// The maximum of `tier` for `undertaking` under `method`'s law: the fixed amount, or the
/// turnover share, whichever is higher.
pub fn legal_maximum(method: Method, tier: Tier, undertaking: &Undertaking) -> LegalMaximum {
    let row = tier_row(method, tier);
    let cite = Arg::Cite(tier_cite(method, row));
    let fixed = row.fixed_max;
    let share = row.turnover_share_pct;
    if let Some(n) = undertaking.national_maximum_under(method) {
        let (amount, law) = crate::law::tables::national_maximum(n);
        return LegalMaximum { amount, explanation: ph(Key::max_national, [money(amount), Arg::Cite(law)]) };
    }
    if undertaking.public_body {
        return LegalMaximum { amount: fixed, explanation: ph(Key::max_public, [money(fixed), cite]) };
    }
    if let (Method::Ico2024, Some(m)) = (method, undertaking.size_measure) {
        // Not an undertaking: no turnover, so the fixed maximum (ICO Guidance para. 119).
        let explanation = ph(Key::max_not_undertaking, [nested(measure_phrase(m)), money(fixed), cite]);
        return LegalMaximum { amount: fixed, explanation };
    }
    let band = undertaking.turnover_band.filter(|b| *b != SizeBand::Above500m && method != Method::Ico2024);
    if let (None, Some(band)) = (undertaking.turnover, band) {
        // A stated band up to €500m: 2 or 4 % of it is at most the fixed amount.
        let explanation = ph(Key::max_band, [nested(band_phrase(band)), money(fixed), cite]);
        return LegalMaximum { amount: fixed, explanation };
    }
    let Some(turnover) = undertaking.turnover else {
        return LegalMaximum {
            amount: fixed,
            explanation: ph(Key::max_unknown, [money(fixed), pct(share), cite, money(row.crossover())]),
        };
    };
    let dynamic = pct_of(turnover, share);
    let key = if dynamic > fixed { Key::max_dynamic } else { Key::max_fixed };
    LegalMaximum {
        amount: dynamic.max(fixed),
        explanation: ph(key, [pct(share), money(turnover), money(dynamic), money(fixed), cite]),
    }
}

/// "its costs of £211,700": what measures the size of a body without turnover.
pub fn measure_phrase(m: SizeMeasure) -> Phrase {
    let key = match m.measure {
        SizeMeasureKind::Budget => Key::measure_budget,
        SizeMeasureKind::Funding => Key::measure_funding,
        SizeMeasureKind::Costs => Key::measure_costs,
        SizeMeasureKind::Assets => Key::measure_assets,
    };
    ph(key, [money(m.amount)])
}

/// A size band's bounds, from the EDPB's turnover table (para. 65): `(low, high)`, `None` where
/// open.
pub fn band_bounds(band: SizeBand) -> (Option<Decimal>, Option<Decimal>) {
    let at = |i: usize| EDPB_TURNOVER_ADJUSTMENT.get(i).map(|(up_to, _)| *up_to);
    let i = band as usize;
    (i.checked_sub(1).and_then(at), at(i))
}

/// "€10,000,000 to €50,000,000", "up to €2,000,000", "above €500,000,000".
pub fn band_phrase(band: SizeBand) -> Phrase {
    match band_bounds(band) {
        (None, Some(high)) => ph(Key::band_up_to, [money(high)]),
        (Some(low), Some(high)) => ph(Key::band_between, [money(low), money(high)]),
        (Some(low), None) => ph(Key::band_above, [money(low)]),
        (None, None) => Phrase::Empty,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn with_turnover(t: &str) -> Undertaking {
        Undertaking { turnover: Some(Decimal::from_str(t).unwrap()), ..Undertaking::default() }
    }

    #[test]
    fn whichever_is_higher_switches_exactly_at_500_million() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        let max = |tier, t: &str| legal_maximum(Method::Edpb2023, tier, &with_turnover(t)).amount;
        assert_eq!(max(Tier::Art83_5, "499999999.99"), d("20000000"));
        assert_eq!(max(Tier::Art83_5, "500000000"), d("20000000"));
        assert_eq!(max(Tier::Art83_5, "500000025"), d("20000001"));
        assert_eq!(max(Tier::Art83_4, "500000000"), d("10000000"));
        assert_eq!(max(Tier::Art83_4, "500000050"), d("10000001"));
        assert_eq!(max(Tier::Art83_5, "1135000000"), d("45400000"));
        assert_eq!(max(Tier::Art83_6, "1135000000"), d("45400000"));
    }

    #[test]
    fn public_bodies_and_unknown_turnover_get_the_fixed_amount() {
        let mut u = with_turnover("2000000000");
        u.public_body = true;
        assert_eq!(legal_maximum(Method::Edpb2023, Tier::Art83_4, &u).amount, Decimal::from(10_000_000));
        let unknown = Undertaking::default();
        let m = legal_maximum(Method::Edpb2023, Tier::Art83_5, &unknown);
        assert_eq!(m.amount, Decimal::from(20_000_000));
        assert!(m.explanation_in(Lang::En).contains("turnover unknown"));
    }
}
