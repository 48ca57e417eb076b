/**
 * Splits a sentence into clauses: at punctuation that separates clauses and
 * at the locale's clause openers ("mais", "qui", "concernant"). Offsets are
 * UTF-16 code units of the unit text, `to` exclusive, white space trimmed.
 */
import { eachMatch } from './each-match.js';
import { isSpaceCode } from '../text/white-space.js';
import type { EventLocale } from './event-locale.js';

export interface Clause {
  readonly from: number;
  readonly to: number;
}

// « » are left out: they quote names and words more often than clauses
const PUNCTUATION = new Set([',', ';', ':', '(', ')', '—', '–', '[', ']']);
/**
 * PUNCTUATION as one global class (each character escaped as its code): the cuts are found by a native scan, and the loop
 * below visits them alone rather than every character of the sentence (`test` sets `lastIndex` past each one, and makes
 * no match array). Used here only, its `lastIndex` 0 between calls.
 */
const CUTS = new RegExp(`[${[...PUNCTUATION].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/** True for the code unit of an ASCII digit (what `\d` matches). */
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** True for a code unit trimmed off a clause's end: white space or closing punctuation (. ! ? …). */
const isClosing = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || isSpaceCode(code);

/** Clauses of `text` (already normalised for the locale's patterns), in order; `latin`: `inLatinDomain(text)` when known. */
export function splitClauses(text: string, locale: EventLocale, latin?: boolean): Clause[] {
  // where a clause opener starts (never at 0), in text order; cut there with nothing taken out
  const breaks: number[] = [];
  eachMatch(locale.clauseBreak, text, onBreak, latin, breaks);
  const clauses: Clause[] = [];
  // where the clause being read starts (a cut before it is void)
  let start = 0;
  // the punctuation cuts and the opener cuts merged in text order (at one position, the opener's first: it takes nothing out)
  let b = 0;
  CUTS.lastIndex = 0;
  while (CUTS.test(text)) {
    // (each cut is one code unit: it ends where the scan goes on)
    const i = CUTS.lastIndex - 1;
    const code = text.charCodeAt(i);
    // "1,5 million", "jour-là" (a hyphen is not in the set), "12:30"
    if ((code === 0x2c || code === 0x3a) && i > 0 && isDigit(text.charCodeAt(i - 1)) && i + 1 < text.length && isDigit(text.charCodeAt(i + 1))) continue;
    for (; b < breaks.length && breaks[b]! <= i; b++) if (breaks[b]! >= start) start = pushClause(text, clauses, start, breaks[b]!, breaks[b]!);
    if (i >= start) start = pushClause(text, clauses, start, i, i + 1);
  }
  for (; b < breaks.length; b++) if (breaks[b]! >= start) start = pushClause(text, clauses, start, breaks[b]!, breaks[b]!);
  pushClause(text, clauses, start, text.length, text.length);
  return clauses;
}

function onBreak(m: RegExpExecArray, breaks: number[]): void {
  if (m.index !== 0) breaks.push(m.index);
}

/**
 * Adds the clause from `start` to `end`, trimmed, when it holds anything; returns where the next one starts (`next`).
 * (exported for the test that reads the cuts character by character: the trimming is not what it compares)
 */
export function pushClause(text: string, clauses: Clause[], start: number, end: number, next: number): number {
  let from = start;
  let to = end;
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isClosing(text.charCodeAt(to - 1))) to--;
  if (to > from) clauses.push({ from, to });
  return next;
}
