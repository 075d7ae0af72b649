// The dashboard's only door to the server: same origin, paths /api/… (docs/api.md).

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The filters the list and aggregate endpoints accept (docs/api.md, "Common filters"). */
export const FILTER_KEYS = ['actor', 'dyad', 'country', 'cameo', 'root', 'quad', 'from', 'to', 'place', 'text', 'negated'];

/** Builds "/api/path?k=v" from an object or URLSearchParams; empty values are left out. */
export function apiUrl(path, params) {
  const q = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? params.entries() : Object.entries(params || {});
  for (const [k, v] of entries) {
    if (v === null || v === undefined || v === '') continue;
    q.set(k, String(v));
  }
  const qs = q.toString();
  return '/api/' + path.replace(/^\//, '') + (qs ? '?' + qs : '');
}

/** The filters present in the page's hash parameters, ready for an API call. */
export function filtersOf(params, keys = FILTER_KEYS) {
  const out = {};
  for (const k of keys) {
    const v = params.get(k);
    if (v !== null && v !== '') out[k] = v;
  }
  return out;
}

async function request(url, init) {
  let res;
  try {
    res = await fetch(url, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, `the server did not answer (${e.message})`);
  }
  const text = await res.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    if (!res.ok) throw new ApiError(res.status, text.trim().slice(0, 300) || res.statusText);
    throw new ApiError(res.status, 'the server answered with something that is not JSON');
  }
  if (!res.ok) {
    const msg = body && body.error && body.error.message ? body.error.message : res.statusText || 'request failed';
    throw new ApiError((body && body.error && body.error.status) || res.status, msg);
  }
  return body;
}

export function getJson(path, params, signal) {
  return request(apiUrl(path, params), { signal, headers: { accept: 'application/json' } });
}

export function postJson(path, body, signal) {
  return request(apiUrl(path), {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
}
