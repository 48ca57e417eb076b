import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readable, findCandidates } from '../../src/dates/find-candidates.js';
import { advanceNarrative, EMPTY_NARRATIVE, narrativeDateOf, parseReference, readsTense, resolveExpr } from '../../src/dates/resolve.js';
import type { Direction } from '../../src/dates/date-locale.js';
import { dateLocale } from '../../src/locales/fr/dates/index.js';

// findDates reads a clause's tense only for the candidates it can change (readsTense): every other expression the French
// parsers find in the fixtures must resolve to the same thing under every tense and direction, with or without a
// reference, a story's day or its stated year.
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
}

const texts = [...new Set(markdownFiles('fixtures').flatMap((f) => readFileSync(f, 'utf8').split(/\n+/)))];

describe('readsTense', () => {
  it('says which expressions of the fixtures resolve the same under every tense and direction', () => {
    const story = advanceNarrative(EMPTY_NARRATIVE, narrativeDateOf('d1', '2019-07-14', 'p1', { unit: 3, stated: true }));
    const refs = [null, '2024-04-05', '2024-04-05T10:30'].map(parseReference);
    const envs = (['past', 'future', null] as const).flatMap((tense) => (['past', 'future', 'nearest'] as Direction[]).map((direction) => ({ tense, direction })));
    let free = 0;
    let asking = 0;
    for (const text of texts) {
      for (const c of findCandidates(readable(text), dateLocale)) {
        if (readsTense(c.expr)) {
          asking++;
          continue;
        }
        free++;
        for (const ref of refs) {
          for (const narrative of [EMPTY_NARRATIVE, story]) {
            const plain = resolveExpr(c.expr, { ref, narrative, direction: 'nearest', tense: null, mod: c.mod ?? null, paragraph: 'p1', unit: 4 });
            for (const env of envs) expect(resolveExpr(c.expr, { ref, narrative, ...env, mod: c.mod ?? null, paragraph: 'p1', unit: 4 }), text).toEqual(plain);
          }
        }
      }
    }
    // (the fixtures hold both kinds, in numbers)
    expect(free).toBeGreaterThan(100);
    expect(asking).toBeGreaterThan(100);
  }, 60_000);

  it('answers true for the kinds whose resolution reads the tense', () => {
    expect(readsTense({ kind: 'calendar', month: 3, day: 4 })).toBe(true);
    expect(readsTense({ kind: 'calendar', weekday: 2 })).toBe(true);
    expect(readsTense({ kind: 'calendar', year: 2020, month: 3, day: 4 })).toBe(false);
    expect(readsTense({ kind: 'duration', value: 'P2D' })).toBe(false);
    expect(readsTense({ kind: 'duration', value: 'P2D', counted: { kind: 'relative', unit: 'day', offset: 2, base: 'anchor' } })).toBe(true);
    expect(readsTense({ kind: 'relative', unit: 'day', offset: -1, base: 'ref' })).toBe(true);
  });
});
