import { h, fmtNum, truncate, quadChip, goldsteinColor } from '../dom.js';
import { placeLabel } from '../model.js';

const SORTABLE = { date: 'Date', goldstein: 'Goldstein', confidence: 'Confidence' };

function actorCell(a) {
  if (!a) return h('td', { class: 'muted' }, '–');
  // an actor found in the text but given no code (nothing says whose it is) shows its words
  if (!a.code) return h('td', { title: 'no CAMEO code' }, h('span', { class: 'muted' }, a.text || a.name || '–'));
  return h('td', { title: a.text ? `“${a.text}”` : null },
    h('code', {}, a.code), a.name && a.name !== a.code ? h('div', { class: 'sub' }, a.name) : null);
}

/**
 * A table of (normalised) events.
 * opts: sort (current `sort` value), onSort(newSort), rowLink(e) -> href for the row's
 * article link, onSelect(e) (a "Show" button instead), selectedId, caption.
 */
export function eventsTable(events, opts = {}) {
  const sort = opts.sort || '-date';
  const th = (key, label) => {
    if (!opts.onSort || !SORTABLE[key]) return h('th', { scope: 'col' }, label);
    const active = sort.replace(/^-/, '') === key;
    const desc = sort.startsWith('-');
    const next = active && desc ? key : '-' + key;
    return h('th', { scope: 'col', 'aria-sort': active ? (desc ? 'descending' : 'ascending') : 'none', class: 'sortable' },
      h('button', { type: 'button', class: 'sort-btn', dataset: { sort: key }, onClick: () => opts.onSort(next),
        title: `Sort by ${label.toLowerCase()}` }, label, h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (desc ? ' ▼' : ' ▲') : ' ↕')));
  };
  const table = h('table', { class: 'events-table' },
    opts.caption ? h('caption', {}, opts.caption) : null,
    h('thead', {}, h('tr', {},
      th('date', 'Date'), th('source', 'Source'), th('event', 'Event'), th('target', 'Target'), th('place', 'Place'),
      th('goldstein', 'Goldstein'), th('confidence', 'Confidence'), th('evidence', 'Evidence'))),
  );
  const body = h('tbody');
  for (const e of events) {
    const link = opts.rowLink ? opts.rowLink(e) : null;
    const ev = truncate(e.evidence.sentence, 110);
    const tr = h('tr', { dataset: { eventId: String(e.id) }, class: opts.selectedId != null && String(opts.selectedId) === String(e.id) ? 'selected' : null },
      h('td', { class: 'nowrap' }, e.date || '?', e.date_precision && e.date_precision !== 'day' ? h('div', { class: 'sub' }, e.date_precision) : null),
      actorCell(e.source),
      h('td', {}, h('span', { class: 'event-code' }, quadChip(e.quad), h('code', {}, e.cameo)),
        e.cameo_name ? h('div', { class: 'sub' }, e.cameo_name) : null,
        e.negated ? h('span', { class: 'badge badge-neg' }, 'negated') : null,
        e.modality && e.modality !== 'asserted' ? h('span', { class: 'badge' }, e.modality) : null),
      actorCell(e.target),
      h('td', {}, placeLabel(e.location) || h('span', { class: 'muted' }, '–')),
      h('td', { class: 'num' }, h('span', { class: 'gs', style: { color: goldsteinColor(e.goldstein) } }, fmtNum(e.goldstein, 1))),
      h('td', { class: 'num' }, fmtNum(e.confidence, 2)),
      h('td', { class: 'evidence-cell' },
        link ? h('a', { href: link, class: 'row-link', title: 'Open the article with this event’s evidence highlighted' }, ev || 'open article')
          : h('span', {}, ev),
        opts.onSelect ? h('button', { type: 'button', class: 'small', onClick: () => opts.onSelect(e) }, 'Show') : null),
    );
    body.append(tr);
  }
  table.append(body);
  return h('div', { class: 'table-wrap' }, table);
}

/** A compact list of events for narrow panels; each item links to its article. */
export function eventList(events) {
  return h('ul', { class: 'event-items' }, events.map((e) => {
    const href = e.doc !== null && e.doc !== undefined ? `#/doc/${encodeURIComponent(e.doc)}?event=${encodeURIComponent(e.id)}` : null;
    return h('li', { dataset: { eventId: String(e.id) } },
      h('div', { class: 'event-item-head' }, quadChip(e.quad), ' ', h('span', { class: 'nowrap' }, e.date || '?'), ' · ',
        e.source && e.source.code ? h('code', {}, e.source.code) : '–', ' → ', e.target && e.target.code ? h('code', {}, e.target.code) : '–', ' · ',
        h('span', {}, `${e.cameo} ${e.cameo_name || ''}`),
        e.negated ? h('span', { class: 'badge badge-neg' }, 'negated') : null),
      href ? h('a', { href, class: 'row-link' }, truncate(e.evidence.sentence, 140) || 'open article') : h('span', {}, truncate(e.evidence.sentence, 140)));
  }));
}

/** "1–50 of 1,234" with Previous / Next buttons and a page-size selector. */
export function pager({ total, offset, limit, onPage, onLimit }) {
  const from = total ? offset + 1 : 0;
  const to = Math.min(total, offset + limit);
  const id = 'pagesize-' + Math.random().toString(36).slice(2, 7);
  return h('div', { class: 'pager' },
    h('span', { class: 'pager-info', 'aria-live': 'polite' }, `${fmtNum(from)}–${fmtNum(to)} of ${fmtNum(total)} events`),
    h('button', { type: 'button', disabled: offset <= 0, onClick: () => onPage(Math.max(0, offset - limit)) }, '← Previous'),
    h('button', { type: 'button', disabled: offset + limit >= total, onClick: () => onPage(offset + limit) }, 'Next →'),
    onLimit ? h('label', { for: id, class: 'inline' }, 'Rows') : null,
    onLimit ? h('select', { id, onChange: (ev) => onLimit(Number(ev.target.value)) },
      [25, 50, 100, 200].map((n) => h('option', { value: n, selected: n === limit }, n))) : null,
  );
}
