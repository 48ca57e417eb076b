/** "le premier trimestre", "au deuxième trimestre 2024" ("deuxième trimestre 2024"), "le second semestre", "T2 2024". */
import type { DateParser } from '../../../../dates/date-locale.js';
import { ORDINALS, lookup } from '../constants.js';
import { APOS, B, S, YEAR4, re, whole } from './kit.js';

const ORDINAL = `(premier|première|1er|1re|deuxième|second|seconde|2e|2ème|2nd|troisième|3e|3ème|quatrième|4e|4ème|dernier)`;

export const quarterParser: DateParser = {
  name: 'quarter',
  prefilter: /trimestre|semestre/iu,
  pattern: re(`${B}(?:(le|ce)${S})?${ORDINAL}${S}(trimestre|semestre)(?:${S}(?:de${S}|d${APOS})?(?:l${APOS}année${S})?(${YEAR4}))?(?![\\p{L}\\p{N}-])`),
  extract(m) {
    const n = lookup(ORDINALS, m[2]!)!;
    const quarter = /tri/i.test(m[3]!);
    const index = n > 0 ? n : quarter ? 4 : 2;
    if (index > (quarter ? 4 : 2)) return null;
    return whole(m, { kind: quarter ? 'quarter' : 'half', index, ...(m[4] ? { year: Number(m[4]) } : {}) }, 'quarter');
  },
};

export const quarterCodeParser: DateParser = {
  name: 'quarter-code',
  prefilter: /[tqs][1-4][\s\u00a0\u202f]/iu,
  pattern: re(`${B}(T|Q|S)([1-4])${S}(${YEAR4})(?![\\p{L}\\p{N}])`),
  extract(m) {
    const half = m[1]!.toUpperCase() === 'S';
    const index = Number(m[2]);
    if (half && index > 2) return null;
    if (m[1] !== m[1]!.toUpperCase()) return null;
    return whole(m, { kind: half ? 'half' : 'quarter', index, year: Number(m[3]) }, 'quarter-code');
  },
};
