//! The one place a calculation becomes words: every step, warning, title and citation in the
//! reader's language. Each field of the `Assessment` is written here, from its figure or phrase.

use crate::calc::calculation::{Calculation, InfringementFigures};
use crate::calc::trail::StepData;
use crate::law::tables::{AP2019_NAME, AS_OF, EDPB_NAME, ICO_NAME};
use crate::schema::assessment::{Assessment, InfringementResult, Step};
use crate::schema::currency::Currency;
use crate::schema::scenario::Method;
use crate::text::lang::Lang;
use crate::text::{article_title, citation, cite};

impl Calculation {
    /// The assessment with every step, warning, title and citation in `lang`.
    pub fn word(self, lang: Lang) -> Assessment {
        let cur = self.currency;
        Assessment {
            method: self.method,
            currency: cur,
            method_name: method_name(self.method).to_string(),
            as_of: AS_OF.to_string(),
            steps: self.steps.into_iter().map(|s| s.word(lang, cur)).collect(),
            infringements: self.infringements.into_iter().map(|f| f.word(lang)).collect(),
            operations: self.operations,
            legal_maximum: self.legal_maximum,
            before_proportionality: self.before_proportionality,
            final_amount: self.final_amount,
            range_low: self.range_low,
            range_high: self.range_high,
            parties: self.parties,
            warnings: self.warnings.iter().map(|w| w.word_in(lang, cur)).collect(),
        }
    }
}

fn method_name(method: Method) -> &'static str {
    match method {
        Method::Edpb2023 => EDPB_NAME,
        Method::Ap2019 => AP2019_NAME,
        Method::Ico2024 => ICO_NAME,
    }
}

impl StepData {
    fn word(self, lang: Lang, cur: Currency) -> Step {
        Step {
            kind: self.kind,
            infringement: self.infringement,
            factor: self.factor,
            operation: self.operation,
            title: self.title.word_in(lang, cur),
            citation: citation(&self.cites, lang),
            band: self.band,
            amount: self.amount,
            explanation: self.explanation.word_in(lang, cur),
            assumption: self.assumption,
        }
    }
}

impl InfringementFigures {
    fn word(self, lang: Lang) -> InfringementResult {
        InfringementResult {
            article: self.article.canonical(),
            article_title: article_title(self.article.number, lang).map(str::to_string),
            tier: self.tier,
            tier_citation: cite(&self.tier_cite, lang),
            legal_maximum: self.legal_maximum,
            party: self.party,
            also: self.also.iter().map(|a| a.canonical()).collect(),
            operation: self.operation,
            absorbed: self.absorbed,
            ap_category: self.ap_category,
            ap_category_applied: self.ap_category_applied,
            band: self.band,
            base: self.base,
            after_factors: self.after_factors,
            fine: self.fine,
        }
    }
}
