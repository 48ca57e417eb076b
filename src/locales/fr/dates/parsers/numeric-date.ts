/** "15/02/2013", "31/10/74", "le 2/3", "15.01.2009", "2024-04-03". */
import type { DateParser } from '../../../../dates/date-locale.js';
import { B, S, re, whole } from './kit.js';

export const numericDateParser: DateParser = {
  name: 'numeric-date',
  // "2024-04-05" or "5/4", "5.4": a digit, a separator, a digit
  prefilter: /\d[-/.]\d/u,
  pattern: re(`${B}(?:(le|du|au|ce)${S})?(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})([/.])(\\d{1,2})(?:\\6(\\d{4}|\\d{2}))?)(?![\\p{L}\\p{N}/-]|[.,/]\\d)`),
  extract(m, text) {
    let year: number | undefined;
    let month: number;
    let day: number;
    let short = false;
    if (m[2]) {
      year = Number(m[2]);
      month = Number(m[3]);
      day = Number(m[4]);
    } else {
      day = Number(m[5]);
      month = Number(m[7]);
      if (m[8]) {
        year = Number(m[8]);
        short = m[8].length === 2;
      } else {
        // "2/3" is a fraction unless a determiner introduces it or it stands alone
        const alone = text.trim() === m[0].trim();
        if (!m[1] && !alone) return null;
        if (m[6] === '.') return null;
      }
    }
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
    const c = whole(m, { kind: 'calendar', month, day, ...(year !== undefined ? { year, ...(short ? { shortYear: true } : {}) } : {}) }, 'numeric-date');
    // "du", "au" are prepositions: outside the span
    if (m[1] && /^(du|au)$/i.test(m[1])) return { ...c, from: m.indices![2]?.[0] ?? m.indices![5]![0] };
    return c;
  },
};
