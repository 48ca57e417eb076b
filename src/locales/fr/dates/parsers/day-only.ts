/**
 * A day of the month alone: "le 16" ("le 16 à 18h"), "du 13" ("du 13 au 18").
 * Weak: a refiner keeps it only when a time or a range gives it a context.
 */
import type { DateParser } from '../../../../dates/date-locale.js';
import { parseNumber } from '../constants.js';
import { B, DAY, S, dayValue, re, whole, OS } from './kit.js';

export const dayOnlyParser: DateParser = {
  name: 'day-only',
  pattern: re(`${B}(le${S})?(${DAY})(?![\\p{L}\\p{N}/.:,-]|${OS}(?:h|heures?|%))`),
  extract(m, text) {
    const day = dayValue(m[2]!, parseNumber);
    if (!(day >= 1 && day <= 31) || !Number.isInteger(day)) return null;
    // "le 15" standing alone (a heading, a reply) is a date
    const alone = Boolean(m[1]) && text.trim().replace(/[.!?]$/, '') === m[0];
    return whole(m, { kind: 'calendar', day }, 'day-only', null, !alone);
  },
};
