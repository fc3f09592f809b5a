//! The Art. 83(2) factors (a)–(k): their wording in short, and which step of each method
//! weighs them.

use crate::schema::scenario::FactorId;

/// Per factor, its short title and a plain-language explanation paraphrasing Art. 83(2) [text],
/// in the order of `Lang::ALL` (English, Dutch, French, German).
// `static`, not `const`: a const array is copied into every function that reads it, strings and
// all (three copies in the wasm).
pub static FACTORS: [(FactorId, [&str; 4], [&str; 4]); 11] = [
    (
        FactorId::A,
        ["Nature, gravity and duration", "Aard, ernst en duur", "Nature, gravité et durée", "Art, Schwere und Dauer"],
        [
            "What was done, how long it lasted, how many people it touched and how much harm they suffered.",
            "Wat er gebeurde, hoe lang het duurde, hoeveel mensen het raakte en hoeveel schade zij leden.",
            "Ce qui s'est passé, combien de temps, combien de personnes étaient concernées et quel dommage elles ont subi.",
            "Was geschah, wie lange es dauerte, wie viele Personen betroffen waren und welchen Schaden sie erlitten.",
        ],
    ),
    (
        FactorId::B,
        ["Intent or negligence", "Opzet of nalatigheid", "Délibéré ou par négligence", "Vorsatz oder Fahrlässigkeit"],
        [
            "Whether the infringement was deliberate or the result of carelessness.",
            "Of de overtreding opzettelijk was of het gevolg van nalatigheid.",
            "Si la violation a été commise délibérément ou par négligence.",
            "Ob der Verstoß vorsätzlich oder fahrlässig begangen wurde.",
        ],
    ),
    (
        FactorId::C,
        ["Mitigating action", "Beperking van de schade", "Mesures d'atténuation", "Schadensmindernde Maßnahmen"],
        [
            "What the controller or processor did to limit the damage to the people concerned.",
            "Wat de verwerkingsverantwoordelijke of verwerker deed om de schade voor de betrokkenen te beperken.",
            "Ce que le responsable du traitement ou le sous-traitant a fait pour atténuer le dommage subi par les personnes concernées.",
            "Was der Verantwortliche oder Auftragsverarbeiter unternahm, um den Schaden der betroffenen Personen zu mindern.",
        ],
    ),
    (
        FactorId::D,
        ["Degree of responsibility", "Mate van verantwoordelijkheid", "Degré de responsabilité", "Grad der Verantwortung"],
        [
            "How far the technical and organisational measures of Articles 25 and 32 fell short.",
            "Hoe ver de technische en organisatorische maatregelen van de artikelen 25 en 32 tekortschoten.",
            "Dans quelle mesure les mesures techniques et organisationnelles des articles 25 et 32 étaient insuffisantes.",
            "Wie weit die technischen und organisatorischen Maßnahmen nach den Artikeln 25 und 32 unzureichend waren.",
        ],
    ),
    (
        FactorId::E,
        ["Previous infringements", "Eerdere inbreuken", "Violations antérieures", "Frühere Verstöße"],
        [
            "Relevant earlier infringements by the same controller or processor.",
            "Relevante eerdere inbreuken door dezelfde verwerkingsverantwoordelijke of verwerker.",
            "Violations pertinentes commises précédemment par le même responsable du traitement ou sous-traitant.",
            "Einschlägige frühere Verstöße desselben Verantwortlichen oder Auftragsverarbeiters.",
        ],
    ),
    (
        FactorId::F,
        ["Cooperation", "Medewerking", "Coopération", "Zusammenarbeit"],
        [
            "How well the controller or processor cooperated with the supervisory authority to remedy the infringement.",
            "Hoe goed de verwerkingsverantwoordelijke of verwerker met de toezichthouder meewerkte om de inbreuk te verhelpen.",
            "Le degré de coopération avec l'autorité de contrôle pour remédier à la violation.",
            "Wie gut der Verantwortliche oder Auftragsverarbeiter mit der Aufsichtsbehörde zusammenarbeitete, um dem Verstoß abzuhelfen.",
        ],
    ),
    (
        FactorId::G,
        ["Categories of data", "Categorieën van gegevens", "Catégories de données", "Kategorien von Daten"],
        [
            "Which kinds of personal data were affected, e.g. health data or other special categories.",
            "Welke soorten persoonsgegevens het betrof, bijvoorbeeld gezondheidsgegevens of andere bijzondere categorieën.",
            "Les catégories de données à caractère personnel concernées, par exemple des données de santé ou d'autres catégories particulières.",
            "Welche Arten personenbezogener Daten betroffen waren, etwa Gesundheitsdaten oder andere besondere Kategorien.",
        ],
    ),
    (
        FactorId::H,
        ["How the authority learned of it", "Hoe de toezichthouder ervan hoorde", "Connaissance par l'autorité", "Bekanntwerden des Verstoßes"],
        [
            "Whether the controller notified the infringement itself, and how fully.",
            "Of de verwerkingsverantwoordelijke de inbreuk zelf meldde, en hoe volledig.",
            "Si le responsable du traitement a lui-même notifié la violation, et dans quelle mesure.",
            "Ob der Verantwortliche den Verstoß selbst gemeldet hat, und wie vollständig.",
        ],
    ),
    (
        FactorId::I,
        ["Earlier orders", "Eerdere maatregelen", "Mesures antérieures", "Frühere Anordnungen"],
        [
            "Whether measures the authority already ordered under Article 58(2) on the same subject were complied with.",
            "Of maatregelen die de toezichthouder op grond van artikel 58, lid 2, over hetzelfde onderwerp al had opgelegd, werden nageleefd.",
            "Si les mesures déjà ordonnées par l'autorité en vertu de l'article 58, paragraphe 2, pour le même objet ont été respectées.",
            "Ob Maßnahmen, die die Behörde nach Art. 58 Abs. 2 in derselben Sache bereits angeordnet hatte, eingehalten wurden.",
        ],
    ),
    (
        FactorId::J,
        ["Codes of conduct, certification", "Gedragscodes, certificering", "Codes de conduite, certification", "Verhaltensregeln, Zertifizierung"],
        [
            "Adherence to approved codes of conduct (Art. 40) or certification mechanisms (Art. 42).",
            "Naleving van goedgekeurde gedragscodes (art. 40) of certificeringsmechanismen (art. 42).",
            "L'application de codes de conduite approuvés (art. 40) ou de mécanismes de certification (art. 42).",
            "Einhaltung genehmigter Verhaltensregeln (Art. 40) oder Zertifizierungsverfahren (Art. 42).",
        ],
    ),
    (
        FactorId::K,
        ["Other circumstances", "Andere omstandigheden", "Autres circonstances", "Sonstige Umstände"],
        [
            "Anything else that aggravates or mitigates, such as financial benefits gained or losses avoided.",
            "Al het andere dat verzwarend of verzachtend werkt, zoals behaalde financiële voordelen of vermeden verliezen.",
            "Toute autre circonstance aggravante ou atténuante, comme les avantages financiers obtenus ou les pertes évitées.",
            "Alle anderen erschwerenden oder mildernden Umstände, etwa erlangte finanzielle Vorteile oder vermiedene Verluste.",
        ],
    ),
];

pub fn factor_title(id: FactorId, lang: crate::text::lang::Lang) -> &'static str {
    FACTORS[id as usize].1[lang as usize]
}

pub fn factor_explanation(id: FactorId, lang: crate::text::lang::Lang) -> &'static str {
    FACTORS[id as usize].2[lang as usize]
}

/// "GDPR Art. 83(2)(g)".
pub fn factor_citation(id: FactorId) -> String {
    format!("{}({})", crate::law::tables::FACTORS_CITATION_PREFIX, id.letter())
}

/// Under the EDPB guidelines (a), (b) and (g) set the seriousness in step 2; the others are the
/// aggravating and mitigating circumstances of step 3. Counting one twice would be wrong.
pub fn edpb_weighs_in_seriousness(id: FactorId) -> bool {
    matches!(id, FactorId::A | FactorId::B | FactorId::G)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_letter_order() {
        for (i, (id, titles, texts)) in FACTORS.iter().enumerate() {
            assert_eq!(*id as usize, i);
            assert!(titles.iter().chain(texts).all(|t| !t.is_empty()));
        }
        assert_eq!(factor_citation(FactorId::K), "GDPR Art. 83(2)(k)");
    }
}
