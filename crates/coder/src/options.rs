//! What the coder does beyond PETRARCH's conventions.

/// What the coder does beyond PETRARCH's conventions. All on by default; the
/// `petrarch` preset turns them off to be scored on PETRARCH's own unit tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Code intentions with CAMEO's "express intent" codes ("will meet" -> 036).
    pub intent_codes: bool,
    /// Code event nouns ("the meeting between X and Y").
    pub noun_events: bool,
    /// Code stance in quotations (accusations, praise).
    pub stance_events: bool,
    /// Emit negated events (flagged); PETRARCH drops them.
    pub keep_negated: bool,
    /// Only emit codes the CAMEO ontology defines (off for dictionaries with their own codes).
    pub strict_codes: bool,
    /// Let the learned layer choose main events and give confidences.
    pub model: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            intent_codes: true,
            noun_events: true,
            stance_events: true,
            keep_negated: true,
            strict_codes: true,
            model: true,
        }
    }
}

impl Options {
    /// PETRARCH's behaviour: verbs only, no intent codes, negated events dropped, any code
    /// the dictionaries give.
    pub fn petrarch() -> Options {
        Options {
            intent_codes: false,
            noun_events: false,
            stance_events: false,
            keep_negated: false,
            strict_codes: false,
            model: false,
        }
    }
}
