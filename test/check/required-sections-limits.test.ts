/** required-sections: an invalid /regex/ is a configuration error; "*" stays linear in the number of headings. */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/check/index.js';
import { compileOutline, matchOutline } from '../../src/check/rules/required-sections.js';
import { runCheck } from '../../src/cli/check-command.js';
import { emptyArticle, fakeIo } from './helpers.js';

describe('required-sections configuration', () => {
  it('an invalid /regular expression/ is a configuration error naming the rule, not an internal error per file', async () => {
    const result = resolveConfig([{ source: '.extractrc.json', data: { rules: { 'required-sections': ['error', { headings: ['## Contexte', '/(/'] }] } } }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^\.extractrc\.json: rule "required-sections": option "headings": \/\(\/ is not a valid regular expression \(/);
    const io = fakeIo({ 'a.md': '# A\n\nTexte.\n', 'b.md': '# B\n\nTexte.\n', '.extractrc.json': '{"rules":{"required-sections":["error",{"headings":["/[/"]}]}}' });
    expect(await runCheck(['a.md', 'b.md'], { format: 'json', color: false }, io, (_s, { file }) => emptyArticle(file))).toBe(2);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(/^extract: \.extractrc\.json: rule "required-sections": option "headings": \/\[\/ is not a valid regular expression/);
    expect(io.err[0]).not.toMatch(/internal error/);
  });
});

describe('required-sections matching', () => {
  const items = compileOutline(['*', '## Contexte', '*', '+', '## Fin', '*'], false);
  const outline = (n: number) => [...Array.from({ length: n }, (_, i) => `## Partie ${i}`), '## Contexte', ...Array.from({ length: n }, (_, i) => `### Détail ${i}`), '## Fin'];

  it('still answers right with wildcards (the same cases as before the change)', () => {
    const ok = (headings: string[], entries: string[]) => {
      const reach = matchOutline(headings, compileOutline(entries, false));
      return reach[headings.length]![entries.length]!;
    };
    expect(ok(outline(3), ['*', '## Contexte', '*', '+', '## Fin', '*'])).toBe(true);
    expect(ok(['## Contexte', '## Fin'], ['*', '## Contexte', '+', '## Fin'])).toBe(false);
    expect(ok(['## Contexte', '## X', '## Fin'], ['*', '## Contexte', '+', '## Fin'])).toBe(true);
    expect(ok(['## A', '## B'], ['?'])).toBe(false);
    expect(ok(['## A'], ['?'])).toBe(true);
    expect(ok([], ['*'])).toBe(true);
    expect(ok([], ['+'])).toBe(false);
  });

  it('the work grows linearly with the headings (8x the headings: 8x the steps, not 64x)', () => {
    const steps = (n: number) => {
      const counter = { steps: 0 };
      matchOutline(outline(n), items, counter);
      return counter.steps;
    };
    expect(steps(1000)).toBeGreaterThan(1000);
    expect(steps(8000) / steps(1000)).toBeLessThan(9);
  });

  it('20,000 headings with "*" are checked at once (was 12 s)', () => {
    const headings = outline(10_000);
    const reach = matchOutline(headings, items);
    expect(reach[headings.length]![items.length]).toBe(true);
  });
});
