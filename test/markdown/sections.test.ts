import { describe, expect, it } from 'vitest';
import { extract, ExtractError } from '../../src/pipeline.js';
import type { Section } from '../../src/types.js';

const outline = (sections: Section[]): unknown[] => sections.map((s) => [s.depth, s.title, s.paragraphs.map((p) => p.text), outline(s.sections)]);

describe('sections: nested by heading depth', () => {
  it.each([
    ['one heading', '# Titre\n\nTexte.', [[1, 'Titre', ['Texte.'], []]]],
    ['nested', '# A\n\n## B\n\nb.\n\n## C\n\nc.', [[1, 'A', [], [[2, 'B', ['b.'], []], [2, 'C', ['c.'], []]]]]],
    ['starts at depth 3', '### A\n\na.\n\n### B\n\nb.', [[3, 'A', ['a.'], []], [3, 'B', ['b.'], []]]],
    ['skipped level', '# A\n\n### B\n\nb.\n\n## C', [[1, 'A', [], [[3, 'B', ['b.'], []], [2, 'C', [], []]]]]],
    ['shallower later', '## A\n\n# B\n\n## C', [[2, 'A', [], []], [1, 'B', [], [[2, 'C', [], []]]]]],
    ['text before the first heading', 'Chapeau.\n\n# A\n\na.', [[0, null, ['Chapeau.'], []], [1, 'A', ['a.'], []]]],
    ['no heading at all', 'Un.\n\nDeux.', [[0, null, ['Un.', 'Deux.'], []]]],
    ['setext headings', 'Titre\n=====\n\nSous-titre\n----------\n\nTexte.', [[1, 'Titre', [], [[2, 'Sous-titre', ['Texte.'], []]]]]],
  ])('%s', (_name, source, expected) => {
    expect(outline(extract(source).sections)).toEqual(expected);
  });

  it('keeps code blocks and HTML out of the text, and list items, quotes and table cells in', () => {
    const source = [
      '# A',
      '',
      '```',
      'const x = 1;',
      '```',
      '',
      '<div>html</div>',
      '',
      '- premier point',
      '- second point',
      '',
      '> « Une citation. »',
      '',
      '| Nom | Âge |',
      '| --- | --- |',
      '| Jean | 42 |',
    ].join('\n');
    const paragraphs = extract(source).sections[0]!.paragraphs;
    expect(paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['listItem', 'premier point'],
      ['listItem', 'second point'],
      ['blockquote', '« Une citation. »'],
      ['tableCell', 'Nom'],
      ['tableCell', 'Âge'],
      ['tableCell', 'Jean'],
      ['tableCell', '42'],
    ]);
  });

  it('reads quotes and lists nested a hundred deep; refuses deeper ones with a one-line error, before parsing', () => {
    expect(extract(`${'>'.repeat(100)} Texte.`).sections[0]!.paragraphs.map((p) => [p.kind, p.text])).toEqual([['blockquote', 'Texte.']]);
    expect(extract(`${'- '.repeat(100)}x`).sections[0]!.paragraphs).toHaveLength(1);
    expect(() => extract(`${'>'.repeat(5000)} Texte.`)).toThrow(/^the Markdown nests lists or quotes too deeply to be parsed \(more than 100 levels\)$/);
    expect(() => extract(`${'- '.repeat(1000)}x`)).toThrow(ExtractError);
  });

  it('gives unique GitHub-style slugs', () => {
    const ids = extract('# Même titre\n\n# Même titre\n\n# Élysée : l’été').sections.map((s) => s.id);
    expect(ids).toEqual(['même-titre', 'même-titre-1', 'élysée--lété']);
  });

  it('title: front matter title, else the first shallowest heading', () => {
    expect(extract('### Petit\n\n## Grand\n\n## Autre').title).toBe('Grand');
    expect(extract('---\ntitle: Depuis le YAML\n---\n\n# Titre\n').title).toBe('Depuis le YAML');
    expect(extract('Sans titre.').title).toBeNull();
  });

  it('splits CMS one-line paragraphs but not hard-wrapped prose', () => {
    const long = 'Le ministre a longuement détaillé devant les députés le contenu du projet de loi et ses conséquences.';
    const cms = extract(`# T\n${long} Il a conclu.\n${long} Fin.\n`);
    expect(cms.sections[0]!.paragraphs.map((p) => p.span.start.line)).toEqual([2, 3]);
    const wrapped = extract('# T\n\nLe ministre a longuement détaillé devant les députés le\ncontenu du projet de loi. Il a conclu sur ses conséquences\npour les communes.\n');
    expect(wrapped.sections[0]!.paragraphs).toHaveLength(1);
  });
});
