/** paragraph-separation and the extraction agree: a finding exactly where the extraction starts a paragraph with no blank line before it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, defaultConfig, fixSource, type RuleSetting } from '../../src/check/index.js';
import { extract } from '../../src/pipeline.js';
import type { Section } from '../../src/types.js';
import { FIXTURES, SEED, emptyArticle } from './helpers.js';

const only = new Map<string, RuleSetting>([...defaultConfig()].map(([id, s]) => [id, { ...s, level: id === 'paragraph-separation' ? 'warn' : 'off' }]));
const walk = (sections: Section[]): Section[] => sections.flatMap((s) => [s, ...walk(s.sections)]);

/** Lines where the extraction starts a paragraph on the line right after the previous paragraph ends. */
function joinedStarts(source: string): number[] {
  const paragraphs = walk(extract(source).sections).flatMap((s) => s.paragraphs);
  return paragraphs.filter((p, i) => i > 0 && p.kind === 'paragraph' && paragraphs[i - 1]!.span.end.line === p.span.start.line - 1).map((p) => p.span.start.line);
}

describe('paragraph-separation agrees with the extraction', () => {
  it.each([SEED, path.join(FIXTURES, 'paragraph-separation/ok.md'), path.join(FIXTURES, 'paragraph-separation/not-ok.md')].map((f) => [path.basename(path.dirname(f)) + '/' + path.basename(f), f]))('%s', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    expect(check(source, emptyArticle(), only).map((f) => f.span!.start.line)).toEqual(joinedStarts(source));
  });

  it('after --fix, the extraction finds the same paragraphs, each after a blank line', () => {
    const source = readFileSync(SEED, 'utf8');
    const fixed = fixSource(source, (text) => check(text, emptyArticle(), only));
    const texts = (s: string) => walk(extract(s).sections).flatMap((x) => x.paragraphs.map((p) => p.text));
    expect(texts(fixed)).toEqual(texts(source));
    expect(joinedStarts(fixed)).toEqual([]);
  });
});
