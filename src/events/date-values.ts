/**
 * TIMEX3 values as the events stage reads them: which dates can date an
 * event, and whether two values can be the same moment.
 */
import type { DateMention } from '../types.js';

/** The calendar value an event takes from a date, or null when the date cannot date an event (a bare duration, a set). */
export function eventValue(date: DateMention): string | null {
  if (date.type === 'SET') return null;
  if (date.type === 'DURATION') return date.resolved ?? null;
  if (!/^[\dX]/.test(date.value)) return date.resolved ?? null;
  return date.value;
}

/** Day or month range that a START/MID/END part of a month or year allows. */
function partRange(mod: string | null, unit: 'day' | 'month'): [number, number] | null {
  const max = unit === 'day' ? 31 : 12;
  switch (mod) {
    case 'START':
      return unit === 'day' ? [1, 15] : [1, 5];
    case 'MID':
      return unit === 'day' ? [8, 23] : [4, 9];
    case 'END':
      return unit === 'day' ? [16, max] : [8, max];
    default:
      return null;
  }
}

/** A TIMEX3 value split into its date parts once, for comparing it with many others. */
export interface ValueParts {
  readonly value: string;
  /** The parts of the date before any time ("2024", "03", "22"). */
  readonly parts: readonly string[];
  /** Per part: it holds an unknown digit (X). */
  readonly unknown: readonly boolean[];
  /** A part is a week ("W12"). */
  readonly week: boolean;
}

export function valueParts(value: string): ValueParts {
  const parts = value.split('T')[0]!.split('-');
  return { value, parts, unknown: parts.map((p) => p.includes('X')), week: parts.some((p) => p.startsWith('W')) };
}

/**
 * True when two dated values can name the same moment: equal, one inside the
 * other ("2024-03" END holds "2024-03-22"), unknown parts (XXXX) matching anything.
 */
export function compatibleValues(a: string, amod: string | null, b: string, bmod: string | null): boolean {
  return compatibleParts(valueParts(a), amod, valueParts(b), bmod);
}

/** `compatibleValues` on values split once by `valueParts`. */
export function compatibleParts(a: ValueParts, amod: string | null, b: ValueParts, bmod: string | null): boolean {
  if (a.week || b.week) return a.value.startsWith(b.value) || b.value.startsWith(a.value);
  const pa = a.parts;
  const pb = b.parts;
  const n = Math.min(pa.length, pb.length);
  let shared = 0;
  for (let i = 0; i < n; i++) {
    if (a.unknown[i] || b.unknown[i]) continue;
    if (pa[i] !== pb[i]) return false;
    shared++;
  }
  // nothing known in common ("XXXX-XX-08" and "2004"): no evidence of one moment
  if (shared === 0) return false;
  if (pa.length === pb.length) return true;
  // the coarser one may say which part of it
  const [coarse, cmod, fine] = pa.length < pb.length ? [pa, amod, pb] : [pb, bmod, pa];
  const range = partRange(cmod, coarse.length === 2 ? 'day' : 'month');
  const part = Number(fine[coarse.length]);
  if (!range || !Number.isFinite(part)) return true;
  return part >= range[0] && part <= range[1];
}
