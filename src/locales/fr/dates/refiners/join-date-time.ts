/**
 * A day and a time of day stated together.
 *
 * In one constituent they are one expression (French TimeML): "jeudi 15 h",
 * "le matin du 20 juin", "10 heures du matin", "le 12 au soir", "la nuit de
 * samedi à dimanche", "la semaine du 18 février".
 *
 * So is a clock time followed by its day (the guide's example 65): "à [11 h,
 * le 3 janvier 2005]", "[4 h mardi]", "vers [15 h 30, hier]"; a part of the
 * day after "en" ("[hier en fin d'après-midi]"); and a weekday in apposition
 * to a relative day ("[aujourd'hui vendredi]").
 *
 * A day followed by its time in a constituent of its own stays two
 * expressions ("le 3 janvier 2005" / "11 h": a preposition introduces the
 * second), and the time takes the day stated with it:
 * "jeudi à 15 h" gives "jeudi" = the Thursday and "15 h" = that Thursday at
 * 15:00, anchored to "jeudi" (`anchorAt`). "à 3 heures cet après-midi" gives
 * "3 heures" = 15:00 the same way.
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

/** A weekday and nothing else ("vendredi"). */
function isWeekdayAlone(c: DateCandidate): boolean {
  const e = c.expr;
  return e.kind === 'calendar' && e.weekday !== undefined && e.day === undefined && e.month === undefined && e.year === undefined && e.time === undefined && e.part === undefined;
}

/** A time of day or a part of the day, with no day. */
function isTime(c: DateCandidate): boolean {
  const e = c.expr;
  return e.kind === 'calendar' && (e.time !== undefined || e.part !== undefined) && e.year === undefined && e.month === undefined && e.day === undefined && e.weekday === undefined && e.easter === undefined;
}

/** "3 heures" of the afternoon is 15:00 ("00 h 10" stays just after midnight). */
function onClock(time: ClockTime, part: PartOfDay | undefined): ClockTime {
  if (!part || time.hour === 0) return time;
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
/** "le 13 de 15 h à 17 h", "jeudi entre 9 h et 11 h": a day, then a range of times ("de"/"entre" here, the second end after). */
const RANGE_OPENER = /^\s*(?:de|d['’]|entre)\s*$/iu;
const RANGE_AFTER = /^\s*(?:à|a|et|jusqu['’]à)\s+\S/iu;
const TIME_TO_DAY = /^\s*(?:(?:le|ce|du|de)\s+)?$/iu;
/** "11 h, le 3 janvier", "15 h 30, hier": a comma before a day that is an expression by itself. */
const TIME_COMMA_DAY = /^\s*,\s*(?:(?:le|ce)\s+)?$/iu;
/** "du"/"de" between a time and its day keeps them in one noun phrase ("le matin du 20 juin", "10 heures du matin"). */
const GENITIVE = /^\s*(?:du|de|d['’])\s*$/iu;
const SECOND_DAY = /^[\s]*(?:à|au)[\s]+$/iu;
/** Gaps that keep a day and the time after it in one constituent: nothing ("mardi 15 h"), "au" ("le 12 au soir"), "en" before a part of the day ("hier en fin d'après-midi"). */
const DAY_THEN_TIME = /^\s*(?:au\s+)?$/iu;
const DAY_THEN_PART = /^\s*(?:au|en)\s+$/iu;
/** "le 12 au soir", "le 12 dans la soirée": a part of the day that a preposition ties to the day before it. */
const PART_AFTER_PREPOSITION = /^\s*(?:au|dans|dans\s+la|dans\s+l['’]|en)\s+$/iu;
/** "le 16 à midi": noon as a point of the clock. */
const NOON_AT = /^\s*(?:à|a|vers)\s+$/iu;
/** "le 13 après-midi": a part of the day written right after the day number. */
const PART_WORD = /^(?:matin|après-midi|apres-midi|soir)$/iu;
/** A determiner opens a noun phrase of its own: "jeudi [le matin]", "15 h [ce jeudi]". */
const OWN_PHRASE = /^(?:l['’]|(?:le|la|les|ce|cet|cette)\s)/iu;

/** "la veille" (-1), "le lendemain" (+1)… of a named date (a holiday, a day of a month): that date moved by as many days; else null. */
function shiftedDay(prev: DateCandidate, c: DateCandidate): Calendar | null {
  const p = prev.expr;
  const e = c.expr;
  if (p.kind !== 'relative' || p.unit !== 'day' || p.base !== 'anchor' || p.time !== undefined || p.part !== undefined || p.weekday !== undefined) return null;
  if (e.kind !== 'calendar' || e.time !== undefined || e.part !== undefined || e.weekday !== undefined) return null;
  if (e.easter !== undefined) return { ...e, easter: e.easter + p.offset };
  if (e.month === undefined || e.day === undefined) return null;
  const at = new Date(Date.UTC(e.year ?? 2001, e.month - 1, e.day + p.offset));
  // (with no year, the end of February is unknown: "la veille du 1er mars")
  if (e.year === undefined && (at.getUTCMonth() === 1 || e.month === 2) && at.getUTCMonth() + 1 !== e.month) return null;
  const year = e.year !== undefined ? { year: at.getUTCFullYear() } : {};
  return { ...e, ...year, month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

function merge(a: DateCandidate, b: DateCandidate, expr: DateExpr): DateCandidate {
  const mod = b.mod ?? a.mod ?? null;
  return { from: a.from, to: b.to, expr, by: `${a.by}+${b.by}`, ...(mod ? { mod } : {}), weak: false };
}

/** How two neighbours join: one merged candidate, or both kept with the time resolved on the day's terms. */
type Join = { merged: DateCandidate } | { pair: [DateCandidate, DateCandidate] } | null;

/** One expression when the gap keeps them in one constituent, else two, the time (`time`) taking its day from `day`. */
function join(a: DateCandidate, b: DateCandidate, gap: string, text: string, expr: DateExpr, time: DateCandidate, day: DateCandidate): Join {
  // a clock time followed by its day is one expression ("4 h mardi", "11 h, le 3 janvier"), as is "le matin du 20 juin"
  const timeThenDay = time === a && isDay(day) && !day.weak && (TIME_TO_DAY.test(gap) || TIME_COMMA_DAY.test(gap));
  const partAfter = time === b && b.expr.kind === 'calendar' && b.expr.time === undefined && DAY_THEN_PART.test(gap);
  const one = time === a ? timeThenDay || GENITIVE.test(gap) : partAfter || (DAY_THEN_TIME.test(gap) && !OWN_PHRASE.test(text.slice(b.from, b.to)));
  if (one) return { merged: merge(a, b, expr) };
  const anchored: DateCandidate = { ...time, expr, anchorAt: day.from };
  // the day is an expression of its own even when it would be too weak alone ("le 12" in "le 12 dans la soirée")
  const timed: DateCandidate = day.expr.kind === 'calendar' ? { ...day, expr: { ...day.expr, timed: true }, weak: false } : { ...day, weak: false };
  return { pair: time === a ? [anchored, timed] : [timed, anchored] };
}

function joinNeighbours(prev: DateCandidate, c: DateCandidate, text: string): Join {
  const gap = text.slice(prev.to, c.from);
  // a bare day number ("le 16") takes a clock time, not a part of the day ("30e journée")
  // (but "le 12 au soir", "le 12 dans la soirée": a part of the day that a preposition ties to the day)
  // (and "le 16 à midi": noon is a point of the clock; "le 13 après-midi": the part right after the day number)
  const part = c.expr.kind === 'calendar' && c.expr.part !== 'DT' ? c.expr.part : undefined;
  const tiedPart =
    part !== undefined && (PART_AFTER_PREPOSITION.test(gap) || (part === 'MI' && NOON_AT.test(gap)) || (/^[\s\u00a0]+$/u.test(gap) && PART_WORD.test(text.slice(c.from, c.to))));
  const bareDay = prev.weak === true && prev.expr.kind === 'calendar' && (c.expr.kind !== 'calendar' || c.expr.time === undefined) && !tiedPart;
  if (isDay(prev) && isTime(c) && (DAY_TO_TIME.test(gap) || (RANGE_OPENER.test(gap) && RANGE_AFTER.test(text.slice(c.to)))) && !bareDay) {
    const expr = withTime(prev.expr, c.expr as Calendar);
    return expr ? join(prev, c, gap, text, expr, c, prev) : null;
  }
  if (isTime(prev) && isDay(c) && (prev.expr as Calendar).part === 'DT' && !(prev.expr as Calendar).time && GENITIVE.test(gap)) {
    // "la journée du 14 décembre" is that day, whole
    return { merged: merge(prev, c, c.expr) };
  }
  if (isTime(prev) && isDay(c) && (TIME_TO_DAY.test(gap) || (TIME_COMMA_DAY.test(gap) && !c.weak) || (GENITIVE.test(gap) && !(prev.expr as Calendar).time))) {
    const expr = withTime(c.expr, prev.expr as Calendar);
    return expr ? join(prev, c, gap, text, expr, prev, c) : null;
  }
  if (isTime(prev) && isTime(c) && (TIME_TO_DAY.test(gap) || DAY_TO_TIME.test(gap))) {
    // "10 heures du matin" (one), "à 3 heures cet après-midi" (two: "3 heures" is 15:00)
    const p = prev.expr as Calendar;
    const q = c.expr as Calendar;
    const contextual = p.contextual === true && q.contextual === true ? { contextual: true } : {};
    if (p.time && !q.time && q.part) return join(prev, c, gap, text, { kind: 'calendar', time: onClock(p.time, q.part), ...contextual }, prev, c);
    if (q.time && !p.time && p.part) return join(prev, c, gap, text, { kind: 'calendar', time: onClock(q.time, p.part), ...contextual }, c, prev);
    return null;
  }
  if (prev.expr.kind === 'relative' && prev.expr.unit === 'day' && prev.expr.base === 'ref' && prev.expr.time === undefined && prev.expr.part === undefined && isWeekdayAlone(c) && /^\s*,?\s*$/u.test(gap)) {
    // "aujourd'hui vendredi", "hier, lundi": the weekday names the same day
    return { merged: { ...merge(prev, c, prev.expr), by: `${prev.by}+${c.by}` } };
  }
  // (the gap asked only after a day counted from an anchor, "la veille", as shiftedDay needs: most pairs are not)
  const shifted = prev.expr.kind === 'relative' && GENITIVE.test(gap) ? shiftedDay(prev, c) : null;
  if (shifted) {
    // "le lendemain de Noël", "la veille du 1er mai", "l'avant-veille de Pâques": that day, counted from the date named
    return { merged: merge(prev, c, shifted) };
  }
  if (isBareWeek(prev) && c.expr.kind === 'calendar' && ((c.expr.day !== undefined && c.expr.month !== undefined) || c.expr.easter !== undefined) && c.expr.time === undefined && GENITIVE.test(gap)) {
    // "la semaine du 18 février", "le week-end du 16 février", "le week-end de Pâques"
    const around = prev.expr.kind === 'relative' && prev.expr.unit === 'weekend' ? 'weekend' : 'week';
    return { merged: merge(prev, c, { ...c.expr, around }) };
  }
  if (isDay(prev) && isDay(c) && SECOND_DAY.test(gap) && /\+/.test(prev.by) && 'part' in prev.expr && prev.expr.part === 'NI') {
    // "la nuit de samedi à dimanche": the night that starts on the first day;
    // "la nuit du 3 au 4 mars": the first day takes the month (and year) of the second
    const p = prev.expr;
    const q = c.expr;
    if (p.kind === 'calendar' && q.kind === 'calendar' && p.day !== undefined && p.month === undefined && q.month !== undefined && q.day !== undefined) {
      const back = p.day > q.day;
      const month = back ? (q.month === 1 ? 12 : q.month - 1) : q.month;
      const year = q.year !== undefined ? (back && q.month === 1 ? q.year - 1 : q.year) : undefined;
      return { merged: { ...prev, to: c.to, expr: { ...p, month, ...(year !== undefined ? { year } : {}) }, weak: false } };
    }
    return { merged: { ...prev, to: c.to, weak: false } };
  }
  return null;
}

export const joinDateTime: DateRefiner = {
  name: 'join-date-time',
  refine(candidates, text) {
    const out: DateCandidate[] = [];
    for (const c of candidates) {
      const prev = out[out.length - 1];
      const joined = prev ? joinNeighbours(prev, c, text) : null;
      if (!joined) out.push(c);
      else if ('merged' in joined) out[out.length - 1] = joined.merged;
      else out.splice(out.length - 1, 1, ...joined.pair);
    }
    return out;
  },
};
