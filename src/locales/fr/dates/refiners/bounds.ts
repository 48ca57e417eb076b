/**
 * Marks the dates that a preposition makes a limit rather than a time the
 * text tells of: "avant le 10 novembre", "jusqu'au 31 décembre", "d'ici à
 * 2030", "depuis début 2021", "au plus tard le 3 mai". They keep their value, but "le même jour",
 * "la veille" or a bare "à 23 heures" that follow do not resolve against them.
 */
import type { DateRefiner } from '../../../../dates/date-locale.js';

const LIMIT = /(?:^|[\s(])(?:avant|depuis|jusqu['’](?:à|au|aux|en)|jusque|d['’]ici(?:[\s\u00a0]+(?:à|au|aux|la|le))?|au[\s\u00a0]+plus[\s\u00a0]+tard|au[\s\u00a0]+plus[\s\u00a0]+tôt|date[\s\u00a0]+limite[\s\u00a0]+(?:du|de|d['’]))[\s\u00a0]*$/iu;

export const bounds: DateRefiner = {
  name: 'bounds',
  refine(candidates, text) {
    return candidates.map((c) => (LIMIT.test(text.slice(Math.max(0, c.from - 24), c.from)) ? { ...c, bound: true } : c));
  },
};
