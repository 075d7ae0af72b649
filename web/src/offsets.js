// The API gives UTF-8 byte offsets; JavaScript strings are indexed in UTF-16 code units.

const encoder = new TextEncoder();

export function utf8Length(str) {
  return encoder.encode(str).length;
}

/**
 * A table from every UTF-8 byte offset of `text` (0 … byteLength) to the UTF-16 index of
 * the character that byte belongs to. An offset inside a multi-byte character maps to the
 * character's start; the end offset maps to text.length. Lone surrogates count 3 bytes,
 * as TextEncoder (and Rust's lossy conversion) write them as U+FFFD.
 */
export function byteToIndexTable(text) {
  const table = new Uint32Array(utf8Length(text) + 1);
  let b = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i);
    const units = cp > 0xffff ? 2 : 1;
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < bytes; k++) table[b + k] = i;
    b += bytes;
    i += units;
  }
  table[b] = text.length;
  return table;
}

/** Returns a function from a byte offset to a string index (clamped to the text). */
export function byteIndexer(text) {
  const table = byteToIndexTable(text);
  const max = table.length - 1;
  return (byte) => {
    const b = Math.max(0, Math.min(max, Math.floor(Number(byte) || 0)));
    return table[b];
  };
}

/** Converts a [startByte, endByte) pair to [startIndex, endIndex). */
export function byteRangeToIndex(indexer, start, end) {
  const a = indexer(start);
  const b = indexer(end);
  return [a, Math.max(a, b)];
}

/** A table from every UTF-16 index of `text` (0 … length) to its UTF-8 byte offset. */
export function indexToByteTable(text) {
  const table = new Uint32Array(text.length + 1);
  let b = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i);
    const units = cp > 0xffff ? 2 : 1;
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    table[i] = b;
    if (units === 2) table[i + 1] = b;
    b += bytes;
    i += units;
  }
  table[text.length] = b;
  return table;
}
