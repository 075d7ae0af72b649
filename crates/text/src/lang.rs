//! Which language a document is written in, so that text dragoman does not code is
//! reported and skipped rather than silently yielding nothing.
//!
//! Trigram statistics (whatlang) decide, with one guard for the text this project reads:
//! damaged and machine-translated English still uses English function words at a rate
//! no other language does, so a text where they make up a fair share of the words is
//! English whatever the trigrams say (they are thrown off by mangled characters and long
//! runs of foreign names).

use whatlang::Lang;

/// How much of a long document is looked at: enough for a sure answer, and bounded.
const SAMPLE_BYTES: usize = 4096;

/// Share of words that are English function words above which a text is English.
const ENGLISH_SHARE: f64 = 0.12;

/// Frequent function words of the Latin-script languages news most often comes in, each
/// list leaving out words that are also common English words ("a", "an", "am", "no").
const MARKERS: &[(Lang, &[&str])] = &[
    (
        Lang::Eng,
        &[
            "the", "of", "and", "to", "is", "was", "were", "are", "for", "that", "with", "by", "from", "said", "has",
            "have", "had", "it", "its", "this", "which", "at", "be", "been", "will", "would", "not", "they", "their",
            "he", "his", "she", "her", "after", "who", "or", "as", "on", "in",
        ],
    ),
    (
        Lang::Spa,
        &[
            "el", "la", "los", "las", "del", "de", "y", "en", "que", "por", "con", "una", "su", "sus", "al", "para",
            "se", "fue", "lo", "como", "más", "pero", "según", "dijo", "tras", "ayer",
        ],
    ),
    (
        Lang::Por,
        &[
            "o", "os", "da", "do", "das", "dos", "de", "em", "que", "não", "com", "uma", "para", "foi", "pelo", "pela",
            "ao", "à", "na", "nas", "nos", "disse", "mais",
        ],
    ),
    (
        Lang::Fra,
        &[
            "le", "les", "des", "du", "de", "et", "est", "une", "dans", "pour", "que", "qui", "sur", "par", "au",
            "aux", "avec", "ce", "cette", "été", "pas", "il", "elle", "selon",
        ],
    ),
    (
        Lang::Deu,
        &[
            "der", "die", "das", "und", "ist", "den", "dem", "des", "ein", "eine", "mit", "von", "zu", "auf", "für",
            "nicht", "sich", "wurde", "auch", "im", "nach", "bei", "sagte",
        ],
    ),
    (
        Lang::Ita,
        &[
            "il", "lo", "gli", "di", "della", "delle", "che", "è", "per", "sono", "non", "nel", "nella", "alla", "ha",
            "anche", "dopo",
        ],
    ),
    (
        Lang::Nld,
        &[
            "de", "het", "een", "van", "en", "zijn", "werd", "niet", "ook", "naar", "voor", "bij", "dat", "wordt",
            "heeft",
        ],
    ),
];

/// The languages whatlang chooses among: those of the world's news wires, so that a
/// short text is not taken for a close neighbour (Catalan for Spanish, Javanese for a
/// list of names).
const CANDIDATES: &[Lang] = &[
    Lang::Eng,
    Lang::Spa,
    Lang::Por,
    Lang::Fra,
    Lang::Deu,
    Lang::Ita,
    Lang::Nld,
    Lang::Rus,
    Lang::Ukr,
    Lang::Ara,
    Lang::Cmn,
    Lang::Jpn,
    Lang::Kor,
    Lang::Tur,
    Lang::Pol,
    Lang::Hin,
    Lang::Pes,
    Lang::Heb,
    Lang::Ind,
    Lang::Vie,
    Lang::Ell,
    Lang::Swe,
    Lang::Ces,
    Lang::Ron,
    Lang::Hun,
    Lang::Urd,
];

/// A language as dragoman reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// ISO 639-1 where the language has one ("en", "es", "de"), else ISO 639-3.
    pub code: &'static str,
    /// English name ("German").
    pub name: &'static str,
}

impl Language {
    pub const ENGLISH: Language = Language {
        code: "en",
        name: "English",
    };
}

/// The language of `text`, or None when there is too little text to tell.
///
/// Function words decide first: a text where English ones are a fair share of the words,
/// or outnumber those of every other language, is English; one where another language's
/// outnumber English ones is in that language (trigrams break ties). A text with none
/// (names, numbers, a headline) is left to the trigrams, and only when they are sure.
pub fn detect(text: &str) -> Option<Language> {
    let sample = head(text, SAMPLE_BYTES);
    let (words, counts) = marker_counts(sample);
    if words == 0 {
        return None;
    }
    let english = counts[0];
    if english as f64 >= ENGLISH_SHARE * words as f64 {
        return Some(Language::ENGLISH);
    }
    let best_other = counts[1..].iter().copied().max().unwrap_or(0);
    let detector = whatlang::Detector::with_allowlist(CANDIDATES.to_vec());
    let info = detector.detect(sample);
    if english > 0 && english >= best_other {
        return Some(Language::ENGLISH);
    }
    if best_other > english {
        let tied: Vec<Lang> = MARKERS[1..]
            .iter()
            .zip(&counts[1..])
            .filter(|(_, &c)| c == best_other)
            .map(|((l, _), _)| *l)
            .collect();
        let lang = info
            .as_ref()
            .map(|i| i.lang())
            .filter(|l| tied.contains(l))
            .unwrap_or(tied[0]);
        return Some(language(lang));
    }
    // No function word of any listed language: another script, or too little to tell.
    let info = info?;
    let sure = info.is_reliable() || info.script() != whatlang::Script::Latin;
    sure.then(|| language(info.lang()))
}

/// The English name of a language code as [`detect`] or an input gives it ("de", "de-AT",
/// "deu"), or the code itself when it is not one of the languages news most often comes in.
pub fn name_of(code: &str) -> String {
    let base = code.split(['-', '_']).next().unwrap_or(code).to_ascii_lowercase();
    CANDIDATES
        .iter()
        .map(|l| language(*l))
        .find(|l| l.code == base || whatlang::Lang::from_code(&base).is_some_and(|w| language(w) == *l))
        .map_or(code.to_string(), |l| l.name.to_string())
}

fn head(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Words in the sample, and how many are function words of each language of [`MARKERS`].
fn marker_counts(sample: &str) -> (usize, [usize; MARKERS.len()]) {
    let mut words = 0;
    let mut counts = [0; MARKERS.len()];
    let mut lower = String::new();
    let mut rest = sample;
    while !rest.is_empty() {
        let end = rest
            .find(|c: char| !c.is_alphanumeric() && c != '\'')
            .unwrap_or(rest.len());
        let (w, tail) = rest.split_at(end);
        // The separator after the word, then what follows it.
        let mut after = tail.chars();
        let hyphened = after.next() == Some('-');
        rest = after.as_str();
        if w.is_empty() || !w.chars().any(char::is_alphabetic) {
            continue;
        }
        words += 1;
        // A word hyphened to the next is part of a name or a compound, no function word:
        // "al-Assad", "el-Sisi", "de-escalation".
        if w.chars().count() > 6 || hyphened {
            continue;
        }
        lower.clear();
        lower.extend(w.chars().flat_map(char::to_lowercase));
        for (i, (_, list)) in MARKERS.iter().enumerate() {
            if list.contains(&lower.as_str()) {
                counts[i] += 1;
            }
        }
    }
    (words, counts)
}

fn language(lang: Lang) -> Language {
    let code = match lang {
        Lang::Eng => "en",
        Lang::Spa => "es",
        Lang::Deu => "de",
        Lang::Fra => "fr",
        Lang::Ita => "it",
        Lang::Por => "pt",
        Lang::Rus => "ru",
        Lang::Ukr => "uk",
        Lang::Ara => "ar",
        Lang::Cmn => "zh",
        Lang::Jpn => "ja",
        Lang::Kor => "ko",
        Lang::Tur => "tr",
        Lang::Pol => "pl",
        Lang::Nld => "nl",
        Lang::Swe => "sv",
        Lang::Hin => "hi",
        Lang::Pes => "fa",
        Lang::Heb => "he",
        Lang::Ind => "id",
        Lang::Vie => "vi",
        Lang::Ell => "el",
        Lang::Ces => "cs",
        Lang::Ron => "ro",
        Lang::Hun => "hu",
        Lang::Urd => "ur",
        other => other.code(),
    };
    Language {
        code,
        name: lang.eng_name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<&'static str> {
        detect(text).map(|l| l.code)
    }

    #[test]
    fn news_in_several_languages() {
        assert_eq!(
            code("The foreign ministers of the two countries met in Vienna on Monday and agreed to resume talks."),
            Some("en")
        );
        assert_eq!(
            code("Die Außenminister beider Länder trafen sich am Montag in Wien und vereinbarten neue Gespräche über den Handel."),
            Some("de")
        );
        assert_eq!(
            code("Министры иностранных дел двух стран встретились в понедельник в Вене и договорились возобновить переговоры."),
            Some("ru")
        );
        assert_eq!(
            code("Los cancilleres de ambos países se reunieron el lunes en Viena y acordaron reanudar las conversaciones."),
            Some("es")
        );
    }

    #[test]
    fn a_short_foreign_sentence_is_still_recognised() {
        assert_eq!(code("Rusia bombardeó Ucrania el martes."), Some("es"));
        assert_eq!(code("Russland griff am Montag die Ukraine an."), Some("de"));
        assert!(matches!(
            code("Россия атаковала Украину в понедельник."),
            Some("ru" | "uk")
        ));
        // English without many function words is still English, or unknown: never foreign.
        assert_eq!(code("Obama met Putin in Geneva on Tuesday."), Some("en"));
        assert_ne!(code("Putin met Erdogan."), Some("nl"));
    }

    #[test]
    fn an_article_hyphened_to_a_name_is_no_function_word() {
        // "al" is Spanish, but "al-Assad" is a name.
        let names =
            "Rami al-Assad met Putin. Nasr al-Hariri met Erdogan. Ali al-Amin met Modi. Bashar al-Assad met Xi.";
        assert_ne!(code(names), Some("es"));
        assert_eq!(code("El presidente llegó al palacio el lunes."), Some("es"));
    }

    #[test]
    fn damaged_english_stays_english() {
        let mangled = "lucknow: the all-india committee has sought a ban on the programme at the acquired land. \
                       holding a state-level meeting on saturday, its convenor said that the proposed â€˜bhoomi pujanâ€™ \
                       would be in violation of the court order.";
        assert_eq!(code(mangled), Some("en"));
    }

    #[test]
    fn names_of_codes() {
        assert_eq!(name_of("de"), "German");
        assert_eq!(name_of("es-MX"), "Spanish");
        assert_eq!(name_of("rus"), "Russian");
        assert_eq!(name_of("xx"), "xx");
    }

    #[test]
    fn no_words_no_language() {
        assert_eq!(code(""), None);
        assert_eq!(code("12 345 --- !!!"), None);
    }
}
