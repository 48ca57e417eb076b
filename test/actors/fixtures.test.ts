/**
 * Articles written for this stage (fixtures/actors/**.md), each with its
 * hand annotation (`.expected.json`: mention counts per type and exact text,
 * titles excluded). The first set is what the rules were written against and
 * must match exactly; the held-out sets were annotated before any tuning on
 * them and must stay above the project's targets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { actorsOf, countsOf, f1, score } from './helpers.js';

const root = 'fixtures/actors';
const TYPES = ['person', 'organization', 'place'] as const;
const articles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));
const annotation = (file: string) => JSON.parse(readFileSync(file.replace(/\.md$/, '.expected.json'), 'utf8')) as Record<string, Record<string, number>>;

describe('development articles: exact', () => {
  test.each(articles(root))('%s', (file) => {
    const { actors } = actorsOf(readFileSync(file, 'utf8'));
    const counts = countsOf(actors);
    const expected = annotation(file);
    for (const type of TYPES) expect(counts[type] ?? {}, type).toEqual(expected[type] ?? {});
  });
});

describe('held-out articles: F1 per type over all of them', () => {
  const targets = { person: 0.92, organization: 0.8, place: 0.88 };
  const dirs = readdirSync(root).filter((d) => d.startsWith('heldout'));
  test(`${dirs.length} sets`, () => {
    const totals = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
    for (const file of dirs.flatMap((dir) => articles(path.join(root, dir)))) {
      const counts = countsOf(actorsOf(readFileSync(file, 'utf8')).actors);
      const expected = annotation(file);
      for (const type of TYPES) {
        const s = score(counts[type], expected[type]);
        totals[type]!.tp += s.tp;
        totals[type]!.fp += s.fp;
        totals[type]!.fn += s.fn;
      }
    }
    for (const type of TYPES) expect(f1(totals[type]!), type).toBeGreaterThanOrEqual(targets[type]);
  });
});

test('variants article: two actor-name-variants warnings', () => {
  const { diagnostics } = actorsOf(readFileSync(path.join(root, 'variantes.md'), 'utf8'));
  expect(diagnostics.map((d) => d.ruleId)).toEqual(['actor-name-variants', 'actor-name-variants']);
});
