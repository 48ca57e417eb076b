/**
 * Dates that repeat the narrative's: "ce jour-là", "le même jour", "le jour même", "cette date", "cette année-là"; and
 * "la deuxième journée", "la 28e journée" (the day of a series the story is telling).
 */
import type { DateParser } from '../../../../dates/date-locale.js';
import { B, S, re, whole } from './kit.js';

export const anaphorParser: DateParser = {
  name: 'anaphor',
  // every alternative holds "même", "jour-là" or "date"
  prefilter: /même|jour-là|date|journée/iu,
  pattern: re(`${B}(?:(le${S}(?:soir|matin)${S}même|ce${S}jour-là|ce${S}jour${S}même|le${S}jour${S}même|le${S}même${S}jour|cette${S}date(?:-là)?|cette${S}même${S}date|la${S}même${S}date|la${S}(?:\\d{1,3}(?:e|è|ème|eme)|première|deuxième|seconde|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|dernière)${S}journée)|(la${S}même${S}année|cette${S}même${S}année)|(le${S}même${S}mois|ce${S}même${S}mois)|(la${S}même${S}semaine|cette${S}même${S}semaine))(?![\\p{L}\\p{N}-])`),
  extract(m) {
    const grain = m[1] ? 'day' : m[2] ? 'year' : m[3] ? 'month' : 'week';
    const part = m[1] && /^le\s+soir/i.test(m[1]) ? 'EV' : m[1] && /^le\s+matin/i.test(m[1]) ? 'MO' : undefined;
    return whole(m, { kind: 'anaphor', grain, ...(part ? { part } : {}) }, 'anaphor');
  },
};
