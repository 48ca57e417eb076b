/**
 * Parts of the day: "ce matin", "le soir", "cet après-midi", "dans la soirée"
 * ("la soirée"), "cette nuit", "tôt le matin" (START), "tard le soir", "tard dans la soirée" (END),
 * "ce soir-là" (the narrative's day).
 */
import type { DateParser, TimexMod } from '../../../../dates/date-locale.js';
import { PARTS_OF_DAY, lookup } from '../constants.js';
import { APOS, B, S, isCapital, indexed, re, whole, OS } from './kit.js';

export const partOfDayParser: DateParser = {
  name: 'part-of-day',
  // the part of the day is mandatory ("matin" in "matinée", "midi" in "après-midi", "soir" in "soirée")
  prefilter: /matin|midi|soir|nuit|journée|aube/iu,
  pattern: indexed(
    `${B}(?:(?<!plus${S})((?:très${S})?tôt|(?:très${S})?tard)${S}(?:dans${S}(?=la${S}|l${APOS}))?)?(?:(ce|cet|cette|le|la|l${APOS})${OS}|(?<=(?:^|\\s)en${S})(?=soirée|matinée|journée)|(?<=(?:^|\\s)au${S})(?=soir|matin|petit${S}matin)|(?<=(?:^|\\s)(?:le${S})?(?:1er|[0-3]?\\d)${S})(?=matin|après-midi|apres-midi|soir(?!ée))|(?=(?:matin|matinée|soir|soirée|nuit|journée)${S}(?:du|de)${S}(?:\\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)))(matin|matinée|après-midi|apres-midi|soir|soirée|nuit|journée|midi|aube|petit${S}matin)(-là)?(?:${S}((?:très${S})?tôt|(?:très${S})?tard)|${S}(dernière|dernier|passée|précédente))?(?![\\p{L}\\p{N}]|-(?!là))`,
  ),
  extract(m, text) {
    const part = lookup(PARTS_OF_DAY, m[3]!.replace(/\s+/gu, ' '))!;
    // "l'aube d'une ère nouvelle": a figure, not the dawn of a day
    if (/^(?:aube|petit)/i.test(m[3]!) && /^\s*(?:(?:de|du|des)\s+|d['’]\s*)(?!\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)/iu.test(text.slice(m.index + m[0].length))) return null;
    // "Le Soir", "Le Matin" (newspapers), "le Midi" (the south of France)
    const word = m.indices![3]![0];
    if (isCapital(text, word) && text.slice(0, m.index).trim() !== '') return null;
    const early = m[1] ?? m[5];
    const mod: TimexMod | null = early ? (/tôt/i.test(early) ? 'START' : 'END') : null;
    if (m[4]) return whole(m, { kind: 'anaphor', grain: 'day', part }, 'part-of-day', mod);
    // "la nuit dernière", "la soirée précédente": the day before
    if (m[6]) return whole(m, { kind: 'relative', unit: 'day', offset: -1, base: /précédente/i.test(m[6]) ? 'anchor' : 'ref', part }, 'part-of-day');
    // "cette journée" is a whole day, today's ("Cette journée de grève est la troisième"), not its daytime
    if (part === 'DT' && m[2] && /^cette$/i.test(m[2]) && !mod) return whole(m, { kind: 'relative', unit: 'day', offset: 0, base: 'ref' }, 'part-of-day');
    // "ce soir" is tonight; "le soir", "dans la soirée" the evening of the day being told
    const contextual = !m[2] || !/^ce/i.test(m[2]);
    return whole(m, { kind: 'calendar', part, ...(contextual ? { contextual: true } : {}) }, 'part-of-day', mod);
  },
};
