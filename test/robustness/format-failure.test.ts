/** An article too large to format is its file's error: the message names the file and the next files go on. */
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/program.js';
import { fakeIo } from '../helpers/fake-io.js';

vi.mock('../../src/cli/formatters/json.js', async (original) => {
  const actual = await original<typeof import('../../src/cli/formatters/json.js')>();
  return {
    formatJson: (article: { file: string }, options: { compact: boolean }) => {
      // what JSON.stringify throws past the longest string V8 can build
      if (article.file === 'huge.md') throw new RangeError('Invalid string length');
      return actual.formatJson(article as Parameters<typeof actual.formatJson>[0], options);
    },
  };
});

describe('formatting failure', () => {
  it('names the file, exits 2, and prints the other files whole', async () => {
    const io = fakeIo({ 'a.md': 'Premier texte.\n', 'huge.md': 'Un texte.\n', 'b.md': 'Dernier texte.\n' });
    expect(await run(['a.md', 'huge.md', 'b.md'], io)).toBe(2);
    expect(io.err).toBe('extract: huge.md: the output is too large to be written\n');
    const lines = io.out.trim().split('\n').map((line) => JSON.parse(line) as { file: string; error?: string });
    expect(lines.map((l) => [l.file, l.error ?? 'article'])).toEqual([['a.md', 'article'], ['huge.md', 'the output is too large to be written'], ['b.md', 'article']]);
  });
});
