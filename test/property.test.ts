import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { extract } from '../src/pipeline.js';
import { articleJsonSchema } from '../src/schema.js';
import type { Article, Section, Span } from '../src/types.js';

const validate = new Ajv({ strict: false, allErrors: true }).compile(articleJsonSchema());

const walk = (sections: Section[]): Section[] => sections.flatMap((s) => [s, ...walk(s.sections)]);

/** Every span of an article, with the text it should slice to (when it has one). */
function spans(article: Article): { span: Span; text?: string }[] {
  const out: { span: Span; text?: string }[] = [];
  for (const s of walk(article.sections)) {
    out.push({ span: s.span });
    for (const p of s.paragraphs) {
      out.push({ span: p.span, text: p.text });
      for (const sentence of p.sentences) out.push({ span: sentence.span, text: sentence.text });
    }
  }
  for (const a of article.actors) for (const m of a.mentions) out.push({ span: m.span, text: m.text });
  for (const d of article.dates) if (d.span) out.push({ span: d.span, text: d.text });
  for (const e of article.events) out.push({ span: e.span });
  for (const d of article.diagnostics) if (d.span) out.push({ span: d.span });
  return out;
}

// Markdown-ish text: words, French punctuation and every inline and block marker.
const piece = fc.constantFrom(
  'Le ', 'ministre ', 'M. ', 'Dupont ', 'a ', 'parlé ', 'le 3 avril', ' hier', '. ', ' ! ', '? ', '« ', ' »', '’', "'", '…', ', ',
  '*', '**', '_', '`', '[lien](http://x.fr)', '![img](a.png)', '&amp;', '&nbsp;', '\\*', '<b>', '</b>', '~~',
  '\n', '\n\n', '\r\n', '# ', '## ', '### ', '- ', '1. ', '> ', '```\ncode\n```\n', '---\n', '| a | b |\n| - | - |\n| c | d |\n', '    ', '\t', 'é', 'É', '😀',
);
const markdown = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('property: any Markdown', () => {
  it('never throws, validates against the schema, every span lies inside the file', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const article = extract(source, { refDate: '2024-04-05' });
        expect(validate(article), JSON.stringify(validate.errors)).toBe(true);
        for (const { span } of spans(article)) {
          expect(span.start.offset).toBeGreaterThanOrEqual(0);
          expect(span.end.offset).toBeLessThanOrEqual(source.length);
          expect(span.start.offset).toBeLessThanOrEqual(span.end.offset);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('spans slice to their text when the text has no markup', () => {
    const plainWord = fc.constantFrom('Le', 'ministre', 'Dupont', 'a', 'parlé', 'hier', 'le', '3', 'avril', 'Paris', 'é', 'M.');
    const sentence = fc.array(plainWord, { minLength: 1, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
    const doc = fc.tuple(fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n')).map(([ps, eol]) => `# Titre${eol}${eol}${ps.join(`${eol}${eol}`)}${eol}`);
    fc.assert(
      fc.property(doc, (source) => {
        const article = extract(source, { refDate: '2024-04-05' });
        for (const { span, text } of spans(article)) if (text !== undefined) expect(source.slice(span.start.offset, span.end.offset)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
