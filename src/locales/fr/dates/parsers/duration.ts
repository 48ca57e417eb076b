/**
 * Durations: "une heure", "deux ans", "trois heures et demie", "30,4 secondes",
 * "deux heures trente", "plus de trois ans" (MORE_THAN), "quelques jours".
 * "il y a deux ans" / "dans trois semaines" point at a date (direction);
 * "deux jours plus tard" is the duration "deux jours", counted from the narrative's date (`resolved`).
 */
import type { DateCandidate, DateExpr, DateParser, SpannedUnits, TimexMod } from '../../../../dates/date-locale.js';
import { DURATION_UNITS, NUMBER_WORDS, ROUND_COUNTS, alternation, lookup, parseNumber, wordsPrefilter } from '../constants.js';
import { isAge } from '../refiners/drop-ages.js';
import { deferred, latinExec, latinTest } from '../../../../text/unicode-domain.js';
import { APOS, B, CAPITAL_START, OS, S, ZONED, before, indexed, re } from './kit.js';

const UNIT_WORDS = Object.keys(DURATION_UNITS).filter((u) => u.length > 3 || u === 'ans' || u === 'an' || u === 'min');
const UNIT = `(${alternation(UNIT_WORDS)})`;
const COUNT = `(\\d+(?:[.,]\\d+)?|${NUMBER_WORDS}|quelques|plusieurs|des|une${S}(?:${alternation(Object.keys(ROUND_COUNTS))})${S}(?:de|d${APOS}))`;
// Each modifier with what separates it from the count ("plus de trois ans", "moins d'une heure").
const DE = `(?:de${S}|d${APOS}${OS})`;
const MODIFIER = `((?:une?|\\d{1,3}(?![\\p{N}])|${NUMBER_WORDS})${S}(?:à|ou)${S}|plus${S}${DE}|moins${S}${DE}|près${S}${DE}|pres${S}${DE}|environ${S}|au${S}moins${S}|pas${S}moins${S}${DE}|au${S}plus${S}|au${S}maximum${S}|presque${S}|un${S}peu${S}plus${S}${DE}|un${S}peu${S}moins${S}${DE}|quelque${S}|une${S}bonne${S}|un${S}bon${S})`;

/** "ces dernières 24 heures", "prochains 3 jours": a shift before the count belongs to the duration. */
const LEADING_SHIFT = /(?:^|[\s(«"])((?:(?:les|ces)[\s\u00a0\u202f]+)?(?:dernières|derniers|dernieres|prochaines|prochains)[\s\u00a0\u202f]+)$/iu;

/** "après quatre heures de débats", "à deux heures de route": hours followed by what filled them are a duration, not a time of day. */
export const HOURS_OF = deferred(`^${S}(?:de(?![\\p{L}])|d${APOS})${OS}(?!(?:l${APOS}${OS})?(?:après-midi|apres-midi|aprem)(?![\\p{L}])|la${S}(?:nuit|matinée|soirée|journée)(?![\\p{L}])|(?:ce|cette|cet)${S}|demain|la${S}veille|l${APOS}${OS}heure)[\\p{L}]`, 'iu');

/** "à deux heures de route", "à trois jours de marche": a distance told as a travel time, a duration. */
export const TRAVEL = deferred(`^${S}(?:de${S}(?:route|marche|train|TGV|voiture|vol|trajet|navigation|bateau|bus|car|voyage|métro|vélo)|d${APOS}${OS}(?:avion|autoroute))(?![\\p{L}])`, 'iu');

const MODS: ReadonlyArray<[RegExp, TimexMod]> = [
  [/\s(?:à|ou)\s*$/i, 'APPROX'],
  [/pas\s+moins/i, 'EQUAL_OR_MORE'],
  [/au\s+moins/i, 'EQUAL_OR_MORE'],
  [/au\s+(?:plus|maximum)/i, 'EQUAL_OR_LESS'],
  [/plus/i, 'MORE_THAN'],
  [/moins/i, 'LESS_THAN'],
  [/.*/, 'APPROX'],
];

const AFTER = `(plus${S}tard|plus${S}tôt|auparavant|après|avant)`;

/** A shift between the count and the unit, in any gender and number, accents or none ("2 derniere semaines", "3 prochaine minutes"). */
const SHIFT_WORDS = 'derniers|dernières|dernieres|dernier|dernière|derniere|prochains|prochaines|prochain|prochaine|passés|passées|passees|passes';

/** After "une seconde": a noun it qualifies ("chance", "fois", "vague"), not a preposition or a conjunction. */
const SECOND_AS_ORDINAL = deferred(String.raw`^[\s\u00a0]*(?!(?:de|d['’]|du|des|et|ou|à|a|au|aux|pour|par|sur|sans|avec|pendant|près|après|avant|plus|moins|seulement|environ|entière|à\s+peine|pile|tout|plus\s+tard|qui|que|qu['’])(?![\p{L}]))\p{Ll}`, 'u');

/**
 * The step a duration "plus tard" / "plus tôt" makes from the narrative's date, in whole calendar units ("une semaine":
 * seven days, "un an et demi": eighteen months, "deux heures": two hours); null when it makes none.
 */
function countedFrom(count: number, half: string | undefined, unit: { letter: string; time: boolean; factor: number }, sign: 1 | -1): Extract<DateExpr, { kind: 'relative' }> | null {
  if (unit.factor !== 1 && !(unit.letter === 'M' && !unit.time)) return null;
  const extra = half ? (/demi/i.test(half) ? 0.5 : /trois/i.test(half) ? 0.75 : 0.25) : 0;
  const amount = count * unit.factor + extra;
  const step = (n: number, u: Extract<DateExpr, { kind: 'relative' }>['unit']) => (Number.isInteger(n) ? ({ kind: 'relative', unit: u, offset: sign * n, base: 'anchor' } as const) : null);
  if (unit.time) return unit.letter === 'H' ? (Number.isInteger(amount) ? step(amount, 'hour') : step(amount * 60, 'minute')) : unit.letter === 'M' ? step(amount, 'minute') : null;
  if (unit.letter === 'Y') return Number.isInteger(amount) ? step(amount, 'year') : step(amount * 12, 'month');
  if (unit.letter === 'M') return step(amount, 'month');
  if (unit.letter === 'W') return step(amount * 7, 'day');
  return unit.letter === 'D' ? step(amount, 'day') : null;
}

/** "il y a deux ans", "voilà un an" point back; "dans trois semaines", "d'ici une heure" forward (with a count). */
function pointing(text: string, from: number, counted: boolean): -1 | 1 | undefined {
  const lead = before(text, from, 12);
  if (/(?:^|\s)il\s+y\s+a\s*$/i.test(lead) || /(?:^|\s)voilà\s*$/i.test(lead)) return -1;
  return /(?:^|\s)(?:dans|d['’]ici)\s*$/i.test(lead) && counted ? 1 : undefined;
}

/** The whole units a duration unit counts: "mois" months, "trimestres" quarters, "décennies" decades. */
function spanUnitOf(unit: { letter: string; time: boolean; factor: number }): SpannedUnits['unit'] | null {
  if (unit.time) return unit.letter === 'S' ? 'second' : unit.letter === 'M' ? 'minute' : unit.letter === 'H' ? 'hour' : null;
  if (unit.letter === 'D') return unit.factor === 1 ? 'day' : null;
  if (unit.letter === 'W') return unit.factor === 1 ? 'week' : null;
  if (unit.letter === 'M') return ({ 1: 'month', 3: 'quarter', 6: 'half' } as const)[unit.factor as 1 | 3 | 6] ?? null;
  if (unit.letter === 'Y') return ({ 1: 'year', 10: 'decade', 100: 'century', 1000: 'millennium' } as const)[unit.factor as 1 | 10 | 100 | 1000] ?? null;
  return null;
}

/** Before a duration that spans units next to the reference: its article ("les", "ces", "au cours des", "aux"), or nothing at all. */
const SPAN_LEAD = deferred(String.raw`(?:(?:^|[\s(«"'’])(?:les|ces|des|aux)[\s\u00a0\u202f]*|^[\s\p{P}]*)$`, 'iu');
/** "dans les 15 jours": from the reference to 15 days on. */
const WITHIN_LEAD = deferred(String.raw`(?:^|[\s(«"])dans[\s\u00a0\u202f]+les[\s\u00a0\u202f]*$`, 'iu');
/** A shift told before the count: "les dernières 48 heures". */
const SHIFT_BEFORE = deferred(String.raw`(dernières|derniers|dernieres|prochaines|prochains)[\s\u00a0\u202f]+$`, 'iu');
/** After it, a complement makes the units some other period's: "les deux derniers mois de l'année", "de sa vie". */
const SPAN_COMPLEMENT = deferred(String.raw`^[\s\u00a0\u202f]*(?:de|du|des|d['’])(?![\p{L}])`, 'iu');
/** After "passées", a complement makes it a participle: "trois années passées à Londres" is time spent, not the last three years. */
const SPENT = deferred(String.raw`^[\s\u00a0\u202f]*(?:à|a|au|aux|en|dans|sous|chez|avec|loin|auprès|sur|par|pour|entre|hors|ensemble|là|ici|comme)(?![\p{L}])`, 'iu');

/**
 * "les deux derniers mois", "2 semaines passées", "les trois prochaines minutes", "dans les 15 jours": a count of whole
 * units next to the reference, whose two ends are dates the text leaves implicit; undefined for any other duration
 * ("deux mois", "ses trois dernières années", "les deux derniers jours du festival").
 */
function spannedUnits(text: string, at: number, to: number, count: number | null, unit: { letter: string; time: boolean; factor: number }, shiftAfter: string | undefined): SpannedUnits | undefined {
  const spanUnit = spanUnitOf(unit);
  if (count === null || !Number.isInteger(count) || count < 1 || !spanUnit) return undefined;
  const after = text.slice(to);
  if (latinTest(SPAN_COMPLEMENT, after)) return undefined;
  // the words before the count, a shift among them ("les dernières 48 heures") taken out
  const head = before(text, at, 40);
  const leading = latinExec(SHIFT_BEFORE, head);
  const lead = leading ? head.slice(0, leading.index) : head;
  const shift = shiftAfter ?? leading?.[1];
  if (!shift) return latinTest(WITHIN_LEAD, lead) ? { unit: spanUnit, count, from: 'ref' } : undefined;
  if (/^pass/i.test(shift) && SPENT.test(after)) return undefined;
  if (!SPAN_LEAD.test(lead)) return undefined;
  return { unit: spanUnit, count, from: /^prochain/i.test(shift) ? 'next' : 'past' };
}

export const durationParser: DateParser = {
  name: 'duration',
  // every match holds a unit after white space or an apostrophe ("d'un an"), and no letter, digit or hyphen follows it:
  // "an", "ans", "min" are looked for with what comes before and after them ("dans", "plans", "ministre" hold them, and made
  // the pattern run on twice as many sentences)
  prefilter: wordsPrefilter(UNIT_WORDS.filter((u) => u !== 'an' && u !== 'ans' && u !== 'min'), ["[\\s'’ʼ](?:ans?|min)(?![a-z0-9-])"]),
  pattern: indexed(
    `${B}(?:${MODIFIER})?${COUNT}(?:${S}|(?<=d${APOS}))(?:(${SHIFT_WORDS})${S})?${UNIT}(?:${S}(et${S}demie?|et${S}demi|et${S}quart|et${S}trois${S}quarts)|${S}(\\d{1,2}|${NUMBER_WORDS})(?![\\p{L}\\p{N}]|${OS}(?:h|heures?|min)))?(?:${S}(passés|passées|passees|passes|derniers|dernières|dernieres))?(?![\\p{L}\\p{N}-])(?:${S}${AFTER}(?=${OS}(?:$|[.,;:!?)»])|${S}(?!que(?![\\p{L}])|qu${APOS}|le${S}|la${S}|les${S}|l${APOS}|d${APOS}|de${S}|avoir(?![\\p{L}])|être(?![\\p{L}]))))?`,
  ),
  extract(m, text): DateCandidate | readonly DateCandidate[] | null {
    const countWord = m[2]!.toLowerCase();
    const unitInfo = lookup(DURATION_UNITS, m[4]!);
    if (!unitInfo) return null;
    let count: number | null;
    if (/^(quelques|plusieurs|des)$/.test(countWord)) count = null;
    else if (/^une\s/.test(countWord)) count = ROUND_COUNTS[countWord.split(/\s+/)[1]!] ?? null;
    else count = parseNumber(countWord);
    if (count !== null && !(count >= 0)) return null;
    if (countWord === 'des' && !/(?:^|\s)(?:depuis|pendant|durant|il y a|dans)\s*$/i.test(before(text, m.index, 12))) return null;
    // "un jour" alone is "one day, some day"
    // (but "un jour avant le scrutin" counts one day)
    if (count === 1 && /^(jour|nuit)$/i.test(m[4]!) && !m[8] && !/(?:^|\s)(?:pendant|durant|en|depuis|de|d['’]|pour|dans|il y a|environ|un)\s*$/i.test(before(text, m.index, 14)) && !/^[\s\u00a0]+(?:avant|après|plus[\s\u00a0]+tard|plus[\s\u00a0]+tôt)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length))) return null;
    if (m[5] && /quart/i.test(m[5]) && !/heure/i.test(m[4]!)) return null;
    // "une seconde chance", "une seconde fois": the ordinal "second", not a second of time
    if (count === 1 && /^seconde$/i.test(m[4]!) && !m[8] && SECOND_AS_ORDINAL.test(text.slice(m.index + m[0].length))) return null;
    // "Les 24 Heures du Mans" (a name), "le 20 heures" (a news programme): not durations
    if (latinTest(CAPITAL_START, m[4]!) && text.slice(0, m.index).trim() !== '') return null;
    if (/(?:^|\s)(?:le|la|l['’])\s*$/i.test(before(text, m.index, 4))) return null;
    // "9 h 05 heure locale": the minutes of a clock time
    if (/\d\s*h\s*$/i.test(before(text, m.index, 6)) && /^\d/.test(countWord)) return null;
    // "à 15 heures", "vers deux heures": a time of day (time.ts)
    // ("après plus de deux heures de discussion": a comparison makes it a duration)
    if (/^heures?$/i.test(m[4]!) && !/^(?:plus|moins|près|pres|au\s+moins|pas|au\s+plus|au\s+maximum|un\s+peu)/i.test(m[1] ?? '') && (/(?:^|\s)(?:à|a|vers|dès|jusqu['’]à|avant|après)\s*(?:environ\s*)?$/i.test(before(text, m.index, 16)) || latinTest(ZONED, text.slice(m.index + m[0].length))) && !/(?:^|\s)il\s+y\s+a\s*$/i.test(before(text, m.index, 10)) && !latinTest(HOURS_OF, text.slice(m.index + m[0].length))) return null;
    let amount = count === null ? 'X' : String(count * unitInfo.factor);
    if (m[5] && count !== null) amount = String(count * unitInfo.factor + (/demi/i.test(m[5]) ? 0.5 : /trois/i.test(m[5]) ? 0.75 : 0.25));
    let value = `P${unitInfo.time ? 'T' : ''}${amount}${unitInfo.letter}`;
    if (m[6] && count !== null) {
      const minutes = /^\d+$/.test(m[6]) ? Number(m[6]) : parseNumber(m[6]);
      if (!(minutes > 0 && minutes < 60) || unitInfo.letter !== 'H') return null;
      value = `PT${count}H${minutes}M`;
    }
    const modifier = m[1];
    // "une à deux heures" is a range of counts; "vendredi quinze à seize heures" a day and a time
    if (modifier && /\s(?:à|ou)\s*$/i.test(modifier) && /(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le)\s*$/i.test(before(text, m.index, 12))) return null;
    // "une vingtaine de minutes": a round count is an approximation
    const mod = modifier ? MODS.find(([r]) => r.test(modifier))![1] : /^une\s/.test(countWord) && count !== null ? 'APPROX' : null;
    // "les douze derniers mois", "ces trois dernières années": the determiner belongs to the expression
    // ("ces dernières 24 heures": the shift before the count)
    const det = !m[1] ? (m[3] ? /(?:^|[\s(«"])((?:les|ces)[\s\u00a0\u202f]+)$/iu : LEADING_SHIFT).exec(before(text, m.index, 24)) : null;
    const from = m.index - (det ? det[1]!.length : 0);
    const to = m.index + m[0].length;
    const by = 'duration';
    const end = m[8] ? m.indices![8]![0] : to;
    const trimmedEnd = text.slice(from, end).trimEnd().length + from;
    // "trois ans plus tard", "vingt minutes plus tôt": the duration ("plus tard" is a signal, outside the span), counted
    // from the date the narrative last set; what it points at is its `resolved` value
    const counted = m[8] && count !== null ? countedFrom(count, m[5], unitInfo, /tard|après/i.test(m[8]) ? 1 : -1) : null;
    // "de 8 à 24 mois": a range, one duration per end, the first taking the unit of the second
    // (days and longer: "de 2 à 3 heures" may be clock times)
    const range = modifier && !det && !m[5] && !m[6] && !counted && !unitInfo.time ? /^(\d{1,3}|une?|[\p{L}-]+)[\s\u00a0]+à[\s\u00a0]+$/iu.exec(modifier) : null;
    const low = range && /(?:^|\s)de[\s\u00a0]*$/iu.test(before(text, m.index, 6)) && count !== null ? parseNumber(range[1]!.replace(/^une?$/i, '1')) : Number.NaN;
    // (an age bracket, "les enfants de 3 à 10 ans", stays whole for drop-ages)
    if (low >= 0 && low < count! && !isAge({ from: m.index, to: trimmedEnd, by, expr: { kind: 'duration', value } }, text)) {
      const first = { from: m.index, to: m.index + range![1]!.length, by, expr: { kind: 'duration' as const, value: value.replace(/[\d.]+(?=[A-Z]$)/, String(low * unitInfo.factor)) } };
      return [first, { from: m.indices![2]![0], to: trimmedEnd, by, expr: { kind: 'duration', value } }];
    }
    if (counted) return { from, to: trimmedEnd, by, expr: { kind: 'duration', value, counted }, ...(mod ? { mod } : {}) };
    // ("dans les trois prochaines années" is within them, not a point three years on)
    const direction = det ? undefined : pointing(text, from, count !== null);
    const spans = !modifier && !m[5] && !m[6] && !direction ? spannedUnits(text, m.index, trimmedEnd, count, unitInfo, m[3] ?? m[7]) : undefined;
    return { from, to: trimmedEnd, by, expr: { kind: 'duration', value, ...(direction ? { direction } : {}), ...(spans ? { spans } : {}) }, ...(mod ? { mod } : {}) };
  },
};

/**
 * "ces dernières années", "les prochains mois", "les jours à venir", "les jours suivants": a vague stretch of the recent
 * past or the near future is a duration of unspecified quantity, PXY, PXM, PXD (French TimeML
 * conventions; decades and centuries count in years).
 */
export const vagueDurationParser: DateParser = {
  name: 'vague-duration',
  // every match holds "derni…"/"prochain…" and a unit, or "à venir", "qui viennent", "suivant…", "précédent…", or
  // "des"/"ces" + years
  prefilter: /(?:dernières|derniers|dernieres|prochaines|prochains)[\s\u00a0\u202f]+(?:années|annees|ans|mois|semaines|jours|heures|minutes|décennies|siècles)|venir|viennent|suivant|précédent|(?:des|ces)[\s\u00a0]+(?:années|décennies|siècles)/iu,
  pattern: re(`${B}(?:(ces|les|(?<=(?:^|\\s)(?:des|aux)${S}))${OS}(dernières|derniers|dernieres|prochaines|prochains)${S}(années|annees|ans|mois|semaines|jours|heures|minutes|décennies|siècles)|(?:les)${S}(années|mois|semaines|jours|heures|minutes|décennies)${S}(?:à${S}venir|qui${S}viennent|suivants|suivantes|précédents|précédentes)|(?:des|ces)${S}(années|décennies|siècles)(?!${S}(?:\\d|vingt|trente|quarante|cinquante|soixante|quatre-vingt|folles|lumière)|-|${OS}\\d))(?![\\p{L}\\p{N}-])`),
  extract(m): DateCandidate | null {
    // "des décennies", "ces années d'inactivité": years, how many unsaid
    const unit = lookup(DURATION_UNITS, m[3] ?? m[4] ?? m[5]!);
    if (!unit) return null;
    return { from: m.index, to: m.index + m[0].length, by: 'vague-duration', expr: { kind: 'duration', value: `P${unit.time ? 'T' : ''}X${unit.letter}` } };
  },
};

const FRACTIONS: Readonly<Record<string, string>> = { "quart d'heure": 'PT15M', "quarts d'heure": 'PT45M', 'demi-heure': 'PT30M', 'demi-journée': 'P0.5D', 'demi-siècle': 'P50Y' };

/** "un quart d'heure", "trois quarts d'heure", "une demi-heure", "une demi-journée", "un demi-siècle" (with "plus d'", "environ"…). */
export const fractionDurationParser: DateParser = {
  name: 'fraction-duration',
  // every match holds "quart(s) d'heure" or "demi-…"
  prefilter: /quart|demi-/iu,
  pattern: re(`${B}(?:${MODIFIER})?(?:une?|trois)${S}(quarts?${S}d${APOS}${OS}heure|demi-heure|demi-journée|demi-siècle)(?![\\p{L}\\p{N}-])`),
  extract(m, text): DateCandidate | null {
    const key = m[2]!.toLowerCase().replace(/[’ʼ]/g, "'").replace(/[\s\u00a0\u202f]+/g, ' ').replace(/'\s+/, "'");
    const value = FRACTIONS[key];
    if (!value || (/^trois/i.test(m[0].slice((m[1] ?? '').length)) !== key.startsWith('quarts'))) return null;
    const mod = m[1] ? MODS.find(([r]) => r.test(m[1]!))![1] : null;
    // "dans une demi-heure", "il y a un quart d'heure" point at a time
    const direction = pointing(text, m.index, true);
    return { from: m.index, to: m.index + m[0].length, by: 'fraction-duration', expr: { kind: 'duration', value, ...(direction ? { direction } : {}) }, ...(mod ? { mod } : {}) };
  },
};

const CLOCK_PART = `(?:\\d{1,3}|${NUMBER_WORDS})${S}(?:heures?|minutes?|min|secondes?|sec)(?![\\p{L}])`;
const CLOCK_UNIT: Readonly<Record<string, 'H' | 'M' | 'S'>> = { heure: 'H', heures: 'H', minute: 'M', minutes: 'M', min: 'M', seconde: 'S', secondes: 'S', sec: 'S' };
const ONE_PART = new RegExp(`(\\d{1,3}|${NUMBER_WORDS})${S}(heures?|minutes?|min|secondes?|sec)`, 'giu');

/** "5 heures 5 minutes et 4 secondes", "2 minutes 21 secondes": a time told in several units, largest first (PT5H5M4S). */
export const compoundDurationParser: DateParser = {
  name: 'compound-duration',
  // every match holds two of these unit words ("minute" starts with "min", "seconde" with "sec"); read lazily, the first
  // second unit word after the first unit word is enough (the same texts as a greedy read, at about half its cost)
  prefilter: /(?:heure|min|sec)[\s\S]*?(?:min|sec)/iu,
  pattern: re(`${B}${CLOCK_PART}(?:,?${S}(?:et${S})?${CLOCK_PART}){1,2}`),
  extract(m, text): DateCandidate | null {
    const parts = [...m[0].matchAll(ONE_PART)].map((p) => ({ n: /^\d+$/.test(p[1]!) ? Number(p[1]) : parseNumber(p[1]!), unit: CLOCK_UNIT[p[2]!.toLowerCase()]! }));
    const order = 'HMS';
    // largest unit first, each unit once, whole counts
    if (parts.some((p, i) => !Number.isInteger(p.n) || (i > 0 && order.indexOf(p.unit) <= order.indexOf(parts[i - 1]!.unit)))) return null;
    // "à 5 heures 10 minutes": a time of day
    if (parts[0]!.unit === 'H' && /(?:^|\s)(?:à|a|vers|dès|jusqu['’]à)[\s\u00a0]*$/iu.test(before(text, m.index, 12))) return null;
    return { from: m.index, to: m.index + m[0].length, by: 'compound-duration', expr: { kind: 'duration', value: `PT${parts.map((p) => `${p.n}${p.unit}`).join('')}` } };
  },
};
