/** The JSON formatter: pretty output is the same value as compact, with small flat values (spans) on one line. */
import { describe, expect, it } from 'vitest';
import { formatJson, formatJsonChunks } from '../../../src/cli/formatters/json.js';
import { MAX_TABLE_CELLS } from '../../../src/markdown/limits.js';
import { extract } from '../../../src/pipeline.js';

const article = extract('# Titre\n\nLe 3 avril, M. Gabriel Dupont a rencontré l’ONU à Genève. Les pays de l’Union européenne ont voté.\n', {
  refDate: '2024-04-05',
  file: 'a.md',
});

describe('formatJson', () => {
  it('pretty and compact parse to the same value; extractor comes after schemaVersion', () => {
    const extractor = { name: 'extract-news', version: '9.9.9' };
    const pretty = formatJson(article, { compact: false, extractor });
    const compact = formatJson(article, { compact: true, extractor });
    expect(JSON.parse(pretty)).toEqual(JSON.parse(compact));
    expect(Object.keys(JSON.parse(pretty)).slice(0, 2)).toEqual(['schemaVersion', 'extractor']);
    expect(compact.trimEnd()).not.toContain('\n');
  });

  it('pretty writes each span on one line and leaves out undefined members as JSON.stringify does', () => {
    const pretty = formatJson({ ...article, title: undefined as unknown as null }, { compact: false });
    const spanLines = pretty.split('\n').filter((l) => l.includes('"span": '));
    expect(spanLines.length).toBeGreaterThan(3);
    for (const line of spanLines) expect(line).toMatch(/"span": \{"start":\{"line":\d+,"column":\d+,"offset":\d+\},"end":\{[^{}]+\}\}/);
    expect(JSON.parse(pretty)).not.toHaveProperty('title');
  });

  it('a long flat list breaks over lines rather than running past the width', () => {
    const names = Array.from({ length: 30 }, (_, i) => `Nom numéro ${i}`);
    const pretty = formatJson({ ...article, actors: [{ ...article.actors[0]!, aliases: names }] }, { compact: false });
    expect(pretty.split('\n').every((line) => line.length <= 200 || /"(text|title|sentence|name)":/.test(line))).toBe(true);
    expect(JSON.parse(pretty).actors[0].aliases).toEqual(names);
  });

  it('a dense text of names stays under 60 times its size in pretty JSON', () => {
    const source = `# T\n\n${'ONU '.repeat(4000)}.\n`;
    const out = formatJson(extract(source, { file: 'a.md' }), { compact: false });
    expect(out.length / source.length).toBeLessThan(60);
  });

  it('a table of year-less dates too large to be read as a table stays under 60 times its size in pretty JSON', () => {
    // past MAX_TABLE_CELLS the rows are plain lines: each is a sentence with a date, a place and an event
    const n = Math.ceil(MAX_TABLE_CELLS / 2) + 50;
    const rows = Array.from({ length: n }, (_, i) => `| le ${(i % 28) + 1} juin | Marseille |`);
    const source = `# Calendrier\n\n| Jour | Ville |\n| --- | --- |\n${rows.join('\n')}\n`;
    for (const refDate of [undefined, '2023-01-10']) {
      const article = extract(source, { file: 'a.md', refDate });
      expect(article.events.length).toBe(n);
      expect(formatJson(article, { compact: false }).length / source.length).toBeLessThan(60);
    }
  }, 30_000);

  it('in pieces: the same text, cut into pieces of about 16 k code units for a long article', () => {
    const extractor = { name: 'extract-news', version: '9.9.9' };
    expect([...formatJsonChunks(article, { extractor })].join('')).toBe(formatJson(article, { compact: false, extractor }));
    const paragraph = 'Le 4 mai 2021, Mme Claire Martin a rencontré à Lyon le maire, qui partira le 12 juin.';
    const long = extract(`# Titre\n\n${Array.from({ length: 400 }, (_, i) => `## Partie ${i}\n\n${paragraph}\n`).join('\n')}`, { file: 'long.md' });
    const pieces = [...formatJsonChunks(long, {})];
    expect(pieces.join('')).toBe(formatJson(long, { compact: false }));
    expect(pieces.length).toBeGreaterThan(3);
    // a piece ends once it reaches 16 k: past that, one member's line at most
    for (const piece of pieces) expect(piece.length).toBeLessThan(2 ** 14 + 2000);
    expect(pieces.at(-1)!.endsWith('}\n')).toBe(true);
  });
});
