import { h, message, append } from '../dom.js';
import { getJson, apiUrl, filtersOf, FILTER_KEYS } from '../api.js';
import { hrefFor } from '../router.js';
import { filterBar, mergeParams } from '../components/filters.js';
import { eventsTable, pager } from '../components/eventsTable.js';
import { normEvent } from '../model.js';
import { panel } from './panel.js';

export const docHref = (e) => (e.doc !== null && e.doc !== undefined ? hrefFor(`/doc/${encodeURIComponent(e.doc)}`, { event: e.id }) : null);

/** Loads a page of /api/events into `el`, with sortable headers and paging. */
export function eventsPanel(el, ctx, apiParams) {
  const { params } = ctx;
  const limit = Math.min(1000, Math.max(1, Number(params.get('limit')) || 50));
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const sort = params.get('sort') || '-date';
  const q = { ...apiParams, limit, offset, sort };
  return panel(el, getJson('events', q, ctx.signal), (d) => {
    const events = (d.events || []).map(normEvent);
    const total = d.total ?? events.length;
    const pg = pager({
      total, offset, limit,
      onPage: (o) => ctx.setParams({ offset: o || '' }),
      onLimit: (n) => ctx.setParams({ limit: n === 50 ? '' : n, offset: '' }),
    });
    if (!events.length) {
      return [message('empty', total && offset ? 'No events on this page.' : 'No events match these filters.'), total ? pg : null];
    }
    return [
      eventsTable(events, { sort, onSort: (s) => ctx.setParams({ sort: s === '-date' ? '' : s, offset: '' }), rowLink: docHref }),
      pg,
    ];
  });
}

export default {
  title: 'Events',
  render(view, ctx) {
    const { params } = ctx;
    const filters = filtersOf(params, FILTER_KEYS);
    const tableEl = h('div', { class: 'events-panel' });
    const csv = apiUrl('events.csv', { ...filters, sort: params.get('sort') || '' });
    append(view, [
      h('div', { class: 'page-head' },
        h('h2', {}, 'Events'),
        h('a', { href: csv, class: 'button', download: 'events.csv', id: 'csv-link' }, 'Download CSV')),
      filterBar(params, { extra: true, onApply: (v) => ctx.setParams(mergeParams(params, v)) }),
      params.get('dyad') ? h('p', { class: 'note' }, 'Dyad: ', h('code', {}, params.get('dyad')), ' ',
        h('button', { type: 'button', class: 'small', onClick: () => ctx.setParams({ dyad: '', offset: '' }) }, 'Remove')) : null,
      tableEl,
    ]);
    ctx.track(eventsPanel(tableEl, ctx, filters));
  },
};
