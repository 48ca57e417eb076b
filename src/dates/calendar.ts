/**
 * Proleptic Gregorian calendar arithmetic on plain numbers: no time zone, no
 * `Date.now()`. A day is counted as days since 1970-01-01 (UTC-free).
 */

/** A calendar day. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar day (month and day may overflow and are normalised). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY) + (year >= 0 && year < 100 ? yearFix(year, month, day) : 0);
}

// Date.UTC maps years 0–99 to 1900–1999; correct for that.
function yearFix(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY) - Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Calendar day of a day number. */
export function fromDayNumber(n: number): Ymd {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO day of the week, 1 = Monday … 7 = Sunday. */
export function isoWeekday(n: number): number {
  // 1970-01-01 was a Thursday (4)
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** ISO week of a day number: the ISO year and the week (1–53). */
export function isoWeek(n: number): { year: number; week: number } {
  const thursday = n - isoWeekday(n) + 4;
  const year = fromDayNumber(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** Day number of the Monday of ISO week `week` of ISO year `year` (week 1 holds 4 January). */
export function isoWeekMonday(year: number, week: number): number {
  return mondayOf(dayNumber(year, 1, 4)) + (week - 1) * 7;
}

/** Day number of the Monday of the ISO week containing day n. */
export function mondayOf(n: number): number {
  return n - isoWeekday(n) + 1;
}

/** Day number of Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** Zero-padded decimal. */
export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

/** "YYYY-MM-DD" of a day number. */
export function formatDay(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** "YYYY-Www" of the ISO week containing day n. */
export function formatWeek(n: number): string {
  const { year, week } = isoWeek(n);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Adds months to a (year, month) pair. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Day number of day n moved on by `delta` months, the same day of the month or the last of a shorter month (31 January + 1 → 28/29 February). */
export function addMonthsToDay(n: number, delta: number): number {
  const { year, month, day } = fromDayNumber(n);
  const x = addMonths(year, month, delta);
  return dayNumber(x.year, x.month, Math.min(day, daysInMonth(x.year, x.month)));
}
