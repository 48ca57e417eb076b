/**
 * Intervals (output contract `intervals`): a range's two ends, or an open
 * interval's one, tied together with the ISO 8601 interval of their values
 * ("2013-07-13/2013-07-15", "2019/..", "../2024-05-03"). The locale finds
 * them (`DateLocale.intervals`); each end stays a DateMention of its own.
 */
import type { DateMention } from '../types.js';

/** A date that can end an interval: a point or a period of the calendar, not a duration, a set or "PRESENT_REF". */
function isEnd(d: DateMention | undefined): d is DateMention {
  return d !== undefined && (d.type === 'DATE' || d.type === 'TIME') && !/_REF$/.test(d.value);
}

const PART_START: Readonly<Record<string, string>> = { MO: '06', MI: '12', AF: '12', EV: '18', NI: '22', DT: '08' };

/** True when the end's value is earlier than the start's on what both state ("2013-07-15" before "2013-07-13"). */
function backwards(start: string, end: string): boolean {
  // (a part of the day compares by the hour it starts: "midi" (TMI) is not after "14 h" (T14:00))
  const clock = (v: string) => /^\d[\d-]*(?:T\d{2}(?::\d{2})*)?/.exec(v.replace(/T(MO|MI|AF|EV|NI|DT)$/, (_, p: string) => `T${PART_START[p]}`))?.[0] ?? '';
  const [a, b] = [clock(start), clock(end)];
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/**
 * The interval between two dates, null standing for an open end (undefined: an end that was not found); null when an
 * end cannot end an interval or the end comes before the start.
 */
export function intervalOf(start: DateMention | null | undefined, end: DateMention | null | undefined): { start: string | null; end: string | null; value: string } | null {
  if ((start !== null && !isEnd(start)) || (end !== null && !isEnd(end)) || (start === null && end === null)) return null;
  if (start && end && backwards(start.value, end.value)) return null;
  return { start: start?.id ?? null, end: end?.id ?? null, value: `${start?.value ?? '..'}/${end?.value ?? '..'}` };
}
