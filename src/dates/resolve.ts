/**
 * Turns what an expression states (a DateExpr) into a TIMEX3 value, against
 * the reference date (deictic expressions), the date the narrative last set
 * (anaphoric ones) and a direction (the tense of the clause, or --prefer).
 * Language-independent.
 */
import type { InferredPart, TimexType } from '../types.js';
import {
  addMonths,
  addMonthsToDay,
  dayNumber,
  daysInMonth,
  easterSunday,
  formatDay,
  formatWeek,
  fromDayNumber,
  isoWeekday,
  mondayOf,
  pad,
} from './calendar.js';
import type { ClockTime, DateExpr, Direction, PartOfDay, SpannedUnits, TimexMod } from './date-locale.js';

/** The reference date as numbers: a day number and, when given, the minute of the day. */
export interface Reference {
  readonly day: number;
  readonly minutes: number | null;
}

/** A date the narrative has set, that anaphoric expressions resolve against. */
export interface NarrativeDate {
  readonly id: string;
  readonly value: string;
  /** Paragraph the date was set in (null for a heading). */
  readonly paragraph?: string | null;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** True when the text states the year ("à l'été 2002"), rather than the reference date or the tense giving it. */
  readonly stated?: boolean;
  /** Index of the unit (sentence) the date was told in. */
  readonly unit?: number;
}

/** The narrative so far: the last date mentioned at each grain. */
export interface Narrative {
  readonly lastDay: NarrativeDate | null;
  readonly lastMonth: NarrativeDate | null;
  readonly lastYear: NarrativeDate | null;
}

export interface ResolveEnv {
  readonly ref: Reference | null;
  readonly narrative: Narrative;
  readonly direction: Direction;
  /** The tense the clause states (null: none; `direction` then comes from --prefer). */
  readonly tense?: 'past' | 'future' | null;
  readonly mod?: TimexMod | null;
  /** Paragraph of the expression being resolved. */
  readonly paragraph?: string | null;
  /** Index of the unit (sentence) of the expression being resolved. */
  readonly unit?: number;
}

export interface Resolution {
  readonly type: TimexType;
  readonly value: string;
  /** Parts of the value not stated in the text ("year"). */
  readonly inferred: readonly InferredPart[];
  /** Id of the narrative date it was resolved from. */
  readonly anchor: string | null;
  /** True when the value keeps X's because there was no reference date (or no antecedent). */
  readonly unresolved: boolean;
  readonly resolved?: string;
  readonly quant?: string;
}

/** Parses "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]" into a Reference; null when absent or malformed. */
export function parseReference(value: string | null): Reference | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  const minutes = m[4] !== undefined ? Number(m[4]) * 60 + Number(m[5]) : null;
  return { day, minutes };
}

/** The narrative date a resolved DATE/TIME value sets (null for values that set none). */
export function narrativeDateOf(id: string, value: string, paragraph: string | null = null, told: { unit?: number; stated?: boolean } = {}): NarrativeDate | null {
  const m = /^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?/.exec(value);
  if (!m) return null;
  const year = numberOf(m[1]);
  const month = numberOf(m[2]);
  const day = numberOf(m[3]);
  if (year === undefined && month === undefined) return null;
  // (the fields added one by one, in the order the object always had: no spread of a throw-away object per field)
  const date: { -readonly [K in keyof NarrativeDate]: NarrativeDate[K] } = { id, value, paragraph };
  if (year !== undefined) date.year = year;
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  if (told.stated && year !== undefined) date.stated = true;
  if (told.unit !== undefined) date.unit = told.unit;
  return date;
}

/** A field of a TIMEX3 value as a number ("2024", "03"), or undefined ("XXXX", none). */
function numberOf(s: string | undefined): number | undefined {
  return s && /^\d+$/.test(s) ? Number(s) : undefined;
}

/** Adds a newly resolved date to the narrative. */
export function advanceNarrative(narrative: Narrative, date: NarrativeDate | null): Narrative {
  if (!date) return narrative;
  return {
    lastDay: date.day !== undefined && date.month !== undefined ? date : narrative.lastDay,
    lastMonth: date.month !== undefined ? date : narrative.lastMonth,
    // a date that takes the year a story stated keeps it stated for the next ones
    lastYear: date.year !== undefined ? (!date.stated && narrative.lastYear?.stated && narrative.lastYear.year === date.year ? { ...date, stated: true } : date) : narrative.lastYear,
  };
}

export const EMPTY_NARRATIVE: Narrative = { lastDay: null, lastMonth: null, lastYear: null };

function suffix(time: ClockTime | undefined, part: PartOfDay | undefined): string {
  if (time) {
    const s = `T${pad(time.hour)}:${pad(time.minute ?? 0)}`;
    return time.second !== undefined ? `${s}:${pad(time.second)}` : s;
  }
  return part ? `T${part}` : '';
}

const typeOf = (time: ClockTime | undefined, part: PartOfDay | undefined): TimexType => (time || part ? 'TIME' : 'DATE');

/** A day number standing for a narrative date, its middle when it is a month or a season ("2002-SU": early August). */
function storyDay(d: NarrativeDate): number {
  const season = /-(SP|SU|FA|WI)$/.exec(d.value)?.[1];
  const month = d.month ?? (season ? { SP: 5, SU: 8, FA: 11, WI: 2 }[season]! : 7);
  return dayNumber(d.year!, month, d.day ?? 15);
}

/** Picks among candidate [start, end) day intervals the one the direction asks for. */
function choose<T extends { start: number; end: number }>(options: readonly T[], refDay: number, direction: Direction): T | undefined {
  if (options.length === 0) return undefined;
  if (direction === 'past') {
    const past = options.filter((o) => o.start <= refDay);
    return past.reduce<T | undefined>((best, o) => (!best || o.start > best.start ? o : best), undefined) ?? options[0];
  }
  if (direction === 'future') {
    const future = options.filter((o) => o.end > refDay);
    return future.reduce<T | undefined>((best, o) => (!best || o.start < best.start ? o : best), undefined) ?? options[options.length - 1];
  }
  const distance = (o: T) => (refDay < o.start ? o.start - refDay : refDay >= o.end ? refDay - o.end + 1 : 0);
  return options.reduce<T | undefined>((best, o) => (!best || distance(o) < distance(best) ? o : best), undefined);
}

function expandShortYear(year: number, ref: Reference | null): number {
  if (!ref) return year <= 30 ? 2000 + year : 1900 + year;
  // the year of the reference's century, unless that is more than ten years ahead ("mai 97" in 1999 is 1997, "mai 68" in 2024 is 1968)
  const refYear = fromDayNumber(ref.day).year;
  const full = refYear - (refYear % 100) + year;
  return full > refYear + 10 ? full - 100 : full < refYear - 90 ? full + 100 : full;
}

const X = (unresolved: string, type: TimexType = 'DATE'): Resolution => ({ type, value: unresolved, inferred: [], anchor: null, unresolved: true });

/**
 * Whether what resolveExpr gives for `expr` may depend on the tense or the direction it is given: not for a calendar date
 * that states its year (its value is that year's), a duration that counts from no narrative date, a literal, a set, a
 * quarter or a half (their values are read off the expression and the reference date alone). A test resolves the
 * expressions of the fixtures under every tense to check it.
 */
export function readsTense(expr: DateExpr): boolean {
  switch (expr.kind) {
    case 'calendar':
      return expr.year === undefined;
    case 'duration':
      return expr.counted !== undefined;
    case 'literal':
    case 'set':
    case 'quarter':
    case 'half':
      return false;
    default:
      return true;
  }
}

/** Resolves one expression. */
export function resolveExpr(expr: DateExpr, env: ResolveEnv): Resolution {
  switch (expr.kind) {
    case 'calendar':
      return resolveCalendar(expr, env);
    case 'relative':
      if (expr.nowadays && !env.tense) return { type: 'DATE', value: 'PRESENT_REF', inferred: [], anchor: null, unresolved: false };
      return resolveRelative(expr, env);
    case 'nth':
      return resolveNth(expr, env);
    case 'season':
      return resolveSeason(expr, env);
    case 'quarter':
    case 'half': {
      const letter = expr.kind === 'quarter' ? 'Q' : 'H';
      if (expr.year !== undefined) return { type: 'DATE', value: `${pad(expr.year, 4)}-${letter}${expr.index}`, inferred: [], anchor: null, unresolved: false };
      if (!env.ref) return X(`XXXX-${letter}${expr.index}`);
      const year = fromDayNumber(env.ref.day).year + (expr.offset ?? 0);
      return { type: 'DATE', value: `${pad(year, 4)}-${letter}${expr.index}`, inferred: ['year'], anchor: null, unresolved: false };
    }
    case 'literal':
      return { type: expr.type, value: expr.value, inferred: [], anchor: null, unresolved: false };
    case 'set':
      return { type: 'SET', value: expr.value, inferred: [], anchor: null, unresolved: false, ...(expr.quant ? { quant: expr.quant } : {}) };
    case 'duration': {
      if (expr.counted) {
        const step = resolveRelative(expr.counted, env);
        // (no clock time to count minutes from: the duration alone)
        const points = !step.unresolved && step.type !== 'DURATION';
        return { type: 'DURATION', value: expr.value, inferred: [], anchor: points ? step.anchor : null, unresolved: false, ...(points ? { resolved: step.value } : {}) };
      }
      const resolved = expr.direction && env.ref ? pointedDate(expr.value, expr.direction, env.ref) : undefined;
      return { type: 'DURATION', value: expr.value, inferred: [], anchor: null, unresolved: false, ...(resolved ? { resolved } : {}) };
    }
    case 'anaphor':
      return resolveAnaphor(expr, env);
  }
}

function resolveCalendar(e: Extract<DateExpr, { kind: 'calendar' }>, given: ResolveEnv): Resolution {
  const env = e.direction ? { ...given, direction: e.direction } : given;
  if (e.around) {
    const { around, ...day } = e;
    const r = resolveCalendar(day, env);
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(r.value);
    const week = m ? formatWeek(dayNumber(Number(m[1]), Number(m[2]), Number(m[3]))) : 'XXXX-WXX';
    return { ...r, type: 'DATE', value: around === 'weekend' ? `${week}-WE` : week };
  }
  const sfx = suffix(e.time, e.part);
  const type = typeOf(e.time, e.part);
  const ref = env.ref;
  if (e.year !== undefined) {
    const year = e.shortYear ? expandShortYear(e.year, ref) : e.year;
    if (e.easter !== undefined) return { type, value: formatDay(easterSunday(year) + e.easter) + sfx, inferred: [], anchor: null, unresolved: false };
    if (e.month === undefined) return { type: 'DATE', value: pad(year, 4), inferred: [], anchor: null, unresolved: false };
    if (e.day === undefined) return { type: 'DATE', value: `${pad(year, 4)}-${pad(e.month)}`, inferred: [], anchor: null, unresolved: false };
    return { type, value: `${pad(year, 4)}-${pad(e.month)}-${pad(e.day)}${sfx}`, inferred: [], anchor: null, unresolved: false };
  }
  if (e.month !== undefined || e.easter !== undefined) {
    if (!ref) {
      if (e.easter !== undefined) return X(`XXXX-XX-XX${sfx}`, type);
      return X(e.day === undefined ? `XXXX-${pad(e.month!)}` : `XXXX-${pad(e.month!)}-${pad(e.day)}${sfx}`, e.day === undefined ? 'DATE' : type);
    }
    const refYear = fromDayNumber(ref.day).year;
    // "à l'été 2002 … le contrat s'est terminé le 21 août": in a past story, a year-less date takes the year stated in its
    // sentence or the one before (in the same paragraph)
    const told = env.narrative.lastYear;
    const near = told?.unit !== undefined && env.unit !== undefined && env.unit - told.unit <= 1;
    const storyYear = told?.stated && near && told.year !== undefined && told.year < refYear && told.paragraph && told.paragraph === env.paragraph && env.tense === 'past' && !e.direction ? told.year : undefined;
    const years = storyYear !== undefined ? [storyYear - 1, storyYear, storyYear + 1] : [refYear - 1, refYear, refYear + 1];
    const options = years.map((year) => {
      if (e.easter !== undefined) {
        const d = easterSunday(year) + e.easter;
        return { year, start: d, end: d + 1 };
      }
      if (e.day === undefined) return { year, start: dayNumber(year, e.month!, 1), end: dayNumber(year, e.month! + 1, 1) };
      const d = dayNumber(year, e.month!, e.day);
      return { year, start: d, end: d + 1 };
    });
    // "samedi 6 avril": the year in which the 6th of April is a Saturday, when one lies within six months
    const agreeing = e.weekday !== undefined && e.day !== undefined ? options.filter((o) => isoWeekday(o.start) === e.weekday && Math.abs(o.start - ref.day) <= 183) : [];
    // (in a story, the occurrence nearest the story's date, not after the reference: "novembre 2025 … fin janvier" is 2026's)
    const story = storyYear !== undefined ? options.filter((o) => o.start <= ref.day) : [];
    const pick = story.length ? choose(story, storyDay(told!), 'nearest')! : choose(agreeing.length ? agreeing : options, ref.day, env.direction)!;
    const value =
      e.easter !== undefined
        ? formatDay(pick.start) + sfx
        : e.day === undefined
          ? `${pad(pick.year, 4)}-${pad(e.month!)}`
          : `${pad(pick.year, 4)}-${pad(e.month!)}-${pad(e.day)}${sfx}`;
    return { type: e.day === undefined && e.easter === undefined ? 'DATE' : type, value, inferred: ['year'], anchor: null, unresolved: false };
  }
  if (e.day !== undefined) {
    if (!ref) return X(`XXXX-XX-${pad(e.day)}${sfx}`, type);
    const start = fromDayNumber(ref.day);
    const options: { start: number; end: number }[] = [];
    for (let k = -30; k <= 30; k++) {
      const { year, month } = addMonths(start.year, start.month, k);
      if (e.day > daysInMonth(year, month)) continue;
      const d = dayNumber(year, month, e.day);
      if (e.weekday !== undefined && isoWeekday(d) !== e.weekday) continue;
      options.push({ start: d, end: d + 1 });
    }
    const pick = choose(options, ref.day, env.direction);
    if (!pick) return X(`XXXX-XX-${pad(e.day)}${sfx}`, type);
    return { type, value: formatDay(pick.start) + sfx, inferred: ['year', 'month'], anchor: null, unresolved: false };
  }
  if (e.weekday !== undefined) {
    if (e.habitual && !given.tense) return { type: 'SET', value: `XXXX-WXX-${e.weekday}${sfx}`, inferred: [], anchor: null, unresolved: false, quant: 'EVERY' };
    if (!ref) return X(`XXXX-WXX-${e.weekday}${sfx}`, type);
    // "ce mercredi", and "mercredi soir" told ahead on a Wednesday: today
    const today = isoWeekday(ref.day) === e.weekday && (e.current || ((e.time || e.part || e.timed) && env.direction === 'future'));
    const d = today ? ref.day : weekdayNear(ref.day, e.weekday, env.direction);
    return { type, value: formatDay(d) + sfx, inferred: ['year', 'month', 'day'], anchor: null, unresolved: false };
  }
  // a time or a part of the day alone: the day this paragraph last set, else today, or the next / last such time
  const day = env.narrative.lastDay;
  // a later paragraph goes on with the story's day when it tells of the past ("Vers 5 h 15, l'alerte a été donnée")
  if (e.contextual && day && day.paragraph && (day.paragraph === env.paragraph || env.tense === 'past')) {
    // "dans la nuit de dimanche à lundi … vers 2 h 30", "à 23 h 10, puis à minuit": the small hours after that night or
    // that late evening fall on the next day
    const lateBefore = /T(?:1[89]|2\d):/.test(day.value) || day.value.endsWith('TNI') || day.value.endsWith('TEV');
    // (midnight after any time of that day ends it: "de midi à minuit")
    const midnightAfter = e.time?.hour === 0 && e.time.minute === 0 && /T/.test(day.value);
    if (e.time && e.time.hour < 6 && (lateBefore || midnightAfter) && day.year !== undefined) {
      return { type, value: formatDay(dayNumber(day.year, day.month!, day.day!) + 1) + sfx, inferred: ['year', 'month', 'day'], anchor: day.id, unresolved: false };
    }
    return { type, value: day.value.slice(0, 10) + sfx, inferred: ['year', 'month', 'day'], anchor: day.id, unresolved: day.value.includes('X') };
  }
  if (!ref) return X(`XXXX-XX-XX${sfx}`, type);
  let d = ref.day;
  // "cette nuit", "dans la nuit" told in the past: the night that ended this morning
  if (!e.time && e.part === 'NI' && env.direction === 'past') d--;
  if (e.time && ref.minutes !== null) {
    const at = e.time.hour * 60 + (e.time.minute ?? 0);
    if (env.direction === 'future' && at < ref.minutes) d++;
    if (env.direction === 'past' && at > ref.minutes) d--;
  }
  return { type, value: formatDay(d) + sfx, inferred: ['year', 'month', 'day'], anchor: null, unresolved: false };
}

/** Day number of the weekday nearest to `day` in the given direction (past includes today: news name today by its weekday; future does not). */
export function weekdayNear(day: number, weekday: number, direction: Direction): number {
  const today = isoWeekday(day);
  if (direction === 'future') return day + (((weekday - today + 6) % 7) + 1);
  if (direction === 'past') return day - ((today - weekday + 7) % 7);
  const ahead = (weekday - today + 7) % 7;
  return ahead <= 3 ? day + ahead : day - (7 - ahead);
}

function baseDay(env: ResolveEnv, base: 'ref' | 'anchor', needs: 'day' | 'month' | 'year'): { day: number; anchor: string | null } | null {
  if (base === 'anchor') {
    const n = needs === 'day' ? env.narrative.lastDay : needs === 'month' ? env.narrative.lastMonth : env.narrative.lastYear;
    if (n && n.year !== undefined) return { day: dayNumber(n.year, n.month ?? 1, n.day ?? 1), anchor: n.id };
    if (n && !env.ref) return null;
  }
  return env.ref ? { day: env.ref.day, anchor: null } : null;
}

function resolveRelative(e: Extract<DateExpr, { kind: 'relative' }>, env: ResolveEnv): Resolution {
  const sfx = suffix(e.time, e.part);
  const type = typeOf(e.time, e.part);
  const needs = e.unit === 'year' || e.unit === 'decade' || e.unit === 'century' || e.unit === 'millennium' ? 'year' : e.unit === 'month' || e.unit === 'quarter' || e.unit === 'half' ? 'month' : 'day';
  const base = baseDay(env, e.base, needs);
  if (e.edge && (e.unit === 'week' || e.unit === 'month' || e.unit === 'year')) return resolveEdge({ ...e, unit: e.unit, edge: e.edge }, env, base, sfx, type);
  if (!base) {
    const unknown: Record<string, string> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX', year: 'XXXX', decade: 'XXX', century: 'XX', millennium: 'X', hour: 'XXXX-XX-XXTXX:XX', minute: 'XXXX-XX-XXTXX:XX' };
    return X((e.weekday ? `XXXX-WXX-${e.weekday}` : unknown[e.unit]!) + (e.unit === 'day' || e.weekday ? sfx : ''), type);
  }
  const done = (value: string, t: TimexType = 'DATE'): Resolution => ({ type: t, value, inferred: [], anchor: base.anchor, unresolved: false });
  const { year, month } = fromDayNumber(base.day);
  let offset = e.offset;
  // "au début du mois" read forward once the start of this month is past
  if (env.direction === 'future' && env.mod === 'START' && offset === 0 && e.base === 'ref' && !e.weekday) {
    if (e.unit === 'month' && fromDayNumber(base.day).day > 10) offset = 1;
    if (e.unit === 'year' && month > 4) offset = 1;
  }
  switch (e.unit) {
    case 'day':
      // with a weekday: the first such day at least `offset` days on ("mardi en huit")
      if (e.weekday !== undefined) return done(formatDay(base.day + offset + ((e.weekday - isoWeekday(base.day + offset) + 7) % 7)) + sfx, type);
      return done(formatDay(base.day + offset) + sfx, type);
    case 'week':
      if (e.weekday !== undefined) return done(formatDay(mondayOf(base.day) + 7 * offset + e.weekday - 1) + sfx, type);
      return done(formatWeek(base.day + 7 * offset));
    case 'weekend':
      // "le week-end" in a past-tense clause before Saturday: the one just gone
      if (offset === 0 && e.base === 'ref' && env.direction === 'past' && isoWeekday(base.day) < 6) offset = -1;
      return done(`${formatWeek(base.day + 7 * offset)}-WE`);
    case 'month': {
      const m = addMonths(year, month, offset);
      return done(`${pad(m.year, 4)}-${pad(m.month)}`);
    }
    case 'quarter': {
      const q = addMonths(year, (Math.floor((month - 1) / 3) * 3) + 1, 3 * offset);
      return done(`${pad(q.year, 4)}-Q${Math.floor((q.month - 1) / 3) + 1}`);
    }
    case 'half': {
      const h = addMonths(year, month <= 6 ? 1 : 7, 6 * offset);
      return done(`${pad(h.year, 4)}-H${h.month <= 6 ? 1 : 2}`);
    }
    case 'year':
      return done(pad(year + offset, 4));
    // TIMEX3 names a decade by its first three digits ("202": 2020–2029), a century by its first two ("19": 1900–1999)
    // and a millennium by its first ("2")
    case 'decade':
      return done(pad(Math.floor(year / 10) + offset, 3));
    case 'century':
      return done(pad(Math.floor(year / 100) + offset, 2));
    case 'millennium':
      return done(String(Math.floor(year / 1000) + offset));
    case 'hour':
    case 'minute': {
      // "vingt minutes plus tard": from the clock time the narrative last set; with none, only the duration is known
      const clock = e.base === 'anchor' ? /T(\d{2}):(\d{2})/.exec(env.narrative.lastDay?.value ?? '') : null;
      if (e.base === 'anchor' && !clock) return { type: 'DURATION', value: `PT${Math.abs(offset)}${e.unit === 'hour' ? 'H' : 'M'}`, inferred: [], anchor: null, unresolved: false };
      const start = clock ? Number(clock[1]) * 60 + Number(clock[2]) : (env.ref?.minutes ?? 0);
      const minutes = start + offset * (e.unit === 'hour' ? 60 : 1);
      const d = base.day + Math.floor(minutes / 1440);
      const m = ((minutes % 1440) + 1440) % 1440;
      return done(`${formatDay(d)}T${pad(Math.floor(m / 60))}:${pad(m % 60)}`, 'TIME');
    }
  }
}

/** Day number of the first or last day of the week, month or year containing `day`, `k` periods on. */
function edgeDay(unit: 'week' | 'month' | 'year', edge: 'first' | 'last', day: number, k: number): number {
  if (unit === 'week') return mondayOf(day) + 7 * k + (edge === 'first' ? 0 : 6);
  const { year, month } = fromDayNumber(day);
  if (unit === 'year') return edge === 'first' ? dayNumber(year + k, 1, 1) : dayNumber(year + k, 12, 31);
  const m = addMonths(year, month, k);
  return edge === 'first' ? dayNumber(m.year, m.month, 1) : dayNumber(m.year, m.month + 1, 1) - 1;
}

/** "le dernier jour de l'année", "le premier jour du mois prochain", "le dernier jour de la semaine". */
function resolveEdge(
  e: Extract<DateExpr, { kind: 'relative' }> & { unit: 'week' | 'month' | 'year'; edge: 'first' | 'last' },
  env: ResolveEnv,
  base: { day: number; anchor: string | null } | null,
  sfx: string,
  type: TimexType,
): Resolution {
  if (!base) {
    const first = e.edge === 'first';
    const unknown = e.unit === 'week' ? `XXXX-WXX-${first ? 1 : 7}` : e.unit === 'month' ? `XXXX-XX-${first ? '01' : 'XX'}` : `XXXX-${first ? '01-01' : '12-31'}`;
    return X(unknown + sfx, type);
  }
  let day = edgeDay(e.unit, e.edge, base.day, e.offset);
  // "le dernier jour du mois" told in the past is the last such day not after today; told ahead, the next not before today
  if (e.loose && e.offset === 0) {
    if (env.direction === 'past' && day > base.day) day = edgeDay(e.unit, e.edge, base.day, -1);
    else if (env.direction === 'future' && day < base.day) day = edgeDay(e.unit, e.edge, base.day, 1);
  }
  return { type, value: formatDay(day) + sfx, inferred: [], anchor: base.anchor, unresolved: false };
}

function resolveNth(e: Extract<DateExpr, { kind: 'nth' }>, env: ResolveEnv): Resolution {
  let year = e.year;
  const inferred: InferredPart[] = [];
  if (year === undefined) {
    if (!env.ref) {
      const v = e.unit === 'day' ? (e.n > 0 ? `XXXX-${pad(e.month)}-${pad(e.n)}` : `XXXX-${pad(e.month)}-XX`) : `XXXX-WXX${e.unit === 'weekend' ? '-WE' : ''}`;
      return X(v);
    }
    const refYear = fromDayNumber(env.ref.day).year;
    const options = [refYear - 1, refYear, refYear + 1].map((y) => ({ year: y, start: dayNumber(y, e.month, 1), end: dayNumber(y, e.month + 1, 1) }));
    year = choose(options, env.ref.day, env.direction)!.year;
    inferred.push('year');
  }
  const first = dayNumber(year, e.month, 1);
  const last = dayNumber(year, e.month + 1, 1) - 1;
  const done = (value: string): Resolution => ({ type: 'DATE', value, inferred, anchor: null, unresolved: false });
  if (e.unit === 'day' && e.weekday !== undefined) {
    const firstDay = first + ((e.weekday - isoWeekday(first) + 7) % 7);
    const lastDay = last - ((isoWeekday(last) - e.weekday + 7) % 7);
    const day = e.n > 0 ? firstDay + 7 * (e.n - 1) : lastDay;
    if (day > last) return X(`${pad(year, 4)}-${pad(e.month)}-XX`);
    return done(formatDay(day));
  }
  if (e.unit === 'day') return done(formatDay(e.n > 0 ? first + e.n - 1 : last));
  // weeks and weekends that lie wholly in the month: the first starts on its first Monday (Saturday), the last ends on its last Sunday
  const target = e.unit === 'week' ? 1 : 6;
  const firstHit = first + ((target - isoWeekday(first) + 7) % 7);
  const lastSunday = last - (isoWeekday(last) % 7);
  const day = e.n > 0 ? firstHit + 7 * (e.n - 1) : lastSunday - (e.unit === 'week' ? 6 : 1);
  return done(formatWeek(day) + (e.unit === 'weekend' ? '-WE' : ''));
}

const SEASON_START: Record<string, [number, number]> = { SP: [3, 21], SU: [6, 21], FA: [9, 23], WI: [12, 21] };

function resolveSeason(e: Extract<DateExpr, { kind: 'season' }>, env: ResolveEnv): Resolution {
  if (e.year !== undefined) return { type: 'DATE', value: `${pad(e.year, 4)}-${e.season}`, inferred: [], anchor: null, unresolved: false };
  if (!env.ref) return X(`XXXX-${e.season}`);
  if (e.generic && !env.tense) return { type: 'DATE', value: `XXXX-${e.season}`, inferred: [], anchor: null, unresolved: false };
  const refYear = fromDayNumber(env.ref.day).year;
  const span = (y: number) => {
    const [m, d] = SEASON_START[e.season]!;
    const start = dayNumber(y, m, d);
    return { year: y, start, end: start + (e.season === 'WI' || e.season === 'SU' ? 92 : 91) };
  };
  const options = [refYear - 2, refYear - 1, refYear, refYear + 1].map(span);
  const containing = options.find((o) => o.start <= env.ref!.day && env.ref!.day < o.end);
  const past = options.filter((o) => o.end <= env.ref!.day).pop()!;
  const next = options.find((o) => o.start > env.ref!.day) ?? { year: refYear + 1 };
  let pick: { year: number };
  if (e.offset === -1) pick = past;
  else if (e.offset === 1) pick = next;
  // "cet été": the season we are in, else the last one in a past-tense clause, else the coming one
  else if (e.offset === 0) pick = containing ?? (env.direction === 'past' ? past : next);
  else pick = choose(options, env.ref.day, env.direction)!;
  return { type: 'DATE', value: `${pad(pick.year, 4)}-${e.season}`, inferred: ['year'], anchor: null, unresolved: false };
}

function resolveAnaphor(e: Extract<DateExpr, { kind: 'anaphor' }>, env: ResolveEnv): Resolution {
  const n = e.grain === 'day' || e.grain === 'week' ? env.narrative.lastDay : e.grain === 'month' ? env.narrative.lastMonth : e.grain === 'year' ? env.narrative.lastYear : (env.narrative.lastDay ?? env.narrative.lastMonth ?? env.narrative.lastYear);
  const unknown = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX', any: 'XXXX-XX-XX' }[e.grain];
  const sfx = e.part ? `T${e.part}` : '';
  const type: TimexType = e.part ? 'TIME' : 'DATE';
  if (!n) return X(unknown + (e.grain === 'day' ? sfx : ''), type);
  let value: string;
  if (e.grain === 'day') value = n.value.slice(0, 10) + sfx;
  else if (e.grain === 'month') value = n.value.slice(0, 7);
  else if (e.grain === 'year') value = n.value.slice(0, 4);
  else if (e.grain === 'week') value = n.year !== undefined ? formatWeek(dayNumber(n.year, n.month!, n.day!)) : 'XXXX-WXX';
  else value = n.value;
  return { type, value, inferred: [], anchor: n.id, unresolved: value.includes('X') };
}

/**
 * The calendar value a duration pointing back (-1) or forward (+1) from the reference resolves to. Back, at the
 * duration's grain ("il y a deux ans": 2022, the year). Forward, the reference moved on by whole units, at one grain
 * finer than the unit, the reference's own part of it: "dans deux mois" written on 12 February is 12 April, "dans un an"
 * February of next year, "dans un jour" the same hour tomorrow (a day when the reference has no time).
 */
export function pointedDate(duration: string, direction: -1 | 1, ref: Reference): string | undefined {
  const m = /^P(T?)(\d+(?:\.\d+)?)(Y|M|W|D|H|S)$/.exec(duration);
  if (!m) return undefined;
  const n = Number(m[2]) * direction;
  const { year, month } = fromDayNumber(ref.day);
  // a fraction counts in the next smaller unit when it makes whole ones there ("une heure et demie": 90 minutes,
  // "un an et demi": 18 months); otherwise it points nowhere precise
  if (!Number.isInteger(n)) {
    const smaller = m[1] ? (m[3] === 'H' ? `PT${Math.abs(n) * 60}M` : null) : m[3] === 'Y' ? `P${Math.abs(n) * 12}M` : null;
    return smaller && /^PT?\d+M$/.test(smaller) ? pointedDate(smaller, direction, ref) : undefined;
  }
  if (!m[1]) {
    const ahead = direction === 1;
    if (m[3] === 'Y' && !ahead) return pad(year + n, 4);
    if (m[3] === 'Y' || m[3] === 'M') {
      const x = addMonths(year, month, m[3] === 'Y' ? 12 * n : n);
      if (m[3] === 'Y') return `${pad(x.year, 4)}-${pad(x.month)}`;
      if (!ahead) return `${pad(x.year, 4)}-${pad(x.month)}`;
      // (the 31st, two months on, is the last day of a shorter month)
      return formatDay(addMonthsToDay(ref.day, n));
    }
    if (m[3] === 'W') return formatDay(ref.day + 7 * n);
    if (m[3] === 'D') return formatDay(ref.day + n) + (ahead && ref.minutes !== null ? `T${pad(Math.floor(ref.minutes / 60))}` : '');
    return undefined;
  }
  if (ref.minutes === null) return m[3] === 'H' && Math.abs(n) >= 24 ? formatDay(ref.day + Math.trunc(n / 24)) : undefined;
  // seconds from a reference given to the minute ("dans 10 secondes": 04:30:10)
  const seconds = m[3] === 'S' ? ((n % 60) + 60) % 60 : 0;
  const minutes = ref.minutes + (m[3] === 'H' ? n * 60 : m[3] === 'M' ? n : m[3] === 'S' ? Math.floor(n / 60) : 0);
  const d = ref.day + Math.floor(minutes / 1440);
  const r = ((minutes % 1440) + 1440) % 1440;
  return `${formatDay(d)}T${pad(Math.floor(r / 60))}:${pad(r % 60)}${m[3] === 'S' ? `:${pad(seconds)}` : ''}`;
}

/** One implicit end of a duration that spans units next to the reference. */
export interface ImplicitEnd {
  readonly type: 'DATE' | 'TIME';
  readonly value: string;
}

/** Units the reference is counted in before a clock unit: seconds, minutes, hours (none for calendar units). */
const CLOCK_SECONDS: Readonly<Partial<Record<SpannedUnits['unit'], number>>> = { second: 1, minute: 60, hour: 3600 };

/** The instant `seconds` after the start of day `day`, at the grain of `unit`: "2013-02-12T04:31:07", "…T04:31", "…T04". */
function clockValue(day: number, seconds: number, unit: 'second' | 'minute' | 'hour'): string {
  const d = day + Math.floor(seconds / 86400);
  const s = ((seconds % 86400) + 86400) % 86400;
  const hh = `${formatDay(d)}T${pad(Math.floor(s / 3600))}`;
  if (unit === 'hour') return hh;
  const mm = `${hh}:${pad(Math.floor((s % 3600) / 60))}`;
  return unit === 'minute' ? mm : `${mm}:${pad(s % 60)}`;
}

/**
 * The two implicit ends of a duration that spans whole units next to the reference (TimeML's beginPoint and endPoint):
 * "les deux derniers mois" written on 2013-02-12 is 2012-12 to 2013-01 (the units before the current one), "les trois
 * prochaines minutes" at 04:30 is 04:31 to 04:33 (the units after it), "dans les 15 jours" the reference to the
 * reference moved on by 15 days. Null when the reference does not give them: a clock unit and a reference with no time
 * (but hours by the day once they make whole days: "les 48 dernières heures" are the two days before today to today).
 */
export function spanEnds(spans: SpannedUnits, ref: Reference): readonly [ImplicitEnd, ImplicitEnd] | null {
  const { unit, count, from } = spans;
  if (!(Number.isInteger(count) && count >= 1 && count <= 1000)) return null;
  const seconds = CLOCK_SECONDS[unit];
  const date = (value: string): ImplicitEnd => ({ type: 'DATE', value });
  const time = (value: string): ImplicitEnd => ({ type: 'TIME', value });
  const refTime = ref.minutes === null ? null : clockValue(ref.day, ref.minutes * 60, 'minute');
  if (seconds !== undefined) {
    const clockUnit = unit as 'second' | 'minute' | 'hour';
    if (ref.minutes === null) {
      // no clock to count from: whole days when the hours make some
      if (clockUnit !== 'hour' || count < 24) return null;
      const days = Math.ceil(count / 24);
      return from === 'past' ? [date(formatDay(ref.day - days)), date(formatDay(ref.day))] : [date(formatDay(ref.day)), date(formatDay(ref.day + days))];
    }
    const now = ref.minutes * 60;
    if (from === 'ref') return [time(refTime!), time(clockValue(ref.day, now + count * seconds, 'minute'))];
    // the current unit: the hour (second, minute) the reference falls in
    const current = Math.floor(now / seconds) * seconds;
    const first = from === 'past' ? current - count * seconds : current + seconds;
    return [time(clockValue(ref.day, first, clockUnit)), time(clockValue(ref.day, first + (count - 1) * seconds, clockUnit))];
  }
  if (from === 'ref') {
    // the reference moved on by whole units, at the reference's own grain (a day, or a day and a time)
    const onTime = (day: number) => formatDay(day) + (refTime ? refTime.slice(10) : '');
    const start = refTime ?? formatDay(ref.day);
    const type = refTime ? 'TIME' : 'DATE';
    const months = { month: 1, quarter: 3, half: 6, year: 12, decade: 120, century: 1200, millennium: 12000 }[unit as string];
    const end = months === undefined ? ref.day + count * (unit === 'week' ? 7 : 1) : addMonthsToDay(ref.day, months * count);
    return [{ type, value: start }, { type, value: onTime(end) }];
  }
  // the calendar units before or after the current one, as "le mois dernier", "l'an prochain" name them
  const step = (offset: number) => resolveRelative({ kind: 'relative', unit: unit as Exclude<SpannedUnits['unit'], 'second' | 'minute' | 'hour'>, offset, base: 'ref' }, { ref, narrative: EMPTY_NARRATIVE, direction: 'nearest' }).value;
  const [a, b] = from === 'past' ? [step(-count), step(-1)] : [step(1), step(count)];
  return a.startsWith('-') || b.startsWith('-') ? null : [date(a), date(b)];
}
