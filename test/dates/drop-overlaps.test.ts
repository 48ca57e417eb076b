import { describe, expect, it } from 'vitest';
import type { DateCandidate } from '../../src/dates/date-locale.js';
import { byPosition, dropOverlaps } from '../../src/dates/find-candidates.js';

/** dropOverlaps as first written: every candidate indexed and sorted, each cluster sorted by length then index. */
function reference(candidates: readonly DateCandidate[]): DateCandidate[] {
  const indexed = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.from - b.c.from || a.i - b.i);
  const kept: DateCandidate[] = [];
  let cluster: { c: DateCandidate; i: number }[] = [];
  let clusterEnd = -1;
  const flush = () => {
    const chosen: DateCandidate[] = [];
    for (const { c } of cluster.sort((a, b) => b.c.to - b.c.from - (a.c.to - a.c.from) || a.i - b.i)) {
      if (chosen.every((k) => k.to <= c.from || k.from >= c.to)) chosen.push(c);
    }
    kept.push(...chosen);
    cluster = [];
  };
  for (const item of indexed) {
    if (item.c.from >= clusterEnd) flush();
    cluster.push(item);
    clusterEnd = Math.max(clusterEnd, item.c.to);
  }
  flush();
  return kept.sort(byPosition);
}

/** A small deterministic generator (no Math.random: the same cases each run). */
function* randomCases(count: number): Generator<DateCandidate[]> {
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let t = 0; t < count; t++) {
    const list: DateCandidate[] = [];
    for (let k = next(8); k > 0; k--) {
      const from = next(30);
      list.push({ from, to: from + 1 + next(10), expr: { kind: 'literal', value: `v${t}-${k}` } as unknown as DateCandidate['expr'], by: `p${k}` });
    }
    yield list;
    yield [...list].sort(byPosition);
  }
}

describe('dropOverlaps', () => {
  it('keeps the longest of overlapping candidates, the earlier given on a tie', () => {
    const c = (from: number, to: number, by: string): DateCandidate => ({ from, to, expr: { kind: 'literal' } as unknown as DateCandidate['expr'], by });
    const out = dropOverlaps([c(0, 5, 'a'), c(3, 8, 'b'), c(10, 12, 'c'), c(10, 12, 'd'), c(20, 21, 'e')]);
    expect(out.map((x) => x.by)).toEqual(['a', 'c', 'e']);
  });

  it('gives what the first version gave, on candidates in order or not', () => {
    for (const list of randomCases(2000)) expect(dropOverlaps(list)).toEqual(reference(list));
  });
});
