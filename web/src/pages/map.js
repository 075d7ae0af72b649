import { h, s, fmtNum, message, clear, QUADS } from '../dom.js';
import { getJson, filtersOf } from '../api.js';
import { filterBar, mergeParams } from '../components/filters.js';
import { showTooltip, hideTooltip } from '../components/tooltip.js';
import { eventList } from '../components/eventsTable.js';
import { worldPaths, project, MAP_W, MAP_H } from '../components/worldmap.js';
import { normEvent } from '../model.js';
import { docHref } from './events.js';
import { panel } from './panel.js';

function drawMap(places, ctx, onPick) {
  const world = worldPaths();
  const svg = s('svg', { viewBox: `0 0 ${MAP_W} ${MAP_H}`, class: 'worldmap', role: 'group', 'aria-label': `World map with ${places.length} places` });
  const g = s('g', { class: 'zoom' });
  g.append(
    s('path', { d: world.sphere, class: 'sphere' }),
    s('g', { class: 'countries' }, world.countries.map((c) => s('path', { d: c.d, class: 'country' }, c.name ? s('title', {}, c.name) : null))),
    s('path', { d: world.borders, class: 'borders', fill: 'none' }),
  );
  const max = Math.max(1, ...places.map((p) => p.count || 0));
  const dots = s('g', { class: 'places' });
  const circles = [];
  for (const p of [...places].sort((a, b) => b.count - a.count)) {
    if (typeof p.lat !== 'number' || typeof p.lon !== 'number') continue;
    const [x, y] = project(p.lon, p.lat);
    const r = 3 + 15 * Math.sqrt((p.count || 0) / max);
    // Coloured by the quad class most of the place's events have.
    const byQuad = Array.isArray(p.by_quad) ? p.by_quad : [];
    const top = byQuad.reduce((best, n, i) => (n > (byQuad[best] || 0) ? i : best), 0);
    const quad = byQuad.length ? QUADS[top] : null;
    const c = s('circle', {
      cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), class: 'place', tabindex: '0', role: 'button',
      style: quad ? `fill: ${quad.color}` : null, dataset: { name: p.name, quad: quad ? String(quad.n) : '' },
      'aria-label': `${p.name}${p.country ? ', ' + p.country : ''}: ${p.count} events${quad ? ', mostly ' + quad.label.toLowerCase() : ''}`,
    });
    c.addEventListener('mousemove', (ev) => showTooltip(ev, h('div', {}, h('strong', {}, p.name), p.country ? ` ${p.country}` : '',
      h('div', {}, `${fmtNum(p.count)} event${p.count === 1 ? '' : 's'}`),
      byQuad.length ? h('div', {}, QUADS.map((q, i) => `${q.label}: ${fmtNum(byQuad[i] || 0)}`).join(' · ')) : null,
      h('div', { class: 'muted' }, 'Click to list them'))));
    c.addEventListener('mouseleave', hideTooltip);
    c.addEventListener('click', () => { hideTooltip(); onPick(p, c); });
    c.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); onPick(p, c); } });
    circles.push({ c, r });
    dots.append(c);
  }
  g.append(dots);
  svg.append(g);

  // zoom (wheel, buttons) and pan (drag)
  let k = 1, tx = 0, ty = 0;
  const apply = () => {
    g.setAttribute('transform', `translate(${tx.toFixed(1)},${ty.toFixed(1)}) scale(${k})`);
    for (const { c, r } of circles) c.setAttribute('r', (r / Math.sqrt(k)).toFixed(2));
    svg.style.setProperty('--k', k);
  };
  const zoomAt = (f, cx, cy) => {
    const nk = Math.max(1, Math.min(16, k * f));
    tx = cx - ((cx - tx) * nk) / k;
    ty = cy - ((cy - ty) * nk) / k;
    k = nk;
    if (k === 1) { tx = 0; ty = 0; }
    apply();
  };
  const toSvg = (ev) => {
    const pt = svg.createSVGPoint();
    pt.x = ev.clientX; pt.y = ev.clientY;
    const m = svg.getScreenCTM();
    return m ? pt.matrixTransform(m.inverse()) : { x: MAP_W / 2, y: MAP_H / 2 };
  };
  svg.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const p = toSvg(ev);
    zoomAt(ev.deltaY < 0 ? 1.25 : 0.8, p.x, p.y);
  }, { passive: false });
  let drag = null;
  svg.addEventListener('pointerdown', (ev) => {
    if (ev.target.classList.contains('place')) return;
    drag = { p: toSvg(ev), tx, ty };
  });
  svg.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const p = toSvg(ev);
    tx = drag.tx + (p.x - drag.p.x);
    ty = drag.ty + (p.y - drag.p.y);
    drag.p = p; drag.tx = tx; drag.ty = ty;
    apply();
  });
  const stop = () => { drag = null; };
  svg.addEventListener('pointerup', stop);
  svg.addEventListener('pointerleave', stop);
  const controls = h('div', { class: 'map-controls' },
    h('button', { type: 'button', 'aria-label': 'Zoom in', onClick: () => zoomAt(1.5, MAP_W / 2, MAP_H / 2) }, '+'),
    h('button', { type: 'button', 'aria-label': 'Zoom out', onClick: () => zoomAt(1 / 1.5, MAP_W / 2, MAP_H / 2) }, '−'),
    h('button', { type: 'button', onClick: () => { k = 1; tx = 0; ty = 0; apply(); } }, 'Reset'));
  return h('div', { class: 'map-wrap' }, svg, controls);
}

export default {
  title: 'Map',
  render(view, ctx) {
    const { params } = ctx;
    const mapEl = h('div');
    const side = h('aside', { class: 'card place-panel', 'aria-live': 'polite' }, h('h3', {}, 'Places'), h('p', { class: 'muted' }, 'Click a circle to list the events at that place.'));
    const listEl = h('div');
    let abort = null;
    const pick = (p, circle) => {
      for (const c of mapEl.querySelectorAll('circle.place.selected')) c.classList.remove('selected');
      if (circle) circle.classList.add('selected');
      if (abort) abort.abort();
      abort = new AbortController();
      const evEl = h('div', { class: 'place-events' });
      clear(side).append(h('h3', {}, p.name, p.country ? h('span', { class: 'muted' }, ` ${p.country}`) : ''),
        h('p', {}, `${fmtNum(p.count)} event${p.count === 1 ? '' : 's'}`), evEl);
      panel(evEl, getJson('events', { ...filtersOf(params), place: p.name, limit: 20 }, abort.signal), (d) => {
        const events = (d.events || []).map(normEvent);
        if (!events.length) return message('empty', 'No events listed for this place.');
        return [eventList(events), d.total > events.length ? h('p', { class: 'muted' }, `The first ${events.length} of ${fmtNum(d.total)}.`) : null];
      }).catch(() => {});
    };
    view.append(
      h('h2', {}, 'Map'),
      filterBar(params, { onApply: (v) => ctx.setParams(mergeParams(params, v)) }),
      h('div', { class: 'map-layout' }, h('section', { class: 'card' }, mapEl, listEl), side),
    );
    ctx.track(panel(mapEl, getJson('places', { ...filtersOf(params), limit: 500 }, ctx.signal), (places) => {
      places = (places || []).filter((p) => typeof p.lat === 'number' && typeof p.lon === 'number');
      const legend = h('div', { class: 'legend map-legend' }, 'Circle colour: the quad class of most of the place’s events — ',
        QUADS.map((q) => h('span', { class: 'legend-item' }, h('span', { class: 'chip', style: { background: q.color } }), q.label)));
      const out = [legend, drawMap(places, ctx, pick)];
      if (!places.length) out.push(message('empty', 'No events with known coordinates match these filters.'));
      else {
        listEl.append(h('details', { class: 'chart-data' }, h('summary', {}, `All places (${places.length})`),
          h('table', { class: 'rank-table' },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Place'), h('th', { scope: 'col' }, 'Country'), h('th', { scope: 'col', class: 'num' }, 'Events'))),
            h('tbody', {}, places.map((p) => h('tr', {},
              h('td', {}, h('button', { type: 'button', class: 'linkish', onClick: () => pick(p, mapEl.querySelector(`circle.place[data-name="${CSS.escape(p.name)}"]`)) }, p.name)),
              h('td', {}, p.country || ''), h('td', { class: 'num' }, fmtNum(p.count))))))));
      }
      return out;
    }));
  },
};
