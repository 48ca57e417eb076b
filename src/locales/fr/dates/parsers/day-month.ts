/** "le 3 avril", "mardi 9 janvier 2024", "ven. 15 mars", "1er janvier", "15 fev 2013", "31 octobre 74". */
import type { DateParser } from '../../../../dates/date-locale.js';
import { MONTHS, PARTS_OF_DAY, WEEKDAYS, lookup, parseNumber } from '../constants.js';
import { B, DAY, MONTH, MONTH_PREFILTER, S, WEEKDAY, WEEKDAY_ABBR, YEAR4, dayValue, re, whole } from './kit.js';

export const dayMonthParser: DateParser = {
  name: 'day-month',
  // the month is mandatory
  prefilter: MONTH_PREFILTER,
  pattern: re(`${B}(?:(le|ce)${S})?(?:(${WEEKDAY}|${WEEKDAY_ABBR})${S})?(${DAY})${S}(${MONTH})(?:${S}(${YEAR4}|\\d{2}(?![\\d\\s]*\\p{L})))?(?:${S}(prochain|dernier))?(?:${S}(?:au${S})?(matin|après-midi|soir|midi))?(?![\\p{L}\\p{N}]|-\\p{L})`),
  extract(m) {
    const day = dayValue(m[3]!, parseNumber);
    const month = lookup(MONTHS, m[4]!.replace(/\.$/, ''));
    // "sept" is also seven: only as a month with its dot or a year ("3 sept. 2014")
    if (/^sept$/i.test(m[4]!) && !m[5]) return null;
    if (!month || !(day >= 1 && day <= 31)) return null;
    const weekday = m[2] ? lookup(WEEKDAYS, m[2].replace(/\.$/, '')) : undefined;
    const y = m[5];
    return whole(m, {
      kind: 'calendar',
      month,
      day,
      ...(weekday ? { weekday } : {}),
      ...(y ? { year: Number(y), ...(y.length === 2 ? { shortYear: true } : {}) } : {}),
      ...(m[7] ? { part: lookup(PARTS_OF_DAY, m[7])! } : {}),
      ...(m[6] ? { direction: /^prochain$/i.test(m[6]) ? ('future' as const) : ('past' as const) } : {}),
    }, 'day-month');
  },
};
