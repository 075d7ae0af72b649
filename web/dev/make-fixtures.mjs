#!/usr/bin/env node
// Generates web/dev/fixtures/{documents,events}.json for the mock API server.
// Offsets are UTF-8 byte offsets, exactly as dragoman computes them; the texts carry
// multi-byte characters (Türkiye, İstanbul, Erdoğan, “quotes”, an emoji) on purpose.
// Run: node dev/make-fixtures.mjs   (deterministic: same output every time)
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTORS as A, VERBS as V, PLACES as P, lastWeekday, utf8len } from './lexicon.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

let seed = 20250227;
function rand() {
  // mulberry32
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const FILLERS = [
  'The talks were held behind closed doors.',
  'Officials called the meeting “constructive” 🤝 — a rare signal after months of tension.',
  'Neither side gave details of the agenda.',
  'The foreign ministry’s spokesperson declined to comment.',
  'Analysts in Kyiv and Moscow were cautious.',
  'Markets reacted calmly; the lira and the rouble barely moved.',
  'Further meetings are expected “in the coming weeks”, diplomats said.',
  'Humanitarian organisations welcomed the news.',
];
const OUTLETS = ['Example Wire', 'Örnek Haber Ajansı', 'Agência Exemplo', 'Daily Sample'];

// [source, verb, target, place, modality prefix]
const SCENARIOS = [
  ['erdogan', 'met', 'putin', 'istanbul'],
  ['putin', 'met', 'erdogan', 'istanbul'],
  ['fidan', 'negotiated', 'lavrov', 'ankara'],
  ['rusmil', 'attacked', 'ukrmil', 'kharkiv'],
  ['rusmil', 'shelled', 'ukraine', 'kyiv'],
  ['ukrmil', 'attacked', 'rusmil', 'kharkiv'],
  ['zelensky', 'criticised', 'russia', 'kyiv'],
  ['lavrov', 'criticised', 'swiss', null],
  ['sybiha', 'signed', 'cassis', 'bern'],
  ['cassis', 'met', 'sybiha', 'geneva'],
  ['usa', 'sanctioned', 'russia', 'washington'],
  ['eu', 'sanctioned', 'russia', 'brussels'],
  ['eu', 'aid', 'ukraine', 'brussels'],
  ['wang', 'met', 'lavrov', 'beijing'],
  ['lula', 'praised', 'china', 'saopaulo'],
  ['israel', 'attacked', 'hamas', 'gaza'],
  ['iran', 'threatened', 'israel', null],
  ['russia', 'released', 'ukraine', 'istanbul'],
  ['rubio', 'met', 'lavrov', 'zurich'],
  ['russia', 'accused', 'usa', 'moscow'],
  ['turkiye', 'praised', 'ukraine', 'ankara'],
];

const documents = [];
const events = [];
let nextEvent = 1;

/**
 * Builds one document. `paragraphs` is a list of paragraphs, each a list of sentences;
 * a sentence is a plain string or an event spec {s, v, t, place, day, pre, neg, modality}.
 */
function makeDoc(id, published, title, paragraphs) {
  let text = '';
  const sentences = [];
  const annotations = [];
  const docEvents = [];
  paragraphs.forEach((para, pi) => {
    if (pi > 0) text += '\n\n';
    para.forEach((sent, si) => {
      if (si > 0) text += ' ';
      const start = utf8len(text);
      if (typeof sent === 'string') {
        text += sent;
        sentences.push([start, utf8len(text)]);
        return;
      }
      // event sentence, built from tagged pieces
      const src = A[sent.s], verb = V[sent.v], tgt = sent.t ? A[sent.t] : null;
      const place = sent.place ? P[sent.place] : null;
      const pieces = [];
      if (sent.pre) pieces.push([sent.pre]);
      pieces.push([src.text, 'actor', `${src.code} ${src.name}`, 'source']);
      pieces.push([' ']);
      pieces.push([sent.neg ? `did not ${sent.neg}` : verb.text, 'verb', `${verb.cameo} ${verb.name}`, 'verb']);
      if (tgt) { pieces.push([' ']); pieces.push([tgt.text, 'actor', `${tgt.code} ${tgt.name}`, 'target']); }
      let date = published, precision = 'publication';
      if (sent.day) {
        date = lastWeekday(published, sent.day);
        precision = 'day';
      }
      if (sent.day) { pieces.push([' on ']); pieces.push([sent.day, 'time', date, 'date']); }
      if (place) { pieces.push([' in ']); pieces.push([place.text, 'place', `${place.name} (${place.country})`, 'place']); }
      pieces.push([sent.post ?? '.']);
      let sentence = '';
      const roles = {};
      for (const [t, kind, label, role] of pieces) {
        const b0 = utf8len(sentence);
        sentence += t;
        const b1 = utf8len(sentence);
        if (kind) {
          annotations.push({ start: start + b0, end: start + b1, kind, label });
          roles[role] = [b0, b1];
        }
      }
      text += sentence;
      sentences.push([start, utf8len(text)]);
      const spans = ['source', 'verb', 'target', 'date', 'place'].filter((r) => roles[r]).map((r) => roles[r]);
      const actor = (a) => ({ code: a.code, name: a.name, country: a.country, text: a.text });
      const id = nextEvent++;
      const ev = {
        id, cluster: id, doc: null, date, date_precision: precision,
        source: actor(src), target: tgt ? actor(tgt) : null,
        cameo: verb.cameo, cameo_name: verb.name, cameo_root: verb.cameo.slice(0, 2), quad: verb.quad,
        goldstein: verb.goldstein, plover: verb.plover,
        location: place ? { name: place.name, country: place.country, lat: place.lat, lon: place.lon } : null,
        negated: !!sent.neg, modality: sent.modality ?? 'asserted',
        confidence: Math.round((0.45 + rand() * 0.5) * 100) / 100,
        evidence: { sentence, spans },
        rule: `verb: ${verb.text.toUpperCase()} [${verb.cameo}]`,
        title: null, url: null,
      };
      docEvents.push(ev);
    });
  });
  const url = `https://news.example.org/${published.replaceAll('-', '/')}/article-${id}`;
  const source = OUTLETS[id % OUTLETS.length];
  for (const e of docEvents) { e.doc = id; e.title = title; e.url = url; }
  annotations.sort((a, b) => a.start - b.start || b.end - a.end);
  documents.push({ id, title, url, source, published, text, sentences, annotations });
  events.push(...docEvents);
}

// Document 1: written by hand, long, with multi-byte characters before and inside the
// annotated spans, an emoji (4 bytes, 2 UTF-16 units) and the events late in the text.
makeDoc(1, '2025-02-27', 'Türkiye hosts Russia–Ukraine prisoner talks in İstanbul', [
  [
    'ANKARA — Türkiye’s diplomats spent the week shuttling between delegations 🕊️ as the prospect of a prisoner exchange grew.',
    'The Çırağan Palace, on the shore of the Bosphorus, was chosen for the meeting “for its discretion”, an official said.',
    FILLERS[1],
  ],
  [
    'Analysts in Kyiv and Moscow were cautious.',
    'The Ukrainian delegation arrived late on Tuesday after a long journey through Poland.',
    'Security around the palace was tight, and journalists were kept at a distance.',
  ],
  [
    { s: 'erdogan', v: 'met', t: 'putin', day: 'Monday', place: 'istanbul' },
    { s: 'fidan', v: 'negotiated', t: 'lavrov', day: 'Tuesday', place: 'ankara' },
    'Further meetings are expected “in the coming weeks”, diplomats said.',
    { s: 'russia', v: 'released', t: 'ukraine', day: 'Wednesday', place: 'istanbul', pre: 'According to ‘Interfax’, ', modality: 'reported' },
    { s: 'putin', v: 'met', t: 'zelensky', neg: 'meet', place: 'istanbul' },
    { s: 'turkiye', v: 'praised', t: 'ukraine' },
  ],
]);

// Documents 2..40: generated from the scenarios.
const start = Date.parse('2025-01-06T00:00:00Z');
for (let id = 2; id <= 40; id++) {
  const published = new Date(start + Math.floor(((id - 2) / 39) * 68 + rand() * 2) * 86400000).toISOString().slice(0, 10);
  const n = 2 + Math.floor(rand() * 3);
  const used = new Set();
  const sents = [];
  while (sents.length < n) {
    const k = Math.floor(rand() * SCENARIOS.length);
    if (used.has(k)) continue;
    used.add(k);
    const [s, v, t, place] = SCENARIOS[k];
    const day = pick([null, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']);
    const neg = v === 'attacked' && rand() < 0.1 ? 'attack' : null;
    sents.push({ s, v, t, place, day, neg });
    if (rand() < 0.5) sents.push(pick(FILLERS));
  }
  const first = sents[0];
  const title = `${A[first.s].name} ${V[first.v].text} ${A[first.t].name}`;
  makeDoc(id, published, title, [sents.slice(0, 2), sents.slice(2)].filter((p) => p.length));
}

// Clusters: the same source, target, code and date reported in several articles.
const byKey = new Map();
for (const e of events) {
  const key = [e.source.code, e.target?.code, e.cameo, e.date].join('|');
  if (!byKey.has(key)) byKey.set(key, e.id);
  e.cluster = byKey.get(key);
}

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'documents.json'), JSON.stringify(documents, null, 1) + '\n');
writeFileSync(join(OUT, 'events.json'), JSON.stringify(events, null, 1) + '\n');
console.log(`wrote ${documents.length} documents and ${events.length} events to ${OUT}`);
