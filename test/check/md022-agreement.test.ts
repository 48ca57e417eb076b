/** blank-lines-around-headings agrees with markdownlint's MD022: same lines, same sides, on every fixture and the seed. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from 'markdownlint/sync';
import { check, defaultConfig } from '../../src/check/index.js';
import type { RuleSetting } from '../../src/check/index.js';
import { FIXTURES, SEED, emptyArticle } from './helpers.js';

const only = new Map<string, RuleSetting>([...defaultConfig()].map(([id, s]) => [id, { ...s, level: id === 'blank-lines-around-headings' ? 'warn' : 'off' }]));

function ours(source: string): string[] {
  return check(source, emptyArticle(), only).map((f) => `${f.span!.start.line} ${/above/.test(f.message) ? 'Above' : 'Below'}`);
}

function markdownlint(source: string): string[] {
  const results = lint({ strings: { doc: source }, config: { default: false, MD022: true } });
  return (results['doc'] ?? []).map((r) => `${r.lineNumber} ${/Above/.test(r.errorDetail ?? '') ? 'Above' : 'Below'}`);
}

const files = [
  SEED,
  ...readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(FIXTURES, d.name, 'ok.md')))
    .flatMap((d) => ['ok.md', 'not-ok.md'].map((f) => path.join(FIXTURES, d.name, f))),
];

describe('MD022 agreement', () => {
  it.each(files.map((f) => [path.relative(path.dirname(FIXTURES), f), f]))('%s', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    expect(ours(source).sort()).toEqual(markdownlint(source).sort());
  });

  it('edge cases: front matter, block quote, list', () => {
    const edge = '---\ntitle: x\n---\n# Titre\nTexte.\n> ## Cité\n> suite\n\n* a\n# b\n';
    expect(ours(edge).sort()).toEqual(markdownlint(edge).sort());
  });
});

describe('after --fix', () => {
  it('markdownlint MD022 finds nothing left in the fixed seed and fixtures', async () => {
    const { fixSource } = await import('../../src/check/index.js');
    for (const file of files) {
      const fixed = fixSource(readFileSync(file, 'utf8'), (text) => check(text, emptyArticle(), only));
      expect(markdownlint(fixed), file).toEqual([]);
    }
  });
});
