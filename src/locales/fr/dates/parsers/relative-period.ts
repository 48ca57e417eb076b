/**
 * Weeks, months, years… counted from today or from the narrative:
 * "la semaine dernière", "le mois prochain", "l'an dernier", "cette année",
 * "ce mois-ci", "ce week-end", "l'année suivante", "la semaine qui suit", "le mois d'avant",
 * "cette décennie", "la décennie précédente", "le siècle dernier", "ce siècle", "le millénaire prochain".
 * A bare "la semaine", "l'année", "le mois" is weak: only kept when a
 * refiner builds on it ("la fin de l'année").
 */
import type { DateParser } from '../../../../dates/date-locale.js';
import { RELATIVE_UNITS, SHIFTS, lookup } from '../constants.js';
import { APOS, B, S, before, re, whole, OS } from './kit.js';

/** Words after a period that shift it (with a capture group). */
export const SHIFT = `(dernier|dernière|derniere|passé|passée|precedent|précédent|précédente|precedente|prochain|prochaine|suivant|suivante|d${APOS}après|d${APOS}avant|qui${S}suit|qui${S}vient|à${S}venir|en${S}cours)`;

export const relativePeriodParser: DateParser = {
  name: 'relative-period',
  // every match holds a period; "an" with no letter or digit after it, and none before it but a determiner's ("cet an",
  // "l’an", "cetan": the spaces between are optional, and "ʼ" is a letter) (words ending in "an", "plan", "Jean", "Iran",
  // are in a sentence in ten)
  prefilter: /semaine|week|mois|année|annee|an(?![a-z0-9])(?<=(?:^|[^\p{L}\p{N}_])(?:cette|cet|ce|la|le|l['’ʼ])?an)|trimestre|semestre|exercice|décennie|decennie|siècle|siecle|millénaire|millenaire/iu,
  pattern: re(
    `${B}(?:(cette|ce|cet|la|le|l${APOS})${OS}|(?<=(?:^|\\s|['’])(?:du|au)${S})|(?=(?:semaine|mois|année|an|trimestre|semestre|week-end|week${S}end)${S}(?:dernier|dernière|prochain|prochaine|passé|passée)))(semaine|week-end|weekend|week${S}end|mois|année|annee|an|trimestre|semestre|exercice|décennie|decennie|siècle|siecle|millénaire|millenaire)(-ci|-là)?(?:${S}${SHIFT})?(?![\\p{L}\\p{N}]|-(?!ci|là)|${S}(?:\\d|de${S}\\d))`,
  ),
  extract(m, text) {
    const det = (m[1] ?? 'le').toLowerCase().replace(/[’ʼ]/g, "'");
    // ("week end": the hyphen left out)
    const unit = lookup(RELATIVE_UNITS, m[2]!.replace(/^week[\s\u00a0]+end$/iu, 'week-end'))!;
    const demonstrative = /^ce/.test(det);
    if (m[3] && /là/i.test(m[3])) {
      const grain = unit === 'year' ? 'year' : unit === 'month' ? 'month' : unit === 'week' || unit === 'weekend' ? 'week' : null;
      if (!grain) return null;
      return whole(m, { kind: 'anaphor', grain }, 'relative-period');
    }
    if (m[4]) {
      if (/en\s+cours/i.test(m[4])) return whole(m, { kind: 'relative', unit, offset: 0, base: 'ref' }, 'relative-period');
      const shift = lookup(SHIFTS, m[4]) ?? 1;
      // "suivante", "précédente" count from the narrative; "dernière", "prochaine" from today
      const base = /suiv|précéd|preced|après|avant|suit/i.test(m[4]) ? 'anchor' : 'ref';
      return whole(m, { kind: 'relative', unit, offset: shift, base }, 'relative-period');
    }
    if (demonstrative) return whole(m, { kind: 'relative', unit, offset: 0, base: 'ref' }, 'relative-period');
    // "le week-end": the weekend of the current week
    if (unit === 'weekend') return whole(m, { kind: 'relative', unit, offset: 0, base: 'ref' }, 'relative-period');
    // "dans la semaine", "au cours de l'année", "tout au long du mois": the current one
    const lead = before(text, m.index, 24);
    const current = (unit === 'week' && /(?:^|\s)dans\s*$/i.test(lead)) || /(?:au\s+cours\s+d[eu]|pendant|durant|tout\s+au\s+long\s+d[eu])\s*$/i.test(lead);
    const weak = !current;
    return whole(m, { kind: 'relative', unit, offset: 0, base: 'ref' }, 'relative-period', null, weak);
  },
};
