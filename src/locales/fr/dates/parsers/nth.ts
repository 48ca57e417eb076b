/**
 * "la première semaine d'octobre 2014", "le dernier week-end de septembre", "le dernier jour d'octobre", "la deuxième quinzaine d'avril";
 * and with no month, the first or last day of a week, a month or a year ("le dernier jour de l'année", "le premier jour du mois").
 */
import type { DateParser } from '../../../../dates/date-locale.js';
import { MONTHS, ORDINALS, RELATIVE_UNITS, SHIFTS, WEEKDAYS, WEEKDAY_NAMES, lookup, wordsPrefilter } from '../constants.js';
import { APOS, B, MONTH_FULL, S, WEEKDAY, YEAR4, re, whole, OS } from './kit.js';
import { SHIFT } from './relative-period.js';

/** The units that "la première …" counts in a month, before the weekdays. */
const UNITS_OF_MONTH = ['semaine', 'week-end', 'weekend', 'jour', 'quinzaine'];

export const nthParser: DateParser = {
  name: 'nth',
  // the unit is mandatory, and so is the full month name, but a month is in a third of the sentences of news, a unit in
  // one of eight (and its words are looked for in the one scan already)
  prefilter: wordsPrefilter([...UNITS_OF_MONTH, ...WEEKDAY_NAMES]),
  pattern: re(
    `${B}(?:(la|le|l${APOS})${OS})?(premi[eè]re?|premier|1ère|1re|1er|deuxi[eè]me|seconde?|2e|2ème|troisi[eè]me|3e|3ème|quatri[eè]me|4e|4ème|cinquième|5e|derni[eè]re?)${S}(${UNITS_OF_MONTH.join('|')}|${WEEKDAY})${S}(?:du${S}mois${S})?(?:de${S}|d${APOS})(${MONTH_FULL})(?:${S}(${YEAR4}))?(?![\\p{L}\\p{N}-])`,
  ),
  extract(m) {
    const n = lookup(ORDINALS, m[2]!.replace(/premiere/i, 'première').replace(/derniere/i, 'dernière').replace(/deuxieme/i, 'deuxième'));
    const month = lookup(MONTHS, m[4]!);
    if (n === undefined || !month) return null;
    const year = m[5] ? Number(m[5]) : undefined;
    const unitWord = m[3]!.toLowerCase();
    if (unitWord === 'quinzaine') {
      if (n !== 1 && n !== 2 && n !== -1) return null;
      return whole(m, { kind: 'calendar', month, ...(year !== undefined ? { year } : {}) }, 'nth', n === 1 ? 'START' : 'END');
    }
    const weekday = lookup(WEEKDAYS, unitWord);
    if (weekday) return whole(m, { kind: 'nth', unit: 'day', weekday, n, month, ...(year !== undefined ? { year } : {}) }, 'nth');
    const unit = unitWord === 'jour' ? 'day' : unitWord === 'semaine' ? 'week' : 'weekend';
    return whole(m, { kind: 'nth', unit, n, month, ...(year !== undefined ? { year } : {}) }, 'nth');
  },
};

/**
 * "le dernier jour de l'année", "le premier jour du mois", "le 1er jour de la semaine prochaine",
 * "le dernier jour de l'année 2023". With a month ("le dernier jour de février") it is nthParser's.
 */
export const periodEdgeParser: DateParser = {
  name: 'period-edge',
  prefilter: /jour/iu,
  pattern: re(
    `${B}(?:(le|l${APOS})${OS})?(premier|1er|dernier)${S}jour${S}` +
      `(?:(du|de${S}la|de${S}l${APOS}|de${S}(?:ce|cet|cette)${S})${OS})(mois|semaine|année|annee|an)` +
      `(?:${S}(${YEAR4})|${S}${SHIFT})?` +
      // "du mois de ramadan", "de l'année scolaire", "de la semaine sainte" are other periods
      `(?![\\p{L}\\p{N}-]|${S}(?:de|d${APOS}|scolaire|universitaire|fiscale|budgétaire|judiciaire|liturgique|lunaire|sainte|sacrée?|civile)(?![\\p{L}]))`,
  ),
  extract(m) {
    const first = !/^dernier$/i.test(m[2]!);
    const unit = lookup(RELATIVE_UNITS, m[4]!) as 'week' | 'month' | 'year';
    const intro = m[3]!.toLowerCase();
    const edge = first ? ('first' as const) : ('last' as const);
    if (m[5]) {
      // "le dernier jour de l'année 2023"; "le premier jour du mois 2023" is not said
      if (unit !== 'year') return null;
      const year = Number(m[5]);
      return whole(m, { kind: 'calendar', year, month: first ? 1 : 12, day: first ? 1 : 31 }, 'period-edge');
    }
    // the week's first and last days are its Monday and Sunday
    const weekday = unit === 'week' ? { weekday: first ? 1 : 7 } : {};
    if (m[6]) {
      if (/en\s+cours/i.test(m[6])) return whole(m, { kind: 'relative', unit, offset: 0, base: 'ref', edge, ...weekday }, 'period-edge');
      const shift = lookup(SHIFTS, m[6]) ?? 1;
      const base = /suiv|précéd|preced|après|suit/i.test(m[6]) ? 'anchor' : 'ref';
      return whole(m, { kind: 'relative', unit, offset: shift, base, edge, ...weekday }, 'period-edge');
    }
    const demonstrative = /c/.test(intro);
    return whole(m, { kind: 'relative', unit, offset: 0, base: 'ref', edge, ...weekday, ...(demonstrative ? {} : { loose: true }) }, 'period-edge');
  },
};
