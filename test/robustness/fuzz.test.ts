/**
 * Fuzz (issue #10): Markdown constructs, French news text and hostile pieces (NUL, NFD accents, long runs of marks,
 * deep containers, tables), in random order. Asserted: extraction never throws anything but an ExtractError (a
 * one-line refusal), every span lies in the file and slices to its text when the text has no markup, and the time
 * grows linearly when the document is repeated 8 times more (a ratio, never an absolute time).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, ExtractError, isWritten, type Article } from '../../src/index.js';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth.js';

const piece = fc.constantFrom(
  'Le ', 'ministre ', 'M. ', 'Gabriel Dupont ', 'a annoncé ', 'la réforme ', 'le 3 avril', ' hier', ' à 15 heures', 'en 2024 ', '1 500 morts ',
  'l’ONU ', 'à Paris ', '. ', ' ! ', '? ', '?? ', '... ', '; ', ', ', '« ', ' »', '*', '**', '_', '`', '[', ']', '[lien](http://x.fr)', '![i](a.png)',
  '&amp;', '\\*', '<b>', '~~', '\n', '\n\n', '\r\n', '\r', '# ', '## ', '- ', '1. ', '> ', '> > > ', '```\ncode\n```\n', '---\n',
  '| a | b |\n|---|---|\n| le 3 mai | Lyon |\n', '    ', '\t', '\u0000', '\ufeff', 'e\u0301', 'fe\u0301vrier ', 'De\u0301cembre ', 'É', '😀', '\ud800', '\u200b',
);
const pieces = fc.array(piece, { minLength: 1, maxLength: 40 });

const MARKUP = /[*_`~[\]\\&<>!|#\n\r\t\u0000\u200b]/;

function checkSpans(read: string, article: Article): void {
  // offsets count from the file as read, the byte order marks at its start not counted
  const source = read.replace(/^\uFEFF+/, '');
  const items = [...article.dates.filter(isWritten).map((d) => ({ span: d.span, text: d.text })), ...article.actors.flatMap((a) => a.mentions)];
  for (const { span, text } of items) {
    expect(span.start.offset).toBeGreaterThanOrEqual(0);
    expect(span.start.offset).toBeLessThanOrEqual(span.end.offset);
    expect(span.end.offset).toBeLessThanOrEqual(source.length);
    const slice = source.slice(span.start.offset, span.end.offset);
    if (!MARKUP.test(slice)) expect(slice.normalize('NFC')).toBe(text);
  }
}

const extractOrRefuse = (source: string): Article | null => {
  try {
    return extract(source, { refDate: '2024-04-05' });
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as Error).message).not.toContain('\n');
    return null;
  }
};

describe('fuzz: hostile and ordinary Markdown', { timeout: 120_000 }, () => {
  it('never throws but a one-line refusal; spans lie in the file and slice to their text', () => {
    fc.assert(
      fc.property(fc.tuple(fc.boolean(), pieces), ([bom, parts]) => {
        const source = `${bom ? '\ufeff' : ''}${parts.join('')}`;
        const article = extractOrRefuse(source);
        if (article) checkSpans(source, article);
      }),
      { numRuns: 200, seed: 10 },
    );
  });

  it('time grows linearly when the document is repeated 8 times more', () => {
    fc.assert(
      fc.property(pieces, (parts) => {
        // from 3000 characters on: a sentence is at most 1000 characters (src/text/sentences.ts), so the per-sentence
        // work has reached its bound and what remains must grow with the number of sentences
        const text = parts.join('');
        const n = Math.ceil(3000 / text.length);
        const ratio = growthRatio((k) => text.repeat(k), extractOrRefuse, n, 3);
        expect(ratio).toBeLessThan(LINEAR_BOUND);
      }),
      { numRuns: 6, seed: 10 },
    );
  });
});
