import { describe, expect, it } from 'vitest';
import { sortInPlace } from '../../src/order.js';

describe('sortInPlace', () => {
  it('gives what a stable sort gives, in order already or not, ties kept in their order', () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    for (let t = 0; t < 2000; t++) {
      const items = Array.from({ length: next(12) }, (_, i) => ({ key: next(5), i }));
      const inOrder = [...items].sort(byKey);
      for (const list of [items, inOrder]) {
        const expected = [...list].sort(byKey);
        const given = [...list];
        const out = sortInPlace(given, byKey);
        expect(out).toBe(given);
        expect(out).toEqual(expected);
      }
    }
  });
});
