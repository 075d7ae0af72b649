//! The closed-class words the coder's grammar asks about, by class, from a table per
//! language (`data/lexicon/en/word_classes.tsv`). The code asks whether a word belongs to
//! a class ("is this a locative preposition?"), never for a literal word: a second
//! language brings a table, not code.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use dragoman_core::tsv::{Tsv, TsvError};

const ENGLISH: &str = include_str!("../../../data/lexicon/en/word_classes.tsv");
const SPANISH: &str = include_str!("../../../data/lexicon/es/word_classes.tsv");

/// The languages the coder reads. A knowledge base is of one language
/// (`KnowledgeBase::language`), and so is every analysis made with it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// ISO 639-1.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// Does the language write nationality words with a capital ("Russian" but "ruso")?
    pub fn capitalizes_demonyms(self) -> bool {
        self == Lang::En
    }

    /// The language of a code ("es", "es-CO", "ES"), if the coder reads it.
    pub fn from_code(code: &str) -> Option<Lang> {
        let base = code.split(['-', '_']).next().unwrap_or(code);
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(base))
    }
}

/// The classes (see the table's header for what each means).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    TitleModifier,
    Locative,
    LocativePerson,
    NoTarget,
    Genitive,
    Recipient,
    AgentBy,
    ListSeparator,
    Definite,
    GroupBoth,
    GroupNumberTwo,
    GroupCountries,
    GroupPeople,
    GroupSides,
    PronounPerson,
    PronounPlural,
    PronounThing,
    PronounFirst,
    FirstPossessive,
    Future,
    Conditional,
    Possibility,
    Obligation,
    Condition,
    PastAuxiliary,
    PassiveAuxiliary,
    NegativeDet,
    WhereWhen,
    WherePlace,
    NotPlural,
    Attribution,
    OpposingPrep,
    TransparentAdverb,
    AdverbSuffix,
    Relative,
    State,
    IntentModifier,
    PossibleModifier,
    NounSourcePrep,
    NounTargetPrep,
    Between,
    ActsAs,
    Possessive,
    PartOfPlace,
    GeographicHead,
    Settlement,
    Institution,
    Destination,
    ObjectIsParty,
    AlwaysTransitive,
    EventHead,
    SceneVerb,
    LeadingParticiple,
    LedGroup,
    NegativePronoun,
    ObjectControl,
    Occurrence,
    OwnPatterns,
    PlansAct,
    Interrogative,
    WhQuestion,
    Ranking,
    NoAgent,
    AimedAt,
    PersonPassiveOtherSense,
    DoneToPeople,
    Accident,
    AccidentPrep,
    LeadersGovernment,
    SpeaksFor,
    SayingNoun,
    WantingNoun,
    FailingNoun,
    KeepsFrom,
    ObjectComplement,
    Complementizer,
    PastOfAnotherVerb,
    AlsoAdjective,
    HoldsGround,
    Ground,
    Directs,
    EmptyIt,
    Attempts,
    ReversingPrefix,
    OpposingPrefix,
    StativeParticiple,
    DeathWithoutCause,
    SupposingNoun,
    SupposingAfterIn,
    ThingPossessive,
    PluralPossessive,
    FigurativeHarm,
    HowItWent,
    PlaceNoun,
    Having,
    DatelineMark,
    Averting,
    Contest,
    Relational,
    Aims,
    Proposing,
    HearsayPassive,
    Agreeing,
    Naming,
    SidePrep,
    Feeling,
    TopicObject,
    Comitative,
    Document,
    Defeating,
    Dispatching,
    InvertedCondition,
    SideNoun,
    ArrangingBe,
    BeToIdiom,
    PutForward,
    Bilateral,
    Necessity,
    MemberOf,
    BodyPrep,
    OnlyWhere,
    Envoy,
    BeContracted,
    Rank,
    Relation,
    Undoing,
    Ballot,
    OriginPrep,
    FieldExpert,
    Vulnerable,
    CampAdjective,
    ExceptParticiple,
    Presence,
    NegativePair,
    DemandsObject,
    AsksFor,
    TopicOf,
    WarnsOf,
    ClashVerb,
    TopicOn,
    Given,
    OneSided,
    Reciprocal,
    NotOne,
    NamedByOf,
    CapitalNoun,
    ReturnVerb,
    DeniesObject,
    Permits,
    HoldingNoun,
    HoldingPrep,
    MannerAdjective,
    GoesOn,
    CallNoun,
    BranchAdjective,
    Equipment,
    ComesToAid,
    CeasedAdverb,
    SerialMotion,
    Causative,
    SequencePrep,
    DefinedByClause,
    OfficeParticiple,
    UndergoerNoun,
    Condemning,
    HarmNoun,
    ManyCountries,
    PerformsEvent,
    PersonNoun,
    FreeChoice,
}

const NAMES: &[(&str, Class)] = &[
    ("title_modifier", Class::TitleModifier),
    ("always_transitive", Class::AlwaysTransitive),
    ("event_head", Class::EventHead),
    ("scene_verb", Class::SceneVerb),
    ("leading_participle", Class::LeadingParticiple),
    ("led_group", Class::LedGroup),
    ("negative_pronoun", Class::NegativePronoun),
    ("object_control", Class::ObjectControl),
    ("occurrence", Class::Occurrence),
    ("own_patterns", Class::OwnPatterns),
    ("plans_act", Class::PlansAct),
    ("interrogative", Class::Interrogative),
    ("wh_question", Class::WhQuestion),
    ("ranking", Class::Ranking),
    ("no_agent", Class::NoAgent),
    ("aimed_at", Class::AimedAt),
    ("person_passive_other_sense", Class::PersonPassiveOtherSense),
    ("done_to_people", Class::DoneToPeople),
    ("accident", Class::Accident),
    ("accident_prep", Class::AccidentPrep),
    ("leaders_government", Class::LeadersGovernment),
    ("speaks_for", Class::SpeaksFor),
    ("saying_noun", Class::SayingNoun),
    ("wanting_noun", Class::WantingNoun),
    ("failing_noun", Class::FailingNoun),
    ("keeps_from", Class::KeepsFrom),
    ("object_complement", Class::ObjectComplement),
    ("complementizer", Class::Complementizer),
    ("past_of_another_verb", Class::PastOfAnotherVerb),
    ("also_adjective", Class::AlsoAdjective),
    ("holds_ground", Class::HoldsGround),
    ("ground", Class::Ground),
    ("directs", Class::Directs),
    ("empty_it", Class::EmptyIt),
    ("attempts", Class::Attempts),
    ("reversing_prefix", Class::ReversingPrefix),
    ("opposing_prefix", Class::OpposingPrefix),
    ("stative_participle", Class::StativeParticiple),
    ("death_without_cause", Class::DeathWithoutCause),
    ("supposing_noun", Class::SupposingNoun),
    ("supposing_after_in", Class::SupposingAfterIn),
    ("thing_possessive", Class::ThingPossessive),
    ("plural_possessive", Class::PluralPossessive),
    ("figurative_harm", Class::FigurativeHarm),
    ("how_it_went", Class::HowItWent),
    ("place_noun", Class::PlaceNoun),
    ("having", Class::Having),
    ("dateline_mark", Class::DatelineMark),
    ("averting", Class::Averting),
    ("contest", Class::Contest),
    ("relational", Class::Relational),
    ("aims", Class::Aims),
    ("proposing", Class::Proposing),
    ("hearsay_passive", Class::HearsayPassive),
    ("agreeing", Class::Agreeing),
    ("naming", Class::Naming),
    ("side_prep", Class::SidePrep),
    ("feeling", Class::Feeling),
    ("topic_object", Class::TopicObject),
    ("comitative", Class::Comitative),
    ("document", Class::Document),
    ("defeating", Class::Defeating),
    ("dispatching", Class::Dispatching),
    ("inverted_condition", Class::InvertedCondition),
    ("side_noun", Class::SideNoun),
    ("arranging_be", Class::ArrangingBe),
    ("be_to_idiom", Class::BeToIdiom),
    ("put_forward", Class::PutForward),
    ("bilateral", Class::Bilateral),
    ("necessity", Class::Necessity),
    ("member_of", Class::MemberOf),
    ("body_prep", Class::BodyPrep),
    ("only_where", Class::OnlyWhere),
    ("envoy", Class::Envoy),
    ("be_contracted", Class::BeContracted),
    ("rank", Class::Rank),
    ("relation", Class::Relation),
    ("undoing", Class::Undoing),
    ("ballot", Class::Ballot),
    ("origin_prep", Class::OriginPrep),
    ("field_expert", Class::FieldExpert),
    ("vulnerable", Class::Vulnerable),
    ("camp_adjective", Class::CampAdjective),
    ("except_participle", Class::ExceptParticiple),
    ("presence", Class::Presence),
    ("negative_pair", Class::NegativePair),
    ("not_one", Class::NotOne),
    ("demands_object", Class::DemandsObject),
    ("asks_for", Class::AsksFor),
    ("topic_of", Class::TopicOf),
    ("warns_of", Class::WarnsOf),
    ("clash_verb", Class::ClashVerb),
    ("topic_on", Class::TopicOn),
    ("given", Class::Given),
    ("one_sided", Class::OneSided),
    ("reciprocal", Class::Reciprocal),
    ("named_by_of", Class::NamedByOf),
    ("capital_noun", Class::CapitalNoun),
    ("return_verb", Class::ReturnVerb),
    ("denies_object", Class::DeniesObject),
    ("permits", Class::Permits),
    ("holding_noun", Class::HoldingNoun),
    ("holding_prep", Class::HoldingPrep),
    ("manner_adjective", Class::MannerAdjective),
    ("goes_on", Class::GoesOn),
    ("call_noun", Class::CallNoun),
    ("branch_adjective", Class::BranchAdjective),
    ("equipment", Class::Equipment),
    ("comes_to_aid", Class::ComesToAid),
    ("ceased_adverb", Class::CeasedAdverb),
    ("serial_motion", Class::SerialMotion),
    ("causative", Class::Causative),
    ("sequence_prep", Class::SequencePrep),
    ("defined_by_clause", Class::DefinedByClause),
    ("office_participle", Class::OfficeParticiple),
    ("undergoer_noun", Class::UndergoerNoun),
    ("condemning", Class::Condemning),
    ("harm_noun", Class::HarmNoun),
    ("many_countries", Class::ManyCountries),
    ("performs_event", Class::PerformsEvent),
    ("person_noun", Class::PersonNoun),
    ("free_choice", Class::FreeChoice),
    ("locative", Class::Locative),
    ("locative_person", Class::LocativePerson),
    ("no_target", Class::NoTarget),
    ("genitive", Class::Genitive),
    ("recipient", Class::Recipient),
    ("agent_by", Class::AgentBy),
    ("list_separator", Class::ListSeparator),
    ("definite", Class::Definite),
    ("group_both", Class::GroupBoth),
    ("group_number_two", Class::GroupNumberTwo),
    ("group_countries", Class::GroupCountries),
    ("group_people", Class::GroupPeople),
    ("group_sides", Class::GroupSides),
    ("pronoun_person", Class::PronounPerson),
    ("pronoun_plural", Class::PronounPlural),
    ("pronoun_thing", Class::PronounThing),
    ("pronoun_first", Class::PronounFirst),
    ("first_possessive", Class::FirstPossessive),
    ("future", Class::Future),
    ("conditional", Class::Conditional),
    ("possibility", Class::Possibility),
    ("obligation", Class::Obligation),
    ("condition", Class::Condition),
    ("past_auxiliary", Class::PastAuxiliary),
    ("passive_auxiliary", Class::PassiveAuxiliary),
    ("negative_det", Class::NegativeDet),
    ("where_when", Class::WhereWhen),
    ("where_place", Class::WherePlace),
    ("not_plural", Class::NotPlural),
    ("attribution", Class::Attribution),
    ("opposing_prep", Class::OpposingPrep),
    ("transparent_adverb", Class::TransparentAdverb),
    ("adverb_suffix", Class::AdverbSuffix),
    ("relative", Class::Relative),
    ("state", Class::State),
    ("intent_modifier", Class::IntentModifier),
    ("possible_modifier", Class::PossibleModifier),
    ("noun_source_prep", Class::NounSourcePrep),
    ("noun_target_prep", Class::NounTargetPrep),
    ("between", Class::Between),
    ("acts_as", Class::ActsAs),
    ("possessive", Class::Possessive),
    ("part_of_place", Class::PartOfPlace),
    ("geographic_head", Class::GeographicHead),
    ("settlement", Class::Settlement),
    ("institution", Class::Institution),
    ("destination", Class::Destination),
    ("object_is_party", Class::ObjectIsParty),
];

/// The classes of one word, a bit per class, with room for 256 classes.
#[derive(Clone, Copy, Default)]
struct ClassSet([u64; 4]);

impl ClassSet {
    const CAPACITY: usize = 256;

    fn insert(&mut self, class: Class) {
        let i = class as usize;
        self.0[i / 64] |= 1 << (i % 64);
    }

    #[inline]
    fn contains(&self, class: Class) -> bool {
        let i = class as usize;
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

// Every class needs a bit of its own.
const _: () = assert!(NAMES.len() <= ClassSet::CAPACITY);

pub struct Lexicon {
    words: FxHashMap<String, ClassSet>,
}

impl Lexicon {
    /// The English table, loaded once.
    pub fn english() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(|| Lexicon::parse("lexicon/en/word_classes.tsv", ENGLISH).expect("the English word classes load"))
    }

    /// The Spanish table, loaded once.
    pub fn spanish() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(|| Lexicon::parse("lexicon/es/word_classes.tsv", SPANISH).expect("the Spanish word classes load"))
    }

    /// The table of a language.
    pub fn of(lang: Lang) -> &'static Lexicon {
        match lang {
            Lang::En => Lexicon::english(),
            Lang::Es => Lexicon::spanish(),
        }
    }

    pub fn parse(name: &str, text: &str) -> Result<Lexicon, TsvError> {
        let t = Tsv::parse(name, text)?;
        let (c_word, c_class) = (t.column("word")?, t.column("class")?);
        let mut words: FxHashMap<String, ClassSet> = FxHashMap::default();
        for row in t.rows() {
            let class = NAMES
                .iter()
                .find(|(n, _)| *n == row.get(c_class))
                .map(|(_, c)| *c)
                .ok_or_else(|| t.error(row.line, format!("unknown word class `{}`", row.get(c_class))))?;
            words.entry(row.get(c_word).to_string()).or_default().insert(class);
        }
        Ok(Lexicon { words })
    }

    /// Is the (folded) word in the class?
    #[inline]
    pub fn is(&self, word: &str, class: Class) -> bool {
        self.words.get(word).is_some_and(|c| c.contains(class))
    }

    /// Does the (folded) word end in an ending of the class after a stem of its own
    /// ("quickly" ends in an `adverb_suffix`; "ly" alone does not)?
    pub fn ends_with(&self, word: &str, class: Class) -> bool {
        word.char_indices().skip(1).any(|(at, _)| self.is(&word[at..], class))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_has_words_and_a_name() {
        let l = Lexicon::english();
        for (name, class) in NAMES {
            assert!(l.words.values().any(|c| c.contains(*class)), "no word of class {name}");
        }
        assert!(l.is("in", Class::Locative));
        assert!(l.ends_with("quickly", Class::AdverbSuffix));
        assert!(!l.ends_with("ly", Class::AdverbSuffix));
        assert!(!l.ends_with("quick", Class::AdverbSuffix));
        assert!(Lexicon::spanish().ends_with("rapidamente", Class::AdverbSuffix));
        assert!(l.is("at", Class::LocativePerson));
        assert!(!l.is("with", Class::Locative));
        assert!(l.is("heads of state", Class::GroupPeople));
    }

    #[test]
    fn the_spanish_table_loads_with_the_same_classes() {
        let l = Lexicon::spanish();
        assert!(l.is("en", Class::Locative));
        assert!(l.is("por", Class::AgentBy));
        assert!(!l.is("in", Class::Locative));
        assert_eq!(Lang::from_code("es-CO"), Some(Lang::Es));
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn an_unknown_class_is_an_error_naming_the_line() {
        let e = Lexicon::parse("t.tsv", "word\tclass\nfoo\tbar\n")
            .err()
            .expect("an error");
        assert!(e.to_string().contains("bar"), "{e}");
    }
}
