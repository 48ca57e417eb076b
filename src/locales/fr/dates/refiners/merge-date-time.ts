/**
 * Joins a day and a time of day stated together into one expression:
 * "le 2 mars à 5h", "jeudi à 11h", "aujourd'hui en fin de matinée",
 * "à trois heures et quart demain après-midi", "à 3 heures cet après-midi",
 * "lundi dans l'après-midi", and a part of the day with its day:
 * "la matinée du 15 février", "la nuit de samedi à dimanche".
 *
 * Strict French TimeML keeps a date and a time in separate constituents
 * apart ("le 3 janvier 2005" / "11 h"); joining them gives the instant a
 * timeline needs, and is what the development corpus (Duckling) expects.
 * Take this refiner out of ../configuration.ts for strict TimeML extents.
 */
import type { ClockTime, DateCandidate, DateExpr, DateRefiner, PartOfDay } from '../../../../dates/date-locale.js';

type Calendar = Extract<DateExpr, { kind: 'calendar' }>;

/** A day that can take a time: a calendar day, a weekday, a relative day, "ce jour-là". */
function isDay(c: DateCandidate): boolean {
  const e = c.expr;
  if (e.kind === 'calendar') return e.time === undefined && (e.day !== undefined || e.weekday !== undefined || e.easter !== undefined);
  if (e.kind === 'relative') return e.time === undefined && (e.unit === 'day' || (e.unit === 'week' && e.weekday !== undefined));
  if (e.kind === 'anaphor') return e.grain === 'day' && e.part === undefined;
  return false;
}

/** "la semaine", "le week-end" with nothing to say which. */
function isBareWeek(c: DateCandidate): boolean {
  return c.expr.kind === 'relative' && (c.expr.unit === 'week' || c.expr.unit === 'weekend') && c.expr.offset === 0 && c.expr.weekday === undefined;
}

/** A time of day or a part of the day, with no day. */
function isTime(c: DateCandidate): boolean {
  const e = c.expr;
  return e.kind === 'calendar' && (e.time !== undefined || e.part !== undefined) && e.year === undefined && e.month === undefined && e.day === undefined && e.weekday === undefined && e.easter === undefined;
}

/** "3 heures" of the afternoon is 15:00. */
function onClock(time: ClockTime, part: PartOfDay | undefined): ClockTime {
  if (!part) return time;
  if ((part === 'AF' || part === 'EV') && time.hour < 12) return { ...time, hour: time.hour + 12 };
  if (part === 'NI' && time.hour >= 7 && time.hour < 12) return { ...time, hour: time.hour + 12 };
  return time;
}

function withTime(day: DateExpr, time: Calendar): DateExpr | null {
  const part = time.part ?? ('part' in day ? day.part : undefined);
  const clock = time.time ? onClock(time.time, part) : undefined;
  if (day.kind === 'anaphor') return clock ? null : { ...day, ...(part ? { part } : {}) };
  if (day.kind !== 'calendar' && day.kind !== 'relative') return null;
  if (clock) {
    const { part: _drop, ...rest } = day as Calendar;
    void _drop;
    return { ...rest, time: clock } as DateExpr;
  }
  return { ...day, ...(part ? { part } : {}) } as DateExpr;
}

const DAY_TO_TIME = /^\s*(?:(?:à|a|vers|aux\s+alentours\s+de|autour\s+de|à\s+environ|dès|en|le|la|dans\s+la|dans\s+l['’]|dans|au|plutôt|à\s+partir\s+de|après)\s+){0,3}$/iu;
const TIME_TO_DAY = /^\s*(?:(?:le|ce|du|de)\s+)?$/iu;
const PART_TO_DAY = /^[\s]*(?:du|de|d['’])[\s]*$/iu;
const SECOND_DAY = /^[\s]*(?:à|au)[\s]+$/iu;

function merge(a: DateCandidate, b: DateCandidate, expr: DateExpr): DateCandidate {
  const mod = b.mod ?? a.mod ?? null;
  return { from: a.from, to: b.to, expr, by: `${a.by}+${b.by}`, ...(mod ? { mod } : {}) };
}

export const mergeDateTime: DateRefiner = {
  name: 'merge-date-time',
  refine(candidates, text) {
    const out: DateCandidate[] = [];
    for (const c of candidates) {
      const prev = out[out.length - 1];
      if (!prev) {
        out.push(c);
        continue;
      }
      const gap = text.slice(prev.to, c.from);
      let merged: DateCandidate | null = null;
      // a bare day number ("le 16") takes a clock time, not a part of the day ("30e journée")
      const bareDay = prev.weak === true && prev.expr.kind === 'calendar' && (c.expr.kind !== 'calendar' || c.expr.time === undefined);
      if (isDay(prev) && isTime(c) && DAY_TO_TIME.test(gap) && !bareDay) {
        const expr = withTime(prev.expr, c.expr as Calendar);
        if (expr) merged = merge(prev, c, expr);
      } else if (isTime(prev) && isDay(c) && (TIME_TO_DAY.test(gap) || (PART_TO_DAY.test(gap) && !(prev.expr as Calendar).time))) {
        const expr = withTime(c.expr, prev.expr as Calendar);
        if (expr) merged = merge(prev, c, expr);
      } else if (isTime(prev) && isTime(c) && (TIME_TO_DAY.test(gap) || DAY_TO_TIME.test(gap))) {
        const p = prev.expr as Calendar;
        const q = c.expr as Calendar;
        const contextual = p.contextual === true && q.contextual === true ? { contextual: true } : {};
        if (p.time && !q.time && q.part) merged = merge(prev, c, { kind: 'calendar', time: onClock(p.time, q.part), ...contextual });
        else if (q.time && !p.time && p.part) merged = merge(prev, c, { kind: 'calendar', time: onClock(q.time, p.part), ...contextual });
      } else if (isBareWeek(prev) && c.expr.kind === 'calendar' && c.expr.day !== undefined && c.expr.month !== undefined && c.expr.time === undefined && PART_TO_DAY.test(gap)) {
        // "la semaine du 18 février", "le week-end du 16 février"
        const around = prev.expr.kind === 'relative' && prev.expr.unit === 'weekend' ? 'weekend' : 'week';
        merged = merge(prev, c, { ...c.expr, around });
      } else if (isDay(prev) && isDay(c) && SECOND_DAY.test(gap) && /\+/.test(prev.by) && 'part' in prev.expr && prev.expr.part === 'NI') {
        // "la nuit de samedi à dimanche": the night that starts on the first day;
        // "la nuit du 3 au 4 mars": the first day takes the month (and year) of the second
        const p = prev.expr;
        const q = c.expr;
        if (p.kind === 'calendar' && q.kind === 'calendar' && p.day !== undefined && p.month === undefined && q.month !== undefined && q.day !== undefined) {
          const back = p.day > q.day;
          const month = back ? (q.month === 1 ? 12 : q.month - 1) : q.month;
          const year = q.year !== undefined ? (back && q.month === 1 ? q.year - 1 : q.year) : undefined;
          merged = { ...prev, to: c.to, expr: { ...p, month, ...(year !== undefined ? { year } : {}) } };
        } else merged = { ...prev, to: c.to };
      }
      if (merged) out[out.length - 1] = { ...merged, weak: false };
      else out.push(c);
    }
    return out;
  },
};
