/** "avril", "octobre 2022", "le mois de mars", "mars dernier", "sept. 2014". */
import type { DateParser } from '../../../../dates/date-locale.js';
import { MONTHS, SHIFTS, lookup } from '../constants.js';
import { APOS, B, MONTH, MONTH_PREFILTER, S, YEAR4, isCapital, re, whole } from './kit.js';

export const monthYearParser: DateParser = {
  name: 'month-year',
  // the month is mandatory
  prefilter: MONTH_PREFILTER,
  pattern: re(`${B}(?:((?:le|ce)${S}mois${S}(?:de${S}|d${APOS}))|(mois${S}(?:de${S}|d${APOS})))?(${MONTH})(?:${S}(${YEAR4})|${S}(dernier|prochain|passé))?(?![\\p{L}\\p{N}]|-\\p{L}|${S}\\d{1,2}(?:h|:)\\d)`),
  extract(m, text) {
    const word = m[3]!;
    const month = lookup(MONTHS, word.replace(/\.$/, ''));
    if (!month) return null;
    const start = m.indices![3]![0];
    const abbreviated = !/^(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)$/i.test(word);
    // abbreviations only with a year; "Mars" (the planet), "Mai" (a name) only with a year or "mois de"
    if (abbreviated && !m[4]) return null;
    if (isCapital(text, start) && !m[4] && !m[1] && !m[2] && !/^[A-ZÉÈ]+$/.test(word)) {
      const atStart = text.slice(0, start).trim() === '' || /[.:!?]\s*$/.test(text.slice(0, start));
      if (!atStart || /^(mars|mai)$/i.test(word)) return null;
    }
    const shift = m[5] ? lookup(SHIFTS, m[5]) : undefined;
    const c = whole(m, {
      kind: 'calendar',
      month,
      ...(m[4] ? { year: Number(m[4]) } : {}),
      ...(shift ? { direction: shift < 0 ? ('past' as const) : ('future' as const) } : {}),
    }, 'month-year');
    return c;
  },
};
