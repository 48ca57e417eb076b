/** The linter bridges in-process (the real tools run in test/package/): messages, options, places. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from 'markdownlint/sync';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkExtractNews from '../../src/check/bridges/remark-lint.js';
import markdownlintRules from '../../src/check/bridges/markdownlint.js';
import { RULES, ruleDocsUrl } from '../../src/check/index.js';
import { FIXTURES } from './helpers.js';

const article = readFileSync(path.join(FIXTURES, 'bridges/article.md'), 'utf8');

async function remark(text: string, options: Parameters<typeof remarkExtractNews>[0]) {
  const file = new VFile({ path: 'a.md', value: text });
  const processor = unified().use(remarkParse).use(remarkExtractNews, options);
  await processor.run(processor.parse(file), file);
  return file.messages;
}

describe('extract-news/remark-lint', () => {
  it('VFileMessages with rule id, source, documentation URL, place, and fatal for errors', async () => {
    const messages = await remark(article, {});
    const increment = messages.find((m) => m.ruleId === 'heading-increment')!;
    expect(increment).toMatchObject({ source: 'extract-news', url: ruleDocsUrl('heading-increment'), fatal: true, line: 9, column: 1 });
    expect(messages.find((m) => m.ruleId === 'front-matter-date')).toMatchObject({ fatal: false, line: 2 });
  }, 30_000);

  it('options: rule settings as in .extractrc, extraction options; a bad setting is one fatal message', async () => {
    const messages = await remark(article, { rules: { 'heading-increment': 'off', 'date-year-unresolved': 'off' }, refDate: '2024-05-01' });
    expect(messages.map((m) => m.ruleId)).toEqual(['blank-lines-around-headings', 'inline-config']);
    const bad = await remark(article, { rules: { 'heading-incremnt': 'off' } });
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ ruleId: 'config', fatal: true });
    expect(bad[0]!.reason).toMatch(/unknown rule "heading-incremnt" \(did you mean "heading-increment"\?\)/);
  });
});

describe('extract-news/markdownlint', () => {
  const run = (text: string, config: Record<string, unknown>) =>
    lint({ strings: { a: text }, customRules: markdownlintRules as never, config: { default: false, ...config } }).a!.map((e) => `${e.lineNumber} ${e.ruleNames[0]}`);

  it('one custom rule per rule, named extract-<id>, with its documentation URL', () => {
    expect(markdownlintRules.map((r) => r.names[0])).toEqual(RULES.map((r) => `extract-${r.id}`));
    expect(String(markdownlintRules[0]!.information)).toBe(ruleDocsUrl(RULES[0]!.id));
  });

  it('lines are the file lines; a finding in the front matter goes to the first line after it', () => {
    expect(run(article, { 'extract-news-default': true }).sort()).toEqual(['10 extract-date-year-unresolved', '5 extract-front-matter-date', '9 extract-blank-lines-around-headings', '9 extract-heading-increment']);
  });

  it('options come from the markdownlint setting; invalid options are an error of the rule', () => {
    expect(run('# A\n\n## B\n\nTexte.\n', { 'extract-required-sections': { headings: ['# A', '## C'] } })).toEqual(['3 extract-required-sections']);
    expect(() => run('# A\n', { 'extract-required-sections': { headings: ['/(/'] } })).toThrow(/not a valid regular expression/);
  });
});
