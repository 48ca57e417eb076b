/**
 * Ranges: two expressions joined as the ends of one span of time ("du 13 au
 * 15 juillet", "de 9 h 30 à 11 h jeudi", "entre janvier et juillet 2016",
 * "de 1981 à 1986", "13-15 juillet", "demain jusqu'à 16 h"). TimeML keeps two
 * expressions, one per end; this refiner completes the elliptic end from the
 * other and marks the second end with `rangeFrom`:
 * - "du 13 au 15 juillet", "les 15 et 16 juin": the first day takes the month (and year) of the second;
 * - "entre janvier et juillet 2016", "du 28 décembre au 3 janvier 2024": the first takes the year of the second
 *   (the one before when it falls later in the year);
 * - "de 9 h 30 à 11 h jeudi": a time with no day takes the day of the other end; "de 11 h 30 à 1 h 30": an end
 *   before the start on the 12-hour clock is in the afternoon; "entre 8 et 10 h ce soir": a bare first hour takes
 *   the second's half of the day.
 * `rangeOf` below is what the intervals step (../intervals.ts) reads back.
 */
import type { DateCandidate, DateExpr, DateRefiner } from '../../../../dates/date-locale.js';
import { deferred, latinExec } from '../../../../text/unicode-domain.js';

type Calendar = Extract<DateExpr, { kind: 'calendar' }>;

/** The words between the two ends, by what opener each needs (an optional article may close the gap: "et le"). */
const GAP = /^[\s\u00a0]*(?:(au|aux)|(à|a)|(et)|(-|–|—)|(jusqu['’](?:à|au|aux|en)|jusque))(?:[\s\u00a0]+(?:le|la|l['’]))?[\s\u00a0]*$/iu;
/** A word that opens a range just before its first end (group 1: the opener, lower-cased by the caller). */
// (deferred and run through its twin, as PLURAL_SHIFT: a Latin text compiles no `\p{…}`; text/unicode-domain)
const OPENER = deferred(String.raw`(?:^|[^\p{L}])((?:à|a)[\s\u00a0]+partir[\s\u00a0]+(?:de|du|des|d['’])|à[\s\u00a0]+compter[\s\u00a0]+(?:de|du|des|d['’])|dès|depuis|entre|du|de|des|d['’]|les)[\s\u00a0]*$`, 'iu');

/** A plural "derniers"/"prochains" after the second of two dates. */
const PLURAL_SHIFT = deferred(String.raw`^[\s\u00a0]+(derniers|dernières|dernieres|prochains|prochaines)(?![\p{L}])`, 'iu');

/** Kinds of expression that can end a range (a duration or a set cannot: "entre 15 et 20 ans"). */
export function canEndRange(c: DateCandidate): boolean {
  const e = c.expr;
  if (e.kind === 'duration' || e.kind === 'set') return false;
  if (e.kind === 'literal') return /^\d/.test(e.value);
  return true;
}

/** The opener just before offset `at`, with where it starts; null when none. */
export function openerBefore(text: string, at: number): { word: string; from: number } | null {
  const head = text.slice(Math.max(0, at - 24), at);
  const m = latinExec(OPENER, head);
  if (!m) return null;
  const word = m[1]!.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/’/g, "'");
  return { word, from: at - head.length + m.index + m[0].length - m[0].replace(/^[^\p{L}]/u, '').length };
}

/** True when a and b, in this order with this text between them, are the two ends of one range. */
function isRange(a: DateCandidate, b: DateCandidate, text: string): boolean {
  if (!canEndRange(a) || !canEndRange(b)) return false;
  const gap = GAP.exec(text.slice(a.to, b.from));
  if (!gap) return false;
  const opener = openerBefore(text, a.from)?.word ?? null;
  const days = a.expr.kind === 'calendar' && b.expr.kind === 'calendar' && a.expr.day !== undefined && b.expr.day !== undefined;
  // "les 15 et 16 juin" is two days, not a range
  if (opener === 'les') return false;
  if (gap[1]) return (opener !== null && opener !== 'entre') || days; // "du 13 au 15", "13 au 15 juillet"
  if (gap[2]) return opener !== null && opener !== 'entre'; // "de 1981 à 1986" ("2 à 1" is a score)
  if (gap[3]) return opener === 'entre';
  // "13-15 juillet", "2003-2004" (two bare days, "de 13-15 points", are numbers)
  if (gap[4]) return a.expr.kind === b.expr.kind && opener !== 'entre' && (!days || (b.expr as Calendar).month !== undefined);
  return true; // "jusqu'à": "demain jusqu'à 16 h"
}

const dayWithoutMonth = (e: DateExpr): e is Calendar => e.kind === 'calendar' && e.day !== undefined && e.month === undefined && e.time === undefined;
const hasDay = (e: DateExpr) => (e.kind === 'calendar' && (e.day !== undefined || e.weekday !== undefined || e.easter !== undefined)) || (e.kind === 'relative' && e.unit === 'day') || (e.kind === 'anaphor' && e.grain === 'day');
/** A clock time (or part of the day) with no day of its own. */
const bareTime = (c: DateCandidate) => c.expr.kind === 'calendar' && (c.expr.time !== undefined || c.expr.part !== undefined) && !hasDay(c.expr) && c.expr.month === undefined && c.expr.year === undefined;
/** The start of the candidate that gives `c` its day: its own anchor, or itself when it states one. */
const dayOf = (c: DateCandidate): number | undefined => c.anchorAt ?? (hasDay(c.expr) ? c.from : undefined);

/** "du 13 au 15 juillet", "les 15 et 16 juin", "13-15 juillet": the first day takes the month (and year) of the second. */
function dayTakesMonth(a: DateCandidate, b: DateCandidate, text: string, range: boolean): Calendar | null {
  if (!dayWithoutMonth(a.expr) || b.expr.kind !== 'calendar' || b.expr.day === undefined) return null;
  const second = b.expr;
  // the second day must name its month, or an opener must announce the range; and a range of days in one month goes forward
  if (second.month === undefined && (!range || a.expr.day! >= second.day!)) return null;
  // (days with no month need "du … au" or "entre le … et le": "âgés de 18 à 24" are numbers)
  const opener = openerBefore(text, a.from)?.word;
  if (second.month === undefined && !(opener === 'du' || (opener === 'entre' && /^le[\s\u00a0]/iu.test(text.slice(a.from, a.to))))) return null;
  const { weekday: _w, ...rest } = a.expr;
  void _w;
  return {
    ...(second.month !== undefined ? rest : a.expr),
    ...(second.month !== undefined ? { month: second.month } : {}),
    ...(second.year !== undefined ? { year: second.year, ...(second.shortYear ? { shortYear: true } : {}) } : {}),
  };
}

/** "entre janvier et juillet 2016", "du 28 décembre au 3 janvier 2024": the first end takes the year of the second. */
function monthTakesYear(a: Calendar, b: Calendar): Calendar | null {
  if (a.month === undefined || a.year !== undefined || b.year === undefined || b.month === undefined) return null;
  const later = a.month > b.month || (a.month === b.month && (a.day ?? 0) > (b.day ?? 0));
  return { ...a, year: later ? b.year - 1 : b.year, ...(b.shortYear ? { shortYear: true } : {}) };
}

export const ellipticRanges: DateRefiner = {
  name: 'elliptic-ranges',
  refine(candidates, text) {
    const out = [...candidates];
    for (let i = 0; i + 1 < out.length; i++) {
      const a = out[i]!;
      const b = out[i + 1]!;
      const range = isRange(a, b, text);
      const gap = text.slice(a.to, b.from);
      // "les 15 et 16 juin" completes its first day without being a range
      const coordinated = range || /^[\s\u00a0]*et(?:[\s\u00a0]+le)?[\s\u00a0]*$/iu.test(gap);
      const firstDay = coordinated ? dayTakesMonth(a, b, text, range) : null;
      if (firstDay) {
        out[i] = { ...a, expr: firstDay, weak: false, by: `${a.by}+range` };
        if (b.weak) out[i + 1] = { ...b, weak: false, by: `${b.by}+range` };
      }
      // "mai et juin derniers", "les 6 et 13 avril prochains", "du 3 au 5 mai prochains": the plural shift closes the second
      // expression and sets the way of both
      const shift = coordinated || range ? latinExec(PLURAL_SHIFT, text.slice(out[i + 1]!.to)) : null;
      if (shift) {
        const direction = /^derni/iu.test(shift[1]!) ? ('past' as const) : ('future' as const);
        const turn = (c: DateCandidate): DateCandidate => (c.expr.kind === 'calendar' && c.expr.year === undefined ? { ...c, expr: { ...c.expr, direction } } : c);
        out[i] = turn(out[i]!);
        out[i + 1] = { ...turn(out[i + 1]!), to: out[i + 1]!.to + shift[0].length };
      }
      // "les 6 et 13 avril": the article belongs to the first day
      const article = coordinated && !range && firstDay ? /(?:^|[^\p{L}])(les[\s\u00a0]+)$/iu.exec(text.slice(Math.max(0, a.from - 5), a.from)) : null;
      if (article) out[i] = { ...out[i]!, from: a.from - article[1]!.length };
      if (!range) continue;
      const first = out[i]!;
      let second: DateCandidate = { ...out[i + 1]!, rangeFrom: first.from };
      if (first.expr.kind === 'calendar' && second.expr.kind === 'calendar') {
        const year = monthTakesYear(first.expr, second.expr);
        if (year) out[i] = { ...first, expr: year, by: `${first.by}+range` };
      }
      // times: one with no day takes the other end's ("de 9 h 30 à 11 h jeudi", "jeudi de 9 h à 11 h")
      if (bareTime(first) && dayOf(second) !== undefined && dayOf(second) !== first.from) out[i] = { ...out[i]!, anchorAt: dayOf(second)! };
      if (bareTime(second) && dayOf(first) !== undefined) second = { ...second, anchorAt: dayOf(first)! };
      const p = out[i]!.expr;
      const q = second.expr;
      // "de 11 h 30 à 1 h 30": an end earlier on the clock than the start is in the afternoon
      if (p.kind === 'calendar' && q.kind === 'calendar' && p.time && q.time && q.time.hour < 12 && q.time.hour < p.time.hour && q.time.hour + 12 > p.time.hour) {
        second = { ...second, expr: { ...q, time: { ...q.time, hour: q.time.hour + 12 } } };
      }
      // "entre 8 et 10 h ce soir": a bare first hour takes the half of the day of the second
      const start = out[i]!;
      const [from, to] = [start.expr, second.expr];
      if (start.by === 'range-hour' && from.kind === 'calendar' && to.kind === 'calendar' && from.time && to.time && to.time.hour >= 12 && from.time.hour < 12 && from.time.hour + 12 <= to.time.hour) {
        out[i] = { ...start, expr: { ...from, time: { ...from.time, hour: from.time.hour + 12 } } };
      }
      out[i + 1] = second;
    }
    return out;
  },
};
