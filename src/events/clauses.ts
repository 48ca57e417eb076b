/**
 * Splits a sentence into clauses: at punctuation that separates clauses and
 * at the locale's clause openers ("mais", "qui", "concernant"). Offsets are
 * UTF-16 code units of the unit text, `to` exclusive, white space trimmed.
 */
import { eachMatch } from './each-match.js';
import type { EventLocale } from './event-locale.js';

export interface Clause {
  readonly from: number;
  readonly to: number;
}

// « » are left out: they quote names and words more often than clauses
const PUNCTUATION = new Set([',', ';', ':', '(', ')', '—', '–', '[', ']']);
/** PUNCTUATION by code unit (all below U+2100), read per character without making a string of each: a table, not a Set. */
const CUTS = new Uint8Array(0x2100);
for (const c of PUNCTUATION) CUTS[c.charCodeAt(0)] = 1;

/** Clauses of `text` (already normalised for the locale's patterns), in order; `latin`: `inLatinDomain(text)` when known. */
export function splitClauses(text: string, locale: EventLocale, latin?: boolean): Clause[] {
  const cuts: Array<{ end: number; next: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x2100 || CUTS[code] === 0) continue;
    const c = text[i]!;
    // "1,5 million", "jour-là" (a hyphen is not in the set), "12:30"
    if ((c === ',' || c === ':') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    cuts.push({ end: i, next: i + 1 });
  }
  eachMatch(locale.clauseBreak, text, (m) => {
    const at = m.index ?? 0;
    if (at !== 0) cuts.push({ end: at, next: at });
  }, latin);
  cuts.sort((a, b) => a.end - b.end || a.next - b.next);
  const clauses: Clause[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /[\s.!?…]/.test(text[to - 1]!)) to--;
    if (to > from) clauses.push({ from, to });
  };
  for (const cut of cuts) {
    if (cut.end < start) continue;
    push(start, cut.end);
    start = cut.next;
  }
  push(start, text.length);
  return clauses;
}
