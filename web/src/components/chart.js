// A stacked bar chart of counts over time, hand-written SVG.
import { h, s, fmtNum } from '../dom.js';
import { showTooltip, hideTooltip } from './tooltip.js';

const DAY = 86400000;
const toMs = (d) => Date.parse(d + 'T00:00:00Z');
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

function niceStep(max, ticks) {
  const raw = max / ticks;
  const p = 10 ** Math.floor(Math.log10(raw || 1));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

/**
 * series: [{period: 'YYYY-MM-DD', [key]: n, …}], keys: [{key, label, color}].
 * opts: interval ('day'|'week'|'month'), line: {key, label, min, max, color} drawn on a second
 * axis (e.g. mean Goldstein), onBarClick(row), title (for screen readers).
 */
export function stackedChart(series, keys, opts = {}) {
  // Days per period (a month drawn as its average length).
  const interval = opts.interval === 'day' ? 1 : opts.interval === 'month' ? 30.44 : 7;
  const periodEnd = (p) => (opts.interval === 'month'
    ? iso(Date.UTC(Number(p.slice(0, 4)), Number(p.slice(5, 7)), 0))
    : iso(toMs(p) + (interval - 1) * DAY));
  const W = 1000, H = 280, m = { l: 44, r: opts.line ? 44 : 12, t: 10, b: 28 };
  const iw = W - m.l - m.r, ih = H - m.t - m.b;
  const rows = [...series].filter((r) => r && r.period).sort((a, b) => a.period.localeCompare(b.period));
  const wrap = h('figure', { class: 'chart' });
  if (!rows.length) {
    wrap.append(h('div', { class: 'msg msg-empty' }, 'No events in this period.'));
    return wrap;
  }
  const total = (r) => keys.reduce((acc, k) => acc + (Number(r[k.key]) || 0), 0);
  const x0 = toMs(rows[0].period);
  const x1 = toMs(rows[rows.length - 1].period) + interval * DAY;
  const span = Math.max(x1 - x0, interval * DAY);
  const x = (ms) => m.l + ((ms - x0) / span) * iw;
  const maxY = Math.max(1, ...rows.map(total));
  const step = niceStep(maxY, 4);
  const top = Math.ceil(maxY / step) * step;
  const y = (v) => m.t + ih - (v / top) * ih;
  const bw = Math.max(1, (interval * DAY / span) * iw - (interval * DAY / span * iw > 6 ? 2 : 0.5));

  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`, class: 'chart-svg', role: 'img',
    'aria-label': opts.title || `Stacked bar chart of ${rows.length} periods`,
  });
  // y grid and axis
  const grid = s('g', { class: 'axis' });
  for (let v = 0; v <= top + 1e-9; v += step) {
    grid.append(
      s('line', { x1: m.l, x2: W - m.r, y1: y(v), y2: y(v), class: v === 0 ? 'base' : 'grid' }),
      s('text', { x: m.l - 6, y: y(v) + 4, 'text-anchor': 'end' }, fmtNum(v)),
    );
  }
  // x labels: at most 7, evenly spaced in time, each under the start of a period
  const periods = Math.round(span / (interval * DAY));
  const every = Math.max(1, Math.ceil(periods / 7));
  for (let k = 0; k < periods; k += every) {
    const ms = x0 + k * interval * DAY;
    grid.append(
      s('line', { x1: x(ms) + bw / 2, x2: x(ms) + bw / 2, y1: m.t + ih, y2: m.t + ih + 4, class: 'base' }),
      s('text', { x: x(ms) + bw / 2, y: H - 8, 'text-anchor': 'middle' }, iso(ms)),
    );
  }
  svg.append(grid);

  const bars = s('g', { class: 'bars' });
  for (const r of rows) {
    const g = s('g', { class: 'bar', dataset: { period: r.period } });
    let acc = 0;
    const bx = x(toMs(r.period));
    for (const k of keys) {
      const v = Number(r[k.key]) || 0;
      if (!v) continue;
      g.append(s('rect', { x: bx, width: bw, y: y(acc + v), height: Math.max(0.5, y(acc) - y(acc + v)), fill: k.color }));
      acc += v;
    }
    // an invisible full-height target for hover and click
    g.append(s('rect', { x: bx, width: Math.max(bw, 4), y: m.t, height: ih, fill: 'transparent', class: 'hit' }));
    const tipContent = () => h('div', {},
      h('strong', {}, interval === 7 ? `Week of ${r.period}` : r.period),
      ...keys.map((k) => h('div', {}, h('span', { class: 'chip', style: { background: k.color } }), ` ${k.label}: ${fmtNum(r[k.key] || 0)}`)),
      opts.line && r[opts.line.key] !== undefined ? h('div', {}, `${opts.line.label}: ${fmtNum(r[opts.line.key], 2)}`) : null,
      opts.onBarClick ? h('div', { class: 'muted' }, 'Click to filter to this period') : null,
    );
    g.addEventListener('mousemove', (ev) => showTooltip(ev, tipContent()));
    g.addEventListener('mouseleave', hideTooltip);
    if (opts.onBarClick) {
      g.classList.add('clickable');
      g.addEventListener('click', () => { hideTooltip(); opts.onBarClick(r, periodEnd(r.period)); });
    }
    bars.append(g);
  }
  svg.append(bars);

  if (opts.line) {
    const L = opts.line;
    const ly = (v) => m.t + ih - ((v - L.min) / (L.max - L.min)) * ih;
    // A period with no events has no mean: the line breaks there instead of bridging it.
    const valued = rows.filter((r) => r[L.key] !== null && r[L.key] !== undefined);
    const segments = [];
    let prev = null;
    for (const r of valued) {
      const ms = toMs(r.period);
      if (prev === null || ms - prev > interval * DAY * 1.5) segments.push([]);
      segments[segments.length - 1].push(`${x(ms) + bw / 2},${ly(r[L.key])}`);
      prev = ms;
    }
    const pts = segments.flat();
    const la = s('g', { class: 'axis axis-right' });
    for (const v of [L.min, (L.min + L.max) / 2, L.max]) {
      la.append(s('text', { x: W - m.r + 6, y: ly(v) + 4 }, fmtNum(v)));
    }
    la.append(s('line', { x1: m.l, x2: W - m.r, y1: ly(0), y2: ly(0), class: 'zero' }));
    svg.append(la);
    for (const seg of segments) {
      if (seg.length > 1) svg.append(s('polyline', { points: seg.join(' '), fill: 'none', stroke: L.color, 'stroke-width': 2, class: 'line' }));
    }
    for (const p of pts) {
      const [cx, cy] = p.split(',');
      svg.append(s('circle', { cx, cy, r: 2.5, fill: L.color, 'pointer-events': 'none' }));
    }
  }
  wrap.append(svg);

  const legend = h('figcaption', { class: 'legend' },
    keys.map((k) => h('span', { class: 'legend-item' }, h('span', { class: 'chip', style: { background: k.color } }), k.label)),
    opts.line ? h('span', { class: 'legend-item' }, h('span', { class: 'line-key', style: { background: opts.line.color } }), `${opts.line.label} (right axis)`) : null,
  );
  wrap.append(legend);

  // The same numbers as a table, for screen readers and copy-paste.
  const table = h('table', { class: 'data-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Period'), keys.map((k) => h('th', { scope: 'col' }, k.label)),
      opts.line ? h('th', { scope: 'col' }, opts.line.label) : null)),
    h('tbody', {}, rows.map((r) => h('tr', {}, h('td', {}, r.period), keys.map((k) => h('td', { class: 'num' }, fmtNum(r[k.key] || 0))),
      opts.line ? h('td', { class: 'num' }, fmtNum(r[opts.line.key], 2)) : null))),
  );
  wrap.append(h('details', { class: 'chart-data' }, h('summary', {}, 'Data table'), table));
  return wrap;
}
