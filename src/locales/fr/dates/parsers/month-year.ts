/**
 * "avril", "octobre 2022", "le mois de mars", "mars dernier", "sept. 2014",
 * "le mois d'octobre de 1969", "Mai 68".
 */
import type { DateParser } from '../../../../dates/date-locale.js';
import { MONTHS, SHIFTS, lookup } from '../constants.js';
import { APOS, B, MONTH, MONTH_PREFILTER, NOT_NOUNS, OS, S, WORD_AFTER, YEAR4, isCapital, indexed, re, whole } from './kit.js';
import { latinExec } from '../../../../text/unicode-domain.js';

// What follows a number that counts rather than dates: more digits ("mai 15 000"), a range of numbers ("de 1800 à 2000",
// "30 à 40 %"), a score ("20-15"), a unit or a quantity word.
const COUNT_AFTER = new RegExp(
  `^(?:${OS}(?:[,.]\\d|[-–/]\\d|%|‰|€|\\$)|${S}\\d|${S}(?:à|au|et|ou)${S}\\d|${S}d${APOS}entre${S}|${S}(?:h|heures?|min|minutes?|km|kg|m|euros?|dollars?|francs?|mille|millions?|milliards?|pour${S}cent|fois|ans?|années?|mois|semaines?|jours?|sur${S}\\d)(?![\\p{L}]))`,
  'iu',
);

/** True when the number ending at `end` reads as a count ("mai 15 personnes", "en mars de 2000 à 3000"). */
function countsAt(text: string, end: number): boolean {
  const rest = text.slice(end);
  if (COUNT_AFTER.test(rest)) return true;
  // "en janvier 12 candidats": a count before a plural noun
  const next = latinExec(WORD_AFTER, rest)?.[1];
  return !!next && /[sx]$/.test(next) && !NOT_NOUNS.has(next);
}

export const monthYearParser: DateParser = {
  name: 'month-year',
  // the month is mandatory
  prefilter: MONTH_PREFILTER,
  pattern: indexed(
    `${B}(?:((?:le|ce)${S}mois${S}(?:de${S}|d${APOS}))|(mois${S}(?:de${S}|d${APOS})))?(${MONTH})(?:${S}(?:(de)${S})?(${YEAR4})|${S}(dernier|prochain|passé)|${S}(\\d{2}))?(?![\\p{L}\\p{N}]|-\\p{L}|${S}\\d{1,2}(?:h|:)\\d)`,
  ),
  extract(m, text) {
    const word = m[3]!;
    const month = lookup(MONTHS, word.replace(/\.$/, ''));
    if (!month) return null;
    const start = m.indices![3]![0];
    const monthEnd = m.indices![3]![1];
    const end = m.index + m[0].length;
    const abbreviated = !/^(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)$/i.test(word);
    let year: number | undefined;
    let shortYear = false;
    let to = end;
    if (m[5]) {
      // "le mois d'octobre de 1969" is one expression; "passé en mai de 1800 à 2000 adhérents" is a month and a count
      if (m[4] && countsAt(text, end)) to = monthEnd;
      else year = Number(m[5]);
    } else if (m[7]) {
      // "Mai 68", "juin 40": a year of two digits after a full month name, unless the number counts ("en mai 15 personnes")
      if (abbreviated || countsAt(text, end)) to = monthEnd;
      else {
        year = Number(m[7]);
        shortYear = true;
      }
    }
    // abbreviations only with a year; "Mars" (the planet), "Mai" (a name) only with a year or "mois de"
    if (abbreviated && year === undefined) return null;
    if (isCapital(text, start) && year === undefined && !m[1] && !m[2] && !/^[A-ZÉÈ]+$/.test(word)) {
      const atStart = text.slice(0, start).trim() === '' || /[.:!?]\s*$/.test(text.slice(0, start));
      if (!atStart || /^(mars|mai)$/i.test(word)) return null;
    }
    const shift = m[6] ? lookup(SHIFTS, m[6]) : undefined;
    const c = whole(m, {
      kind: 'calendar',
      month,
      ...(year !== undefined ? { year, ...(shortYear ? { shortYear: true } : {}) } : {}),
      ...(shift ? { direction: shift < 0 ? ('past' as const) : ('future' as const) } : {}),
    }, 'month-year');
    return to === end ? c : { ...c, to };
  },
};
