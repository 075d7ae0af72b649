import { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide, forceX, forceY } from 'd3-force';
import { h, s, fmtNum, goldsteinColor, message } from '../dom.js';
import { getJson, filtersOf } from '../api.js';
import { hrefFor, pick } from '../router.js';
import { filterBar, mergeParams } from '../components/filters.js';
import { showTooltip, hideTooltip } from '../components/tooltip.js';
import { panel } from './panel.js';

const W = 900, H = 560;
let sim = null;

function edgePath(e, bend) {
  const sx = e.source.x, sy = e.source.y, tx = e.target.x, ty = e.target.y;
  const dx = tx - sx, dy = ty - sy;
  const len = Math.hypot(dx, dy) || 1;
  // control point to the side, so that A→B and B→A do not overlap
  const cx = (sx + tx) / 2 - (dy / len) * len * bend;
  const cy = (sy + ty) / 2 + (dx / len) * len * bend;
  // stop at the target's rim
  const vx = tx - cx, vy = ty - cy;
  const vl = Math.hypot(vx, vy) || 1;
  const r = e.target.r + 2;
  const ex = tx - (vx / vl) * r, ey = ty - (vy / vl) * r;
  return { d: `M${sx.toFixed(1)},${sy.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`, ex, ey, ux: vx / vl, uy: vy / vl };
}

function arrow(ex, ey, ux, uy, size) {
  const px = -uy, py = ux;
  const bx = ex - ux * size, by = ey - uy * size;
  return `M${ex.toFixed(1)},${ey.toFixed(1)} L${(bx + px * size * 0.5).toFixed(1)},${(by + py * size * 0.5).toFixed(1)} L${(bx - px * size * 0.5).toFixed(1)},${(by - py * size * 0.5).toFixed(1)} Z`;
}

function draw(data, ctx) {
  const { params } = ctx;
  const nodesIn = data.nodes || [];
  const edgesIn = data.edges || [];
  if (!nodesIn.length || !edgesIn.length) return message('empty', 'No actor pairs match these filters.');
  const maxN = Math.max(1, ...nodesIn.map((n) => n.count || 0));
  const maxE = Math.max(1, ...edgesIn.map((e) => e.count || 0));
  const nodes = nodesIn.map((n) => ({ ...n, r: 5 + 17 * Math.sqrt((n.count || 0) / maxN) }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = edgesIn.filter((e) => byId.has(e.source) && byId.has(e.target) && e.source !== e.target)
    .map((e) => ({ ...e, sourceId: e.source, targetId: e.target, w: 1 + 7 * ((e.count || 0) / maxE) }));

  sim = forceSimulation(nodes)
    .force('link', forceLink(edges).id((n) => n.id).distance((e) => 70 + e.source.r + e.target.r).strength(0.25))
    .force('charge', forceManyBody().strength(-320))
    .force('center', forceCenter(W / 2, H / 2))
    .force('x', forceX(W / 2).strength(0.04))
    .force('y', forceY(H / 2).strength(0.06))
    .force('collide', forceCollide((n) => n.r + 6))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  const clamp = () => {
    for (const n of nodes) {
      n.x = Math.max(n.r + 4, Math.min(W - n.r - 4, n.x));
      n.y = Math.max(n.r + 4, Math.min(H - n.r - 14, n.y));
    }
  };
  clamp();

  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network', role: 'group', 'aria-label': `Network of ${nodes.length} actors and ${edges.length} directed links` });
  const gEdges = s('g', { class: 'edges' });
  const gNodes = s('g', { class: 'nodes' });
  svg.append(gEdges, gNodes);

  const edgeEls = edges.map((e) => {
    const color = goldsteinColor(e.mean_goldstein);
    const vis = s('path', { class: 'edge-line', fill: 'none', stroke: color, 'stroke-width': e.w.toFixed(1), 'stroke-opacity': 0.75 });
    const head = s('path', { class: 'edge-head', fill: color });
    const hit = s('path', { class: 'edge-hit', fill: 'none', stroke: 'transparent', 'stroke-width': Math.max(12, e.w + 8) });
    const href = hrefFor('/dyad', { a: e.sourceId, b: e.targetId, ...pick(params, ['from', 'to']) });
    const g = s('g', {
      class: 'edge', tabindex: '0', role: 'link',
      'aria-label': `${e.sourceId} to ${e.targetId}: ${e.count} events, mean Goldstein ${fmtNum(e.mean_goldstein, 1)}`,
      dataset: { source: e.sourceId, target: e.targetId, href },
    }, vis, head, hit);
    g.addEventListener('click', () => { hideTooltip(); location.hash = href; });
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); location.hash = href; } });
    g.addEventListener('mousemove', (ev) => showTooltip(ev, h('div', {},
      h('strong', {}, `${e.sourceId} → ${e.targetId}`),
      h('div', {}, `${fmtNum(e.count)} events, mean Goldstein `, h('span', { style: { color } }, fmtNum(e.mean_goldstein, 1))),
      h('div', { class: 'muted' }, 'Click to open the dyad'))));
    g.addEventListener('mouseleave', hideTooltip);
    gEdges.append(g);
    return { e, vis, head, hit };
  });

  const nodeEls = nodes.map((n) => {
    const c = s('circle', { r: n.r.toFixed(1), class: 'node-circle' });
    // The code, and beside it a short name (the first words of the actor's name).
    // ("India · Government" shows "Government": the code already says India.)
    const named = n.name && n.name !== n.id ? n.name : '';
    const short = named.includes(' · ') ? named.split(' · ')[1] : named.split(/\s+/).slice(0, 2).join(' ');
    const label = s('text', { class: 'node-label', 'text-anchor': 'middle', dy: (n.r + 12).toFixed(1) }, n.id,
      short ? s('tspan', { class: 'node-name', dx: '4' }, short) : null);
    const g = s('g', { class: 'node', dataset: { id: n.id }, 'aria-label': `${n.id} ${n.name || ''}: ${n.count} events` }, c, label);
    g.append(s('title', {}, `${n.id} ${n.name || ''} · ${n.count} events${n.country ? ' · ' + n.country : ''}\nDrag to move; click to show only this actor’s links; double-click to release.`));
    // dragging
    let start = null;
    g.addEventListener('pointerdown', (ev) => {
      ev.preventDefault();
      g.setPointerCapture(ev.pointerId);
      const p = toSvg(ev);
      start = { x: ev.clientX, y: ev.clientY, dx: n.x - p.x, dy: n.y - p.y, moved: false };
      n.fx = n.x; n.fy = n.y;
      sim.alphaTarget(0.2).restart();
      g.classList.add('dragging');
    });
    g.addEventListener('pointermove', (ev) => {
      if (!start) return;
      if (Math.hypot(ev.clientX - start.x, ev.clientY - start.y) > 3) start.moved = true;
      const p = toSvg(ev);
      n.fx = Math.max(n.r, Math.min(W - n.r, p.x + start.dx));
      n.fy = Math.max(n.r, Math.min(H - n.r, p.y + start.dy));
    });
    const end = (ev) => {
      if (!start) return;
      const moved = start.moved;
      start = null;
      sim.alphaTarget(0);
      g.classList.remove('dragging');
      if (!moved && ev.type === 'pointerup') {
        // a click: show this actor's links only
        n.fx = null; n.fy = null;
        ctx.setParams(mergeParams(params, { actor: n.id }));
      }
    };
    g.addEventListener('pointerup', end);
    g.addEventListener('pointercancel', end);
    g.addEventListener('dblclick', () => { n.fx = null; n.fy = null; sim.alpha(0.3).restart(); });
    gNodes.append(g);
    return { n, g };
  });

  function toSvg(ev) {
    const pt = svg.createSVGPoint();
    pt.x = ev.clientX; pt.y = ev.clientY;
    const m = svg.getScreenCTM();
    return m ? pt.matrixTransform(m.inverse()) : { x: 0, y: 0 };
  }

  // reciprocal pairs bend apart; single links bend a little
  const pairs = new Set(edges.map((e) => e.sourceId + '>' + e.targetId));
  function render() {
    for (const { e, vis, head, hit } of edgeEls) {
      const bend = pairs.has(e.targetId + '>' + e.sourceId) ? 0.18 : 0.08;
      const p = edgePath(e, bend);
      vis.setAttribute('d', p.d);
      hit.setAttribute('d', p.d);
      head.setAttribute('d', arrow(p.ex, p.ey, p.ux, p.uy, 5 + e.w));
    }
    for (const { n, g } of nodeEls) g.setAttribute('transform', `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`);
  }
  sim.on('tick', () => { clamp(); render(); });
  render();

  const legendEl = h('div', { class: 'legend net-legend' },
    h('span', { class: 'legend-item' }, 'Mean Goldstein: ',
      h('span', { class: 'gradient', 'aria-hidden': 'true', style: { background: `linear-gradient(to right, ${goldsteinColor(-10)}, ${goldsteinColor(-3)}, ${goldsteinColor(0)}, ${goldsteinColor(3)}, ${goldsteinColor(10)})` } }),
      ' −10 conflict … +10 cooperation'),
    h('span', { class: 'legend-item' }, 'Line width: number of events; arrows point from source to target; circle size: events of the actor.'),
  );

  const top = [...edges].sort((a, b) => b.count - a.count).slice(0, 25);
  const table = h('details', { class: 'chart-data' }, h('summary', {}, `Strongest links (${top.length})`),
    h('table', { class: 'rank-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Source → target'), h('th', { scope: 'col', class: 'num' }, 'Events'), h('th', { scope: 'col', class: 'num' }, 'Mean Goldstein'))),
      h('tbody', {}, top.map((e) => h('tr', {},
        h('td', {}, h('a', { href: hrefFor('/dyad', { a: e.sourceId, b: e.targetId, ...pick(params, ['from', 'to']) }) }, h('code', {}, e.sourceId), ' → ', h('code', {}, e.targetId))),
        h('td', { class: 'num' }, fmtNum(e.count)),
        h('td', { class: 'num' }, h('span', { class: 'gs', style: { color: goldsteinColor(e.mean_goldstein) } }, fmtNum(e.mean_goldstein, 1))))))));
  return [legendEl, h('div', { class: 'network-wrap' }, svg), table];
}

export default {
  title: 'Network',
  render(view, ctx) {
    const { params } = ctx;
    const limit = Number(params.get('limit')) || 100;
    const body = h('div');
    view.append(
      h('div', { class: 'page-head' }, h('h2', {}, 'Network'),
        h('div', { class: 'field inline' }, h('label', { for: 'net-limit' }, 'Links'),
          h('select', { id: 'net-limit', onChange: (e) => ctx.setParams({ limit: e.target.value === '100' ? '' : e.target.value }) },
            [25, 50, 100, 200, 500].map((n) => h('option', { value: n, selected: n === limit }, n))))),
      filterBar(params, { onApply: (v) => ctx.setParams(mergeParams(params, v)) }),
      h('p', { class: 'muted' }, 'Actors are circles, links go from source to target. Drag an actor to move it; click a link to open the dyad.'),
      h('section', { class: 'card' }, body),
    );
    ctx.track(panel(body, getJson('network', { ...filtersOf(params), limit }, ctx.signal), (d) => draw(d, ctx)));
  },
  cleanup() {
    if (sim) sim.stop();
    sim = null;
  },
};
