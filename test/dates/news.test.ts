import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreSet, table } from './news-eval.js';

// Hand-annotated French news (see fixtures/dates/README.md). Set NEWS_EVAL_VERBOSE=1 to list every miss.
const verbose = !!process.env.NEWS_EVAL_VERBOSE;
const dir = (set: string): string => fileURLToPath(new URL(`../../fixtures/dates/${set}`, import.meta.url));

describe('dates on hand-annotated French news', () => {
  it('reaches strict-span F1 ≥ 0.88 and value F1 ≥ 0.80 on the development articles', () => {
    const s = scoreSet(dir('news'));
    console.log(table('fixtures/dates/news (development)', s, verbose));
    expect(s.strictF1).toBeGreaterThanOrEqual(0.88);
    expect(s.valueF1).toBeGreaterThanOrEqual(0.8);
  });
});

describe('dates on hand-annotated French news, held out', () => {
  it('reaches strict-span F1 ≥ 0.88 and value F1 ≥ 0.80 on the held-out articles', () => {
    const s = scoreSet(dir('heldout'));
    console.log(table('fixtures/dates/heldout (held out: annotated before the first run)', s, verbose));
    expect(s.strictF1).toBeGreaterThanOrEqual(0.88);
    expect(s.valueF1).toBeGreaterThanOrEqual(0.8);
  });
});

describe('dates on hand-annotated French news, second held-out set', () => {
  it('reaches strict-span F1 ≥ 0.88 and value F1 ≥ 0.80 on the second held-out set (written after the fixes)', () => {
    const s = scoreSet(dir('heldout2'));
    console.log(table('fixtures/dates/heldout2 (held out: written and annotated after all fixes)', s, verbose));
    expect(s.strictF1).toBeGreaterThanOrEqual(0.88);
    expect(s.valueF1).toBeGreaterThanOrEqual(0.8);
  });
});

describe('dates on hand-annotated French news, third held-out set', () => {
  it('reaches strict-span F1 ≥ 0.88 and value F1 ≥ 0.80 on the third held-out set (written after the fixes)', () => {
    const s = scoreSet(dir('heldout3'));
    console.log(table('fixtures/dates/heldout3 (held out: written and annotated after all fixes)', s, verbose));
    expect(s.strictF1).toBeGreaterThanOrEqual(0.88);
    expect(s.valueF1).toBeGreaterThanOrEqual(0.8);
  });
});

describe('dates on hand-annotated French news, fourth held-out set', () => {
  it('reaches strict-span F1 ≥ 0.88 and value F1 ≥ 0.80 on the fourth held-out set (written after the fixes)', () => {
    const s = scoreSet(dir('heldout4'));
    console.log(table('fixtures/dates/heldout4 (held out: written and annotated after all fixes)', s, verbose));
    expect(s.strictF1).toBeGreaterThanOrEqual(0.88);
    expect(s.valueF1).toBeGreaterThanOrEqual(0.8);
  });
});
