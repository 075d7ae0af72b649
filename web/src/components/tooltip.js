import { h } from '../dom.js';

let tip = null;

function el() {
  if (!tip) {
    tip = h('div', { class: 'tooltip', role: 'tooltip', hidden: true });
    document.body.append(tip);
  }
  return tip;
}

/** Shows `content` (string or node) near the mouse event `ev`. */
export function showTooltip(ev, content) {
  const t = el();
  t.replaceChildren(content instanceof Node ? content : document.createTextNode(String(content)));
  t.hidden = false;
  const pad = 14;
  const w = t.offsetWidth, ht = t.offsetHeight;
  let x = ev.clientX + pad, y = ev.clientY + pad;
  if (x + w > window.innerWidth - 4) x = ev.clientX - w - pad;
  if (y + ht > window.innerHeight - 4) y = ev.clientY - ht - pad;
  t.style.left = Math.max(4, x) + 'px';
  t.style.top = Math.max(4, y) + 'px';
}

export function hideTooltip() {
  if (tip) tip.hidden = true;
}
