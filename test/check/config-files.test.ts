/** Configuration files: JSONC, YAML, ignores, overrides by glob, extends. */
import { describe, expect, it } from 'vitest';
import { runCheck, type CheckCliOptions } from '../../src/cli/check-command.js';
import { emptyArticle, fakeIo } from './helpers.js';

const base: CheckCliOptions = { format: 'json', color: false };
const stub = (_s: string, { file }: { file: string }) => emptyArticle(file);
// a heading-increment error and an empty-section warning
const doc = '# Titre\n\nTexte.\n\n### Trop profond\n';
const run = async (files: Record<string, string>, inputs: string[]) => {
  const io = fakeIo(files);
  const code = await runCheck(inputs, base, io, stub);
  const results = io.out.length ? (JSON.parse(io.out.join('')) as { file: string; diagnostics: { ruleId: string; severity: string }[] }[]) : [];
  return { code, err: io.err.join(''), found: Object.fromEntries(results.map((r) => [r.file, r.diagnostics.map((d) => `${d.ruleId}:${d.severity}`)])) };
};

describe('configuration files', () => {
  it('.extractrc.json may have comments and trailing commas (JSONC)', async () => {
    const json = '{\n  // the outline is free here\n  "rules": {\n    /* noisy */ "heading-increment": "off",\n  },\n}\n';
    expect((await run({ 'a.md': doc, '.extractrc.json': json }, ['a.md'])).found['a.md']).toEqual(['empty-section:warning']);
    expect((await run({ 'a.md': doc, '.extractrc.jsonc': json }, ['a.md'])).found['a.md']).toEqual(['empty-section:warning']);
  });

  it('a JSON syntax error names the file and the line', async () => {
    const { code, err } = await run({ 'a.md': doc, '.extractrc.json': '{\n  "rules": {\n    "heading-increment": off\n  }\n}\n' }, ['a.md']);
    expect(code).toBe(2);
    expect(err).toBe('extract: .extractrc.json: not valid JSON (InvalidSymbol at line 3)\n');
  });

  it('ignores: globs relative to the configuration file; ignored files are not read', async () => {
    const { code, found, err } = await run(
      { 'docs/a.md': doc, 'docs/drafts/b.md': doc, 'docs/drafts/c.md': '\u0000binary', 'docs/.extractrc.yaml': 'ignores:\n  - "drafts/**"\n' },
      ['docs/a.md', 'docs/drafts/b.md', 'docs/drafts/c.md'],
    );
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(Object.keys(found)).toEqual(['docs/a.md']);
  });

  it('overrides: rules for the files their globs match, the last matching one winning', async () => {
    const yaml = [
      'rules:',
      '  heading-increment: error',
      'overrides:',
      '  - files: "archive/**/*.md"',
      '    rules:',
      '      heading-increment: warn',
      '      empty-section: off',
      '  - files: ["archive/1999/*.md"]',
      '    rules:',
      '      heading-increment: off',
    ].join('\n');
    const { found } = await run({ 'a.md': doc, 'archive/2020/b.md': doc, 'archive/1999/c.md': doc, '.extractrc.yaml': yaml }, ['a.md', 'archive/2020/b.md', 'archive/1999/c.md']);
    expect(found).toEqual({
      'a.md': ['empty-section:warning', 'heading-increment:error'],
      'archive/2020/b.md': ['heading-increment:warning'],
      'archive/1999/c.md': [],
    });
  });

  it('extends: the extended files first (relative paths, chains), this file last', async () => {
    const files = {
      'a.md': doc,
      'shared/base.json': '{ "rules": { "heading-increment": "warn", "empty-section": "off" }, "ignores": ["old/**"] }',
      'shared/strict.yaml': 'extends: ./base.json\nrules:\n  heading-increment: error\n',
      '.extractrc.json': '{ "extends": ["shared/strict.yaml"], "rules": { "empty-section": "error" } }',
    };
    expect((await run(files, ['a.md'])).found['a.md']).toEqual(['empty-section:error', 'heading-increment:error']);
    // the extended file's ignores are relative to the extended file
    expect((await run({ ...files, 'shared/old/x.md': doc, 'old/y.md': doc }, ['shared/old/x.md', 'old/y.md'])).found).toEqual({ 'old/y.md': ['empty-section:error', 'heading-increment:error'] });
  });

  it('extends: a missing file, a cycle and a bad rule in an override are configuration errors (exit 2, one line)', async () => {
    const missing = await run({ 'a.md': doc, '.extractrc.json': '{ "extends": "nope.json" }' }, ['a.md']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('extract: nope.json: no such file (extended by .extractrc.json)\n');
    const cycle = await run({ 'a.md': doc, '.extractrc.json': '{ "extends": "b.json" }', 'b.json': '{ "extends": ".extractrc.json" }' }, ['a.md']);
    expect(cycle.err).toBe('extract: .extractrc.json: extends itself (.extractrc.json -> b.json -> .extractrc.json)\n');
    const bad = await run({ 'a.md': doc, '.extractrc.json': '{ "overrides": [{ "files": "x/**", "rules": { "heading-incremnt": "off" } }] }' }, ['a.md']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^extract: \.extractrc\.json: overrides\.0: unknown rule "heading-incremnt" \(did you mean "heading-increment"\?\)/);
    const shape = await run({ 'a.md': doc, '.extractrc.json': '{ "overrides": [{ "rules": {} }] }' }, ['a.md']);
    expect(shape.err).toMatch(/^extract: \.extractrc\.json: overrides\.0 must have required property 'files'/);
  });
});
