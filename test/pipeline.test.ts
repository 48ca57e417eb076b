import { describe, expect, it } from 'vitest';
import { extract, ExtractError, parseReferenceDate } from '../src/pipeline.js';

describe('reference date: --ref-date > front matter date > none', () => {
  it('option', () => {
    expect(extract('Texte.', { refDate: '2024-04-05' }).referenceDate).toEqual({ value: '2024-04-05', source: 'option' });
  });
  it('option wins over the front matter', () => {
    expect(extract('---\ndate: 2020-01-01\n---\nTexte.', { refDate: '2024-04-05' }).referenceDate.source).toBe('option');
  });
  it.each([
    ['2024-04-05', '2024-04-05'],
    ['2024-04-05T10:30:00+02:00', '2024-04-05T10:30:00'],
    ['2024-04-05 10:30', '2024-04-05T10:30'],
    ['"2024-04-05T08:00:00Z"', '2024-04-05T08:00:00'],
  ])('front matter date %s', (yamlDate, value) => {
    expect(extract(`---\ndate: ${yamlDate}\n---\nTexte.`).referenceDate).toEqual({ value, source: 'frontmatter' });
  });
  it('none', () => {
    expect(extract('Texte.').referenceDate).toEqual({ value: null, source: 'none' });
  });
  it('a front matter date that is not a date: none, with a diagnostic', () => {
    const article = extract('---\ndate: bientôt\n---\nTexte.');
    expect(article.referenceDate.source).toBe('none');
    expect(article.diagnostics.map((d) => d.ruleId)).toContain('front-matter-date');
  });
  it('invalid YAML front matter: a diagnostic, not a crash', () => {
    const article = extract('---\ntitle: [oops\n---\nTexte.');
    expect(article.diagnostics.map((d) => d.ruleId)).toContain('front-matter-invalid');
  });
  it('an invalid option is an ExtractError', () => {
    expect(() => extract('Texte.', { refDate: '2024-02-30' })).toThrow(ExtractError);
  });
  it.each([
    ['2024-04-05', true],
    ['2024-04-05T18:30', true],
    ['2024-04-05T18:30:15', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-4-5', false],
    ['2024-04-05T25:00', false],
    ['hier', false],
  ])('parseReferenceDate(%s) valid: %s', (text, valid) => {
    expect(parseReferenceDate(text) !== null).toBe(valid);
  });
});

describe('language', () => {
  it('front matter lang', () => {
    expect(extract('---\nlang: fr-FR\n---\nTexte.').lang).toBe('fr');
  });
  it('unsupported language is an ExtractError naming the supported ones', () => {
    expect(() => extract('Text.', { lang: 'xx' })).toThrow(/supported: fr/);
  });
});

describe('input forms', () => {
  const seedLike = '# Titre\r\n\r\nUne phrase. Une autre.\r\n';
  it('CRLF: same structure as LF, spans on the CRLF source', () => {
    const crlf = extract(seedLike);
    const lf = extract(seedLike.replace(/\r\n/g, '\n'));
    expect(crlf.sections[0]!.paragraphs[0]!.sentences.map((s) => s.text)).toEqual(lf.sections[0]!.paragraphs[0]!.sentences.map((s) => s.text));
    const p = crlf.sections[0]!.paragraphs[0]!;
    expect(seedLike.slice(p.span.start.offset, p.span.end.offset)).toBe(p.text);
    expect(p.span.start.line).toBe(3);
  });
  it('BOM: not counted in offsets', () => {
    const article = extract('\uFEFF# Titre\n\nTexte.');
    expect(article.sections[0]!.span.start.offset).toBe(0);
    expect(article.title).toBe('Titre');
  });
  it('deterministic: two runs, same bytes', () => {
    const source = '---\ndate: 2024-04-05\n---\n# Titre\n\nM. Dupont est venu le 3 avril. Il est reparti.';
    expect(JSON.stringify(extract(source))).toBe(JSON.stringify(extract(source)));
  });
});
