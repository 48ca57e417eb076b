/** What the parser is not given (./src/markdown/limits.ts) and the length of a sentence (src/text/sentences.ts). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { MAX_INLINE_MARKS, MAX_NESTING, MAX_TABLE_CELLS, shapeOf } from '../../src/markdown/limits.js';
import { MAX_SENTENCE } from '../../src/text/sentences.js';
import type { Paragraph, Section } from '../../src/types.js';

const paragraphs = (sections: readonly Section[]): Paragraph[] => sections.flatMap((s) => [...s.paragraphs, ...paragraphs(s.sections)]);

describe('shapeOf', () => {
  it('counts the containers that open on one line, not a thematic break after them', () => {
    expect(shapeOf('- > 1. texte\n').nesting).toBe(3);
    expect(shapeOf('- - - - - - - -\n').nesting).toBeLessThan(3);
    expect(shapeOf('```\n> > > > >\n```\n').nesting).toBe(0);
    expect(shapeOf(`${'> '.repeat(MAX_NESTING + 1)}x`).nesting).toBeGreaterThan(MAX_NESTING);
  });

  it('counts emphasis marks and brackets per paragraph, list items apart', () => {
    expect(shapeOf('Un *mot* et [un lien](http://a.fr).\n').inlineMarks).toBe(4);
    expect(shapeOf(Array.from({ length: 600 }, () => '- [a](b)').join('\n')).inlineMarks).toBe(2);
    expect(shapeOf('a\n\n[[[\n').inlineMarks).toBe(3);
  });

  it('counts the marks of a paragraph line by line as a loop over every character does (the gate on lines without one)', () => {
    // the plain count: every character of each line of one paragraph (a backslash escapes the next one)
    const plain = (lines: readonly string[]): number => {
      let marks = 0;
      for (const line of lines)
        for (let i = 0; i < line.length; i++) {
          const c = line[i];
          if (c === '\\') i++;
          else if (c === '*' || c === '_' || c === '[' || c === ']') marks++;
        }
      return marks;
    };
    const pieces = ['mot', ' ', '*', '_', '[', ']', '\\', '\\*', '\\\\', '’', '«', 'é', '-', '(', ')', '1'];
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 300; k++) {
      const lines = Array.from({ length: 1 + next(4) }, () => `a${Array.from({ length: next(12) }, () => pieces[next(pieces.length)]).join('')}`);
      expect(shapeOf(lines.join('\n')).inlineMarks).toBe(plain(lines));
    }
  });

  it('reads a thematic break after containers on a line whatever blanks and marks end it', () => {
    for (const line of ['- * * *', '- * * * ', '- * * *\t', '- ***  ', '- - a -', '* - - -  ', '- -'])
      expect(shapeOf(`${line}\n`).nesting).toBe(shapeOf(`${line.trimEnd()}\n`).nesting);
  });

  it('counts the cells of blocks with a delimiter row only', () => {
    expect(shapeOf('a | b\nc | d\n').tableCells).toBe(0);
    expect(shapeOf('| a | b |\n|---|---|\n| c | d |\n').tableCells).toBeGreaterThanOrEqual(6);
  });
});

describe('past the limits', { timeout: 60_000 }, () => {
  it('a table under the limit is read cell by cell; above it, as lines of text', () => {
    const table = (rows: number) => ['| Ville | Date |', '|---|---|', ...Array.from({ length: rows }, (_, i) => `| Ville${i} | le ${(i % 28) + 1} avril |`)].join('\n');
    const small = extract(table(10));
    expect(paragraphs(small.sections).every((p) => p.kind === 'tableCell')).toBe(true);
    const rows = Math.ceil(MAX_TABLE_CELLS / 3) + 10;
    const big = extract(table(rows));
    expect(paragraphs(big.sections).some((p) => p.kind === 'tableCell')).toBe(false);
    expect(big.dates.length).toBe(rows);
  });

  it('a paragraph with more marks than the limit keeps its text, marks included', () => {
    const text = `Début ${'*a* '.repeat(MAX_INLINE_MARKS)}fin.`;
    const article = extract(`${text}\n`);
    expect(paragraphs(article.sections).map((p) => p.text)).toEqual([text]);
  });
});

describe('run-on sentences', { timeout: 60_000 }, () => {
  it('are cut at their semicolons, then at a comma or a space, each piece mapped to the source', () => {
    const clause = 'Le ministre a annoncé le 3 avril la réforme, puis il est parti';
    const source = `${Array.from({ length: 60 }, () => clause).join('; ')}. ${Array.from({ length: 60 }, () => clause).join(', ')}.\n`;
    const sentences = paragraphs(extract(source).sections).flatMap((p) => p.sentences);
    expect(sentences.length).toBeGreaterThan(60);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(source.slice(s.span.start.offset, s.span.end.offset)).toBe(s.text);
    }
    expect(sentences[0]!.text).toBe(`${clause};`);
    // without semicolons, the cut falls after a comma
    expect(sentences.filter((s) => s.text.startsWith(clause) && s.text.length > clause.length + 2).every((s) => /,$|\.$/.test(s.text))).toBe(true);
  });

  it('keep the output within 60 times the input', () => {
    const source = `${Array.from({ length: 1500 }, () => 'Gabriel Dupont a annoncé le 3 avril la réforme').join('; ')}.\n`;
    const output = JSON.stringify(extract(source, { file: 'a.md' }), null, 2);
    expect(output.length / source.length).toBeLessThan(60);
  });
});
