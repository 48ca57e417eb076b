/** Each output format on the seed, against golden files in fixtures/check/golden/ (UPDATE_GOLDEN=1 rewrites them). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { check, configSchema, formatGithub, formatJunit, formatResults, formatSarif, formatStylish, FORMATS, type FileResult } from '../../src/check/index.js';
import { LineIndex } from '../../src/text/line-index.js';
import type { Diagnostic } from '../../src/types.js';
import { FIXTURES, SEED, emptyArticle } from './helpers.js';

const GOLDEN = path.join(FIXTURES, 'golden');
const FILE = 'fixtures/lecornu-choigou.md';
const seed = readFileSync(SEED, 'utf8');
const lines = new LineIndex(seed);
const spanOf = (text: string, from = 0) => {
  const start = seed.indexOf(text, from);
  return lines.span(start, start + text.length);
};

/** What the extraction says about the seed without a reference date, written out so the goldens do not move with it. */
const diagnostics: Diagnostic[] = [
  { ruleId: 'date-year-unresolved', severity: 'warning', message: 'the year of "le 3 avril" is not stated and there is no reference date', span: spanOf('le 3 avril') },
  {
    ruleId: 'event-conflict',
    severity: 'warning',
    message: 'the attack of "le 22 mars" is placed in Paris, and in Moscou in an earlier sentence',
    span: spanOf('une salle de concert à Paris'),
    related: [{ message: 'placed in Moscou here', span: spanOf('survenu à Moscou') }],
  },
];

const findings = check(seed, emptyArticle(FILE, { diagnostics }));
const results: FileResult[] = [
  { file: FILE, diagnostics: findings.map(({ fix: _fix, ...d }) => d), fixableCount: findings.filter((f) => f.fix).length },
  { file: 'clean.md', diagnostics: [] },
];

function golden(name: string, actual: string) {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden outputs on the seed', () => {
  it.each(FORMATS.map((f) => [f]))('%s', (format) => {
    golden(`lecornu-choigou.${format}${format === 'json' || format === 'sarif' ? '.json' : format === 'junit' ? '.xml' : '.txt'}`, formatResults(format, results));
  });
  it('stylish in colour', () => {
    golden('lecornu-choigou.stylish-color.txt', formatStylish(results, { chalk: new Chalk({ level: 1 }) }));
  });
  it('the configuration schema', () => {
    golden('extractrc.schema.json', `${JSON.stringify(configSchema(), null, 2)}\n`);
  });
});

describe('format details', () => {
  it('json: diagnostics keep the output contract shape; findings on the seed lines', () => {
    const parsed = JSON.parse(formatResults('json', results)) as { file: string; diagnostics: Diagnostic[] }[];
    expect(Object.keys(parsed[0]!.diagnostics[0]!).sort()).toEqual(['message', 'ruleId', 'severity', 'span']);
    const lineSet = new Set(parsed[0]!.diagnostics.map((d) => d.span!.start.line));
    for (const line of [1, 2, 5, 8, 4, 7, 10, 3]) expect(lineSet.has(line)).toBe(true);
  });

  it('sarif: 2.1.0, one result per finding, rules with descriptions and help URIs, related locations', () => {
    const log = JSON.parse(formatSarif(results, { rules: [{ id: 'heading-increment', description: 'Heading levels increase by one at a time', helpUri: 'https://example.org/hi', defaultLevel: 'error' }] }));
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.results).toHaveLength(findings.length);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(run.tool.driver.rules[0]).toEqual({ id: 'heading-increment', shortDescription: { text: 'Heading levels increase by one at a time' }, helpUri: 'https://example.org/hi', defaultConfiguration: { level: 'error' } });
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'event-conflict').relatedLocations[0].message.text).toBe('placed in Moscou here');
    const full = JSON.parse(formatResults('sarif', results)).runs[0].tool.driver.rules;
    expect(full.every((r: { helpUri?: string; shortDescription: { text: string } }) => r.helpUri?.startsWith('https://') && r.shortDescription.text.length > 0)).toBe(true);
  });

  it('github: escapes newlines, commas and colons; a finding without a place has no line', () => {
    const out = formatGithub([{ file: 'a,b:c.md', diagnostics: [{ ruleId: 'x', severity: 'error', message: 'one\ntwo, 100%', span: null }] }]);
    expect(out).toBe('::error file=a%2Cb%3Ac.md,title=x::one%0Atwo, 100%25\n');
  });

  it('junit: escapes XML; a clean file is one passing test case', () => {
    const out = formatJunit([{ file: 'a<b>.md', diagnostics: [{ ruleId: 'x', severity: 'warning', message: 'say "hi" & <bye>', span: null }] }, { file: 'ok.md', diagnostics: [] }]);
    expect(out).toContain('<failure message="say &quot;hi&quot; &amp; &lt;bye&gt;" type="warning">');
    expect(out).toContain('<testcase name="ok.md" classname="ok.md"/>');
    expect(out).toContain('<testsuites name="extract check" tests="2" failures="1" errors="0">');
  });

  it('stylish: nothing at all when there is no finding; no colour codes without chalk', () => {
    expect(formatStylish([{ file: 'a.md', diagnostics: [] }])).toBe('');
    expect(formatStylish(results)).not.toMatch(/\x1b\[/);
  });

  it('formatters work on an extraction Article too (file + diagnostics)', () => {
    const article = emptyArticle('x.md', { diagnostics });
    expect(formatGithub([article])).toMatch(/^::warning file=x\.md,line=3,col=\d+,endLine=3,endColumn=\d+,title=date-year-unresolved::/);
  });
});

describe('formatters: defects found by trying them', () => {
  it('junit: characters XML 1.0 forbids (U+FFFE, U+FFFF, lone surrogates, C0 controls) are removed', () => {
    const out = formatJunit([{ file: 'a\uFFFE.md', diagnostics: [{ ruleId: 'x', severity: 'warning', message: 'a\uFFFFb\uD800c\u0001d 😀', span: null }] }]);
    expect(out).toContain('message="abcd 😀"');
    expect(out).not.toMatch(/[\uFFFE\uFFFF\u0001]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('sarif: every result has region.startLine (GitHub code scanning requires it), line 1 for a finding without a place', () => {
    const log = JSON.parse(formatSarif([{ file: 'a.md', diagnostics: [{ ruleId: 'x', severity: 'warning', message: 'm', span: null }] }]));
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1 });
  });
});
