import { describe, expect, it } from 'vitest';
import { buildProgram, runCommander } from '../../src/cli/commander-program.js';
import { PLAIN_OPTIONS } from '../../src/cli/extract-options.js';
import { isPlainExtract, run } from '../../src/cli/program.js';
import { fakeIo } from '../helpers/fake-io.js';

// `extract FILE…` skips commander (src/cli/program.ts): it must do exactly what commander would have done.
describe('the plain extract FILE… command line', () => {
  it('is files only, the first no command', () => {
    for (const argv of [['a.md'], ['dossier/article'], ['a.md', 'b.md'], ['a.md', 'check'], ['./schema'], ['articles\\b.md']]) expect(isPlainExtract(argv), argv.join(' ')).toBe(true);
    for (const argv of [[], ['-'], ['a.md', '-'], ['--ndjson', 'a.md'], ['a.md', '-f', 'html'], ['check', 'a.md'], ['schema'], ['chek'], ['article'], ['', 'a.md'], ['a.md', '']]) expect(isPlainExtract(argv), argv.join(' ')).toBe(false);
  });

  it("gets the options commander gives when none is written", async () => {
    for (const argv of [['a.md'], ['a.md', 'b/c.md']]) {
      const program = buildProgram(fakeIo(), () => {});
      let seen: unknown = null;
      program.action((_files: string[], options: unknown) => {
        seen = options;
      });
      await program.parseAsync(argv, { from: 'user' });
      expect({ ...(seen as object) }).toEqual(PLAIN_OPTIONS);
    }
  });

  const article = '# Titre\n\nLe ministre est arrivé à Lyon le 3 avril 2024. Une réunion aura lieu demain.\n';
  const cases: { argv: string[]; files: Record<string, string | 'dir'>; tty?: boolean; env?: Record<string, string> }[] = [
    { argv: ['a.md'], files: { 'a.md': article } },
    { argv: ['a.md', 'b.md'], files: { 'a.md': article, 'b.md': '# B\n\nHier.\n' } },
    { argv: ['a.md', 'nope.md'], files: { 'a.md': article } },
    { argv: ['nope.md'], files: {} },
    { argv: ['d/'], files: { 'd/': 'dir' } },
    { argv: ['e.md'], files: { 'e.md': '' } },
    { argv: ['a.md'], files: { 'a.md': article }, tty: true },
    { argv: ['a.md'], files: { 'a.md': article }, tty: true, env: { NO_COLOR: '1' } },
  ];
  it('writes what the commander program writes, with the same exit code', async () => {
    for (const { argv, files, tty, env } of cases) {
      const plain = fakeIo(files, { tty: tty ?? false, env: env ?? {} });
      const full = fakeIo(files, { tty: tty ?? false, env: env ?? {} });
      const codes = [await run(argv, plain), await runCommander(argv, full)];
      expect(codes[0], argv.join(' ')).toBe(codes[1]);
      expect(plain.out, argv.join(' ')).toBe(full.out);
      expect(plain.err, argv.join(' ')).toBe(full.err);
    }
  });
});
