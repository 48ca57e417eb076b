/** Recurring times: "chaque lundi", "tous les ans", "toutes les deux semaines", "tous les mercredis", "hebdomadaire". */
import type { DateParser } from '../../../../dates/date-locale.js';
import { MONTHS, NUMBER_WORDS, PARTS_OF_DAY, WEEKDAYS, lookup, parseNumber } from '../constants.js';
import { B, MONTH_FULL, S, SPACED_CAPITAL, WEEKDAY, before, indexed, re, whole } from './kit.js';
import { latinTest } from '../../../../text/unicode-domain.js';

const UNIT_LETTERS: Readonly<Record<string, string>> = { jour: 'P1D', semaine: 'P1W', mois: 'P1M', trimestre: 'P3M', semestre: 'P6M', an: 'P1Y', année: 'P1Y', heure: 'PT1H', minute: 'PT1M', 'week-end': 'XXXX-WXX-WE' };
const SEASON_SETS: Readonly<Record<string, string>> = { printemps: 'XXXX-SP', été: 'XXXX-SU', étés: 'XXXX-SU', automne: 'XXXX-FA', automnes: 'XXXX-FA', hiver: 'XXXX-WI', hivers: 'XXXX-WI' };

export const setParser: DateParser = {
  name: 'set',
  // every match starts with "chaque", "tous" or "toutes"
  prefilter: /chaque|tous|toutes/iu,
  pattern: re(
    `${B}(?:chaque${S}(?:(${WEEKDAY})|(jour|semaine|mois|trimestre|semestre|année|an|heure|minute|week-end|matin|soir|nuit|printemps|été|automne|hiver))|(?:tous|toutes)${S}les${S}(?:(\\d+|${NUMBER_WORDS})${S})?(?:(${WEEKDAY})s|(jours|semaines|mois|trimestres|semestres|ans|années|heures|minutes|week-ends|matins|soirs|nuits|printemps|étés|automnes|hivers)))(?![\\p{L}\\p{N}])`,
  ),
  extract(m) {
    const weekdayWord = m[1] ?? m[4];
    if (weekdayWord) return whole(m, { kind: 'set', value: `XXXX-WXX-${lookup(WEEKDAYS, weekdayWord)}`, quant: 'EVERY' }, 'set');
    const seasonWord = (m[2] ?? m[5]!).toLowerCase();
    const season = SEASON_SETS[seasonWord];
    if (season) return m[3] ? null : whole(m, { kind: 'set', value: season, quant: 'EVERY' }, 'set');
    const unitWord = (m[2] ?? m[5]!).toLowerCase().replace(/s$/, '').replace(/^année$/, 'an').replace(/^mois$/, 'mois');
    const part = lookup(PARTS_OF_DAY, unitWord);
    if (part) return whole(m, { kind: 'set', value: `XXXX-XX-XXT${part}`, quant: 'EVERY' }, 'set');
    let value = UNIT_LETTERS[unitWord === 'moi' ? 'mois' : unitWord];
    if (!value) return null;
    if (m[3]) {
      const n = /^\d+$/.test(m[3]) ? Number(m[3]) : parseNumber(m[3]);
      if (!(n > 0)) return null;
      value = value.replace('1', String(n));
    }
    return whole(m, { kind: 'set', value, quant: 'EVERY' }, 'set');
  },
};

/** "chaque 1er mai", "tous les 15 août", "tous les 1er du mois": a day that comes back every year (or month). */
export const recurringDayParser: DateParser = {
  name: 'recurring-day',
  prefilter: /chaque|tous/iu,
  pattern: re(`${B}(?:chaque|tous${S}les)${S}(1er|\\d{1,2})${S}(?:(${MONTH_FULL})|du${S}mois)(?![\\p{L}\\p{N}-])`),
  extract(m) {
    const day = m[1]!.toLowerCase() === '1er' ? 1 : Number(m[1]);
    if (!(day >= 1 && day <= 31)) return null;
    const month = m[2] ? lookup(MONTHS, m[2]) : undefined;
    if (m[2] && !month) return null;
    const pad = (n: number) => String(n).padStart(2, '0');
    return whole(m, { kind: 'set', value: `XXXX-${month ? pad(month) : 'XX'}-${pad(day)}`, quant: 'EVERY' }, 'recurring-day');
  },
};

const ADJECTIVES: Readonly<Record<string, string>> = { quotidien: 'P1D', hebdomadaire: 'P1W', mensuel: 'P1M', annuel: 'P1Y', trimestriel: 'P3M', semestriel: 'P6M', bimensuel: 'P2W', biannuel: 'P6M', bisannuel: 'P2Y' };

/** Temporal adjectives ("une réunion hebdomadaire"); the nouns ("le quotidien Le Monde", "l'hebdomadaire") are not times. */
export const setAdjectiveParser: DateParser = {
  name: 'set-adjective',
  // ("bimensuel", "biannuel", "bisannuel" hold "mensuel" or "annuel")
  prefilter: /quotidien|hebdomadaire|mensuel|annuel|trimestriel|semestriel/iu,
  pattern: re(`${B}(quotidien|hebdomadaire|mensuel|annuel|trimestriel|semestriel|bimensuel|biannuel|bisannuel)(?:le|ne)?s?(?![\\p{L}\\p{N}-])`),
  extract(m, text) {
    if (/(?:^|\s)(?:le|l['’]|un|du|au|ce|cet|son|sa|ses|leur|notre|votre|les|des|aux|ces|de|d['’]|nos|vos|leurs|principaux|grands|petits|autres|deux|trois|quatre|plusieurs|quelques|certains)\s*$/i.test(before(text, m.index, 14))) return null;
    // "la presse quotidienne": a kind of press, not a time
    if (/^quotidien/i.test(m[1]!) && /(?:^|\s)presse\s*$/i.test(before(text, m.index, 10))) return null;
    if (latinTest(SPACED_CAPITAL, text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    return whole(m, { kind: 'set', value: ADJECTIVES[m[1]!.toLowerCase()]!, quant: 'EVERY' }, 'set-adjective');
  },
};

const PER: Readonly<Record<string, string>> = { jour: 'P1D', semaine: 'P1W', mois: 'P1M', an: 'P1Y', année: 'P1Y', heure: 'PT1H', minute: 'PT1M' };

/** "deux fois par an", "trois fois par semaine": a frequency; "quotidiennement", "annuellement". */
export const frequencyParser: DateParser = {
  name: 'frequency',
  // every match holds "par"/"chaque", spaces and a unit, or one of the adverbs (a "par" alone is in most sentences)
  prefilter: /(?:par|chaque)[\s\u00a0\u202f]+(?:jour|semaine|mois|an|année|heure|minute)|quotidiennement|hebdomadairement|mensuellement|annuellement/iu,
  pattern: indexed(`${B}(?:(?:(?:\\d+|${NUMBER_WORDS})${S}fois${S}(?:par|chaque)|par)${S}(jour|semaine|mois|an|année|heure|minute)|(quotidiennement|hebdomadairement|mensuellement|annuellement))(?![\\p{L}\\p{N}-])`),
  extract(m) {
    const value = m[1] ? PER[m[1].toLowerCase()] : ADVERBS[m[2]!.toLowerCase()];
    if (!value) return null;
    // "0,4 % par an": "par" is the preposition, outside the expression ("deux fois par an" keeps it: the count needs it)
    if (m[1] && /^par[\s\u00a0]/iu.test(m[0])) return { from: m.indices![1]![0], to: m.index + m[0].length, expr: { kind: 'set', value }, by: 'frequency' };
    return whole(m, { kind: 'set', value }, 'frequency');
  },
};

const ADVERBS: Readonly<Record<string, string>> = { quotidiennement: 'P1D', hebdomadairement: 'P1W', mensuellement: 'P1M', annuellement: 'P1Y' };
