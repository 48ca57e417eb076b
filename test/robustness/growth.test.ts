/**
 * Hostile input must not make the pipeline superlinear: each probe of issue
 * #10 is run at n and 8n and the time ratio bounded (linear ~8, quadratic ~64).
 */
import { describe, expect, it } from 'vitest';
import { extract, ExtractError } from '../../src/index.js';
import { outermost } from '../../src/events/unit-view.js';
import type { Actor, Span } from '../../src/types.js';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth.js';

const run = (markdown: string) => {
  extract(markdown, { refDate: '2024-04-05' });
};

// each test runs the pipeline a few times on inputs of tens of kilobytes
describe('linear time on hostile input', { timeout: 120_000 }, () => {
  it('a run of thousands of question marks (sentence splitting)', () => {
    expect(growthRatio((n) => `a${'?'.repeat(n)}b\n`, run, 2000)).toBeLessThan(LINEAR_BOUND);
  });

  it('a run of full stops after an abbreviation that takes a number', () => {
    expect(growthRatio((n) => `Il est venu le 20 sept${'.'.repeat(n)} 2014\n`, run, 2000)).toBeLessThan(LINEAR_BOUND);
  });

  it('a long run of digits and spaces before a count word (event numbers)', () => {
    expect(growthRatio((n) => `Le 3 avril, le ministre a annoncé ${'1 '.repeat(n)}x.\n`, run, 1000)).toBeLessThan(LINEAR_BOUND);
  });

  it('mentions inside longer mentions, thousands of them in one unit', () => {
    const mentions = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ actor: {} as Actor, from: 4 * i, to: 4 * i + 3, span: {} as Span })).flatMap((m, i) => (i % 2 ? [m] : [{ ...m, to: m.to + 4 }, m]));
    const outer = outermost(mentions(6));
    expect(outer.map((m) => [m.from, m.to])).toEqual([[0, 7], [8, 15], [16, 23]]);
    expect(growthRatio(mentions, (m) => outermost(m), 2000)).toBeLessThan(LINEAR_BOUND);
  });

  it('list items nested thousands deep on one line are refused before parsing', () => {
    expect(() => run(`${'- '.repeat(2000)}x\n`)).toThrow(ExtractError);
    expect(() => run(`${'> '.repeat(2000)}x\n`)).toThrow(/nests lists or quotes too deeply/);
    const refuse = (markdown: string) => expect(() => run(markdown)).toThrow(ExtractError);
    expect(growthRatio((n) => `${'- '.repeat(n)}x\n`, refuse, 1000)).toBeLessThan(LINEAR_BOUND);
  });

  it('emphasis marks nested thousands deep: read, with the text kept, in linear time', () => {
    const article = extract(`${'*'.repeat(5000)}x${'*'.repeat(5000)}\n`);
    expect(article.sections[0]!.paragraphs.map((p) => p.text).join('')).toContain('x');
    expect(growthRatio((n) => `${'*'.repeat(n)}x${'*'.repeat(n)}\n`, run, 1000)).toBeLessThan(LINEAR_BOUND);
  });

  it('brackets nested thousands deep', () => {
    expect(growthRatio((n) => `${'['.repeat(n)}x${']'.repeat(n)}\n`, run, 1000)).toBeLessThan(LINEAR_BOUND);
  });

  it('unmatched emphasis openers, then closers, in one paragraph', () => {
    expect(growthRatio((n) => `${'*a '.repeat(n)}${'a* '.repeat(n)}\n`, run, 500)).toBeLessThan(LINEAR_BOUND);
  });

  it('a table of thousands of rows', () => {
    const table = (n: number) => ['| Date | Lieu | Note |', '|---|---|---|', ...Array.from({ length: n }, () => '| Le 3 avril | Paris | x |')].join('\n');
    expect(growthRatio(table, run, 400)).toBeLessThan(LINEAR_BOUND);
  });

  it('one run-on sentence of thousands of clauses joined by semicolons', () => {
    const runOn = (n: number) => `${Array.from({ length: n }, () => 'Le ministre a annoncé le 3 avril la réforme').join('; ')}.\n`;
    expect(growthRatio(runOn, run, 200)).toBeLessThan(LINEAR_BOUND);
  });
});
