/** "en 2027", "en 97" (year), "l'année 2020", "les années 1990" (decade), "le XXe siècle" (century). */
import type { DateParser } from '../../../../dates/date-locale.js';
import { deferred, latinExec, latinTest } from '../../../../text/unicode-domain.js';
import { APOS, B, E, NOT_NOUNS, OS, S, WORD_AFTER, YEAR4, before, re, whole } from './kit.js';

// Words after which a bare four-digit number is a year ("en 2027", "qu'en 2025", "depuis 2019", "entre 2020 et 2022",
// "le budget 2025", "à l'horizon 2030").
const YEAR_INTRO = deferred(
  `(?:^|[\\s(«"'’])(?:(?:budget|bilan|compte|comptes)${S}\\p{Ll}+|bilan|édition|budget|promotion|campagne|présidentielle|législatives|européennes|municipales|régionales|sénatoriales|élections?|rentrée|millésime|horizon|recensement|en|depuis|dès|des|avant|après|jusqu${APOS}en|jusqu${APOS}à|d${APOS}ici|de|d${APOS}|à|et|ou|entre|fin|début|mi-|courant|au|pour|vers|sur|dans|été|hiver|printemps|automne|saison|exercice|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|l${APOS}an|l${APOS}année|année|an|–|-|,)${OS}$`,
  'iu',
);

export const yearParser: DateParser = {
  name: 'year',
  prefilter: new RegExp(YEAR4, 'u'),
  pattern: re(`${B}(?:(l${APOS}an(?:née)?|l${APOS}exercice)${S})?(${YEAR4})(?![\\p{L}\\p{N}]|[,.]\\d|${OS}(?:%|€|\\$|euros?|dollars?)${E})`),
  extract(m, text) {
    const year = Number(m[2]);
    if (!m[1]) {
      const alone = text.trim() === m[0];
      const rangeStart = /^[-–]\d{4}(?!\d)/.test(text.slice(m.index + m[0].length));
      const rangeEnd = /\d{4}[-–]$/.test(before(text, m.index, 5));
      if (!alone && !rangeStart && !rangeEnd && !latinTest(YEAR_INTRO, before(text, m.index))) return null;
      // "de 1 500 à 2 000", "2024 personnes"
      if (/\d[\s\u00a0\u202f]$/.test(before(text, m.index, 2)) || /^[\s\u00a0\u202f]\d{3}/.test(text.slice(m.index + m[0].length))) return null;
      // "2024 personnes": a count before a plural noun
      const next = latinExec(WORD_AFTER, text.slice(m.index + m[0].length))?.[1];
      if (next && /[sx]$/.test(next) && !NOT_NOUNS.has(next)) return null;
      const intro = before(text, m.index, 12).toLowerCase();
      if (/(?:^|\s)(?:de|à|et|ou|sur|pour|vers|au|dans)\s*$/.test(intro) && (year < 1800 || year > 2100)) return null;
    }
    return whole(m, { kind: 'calendar', year }, 'year');
  },
};

/**
 * "en 97", "depuis 98": a year of two digits after a preposition of time, closing its phrase ("rien en 98, deux cette
 * année", "en 97 (en janvier…)"); not "en 20 minutes", "en 12e position" (a word follows). Only 30-99: news writes
 * the years of this century in full, and "classé en 12." is a rank.
 */
export const shortYearParser: DateParser = {
  name: 'short-year',
  prefilter: /(?:en|depuis|dès)[\s\u00a0]+\d\d/iu,
  pattern: re(`(?<=(?:^|[\\s(«"])(?:en|depuis|dès)${S})([3-9]\\d)(?=${OS}(?:$|[,.;:!?)»]|\\((?!\\d))|${S}(?:et|ou)${S}(?:en${S})?\\d{2}(?!\\p{N}))`),
  extract(m, text) {
    // ("en 12.5", "en 20,3": decimals)
    if (/^[.,]\d/.test(text.slice(m.index + m[0].length))) return null;
    return whole(m, { kind: 'calendar', year: Number(m[1]), shortYear: true }, 'short-year');
  },
};

const DECADE_WORDS: Readonly<Record<string, number>> = { vingt: 2, trente: 3, quarante: 4, cinquante: 5, soixante: 6, 'soixante-dix': 7, 'quatre-vingt': 8, 'quatre-vingts': 8, 'quatre-vingt-dix': 9 };

export const decadeParser: DateParser = {
  name: 'decade',
  prefilter: /années/iu,
  pattern: re(`${B}(les${S})?années${S}(?:(\\d{4})|(\\d0)|(soixante-dix|quatre-vingts?-dix|quatre-vingts?|vingt|trente|quarante|cinquante|soixante))(?:${S}(${YEAR4}|\\d{4}))?${E}`),
  extract(m) {
    let decade: number;
    if (m[2]) {
      const y = Number(m[2]);
      if (y % 10 !== 0) return null;
      decade = y / 10;
    } else {
      const d = m[3] ? Number(m[3]) / 10 : DECADE_WORDS[m[4]!.toLowerCase().replace('quatre-vingts', 'quatre-vingt')]!;
      if (d === undefined) return null;
      decade = (d <= 1 ? 200 : 190) + d;
    }
    return whole(m, { kind: 'literal', type: 'DATE', value: String(decade) }, 'decade');
  },
};

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };
function roman(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!.toUpperCase()] ?? Number.NaN;
    const next = ROMAN[s[i + 1]?.toUpperCase() ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

// Ordinals in words, from "premier" to "vingt et unième" (centuries and millennia are counted with them).
const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  premier: 1, unième: 1, deuxième: 2, second: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9,
  dixième: 10, onzième: 11, douzième: 12, treizième: 13, quatorzième: 14, quinzième: 15, seizième: 16, vingtième: 20,
};
const ORDINAL_WORD = `(?:(?:dix|vingt)(?:-et-|${S}et${S}|-))?(?:${Object.keys(ORDINAL_UNITS).sort((a, b) => b.length - a.length).join('|')})`;

/** Value of an ordinal in words ("vingt et unième" → 21, "dix-septième" → 17); NaN if none. */
function ordinalValue(word: string): number {
  const m = /^(?:(dix|vingt)(?:-et-|[\s\u00a0\u202f]+et[\s\u00a0\u202f]+|-))?(.+)$/iu.exec(word.toLowerCase())!;
  const unit = ORDINAL_UNITS[m[2]!];
  if (unit === undefined) return Number.NaN;
  const tens = m[1] === 'dix' ? 10 : m[1] === 'vingt' ? 20 : 0;
  // "vingt et unième" but not "dix-premier", "vingt-vingtième"
  if (tens && (unit >= 10 || m[2] === 'premier' || m[2] === 'second' || (unit === 1) !== /et/.test(word.slice(m[1]!.length, -m[2]!.length)))) return Number.NaN;
  return tens + unit;
}

export const centuryParser: DateParser = {
  name: 'century',
  prefilter: /siècle|millénaire/iu,
  // "le XXe siècle", "le 21e siècle", "le vingtième siècle", "le troisième millénaire", "le IIIe millénaire"
  pattern: re(`${B}(?:(le|ce)${S})?(?:(?:([IVXL]+)|(\\d{1,2}))(e|ème|è|eme|er)|(${ORDINAL_WORD}))${S}(siècle|millénaire)${E}`),
  extract(m) {
    const n = m[2] ? roman(m[2]) : m[3] ? Number(m[3]) : ordinalValue(m[5]!);
    // the suffix "er" goes with one only ("Ier", "1er"; not "XXer")
    if (m[4] && /^er$/i.test(m[4]) && n !== 1) return null;
    if (/^millénaire$/i.test(m[6]!)) {
      if (!(n >= 1 && n <= 3)) return null;
      return whole(m, { kind: 'literal', type: 'DATE', value: String(n - 1) }, 'century');
    }
    if (!(n >= 1 && n <= 30)) return null;
    return whole(m, { kind: 'literal', type: 'DATE', value: String(n - 1).padStart(2, '0') }, 'century');
  },
};
