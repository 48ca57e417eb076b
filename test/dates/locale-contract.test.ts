import { describe, expect, it } from 'vitest';
import type { StageContext } from '../../src/context.js';
import type { DateLocale } from '../../src/dates/date-locale.js';
import { findDates } from '../../src/dates/index.js';
import { fr } from '../../src/locales/fr/index.js';
import { LineIndex } from '../../src/text/line-index.js';
import { unitsOf } from './helpers.js';

// A toy English locale: the core needs nothing French to run it.
const en: DateLocale = {
  parsers: [
    {
      name: 'relative-day',
      pattern: /\b(yesterday|tomorrow|the day before)\b/dgi,
      extract: (m) => ({
        from: m.index,
        to: m.index + m[0].length,
        by: 'relative-day',
        expr: /before/i.test(m[1]!)
          ? { kind: 'relative', unit: 'day', offset: -1, base: 'anchor' }
          : { kind: 'relative', unit: 'day', offset: /yesterday/i.test(m[1]!) ? -1 : 1, base: 'ref' },
      }),
    },
    {
      name: 'month-day',
      pattern: /\b(April) (\d{1,2})\b/dg,
      extract: (m) => ({ from: m.index, to: m.index + m[0].length, by: 'month-day', expr: { kind: 'calendar', month: 4, day: Number(m[2]) } }),
    },
  ],
  refiners: [],
  tenses: (text) => () => (/\bwill\b/.test(text) ? 'future' : /\b\w+ed\b/.test(text) ? 'past' : null),
};

describe('the DateLocale contract', () => {
  it('runs another language through the same core', () => {
    const { source, units } = unitsOf(['It happened on April 3.', 'The day before, it rained.', 'It will end tomorrow.']);
    const context: StageContext = { source, lines: new LineIndex(source), referenceDate: { value: '2024-04-05', source: 'option' }, prefer: 'nearest', locale: { ...fr, code: 'en', dates: en }, gazetteer: [] };
    expect(findDates(units, context).dates.map((d) => [d.text, d.value, d.anchor])).toEqual([
      ['April 3', '2024-04-03', null],
      ['The day before', '2024-04-02', 'd1'],
      ['tomorrow', '2024-04-06', null],
    ]);
  });
});

describe('the French refiners', () => {
  // findCandidates runs no refiner on a unit where the parsers found nothing: none may make a candidate out of none
  it.each(fr.dates.refiners.map((r) => [r.name, r] as const))('%s makes no candidate out of none', (_, refiner) => {
    for (const text of ['', 'Le sommet a lieu du 3 au 5 mai prochains, à 15 h.', 'Voir https://example.org/2024/05/03 ou « 8 mai ».', "l'homme de 45 ans, la veille de Noël"]) {
      expect(refiner.refine([], text)).toEqual([]);
    }
  });
});
