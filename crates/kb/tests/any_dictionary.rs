//! The PETRARCH dictionary importers on damaged input: every prefix of a dictionary of
//! each kind, and the same with bytes flipped, is imported or refused with an error;
//! nothing panics. (The text readers get the same treatment in crates/text/tests.)

use dragoman_kb::{KnowledgeBase, VerbDictionary};

const ACTORS: &str = "# written for this test\nFREEDONIA [FRD]\n+FREEDONIAN\n+FREEDONIANS\nRUFUS_FIREFLY [FRDGOV 330101-331231] [FRDELI >331231]\n+PRESIDENT_FIREFLY\nSYLVANIA_ [SYL]\n";
const AGENTS: &str = "POLICE_ [~COP] {POLICEMEN POLICEMAN}\nFOREIGN_MINISTER [~GOV]\nREBEL [~REB] {REBELS}\n";
const VERBS: &str = "--- ACCUSE   [112] ---\nACCUSE\nACCUSED\nACCUSES\n- * OF CORRUPTION [1121]\n- $ ACCUSE + OF WAR_CRIMES  [112]\n\n--- MEET [040] ---\nMEET {MET MEETING}\n- * WITH + [040]\n";
const DISCARDS: &str = "+CHANNEL\nBASKETBALL_TEAM\n~FOOTBALL\n";

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }
}

fn import(kind: usize, text: &str) {
    let mut kb = KnowledgeBase::empty();
    match kind {
        0 => {
            let _ = kb.import_actors("actors.txt", text);
        }
        1 => {
            kb.import_agents(text);
        }
        2 => {
            let _ = VerbDictionary::parse("verbs.txt", text);
        }
        _ => {
            kb.import_discards(text);
        }
    }
}

#[test]
fn every_prefix_of_every_dictionary_is_imported_or_refused() {
    for (kind, dict) in [ACTORS, AGENTS, VERBS, DISCARDS].iter().enumerate() {
        for cut in (0..=dict.len()).filter(|&c| dict.is_char_boundary(c)) {
            import(kind, &dict[..cut]);
        }
    }
}

#[test]
fn flipped_bytes_and_noise_never_panic() {
    let mut rng = Rng(0x5eed_d1c7);
    let alphabet = b"[]{}<>~+-_$*#%!|0123456789 \n\tABCZaz>";
    for (kind, dict) in [ACTORS, AGENTS, VERBS, DISCARDS].iter().enumerate() {
        for _ in 0..2000 {
            let mut bytes = dict.as_bytes().to_vec();
            for _ in 0..1 + rng.below(6) {
                let i = rng.below(bytes.len());
                bytes[i] = alphabet[rng.below(alphabet.len())];
            }
            import(kind, &String::from_utf8_lossy(&bytes));
        }
        let noise: Vec<u8> = (0..400).map(|_| alphabet[rng.below(alphabet.len())]).collect();
        import(kind, &String::from_utf8_lossy(&noise));
    }
}
