// Hash routes: #/path?k=v&…  (the article route also accepts #/doc/ID&event=EID).

export function parseHash(hash) {
  let str = (hash || '').replace(/^#/, '');
  if (!str.startsWith('/')) str = '/' + str;
  let qi = str.indexOf('?');
  if (qi < 0) qi = str.indexOf('&');
  const path = (qi < 0 ? str : str.slice(0, qi)).replace(/\/+$/, '') || '/';
  const params = new URLSearchParams(qi < 0 ? '' : str.slice(qi + 1));
  return { path, params };
}

export function hrefFor(path, params) {
  const q = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? params.entries() : Object.entries(params || {});
  for (const [k, v] of entries) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return '#' + path + (qs ? '?' + qs : '');
}

export function go(path, params) {
  const href = hrefFor(path, params);
  if (location.hash === href) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = href;
}

/** The filters that travel with the user from page to page. */
export const SHARED_FILTERS = ['from', 'to', 'actor', 'country', 'cameo'];

export function pick(params, keys) {
  const out = {};
  for (const k of keys) {
    const v = params.get(k);
    if (v !== null && v !== '') out[k] = v;
  }
  return out;
}
