//! The widget's own messages (a link opened or not, a file imported or not, an option that could
//! not be read), worded in the instance's language from the `Notice` data of the state.

use super::inputs::money_error;
use crate::i18n::{Lang, Texts};
use crate::state::Notice;
use finesim_engine::text::error_message;

pub fn notice_text(n: &Notice, t: &Texts, lang: Lang) -> String {
    match n {
        Notice::OpenedLink => t.opened_link.into(),
        Notice::LinkFailed(e) => t.link_failed(&error_message(e, lang)),
        Notice::Imported => t.imported.into(),
        Notice::ImportFailed(e) => t.import_failed(&error_message(e, lang)),
        Notice::FileUnreadable => t.import_failed(&t.file_unreadable),
        Notice::LinkCopied => t.link_copied.into(),
        Notice::CopyFromField => t.copy_from_field.into(),
        Notice::DownloadRefused => t.download_refused.into(),
        Notice::NoSuchCase(id) => t.no_such_case(id),
        Notice::CasesUnavailable(id) => t.cases_unavailable(id),
        Notice::NoSuchMethod(m) => t.no_such_method(m),
        Notice::BadTurnover(text, why) => t.bad_turnover_option(text, &money_error(t, *why, text)),
        Notice::CurrencyChanged(from, to) => t.currency_changed(&from.code(), &to.code()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::texts;
    use finesim_engine::{codec::import_json, share::decode};

    /// A Dutch widget says in Dutch why a link or a file could not be read: no English inside.
    #[test]
    fn link_and_import_errors_are_worded_in_the_widgets_language() {
        let link = Notice::LinkFailed(decode("#not-a-link").unwrap_err());
        let file = Notice::ImportFailed(import_json(r#"{"method":"ap-2019","colour":"red"}"#).unwrap_err());
        let en = notice_text(&link, texts(Lang::En), Lang::En);
        assert!(en.contains("not a simulator link"), "{en}");
        for lang in [Lang::Nl, Lang::Fr, Lang::De] {
            let t = notice_text(&link, texts(lang), lang);
            assert!(!t.contains("not a simulator link"), "{lang:?}: {t}");
            let f = notice_text(&file, texts(lang), lang);
            assert!(f.contains("colour") && !f.contains("unknown field"), "{lang:?}: {f}");
        }
    }
}
