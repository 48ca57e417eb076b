import { describe, expect, it } from 'vitest';
import { ONE_PASS_UNITS, utf8Bytes } from '../../src/cli/utf8-bytes.js';

// utf8Bytes encodes short texts in one pass into a buffer of their largest size: the bytes must be encode's
describe('utf8Bytes', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  it('gives the bytes of TextEncoder.encode: ASCII, Latin-1, two-byte, astral, lone surrogates, empty', () => {
    for (const text of ['', 'abc\n', 'événement à Zürich', 'l’Élysée — 20 €', '😀 emoji 𝔸', '\ud800 lone \udfff', '\u0000\u007f\u0080\u07ff\u0800\uffff']) {
      const bytes = utf8Bytes(text);
      expect(Array.from(bytes)).toEqual(Array.from(encode(text)));
      expect(bytes.byteOffset).toBe(0);
    }
  });
  it('a text past the one-pass size: the same bytes, on a buffer of their size', () => {
    const text = `${'é'.repeat(ONE_PASS_UNITS / 2)}${'a'.repeat(ONE_PASS_UNITS / 2)}€`;
    const bytes = utf8Bytes(text);
    expect(Buffer.from(bytes).equals(Buffer.from(encode(text)))).toBe(true);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });
});
