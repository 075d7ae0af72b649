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

export default {
  title: 'Overview',
  render(view, ctx) {
    const { params } = ctx;
    const interval = params.get('interval') === 'day' ? 'day' : 'week';
    const summary = h('p', { class: 'summary', 'aria-live': 'polite' });
    const chartEl = h('div');
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
            h('select', { id: intervalId, onChange: (e) => ctx.setParams({ interval: e.target.value === 'week' ? '' : e.target.value }) },
              h('option', { value: 'week', selected: interval === 'week' }, 'Week'),
              h('option', { value: 'day', selected: interval === 'day' }, 'Day')))),
        chartEl),
      h('div', { class: 'grid2' },
        h('section', { class: 'card', 'aria-labelledby': 'ov-actors-h' }, h('h3', { id: 'ov-actors-h' }, 'Top actors'), actorsEl),
        h('section', { class: 'card', 'aria-labelledby': 'ov-dyads-h' }, h('h3', { id: 'ov-dyads-h' }, 'Top dyads'), dyadsEl)),
    );
    const data = getJson('overview', { ...filtersOf(params), interval }, ctx.signal);
    ctx.track(panel(chartEl, data, (d) => {
      summary.textContent = `${fmtNum(d.total)} events from ${fmtNum(d.documents)} documents`;
      return stackedChart(d.series || [], QUADS, {
        interval,
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
