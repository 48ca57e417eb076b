/**
 * "mardi", "ce lundi", "mardi prochain", "dimanche dernier", "mardi en huit",
 * "mardi de la semaine prochaine", "mercredi 13", "lun. 18".
 */
import type { DateCandidate, DateParser } from '../../../../dates/date-locale.js';
import { NUMBER_WORDS, PARTS_OF_DAY, SHIFTS, WEEKDAYS, WEEKDAY_NAMES, lookup, parseNumber } from '../constants.js';
import { APOS, B, before, indexed, NAMED_PLACE, OS, re, S, WEEKDAY, whole } from './kit.js';

const WEEK_SHIFT = `(?:(?:de${S})?(?:la${S}semaine${S}(prochaine|dernière|derniere|suivante|passée|précédente|d${APOS}après|d${APOS}avant|qui${S}suit)|((?:de${S})?cette${S}semaine)))`;

export const weekdayParser: DateParser & { read(m: RegExpExecArray): DateCandidate | null } = {
  name: 'weekday',
  // the day name (or its abbreviation with a dot) is mandatory
  // (the names as words at the top level: findCandidates looks for such words in one scan of the sentence)
  prefilter: new RegExp(`${WEEKDAY_NAMES.join('|')}|(?:lun|mar|mer|jeu|ven|sam|dim)\\.`, 'iu'),
  pattern: indexed(
    `${B}(?:(ce|le|dès|chaque)${S})?(?:(${WEEKDAY})|(lun|mar|mer|jeu|ven|sam|dim)\\.)(?:${S}(?:(prochain|dernier|suivant|précédent|passé|d${APOS}après|d${APOS}avant)|en${S}(huit|8|quinze|15)|${WEEK_SHIFT}|(1er|[0-3]?\\d(?![\\p{L}\\p{N}])|${NUMBER_WORDS}(?=${OS}(?:$|[,.;:!?)]|à${S}|au${S})))(?!${S}(?:h|heures?)(?!\\p{L}))))?(?:${S}(?:au${S})?(matin|après-midi|apres-midi|soir|midi|nuit|aprem))?(?![\\p{L}\\p{N}-])`,
  ),
  extract(m, text) {
    if (m[1] && /^chaque$/i.test(m[1])) return null;
    // "l'accord du Vendredi saint": a name
    if (NAMED_PLACE.test(before(text, m.index, 30))) return null;
    // "ven. 15": an abbreviation only before a day number or as the whole text (a cell "Lun."); in a sentence "la mer.", "mar." are other words
    if (m[3] && !m[8] && text.trim() !== m[0].trim()) return null;
    const read = this.read(m);
    // "dès samedi": the preposition is outside the expression
    const c = read && m[1] && /^dès$/i.test(m[1]) ? { ...read, from: m.indices![2]?.[0] ?? m.indices![3]![0] } : read;
    const part = m[9] ? lookup(PARTS_OF_DAY, m[9].replace(/aprem/i, 'après-midi')) : undefined;
    if (!c || !part || (c.expr.kind !== 'calendar' && c.expr.kind !== 'relative')) return c;
    return { ...c, expr: { ...c.expr, part } };
  },
  read(m: RegExpExecArray): DateCandidate | null {
    const weekday = lookup(WEEKDAYS, m[2] ?? m[3]!)!;
    const by = 'weekday';
    if (m[4]) {
      const shift = lookup(SHIFTS, m[4]) ?? (/avant/i.test(m[4]) ? -1 : 1);
      // "mardi prochain": the Tuesday of next week; "dimanche dernier": the last Sunday before today
      if (shift > 0) return whole(m, { kind: 'relative', unit: 'week', offset: 1, base: 'ref', weekday }, by);
      return whole(m, { kind: 'calendar', weekday, direction: 'past' }, by);
    }
    // "mardi en huit": the first Tuesday a week or more from today; "en quinze": two weeks
    if (m[5]) return whole(m, { kind: 'relative', unit: 'day', offset: /8|huit/.test(m[5]) ? 7 : 14, base: 'ref', weekday }, by);
    if (m[6]) {
      const shift = lookup(SHIFTS, m[6]) ?? (/avant/i.test(m[6]) ? -1 : 1);
      const base = /suivante|après|suit|précédente/i.test(m[6]) ? 'anchor' : 'ref';
      return whole(m, { kind: 'relative', unit: 'week', offset: shift, base, weekday }, by);
    }
    if (m[7]) return whole(m, { kind: 'relative', unit: 'week', offset: 0, base: 'ref', weekday }, by);
    if (m[8]) {
      if (/^une?$/i.test(m[8])) return null;
      const day = /^1er$/i.test(m[8]) ? 1 : /^\d+$/.test(m[8]) ? Number(m[8]) : parseNumber(m[8]);
      if (!(day >= 1 && day <= 31)) return null;
      return whole(m, { kind: 'calendar', weekday, day }, by);
    }
    // "ce mercredi" written on a Wednesday is today, even in a future-tense clause
    if (m[1] && /^ce$/i.test(m[1])) return whole(m, { kind: 'calendar', weekday, current: true }, by);
    // "le musée ferme le lundi": with the article and no tense, a habit
    if (m[1] && /^le$/i.test(m[1])) return whole(m, { kind: 'calendar', weekday, habitual: true }, by);
    return whole(m, { kind: 'calendar', weekday }, by);
  },
};

/** "le prochain mardi", "le dernier lundi" (the shift before the day): the nearest such day after or before today. */
export const shiftedWeekdayParser: DateParser = {
  name: 'shifted-weekday',
  prefilter: /prochain|derni/iu,
  pattern: re(`${B}(?:le${S})?(prochain|dernier)${S}(${WEEKDAY})(?:${S}(?:au${S})?(matin|après-midi|apres-midi|soir|nuit))?(?![\\p{L}\\p{N}-])`),
  extract(m) {
    const weekday = lookup(WEEKDAYS, m[2]!)!;
    const part = m[3] ? lookup(PARTS_OF_DAY, m[3].replace(/apres/i, 'après')) : undefined;
    const direction = /^prochain$/i.test(m[1]!) ? ('future' as const) : ('past' as const);
    return whole(m, { kind: 'calendar', weekday, direction, ...(part ? { part } : {}) }, 'shifted-weekday');
  },
};
