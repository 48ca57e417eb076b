/**
 * Where a TIMEX3 value lies on a calendar axis, for the HTML timeline: a
 * range of days [start, end) (day numbers since 1970-01-01, fractions for
 * times of day), narrowed by the mod (START, MID, END are thirds of the
 * period), or a place on a January–December axis when the year is unknown.
 * Pure.
 */
import { dayNumber, isoWeekMonday } from '../../dates/calendar.js';

export interface TimeRange {
  /** First day (inclusive), day number; fractional within a day. */
  readonly start: number;
  /** End (exclusive). */
  readonly end: number;
  /** The start or the end is open ("../2024-05-03", mod BEFORE, AFTER). */
  readonly openStart: boolean;
  readonly openEnd: boolean;
  /** The bounds are approximate (mod APPROX, a part of a period). */
  readonly fuzzy: boolean;
}

// parts of a day (TIMEX3 MO, AF, EV, NI, DT, MI) as fractions of the day
const PART_OF_DAY: Readonly<Record<string, [number, number]>> = {
  MO: [6 / 24, 12 / 24],
  MI: [11 / 24, 13 / 24],
  AF: [12 / 24, 18 / 24],
  EV: [18 / 24, 22 / 24],
  NI: [21 / 24, 1],
  DT: [8 / 24, 18 / 24],
};

// seasons as month ranges [first month, month after the last], northern hemisphere, by meteorological months
const SEASONS: Readonly<Record<string, [number, number]>> = { SP: [3, 6], SU: [6, 9], FA: [9, 12], WI: [12, 15] };

/** The [start, end) days of a calendar value with a known year, or null ("XXXX-04-03", "PRESENT_REF", a duration). */
export function periodOf(value: string): [number, number] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2}))?|T([A-Z]{2}))?/.exec(value);
  if (m) {
    const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    if (m[4] !== undefined) {
      const t = (Number(m[4]) + Number(m[5] ?? 0) / 60) / 24;
      return [day + t, day + t + (m[5] === undefined ? 1 / 24 : 1 / 1440)];
    }
    const part = m[6] ? PART_OF_DAY[m[6]] : undefined;
    return part ? [day + part[0], day + part[1]] : [day, day + 1];
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    return m[3] ? [monday + 5, monday + 7] : [monday, monday + 7];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return [dayNumber(Number(m[1]), Number(m[2]), 1), dayNumber(Number(m[1]), Number(m[2]) + 1, 1)];
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const [from, to] = SEASONS[m[2]!]!;
    return [dayNumber(Number(m[1]), from, 1), dayNumber(Number(m[1]), to, 1)];
  }
  m = /^(\d{4})-([QH])([1-4])$/.exec(value);
  if (m) {
    const months = m[2] === 'Q' ? 3 : 6;
    const first = (Number(m[3]) - 1) * months + 1;
    return [dayNumber(Number(m[1]), first, 1), dayNumber(Number(m[1]), first + months, 1)];
  }
  m = /^(\d{2,4})$/.exec(value);
  if (m) {
    // a year, a decade (199), a century (19)
    const years = 10 ** (4 - m[1]!.length);
    const first = Number(m[1]) * years;
    return [dayNumber(first, 1, 1), dayNumber(first + years, 1, 1)];
  }
  return null;
}

/** The part of [start, end) that a mod names: START, MID, END are its thirds (EARLY, LATE too). */
function narrow([start, end]: [number, number], mod: string | null): [number, number] {
  const third = (end - start) / 3;
  switch (mod) {
    case 'START':
    case 'EARLY':
      return [start, start + third];
    case 'MID':
      return [start + third, end - third];
    case 'END':
    case 'LATE':
      return [end - third, end];
    default:
      return [start, end];
  }
}

/**
 * The range of an event's value and mod, or null when the value has no year
 * (see `yearlessPlace`) or is no calendar value. An interval value
 * ("2013-07-13/2013-07-15", "../2024-05-03") runs from the start of its first
 * value to the end of its second.
 */
export function rangeOf(value: string, mod: string | null): TimeRange | null {
  if (value.includes('/')) {
    const [a = '', b = ''] = value.split('/');
    const from = a === '..' ? null : periodOf(a);
    const to = b === '..' ? null : periodOf(b);
    if ((!from && a !== '..') || (!to && b !== '..') || (!from && !to)) return null;
    const start = from ? from[0] : to![0];
    const end = to ? to[1] : from![1];
    if (end < start) return null;
    return { start, end, openStart: !from, openEnd: !to, fuzzy: mod === 'APPROX' };
  }
  const period = periodOf(value);
  if (!period) return null;
  const [start, end] = narrow(period, mod);
  return {
    start,
    end,
    openStart: mod === 'BEFORE' || mod === 'ON_OR_BEFORE',
    openEnd: mod === 'AFTER' || mod === 'ON_OR_AFTER',
    // "fin mars" is a span whose bounds nobody wrote
    fuzzy: mod === 'APPROX' || end - start < period[1] - period[0],
  };
}

/**
 * Where a value without a year ("XXXX-04-03", "XXXX-04") falls in a year, as
 * a fraction [0, 1) of it, or null when not even the month is known.
 */
export function yearlessPlace(value: string): [number, number] | null {
  const m = /^XXXX-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const month = Number(m[1]);
  if (month < 1 || month > 12) return null;
  // a leap year keeps 29 February in its place
  const jan1 = dayNumber(2000, 1, 1);
  const days = 366;
  if (m[2] === undefined) return [(dayNumber(2000, month, 1) - jan1) / days, (dayNumber(2000, month + 1, 1) - jan1) / days];
  const day = dayNumber(2000, month, Number(m[2])) - jan1;
  return [day / days, (day + 1) / days];
}
