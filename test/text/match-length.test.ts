/**
 * `minMatchLength` is a lower bound: no match of a pattern is shorter. Checked on patterns written for it, and on every
 * pattern of the French locale and its Latin twin: none matches the empty string or a piece of news shorter than the
 * bound (every piece of one and two characters of the fixtures, and every match over the events' fixtures).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { getLocale } from '../../src/locales/index.js';
import { minMatchLength, sourceMinLength } from '../../src/text/match-length.js';
import { latinTwinIf } from '../../src/text/unicode-domain.js';

test('the fewest code units of a match, read off the source', () => {
  const cases: Array<[string, number]> = [
    ['abc', 3],
    ['a{3}', 3],
    ['a{2,5}?b', 3],
    ['a{0,2}', 0],
    ['x*y+', 1],
    ['(?:ab|c)+', 1],
    ['(?:ab|cd)?e', 1],
    ['a|', 0],
    ['^\\s*$', 0],
    ['(?<=x)y(?!z)', 1],
    ['(?<!\\p{L})\\p{L}{2,}', 2],
    ['\\u0041\\x41\\cJ\\n\\.', 5],
    ['\\u{1F600}', 1],
    ['[\\]a-z]b', 2],
    ['[^]', 1],
    ['(a)\\1', 1],
    ['(?<n>ab)\\k<n>c', 3],
    ['\\bmot\\b', 3],
    ['a{,2}', 5], // (without `u`, braces that are no quantifier are characters)
  ];
  for (const [source, n] of cases) expect([source, sourceMinLength(source)]).toEqual([source, n]);
});

test('a source it does not read gives 0', () => {
  for (const source of ['a(?i:b)', '(ab', 'ab)', '\\012', 'a\\']) expect([source, sourceMinLength(source)]).toEqual([source, 0]);
  expect(minMatchLength(new RegExp('[\\p{L}--[a-z]]', 'v'))).toBe(0);
});

/** Every RegExp reachable from `root` (objects, arrays, maps), once. */
function patternsOf(root: unknown): RegExp[] {
  const out: RegExp[] = [];
  const seen = new Set<unknown>();
  const walk = (o: unknown, depth: number): void => {
    if (!o || typeof o !== 'object' || depth > 6 || seen.has(o)) return;
    seen.add(o);
    if (o instanceof RegExp) out.push(o);
    else if (o instanceof Map) for (const v of o.values()) walk(v, depth + 1);
    else for (const v of Object.values(o)) walk(v, depth + 1);
  };
  walk(root, 0);
  return out;
}

test('no pattern of the locale matches a text shorter than its bound, nor its twin', () => {
  const read = (under: string) =>
    readdirSync(fileURLToPath(new URL(under, import.meta.url)), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(join(fileURLToPath(new URL(under, import.meta.url)), f), 'utf8'));
  const pieces = new Set<string>(['']);
  for (const t of read('../../fixtures/')) for (let i = 0; i < t.length; i++) pieces.add(t.slice(i, i + 1)).add(t.slice(i, i + 2));
  const texts = read('../../fixtures/events/');
  const patterns = patternsOf(getLocale('fr'));
  expect(patterns.length).toBeGreaterThan(100);
  const wrong: string[] = [];
  let bounded = 0;
  for (const p of patterns) {
    const n = minMatchLength(p);
    if (n > 0) bounded++;
    for (const r of new Set([p, latinTwinIf(p, true)])) {
      const once = new RegExp(r.source, r.flags.replace(/[gy]/g, ''));
      for (const piece of pieces) if (piece.length < n && once.test(piece)) wrong.push(`${p.source.slice(0, 60)} on ${JSON.stringify(piece)}`);
      const all = new RegExp(r.source, `${r.flags.replace(/[gy]/g, '')}g`);
      for (const t of texts) for (const m of t.matchAll(all)) if (m[0].length < n) wrong.push(`${p.source.slice(0, 60)}: ${JSON.stringify(m[0])}`);
    }
  }
  expect(wrong).toEqual([]);
  // (the bound is of use: most patterns need a character or more)
  expect(bounded).toBeGreaterThan(patterns.length * 0.9);
}, 120_000);
