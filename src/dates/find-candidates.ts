/**
 * Runs a locale's parsers over one unit's text, then its refiners in order.
 * Each parser's regex is run once over the text (global flag), so the work
 * is linear in the text's length times the number of parsers.
 */
import { inLatinDomain, latinSource } from '../text/unicode-domain.js';
import type { DateCandidate, DateLocale } from './date-locale.js';

/** Candidates of one text, sorted by start (longer first at equal start), after the locale's refiners. */
export function findCandidates(text: string, locale: DateLocale): DateCandidate[] {
  let candidates: DateCandidate[] = [];
  const latin = inLatinDomain(text);
  for (const parser of locale.parsers) {
    if (parser.prefilter && !parser.prefilter.test(text)) continue;
    const pattern = compiled(parser.pattern, latin);
    pattern.lastIndex = 0;
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

/** A run of at least two words in capitals (digits may come between): "FRAU INDISPONIBLE TROIS MOIS", "JUSQU'AU 15 JUIN". */
const SHOUTED = /(?<![\p{L}\p{N}])(?:\p{Lu}{2,}|\d+)(?:[\s\u00a0'’-]+(?:\p{Lu}{2,}|\d+))+(?![\p{L}\p{N}])/gu;
const CAPITAL_WORD = /\p{Lu}{2,}/gu;

/**
 * The text as the parsers should read it: runs of words written in capitals (a headline, a title) in lower case, so
 * that "TROIS MOIS" reads as "trois mois" (the length is kept, so offsets hold; a letter that would change it stays).
 */
export function readable(text: string): string {
  if (!/\p{Lu}{2}/u.test(text)) return text;
  return text.replace(SHOUTED, (run) => {
    const lower = run.toLowerCase();
    return lower.length === run.length && (run.match(CAPITAL_WORD)?.length ?? 0) >= 2 ? lower : run;
  });
}

// A global copy of each parser's regex, compiled once (compiling the large Unicode patterns per sentence dominated the run time),
// and for a text all in the Latin domain its twin without `\p{…}` (cheaper to compile, the same matches: text/unicode-domain).
const cache = new WeakMap<RegExp, RegExp>();
const latinCache = new WeakMap<RegExp, RegExp>();
function compiled(pattern: RegExp, latin: boolean): RegExp {
  const store = latin ? latinCache : cache;
  let global = store.get(pattern);
  if (!global) {
    const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
    global = new RegExp((latin ? latinSource(pattern.source, flags) : null) ?? pattern.source, flags);
    store.set(pattern, global);
  }
  return global;
}

/** Start ascending, then longer first. */
export function byPosition(a: DateCandidate, b: DateCandidate): number {
  return a.from - b.from || b.to - a.to;
}

/** Keeps the longest of overlapping candidates (ties: the earlier one found), dropping the rest; result sorted by position. */
export function dropOverlaps(candidates: readonly DateCandidate[]): DateCandidate[] {
  // Overlaps only happen inside clusters of candidates that chain together; solve each cluster apart (O(n log n) overall).
  const indexed = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.from - b.c.from || a.i - b.i);
  const kept: DateCandidate[] = [];
  let cluster: { c: DateCandidate; i: number }[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 1) kept.push(cluster[0]!.c);
    else if (cluster.length > 1) {
      const chosen: DateCandidate[] = [];
      for (const { c } of cluster.sort((a, b) => b.c.to - b.c.from - (a.c.to - a.c.from) || a.i - b.i)) {
        if (chosen.every((k) => k.to <= c.from || k.from >= c.to)) chosen.push(c);
      }
      kept.push(...chosen);
    }
    cluster = [];
  };
  for (const item of indexed) {
    if (item.c.from >= clusterEnd) flush();
    cluster.push(item);
    clusterEnd = Math.max(clusterEnd, item.c.to);
  }
  flush();
  return kept.sort(byPosition);
}
