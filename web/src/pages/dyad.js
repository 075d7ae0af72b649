import { h, QUADS } from '../dom.js';
import { getJson, filtersOf } from '../api.js';
import { hrefFor, pick } from '../router.js';
import { stackedChart } from '../components/chart.js';
import { eventsPanel } from './events.js';
import { panel } from './panel.js';
import { bulkOf } from './overview.js';

export default {
  title: 'Dyad',
  render(view, ctx) {
    const { params } = ctx;
    const a = (params.get('a') || '').trim(), b = (params.get('b') || '').trim();
    view.append(h('h2', {}, 'Dyad ', h('code', {}, a || '?'), ' ⇄ ', h('code', {}, b || '?')));
    if (!a || !b) {
      view.append(h('div', { class: 'msg msg-error', role: 'alert' }, 'A dyad needs two actors: open it as #/dyad?a=USA&b=RUS, or click an edge on the network or a dyad on the overview.'));
      throw Object.assign(new Error('missing a or b'), { shown: true });
    }
    const interval = params.get('interval') === 'day' ? 'day' : 'week';
    const range = pick(params, ['from', 'to']);
    const chartEl = h('div');
    const tableEl = h('div', { class: 'events-panel' });
    view.append(
      h('p', { class: 'note' },
        `Events from ${a} to ${b} and from ${b} to ${a}`, range.from || range.to ? ` between ${range.from || '…'} and ${range.to || '…'}` : '', '. ',
        h('a', { href: hrefFor('/events', { dyad: `${a},${b}`, ...range }) }, 'Open in the events table'), ' · ',
        h('a', { href: hrefFor('/dyad', { ...Object.fromEntries(params), a: b, b: a }) }, 'Swap')),
      h('section', { class: 'card', 'aria-labelledby': 'dy-chart-h' },
        h('div', { class: 'card-head' },
          h('h3', { id: 'dy-chart-h' }, 'Events by quad class, and mean Goldstein'),
          h('div', { class: 'field inline' }, h('label', { for: 'dy-interval' }, 'Interval'),
            h('select', { id: 'dy-interval', onChange: (e) => ctx.setParams({ interval: e.target.value === 'week' ? '' : e.target.value }) },
              h('option', { value: 'week', selected: interval === 'week' }, 'Week'),
              h('option', { value: 'day', selected: interval === 'day' }, 'Day')))),
        chartEl),
      h('section', { class: 'card', 'aria-labelledby': 'dy-events-h' }, h('h3', { id: 'dy-events-h' }, 'Events of this dyad'), tableEl),
    );
    ctx.track(panel(chartEl, getJson('dyads', { a, b, interval, ...range }, ctx.signal), (d) => {
      // As on the overview: without a date range, the periods where 98% of events fall.
      const bulk = range.from || range.to ? { rows: d.series || [], outside: 0 } : bulkOf(d.series || [], QUADS);
      const chart = stackedChart(bulk.rows, QUADS, {
        interval,
        title: `Events between ${a} and ${b} over time`,
        line: { key: 'mean_goldstein', label: 'Mean Goldstein', min: -10, max: 10, color: '#333' },
      });
      if (!bulk.outside || !bulk.rows.length) return chart;
      return [chart, h('p', { class: 'muted range-note' },
        `Showing ${bulk.rows[0].period} to ${bulk.rows[bulk.rows.length - 1].period}; ${bulk.outside} dated events of this dyad lie outside (set From and To to see them).`)];
    }));
    ctx.track(eventsPanel(tableEl, ctx, { ...filtersOf(params, ['negated']), dyad: `${a},${b}`, ...range }));
  },
};
