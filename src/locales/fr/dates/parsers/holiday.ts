/** Holidays: "Noël", "le jour de l'an", "la Toussaint", "Pâques 2024", "Noël dernier", "le 14-Juillet" (but not "place du 8-Mai"). */
import type { DateParser } from '../../../../dates/date-locale.js';
import { HOLIDAYS, MONTHS, alternation, lookup, normalise } from '../constants.js';
import { APOS, B, MONTH_FULL, NAMED_PLACE, S, SPACED_CAPITAL, YEAR4, before, isCapital, indexed, re, whole, OS } from './kit.js';
import { latinTest } from '../../../../text/unicode-domain.js';

const NAMES = HOLIDAYS.flatMap((h) => h.names);
const BY_NAME = new Map<string, (typeof HOLIDAYS)[number]>();
for (const h of HOLIDAYS) for (const n of h.names) BY_NAME.set(normalise(n).replace(/-/g, ' '), h);

// Holidays whose name is also a common noun: only with a capital ("l'Ascension", not "l'ascension du K2").
const CAPITAL_ONLY = /^(?:l'|la |le |les )?(?:ascension|assomption|armistice|épiphanie|pentecôte|pentecote|rameaux)/;

/**
 * A piece of each name that few sentences hold otherwise, for the prefilter: the longest piece of a name (what
 * wordsPrefilter would take) is "jour" in "jour de l'an", "nationale" in "fête nationale", "dimanche" in "dimanche de
 * Pâques", words of one sentence in twelve, where these are in one in a hundred or fewer. "l'an" with each apostrophe
 * ("lʼan": not a word the one scan looks for, constants.ts). A test checks that every name holds one of them.
 */
export const NAME_PIECES = ['noël', 'noel', "l'an", 'l’an', 'lʼan', 'nouvel', 'sylvestre', 'épiphanie', 'valentin', 'fête', 'fete', 'assomption', 'toussaint', 'armistice', 'halloween', 'chandeleur', 'patrick', 'jean', 'nicolas', 'pâques', 'paques', 'rameaux', 'vendredi', 'ascension', 'pentecôte', 'pentecote', 'gras'];

export const holidayParser: DateParser = {
  name: 'holiday',
  prefilter: new RegExp(NAME_PIECES.join('|'), 'iu'),
  pattern: indexed(`${B}(?:(le|la|l${APOS})${OS})?(${alternation(NAMES).replace(/-/g, '[-\\s]')})(?:${S}(${YEAR4})|${S}(prochain|dernier))?(?![\\p{L}\\p{N}-])`),
  extract(m, text) {
    const name = normalise(m[2]!).replace(/-/g, ' ');
    const h = BY_NAME.get(name) ?? BY_NAME.get(name.replace(/^(?:la |l')/, ''));
    if (!h) return null;
    const nameStart = m.indices![2]![0];
    // "l'accord du Vendredi saint", "la place de la Toussaint": a name
    if (NAMED_PLACE.test(before(text, m.index, 30))) return null;
    const core = name.replace(/^(?:la |l'|le |les )/, '');
    if (CAPITAL_ONLY.test(core) && !isCapital(text, nameStart + (name.length - core.length))) return null;
    // "Noël Le Graët", "Toussaint Louverture": a first name
    // (\s holds the no-break space)
    if (latinTest(SPACED_CAPITAL, text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !m[3]) return null;
    const year = m[3] ? Number(m[3]) : undefined;
    // "Noël dernier", "Pâques prochain": the one before or after today
    const direction = m[4] ? { direction: /^prochain$/i.test(m[4]) ? ('future' as const) : ('past' as const) } : {};
    const expr = h.easter !== undefined ? { kind: 'calendar' as const, easter: h.easter, ...(year !== undefined ? { year } : {}), ...direction } : { kind: 'calendar' as const, month: h.month!, day: h.day!, ...(year !== undefined ? { year } : {}), ...direction };
    return whole(m, expr, 'holiday');
  },
};


/** "le 14-Juillet", "le 8-Mai", "le 11-Novembre": a date written as a holiday's name. */
export const hyphenatedDayParser: DateParser = {
  name: 'hyphenated-day',
  // every match holds the day then a hyphen
  prefilter: /(?:1er|\d{1,2})-/iu,
  pattern: re(`${B}(?:(le|ce)${S})?(1er|\\d{1,2})-(${MONTH_FULL})(?![\\p{L}\\p{N}-])`),
  extract(m, text) {
    if (NAMED_PLACE.test(before(text, m.index, 30))) return null;
    // a capitalised word right before "du" names something ("le Mouvement du 22-Mars")
    if (/(?:^|[\s'’])\p{Lu}[\p{L}-]*\s+du\s*$/u.test(before(text, m.index, 30)) && !/^(?:Le|La|Les|Depuis|Dès|Avant|Après|Lors)\s/u.test(before(text, m.index, 30).trim().split(/\s+/).slice(-2).join(' ') + ' ')) return null;
    const month = lookup(MONTHS, m[3]!);
    const day = m[2]!.toLowerCase() === '1er' ? 1 : Number(m[2]);
    if (!month || !(day >= 1 && day <= 31)) return null;
    return whole(m, { kind: 'calendar', month, day }, 'hyphenated-day');
  },
};
