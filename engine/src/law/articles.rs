//! GDPR articles as users write them ("Art. 5(1)(c)", "32(1)", "article 46"), their titles, and
//! what the legal tables say about them (tier, AP 2019 category).

use crate::law::tables::{ApAnnexRow, AP2019_ANNEX, ARTICLE_TIERS};
use crate::schema::scenario::{ApCategory, Tier};

/// An article reference reduced to its canonical form: the number, then each paragraph or
/// point in brackets, e.g. `5(1)(c)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleRef {
    pub number: u16,
    pub parts: Vec<String>,
}

impl ArticleRef {
    pub fn canonical(&self) -> String {
        let mut s = self.number.to_string();
        for p in &self.parts {
            s.push('(');
            s.push_str(p);
            s.push(')');
        }
        s
    }

    /// "GDPR Art. 5(1)(c)".
    pub fn citation(&self) -> String {
        format!("GDPR Art. {}", self.canonical())
    }
}

/// Reads an article reference. Accepts an optional "Art." / "Article" / "Artikel" prefix, a
/// trailing "GDPR"/"AVG"/"RGPD"/"DSGVO", spaces anywhere, and paragraphs written either in
/// brackets or after a dot ("5.1.c" is not accepted: too ambiguous with decimals).
/// Why a text is not an article reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArticleError {
    Empty,
    NoNumber(String),
    OutOfRange(String),
    Brackets(String),
}

impl ArticleError {
    pub fn message(&self, lang: crate::text::lang::Lang) -> String {
        use crate::text::words;
        let w = words(lang);
        match self {
            ArticleError::Empty => w.err_article_empty.to_string(),
            ArticleError::NoNumber(s) => w.err_article_number(s),
            ArticleError::OutOfRange(s) => w.err_article_range(s),
            ArticleError::Brackets(s) => w.err_article_brackets(s),
        }
    }
}

impl std::fmt::Display for ArticleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::text::lang::Lang::En))
    }
}

pub fn parse_article(input: &str) -> Result<ArticleRef, ArticleError> {
    let mut s: String = input.trim().to_ascii_lowercase();
    for suffix in ["gdpr", "avg", "rgpd", "dsgvo"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest.trim_end().to_string();
        }
    }
    for prefix in ["article", "artikel", "art.", "art"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.to_string();
            break;
        }
    }
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if s.is_empty() {
        return Err(ArticleError::Empty);
    }
    let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() {
        return Err(ArticleError::NoNumber(input.trim().to_string()));
    }
    let number: u16 = digits
        .parse()
        .ok()
        .filter(|n| (1..=99).contains(n))
        .ok_or_else(|| ArticleError::OutOfRange(digits.clone()))?;
    let mut rest = &s[digits.len()..];
    let mut parts = Vec::new();
    while !rest.is_empty() {
        let inner = rest
            .strip_prefix('(')
            .and_then(|r| r.find(')').map(|end| (&r[..end], &r[end + 1..])));
        match inner {
            Some((part, after)) if !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()) => {
                parts.push(part.to_string());
                rest = after;
            }
            _ => return Err(ArticleError::Brackets(input.trim().to_string())),
        }
    }
    Ok(ArticleRef { number, parts })
}

/// The Art. 83 tier the article falls under, with the citation of the point that says so.
pub fn tier_of(article: &ArticleRef) -> Option<(Tier, &'static str)> {
    // Art. 58: 58(1) (access) and 58(2) orders. Orders fall under 83(6) as well as 83(5)(e); the
    // specific paragraph 83(6) is used.
    if article.number == 58 && article.parts.first().map(String::as_str) == Some("2") {
        return Some((Tier::Art83_6, "GDPR Art. 83(6)"));
    }
    ARTICLE_TIERS
        .iter()
        .find(|(first, last, _, _)| (*first..=*last).contains(&article.number))
        .map(|(_, _, tier, cite)| (if *tier == 4 { Tier::Art83_4 } else { Tier::Art83_5 }, *cite))
}

/// The row of the AP 2019 annexes for the article, the most specific one first.
pub fn ap_annex_row(article: &ArticleRef) -> Option<&'static ApAnnexRow> {
    let canonical = article.canonical();
    AP2019_ANNEX.iter().filter(|r| canonical == r.provision || canonical.starts_with(&format!("{}(", r.provision))).max_by_key(|r| r.provision.len())
}

/// The AP 2019 category of the article, where the annexes fix one and we know it.
pub fn ap_category_of(article: &ArticleRef) -> Option<ApCategory> {
    ap_annex_row(article).and_then(|r| r.category).and_then(ApCategory::from_index)
}

/// Official titles of the articles Art. 83(4)–(6) name, in the order of `Lang::ALL` (English,
/// Dutch, French, German, as in each language version of the GDPR); the article picker shows them.
/// A `static`, not a `const`: a const table is copied, strings and all, wherever it is used.
pub static ARTICLE_TITLES: &[(u16, [&str; 4])] = &[
    (5, ["Principles relating to processing of personal data", "Beginselen inzake verwerking van persoonsgegevens", "Principes relatifs au traitement des données à caractère personnel", "Grundsätze für die Verarbeitung personenbezogener Daten"]),
    (6, ["Lawfulness of processing", "Rechtmatigheid van de verwerking", "Licéité du traitement", "Rechtmäßigkeit der Verarbeitung"]),
    (7, ["Conditions for consent", "Voorwaarden voor toestemming", "Conditions applicables au consentement", "Bedingungen für die Einwilligung"]),
    (8, ["Conditions applicable to child's consent in relation to information society services", "Voorwaarden voor de toestemming van kinderen met betrekking tot diensten van de informatiemaatschappij", "Conditions applicables au consentement des enfants en ce qui concerne les services de la société de l'information", "Bedingungen für die Einwilligung eines Kindes in Bezug auf Dienste der Informationsgesellschaft"]),
    (9, ["Processing of special categories of personal data", "Verwerking van bijzondere categorieën van persoonsgegevens", "Traitement portant sur des catégories particulières de données à caractère personnel", "Verarbeitung besonderer Kategorien personenbezogener Daten"]),
    (10, ["Processing of personal data relating to criminal convictions and offences", "Verwerking van persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten", "Traitement des données à caractère personnel relatives aux condamnations pénales et aux infractions", "Verarbeitung von personenbezogenen Daten über strafrechtliche Verurteilungen und Straftaten"]),
    (11, ["Processing which does not require identification", "Verwerking waarvoor geen identificatie vereist is", "Traitement ne nécessitant pas l'identification", "Verarbeitung, für die eine Identifizierung der betroffenen Person nicht erforderlich ist"]),
    (12, ["Transparent information, communication and modalities for the exercise of the rights of the data subject", "Transparante informatie, communicatie en nadere regels voor de uitoefening van de rechten van de betrokkene", "Transparence des informations et des communications et modalités de l'exercice des droits de la personne concernée", "Transparente Information, Kommunikation und Modalitäten für die Ausübung der Rechte der betroffenen Person"]),
    (13, ["Information to be provided where personal data are collected from the data subject", "Te verstrekken informatie wanneer persoonsgegevens bij de betrokkene worden verzameld", "Informations à fournir lorsque des données à caractère personnel sont collectées auprès de la personne concernée", "Informationspflicht bei Erhebung von personenbezogenen Daten bei der betroffenen Person"]),
    (14, ["Information to be provided where personal data have not been obtained from the data subject", "Te verstrekken informatie wanneer de persoonsgegevens niet van de betrokkene zijn verkregen", "Informations à fournir lorsque les données à caractère personnel n'ont pas été collectées auprès de la personne concernée", "Informationspflicht, wenn die personenbezogenen Daten nicht bei der betroffenen Person erhoben wurden"]),
    (15, ["Right of access by the data subject", "Recht van inzage van de betrokkene", "Droit d'accès de la personne concernée", "Auskunftsrecht der betroffenen Person"]),
    (16, ["Right to rectification", "Recht op rectificatie", "Droit de rectification", "Recht auf Berichtigung"]),
    (17, ["Right to erasure ('right to be forgotten')", "Recht op gegevenswissing (\"recht op vergetelheid\")", "Droit à l'effacement (« droit à l'oubli »)", "Recht auf Löschung („Recht auf Vergessenwerden“)"]),
    (18, ["Right to restriction of processing", "Recht op beperking van de verwerking", "Droit à la limitation du traitement", "Recht auf Einschränkung der Verarbeitung"]),
    (19, ["Notification obligation regarding rectification or erasure of personal data or restriction of processing", "Kennisgevingsplicht inzake rectificatie of wissing van persoonsgegevens of verwerkingsbeperking", "Obligation de notification en ce qui concerne la rectification ou l'effacement de données à caractère personnel ou la limitation du traitement", "Mitteilungspflicht im Zusammenhang mit der Berichtigung oder Löschung personenbezogener Daten oder der Einschränkung der Verarbeitung"]),
    (20, ["Right to data portability", "Recht op overdraagbaarheid van gegevens", "Droit à la portabilité des données", "Recht auf Datenübertragbarkeit"]),
    (21, ["Right to object", "Recht van bezwaar", "Droit d'opposition", "Widerspruchsrecht"]),
    (22, ["Automated individual decision-making, including profiling", "Geautomatiseerde individuele besluitvorming, waaronder profilering", "Décision individuelle automatisée, y compris le profilage", "Automatisierte Entscheidungen im Einzelfall einschließlich Profiling"]),
    (24, ["Responsibility of the controller", "Verantwoordelijkheid van de verwerkingsverantwoordelijke", "Responsabilité du responsable du traitement", "Verantwortung des für die Verarbeitung Verantwortlichen"]),
    (25, ["Data protection by design and by default", "Gegevensbescherming door ontwerp en door standaardinstellingen", "Protection des données dès la conception et protection des données par défaut", "Datenschutz durch Technikgestaltung und durch datenschutzfreundliche Voreinstellungen"]),
    (26, ["Joint controllers", "Gezamenlijke verwerkingsverantwoordelijken", "Responsables conjoints du traitement", "Gemeinsam Verantwortliche"]),
    (27, ["Representatives of controllers or processors not established in the Union", "Vertegenwoordigers van niet in de Unie gevestigde verwerkingsverantwoordelijken of verwerkers", "Représentants des responsables du traitement ou des sous-traitants qui ne sont pas établis dans l'Union", "Vertreter von nicht in der Union niedergelassenen Verantwortlichen oder Auftragsverarbeitern"]),
    (28, ["Processor", "Verwerker", "Sous-traitant", "Auftragsverarbeiter"]),
    (29, ["Processing under the authority of the controller or processor", "Verwerking onder gezag van de verwerkingsverantwoordelijke of de verwerker", "Traitement effectué sous l'autorité du responsable du traitement ou du sous-traitant", "Verarbeitung unter der Aufsicht des Verantwortlichen oder des Auftragsverarbeiters"]),
    (30, ["Records of processing activities", "Register van de verwerkingsactiviteiten", "Registre des activités de traitement", "Verzeichnis von Verarbeitungstätigkeiten"]),
    (31, ["Cooperation with the supervisory authority", "Medewerking met de toezichthoudende autoriteit", "Coopération avec l'autorité de contrôle", "Zusammenarbeit mit der Aufsichtsbehörde"]),
    (32, ["Security of processing", "Beveiliging van de verwerking", "Sécurité du traitement", "Sicherheit der Verarbeitung"]),
    (33, ["Notification of a personal data breach to the supervisory authority", "Melding van een inbreuk in verband met persoonsgegevens aan de toezichthoudende autoriteit", "Notification à l'autorité de contrôle d'une violation de données à caractère personnel", "Meldung von Verletzungen des Schutzes personenbezogener Daten an die Aufsichtsbehörde"]),
    (34, ["Communication of a personal data breach to the data subject", "Mededeling van een inbreuk in verband met persoonsgegevens aan de betrokkene", "Communication à la personne concernée d'une violation de données à caractère personnel", "Benachrichtigung der von einer Verletzung des Schutzes personenbezogener Daten betroffenen Person"]),
    (35, ["Data protection impact assessment", "Gegevensbeschermingseffectbeoordeling", "Analyse d'impact relative à la protection des données", "Datenschutz-Folgenabschätzung"]),
    (36, ["Prior consultation", "Voorafgaande raadpleging", "Consultation préalable", "Vorherige Konsultation"]),
    (37, ["Designation of the data protection officer", "Aanwijzing van de functionaris voor gegevensbescherming", "Désignation du délégué à la protection des données", "Benennung eines Datenschutzbeauftragten"]),
    (38, ["Position of the data protection officer", "Positie van de functionaris voor gegevensbescherming", "Fonction du délégué à la protection des données", "Stellung des Datenschutzbeauftragten"]),
    (39, ["Tasks of the data protection officer", "Taken van de functionaris voor gegevensbescherming", "Missions du délégué à la protection des données", "Aufgaben des Datenschutzbeauftragten"]),
    (41, ["Monitoring of approved codes of conduct", "Toezicht op goedgekeurde gedragscodes", "Suivi des codes de conduite approuvés", "Überwachung der genehmigten Verhaltensregeln"]),
    (42, ["Certification", "Certificering", "Certification", "Zertifizierung"]),
    (43, ["Certification bodies", "Certificeringsorganen", "Organismes de certification", "Zertifizierungsstellen"]),
    (44, ["General principle for transfers", "Algemeen beginsel inzake doorgiften", "Principe général applicable aux transferts", "Allgemeine Grundsätze der Datenübermittlung"]),
    (45, ["Transfers on the basis of an adequacy decision", "Doorgiften op basis van een adequaatheidsbesluit", "Transferts fondés sur une décision d'adéquation", "Datenübermittlung auf der Grundlage eines Angemessenheitsbeschlusses"]),
    (46, ["Transfers subject to appropriate safeguards", "Doorgiften op basis van passende waarborgen", "Transferts moyennant des garanties appropriées", "Datenübermittlung vorbehaltlich geeigneter Garantien"]),
    (47, ["Binding corporate rules", "Bindende bedrijfsvoorschriften", "Règles d'entreprise contraignantes", "Verbindliche interne Datenschutzvorschriften"]),
    (48, ["Transfers or disclosures not authorised by Union law", "Op grond van het Unierecht niet toegestane doorgiften of verstrekkingen", "Transferts ou divulgations non autorisés par le droit de l'Union", "Nach dem Unionsrecht nicht zulässige Übermittlung oder Offenlegung"]),
    (49, ["Derogations for specific situations", "Afwijkingen voor specifieke situaties", "Dérogations pour des situations particulières", "Ausnahmen für bestimmte Fälle"]),
    (58, ["Powers", "Bevoegdheden", "Pouvoirs", "Befugnisse"]),
    (85, ["Processing and freedom of expression and information", "Verwerking en vrijheid van meningsuiting en van informatie", "Traitement et liberté d'expression et d'information", "Verarbeitung und Freiheit der Meinungsäußerung und Informationsfreiheit"]),
    (86, ["Processing and public access to official documents", "Verwerking van en recht van toegang van het publiek tot officiële documenten", "Traitement et accès du public aux documents officiels", "Verarbeitung und Zugang der Öffentlichkeit zu amtlichen Dokumenten"]),
    (87, ["Processing of the national identification number", "Verwerking van het nationaal identificatienummer", "Traitement du numéro d'identification national", "Verarbeitung der nationalen Kennziffer"]),
    (88, ["Processing in the context of employment", "Verwerking in het kader van de arbeidsverhouding", "Traitement de données dans le cadre des relations de travail", "Datenverarbeitung im Beschäftigungskontext"]),
    (89, ["Safeguards and derogations relating to processing for archiving purposes in the public interest, scientific or historical research purposes or statistical purposes", "Waarborgen en afwijkingen in verband met verwerking met het oog op archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistische doeleinden", "Garanties et dérogations applicables au traitement à des fins archivistiques dans l'intérêt public, à des fins de recherche scientifique ou historique ou à des fins statistiques", "Garantien und Ausnahmen in Bezug auf die Verarbeitung zu im öffentlichen Interesse liegenden Archivzwecken, zu wissenschaftlichen oder historischen Forschungszwecken und zu statistischen Zwecken"]),
    (90, ["Obligations of secrecy", "Geheimhoudingsplicht", "Obligations de secret", "Geheimhaltungspflichten"]),
    (91, ["Existing data protection rules of churches and religious associations", "Bestaande gegevensbeschermingsregels van kerken en religieuze verenigingen", "Règles existantes des églises et associations religieuses en matière de protection des données", "Bestehende Datenschutzvorschriften von Kirchen und religiösen Vereinigungen oder Gemeinschaften"]),
];

pub fn article_title(number: u16, lang: crate::text::lang::Lang) -> Option<&'static str> {
    ARTICLE_TITLES.iter().find(|(n, _)| *n == number).map(|(_, t)| t[lang as usize])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_ways_people_write_articles() {
        for (input, canonical) in [
            ("9(1)", "9(1)"),
            ("Art. 5(1)(c)", "5(1)(c)"),
            ("article 46 (1)", "46(1)"),
            (" 32 ", "32"),
            ("Art. 6 GDPR", "6"),
            ("artikel 9 AVG", "9"),
        ] {
            assert_eq!(parse_article(input).unwrap().canonical(), canonical, "{input}");
        }
    }

    #[test]
    fn refuses_what_is_not_an_article() {
        for input in ["", "abc", "0", "100", "5(1", "5(1)c", "5()", "5(1)(c)x"] {
            assert!(parse_article(input).is_err(), "{input} should be refused");
        }
    }

    #[test]
    fn tiers_follow_article_83() {
        let t = |a: &str| tier_of(&parse_article(a).unwrap()).map(|(t, _)| t);
        assert_eq!(t("5(1)(c)"), Some(Tier::Art83_5));
        assert_eq!(t("9(1)"), Some(Tier::Art83_5));
        assert_eq!(t("12(2)"), Some(Tier::Art83_5));
        assert_eq!(t("22"), Some(Tier::Art83_5));
        assert_eq!(t("8"), Some(Tier::Art83_4));
        assert_eq!(t("32(1)"), Some(Tier::Art83_4));
        assert_eq!(t("39"), Some(Tier::Art83_4));
        assert_eq!(t("46(1)"), Some(Tier::Art83_5));
        assert_eq!(t("58(2)"), Some(Tier::Art83_6));
        assert_eq!(t("58(1)"), Some(Tier::Art83_5));
        // Not named in Art. 83(4)-(6).
        assert_eq!(t("4"), None);
        assert_eq!(t("10"), None);
        assert_eq!(t("24"), None);
    }

    #[test]
    fn ap_categories_prefer_the_most_specific_entry() {
        let c = |a: &str| ap_category_of(&parse_article(a).unwrap());
        assert_eq!(c("9(1)"), Some(ApCategory::IV));
        assert_eq!(c("32(1)"), Some(ApCategory::II));
        assert_eq!(c("28(9)"), Some(ApCategory::I));
        assert_eq!(c("28(3)"), Some(ApCategory::II));
        assert_eq!(c("27(3)"), Some(ApCategory::II));
        assert_eq!(c("27"), Some(ApCategory::III));
        assert_eq!(c("5(1)(c)"), None);
        assert_eq!(c("12(5)"), Some(ApCategory::II));
        assert_eq!(c("12(2)"), Some(ApCategory::III));
        assert_eq!(c("33(1)"), Some(ApCategory::III));
        assert_eq!(c("35(2)"), Some(ApCategory::II));
        // 12(2) and 12(5) differ: a bare 12 has no category of its own.
        assert_eq!(c("12"), None);
        // 5(1)(a) follows the provision it is read with.
        assert_eq!(c("5(1)(a)"), None);
        assert!(ap_annex_row(&parse_article("5(1)(a)").unwrap()).is_some());
        // "3" must not match "32".
        assert_eq!(c("3"), None);
    }
}
