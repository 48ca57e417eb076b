/**
 * Hostile input must not make the pipeline superlinear: each probe of issue
 * #10 is run at n and 8n and the time ratio bounded (linear ~8, quadratic ~64).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth.js';

const run = (markdown: string) => {
  extract(markdown, { refDate: '2024-04-05' });
};

describe('linear time on hostile input', () => {
  it('a run of thousands of question marks (sentence splitting)', () => {
    expect(growthRatio((n) => `a${'?'.repeat(n)}b\n`, run, 2000)).toBeLessThan(LINEAR_BOUND);
  });

  it('a run of full stops after an abbreviation that takes a number', () => {
    expect(growthRatio((n) => `Il est venu le 20 sept${'.'.repeat(n)} 2014\n`, run, 2000)).toBeLessThan(LINEAR_BOUND);
  });

  it('a long run of digits and spaces before a count word (event numbers)', () => {
    expect(growthRatio((n) => `Le 3 avril, le ministre a annoncé ${'1 '.repeat(n)}x.\n`, run, 1000)).toBeLessThan(LINEAR_BOUND);
  });

  it('one sentence naming the same organisation thousands of times (mentions inside mentions)', () => {
    expect(growthRatio((n) => `${'ONU '.repeat(n)}.\n`, run, 3000)).toBeLessThan(LINEAR_BOUND);
  });
});
