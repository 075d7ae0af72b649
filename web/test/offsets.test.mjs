import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byteIndexer, utf8Length, byteToIndexTable } from '../src/offsets.js';

function slice(text, start, end) {
  const at = byteIndexer(text);
  return text.slice(at(start), at(end));
}

test('ASCII offsets are string indices', () => {
  assert.equal(slice('Russia met Ukraine', 7, 10), 'met');
});

test('two-byte characters: Türkiye, İstanbul', () => {
  const text = 'Türkiye hosted talks in İstanbul.';
  const b = Buffer.from(text);
  const start = b.indexOf('İstanbul');
  const end = start + Buffer.byteLength('İstanbul');
  assert.equal(start, 'Türkiye hosted talks in '.length + 1); // ü is 2 bytes
  assert.equal(slice(text, start, end), 'İstanbul');
  assert.equal(slice(text, 0, Buffer.byteLength('Türkiye')), 'Türkiye');
});

test('three- and four-byte characters (quotes, emoji with surrogate pairs)', () => {
  const text = '“constructive” 🤝 — Erdoğan met Putin';
  const b = Buffer.from(text);
  const s = b.indexOf('Erdoğan');
  assert.equal(slice(text, s, s + Buffer.byteLength('Erdoğan')), 'Erdoğan');
  const e = b.indexOf('🤝');
  assert.equal(slice(text, e, e + 4), '🤝');
});

test('offsets inside a character snap to its start; out of range is clamped', () => {
  const text = 'aü';
  const at = byteIndexer(text);
  assert.equal(at(2), 1); // the middle byte of ü
  assert.equal(at(99), 2);
  assert.equal(at(-5), 0);
});

test('table length is byte length + 1', () => {
  const text = 'İ🤝x';
  assert.equal(utf8Length(text), 2 + 4 + 1);
  assert.equal(byteToIndexTable(text).length, 8);
  assert.equal(byteToIndexTable(text)[7], text.length);
});

test('index to byte table inverts the byte indexer', async () => {
  const { indexToByteTable } = await import('../src/offsets.js');
  const text = 'Türkiye 🤝 İstanbul “x”';
  const ib = indexToByteTable(text);
  const at = byteIndexer(text);
  for (const word of ['Türkiye', 'İstanbul', 'x']) {
    const i = text.indexOf(word);
    assert.equal(ib[i], Buffer.from(text).indexOf(word));
    assert.equal(at(ib[i]), i);
  }
  assert.equal(ib[text.length], Buffer.byteLength(text));
});
