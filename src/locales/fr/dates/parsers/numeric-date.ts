/**
 * "15/02/2013", "31/10/74", "le 2/3", "15.01.2009", "14-02-2024", "le 14-02",
 * "2024-04-03", "2024/02/14", "lundi 18/03", "lun. 18/03", and a month with its year "12/2023".
 */
import type { DateParser } from '../../../../dates/date-locale.js';
import { WEEKDAYS, lookup } from '../constants.js';
import { B, MONTH, OS, S, WEEKDAY, WEEKDAY_ABBR, indexed, re, whole } from './kit.js';
import { deferred } from '../../../../text/unicode-domain.js';

// After a day and a month with no year: a month name makes it a range of days ("13-15 juillet"), not a date.
const MONTH_AFTER = new RegExp(`^${S}${MONTH}(?![\\p{L}])`, 'iu');
// After a day/month: a clock time ("à 7 h 30", "vers 18h").
const CLOCK_AFTER = deferred(String.raw`^[\s\u00a0]+(?:à|a|vers|dès)[\s\u00a0]+\d{1,2}[\s\u00a0]*(?:h|heures?)(?![\p{L}])`, 'iu');
// "n° 12/2023", "décision 03/2024": a reference number, not a month.
const NUMBER_SIGN = /(?:n°|nº|no\.?|num[ée]ro|réf\.?|ref\.?)\s*$/iu;

export const numericDateParser: DateParser = {
  name: 'numeric-date',
  // "2024-04-05" or "5/4", "5.4", "14-02": a digit, a separator, a digit
  prefilter: /\d[-/.\s]\d/u,
  pattern: indexed(
    // not the tail of a longer run of numbers ("06-01-02-03-04", "1/12/2023" seen from "12/2023")
    `${B}(?<!\\d[-/.])(?:(le|du|au|ce)${S})?(?:(?<wd>${WEEKDAY}|${WEEKDAY_ABBR})${S})?(?:` +
      // year first: "2024-04-03", "2024/02/14"
      `(?<iy>\\d{4})(?<is>[-/])(?<im>\\d{1,2})\\k<is>(?<id>\\d{1,2})` +
      // day first: "14/02/2024", "15.01.2009", "14-02-2024", "le 2/3", "le 14-02"
      `|(?<d>\\d{1,2})(?<s>[-/.])(?<m>\\d{1,2})(?:\\k<s>(?<y>\\d{4}|\\d{2}))?` +
      // with spaces, only a determiner's (or a lone) day and month of two digits: "le 31 10", "le 05 03 2021"
      `|(?<sd>\\d{1,2})${S}(?<sm>\\d{2})(?:${S}(?<sy>\\d{4}))?(?=${OS}(?:$|[.,;:!?)»]))` +
      // month and year: "12/2023", "03/2024"
      `|(?<mm>\\d{1,2})\\/(?<my>(?:19|20)\\d{2})` +
      `)(?![\\p{L}\\p{N}/-]|[.,/]\\d)`,
  ),
  extract(m, text) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    let year: number | undefined;
    let month: number;
    let day: number | undefined;
    let short = false;
    if (g.iy) {
      year = Number(g.iy);
      month = Number(g.im);
      day = Number(g.id);
    } else if (g.d) {
      day = Number(g.d);
      month = Number(g.m);
      const dash = g.s === '-';
      if (g.y) {
        year = Number(g.y);
        short = g.y.length === 2;
        // "14-02-2024", "14-02-24": with dashes, a month of two digits (and a day of two with a short year)
        // ("3-3-2015": a year of four digits leaves no doubt)
        if (dash && ((g.m!.length !== 2 && short) || (short && g.d.length !== 2))) return null;
      } else {
        // "2/3" is a fraction unless a determiner or a weekday introduces it, it stands alone or a clock time follows ("20/09 à 7 h 30")
        const alone = text.trim() === m[0].trim();
        if (!m[1] && !g.wd && !alone && !(g.s === '/' && g.m!.length === 2 && CLOCK_AFTER.test(text.slice(end)))) return null;
        if (g.s === '.') return null;
        if (dash) {
          // "le 3-1" is a score, "13-15 juillet" a range: a day-month with a dash has a leading zero ("le 14-02", "le 03-11")
          if (g.m!.length !== 2 || !(g.m!.startsWith('0') || g.d.startsWith('0'))) return null;
          if (MONTH_AFTER.test(text.slice(end))) return null;
        }
      }
    } else if (g.sd) {
      const alone = text.trim().replace(/[.!?]$/, '') === m[0].trim();
      if (!(m[1] && /^le$/i.test(m[1])) && !g.wd && !alone) return null;
      day = Number(g.sd);
      month = Number(g.sm);
      if (g.sy) year = Number(g.sy);
    } else {
      if (g.wd) return null;
      month = Number(g.mm);
      year = Number(g.my);
      // "1/2000" reads as a fraction; a month alone is written with two digits ("03/2024")
      if (g.mm!.length !== 2) return null;
      if (NUMBER_SIGN.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    }
    if (!(month >= 1 && month <= 12)) return null;
    if (day !== undefined && !(day >= 1 && day <= 31)) return null;
    const c = whole(
      m,
      {
        kind: 'calendar',
        month,
        ...(day !== undefined ? { day } : {}),
        ...(g.wd ? { weekday: lookup(WEEKDAYS, g.wd.replace(/\.$/, ''))! } : {}),
        ...(year !== undefined ? { year, ...(short ? { shortYear: true } : {}) } : {}),
      },
      'numeric-date',
    );
    // "du", "au" are prepositions: outside the span
    const at = m.indices!.groups!;
    if (m[1] && /^(du|au)$/i.test(m[1])) return { ...c, from: at.wd?.[0] ?? at.iy?.[0] ?? at.d?.[0] ?? at.sd?.[0] ?? at.mm![0] };
    return c;
  },
};
