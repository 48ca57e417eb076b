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
  const { parsers, filterOf, filters } = planOf(locale);
  // each distinct prefilter asked once (0: not yet, 1: holds, 2: does not); its words looked for in the text in lower case
  // when they can be (a Latin text without "ſ", the one character of the domain that `i` matches and lower case does not reach)
  const asked = new Uint8Array(filters.length);
  const lower = latin && !text.includes('\u017f') ? text.toLowerCase() : null;
  for (let k = 0; k < parsers.length; k++) {
    const parser = parsers[k]!;
    const f = filterOf[k]!;
    if (f >= 0) {
      if (asked[f] === 0) asked[f] = holds(filters[f]!, text, lower) ? 1 : 2;
      if (asked[f] === 2) continue;
    }
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

/** A parser's prefilter, and its words when it is only an alternation of words (in lower case when it ignores case). */
interface Filter {
  readonly regex: RegExp;
  readonly words: readonly string[] | null;
}

/** What findCandidates runs for a locale: its parsers, and for each the index of its prefilter among the distinct ones (-1: none). */
interface Plan {
  readonly parsers: DateLocale['parsers'];
  readonly filterOf: readonly number[];
  readonly filters: readonly Filter[];
}

const plans = new WeakMap<DateLocale, Plan>();
function planOf(locale: DateLocale): Plan {
  let plan = plans.get(locale);
  if (!plan) {
    const filters: Filter[] = [];
    const index = new Map<RegExp, number>();
    const filterOf = locale.parsers.map((parser) => {
      const regex = parser.prefilter;
      if (!regex) return -1;
      let i = index.get(regex);
      if (i === undefined) {
        i = filters.push({ regex, words: wordsOf(regex) }) - 1;
        index.set(regex, i);
      }
      return i;
    });
    plan = { parsers: locale.parsers, filterOf, filters };
    plans.set(locale, plan);
  }
  return plan;
}

/** A word of a prefilter that `includes` can look for: letters, digits, spaces, hyphens and apostrophes only (of the Latin domain, no "ſ"). */
const PLAIN_WORD = /^[\p{L}\p{N} '’-]+$/u;

/** The words of a prefilter that is an alternation of plain words, else null. */
export function wordsOf(regex: RegExp): readonly string[] | null {
  const words = regex.source.split('|');
  if (regex.flags.includes('v') || !words.every((w) => PLAIN_WORD.test(w) && inLatinDomain(w) && !w.includes('\u017f'))) return null;
  return regex.ignoreCase ? words.map((w) => w.toLowerCase()) : words;
}

/**
 * Whether a prefilter holds on `text` (`lower`: the text in lower case, when its characters all match a word in
 * lower case just as they match it with the `i` flag; else null): one native search per word rather than a
 * regex scan, for a prefilter of plain words (34 prefilters scanned every sentence: as long as the parsers).
 */
function holds(filter: Filter, text: string, lower: string | null): boolean {
  const words = filter.words;
  if (words === null || (lower === null && filter.regex.ignoreCase)) return filter.regex.test(text);
  const within = filter.regex.ignoreCase ? lower! : text;
  for (let i = 0; i < words.length; i++) if (within.includes(words[i]!)) return true;
  return false;
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
