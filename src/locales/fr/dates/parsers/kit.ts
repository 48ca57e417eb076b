/** Small helpers shared by the French date parsers. */
import type { DateCandidate, DateExpr, TimexMod } from '../../../../dates/date-locale.js';
import { deferred } from '../../../../text/unicode-domain.js';
import { APOS, B, E, MONTH_ABBREVIATIONS, MONTH_NAMES, NUMBER_WORDS, OS, S, WEEKDAY_NAMES, alternation } from '../constants.js';

export { APOS, B, E, OS, S };

/** A month name, or an abbreviation with an optional dot. */
export const MONTH = `(?:${alternation(MONTH_NAMES)}|(?:${alternation(MONTH_ABBREVIATIONS)})\\.?)`;
/**
 * Necessary condition of every pattern that holds a mandatory ${MONTH}: the same words, unanchored (an abbreviation's
 * optional dot left out, which changes nothing to where it matches), as plain words that findCandidates looks for in one scan.
 */
export const MONTH_PREFILTER = new RegExp([...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join('|'), 'iu');
/** A full month name only. */
export const MONTH_FULL = `(?:${alternation(MONTH_NAMES)})`;
export const WEEKDAY = `(?:${alternation(WEEKDAY_NAMES)})`;
/** A weekday abbreviation with its dot ("ven."): only ever before a day number ("ven. 15 mars"); alone, "mar." and "mer." are other words. */
export const WEEKDAY_ABBR = '(?:lun|mar|mer|jeu|ven|sam|dim)\\.';
/** Day of the month in digits, "1er" ("1 er" as some sites print it), or in words (not "un", "une": the first is "premier"). */
export const DAY = `(?:1(?:[\\s\\u00a0])?er|1re|premier|[0-3]?\\d(?:e|ème|eme)?(?!\\d)|(?!une?(?![\\p{L}-]))${NUMBER_WORDS})`;
/** A year of four digits (1000–2199). */
export const YEAR4 = '(?:1\\d{3}|20\\d{2}|21\\d{2})';
/** Determiners that belong to the expression. */
export const DET = `(?:le|la|l${APOS}|les|ce|cet|cette|ces)`;

/** The lower-case word after a number (its first group), for "2024 personnes": a count before a plural noun. */
export const WORD_AFTER = deferred(String.raw`^[\s\u00a0\u202f]+([\p{Ll}]+)(?!['’])`, 'u');

// Words ending in -s or -x that may follow a year without making it a count.
export const NOT_NOUNS: ReadonlySet<string> = new Set(['les', 'des', 'ses', 'ces', 'mes', 'tes', 'nos', 'vos', 'leurs', 'dans', 'sous', 'vers', 'depuis', 'après', 'puis', 'plus', 'alors', 'mais', 'lors', 'dès', 'très', 'tous', 'pas', 'jamais', 'toujours', 'ans', 'avons', 'avez', 'sommes', 'êtes', 'étions', 'étiez', 'aux', 'ceux', 'deux', 'trois', 'six', 'dix', 'lorsque', 'parmi', 'moins', 'sans', 'chez', 'faits', 'pourtant', 'ensuite', 'aussi', 'ainsi', 'déjà', 'encore', 'enfin', 'jusqu', 'contre', 'selon', 'fois', 'mois', 'nous', 'vous', 'eux']);

/**
 * A regex with the flags every parser uses: global, case-insensitive, unicode; built on first use (find-candidates
 * runs a copy of it, or of its Latin twin, built from its source: the `\p{…}` of a parser are parsed only for a text that needs them).
 */
export function re(source: string): RegExp {
  return deferred(source, 'giu');
}

/**
 * `re` with the indices flag, for a parser that reads `m.indices` (where a group starts inside the match): the engine
 * records every group's span of every match for it, about 1,500 instructions a match, so the parsers that read only
 * `m.index` and the groups' text go without.
 */
export function indexed(source: string): RegExp {
  return deferred(source, 'dgiu');
}

/** A candidate over the whole match. */
export function whole(m: RegExpExecArray, expr: DateExpr, by: string, mod?: TimexMod | null, weak?: boolean): DateCandidate {
  // (the optional fields added one by one, in the same order: no spread of a throw-away object per candidate)
  const c: { -readonly [K in keyof DateCandidate]: DateCandidate[K] } = { from: m.index, to: m.index + m[0].length, expr, by };
  if (mod) c.mod = mod;
  if (weak) c.weak = true;
  return c;
}

/** The text just before offset `at`, up to `length` characters. */
export function before(text: string, at: number, length = 40): string {
  return text.slice(Math.max(0, at - length), at);
}

/** True when text[at] starts with an upper-case letter. */
export function isCapital(text: string, at: number): boolean {
  const c = text[at] ?? '';
  return c !== c.toLowerCase();
}

const ALL_DIGITS = /^\d+$/;

/** Day of the month from its written form ("1er", "premier", "15", "quinze"); NaN if none. */
export function dayValue(word: string, parseNumber: (s: string) => number): number {
  // (digits alone, as most days are written: their number, with no lower case nor suffix to strip)
  if (ALL_DIGITS.test(word)) return Number(word);
  const w = word.toLowerCase().replace(/[\s\u00a0]+/gu, '').replace(/(?:er|re|e|ème|eme)$/u, '');
  if (/^\d+$/.test(w)) return Number(w);
  if (/^premi/.test(word.toLowerCase())) return 1;
  return parseNumber(word);
}

/**
 * A capital first, or after white space ("Les 24 Heures", "Noël Blanc"): deferred, and asked through latinTest, so that a
 * Latin text compiles no `\p{Lu}` (text/unicode-domain).
 */
export const CAPITAL_START = deferred(String.raw`^\p{Lu}`, 'u');
export const SPACED_CAPITAL = deferred(String.raw`^\s+\p{Lu}`, 'u');

/** After a clock time, the place or the zone it is given for: "(22 heures [à Paris)]", "18 heures [heure locale]", "14 heures [GMT]". */
export const ZONED = deferred(String.raw`^\s*(?:à\s+\p{Lu}[\p{L}-]+\s*\)|heure\s+(?:locale|française|de\s+\p{Lu}[\p{L}-]+)|(?:GMT|UTC|TU|HNE|CET|CEST)(?!\p{L}))`, 'u');

/** Words before "du 8-Mai", "du Vendredi saint" that make it a name: a street, a square, a movement, an accord. */
export const NAMED_PLACE = /(?:^|[\s'’])(?:place|rue|avenue|av\.|boulevard|bd|quai|cours|square|pont|allée|impasse|stade|lycée|collège|école|gare|station|parc|jardin|chemin|route|esplanade|carrefour|rond-point|hôpital|résidence|cité|promenade|mouvement|groupe|comité|collectif|manifeste|génération|loi|ordonnance|accords?|décret)\s+(?:du|de\s+la|de\s+l['’])\s*$/iu;
