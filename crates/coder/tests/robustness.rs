//! Whatever the text, the coder neither panics nor points outside it: thousands of
//! generated documents mixing real sentences, broken encodings, glued and repeated names,
//! stray punctuation, odd scripts and control characters.

use std::sync::Arc;

use chrono::NaiveDate;
use dragoman_coder::Coder;
use dragoman_core::Document;

/// Pieces documents are made of.
const PIECES: &[&str] = &[
    "Russian troops attacked Ukrainian positions near Kharkiv on Monday.",
    "Diplomats of USA y Russia They have gathered this Thursday in Istanbulthe great city",
    "Marco Rubioy Lavrov met",
    "Türkiye has not imposed sanctions on Moscow.",
    "“He said,” ‘she said’ — «they said» ",
    "â€™ Ã© Ã¼ mojibake ",
    "Kim Jong Un Jong U. ",
    "ERDOGAN MET PUTIN IN ANKARA LAST WEEK. ",
    "the united nations condemned the attack on tuesday ",
    "Zelenskia Washington ",
    "Москва заявила ",
    "北京 ",
    "مرحبا ",
    "🙂🚀 ",
    "\u{0}\u{1}\u{7f}\u{200b}\u{feff}",
    "\r\n\r\n",
    "...!!!???;;;::",
    "(((( [[[[ {{{{ ",
    "\"\"\"\"''''",
    " next week, last month, on 31 February, in 2099, 12/31/2025, yesterday ",
    "Mr. Dr. U.S. e.g. i.e. No. 5 St. Petersburg ",
    "-- — – ‒ ",
    "a",
    " ",
    "word ",
    "Supercalifragilisticexpialidociousandsomemoreletterswithoutanyspaceatallforalongtime ",
    "The the the the the the the the the the ",
    "Kharkiv-Kyiv-Moscow-Washington-Beijing ",
    "it it they them who whom whose which ",
    "said said said said ",
];

/// Deterministic pseudo-random numbers (xorshift64*), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() >> 33) as usize % n
    }
}

/// Spanish pieces, for the Spanish pipeline.
const SPANISH_PIECES: &[&str] = &[
    "Tropas rusas atacaron posiciones ucranianas cerca de Járkov el lunes.",
    "Diplomáticos de EE.UU. y Rusia se reunieron este jueves en Estambul",
    "Turquía no ha impuesto sanciones a Moscú.",
    "fueron detenidos por la Policía hace dos días ",
    "EL EJERCITO CAPTURO A TRES GUERRILLEROS DEL ELN ",
    "el pasado 31 de febrero, la semana que viene, dentro de 99999999999 años ",
    "se se se no no nunca ni ",
    "de del de la de los de ",
    "que que quien cuyo donde ",
    "Guerrilleros de las FARC EP , TOLIMA , PLANADAS ",
    "esta este estas estos está están ",
    "atacó atacaron atacando atacado atacar ",
    "y e o u , , ; : ",
    "Ñandú ñoño ÁÉÍÓÚ áéíóú ü ",
];

fn generated(rng: &mut Rng) -> String {
    generated_from(rng, PIECES)
}

fn generated_from(rng: &mut Rng, pieces: &[&str]) -> String {
    let mut text = String::new();
    for _ in 0..rng.below(12) {
        let piece = pieces[rng.below(pieces.len())];
        match rng.below(6) {
            // A piece cut at a random character boundary.
            0 => {
                let cut = piece
                    .char_indices()
                    .map(|(i, _)| i)
                    .nth(rng.below(piece.chars().count().max(1)));
                text.push_str(&piece[..cut.unwrap_or(piece.len())]);
            }
            // Glued to what came before.
            1 => text.push_str(piece.trim()),
            // Random characters from a few planes.
            2 => {
                for _ in 0..rng.below(20) {
                    let c = match rng.below(4) {
                        0 => char::from_u32(rng.below(0x80) as u32),
                        1 => char::from_u32(0x80 + rng.below(0x780) as u32),
                        2 => char::from_u32(0x3000 + rng.below(0x6000) as u32),
                        _ => char::from_u32(0x1F300 + rng.below(0x300) as u32),
                    };
                    text.extend(c);
                }
            }
            _ => {
                text.push_str(piece);
                text.push(' ');
            }
        }
    }
    text
}

#[test]
fn generated_documents_never_panic_and_spans_stay_inside() {
    let events = check_generated(None, generated, 3_000);
    // The generator does produce codable text, so the checks above are exercised.
    assert!(events > 100, "only {events} events from 3,000 documents");
}

#[test]
fn generated_spanish_documents_never_panic_and_spans_stay_inside() {
    let events = check_generated(Some("es"), |rng| generated_from(rng, SPANISH_PIECES), 2_000);
    assert!(events > 100, "only {events} events from 2,000 Spanish documents");
}

/// Codes `count` generated documents (in `lang`, or as detected) and checks every span;
/// returns how many events they gave.
fn check_generated(lang: Option<&str>, generate: impl Fn(&mut Rng) -> String, count: usize) -> usize {
    let kb = Arc::new(dragoman_kb_image::builtin().expect("knowledge base loads"));
    let coder = Coder::new(kb).expect("coder builds");
    let date = NaiveDate::from_ymd_opt(2025, 2, 27);
    let mut rng = Rng(0x5DEE_CE66_D1CE_4E5B);
    let mut events = 0;
    for n in 0..count {
        let text = generate(&mut rng);
        let mut doc = Document::new(format!("gen-{n}"), text.as_str()).with_date(date);
        doc.lang = lang.map(str::to_string);
        for e in coder.code(&doc) {
            events += 1;
            let start = e.evidence.offset as usize;
            let end = start + e.evidence.sentence.len();
            assert_eq!(
                text.get(start..end),
                Some(e.evidence.sentence.as_str()),
                "doc {n}: {text:?}"
            );
            for [a, b] in &e.evidence.spans {
                assert!(
                    a <= b && e.evidence.sentence.get(*a as usize..*b as usize).is_some(),
                    "doc {n}: span {a}..{b} in {:?}",
                    e.evidence.sentence
                );
            }
        }
        // The explanation walks every annotation: it must not panic either.
        let analysis = coder.analyse(&doc);
        let kb = coder.kb_for(analysis.lang());
        let _ = coder.explain(&analysis);
        for h in dragoman_coder::annotate::annotations(&analysis, kb) {
            assert!(
                text.get(h.start as usize..h.end as usize).is_some(),
                "doc {n}: {h:?} in {text:?}"
            );
        }
    }
    events
}
