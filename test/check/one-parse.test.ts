/**
 * `extract check` parses each document once: the rules run on the tree the
 * extraction parsed, when that tree is the parse of the text as read. A text
 * the extraction rewrites first (NFD to NFC) is parsed again for the rules,
 * on its own characters. Either way the findings are those of a separate parse.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ parses: 0 }));

vi.mock('../../src/markdown/parse-markdown.js', async (original) => {
  const real = await original<typeof import('../../src/markdown/parse-markdown.js')>();
  return { ...real, parseMarkdown: (source: string) => (calls.parses++, real.parseMarkdown(source)) };
});

import { runCheck } from '../../src/cli/check-command.js';
import { check } from '../../src/check/host.js';
import { extract } from '../../src/pipeline.js';
import { fakeIo } from './helpers.js';

// my own sentences: a heading level skipped, a date without a year, two tellings of one attack in two places
const doc = [
  '# Un article',
  '',
  '### Trop bas',
  '',
  "Le 4 mai, une bombe a explosé à Lyon. L'attentat a fait deux blessés.",
  "Le 4 mai, l'attentat de Marseille a fait deux blessés.",
  '',
].join('\n');

async function findings(text: string): Promise<unknown[]> {
  const io = fakeIo({ 'a.md': text });
  await runCheck(['a.md'], { format: 'json', color: false }, io);
  const [result] = JSON.parse(io.out.join('')) as { diagnostics: unknown[] }[];
  return result!.diagnostics;
}

describe('one parse per document', () => {
  beforeEach(() => {
    calls.parses = 0;
  });

  it('the rules read the tree of the extraction: one parse, the findings of two', async () => {
    const found = await findings(doc);
    expect(calls.parses).toBe(1);
    expect(found.length).toBeGreaterThan(1);
    expect(found).toEqual(JSON.parse(JSON.stringify(check(doc, extract(doc, { file: 'a.md' })))));
  }, 60_000);

  it('a text in NFD is parsed again for the rules, at its own offsets', async () => {
    const nfd = doc.replace('explosé', 'explose\u0301');
    const found = await findings(nfd);
    expect(calls.parses).toBe(2);
    expect(found).toEqual(JSON.parse(JSON.stringify(check(nfd, extract(nfd, { file: 'a.md' })))));
  }, 60_000);
});
