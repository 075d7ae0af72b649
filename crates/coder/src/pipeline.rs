//! The coder as a pipeline of components over one [`Analysis`], in the spirit of spaCy:
//! each component declares the layers it reads and the one it adds, and runs over the
//! whole document. [`Pipeline::new`] checks that every layer a component reads is added
//! by an earlier one.

use chrono::NaiveDate;
use dragoman_core::DatePrecision;
use dragoman_kb::KnowledgeBase;

use dragoman_syntax::{Parse as SentenceParse, Scratch, SyntaxModel};

use crate::doc::{Analysis, Dep, NO_HEAD};
use crate::events::{self, Context};
use crate::frames::Frames;
use crate::learned::EventModel;
use crate::options::Options;
use crate::time::{self, Tense, TimeKind};
use crate::{actors, coref, mentions, record, speech};

/// The layers of an analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    /// Repaired text, tokens, lexical tags, sentences ([`Analysis::new`]).
    Tokens,
    /// Part-of-speech tags and dependency trees.
    Syntax,
    Mentions,
    Actors,
    Times,
    Quotes,
    /// Pronoun and group phrases filled with the actors they refer to.
    Coreference,
    /// Coded events, notes and cues.
    Events,
    /// The learned layer's judgement of each sentence with events or cues.
    Judgements,
}

/// What every component may consult besides the document.
pub struct Env<'x> {
    pub kb: &'x KnowledgeBase,
    pub frames: &'x Frames,
    pub options: Options,
    /// The publication date of documents that carry none; None leaves them undated.
    pub default_date: Option<NaiveDate>,
    /// Today: whose office-holders an undated document's titles name.
    pub today: NaiveDate,
    /// The learned layer, when there is one and `options.model` is on.
    pub model: Option<&'x EventModel>,
}

impl Env<'_> {
    /// The date that decides who held which office: publication, else today.
    fn roles_date(&self, a: &Analysis) -> NaiveDate {
        a.published().unwrap_or(self.today)
    }
}

/// One stage of the coder.
pub trait Component: Send + Sync {
    fn name(&self) -> &'static str;
    fn reads(&self) -> &'static [Layer];
    fn adds(&self) -> Layer;
    fn run(&self, a: &mut Analysis, env: &Env);
}

/// Tags and dependency trees of every sentence ([`dragoman_syntax`]).
pub struct Parse;

impl Component for Parse {
    fn name(&self) -> &'static str {
        "parse"
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tokens]
    }
    fn adds(&self) -> Layer {
        Layer::Syntax
    }
    fn run(&self, a: &mut Analysis, _env: &Env) {
        let model = SyntaxModel::builtin();
        let mut deps = Vec::with_capacity(a.tokens().len());
        let (mut scratch, mut parse) = (Scratch::default(), SentenceParse::default());
        let mut words: Vec<&str> = Vec::new();
        for s in a.sentences() {
            let (first, last) = (s.first as usize, s.last as usize);
            words.clear();
            words.extend((first..last).map(|t| a.text(t)));
            model.parse_into(&words, &mut scratch, &mut parse);
            deps.extend((0..last - first).map(|k| Dep {
                tag: parse.tags[k],
                head: parse.heads[k].map_or(NO_HEAD, |h| first as u32 + h),
                label: parse.labels[k],
            }));
        }
        a.set_syntax(deps);
    }
}

/// A syntax layer with no tree: every token its own root. For a language without a
/// dependency model (Spanish), whose clause reader works from word order instead.
pub struct FlatSyntax;

impl Component for FlatSyntax {
    fn name(&self) -> &'static str {
        "flat-syntax"
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tokens]
    }
    fn adds(&self) -> Layer {
        Layer::Syntax
    }
    fn run(&self, a: &mut Analysis, _env: &Env) {
        let deps = vec![
            Dep {
                tag: 0,
                head: NO_HEAD,
                label: 0,
            };
            a.tokens().len()
        ];
        a.set_syntax(deps);
    }
}

/// Names of the knowledge base in every sentence, disambiguated by their context; a place
/// name several places share is read first as the one in the document's country.
pub struct Mentions;

impl Component for Mentions {
    fn name(&self) -> &'static str {
        "mentions"
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tokens]
    }
    fn adds(&self) -> Layer {
        Layer::Mentions
    }
    fn run(&self, a: &mut Analysis, env: &Env) {
        let mut sentences: Vec<Vec<_>> = (0..a.sentences().len())
            .map(|s| {
                let sent = a.sentences()[s];
                let (first, last) = (sent.first as usize, sent.last as usize);
                let mut found = mentions::recognize(a, env.kb, first, last);
                mentions::disambiguate(a, env.kb, &mut found, first, last);
                found
            })
            .collect();
        if let Some(home) = mentions::document_country(env.kb, sentences.iter().flatten()) {
            mentions::prefer_document_places(env.kb, home, &mut sentences);
            if a.casing() == dragoman_text::Casing::Lower {
                mentions::drop_small_towns_abroad(env.kb, home, &mut sentences);
            }
        }
        for found in sentences {
            a.add_mentions(found);
        }
    }
}

/// Actor phrases chunked from mentions, role nouns and names.
pub struct Actors;

impl Component for Actors {
    fn name(&self) -> &'static str {
        "actors"
    }
    fn reads(&self) -> &'static [Layer] {
        // Times: a name that is a date ("17 November") names no one.
        &[Layer::Tokens, Layer::Mentions, Layer::Times]
    }
    fn adds(&self) -> Layer {
        Layer::Actors
    }
    fn run(&self, a: &mut Analysis, env: &Env) {
        add_actor_phrases(a, env, actors::chunk);
    }
}

/// Spanish actor phrases ([`crate::es::actors`]).
pub struct SpanishActors;

impl Component for SpanishActors {
    fn name(&self) -> &'static str {
        "actors-es"
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Mentions]
    }
    fn adds(&self) -> Layer {
        Layer::Actors
    }
    fn run(&self, a: &mut Analysis, env: &Env) {
        add_actor_phrases(a, env, crate::es::actors::chunk);
    }
}

/// Spanish time expressions ([`crate::es::time`]).
pub struct SpanishTimes;

impl Component for SpanishTimes {
    fn name(&self) -> &'static str {
        "times-es"
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tokens]
    }
    fn adds(&self) -> Layer {
        Layer::Times
    }
    fn run(&self, a: &mut Analysis, _env: &Env) {
        for s in 0..a.sentences().len() {
            let sent = a.sentences()[s];
            let words = a.words(sent.first as usize, sent.last as usize);
            let times = crate::es::time::find(&words, sent.first);
            a.add_times(times);
        }
    }
}

/// How a language chunks one sentence's mentions into actor phrases.
type Chunker = fn(&Analysis, &KnowledgeBase, usize, &[crate::doc::Mention], NaiveDate) -> Vec<crate::doc::ActorPhrase>;

/// Adds every sentence's actor phrases, chunked from its mentions by `chunk`.
fn add_actor_phrases(a: &mut Analysis, env: &Env, chunk: Chunker) {
    let date = env.roles_date(a);
    for s in 0..a.sentences().len() {
        let sent = a.sentences()[s];
        let lo = a.mentions().partition_point(|m| m.start < sent.first);
        let hi = a.mentions().partition_point(|m| m.start < sent.last);
        let phrases = chunk(a, env.kb, s, &a.mentions()[lo..hi], date);
        a.add_actors(phrases);
    }
}

/// Time expressions.
pub struct Times;

impl Component for Times {
    fn name(&self) -> &'static str {
        "times"
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tokens]
    }
    fn adds(&self) -> Layer {
        Layer::Times
    }
    fn run(&self, a: &mut Analysis, _env: &Env) {
        for s in 0..a.sentences().len() {
            let sent = a.sentences()[s];
            let (first, last) = (sent.first as usize, sent.last as usize);
            let words = a.words(first, last);
            let caps: Vec<bool> = (first..last).map(|t| a.is_capitalized(t)).collect();
            let times = time::find(&words, &caps, sent.first);
            a.add_times(times);
        }
    }
}

/// Quotations and their speakers.
pub struct Quotes;

impl Component for Quotes {
    fn name(&self) -> &'static str {
        "quotes"
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Syntax, Layer::Actors]
    }
    fn adds(&self) -> Layer {
        Layer::Quotes
    }
    fn run(&self, a: &mut Analysis, env: &Env) {
        let quotes = speech::find_quotes(a, env.frames);
        a.set_quotes(quotes);
    }
}

/// Pronouns, "the two countries", "our diplomats".
pub struct Coreference;

impl Component for Coreference {
    fn name(&self) -> &'static str {
        "coreference"
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Actors, Layer::Quotes]
    }
    fn adds(&self) -> Layer {
        Layer::Coreference
    }
    fn run(&self, a: &mut Analysis, _env: &Env) {
        coref::resolve(a);
    }
}

/// Events, sentence by sentence; the discourse's reference date follows the last day an
/// event was dated to. Repeats inside the document are dropped.
pub struct Events;

impl Component for Events {
    fn name(&self) -> &'static str {
        "events"
    }
    fn reads(&self) -> &'static [Layer] {
        &[
            Layer::Tokens,
            Layer::Actors,
            Layer::Times,
            Layer::Quotes,
            Layer::Coreference,
        ]
    }
    fn adds(&self) -> Layer {
        Layer::Events
    }
    fn run(&self, a: &mut Analysis, env: &Env) {
        let date = a.published();
        let mut ctx = Context {
            published: date,
            reference: None,
            options: env.options,
            country_hint: crate::context::country_hint(a, env.kb),
        };
        for s in 0..a.sentences().len() {
            let coded = events::code_sentence(a, env.kb, env.frames, s, &ctx);
            // The discourse now speaks of the last day an event was dated to.
            if let Some(d) = coded
                .events
                .iter()
                .filter_map(|e| e.date)
                .filter(|d| d.0.precision == DatePrecision::Day)
                .map(|d| d.0.date)
                .next_back()
            {
                ctx.reference = Some(d);
            } else if let Some(d) = first_day_in(a, s, &ctx) {
                ctx.reference = Some(d);
            }
            a.add_cues(coded.cues);
            a.add_events(coded.events);
            a.add_notes(coded.notes);
        }
        if !env.options.keep_negated {
            a.retain_events(|e| !e.negated);
        }
        record::dedupe(a, date);
    }
}

/// A day named in sentence `s` (when no event carried one), to anchor what follows.
fn first_day_in(a: &Analysis, s: usize, ctx: &Context) -> Option<NaiveDate> {
    let sent = a.sentences()[s];
    a.times_in(sent.first as usize, sent.last as usize)
        .iter()
        .filter(|t| t.end <= sent.last)
        .filter(|t| !matches!(t.kind, TimeKind::Relative { .. }) && events::dates_its_clause(a, t))
        .filter_map(|t| time::resolve_anchored(&t.kind, ctx.published, ctx.reference, Tense::Past))
        .find(|r| r.precision == DatePrecision::Day)
        .map(|r| r.date)
}

/// The learned layer's judgement of each sentence the rules found something in.
pub struct Judge;

impl Component for Judge {
    fn name(&self) -> &'static str {
        "judge"
    }
    fn reads(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Events]
    }
    fn adds(&self) -> Layer {
        Layer::Judgements
    }
    fn run(&self, a: &mut Analysis, env: &Env) {
        let Some(model) = env.model.filter(|_| env.options.model) else {
            return;
        };
        let mut judged: Vec<usize> = a
            .events()
            .iter()
            .map(|e| e.sentence as usize)
            .chain(a.cues().iter().map(|c| c.sentence))
            .collect();
        judged.sort_unstable();
        judged.dedup();
        let judgements = judged.into_iter().map(|s| model.judge(a, s)).collect();
        a.set_judgements(judgements);
    }
}

/// Components in the order they run.
pub struct Pipeline {
    components: Vec<Box<dyn Component>>,
}

/// A component reads a layer that no earlier component adds.
#[derive(Debug, PartialEq, Eq)]
pub struct MissingLayer {
    pub component: &'static str,
    pub layer: Layer,
}

impl Pipeline {
    pub fn new(components: Vec<Box<dyn Component>>) -> Result<Pipeline, MissingLayer> {
        let mut present = vec![Layer::Tokens];
        for c in &components {
            if let Some(&layer) = c.reads().iter().find(|l| !present.contains(l)) {
                return Err(MissingLayer {
                    component: c.name(),
                    layer,
                });
            }
            present.push(c.adds());
        }
        Ok(Pipeline { components })
    }

    /// The components that recognise (everything before events), then events.
    pub fn standard() -> Pipeline {
        Pipeline::new(vec![
            Box::new(Parse),
            Box::new(Mentions),
            Box::new(Times),
            Box::new(Actors),
            Box::new(Quotes),
            Box::new(Coreference),
            Box::new(Events),
            Box::new(Judge),
        ])
        .expect("the standard pipeline is well ordered")
    }

    /// The Spanish pipeline: the same stages, with Spanish actors, times and (in the
    /// events stage) clauses; no dependency model and no learned layer (both English).
    pub fn spanish() -> Pipeline {
        Pipeline::new(vec![
            Box::new(FlatSyntax),
            Box::new(Mentions),
            Box::new(SpanishActors),
            Box::new(SpanishTimes),
            Box::new(Quotes),
            Box::new(Coreference),
            Box::new(Events),
        ])
        .expect("the Spanish pipeline is well ordered")
    }

    pub fn components(&self) -> impl Iterator<Item = &dyn Component> {
        self.components.iter().map(|c| c.as_ref())
    }

    /// Runs the components up to (not including) the one that adds `until`, or all.
    pub fn run(&self, a: &mut Analysis, env: &Env, until: Option<Layer>) {
        if let Some(d) = env.default_date {
            a.assume_published(d);
        }
        for c in &self.components {
            if Some(c.adds()) == until {
                break;
            }
            c.run(a, env);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_component_cannot_read_a_layer_added_later() {
        let err = Pipeline::new(vec![Box::new(Actors), Box::new(Mentions)]).err();
        assert_eq!(
            err,
            Some(MissingLayer {
                component: "actors",
                layer: Layer::Mentions
            })
        );
        assert!(Pipeline::new(vec![Box::new(Mentions), Box::new(Times), Box::new(Actors)]).is_ok());
    }

    #[test]
    fn the_standard_pipeline_adds_every_layer_once() {
        let p = Pipeline::standard();
        let added: Vec<Layer> = p.components().map(|c| c.adds()).collect();
        assert_eq!(
            added,
            [
                Layer::Syntax,
                Layer::Mentions,
                Layer::Times,
                Layer::Actors,
                Layer::Quotes,
                Layer::Coreference,
                Layer::Events,
                Layer::Judgements
            ]
        );
    }
}
