import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { YEAR_WARNINGS_MAX } from '../../src/dates/index.js';
import { extract } from '../../src/index.js';
import { brief, dates } from './helpers.js';

const seed = fs.readFileSync(new URL('../../fixtures/lecornu-choigou.md', import.meta.url), 'utf8');

describe('findDates on the seed', () => {
  it('finds exactly the six expressions, with reference date 2024-04-05', () => {
    const article = extract(seed, { refDate: '2024-04-05' });
    expect(article.dates.map((d) => [d.text, d.type, d.value, d.mod])).toEqual([
      ['le 3 avril', 'DATE', '2024-04-03', null],
      ['la fin du mois de mars', 'DATE', '2024-03', 'END'],
      ['une heure', 'DURATION', 'PT1H', null],
      ['octobre 2022', 'DATE', '2022-10', null],
      ['le 22 mars', 'DATE', '2024-03-22', null],
      ['Ce jour-là', 'DATE', '2024-03-22', null],
    ]);
    const ce = article.dates[5]!;
    expect(article.dates.find((d) => d.id === ce.anchor)?.text).toBe('le 22 mars');
    expect(article.dates[0]!.inferred).toEqual(['year']);
    for (const d of article.dates) expect(seed.slice(d.span.start.offset, d.span.end.offset)).toBe(d.text);
  });

  it('keeps the year unknown without a reference date, with one warning per expression that states it (not its anaphora)', () => {
    const article = extract(seed);
    expect(article.dates.map((d) => d.value)).toEqual(['XXXX-04-03', 'XXXX-03', 'PT1H', '2022-10', 'XXXX-03-22', 'XXXX-03-22']);
    const warnings = article.diagnostics.filter((d) => d.ruleId === 'date-year-unresolved');
    expect(warnings.map((w) => article.dates.find((d) => d.span.start.offset === w.span!.start.offset)?.text)).toEqual(['le 3 avril', 'la fin du mois de mars', 'le 22 mars']);
    expect(warnings.every((w) => w.severity === 'warning' && /year/i.test(w.message) && /reference date/i.test(w.message) && w.span)).toBe(true);
  });

  it('warns for each year-less date up to YEAR_WARNINGS_MAX, then once for the rest, at the first of them, with their count', () => {
    const days = Array.from({ length: YEAR_WARNINGS_MAX + 7 }, (_, i) => `Le ${(i % 28) + 1} octobre, la mairie a voté.`);
    const article = extract(`# Séances\n\n${days.join('\n\n')}\n`);
    const warnings = article.diagnostics.filter((d) => d.ruleId === 'date-year-unresolved');
    expect(article.dates.every((d) => d.value.startsWith('XXXX-10-'))).toBe(true);
    expect(warnings).toHaveLength(YEAR_WARNINGS_MAX + 1);
    expect(warnings.map((w) => w.span!.start.offset)).toEqual(article.dates.slice(0, YEAR_WARNINGS_MAX + 1).map((d) => d.span.start.offset));
    expect(warnings.at(-1)!.message).toMatch(/^The year of "Le \d+ octobre" and of 6 later dates cannot be resolved: no reference date/);
    expect(extract(`# Séances\n\n${days.slice(0, YEAR_WARNINGS_MAX + 1).join('\n\n')}\n`).diagnostics.at(-1)!.message).toMatch(/^The year of "Le \d+ octobre" cannot be resolved/);
  });

  it('uses a front matter date like --ref-date', () => {
    const article = extract(`---\ndate: 2024-04-05\n---\n${seed}`);
    expect(article.dates.map((d) => d.value)).toContain('2024-04-03');
  });
});

describe('narrative and tense', () => {
  it('resolves anaphora against the date last set, deixis against the reference', () => {
    expect(brief(['Le 3 janvier 2005, l’avion a décollé.', 'La veille, il avait été révisé.', 'Hier, l’enquête a été close.'], '2024-04-05')).toEqual([
      'Le 3 janvier 2005=2005-01-03',
      'La veille=2005-01-02',
      'Hier=2024-04-04',
    ]);
    const [, veille] = dates(['Le 3 janvier 2005, l’avion a décollé.', 'La veille, il avait été révisé.'], '2024-04-05').dates;
    expect(veille!.anchor).toBe('d1');
  });

  it('reads a bare day by the tense of its clause', () => {
    expect(brief('Le sommet a eu lieu le 3 mai.', '2024-04-05')).toEqual(['le 3 mai=2023-05-03']);
    expect(brief('Le sommet aura lieu le 3 mars.', '2024-04-05')).toEqual(['le 3 mars=2025-03-03']);
    expect(brief('Le sommet va se tenir jeudi.', '2024-04-05')).toEqual(['jeudi=2024-04-11']);
    expect(brief('Le sommet, le 3 mai.', '2024-04-05')).toEqual(['le 3 mai=2024-05-03']);
    expect(brief('Le sommet, le 3 mai.', '2024-04-05', 'past')).toEqual(['le 3 mai=2023-05-03']);
  });

  it('numbers dates in document order and gives their section', () => {
    const found = dates(['Hier et demain.'], '2024-04-05').dates;
    expect(found.map((d) => [d.id, d.section])).toEqual([
      ['d1', 's'],
      ['d2', 's'],
    ]);
  });
});

// Speed and linearity are measured by `npm run bench`, not by timed tests.
describe('long input', () => {
  it('finds every expression of a long text, numbered in order', () => {
    const sentence = 'Le 3 avril 2024 à 18h30, puis la semaine dernière et depuis octobre 2022, pendant deux heures et demie. ';
    const found = dates(sentence.repeat(2000), '2024-04-05').dates;
    expect(found.length).toBe(10000);
    expect(found[9999]!.id).toBe('d10000');
    expect(found[1]).toMatchObject({ text: '18h30', value: '2024-04-03T18:30', anchor: found[0]!.id });
  });
});

describe('times without a day', () => {
  it('take the day the paragraph last set, or the day of the story when told in the past', () => {
    // helpers put each sentence in its own paragraph: told in the past, the story goes on with its day
    const found = dates(['Mardi 2 avril, le président a parlé.', 'Vers 18 heures, il a quitté l’Élysée.'], '2024-04-05').dates;
    expect(found.map((d) => d.value)).toEqual(['2024-04-02', '2024-04-02T18:00']);
    // otherwise a time alone in another paragraph stays on the reference day
    const ahead = dates(['Mardi 2 avril, le président a parlé.', 'À 18 heures, il recevra les syndicats.'], '2024-04-05').dates;
    expect(ahead.map((d) => d.value)).toEqual(['2024-04-02', '2024-04-05T18:00']);
    const same = dates('Mardi 2 avril, le président a parlé ; vers 18 heures, il a quitté l’Élysée.', '2024-04-05').dates;
    expect(same.map((d) => [d.value, d.anchor])).toEqual([
      ['2024-04-02', null],
      ['2024-04-02T18:00', 'd1'],
    ]);
  });

  it('keep "ce soir" on the reference day', () => {
    expect(brief('Mardi 2 avril, il a parlé ; ce soir, il dîne.', '2024-04-05')).toEqual(['Mardi 2 avril=2024-04-02', 'ce soir=2024-04-05TEV']);
  });
});

describe('a weekday abbreviation before a date, through the sentence splitter', () => {
  it('keeps "ven. 15 mars" in one sentence and one expression', () => {
    const article = extract('Le concert aura lieu ven. 15 mars à Paris. Les billets sont en vente.', { refDate: '2024-03-13' });
    expect(article.dates.map((d) => [d.text, d.value])).toEqual([['ven. 15 mars', '2024-03-15']]);
  });
});

describe('headings', () => {
  it('give a bare weekday the date of the same weekday the section resolves', () => {
    const article = extract('---\ndate: 2024-06-04\n---\n## Incendie\n\n### Une marche blanche samedi\n\nUne marche blanche partira de la mairie samedi 8 juin à 15 heures.\n', { file: 't.md' });
    expect(article.dates.map((d) => `${d.text}=${d.value}`)).toEqual(['samedi=2024-06-08', 'samedi 8 juin=2024-06-08', '15 heures=2024-06-08T15:00']);
  });
});

describe('bare weekdays', () => {
  it('take the date their section told with its weekday, when no tense says which', () => {
    const article = extract(
      '---\ndate: 2023-03-02\n---\n## Grève\n\nLes syndicats ont appelé à la grève à partir du mardi 7 mars.\n\nLa direction prévoit un trafic perturbé mardi.\n',
      { file: 't.md' },
    );
    expect(article.dates.map((d) => `${d.text}=${d.value}`)).toEqual(['mardi 7 mars=2023-03-07', 'mardi=2023-03-07']);
  });
});
