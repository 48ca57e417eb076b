/** "la première semaine d'octobre 2014", "le dernier week-end de septembre", "le dernier jour d'octobre", "la deuxième quinzaine d'avril". */
import type { DateParser } from '../../../../dates/date-locale.js';
import { MONTHS, ORDINALS, WEEKDAYS, lookup } from '../constants.js';
import { APOS, B, MONTH_FULL, MONTH_PREFILTER, S, WEEKDAY, YEAR4, re, whole, OS } from './kit.js';

export const nthParser: DateParser = {
  name: 'nth',
  // the full month name is mandatory (MONTH_PREFILTER takes every full name)
  prefilter: MONTH_PREFILTER,
  pattern: re(
    `${B}(?:(la|le|l${APOS})${OS})?(premi[eè]re?|premier|1ère|1re|1er|deuxi[eè]me|seconde?|2e|2ème|troisi[eè]me|3e|3ème|quatri[eè]me|4e|4ème|cinquième|5e|derni[eè]re?)${S}(semaine|week-end|weekend|jour|quinzaine|${WEEKDAY})${S}(?:du${S}mois${S})?(?:de${S}|d${APOS})(${MONTH_FULL})(?:${S}(${YEAR4}))?(?![\\p{L}\\p{N}-])`,
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
