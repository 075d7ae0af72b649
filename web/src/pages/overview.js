import { h, fmtNum, QUADS, goldsteinColor, message } from '../dom.js';
import { getJson, filtersOf } from '../api.js';
import { hrefFor, pick, SHARED_FILTERS } from '../router.js';
import { filterBar, mergeParams } from '../components/filters.js';
import { stackedChart } from '../components/chart.js';
import { panel } from './panel.js';

export function dyadHref(a, b, params) {
  return hrefFor('/dyad', { a, b, ...pick(params, ['from', 'to']) });
}

export function dyadTable(dyads, params) {
  if (!dyads || !dyads.length) return message('empty', 'No dyads match these filters.');
  return h('table', { class: 'rank-table dyads-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Dyad'), h('th', { scope: 'col', class: 'num' }, 'Events'), h('th', { scope: 'col', class: 'num' }, 'Mean Goldstein'))),
    h('tbody', {}, dyads.map((d) => h('tr', {},
      h('td', {}, h('a', { href: dyadHref(d.a, d.b, params), class: 'dyad-link', dataset: { a: d.a, b: d.b } },
        h('code', {}, d.a), ' ⇄ ', h('code', {}, d.b)),
        h('div', { class: 'sub' }, `${d.a_name || d.a} and ${d.b_name || d.b}`)),
      h('td', { class: 'num' }, fmtNum(d.count)),
      h('td', { class: 'num' }, h('span', { class: 'gs', style: { color: goldsteinColor(d.mean_goldstein) } }, fmtNum(d.mean_goldstein, 1)))))),
  );
}

/**
 * The periods where the bulk of the dated events fall: without a date filter, a few
 * events dated decades away (history recalled in an article, a misread year) would
 * stretch the axis until the rest is a sliver. Keeps the periods between the 1st and 99th
 * percentile of events; returns them with the number of events left out.
 */
export function bulkOf(series, keys) {
  const rows = [...series].filter((r) => r && r.period).sort((a, b) => a.period.localeCompare(b.period));
  const count = (r) => keys.reduce((acc, k) => acc + (Number(r[k.key]) || 0), 0);
  const total = rows.reduce((acc, r) => acc + count(r), 0);
  if (rows.length < 3 || total < 50) return { rows, outside: 0 };
  let lo = 0, hi = rows.length - 1, acc = 0;
  while (lo < hi && acc + count(rows[lo]) <= total * 0.01) acc += count(rows[lo++]);
  acc = 0;
  while (hi > lo && acc + count(rows[hi]) <= total * 0.01) acc += count(rows[hi--]);
  const kept = rows.slice(lo, hi + 1);
  return { rows: kept, outside: total - kept.reduce((a, r) => a + count(r), 0) };
}

/** Weekly rows summed into months (a week counts in the month it starts in). */
export function byMonth(rows, keys) {
  const months = new Map();
  for (const r of rows) {
    const m = r.period.slice(0, 7) + '-01';
    const acc = months.get(m) || { period: m };
    for (const k of keys) acc[k.key] = (acc[k.key] || 0) + (Number(r[k.key]) || 0);
    months.set(m, acc);
  }
  return [...months.values()];
}

export default {
  title: 'Overview',
  render(view, ctx) {
    const { params } = ctx;
    const interval = ['day', 'month'].includes(params.get('interval')) ? params.get('interval') : 'week';
    const summary = h('p', { class: 'summary', 'aria-live': 'polite' });
    const chartEl = h('div');
    const rangeNote = h('p', { class: 'muted range-note', 'aria-live': 'polite' });
    let intervalSelect = null;
    const actorsEl = h('div');
    const dyadsEl = h('div');
    const intervalId = 'ov-interval';
    view.append(
      h('h2', {}, 'Overview'),
      filterBar(params, { onApply: (v) => ctx.setParams(mergeParams(params, v)) }),
      summary,
      h('section', { class: 'card', 'aria-labelledby': 'ov-chart-h' },
        h('div', { class: 'card-head' },
          h('h3', { id: 'ov-chart-h' }, 'Events by quad class'),
          h('div', { class: 'field inline' }, h('label', { for: intervalId }, 'Interval'),
            intervalSelect = h('select', { id: intervalId, onChange: (e) => ctx.setParams({ interval: e.target.value === 'week' ? '' : e.target.value }) },
              h('option', { value: 'month', selected: interval === 'month' }, 'Month'),
              h('option', { value: 'week', selected: interval === 'week' }, 'Week'),
              h('option', { value: 'day', selected: interval === 'day' }, 'Day')))),
        chartEl, rangeNote),
      h('div', { class: 'grid2' },
        h('section', { class: 'card', 'aria-labelledby': 'ov-actors-h' }, h('h3', { id: 'ov-actors-h' }, 'Top actors'), actorsEl),
        h('section', { class: 'card', 'aria-labelledby': 'ov-dyads-h' }, h('h3', { id: 'ov-dyads-h' }, 'Top dyads'), dyadsEl)),
    );
    const data = getJson('overview', { ...filtersOf(params), interval }, ctx.signal);
    ctx.track(panel(chartEl, data, (d) => {
      summary.textContent = `${fmtNum(d.total)} events from ${fmtNum(d.documents)} documents`;
      const notes = [];
      let series = [...(d.series || [])].filter((r) => r && r.period).sort((a, b) => a.period.localeCompare(b.period));
      if (!params.get('from') && !params.get('to') && params.get('range') !== 'all') {
        const bulk = bulkOf(series, QUADS);
        if (bulk.outside > 0 && bulk.rows.length) {
          series = bulk.rows;
          notes.push(`Showing ${bulk.rows[0].period} to ${bulk.rows[bulk.rows.length - 1].period}, where 98% of dated events fall; ${fmtNum(bulk.outside)} dated events lie outside. `,
            h('a', { href: hrefFor('/', { ...Object.fromEntries(params), range: 'all' }), class: 'show-all' }, 'Show all dates'), '. ');
        }
      }
      if (d.undated) notes.push(`${fmtNum(d.undated)} events have no date: counted above, not on the time axis.`);
      // Weeks over years are slivers: without an interval asked for, show months then.
      let shown = interval;
      if (!params.get('interval') && series.length > 1
        && Date.parse(series[series.length - 1].period) - Date.parse(series[0].period) > 730 * 86400000) {
        series = byMonth(series, QUADS);
        shown = 'month';
        notes.push(' Shown by month: the range spans more than two years.');
        if (intervalSelect) intervalSelect.value = 'month';
      }
      rangeNote.replaceChildren(...notes);
      return stackedChart(series, QUADS, {
        interval: shown,
        title: 'Events by quad class over time',
        onBarClick: (row, end) => ctx.setParams(mergeParams(params, { from: row.period, to: end })),
      });
    }));
    ctx.track(panel(actorsEl, data, (d) => {
      const actors = d.top_actors || [];
      if (!actors.length) return message('empty', 'No actors match these filters.');
      const max = Math.max(...actors.map((a) => a.count), 1);
      return h('table', { class: 'rank-table actors-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Actor'), h('th', { scope: 'col', class: 'num' }, 'Events'))),
        h('tbody', {}, actors.map((a) => h('tr', {},
          h('td', {}, h('a', { href: hrefFor('/', { ...pick(params, SHARED_FILTERS), actor: a.code }), title: `Filter on ${a.code}` }, h('code', {}, a.code)),
            a.name && a.name !== a.code ? h('span', { class: 'sub' }, ' ', a.name) : null,
            h('div', { class: 'bar-track', 'aria-hidden': 'true' }, h('div', { class: 'bar-fill', style: { width: `${(100 * a.count) / max}%` } }))),
          h('td', { class: 'num' }, fmtNum(a.count))))));
    }).catch(() => {}));
    ctx.track(panel(dyadsEl, data, (d) => dyadTable(d.top_dyads, params)).catch(() => {}));
  },
};
