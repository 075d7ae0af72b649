#!/usr/bin/env node
// Mock of `dragoman serve` for developing and testing the dashboard without the Rust
// server. Plain Node http, no dependencies. It serves web/dist and computes the JSON API
// of docs/api.md from the fixtures in dev/fixtures (documents.json, events.json).
//
//   node dev/mock-server.mjs [--port 8787] [--host 127.0.0.1] [--delay MS]
//   PORT=0 node dev/mock-server.mjs          (any free port; the URL is printed)
//   node dev/mock-server.mjs --empty         (an empty database, to see the empty states)
//
// It can also be imported: `const { url, close } = await startMockServer({ port: 0 })`.
import http from 'node:http';
import { readFileSync, existsSync, statSync, createReadStream } from 'node:fs';
import { dirname, join, extname, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTORS, VERBS, PLACES, lastWeekday, utf8len } from './lexicon.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(HERE, '..', 'dist');
const FIXTURE_DOCS = JSON.parse(readFileSync(join(HERE, 'fixtures', 'documents.json'), 'utf8'));
const FIXTURE_EVENTS = JSON.parse(readFileSync(join(HERE, 'fixtures', 'events.json'), 'utf8'));
// the data served; startMockServer({empty: true}) serves an empty database
let DOCS = FIXTURE_DOCS;
let EVENTS = FIXTURE_EVENTS;

class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

// ---------------------------------------------------------------- filters

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FILTER_KEYS = ['actor', 'dyad', 'country', 'cameo', 'root', 'quad', 'from', 'to', 'place', 'text', 'negated'];

function actorMatches(a, q) {
  if (!a) return false;
  const up = q.toUpperCase();
  if (a.code.startsWith(up)) return true;
  const low = q.toLowerCase();
  return (a.name ?? '').toLowerCase().includes(low) || (a.text ?? '').toLowerCase().includes(low);
}
const codeMatches = (a, q) => !!a && a.code.startsWith(q.toUpperCase());

function parseFilters(qs) {
  const f = {};
  for (const k of FILTER_KEYS) {
    const v = qs.get(k);
    if (v !== null && v.trim() !== '') f[k] = v.trim();
  }
  for (const k of ['from', 'to']) {
    if (f[k] && !DATE.test(f[k])) throw new HttpError(400, `\`${k}\`: \`${f[k]}\` is not a date; write it as YYYY-MM-DD`);
  }
  if (f.quad && !/^[1-4]$/.test(f.quad)) throw new HttpError(400, '`quad` must be 1, 2, 3 or 4');
  if (f.root && !/^\d{2}$/.test(f.root)) throw new HttpError(400, '`root` must be a 2-digit CAMEO root');
  if (f.cameo && !/^\d{2,4}$/.test(f.cameo)) throw new HttpError(400, '`cameo` must be a CAMEO event code or prefix (2 to 4 digits)');
  if (f.negated && !['include', 'exclude'].includes(f.negated)) throw new HttpError(400, '`negated` must be `include` or `exclude`');
  if (f.dyad) {
    const parts = f.dyad.split(',').map((s) => s.trim()).filter(Boolean);
    if (parts.length !== 2) throw new HttpError(400, '`dyad` must be two actor codes separated by a comma: `A,B`');
    f.dyad = parts;
  }
  return f;
}

function applyFilters(events, f) {
  return events.filter((e) => {
    if (f.negated !== 'include' && e.negated) return false;
    if (f.actor && !actorMatches(e.source, f.actor) && !actorMatches(e.target, f.actor)) return false;
    if (f.dyad) {
      const [a, b] = f.dyad;
      const ab = codeMatches(e.source, a) && codeMatches(e.target, b);
      const ba = codeMatches(e.source, b) && codeMatches(e.target, a);
      if (!ab && !ba) return false;
    }
    if (f.country) {
      const c = f.country.toUpperCase();
      if (e.source.country !== c && e.target?.country !== c) return false;
    }
    if (f.cameo && !e.cameo.startsWith(f.cameo)) return false;
    if (f.root && e.cameo_root !== f.root) return false;
    if (f.quad && e.quad !== Number(f.quad)) return false;
    if (f.from && e.date < f.from) return false;
    if (f.to && e.date > f.to) return false;
    if (f.place && !(e.location?.name ?? '').toLowerCase().includes(f.place.toLowerCase())) return false;
    if (f.text) {
      const s = e.evidence.sentence.toLowerCase();
      if (!f.text.toLowerCase().split(/\s+/).every((w) => s.includes(w))) return false;
    }
    return true;
  });
}

function intParam(qs, name, def, max) {
  const v = qs.get(name);
  if (v === null || v === '') return def;
  if (!/^\d+$/.test(v)) throw new HttpError(400, `\`${name}\` must be a non-negative integer`);
  return Math.min(Number(v), max);
}

function intervalParam(qs, def = 'week') {
  const v = qs.get('interval') || def;
  if (v !== 'day' && v !== 'week') throw new HttpError(400, '`interval` must be `day` or `week`');
  return v;
}

function period(date, interval) {
  if (interval === 'day') return date;
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); // back to Monday
  return d.toISOString().slice(0, 10);
}

const round = (x, n = 2) => Math.round(x * 10 ** n) / 10 ** n;
const mean = (xs) => (xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);

function quadSeries(events, interval) {
  const m = new Map();
  for (const e of events) {
    const p = period(e.date, interval);
    if (!m.has(p)) m.set(p, { period: p, quad1: 0, quad2: 0, quad3: 0, quad4: 0, gs: [] });
    const r = m.get(p);
    r['quad' + e.quad]++;
    r.gs.push(e.goldstein);
  }
  return [...m.values()].sort((a, b) => a.period.localeCompare(b.period));
}

function topDyads(events, limit) {
  const m = new Map();
  for (const e of events) {
    if (!e.target) continue;
    const [x, y] = [e.source, e.target].sort((p, q) => p.code.localeCompare(q.code));
    const key = x.code + '|' + y.code;
    if (!m.has(key)) m.set(key, { a: x.code, a_name: x.name, b: y.code, b_name: y.name, count: 0, gs: [] });
    const r = m.get(key);
    r.count++;
    r.gs.push(e.goldstein);
  }
  return [...m.values()]
    .sort((p, q) => q.count - p.count || p.a.localeCompare(q.a))
    .slice(0, limit)
    .map(({ gs, ...r }) => ({ ...r, mean_goldstein: mean(gs) }));
}

function actorTotals(events) {
  const m = new Map();
  const add = (a, role) => {
    if (!a) return;
    if (!m.has(a.code)) m.set(a.code, { code: a.code, name: a.name, country: a.country, as_source: 0, as_target: 0 });
    m.get(a.code)[role]++;
  };
  for (const e of events) { add(e.source, 'as_source'); add(e.target, 'as_target'); }
  return [...m.values()].sort((p, q) => q.as_source + q.as_target - (p.as_source + p.as_target) || p.code.localeCompare(q.code));
}

// ---------------------------------------------------------------- /api/code toy coder

/** A toy coder: finds lexicon actors, verbs, weekdays and places in each sentence. */
function toyCode(text, date) {
  const published = date || new Date().toISOString().slice(0, 10);
  const sentences = [];
  const re = /[^.!?\n]+[.!?]?/g;
  let m;
  while ((m = re.exec(text))) {
    const s = m[0].replace(/^\s+/, '');
    if (!s.trim()) continue;
    const startChar = m.index + (m[0].length - s.length);
    const s2 = s.replace(/\s+$/, '');
    sentences.push([startChar, startChar + s2.length]);
  }
  const byteAt = (i) => utf8len(text.slice(0, i));
  const find = (sent, dict, key) => {
    const hits = [];
    for (const [k, v] of Object.entries(dict)) {
      let i = sent.indexOf(v[key]);
      while (i >= 0) { hits.push({ i, j: i + v[key].length, v, k }); i = sent.indexOf(v[key], i + 1); }
    }
    hits.sort((a, b) => a.i - b.i || b.j - a.j);
    const out = []; // drop hits inside longer ones
    for (const h of hits) if (!out.some((o) => h.i < o.j && h.j > o.i)) out.push(h);
    return out;
  };
  const annotations = [];
  const events = [];
  sentences.forEach(([cs, ce], si) => {
    const sent = text.slice(cs, ce);
    const sb = byteAt(cs);
    const bspan = (h) => [utf8len(sent.slice(0, h.i)), utf8len(sent.slice(0, h.j))];
    const actors = find(sent, ACTORS, 'text');
    const verbs = find(sent, VERBS, 'text');
    const places = find(sent, PLACES, 'text');
    const days = find(sent, Object.fromEntries(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => [d, { text: d }])), 'text');
    const ann = (h, kind, label) => { const [a, b] = bspan(h); annotations.push({ start: sb + a, end: sb + b, kind, label }); };
    actors.forEach((h) => ann(h, 'actor', `${h.v.code} ${h.v.name}`));
    verbs.forEach((h) => ann(h, 'verb', `${h.v.cameo} ${h.v.name}`));
    days.forEach((h) => ann(h, 'time', lastWeekday(published, h.k)));
    places.forEach((h) => ann(h, 'place', `${h.v.name} (${h.v.country})`));
    for (const vh of verbs) {
      const src = [...actors].reverse().find((a) => a.j <= vh.i);
      if (!src) continue;
      const tgt = actors.find((a) => a.i >= vh.j) ?? null;
      const day = days[0] ?? null;
      const place = places[0] ?? null;
      const spans = [bspan(src), bspan(vh)];
      const labels = ['source', 'trigger'];
      if (tgt) { spans.push(bspan(tgt)); labels.push('target'); }
      if (day) { spans.push(bspan(day)); labels.push('date'); }
      if (place) { spans.push(bspan(place)); labels.push('place'); }
      const actor = (h) => ({ text: h.v.text, code: h.v.code, country: h.v.country, sector: h.v.code.slice(3) || null, entity: null, name: h.v.name });
      events.push({
        id: `input#${events.length}`, doc: 'input', sentence: si,
        date: day ? lastWeekday(published, day.k) : published, date_text: day ? day.k : null,
        date_precision: day ? 'day' : 'publication',
        source: actor(src), target: tgt ? actor(tgt) : null,
        cameo: vh.v.cameo, cameo_root: vh.v.cameo.slice(0, 2), quad: vh.v.quad, goldstein: vh.v.goldstein,
        plover: { event: vh.v.plover, mode: null },
        location: place ? { text: place.v.text, name: place.v.name, country: place.v.country, lat: place.v.lat, lon: place.v.lon, geonameid: null } : null,
        negated: false, modality: 'asserted', attributed_to: null,
        evidence: { sentence: sent, offset: sb, spans, labels },
        rule: `verb: ${vh.v.text.toUpperCase()} [${vh.v.cameo}]`, confidence: 0.6,
      });
    }
  });
  annotations.sort((a, b) => a.start - b.start || b.end - a.end);
  return { events, sentences: sentences.map(([a, b]) => [byteAt(a), byteAt(b)]), annotations };
}

// ---------------------------------------------------------------- routes

const SORTS = {
  date: (a, b) => a.date.localeCompare(b.date) || a.id - b.id,
  '-date': (a, b) => b.date.localeCompare(a.date) || b.id - a.id,
  goldstein: (a, b) => a.goldstein - b.goldstein || a.id - b.id,
  '-goldstein': (a, b) => b.goldstein - a.goldstein || a.id - b.id,
  confidence: (a, b) => a.confidence - b.confidence || a.id - b.id,
  '-confidence': (a, b) => b.confidence - a.confidence || a.id - b.id,
};

function csvCell(v) {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
}

function sortedEvents(qs) {
  const f = parseFilters(qs);
  const sort = qs.get('sort') || '-date';
  if (!SORTS[sort]) throw new HttpError(400, `\`sort\` must be one of ${Object.keys(SORTS).join(', ')}`);
  return applyFilters(EVENTS, f).sort(SORTS[sort]);
}

async function readBody(req, max) {
  const chunks = [];
  let n = 0;
  for await (const c of req) {
    n += c.length;
    if (n > max) throw new HttpError(413, 'the request body is larger than 1 MB');
    chunks.push(c);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function api(req, url) {
  const qs = url.searchParams;
  const path = url.pathname;
  let m;
  if (req.method === 'POST' && path === '/api/code') {
    let body;
    try { body = JSON.parse(await readBody(req, 1 << 20)); } catch (e) {
      if (e instanceof HttpError) throw e;
      throw new HttpError(400, 'the body must be JSON: {"text": "…", "date": "YYYY-MM-DD"}');
    }
    if (typeof body?.text !== 'string' || !body.text.trim()) throw new HttpError(400, '`text` is missing or empty');
    if (body.date != null && (typeof body.date !== 'string' || !DATE.test(body.date))) throw new HttpError(400, `\`date\`: \`${body.date}\` is not a date; write it as YYYY-MM-DD`);
    return toyCode(body.text, body.date);
  }
  if (req.method === 'POST' && path === '/api/ingest') throw new HttpError(403, 'ingest is disabled: start the server with --allow-ingest');
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, `${req.method} is not allowed here`);

  if (path === '/api/events') {
    const all = sortedEvents(qs);
    const limit = intParam(qs, 'limit', 50, 1000);
    const offset = intParam(qs, 'offset', 0, Number.MAX_SAFE_INTEGER);
    return { total: all.length, limit, offset, events: all.slice(offset, offset + limit) };
  }
  if (path === '/api/events.csv') {
    const header = 'id,date,source_code,source_name,cameo,cameo_name,target_code,target_name,quad,goldstein,place,negated,modality,doc,url,evidence';
    const rows = sortedEvents(qs).slice(0, 100000).map((e) => [
      e.id, e.date, e.source.code, e.source.name, e.cameo, e.cameo_name, e.target?.code, e.target?.name, e.quad,
      e.goldstein, e.location?.name, e.negated, e.modality, e.doc, e.url, e.evidence.sentence,
    ].map(csvCell).join(','));
    return { csv: [header, ...rows].join('\n') + '\n' };
  }
  if ((m = path.match(/^\/api\/events\/([^/]+)$/))) {
    const e = EVENTS.find((x) => String(x.id) === m[1]);
    if (!e) throw new HttpError(404, `no event ${decodeURIComponent(m[1])}`);
    const mentions = EVENTS.filter((x) => x.cluster === e.cluster);
    const pub = mentions.map((x) => DOCS.find((d) => d.id === x.doc).published).sort();
    return {
      ...e, mentions,
      cluster: {
        id: e.cluster, num_mentions: mentions.length, num_articles: new Set(mentions.map((x) => x.doc)).size,
        num_sources: new Set(mentions.map((x) => DOCS.find((d) => d.id === x.doc).source)).size,
        first_seen: pub[0], last_seen: pub[pub.length - 1],
      },
    };
  }
  if (path === '/api/actors') {
    const q = (qs.get('q') || '').trim();
    const limit = intParam(qs, 'limit', 20, 1000);
    const all = actorTotals(EVENTS.filter((e) => !e.negated));
    const hits = q ? all.filter((a) => actorMatches(a, q)) : all;
    return hits.slice(0, limit);
  }
  if ((m = path.match(/^\/api\/actors\/([^/]+)$/))) {
    const code = decodeURIComponent(m[1]).toUpperCase();
    const interval = intervalParam(qs);
    const evs = applyFilters(EVENTS, parseFilters(qs)).filter((e) => e.source.code === code || e.target?.code === code);
    if (!evs.length) throw new HttpError(404, `no actor ${code}`);
    const a = evs[0].source.code === code ? evs[0].source : evs[0].target;
    const series = new Map();
    const partners = new Map();
    for (const e of evs) {
      const key = period(e.date, interval) + '|' + e.cameo_root;
      if (!series.has(key)) series.set(key, { period: period(e.date, interval), root: e.cameo_root, as_source: 0, as_target: 0 });
      series.get(key)[e.source.code === code ? 'as_source' : 'as_target']++;
      const other = e.source.code === code ? e.target : e.source;
      if (other) {
        if (!partners.has(other.code)) partners.set(other.code, { code: other.code, name: other.name, count: 0, gs: [] });
        const p = partners.get(other.code); p.count++; p.gs.push(e.goldstein);
      }
    }
    return {
      code, name: a.name, country: a.country,
      as_source: evs.filter((e) => e.source.code === code).length,
      as_target: evs.filter((e) => e.target?.code === code).length,
      series: [...series.values()].sort((x, y) => x.period.localeCompare(y.period) || x.root.localeCompare(y.root)),
      partners: [...partners.values()].sort((x, y) => y.count - x.count).map(({ gs, ...p }) => ({ ...p, mean_goldstein: mean(gs) })),
    };
  }
  if (path === '/api/dyads') {
    const a = (qs.get('a') || '').trim(), b = (qs.get('b') || '').trim();
    if (!a || !b) throw new HttpError(400, '`a` and `b` are required');
    const interval = intervalParam(qs);
    const f = parseFilters(qs);
    f.dyad = [a, b];
    const series = quadSeries(applyFilters(EVENTS, f), interval).map(({ gs, ...r }) => ({
      ...r, count: r.quad1 + r.quad2 + r.quad3 + r.quad4, mean_goldstein: mean(gs),
    }));
    return { a, b, interval, series };
  }
  if (path === '/api/dyads/top') {
    return topDyads(applyFilters(EVENTS, parseFilters(qs)), intParam(qs, 'limit', 20, 1000));
  }
  if (path === '/api/overview') {
    const interval = intervalParam(qs);
    const evs = applyFilters(EVENTS, parseFilters(qs));
    return {
      total: evs.length,
      documents: new Set(evs.map((e) => e.doc)).size,
      series: quadSeries(evs, interval).map(({ gs, ...r }) => r),
      top_actors: actorTotals(evs).slice(0, 10).map((a) => ({ code: a.code, name: a.name, count: a.as_source + a.as_target })),
      top_dyads: topDyads(evs, 10),
    };
  }
  if (path === '/api/network') {
    const limit = intParam(qs, 'limit', 100, 1000);
    const evs = applyFilters(EVENTS, parseFilters(qs)).filter((e) => e.target);
    const edges = new Map();
    for (const e of evs) {
      const key = e.source.code + '>' + e.target.code;
      if (!edges.has(key)) edges.set(key, { source: e.source.code, target: e.target.code, count: 0, gs: [] });
      const r = edges.get(key); r.count++; r.gs.push(e.goldstein);
    }
    const top = [...edges.values()].sort((x, y) => y.count - x.count || x.source.localeCompare(y.source)).slice(0, limit);
    const totals = new Map(actorTotals(evs).map((a) => [a.code, a]));
    const codes = new Set(top.flatMap((e) => [e.source, e.target]));
    return {
      nodes: [...codes].map((c) => { const a = totals.get(c); return { id: c, name: a.name, country: a.country, count: a.as_source + a.as_target }; }),
      edges: top.map(({ gs, ...e }) => ({ ...e, mean_goldstein: mean(gs) })),
    };
  }
  if (path === '/api/places') {
    const limit = intParam(qs, 'limit', 500, 10000);
    const m2 = new Map();
    for (const e of applyFilters(EVENTS, parseFilters(qs))) {
      const l = e.location;
      if (!l || l.lat == null || l.lon == null) continue;
      const key = l.name + '|' + l.country;
      if (!m2.has(key)) m2.set(key, { name: l.name, country: l.country, lat: l.lat, lon: l.lon, count: 0 });
      m2.get(key).count++;
    }
    return [...m2.values()].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name)).slice(0, limit);
  }
  if ((m = path.match(/^\/api\/documents\/([^/]+)$/))) {
    const d = DOCS.find((x) => String(x.id) === decodeURIComponent(m[1]));
    if (!d) throw new HttpError(404, `no document ${decodeURIComponent(m[1])}`);
    return { ...d, events: EVENTS.filter((e) => e.doc === d.id) };
  }
  if (path === '/api/openapi.json') return { openapi: '3.0.3', info: { title: 'dragoman (mock)', version: '0' }, paths: {} };
  throw new HttpError(404, `no such endpoint: ${path}`);
}

// ---------------------------------------------------------------- server

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

function sendJson(res, status, body) {
  const s = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(s), 'cache-control': 'no-store' });
  res.end(s);
}

function serveStatic(req, res, url, dist) {
  let p = decodeURIComponent(url.pathname);
  if (p === '/' || p === '') p = '/index.html';
  const file = normalize(join(dist, p));
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
    if (!existsSync(join(dist, 'index.html'))) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`No build in ${dist}: run \`npm run build\` in web/ first.\n`);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found\n');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

export function startMockServer({ port = 8787, host = '127.0.0.1', delay = 0, dist = DIST, log = false, empty = false } = {}) {
  DOCS = empty ? [] : FIXTURE_DOCS;
  EVENTS = empty ? [] : FIXTURE_EVENTS;
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const t0 = Date.now();
    try {
      if (delay) await new Promise((r) => setTimeout(r, delay));
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok', events: EVENTS.length, documents: DOCS.length });
      if (url.pathname === '/metrics') {
        res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
        return res.end(`dragoman_events_total ${EVENTS.length}\ndragoman_documents_total ${DOCS.length}\n`);
      }
      if (url.pathname === '/api/docs') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end('<!doctype html><meta charset="utf-8"><title>dragoman API (mock)</title><h1>dragoman API (mock)</h1>' +
          '<p>This mock serves the endpoints of docs/api.md from web/dev/fixtures. <a href="/">Back to the dashboard</a></p>');
      }
      if (url.pathname.startsWith('/api/')) {
        const body = await api(req, url);
        if (url.pathname === '/api/events.csv') {
          res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="events.csv"' });
          return res.end(body.csv);
        }
        return sendJson(res, 200, body);
      }
      return serveStatic(req, res, url, dist);
    } catch (e) {
      const status = e instanceof HttpError ? e.status : 500;
      if (!(e instanceof HttpError)) console.error(e);
      sendJson(res, status, { error: { status, message: e.message } });
    } finally {
      if (log) console.log(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - t0}ms`);
    }
  });
  return new Promise((resolveP, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: p } = server.address();
      resolveP({ url: `http://${host}:${p}`, port: p, server, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
  const port = Number(opt('--port', process.env.PORT ?? 8787));
  const host = opt('--host', process.env.HOST ?? '127.0.0.1');
  const delay = Number(opt('--delay', process.env.DELAY ?? 0));
  startMockServer({ port, host, delay, log: !args.includes('--quiet'), empty: args.includes('--empty') }).then(({ url }) => {
    console.log(`dragoman mock API on ${url}  (dashboard: ${url}/ , API: ${url}/api/overview)`);
    if (!existsSync(join(DIST, 'index.html'))) console.log('note: web/dist has no build yet; run `npm run build`.');
  });
}
