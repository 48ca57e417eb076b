/**
 * Runs a locale's parsers over one unit's text, then its refiners in order.
 * Each parser's regex is run once over the text (global flag), so the work
 * is linear in the text's length times the number of parsers.
 */
import type { DateCandidate, DateLocale } from './date-locale.js';

/** Candidates of one text, sorted by start (longer first at equal start), after the locale's refiners. */
export function findCandidates(text: string, locale: DateLocale): DateCandidate[] {
  let candidates: DateCandidate[] = [];
  for (const parser of locale.parsers) {
    const pattern = new RegExp(parser.pattern.source, parser.pattern.flags.includes('g') ? parser.pattern.flags : `${parser.pattern.flags}g`);
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const found = parser.extract(m, text);
      if (!found) continue;
      for (const c of Array.isArray(found) ? (found as readonly DateCandidate[]) : [found as DateCandidate]) candidates.push(c);
    }
  }
  candidates.sort(byPosition);
  for (const refiner of locale.refiners) candidates = refiner.refine(candidates, text).sort(byPosition);
  return candidates;
}

/** Start ascending, then longer first. */
export function byPosition(a: DateCandidate, b: DateCandidate): number {
  return a.from - b.from || b.to - a.to;
}

/** Keeps the longest of overlapping candidates (ties: the earlier parser's), dropping the rest; result sorted by position. */
export function dropOverlaps(candidates: readonly DateCandidate[]): DateCandidate[] {
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.to - b.c.from - (a.c.to - a.c.from) || a.i - b.i);
  const kept: DateCandidate[] = [];
  // intervals kept so far, sorted by start, for an O(log n) overlap check
  const starts: number[] = [];
  const ends: number[] = [];
  for (const { c } of order) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < c.to) lo = mid + 1;
      else hi = mid;
    }
    // lo: first kept interval starting at or after c.to; the one before may overlap
    if (lo > 0 && ends[lo - 1]! > c.from) continue;
    starts.splice(lo, 0, c.from);
    ends.splice(lo, 0, c.to);
    kept.push(c);
  }
  return kept.sort(byPosition);
}
