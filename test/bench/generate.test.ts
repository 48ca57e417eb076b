/** The benchmark's input generator is deterministic: the same seed gives the same text. */
import { describe, expect, it } from 'vitest';
import { createRng, generateArticle, generateArticles, generateCorpus } from './generate.js';

describe('bench generator', () => {
  it('gives the same text for the same seed', () => {
    const a = generateCorpus({ seed: 7, bytes: 60_000 });
    const b = generateCorpus({ seed: 7, bytes: 60_000 });
    expect(a).toBe(b);
    expect(Buffer.byteLength(a, 'utf8')).toBeGreaterThanOrEqual(60_000);
  });

  it('gives another text for another seed', () => {
    expect(generateCorpus({ seed: 8, bytes: 20_000 })).not.toBe(generateCorpus({ seed: 7, bytes: 20_000 }));
  });

  it('makes a smaller input a prefix of a larger one (linearity sizes)', () => {
    const small = generateArticles({ seed: 7, bytes: 20_000 });
    const large = generateArticles({ seed: 7, bytes: 80_000 });
    expect(large.slice(0, small.length)).toEqual(small);
  });

  it('starts with a front matter with a date, and writes varied Markdown', () => {
    const text = generateCorpus({ seed: 7, bytes: 200_000 });
    expect(text).toMatch(/^---\ntitle: .*\ndate: \d{4}-\d{2}-\d{2}/);
    for (const feature of [/^#{1,6} /m, /^\| --- \|/m, /^```/m, /^> /m, /^[-*+] /m, /^\d+\. /m, /«\u00a0|«\u202f/, /\]\(https:/, /\*\*[^*]+\*\*/]) {
      expect(text).toMatch(feature);
    }
  });

  it('has a PRNG in [0, 1) that repeats with its seed', () => {
    const r1 = createRng(42);
    const r2 = createRng(42);
    const xs = Array.from({ length: 1000 }, () => r1());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => r2()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(typeof generateArticle(createRng(1))).toBe('string');
  });
});
