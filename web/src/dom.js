// Small DOM helpers: the dashboard uses no framework.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.setAttribute('class', v);
    else if (k === 'style' && typeof v === 'object') Object.assign(el.style, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'value' && 'value' in el) el.value = v;
    else if (k === 'checked' || k === 'selected' || k === 'disabled') el[k] = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** h('div', {class: 'x', onClick}, child, ...) */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** The same for SVG elements. */
export function s(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

export function fmtNum(n, digits = 0) {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  return Number(n).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function truncate(str, n) {
  if (!str) return '';
  const chars = Array.from(str);
  return chars.length <= n ? str : chars.slice(0, n - 1).join('') + '…';
}

export const QUADS = [
  { key: 'quad1', n: 1, label: 'Verbal cooperation', color: '#74a9cf' },
  { key: 'quad2', n: 2, label: 'Material cooperation', color: '#0570b0' },
  { key: 'quad3', n: 3, label: 'Verbal conflict', color: '#fdae6b' },
  { key: 'quad4', n: 4, label: 'Material conflict', color: '#d7301f' },
];

/** Goldstein (-10 … 10) to a colour: red (conflict) – grey – green (cooperation). */
export function goldsteinColor(g) {
  const t = Math.max(-1, Math.min(1, (Number(g) || 0) / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [215, 48, 31] : [26, 152, 80];
  const a = Math.abs(t) ** 0.7;
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

/** A quad-class chip. */
export function quadChip(quad) {
  const q = QUADS[quad - 1];
  if (!q) return null;
  return h('span', { class: 'chip', style: { background: q.color }, title: q.label, 'aria-label': q.label });
}

/** A loading / error / empty message block. */
export function message(kind, text) {
  const attrs = { class: `msg msg-${kind}` };
  if (kind === 'error') attrs.role = 'alert';
  if (kind === 'loading') attrs['aria-live'] = 'polite';
  return h('div', attrs, text);
}

export function errorBox(err) {
  const status = err && err.status ? `Error ${err.status}: ` : 'Error: ';
  return h('div', { class: 'msg msg-error', role: 'alert' }, h('strong', {}, status), err && err.message ? err.message : String(err));
}
