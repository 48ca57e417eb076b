/** Every rule's ok/not-ok fixtures: ok has no finding of the rule, not-ok has one on each line it marks. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES, check, defaultConfig } from '../../src/check/index.js';
import type { RuleSetting } from '../../src/check/index.js';
import type { Article } from '../../src/types.js';
import { FIXTURES, ROOT, emptyArticle, expectedLines, fixtureOptions, readFixture } from './helpers.js';

const structureRules = RULES.filter((rule) => !rule.usesExtraction);

/** Runs one rule alone, turned on whatever its default, with the fixture's options. */
function findingsOf(ruleId: string, source: string) {
  const config = new Map<string, RuleSetting>([...defaultConfig()].map(([id, setting]) => [id, id === ruleId ? { level: 'error', options: { ...setting.options, ...fixtureOptions(source) } } : { ...setting, level: 'off' }]));
  return check(source, emptyArticle(), config);
}

describe('every rule is documented and has fixtures', () => {
  for (const rule of RULES) {
    it(rule.id, () => {
      expect(existsSync(path.join(FIXTURES, rule.id, 'ok.md'))).toBe(true);
      expect(existsSync(path.join(FIXTURES, rule.id, 'not-ok.md'))).toBe(true);
      expect(existsSync(path.join(ROOT, 'src/check/rules/docs', `${rule.id}.md`))).toBe(true);
      expect(rule.description).toMatch(/^[A-Z][^\n]*[^.]$/);
    });
  }
});

describe.each(structureRules.map((rule) => [rule.id]))('%s', (ruleId) => {
  it('ok.md: no finding', () => {
    expect(findingsOf(ruleId, readFixture(ruleId, 'ok'))).toEqual([]);
  });
  it('not-ok.md: a finding on each marked line', () => {
    const source = readFixture(ruleId, 'not-ok');
    const findings = findingsOf(ruleId, source);
    expect(findings.map((f) => f.span?.start.line)).toEqual(expectedLines(source));
    expect(findings.every((f) => f.ruleId === ruleId && f.severity === 'error')).toBe(true);
  });
});

/**
 * The content rules on their fixtures, through the real extraction (no
 * reference date): not-ok has at least one finding of the rule, each on a
 * marked line (0: a finding without a place); ok has none.
 */
let extract: typeof import('../../src/pipeline.js').extract;
beforeAll(async () => {
  // the extraction stages are heavy to load on a busy machine
  ({ extract } = await import('../../src/pipeline.js'));
}, 60_000);

describe.each(RULES.filter((rule) => rule.usesExtraction).map((rule) => [rule.id]))('%s (through the extraction)', (ruleId) => {
  const run = async (source: string) => findingsOfArticle(ruleId, source, extract(source, { file: `${ruleId}.md` }));
  it('ok.md: no finding', async () => {
    expect(await run(readFixture(ruleId, 'ok'))).toEqual([]);
  });
  it('not-ok.md: findings on the marked lines', async () => {
    const source = readFixture(ruleId, 'not-ok');
    const lines = (await run(source)).map((f) => f.span?.start.line ?? 0);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(expectedLines(source)).toContain(line);
  });
});

function findingsOfArticle(ruleId: string, source: string, article: Article) {
  const config = new Map<string, RuleSetting>([...defaultConfig()].map(([id, setting]) => [id, { ...setting, level: id === ruleId ? 'warn' : 'off' }]));
  return check(source, article, config);
}
