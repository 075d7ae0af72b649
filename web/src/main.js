import './style.css';
import { h, clear, errorBox, message } from './dom.js';
import { parseHash, hrefFor, go, pick, SHARED_FILTERS } from './router.js';
import { hideTooltip } from './components/tooltip.js';
import overview from './pages/overview.js';
import events from './pages/events.js';
import dyad from './pages/dyad.js';
import doc from './pages/doc.js';
import code from './pages/code.js';

const lazy = (load) => ({ lazy: load });
const ROUTES = [
  { re: /^\/$/, name: 'overview', page: overview },
  { re: /^\/network$/, name: 'network', page: lazy(() => import('./pages/network.js')) },
  { re: /^\/map$/, name: 'map', page: lazy(() => import('./pages/map.js')) },
  { re: /^\/events$/, name: 'events', page: events },
  { re: /^\/dyad$/, name: 'dyad', page: dyad },
  { re: /^\/doc\/([^/]+)$/, name: 'doc', page: doc },
  { re: /^\/code$/, name: 'code', page: code },
];
const NAV = [
  ['/', 'Overview', 'overview'],
  ['/network', 'Network', 'network'],
  ['/map', 'Map', 'map'],
  ['/events', 'Events', 'events'],
  ['/code', 'Code a text', 'code'],
];

const view = document.getElementById('view');
const navList = document.getElementById('nav-links');
let current = null; // {route, page, path, match, controller, cleanup}

function renderNav(params, name) {
  const shared = pick(params, SHARED_FILTERS);
  clear(navList);
  for (const [path, label, key] of NAV) {
    const active = key === name || (name === 'dyad' && key === 'network') || (name === 'doc' && key === 'events');
    navList.append(h('li', {}, h('a', { href: hrefFor(path, path === '/code' ? {} : shared), 'aria-current': active ? 'page' : null }, label)));
  }
}

async function route() {
  hideTooltip();
  const { path, params } = parseHash(location.hash);
  const r = ROUTES.find((x) => x.re.test(path));
  const match = r ? path.match(r.re) : null;
  renderNav(params, r && r.name);

  // Same page, and it can update itself in place (e.g. selecting an event on the article page).
  if (current && r && current.route === r && current.page.update) {
    const ctx = { path, params, match, view, signal: current.controller.signal };
    if (current.page.update(ctx) === true) return;
  }
  if (current) {
    current.controller.abort();
    try { current.page.cleanup && current.page.cleanup(); } catch (e) { /* ignore */ }
  }
  clear(view);
  view.dataset.state = 'loading';
  view.dataset.seq = String(Number(view.dataset.seq || 0) + 1);
  view.dataset.page = r ? r.name : 'not-found';
  const controller = new AbortController();
  // set at once, so that a route change while this page loads aborts it
  current = r ? { route: r, page: r.page.lazy ? {} : r.page, controller } : null;
  if (!r) {
    document.title = 'Not found · dragoman';
    view.append(h('h2', {}, 'Page not found'), h('p', {}, 'There is no page ', h('code', {}, path), '. ', h('a', { href: '#/' }, 'Back to the overview'), '.'));
    view.dataset.state = 'ready';
    return;
  }
  let page = r.page;
  if (page.lazy) {
    view.append(message('loading', 'Loading…'));
    try {
      page = (await page.lazy()).default;
    } catch (e) {
      if (controller.signal.aborted) return;
      clear(view).append(errorBox(new Error(`could not load this page (${e.message})`)));
      view.dataset.state = 'error';
      return;
    }
    if (controller.signal.aborted) return;
    clear(view);
    current.page = page;
  }
  document.title = `${page.title || r.name} · dragoman`;
  const pending = [];
  const ctx = {
    path, params, match, view, signal: controller.signal,
    track: (p) => { pending.push(p); return p; },
    /** Merge values into the hash parameters of this page. */
    setParams: (values) => {
      const p = values instanceof URLSearchParams ? values : (() => {
        const q = new URLSearchParams(params);
        for (const [k, v] of Object.entries(values)) (v === '' || v === null || v === undefined) ? q.delete(k) : q.set(k, v);
        return q;
      })();
      go(path, p);
    },
    go,
  };
  let failed = false;
  try {
    await page.render(view, ctx);
    const results = await Promise.allSettled(pending);
    failed = results.some((x) => x.status === 'rejected' && !(x.reason && x.reason.name === 'AbortError'));
  } catch (e) {
    if (e && e.name === 'AbortError') return;
    failed = true;
    if (!e || !e.shown) view.append(errorBox(e));
  }
  if (controller.signal.aborted) return;
  view.dataset.state = failed ? 'error' : 'ready';
}

// "Skip to content" must not become a route
document.querySelector('.skip')?.addEventListener('click', (ev) => { ev.preventDefault(); view.focus(); });
window.addEventListener('hashchange', route);
route();
