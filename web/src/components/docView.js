// A text with its annotations highlighted by kind, and the events read from it, each
// with its explanation; selecting an event highlights its evidence spans.
// Used by the article page and the "code a text" page.
import { h, fmtNum, quadChip, goldsteinColor } from '../dom.js';
import { byteIndexer, indexToByteTable, utf8Length } from '../offsets.js';
import { actorLabel, placeLabel } from '../model.js';

export const KINDS = [
  { kind: 'actor', label: 'Actor' },
  { kind: 'verb', label: 'Verb / event word' },
  { kind: 'time', label: 'Time' },
  { kind: 'place', label: 'Place' },
];

export function legend() {
  return h('div', { class: 'legend ann-legend', 'aria-label': 'Highlight colours' },
    KINDS.map((k) => h('span', { class: 'legend-item' }, h('mark', { class: `ann ann-${k.kind}` }, k.label))),
    h('span', { class: 'legend-item' }, h('mark', { class: 'evidence' }, 'Evidence of the selected event')),
  );
}

/**
 * Where an event's evidence lies in `text`, as string indices:
 * {sentence: [s, e] | null, spans: [[s, e, role], …]}. The evidence spans are byte offsets
 * into the evidence sentence; the sentence is found by `evidence.offset` (byte offset in the
 * document, as `dragoman code` prints it) when given, else by the event's `sentence` index
 * into the document's `sentences`, else by searching for the sentence text.
 */
function locate(ev, text, at, i2b, sentences) {
  const sent = ev.evidence.sentence || '';
  const sentBytes = utf8Length(sent);
  const textBytes = i2b[text.length];
  const matchesAt = (byte) => {
    const i = at(byte);
    return i2b[i] === byte && text.startsWith(sent, i);
  };
  let sb = null;
  if (ev.evidence.offset !== null && ev.evidence.offset !== undefined && matchesAt(ev.evidence.offset)) sb = ev.evidence.offset;
  if (sb === null && Number.isInteger(ev.sentence) && sentences && sentences[ev.sentence] && matchesAt(sentences[ev.sentence][0])) {
    sb = sentences[ev.sentence][0];
  }
  if (sb === null && sent) {
    const i = text.indexOf(sent);
    if (i >= 0) sb = i2b[i];
  }
  const spans = [];
  (ev.evidence.spans || []).forEach((sp, k) => {
    if (!Array.isArray(sp) || sp.length < 2) return;
    let [a, b] = sp;
    // spans beyond the sentence's length must be document offsets
    const absolute = b > sentBytes && b <= textBytes;
    if (!absolute) {
      if (sb === null) return;
      a += sb;
      b += sb;
    }
    const s = at(a), e = at(b);
    if (e > s) spans.push([s, e, (ev.evidence.labels && ev.evidence.labels[k]) || null]);
  });
  const sentence = sb === null ? null : [at(sb), at(sb + sentBytes)];
  return { sentence, spans };
}

function row(label, ...value) {
  return [h('dt', {}, label), h('dd', {}, ...value)];
}

function actorDesc(a) {
  if (!a) return h('span', { class: 'muted' }, 'none');
  return h('span', {}, h('code', {}, a.code), a.name && a.name !== a.code ? ` ${a.name}` : '',
    a.text && a.text !== a.name ? h('span', { class: 'muted' }, ` “${a.text}”`) : '');
}

function eventCard(e, onSelect, located) {
  const btn = h('button', { type: 'button', class: 'small', 'aria-pressed': 'false', onClick: () => onSelect(e) }, 'Highlight evidence');
  const loc = e.location;
  return h('article', { class: 'event-card', dataset: { eventId: String(e.id) } },
    h('header', {},
      quadChip(e.quad), ' ', h('code', {}, e.cameo), ' ', h('strong', {}, e.cameo_name || ''),
      e.negated ? h('span', { class: 'badge badge-neg' }, 'negated') : null,
      e.modality && e.modality !== 'asserted' ? h('span', { class: 'badge' }, e.modality) : null,
      h('span', { class: 'muted event-id' }, ` #${e.id}`)),
    h('p', { class: 'event-summary' }, actorLabel(e.source), ' → ', e.target ? actorLabel(e.target) : '(no target)'),
    h('dl', {},
      row('Source', actorDesc(e.source)),
      row('Target', actorDesc(e.target)),
      row('Date', e.date || 'unknown', e.date_precision ? h('span', { class: 'muted' }, ` (${e.date_precision}${e.date_text ? `, “${e.date_text}”` : ''})`) : ''),
      row('Place', loc ? placeLabel(loc) : h('span', { class: 'muted' }, 'none'),
        loc && loc.lat !== null && loc.lat !== undefined ? h('span', { class: 'muted' }, ` (${fmtNum(loc.lat, 2)}, ${fmtNum(loc.lon, 2)})`) : ''),
      row('Rule', h('code', { class: 'rule' }, e.rule || '–')),
      row('Scores', 'Goldstein ', h('span', { style: { color: goldsteinColor(e.goldstein) } }, fmtNum(e.goldstein, 1)),
        `, confidence ${fmtNum(e.confidence, 2)}`, e.plover ? `, PLOVER ${e.plover}` : ''),
      e.attributed_to ? row('Said by', actorDesc(e.attributed_to)) : null,
    ),
    located ? null : h('p', { class: 'muted' }, 'The evidence sentence was not found in this text.'),
    btn,
  );
}

/**
 * opts: text, annotations ([{start, end, kind, label}] in bytes), events (normalised),
 * sentences (byte ranges, optional), selectedId, onSelect(event).
 * Returns {el, select(id, scroll)}.
 */
export function docView({ text, annotations = [], events = [], sentences = null, selectedId = null, onSelect }) {
  const at = byteIndexer(text);
  const i2b = indexToByteTable(text);
  const anns = annotations
    .map((a, i) => ({ i, kind: a.kind, label: a.label, s: at(a.start), e: at(a.end) }))
    .filter((a) => a.e > a.s);
  const located = events.map((ev) => locate(ev, text, at, i2b, sentences));

  // Sweep over every boundary; each stretch between two boundaries becomes one node.
  const opens = new Map(), closes = new Map();
  const add = (m, k, v) => { if (!m.has(k)) m.set(k, []); m.get(k).push(v); };
  anns.forEach((a) => { add(opens, a.s, ['a', a]); add(closes, a.e, ['a', a]); });
  located.forEach((l, k) => {
    if (l.sentence) { add(opens, l.sentence[0], ['s', k]); add(closes, l.sentence[1], ['s', k]); }
    l.spans.forEach(([s, e, role]) => { add(opens, s, ['e', k, role]); add(closes, e, ['e', k, role]); });
  });
  const points = [...new Set([0, text.length, ...opens.keys(), ...closes.keys()])].filter((p) => p >= 0 && p <= text.length).sort((x, y) => x - y);
  const activeA = new Set(), activeS = new Map(), activeE = new Map();
  const inc = (m, k) => m.set(k, (m.get(k) || 0) + 1);
  const dec = (m, k) => { const v = (m.get(k) || 0) - 1; if (v > 0) m.set(k, v); else m.delete(k); };
  const frag = document.createDocumentFragment();
  for (let pi = 0; pi < points.length - 1; pi++) {
    const p = points[pi], q = points[pi + 1];
    for (const item of closes.get(p) || []) {
      if (item[0] === 'a') activeA.delete(item[1]);
      else if (item[0] === 's') dec(activeS, item[1]);
      else dec(activeE, item[1]);
    }
    for (const item of opens.get(p) || []) {
      if (item[0] === 'a') activeA.add(item[1]);
      else if (item[0] === 's') inc(activeS, item[1]);
      else inc(activeE, item[1]);
    }
    const str = text.slice(p, q);
    if (!activeA.size && !activeS.size && !activeE.size) {
      frag.append(str);
      continue;
    }
    const attrs = {};
    const cls = [];
    if (activeA.size) {
      const list = [...activeA].sort((x, y) => (x.e - x.s) - (y.e - y.s));
      cls.push('ann', `ann-${list[0].kind}`);
      if (list.length > 1) cls.push('ann-nested');
      attrs.title = list.map((a) => `${a.kind}: ${a.label || ''}`).join('\n');
      attrs['data-ann'] = list.map((a) => a.i).join(' ');
    }
    if (activeS.size) attrs['data-sent'] = [...activeS.keys()].join(' ');
    if (activeE.size) attrs['data-ev'] = [...activeE.keys()].join(' ');
    attrs.class = cls.join(' ') || null;
    frag.append(h(activeA.size ? 'mark' : 'span', attrs, str));
  }
  const textEl = h('div', { class: 'doc-text', tabindex: '0', 'aria-label': 'Document text' });
  textEl.append(frag);

  const cards = events.map((e, k) => eventCard(e, (ev) => onSelect && onSelect(ev), !!(located[k].sentence || located[k].spans.length)));
  const list = h('div', { class: 'event-list' },
    h('h3', {}, events.length ? `${events.length} event${events.length === 1 ? '' : 's'}` : 'No events'),
    events.length ? null : h('p', { class: 'muted' }, 'Nothing was coded in this text.'),
    cards);
  const el = h('div', { class: 'doc-view' }, h('div', { class: 'doc-main' }, legend(), textEl), list);

  function select(id, scroll = true) {
    for (const n of textEl.querySelectorAll('.evidence, .ev-sentence')) n.classList.remove('evidence', 'ev-sentence');
    for (const c of cards) {
      c.classList.remove('selected');
      c.querySelector('button').setAttribute('aria-pressed', 'false');
    }
    const k = events.findIndex((e) => String(e.id) === String(id));
    if (k < 0) return false;
    for (const n of textEl.querySelectorAll(`[data-sent~="${k}"]`)) n.classList.add('ev-sentence');
    const marks = [...textEl.querySelectorAll(`[data-ev~="${k}"]`)];
    for (const n of marks) n.classList.add('evidence');
    cards[k].classList.add('selected');
    cards[k].querySelector('button').setAttribute('aria-pressed', 'true');
    if (scroll) {
      const first = marks[0] || textEl.querySelector(`[data-sent~="${k}"]`);
      if (first) first.scrollIntoView({ block: 'center', behavior: 'instant' });
      cards[k].scrollIntoView({ block: 'nearest', behavior: 'instant' });
    }
    return true;
  }
  if (selectedId !== null && selectedId !== undefined) queueMicrotask(() => select(selectedId));
  return { el, select, located };
}
