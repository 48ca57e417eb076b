/** Seasons: "l'été", "cet hiver", "l'automne dernier", "au printemps 2023", "en hiver". */
import type { DateParser } from '../../../../dates/date-locale.js';
import { SEASONS, lookup } from '../constants.js';
import { APOS, B, CAPITAL_START, S, YEAR4, before, indexed, whole, OS } from './kit.js';
import { latinTest } from '../../../../text/unicode-domain.js';

export const seasonParser: DateParser = {
  name: 'season',
  // "été" is also the participle of "être" (a sentence in eight holds it): only with what extract asks of it, a
  // determiner or a preposition before it, or a year after it
  prefilter: /printemps|automne|hiver|été(?:(?<=(?:cet|cette|ce|le|l['’ʼ]|en|au|du|ici|à|plein)[\s\u00a0\u202f]*été)|(?=[\s\u00a0\u202f]+(?:de[\s\u00a0\u202f]+|d['’ʼ])?\d))/iu,
  pattern: indexed(
    `${B}(?:(cet|cette|ce|le|l${APOS})${OS})?(printemps|été|automne|hiver)(?:${S}(dernier|prochain|passé|suivant|précédent))?(?:${S}(?:de${S}|d${APOS})?(${YEAR4}))?(?![\\p{L}\\p{N}-])`,
  ),
  extract(m, text) {
    const season = lookup(SEASONS, m[2]!)!;
    // "le Printemps de Bourges", "l'Été indien" capitalised inside a sentence: a name
    if (latinTest(CAPITAL_START, m[2]!) && text.slice(0, m.indices![2]![0]).trim() !== '') return null;
    const det = m[1]?.toLowerCase();
    // "été" is also the participle of "être": only with a determiner or after "en"
    if (!det) {
      if (!/(?:^|\s)(?:en|au|du|d['’]ici|jusqu['’]à|en\s+plein|au\s+plein)\s*$/i.test(before(text, m.index, 12)) && !m[4]) return null;
      if (/^été$/i.test(m[2]!) && !/(?:^|\s)(?:en|plein)\s*$/i.test(before(text, m.index, 6)) && !m[4]) return null;
    }
    if (m[4]) return whole(m, { kind: 'season', season, year: Number(m[4]) }, 'season');
    if (m[3]) return whole(m, { kind: 'season', season, offset: /dernier|passé|précédent/i.test(m[3]) ? -1 : 1 }, 'season');
    if (det && /^ce/.test(det)) return whole(m, { kind: 'season', season, offset: 0 }, 'season');
    // "les ventes doublent en été": with no article, a season the clause's tense does not place is any year's
    const generic = !det && /(?:^|\s)en\s*$/i.test(before(text, m.index, 4));
    return whole(m, { kind: 'season', season, ...(generic ? { generic: true } : {}) }, 'season');
  },
};

const SEASON_WORD = '(printemps|été|[ée]t[ée]|automne|hiver)';

/** "été comme hiver", "hiver comme été": any year's seasons, each an expression (XXXX-SU, XXXX-WI). */
export const seasonPairParser: DateParser = {
  name: 'season-pair',
  prefilter: /comme/iu,
  pattern: indexed(`${B}${SEASON_WORD}${S}comme${S}${SEASON_WORD}(?![\\p{L}\\p{N}-])`),
  extract(m, text) {
    // "il a été comme …": the participle of "être"
    if (/(?:^|\s)(?:ai|as|a|avons|avez|ont|avait|avaient|aurait|auraient|ayant|aura|auront|avoir)\s+(?:\p{L}+\s+)?$/iu.test(before(text, m.index, 24))) return null;
    const read = (group: number) => {
      const [from, to] = m.indices![group]!;
      const season = lookup(SEASONS, m[group]!.toLowerCase().replace(/^[ée]t[ée]$/u, 'été'))!;
      return { from, to, by: 'season-pair', expr: { kind: 'season' as const, season, generic: true } };
    };
    return [read(1), read(2)];
  },
};
