#!/usr/bin/env node
// End-to-end tests of the dashboard in a real headless Chromium (playwright-core).
//
//   node e2e/run.mjs                                   # starts the mock API on a free port
//   DRAGOMAN_URL=http://127.0.0.1:8080 node e2e/run.mjs  # against `dragoman serve`
//
// CHROMIUM (default /usr/bin/chromium) is the browser binary; screenshots go to
// <repo>/target/e2e-screenshots (or SCREENSHOT_DIR). The tests take whatever data the
// server has (the first dyad, edge, event…), so they pass on the mock and on real data.
// Exit status: 0 when every test passed, 1 otherwise.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const WEB = resolve(HERE, '..');
const REPO = resolve(WEB, '..');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = resolve(process.env.SCREENSHOT_DIR || join(REPO, 'target', 'e2e-screenshots'));
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 20000);
const CSV_HEADER = 'id,date,source_code,source_name,cameo,cameo_name,target_code,target_name,quad,goldstein,place,negated,modality,doc,url,evidence';
const CODE_TEXT = 'Turkish President Recep Tayyip Erdoğan met Russian President Vladimir Putin in İstanbul on Monday. ' +
  'The Russian Foreign Minister, Sergei Lavrov, criticised the Swiss government on Wednesday.';

class Skip extends Error {}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
const utf8Slice = (text, a, b) => Buffer.from(text, 'utf8').subarray(a, b).toString('utf8');

// ------------------------------------------------------------------ setup

let base = process.env.DRAGOMAN_URL ? process.env.DRAGOMAN_URL.replace(/\/+$/, '') : null;
let mock = null;
if (!base) {
  if (!existsSync(join(WEB, 'dist', 'index.html'))) {
    console.error('e2e: web/dist/index.html is missing: run `npm run build` in web/ first (or set DRAGOMAN_URL).');
    process.exit(1);
  }
  const { startMockServer } = await import('../dev/mock-server.mjs');
  mock = await startMockServer({ port: 0 });
  base = mock.url;
}
const usingMock = !!mock;
if (!existsSync(CHROMIUM)) {
  console.error(`e2e: no browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM.`);
  await mock?.close();
  process.exit(1);
}
mkdirSync(SHOTS, { recursive: true });
for (const f of readdirSync(SHOTS)) if (/^FAILED-.*\.png$/.test(f)) rmSync(join(SHOTS, f)); // from an earlier run
const profile = mkdtempSync(join(tmpdir(), 'dragoman-e2e-'));
console.log(`e2e: dashboard at ${base}${usingMock ? ' (mock API)' : ''}; browser ${CHROMIUM}; screenshots in ${SHOTS}`);

let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1360, height: 900 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
} catch (e) {
  console.error(`e2e: could not start Chromium: ${e.message}`);
  await mock?.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(1);
}
context.setDefaultTimeout(TIMEOUT);

// ------------------------------------------------------------------ helpers

/** A new page that records console errors, page errors, failed requests and HTTP errors. */
async function newPage() {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText || '';
    if (!why.includes('ERR_ABORTED')) problems.push(`request failed: ${r.method()} ${r.url()} ${why}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`); });
  return { page, problems };
}

const seqOf = (page) => page.evaluate(() => Number(document.getElementById('view')?.dataset.seq || 0));

/** Waits until the route rendered after `afterSeq` has finished loading; fails on an error state. */
async function waitReady(page, { afterSeq = 0, allowError = false } = {}) {
  await page.waitForFunction((after) => {
    const v = document.getElementById('view');
    return v && Number(v.dataset.seq || 0) > after && (v.dataset.state === 'ready' || v.dataset.state === 'error');
  }, afterSeq, { timeout: TIMEOUT });
  const state = await page.evaluate(() => document.getElementById('view').dataset.state);
  if (state === 'error' && !allowError) {
    const msg = await page.evaluate(() => document.querySelector('#view .msg-error')?.textContent || '(no message)');
    throw new Error(`the page shows an error: ${msg.trim()}`);
  }
  return state;
}

async function open(page, hash, opts) {
  await page.goto(`${base}/${hash}`);
  return waitReady(page, opts);
}

async function shot(page, name) {
  // Very long articles make full-page captures slow; the visible part shows what matters.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: height < 8000 });
}

const hashOf = (page) => page.evaluate(() => location.hash);
const hashParams = (h) => new URLSearchParams(h.includes('?') ? h.slice(h.indexOf('?') + 1) : '');

async function apiGet(page, path) {
  const r = await page.request.get(`${base}${path}`);
  assert(r.ok(), `GET ${path} answered ${r.status()}`);
  return r.json();
}

/** Every annotation's highlighted text must be exactly the API's byte range of the text. */
async function checkAnnotations(page, text, annotations, scope = '#view') {
  const got = await page.evaluate((sel) => {
    const out = {};
    for (const m of document.querySelectorAll(`${sel} .doc-text [data-ann]`)) {
      for (const i of m.dataset.ann.split(' ')) out[i] = (out[i] || '') + m.textContent;
    }
    return out;
  }, scope);
  let checked = 0;
  annotations.forEach((a, i) => {
    if (a.end <= a.start) return;
    const want = utf8Slice(text, a.start, a.end);
    assert(got[i] === want, `annotation ${i} (${a.kind} ${a.label}) shows ${JSON.stringify(got[i])}, the bytes ${a.start}..${a.end} are ${JSON.stringify(want)}`);
    checked++;
  });
  return checked;
}

/** No "undefined", "NaN" or "[object Object]" (nor "null" on the mock's data) shown to people. */
async function checkNoJunk(page) {
  const text = await page.locator('#view').innerText();
  const re = usingMock ? /\b(undefined|NaN|null)\b|\[object Object\]/ : /\b(undefined|NaN)\b|\[object Object\]/;
  const m = text.match(re);
  assert(!m, `the page shows ${JSON.stringify(m && m[0])}: …${m ? text.slice(Math.max(0, m.index - 60), m.index + 20) : ''}…`);
}

/** The texts an event's evidence spans cover, decoded from the UTF-8 byte offsets. */
function evidenceTexts(ev) {
  const sent = ev.evidence?.sentence || '';
  const n = Buffer.byteLength(sent);
  return (ev.evidence?.spans || []).filter(([a, b]) => b <= n && b > a).map(([a, b]) => utf8Slice(sent, a, b));
}

// ------------------------------------------------------------------ tests

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

const PAGES = [
  ['overview', '#/', '.chart svg, #view .msg-empty'],
  ['network', '#/network', 'svg.network, #view .msg-empty'],
  ['map', '#/map', 'svg.worldmap'],
  ['events', '#/events', 'table.events-table, #view .msg-empty'],
  ['code', '#/code', 'textarea#code-text'],
];
for (const [name, hash, selector] of PAGES) {
  test(`page ${name} loads without console errors`, async ({ page }) => {
    await open(page, hash);
    assert(await page.locator(selector).count() > 0, `no ${selector} on ${hash}`);
    const nav = await page.locator('nav a[aria-current="page"]').textContent();
    assert(nav, 'the nav bar marks no page as current');
    await checkNoJunk(page);
    await shot(page, name);
  });
}

test('overview: filters go into the URL hash and the dyad list opens a dyad', async ({ page }) => {
  await open(page, '#/');
  // Undated events are counted and said to be off the time axis.
  const ov = await (await page.request.get(new URL('/api/overview', base).toString())).json();
  if (ov.undated > 0) {
    const note = await page.locator('.range-note').textContent();
    assert(note.includes('no date'), `${ov.undated} undated events and no word of them: ${note}`);
  }
  const links = page.locator('a.dyad-link');
  const n = await links.count();
  const from = '2000-01-01';
  let seq = await seqOf(page);
  await page.fill('input[name="from"]', from);
  await page.click('form.filters button[type="submit"]');
  await waitReady(page, { afterSeq: seq });
  assert(hashParams(await hashOf(page)).get('from') === from, 'the from filter is not in the hash');
  assert((await page.inputValue('input[name="from"]')) === from, 'the from field lost its value');
  // the nav carries the filters to the other pages
  const navHref = await page.locator('nav a', { hasText: 'Events' }).getAttribute('href');
  assert(navHref.includes(`from=${from}`), `the nav link does not carry the filter: ${navHref}`);
  if (!n) throw new Skip('no dyads in the data');
  const a = await page.locator('a.dyad-link').first().getAttribute('data-a');
  const b = await page.locator('a.dyad-link').first().getAttribute('data-b');
  seq = await seqOf(page);
  await page.locator('a.dyad-link').first().click();
  await waitReady(page, { afterSeq: seq });
  const p = hashParams(await hashOf(page));
  assert((await hashOf(page)).startsWith('#/dyad') && p.get('a') === a && p.get('b') === b, `expected the dyad ${a}/${b}, got ${await hashOf(page)}`);
});

test('events: a filter changes the table (or shows the empty state), sorting and CSV', async ({ page }) => {
  await open(page, '#/events');
  const rows = page.locator('table.events-table tbody tr');
  const before = await rows.count();
  if (!before) {
    assert(await page.locator('#view .msg-empty').count() > 0, 'no rows and no empty-state message');
  } else {
    const info0 = await page.locator('.pager-info').textContent();
    const ids0 = await rows.evaluateAll((trs) => trs.map((t) => t.dataset.eventId).join(','));
    // events may lack a coded source (agentless passives, inferred actors): take the first code shown
    const codes = await rows.evaluateAll((trs) => trs.flatMap((t) => [...t.querySelectorAll('td code')].map((c) => c.textContent.trim())).filter((c) => /^[A-Z]{3}/.test(c)));
    assert(codes.length > 0, 'no row of the events table shows an actor code');
    const code = codes[0];
    let seq = await seqOf(page);
    await page.fill('input[name="actor"]', code);
    await page.click('form.filters button[type="submit"]');
    await waitReady(page, { afterSeq: seq });
    assert(hashParams(await hashOf(page)).get('actor') === code, `actor=${code} is not in the hash: ${await hashOf(page)}`);
    const texts = await rows.evaluateAll((trs) => trs.map((t) => t.textContent.toLowerCase()));
    assert(texts.length > 0, `filtering on ${code}, an actor of the first row, left no rows`);
    for (const t of texts) assert(t.includes(code.toLowerCase()), `a row without ${code} after filtering on it: ${t.slice(0, 120)}`);
    const info1 = await page.locator('.pager-info').textContent();
    const ids1 = await rows.evaluateAll((trs) => trs.map((t) => t.dataset.eventId).join(','));
    console.log(`    actor=${code}: "${info0}" -> "${info1}"${ids0 === ids1 ? ' (same rows: every event involves it)' : ''}`);
    // the CSV link carries the same filters and answers a CSV
    const href = await page.getAttribute('#csv-link', 'href');
    assert(href.startsWith('/api/events.csv') && hashParams(href).get('actor') === code, `the CSV link does not carry the filter: ${href}`);
    const csv = await page.request.get(new URL(href, base).toString());
    assert(csv.ok(), `${href} answered ${csv.status()}`);
    const firstLine = (await csv.text()).split(/\r?\n/)[0].replace(/^\uFEFF/, '');
    assert(firstLine === CSV_HEADER, `the CSV header is ${firstLine}`);
    // sorting: Goldstein descending, then ascending
    for (const [want, cmp] of [['-goldstein', (x, y) => x >= y], ['goldstein', (x, y) => x <= y]]) {
      seq = await seqOf(page);
      await page.click('button.sort-btn[data-sort="goldstein"]');
      await waitReady(page, { afterSeq: seq });
      assert(hashParams(await hashOf(page)).get('sort') === want, `sort=${want} is not in the hash: ${await hashOf(page)}`);
      const vals = await rows.evaluateAll((trs) => trs.map((t) => Number(t.querySelector('td:nth-child(6)').textContent.replace(/[^\d.\-−]/g, '').replace('−', '-'))));
      for (let i = 1; i < vals.length; i++) assert(cmp(vals[i - 1], vals[i]), `rows not sorted by ${want}: ${vals.join(' ')}`);
    }
  }
  // a date range with no events: the empty state
  const seq = await seqOf(page);
  await page.fill('input[name="actor"]', '');
  await page.fill('input[name="from"]', '1900-01-01');
  await page.fill('input[name="to"]', '1900-01-02');
  await page.click('form.filters button[type="submit"]');
  await waitReady(page, { afterSeq: seq });
  assert(await page.locator('#view .msg-empty').count() > 0, 'an impossible date range does not show the empty state');
  assert(await rows.count() === 0, 'an impossible date range still shows rows');
  await shot(page, 'events-filtered-empty');
});

test('network: dragging a node moves it; clicking an edge opens the dyad view', async ({ page }) => {
  await open(page, '#/network');
  const edges = await page.locator('g.edge').count();
  if (!edges) {
    if (usingMock) throw new Error('the mock data has edges, but the network shows none');
    throw new Skip('no edges in the data');
  }
  // drag the first node that is on top at its centre (nodes may overlap)
  const free = await page.evaluate(() => [...document.querySelectorAll('g.node')].findIndex((g) => {
    const r = g.querySelector('circle').getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit && hit.closest('g.node') === g;
  }));
  assert(free >= 0, 'every node is covered by another');
  const node = page.locator('g.node').nth(free);
  const t0 = await node.getAttribute('transform');
  const box = await node.locator('circle').boundingBox();
  // towards the middle of the graph: a node at the border cannot be dragged further out
  const area = await page.locator('svg.network').boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const [mx, my] = [area.x + area.width / 2, area.y + area.height / 2];
  const len = Math.hypot(mx - cx, my - cy) || 1;
  const [ux, uy] = [(mx - cx) / len, (my - cy) / len];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(cx + ux * i * 9, cy + uy * i * 9);
  await page.mouse.up();
  await page.waitForTimeout(100);
  const t1 = await node.getAttribute('transform');
  assert(t0 !== t1, 'dragging a node did not move it');
  assert(!(await hashOf(page)).includes('actor='), 'a drag was taken for a click');

  // wait for the layout to settle (no node moves between two looks), then find a point
  // of an edge that is really on top; a bigger graph settles later than a fixed wait
  const positions = () => page.evaluate(() => [...document.querySelectorAll('g.node')].map((g) => g.getAttribute('transform')).join(';'));
  let before = await positions();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await positions();
    if (now === before) break;
    before = now;
  }
  const target = await page.evaluate(() => {
    for (const g of document.querySelectorAll('g.edge')) {
      const path = g.querySelector('.edge-hit');
      const len = path.getTotalLength();
      const m = path.getScreenCTM();
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
        const p = path.getPointAtLength(len * t).matrixTransform(m);
        const hit = document.elementFromPoint(p.x, p.y);
        if (hit && hit.closest('g.edge') === g) return { x: p.x, y: p.y, source: g.dataset.source, target: g.dataset.target };
      }
    }
    return null;
  });
  assert(target, 'no edge can be clicked: every edge is covered');
  await page.mouse.move(target.x, target.y);
  assert(await page.locator('.tooltip:not([hidden])').count() === 1, 'hovering an edge shows no tooltip');
  await shot(page, 'network-hover');
  const seq = await seqOf(page);
  await page.mouse.click(target.x, target.y);
  await waitReady(page, { afterSeq: seq });
  const hash = await hashOf(page);
  const p = hashParams(hash);
  assert(hash.startsWith('#/dyad?') && p.get('a') === target.source && p.get('b') === target.target,
    `clicking the edge ${target.source} -> ${target.target} led to ${hash}`);
  assert(await page.locator('.chart svg, .chart .msg-empty').count() > 0, 'the dyad view shows no chart');
  const rows = page.locator('table.events-table tbody tr');
  assert(await rows.count() > 0, `the dyad ${target.source}/${target.target} has an edge but its events table is empty`);
  const texts = await rows.evaluateAll((trs) => trs.map((t) => t.textContent.toLowerCase()));
  for (const t of texts) {
    assert(t.includes(target.source.toLowerCase()) && t.includes(target.target.toLowerCase()), `a dyad row without both actors: ${t.slice(0, 120)}`);
  }
  await checkNoJunk(page);
  await shot(page, 'dyad');
});

test('map: circles for places; clicking one lists its events', async ({ page }) => {
  await open(page, '#/map');
  assert(await page.locator('svg.worldmap path.country').count() > 100, 'the world map has no country shapes');
  const circles = page.locator('circle.place');
  const n = await circles.count();
  if (!n) {
    if (usingMock) throw new Error('the mock data has places, but the map shows none');
    assert(await page.locator('#view .msg-empty').count() > 0, 'no places and no empty-state message');
    throw new Skip('no places with coordinates in the data');
  }
  const quads = await circles.evaluateAll((cs) => cs.map((c) => c.dataset.quad));
  if (!usingMock) assert(quads.every((q) => ['1', '2', '3', '4'].includes(q)), `circles without a quad class colour: ${quads.slice(0, 10)}`);
  const last = circles.nth(n - 1); // drawn last, so on top
  const box = await last.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  assert(await page.locator('.tooltip:not([hidden])').count() === 1, 'hovering a place shows no tooltip');
  const name = await last.getAttribute('data-name');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('.place-panel ul.event-items, .place-panel .msg-empty, .place-panel .msg-error').first().waitFor();
  assert(await page.locator('.place-panel .msg-error').count() === 0, `listing the events of ${name} failed: ${await page.locator('.place-panel').textContent()}`);
  const heading = await page.locator('.place-panel h3').textContent();
  assert(heading.includes(name), `the place panel shows ${heading}, not ${name}`);
  assert(await page.locator('.place-panel ul.event-items li').count() > 0, `the place ${name} has a count but no events are listed`);
  await checkNoJunk(page);
  await shot(page, 'map-place');
});

test('article: the requested event’s evidence is highlighted and scrolled to; byte offsets are right', async ({ page }) => {
  await open(page, '#/events');
  const link = page.locator('table.events-table a.row-link').first();
  if (!(await link.count())) throw new Skip('no events in the data');
  const seq = await seqOf(page);
  await link.click();
  await waitReady(page, { afterSeq: seq });
  const hash = await hashOf(page);
  const m = hash.match(/^#\/doc\/([^?&]+)[?&]event=([^&]+)/);
  assert(m, `the row link led to ${hash}`);
  const [docId, eventId] = [decodeURIComponent(m[1]), decodeURIComponent(m[2])];
  await checkArticle(page, docId, eventId);
  await checkNoJunk(page);
  await shot(page, 'article');

  // selecting another event in the list moves the highlight (no reload)
  const others = page.locator(`.event-card:not([data-event-id="${eventId}"]) button`);
  if (await others.count()) {
    const other = await others.first().evaluate((b) => b.closest('.event-card').dataset.eventId);
    await others.first().click();
    await page.waitForFunction((id) => document.querySelector('.event-card.selected')?.dataset.eventId === id, other);
    assert(hashParams(await hashOf(page)).get('event') === other, 'selecting an event does not put it in the hash');
    assert(await page.locator('.doc-text .evidence').count() > 0, 'the other event has no highlighted evidence');
  }

  // the `#/doc/ID&event=EID` spelling works too
  await open(page, `#/doc/${encodeURIComponent(docId)}&event=${encodeURIComponent(eventId)}`);
  await page.waitForFunction((id) => document.querySelector('.event-card.selected')?.dataset.eventId === id, eventId);

  if (usingMock) {
    // the mock's document 1 has multi-byte text before and inside its annotations
    await open(page, '#/doc/1?event=3');
    await checkArticle(page, '1', '3');
    const marks = await page.locator('.doc-text mark').allTextContents();
    for (const w of ['İstanbul', 'Türkiye', 'Turkish President Recep Tayyip Erdoğan']) {
      assert(marks.includes(w), `no highlight reads exactly ${w}: ${marks.join(' | ')}`);
    }
    await shot(page, 'article-utf8');
  }
});

async function checkArticle(page, docId, eventId) {
  const doc = await apiGet(page, `/api/documents/${encodeURIComponent(docId)}`);
  const ev = (doc.events || []).find((e) => String(e.id) === String(eventId));
  assert(ev, `event ${eventId} is not among the events of document ${docId}`);
  await page.waitForFunction((id) => document.querySelector('.event-card.selected')?.dataset.eventId === id, String(eventId));
  const n = await checkAnnotations(page, doc.text, doc.annotations || []);
  const marks = await page.locator('.doc-text .evidence').allTextContents();
  assert(marks.length > 0, `no evidence highlighted for event ${eventId} of document ${docId}`);
  const joined = marks.join('');
  for (const t of evidenceTexts(ev)) assert(joined.includes(t), `the evidence span ${JSON.stringify(t)} is not highlighted (highlighted: ${JSON.stringify(joined)})`);
  for (const t of marks) assert(ev.evidence.sentence.includes(t), `highlighted ${JSON.stringify(t)} is not in the evidence sentence`);
  const inView = await page.locator('.doc-text .evidence').first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
  assert(inView, 'the evidence was not scrolled into view');
  console.log(`    document ${docId}, event ${eventId}: ${n} annotations match their byte ranges; ${marks.length} evidence pieces`);
}

test('code: submitting a text shows its events and highlights', async ({ page }) => {
  await open(page, '#/code');
  await page.fill('#code-text', CODE_TEXT);
  await page.fill('#code-date', '2025-02-27');
  const responseP = page.waitForResponse((r) => r.url().endsWith('/api/code') && r.request().method() === 'POST');
  await page.click('#code-submit');
  const response = await responseP;
  assert(response.ok(), `POST /api/code answered ${response.status()}`);
  const body = await response.json();
  await page.waitForFunction(() => document.getElementById('view').dataset.state !== 'loading');
  assert(await page.locator('#view .msg-error').count() === 0, `the code page shows an error: ${await page.locator('#view').textContent()}`);
  const rows = page.locator('.code-results table.events-table tbody tr');
  assert(await rows.count() > 0, `no events shown for the example text (the API returned ${body.events?.length ?? 0})`);
  assert(await rows.count() === body.events.length, `the API returned ${body.events.length} events, the table shows ${await rows.count()}`);
  assert(await page.locator('.code-results .doc-text mark.ann').count() > 0, 'the coded text has no highlights');
  await checkAnnotations(page, CODE_TEXT, body.annotations || [], '.code-results');
  await rows.first().locator('button', { hasText: 'Show' }).click();
  const marks = await page.locator('.code-results .doc-text .evidence').allTextContents();
  assert(marks.length > 0, 'showing the first event highlights no evidence');
  for (const t of evidenceTexts(body.events[0])) assert(marks.join('').includes(t), `the evidence span ${JSON.stringify(t)} is not highlighted`);
  await checkNoJunk(page);
  await shot(page, 'code-result');
});

test('code: Spanish text with the language selector is coded as Spanish', async ({ page }) => {
  await open(page, '#/code');
  await page.click('#code-example-es');
  assert(await page.locator('#code-lang').inputValue() === 'es', 'the Spanish example does not select Spanish');
  const responseP = page.waitForResponse((r) => r.url().endsWith('/api/code') && r.request().method() === 'POST');
  await page.click('#code-submit');
  const response = await responseP;
  assert(response.ok(), `POST /api/code answered ${response.status()}`);
  assert(JSON.parse(response.request().postData() || '{}').lang === 'es', 'the request does not ask for Spanish');
  const body = await response.json();
  assert(body.lang === 'es', `the server read the text as ${body.lang}`);
  await page.waitForFunction(() => document.getElementById('view').dataset.state !== 'loading');
  assert((await page.locator('#code-read-as').textContent()).includes('Spanish'), 'the page does not say the text was read as Spanish');
  const rows = page.locator('.code-results table.events-table tbody tr');
  assert(await rows.count() > 0 && await rows.count() === body.events.length, `${body.events.length} events returned, ${await rows.count()} shown`);
  assert(body.events.some((e) => (e.source?.code || '').startsWith('CHL') || (e.source?.code || '').startsWith('ARG')), `no event of the Chilean–Argentine meeting: ${JSON.stringify(body.events.map((e) => e.source?.code + '>' + e.cameo))}`);
  await shot(page, 'code-spanish');
});

test('switching pages quickly leaves only the last page', async ({ page }) => {
  await page.goto(`${base}/#/network`);
  await page.evaluate(() => { location.hash = '#/map'; });
  await page.evaluate(() => { location.hash = '#/events'; });
  await page.waitForFunction(() => document.getElementById('view').dataset.page === 'events');
  await waitReady(page);
  await page.waitForTimeout(1000); // time for a late answer of an earlier page to land
  const state = await page.evaluate(() => ({
    page: document.getElementById('view').dataset.page,
    others: document.querySelectorAll('#view svg.network, #view svg.worldmap').length,
    headings: [...document.querySelectorAll('#view h2')].map((x) => x.textContent),
  }));
  assert(state.page === 'events' && state.others === 0 && state.headings.join() === 'Events', `after quick switching the view holds ${JSON.stringify(state)}`);
});

test('errors from the API are shown with their message', async ({ page, allow }) => {
  await page.goto(`${base}/#/doc/no-such-document-0`);
  await waitReady(page, { allowError: true });
  const n = await page.locator('#view .msg-error').count();
  assert(n === 1, `${n} error messages shown instead of one`);
  const text = (await page.locator('#view .msg-error').first().textContent()) || '';
  assert(/Error \d{3}:/.test(text) && text.replace(/Error \d{3}:/, '').trim().length > 0, `no API error message shown: ${JSON.stringify(text)}`);
  console.log(`    shown: ${text.trim()}`);
  allow(/HTTP 4\d\d: GET .*\/api\/documents\/no-such-document-0|Failed to load resource: the server responded with a status of 4\d\d/);
  await shot(page, 'error');
});

// ------------------------------------------------------------------ run

let passed = 0, failed = 0, skipped = 0;
const failures = [];
for (const t of tests) {
  const { page, problems } = await newPage();
  const allowed = [];
  const t0 = Date.now();
  try {
    await t.fn({ page, allow: (re) => allowed.push(re) });
    await page.waitForTimeout(50);
    const real = problems.filter((p) => !allowed.some((re) => re.test(p)));
    if (real.length) throw new Error(`errors in the browser:\n      ${real.join('\n      ')}`);
    passed++;
    console.log(`ok   ${t.name} (${Date.now() - t0} ms)`);
  } catch (e) {
    if (e instanceof Skip) {
      skipped++;
      console.log(`skip ${t.name}: ${e.message}`);
    } else {
      failed++;
      failures.push(t.name);
      console.log(`FAIL ${t.name}\n     ${String(e.message || e).split('\n').join('\n     ')}`);
      try { await shot(page, `FAILED-${t.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`); } catch { /* ignore */ }
    }
  } finally {
    await page.close();
  }
}
await context.close();
await mock?.close();
rmSync(profile, { recursive: true, force: true });
console.log(`\ne2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed) console.log(`e2e: failed: ${failures.join('; ')}`);
process.exit(failed ? 1 : 0);
