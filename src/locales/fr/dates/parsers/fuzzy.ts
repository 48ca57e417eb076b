/**
 * Parts of a period named by a bare noun: "en fin d'année" ("fin d'année"),
 * "au début du mois" ("début du mois"), "en début de matinée", "en fin
 * d'après-midi", "en milieu de journée", "à la fin de la semaine".
 * (Parts of a named period, "fin mars", "la fin du mois de mars", are the
 * fuzzy-prefix refiner's job.)
 */
import type { DateExpr, DateParser, TimexMod } from '../../../../dates/date-locale.js';
import { APOS, B, S, re, whole, OS } from './kit.js';

const NOUNS: Readonly<Record<string, DateExpr>> = {
  année: { kind: 'relative', unit: 'year', offset: 0, base: 'ref' },
  an: { kind: 'relative', unit: 'year', offset: 0, base: 'ref' },
  mois: { kind: 'relative', unit: 'month', offset: 0, base: 'ref' },
  semaine: { kind: 'relative', unit: 'week', offset: 0, base: 'ref' },
  matinée: { kind: 'calendar', part: 'MO', contextual: true },
  matin: { kind: 'calendar', part: 'MO', contextual: true },
  'après-midi': { kind: 'calendar', part: 'AF', contextual: true },
  journée: { kind: 'calendar', part: 'DT', contextual: true },
  soirée: { kind: 'calendar', part: 'EV', contextual: true },
  nuit: { kind: 'calendar', part: 'NI', contextual: true },
};

export function fuzzyMod(word: string): TimexMod {
  const w = word.toLowerCase();
  return /^(début|debut|commencement|premiers)/.test(w) ? 'START' : /^(fin|derniers|terme)/.test(w) ? 'END' : 'MID';
}

export const fuzzyParser: DateParser = {
  name: 'fuzzy',
  // "début", "fin", "milieu", "mi" then a hyphen or a space are mandatory
  prefilter: /(?:début|debut|fin|milieu|mi)(?:-|[\s\u00a0\u202f])/iu,
  pattern: re(
    `${B}(?:(la|le|l${APOS})${OS})?(début|debut|fin|milieu|mi)(?:-|${S}(?:du|de${S}la|de${S}l${APOS}|d${APOS}|de))${OS}(année|an|mois|semaine|matinée|matin|après-midi|journée|soirée|nuit)(?![\\p{L}\\p{N}-]|${S}(?:de${S}|d${APOS}|\\d|prochain|dernier|suivant|précédent|passé))`,
  ),
  extract(m) {
    const expr = NOUNS[m[3]!.toLowerCase()];
    if (!expr) return null;
    return whole(m, expr, 'fuzzy', fuzzyMod(m[2]!));
  },
};
