/**
 * Elliptic ranges: in "du 13 au 15 juillet", "entre le 13 et le 15 juillet",
 * "13-15 juillet", the first day takes the month (and year) of the second.
 * TimeML keeps two expressions ("du [13] au [15 juillet]").
 */
import type { DateCandidate, DateExpr, DateRefiner } from '../../../../dates/date-locale.js';

type Calendar = Extract<DateExpr, { kind: 'calendar' }>;

const BETWEEN = /^[\s]*(?:au|à|a|et(?:[\s]+le)?|-|–|jusqu['’]au|jusqu['’]à)[\s]*$/iu;
const OPENS = /(?:^|\s)(?:du|entre|depuis|de|les)\s*$/iu;

const secondMonthMissing = (c: DateCandidate) => c.expr.kind !== 'calendar' || c.expr.month === undefined;

const dayWithoutMonth = (c: DateCandidate) => c.expr.kind === 'calendar' && c.expr.day !== undefined && c.expr.month === undefined && c.expr.time === undefined;

export const ellipticRanges: DateRefiner = {
  name: 'elliptic-ranges',
  refine(candidates, text) {
    const out = [...candidates];
    for (let i = 0; i + 1 < out.length; i++) {
      const a = out[i]!;
      const b = out[i + 1]!;
      const gap = text.slice(a.to, b.from);
      if (!BETWEEN.test(gap)) continue;
      // "du lundi au vendredi", "du 28 décembre 2023 au 3 janvier": the end of a range falls on or after its start
      if (OPENS.test(text.slice(Math.max(0, a.from - 10), a.from)) && a.expr.kind === 'calendar' && b.expr.kind === 'calendar') out[i + 1] = { ...b, rangeFrom: a.from };
      if (!dayWithoutMonth(a) || b.expr.kind !== 'calendar' || b.expr.day === undefined) continue;
      // "du 13 au 15", "les 15 et 16 juin", "13-15 juillet": the second day must name its month, or an opener must announce the range
      if (secondMonthMissing(b) && !OPENS.test(text.slice(Math.max(0, a.from - 10), a.from))) continue;
      // and a range of days in one month goes forward ("de 2 à 1" is a score)
      if (secondMonthMissing(b) && (a.expr as Calendar).day! >= (b.expr as Calendar).day!) continue;
      const second = b.expr as Calendar;
      const first = a.expr as Calendar;
      const { weekday: _w, ...firstRest } = first;
      void _w;
      const expr: Calendar = {
        ...(second.month !== undefined ? firstRest : first),
        ...(second.month !== undefined ? { month: second.month } : {}),
        ...(second.year !== undefined ? { year: second.year, ...(second.shortYear ? { shortYear: true } : {}) } : {}),
      };
      out[i] = { ...a, expr, weak: false, by: `${a.by}+range` };
      if (b.weak) out[i + 1] = { ...out[i + 1]!, weak: false, by: `${b.by}+range` };
    }
    return out;
  },
};
