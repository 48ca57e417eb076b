/**
 * Runs a locale's parsers over one unit's text, then its refiners in order.
 * Each parser's regex is run once over the text (global flag), so the work
 * is linear in the text's length times the number of parsers.
 */
import { DOMAIN_LETTERS, deferred, inDomain, inLatinDomain, inNarrowDomain, latinPattern, latinTest, latinTwinIf, narrowTwin } from '../text/unicode-domain.js';
import type { DateCandidate, DateLocale } from './date-locale.js';
import { sortInPlace } from '../order.js';

/** Candidates of one text, sorted by start (longer first at equal start), after the locale's refiners. */
export function findCandidates(text: string, locale: DateLocale): DateCandidate[] {
  let candidates: DateCandidate[] = [];
  const latin = inLatinDomain(text);
  const plan = planOf(locale);
  const { parsers, filterOf, filters } = plan;
  // each distinct prefilter asked once (0: not yet, 1: holds, 2: does not); those made of plain words all at once
  const asked = new Uint8Array(filters.length);
  const digit = DIGIT.test(text);
  for (let k = 0; k < parsers.length; k++) {
    const parser = parsers[k]!;
    const f = filterOf[k]!;
    if (f >= 0) {
      if (asked[f] === 0) ask(plan, f, text, digit, asked);
      if (asked[f] === 2) continue;
    }
    const own = latin ? plan.latinPatterns : plan.patterns;
    const pattern = (own[k] ??= compiled(parser.pattern, latin));
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const found = parser.extract(m, text);
      if (!found) continue;
      // (one path for one candidate and for several: a parser gives several so rarely that a loop of their own met its
      // first list in optimised code, which had no feedback for it, and threw that code away, "insufficient type feedback")
      const list = Array.isArray(found) ? (found as readonly DateCandidate[]) : [found as DateCandidate];
      for (let j = 0; j < list.length; j++) candidates.push(list[j]!);
    }
  }
  // (a refiner refines what the parsers found: with nothing found, there is nothing to refine, date-locale.ts)
  if (candidates.length === 0) return candidates;
  sortByPosition(candidates);
  for (const refiner of locale.refiners) candidates = sortByPosition(refiner.refine(candidates, text));
  return candidates;
}

/** `candidates.sort(byPosition)` (no sort when they are in order, as most refiners leave them). */
const sortByPosition = (candidates: DateCandidate[]): DateCandidate[] => sortInPlace(candidates, byPosition);

/** A run of at least two words in capitals (digits may come between): "FRAU INDISPONIBLE TROIS MOIS", "JUSQU'AU 15 JUIN". */
// (deferred, and run through their Latin twins: text/unicode-domain)
const SHOUTED = deferred(String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}{2,}|\d+)(?:[\s\u00a0'’-]+(?:\p{Lu}{2,}|\d+))+(?![\p{L}\p{N}])`, 'gu');
const CAPITAL_WORD = deferred(String.raw`\p{Lu}{2,}`, 'gu');
const TWO_CAPITALS = deferred(String.raw`\p{Lu}{2}`, 'u');

/**
 * The text as the parsers should read it: runs of words written in capitals (a headline, a title) in lower case, so
 * that "TROIS MOIS" reads as "trois mois" (the length is kept, so offsets hold; a letter that would change it stays).
 */
export function readable(text: string): string {
  if (!hasCapitalPair(text)) return text;
  // (their twins without `\p{…}` on a text of the Latin domain, as most are, and with \p{Lu} in a few ranges on a text of
  // the narrow domain, as nearly all are: the same matches; text/unicode-domain)
  const latin = inLatinDomain(text);
  const narrow = latin && inNarrowDomain(text);
  const capitalWord = narrow ? narrowTwin(CAPITAL_WORD) : latinTwinIf(CAPITAL_WORD, latin);
  return text.replace(narrow ? narrowTwin(SHOUTED) : latinTwinIf(SHOUTED, latin), (run) => {
    const lower = run.toLowerCase();
    return lower.length === run.length && (run.match(capitalWord)?.length ?? 0) >= 2 ? lower : run;
  });
}

/** Below this code unit, `UPPER[c]` says whether c is `\p{Lu}` (ASCII, Latin-1, Latin Extended, IPA: French text). */
const UPPER_END = 0x300;
let UPPER: Uint8Array | undefined;
/** The table, made on first use (not at start-up: its `\p{Lu}` is compiled then). */
function upperTable(): Uint8Array {
  if (UPPER) return UPPER;
  const table = new Uint8Array(UPPER_END);
  const capital = /\p{Lu}/u;
  for (let c = 0; c < UPPER_END; c++) table[c] = capital.test(String.fromCharCode(c)) ? 1 : 0;
  return (UPPER = table);
}

/** `TWO_CAPITALS.test(text)`: two upper-case letters in a row; read off a table, the pattern only past it (its `\p{Lu}` costs a test over many ranges per character). */
export function hasCapitalPair(text: string): boolean {
  const table = upperTable();
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= UPPER_END) {
      // (the apostrophe ’, dashes, quotes, € are in the Latin domain and no letter, so never upper case: the table goes on
      // past them, as past a space; one French sentence in five holds one, and the pattern ran over it whole)
      if (inDomain(c) && DOMAIN_LETTERS[c] === 0) {
        upper = false;
        continue;
      }
      return latinTest(TWO_CAPITALS, text);
    }
    if (table[c] === 1) {
      if (upper) return true;
      upper = true;
    } else upper = false;
  }
  return false;
}

// A global copy of each parser's regex, compiled once (compiling the large Unicode patterns per sentence dominated the run time),
// and for a text all in the Latin domain its twin without `\p{…}` nor `i` (cheaper to compile, the same matches: text/unicode-domain).
const cache = new WeakMap<RegExp, RegExp>();
const latinCache = new WeakMap<RegExp, RegExp>();
function compiled(pattern: RegExp, latin: boolean): RegExp {
  const store = latin ? latinCache : cache;
  let global = store.get(pattern);
  if (!global) {
    const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
    const twin = latin ? latinPattern(pattern.source, flags) : null;
    global = twin ? new RegExp(twin.source, twin.flags) : new RegExp(pattern.source, flags);
    store.set(pattern, global);
  }
  return global;
}

/**
 * A parser's prefilter: its alternatives that are plain words (null: none, or a prefilter that cannot be split), which
 * the one scan looks for, and the others as one regex (null: none).
 */
interface Filter {
  readonly regex: RegExp;
  readonly words: readonly string[] | null;
  readonly rest: RegExp | null;
  /** Whether every match of the regex asked (`rest` when there are words, else `regex`) holds a digit (requiresDigit). */
  readonly needsDigit: boolean;
}

/** A digit, which most texts lack (half the sentences of news) and many prefilters need: asked once per text. */
const DIGIT = /\d/;

/**
 * Answers prefilter `f` on `text` into `asked` (with the other prefilters of plain words, all at once); `digit`: whether
 * `text` holds a digit. A prefilter whose every match holds one does not run on a text without any (the same answer).
 */
function ask(plan: Plan, f: number, text: string, digit: boolean, asked: Uint8Array): void {
  const filter = plan.filters[f]!;
  if (filter.words !== null) askWords(plan, text, digit, asked);
  else asked[f] = (digit || !filter.needsDigit) && filter.regex.test(text) ? 1 : 2;
}

/**
 * What findCandidates runs for a locale: its parsers, and for each the index of its prefilter among the distinct ones
 * (-1: none); the prefilters of plain words as one scan: `words` finds, at each place of a text where some of their
 * words start, the longest of them, and `holders` gives, for each such word, the prefilters one of whose words it holds.
 */
interface Plan {
  readonly parsers: DateLocale['parsers'];
  readonly filterOf: readonly number[];
  readonly filters: readonly Filter[];
  readonly words: RegExp | null;
  /** `words` without the `u` flag: the same matches on a text without ODD_CASE characters, found three to four times faster. */
  readonly fastWords: RegExp | null;
  readonly holders: ReadonlyMap<string, readonly number[]>;
  /** The global copy of each parser's pattern that runs, and its Latin twin, by parser index (filled on first use). */
  readonly patterns: Array<RegExp | undefined>;
  readonly latinPatterns: Array<RegExp | undefined>;
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
        const split = splitPrefilter(regex);
        const asked = split.words !== null ? split.rest : regex;
        i = filters.push({ regex, ...split, needsDigit: asked !== null && requiresDigit(asked.source) }) - 1;
        index.set(regex, i);
      }
      return i;
    });
    const all = [...new Set(filters.flatMap((f) => f.words ?? []))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const holders = new Map(all.map((w) => [w, filters.flatMap((f, i) => (f.words?.some((v) => w.includes(v)) ? [i] : []))] as const));
    // (each search starts one past the last match's start: every place where a word starts is seen, words inside another's match too)
    const words = all.length > 0 ? new RegExp(all.join('|'), 'giu') : null;
    const fastWords = all.length > 0 ? new RegExp(all.join('|'), 'gi') : null;
    plan = { parsers: locale.parsers, filterOf, filters, words, fastWords, holders, patterns: locale.parsers.map(() => undefined), latinPatterns: locale.parsers.map(() => undefined) };
    plans.set(locale, plan);
  }
  return plan;
}

/**
 * A word of a prefilter that the one scan can look for: lower-case letters, digits, spaces, hyphens and apostrophes,
 * all of the Latin domain (text/unicode-domain), no "ſ".
 */
const PLAIN_WORD = deferred(String.raw`^[\p{Ll}\p{N} '’-]+$`, 'u');
const isPlainWord = (word: string): boolean => inLatinDomain(word) && latinTest(PLAIN_WORD, word) && !word.includes('\u017f');

/**
 * The characters that the `i` flag matches otherwise with `u` than without against a letter or digit of the Latin
 * domain (with `u`, "ſ" and "K" (Kelvin) match "s" and "k", "Å" (Ångström) "å", "ẞ" "ß"; without, none of them):
 * a text without any of them gets the same matches of a plain word either way (a test checks the list).
 */
export const ODD_CASE = /[\u017f\u1e9e\u212a\u212b]/;

/**
 * A prefilter split into its top-level alternatives that are plain words and a regex of the others (same flags): it
 * holds on a text exactly when one of the words matches or the rest does. Only for the flags `iu` (as every French
 * parser's prefilter has: the scan runs with them) and no back-reference; else no words, the whole prefilter as rest.
 */
export function splitPrefilter(regex: RegExp): { words: readonly string[] | null; rest: RegExp | null } {
  const whole = { words: null, rest: regex };
  if (regex.flags.replace(/[gy]/g, '') !== 'iu' || /\\(?:[1-9]|k<)/.test(regex.source)) return whole;
  const alternatives = topLevelAlternatives(regex.source);
  const words = alternatives.filter(isPlainWord);
  if (words.length === 0) return whole;
  const others = alternatives.filter((a) => !isPlainWord(a));
  return { words, rest: others.length > 0 ? new RegExp(others.join('|'), regex.flags) : null };
}

/** The alternatives of a regex source at its top level (outside groups and classes). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * Whether every match of a regex source holds a digit (0-9): read from its syntax, soundly (false when unsure). A
 * sequence needs one when one of its parts needs one at least once; an alternation when each alternative does; a
 * character, a class or an escape when all it matches are digits; a lookaround, an anchor, a back-reference never.
 * (What findCandidates derives its digit gate from: a prefilter written later is read the same way.)
 */
export function requiresDigit(source: string): boolean {
  let i = 0;
  const alternation = (): boolean => {
    let all = sequence();
    while (source[i] === '|') {
      i++;
      // (every alternative read, whatever the first gave)
      const next = sequence();
      all = all && next;
    }
    return all;
  };
  const sequence = (): boolean => {
    let needs = false;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const digits = atom();
      if (digits && least() >= 1) needs = true;
    }
    return needs;
  };
  /** The least count a quantifier after an atom allows (1 with none), its lazy mark read too. */
  const least = (): number => {
    const c = source[i];
    let n = 1;
    if (c === '?' || c === '*') {
      n = 0;
      i++;
    } else if (c === '+') i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i));
      if (!m) return 1;
      n = Number(m[1]);
      i += m[0].length;
    } else return 1;
    if (source[i] === '?') i++;
    return n;
  };
  const atom = (): boolean => {
    const c = source[i]!;
    if (c === '(') {
      i++;
      let look = false;
      if (source[i] === '?') {
        i++;
        if (source[i] === '=' || source[i] === '!') look = true;
        else if (source[i] === '<' && (source[i + 1] === '=' || source[i + 1] === '!')) {
          look = true;
          i++;
        } else if (source[i] === '<') while (i < source.length && source[i] !== '>') i++;
        i++;
      }
      const inner = alternation();
      i++;
      return inner && !look;
    }
    if (c === '[') {
      const start = i;
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      i++;
      return /^\[(?:\\d|[0-9](?:-[0-9])?)+\]$/.test(source.slice(start, i));
    }
    if (c === '\\') {
      const d = source[i + 1];
      i += 2;
      if (d === 'u' && source[i] === '{') while (i < source.length && source[i - 1] !== '}') i++;
      else if (d === 'u') i += 4;
      else if (d === 'x') i += 2;
      else if ((d === 'p' || d === 'P') && source[i] === '{') while (i < source.length && source[i - 1] !== '}') i++;
      else if (d === 'k' && source[i] === '<') while (i < source.length && source[i - 1] !== '>') i++;
      return d === 'd';
    }
    i++;
    return c >= '0' && c <= '9';
  };
  const needs = alternation();
  // (a source this reading does not end where it should is one it does not understand)
  return i >= source.length && needs;
}

/**
 * Answers every prefilter of plain words on `text` in one scan (34 prefilters each scanned every sentence, at about
 * the cost of the parsers themselves). The scan runs with the prefilters' own flags, so a word matches where its
 * prefilter would; at each place it reports the longest word starting there, and any other word starting there is a
 * piece of it (a shorter match of the same text), so the prefilters of every word that matches are found.
 */
function askWords(plan: Plan, text: string, digit: boolean, asked: Uint8Array): void {
  const { holders, filters } = plan;
  const words = ODD_CASE.test(text) ? plan.words : plan.fastWords;
  if (words !== null) {
    words.lastIndex = 0;
    for (let m = words.exec(text); m; m = words.exec(text)) {
      for (const f of holders.get(m[0].toLowerCase()) ?? holdersOf(plan, m[0])) asked[f] = 1;
      words.lastIndex = m.index + 1;
    }
    words.lastIndex = 0;
  }
  for (let f = 0; f < filters.length; f++) {
    const filter = filters[f]!;
    if (asked[f] === 0 && filter.words !== null) asked[f] = filter.rest !== null && (digit || !filter.needsDigit) && filter.rest.test(text) ? 1 : 2;
  }
}

/** The prefilters holding a piece of a matched word written otherwise than its lower case (a case-insensitive match). */
function holdersOf(plan: Plan, matched: string): readonly number[] {
  const out: number[] = [];
  plan.filters.forEach((f, i) => {
    if (f.words?.some((v) => new RegExp(v, 'iu').test(matched))) out.push(i);
  });
  return out;
}

/** For each parser of the locale, whether findCandidates runs its pattern on `text` (its prefilter holds, or it has none). */
export function parsersToRun(text: string, locale: DateLocale): boolean[] {
  const plan = planOf(locale);
  const asked = new Uint8Array(plan.filters.length);
  const digit = DIGIT.test(text);
  return plan.parsers.map((_, k) => {
    const f = plan.filterOf[k]!;
    if (f < 0) return true;
    if (asked[f] === 0) ask(plan, f, text, digit, asked);
    return asked[f] === 1;
  });
}

/** Start ascending, then longer first. */
export function byPosition(a: DateCandidate, b: DateCandidate): number {
  return a.from - b.from || b.to - a.to;
}

/** Keeps the longest of overlapping candidates (ties: the earlier one found), dropping the rest; result sorted by position. */
export function dropOverlaps(candidates: readonly DateCandidate[]): DateCandidate[] {
  // Overlaps only happen inside clusters of candidates that chain together; solve each cluster apart (O(n log n) overall).
  // The candidates in order of their start, ties in their given order; `rank`: the given index of each (null when
  // they came in that order, as the refiners get them: no copy, no sort)
  let ordered = candidates;
  let rank: number[] | null = null;
  for (let k = 1; k < candidates.length; k++) {
    if (candidates[k - 1]!.from <= candidates[k]!.from) continue;
    const indexed = candidates.map((c, i) => ({ c, i })).sort((x, y) => x.c.from - y.c.from || x.i - y.i);
    ordered = indexed.map((x) => x.c);
    rank = indexed.map((x) => x.i);
    break;
  }
  const kept: DateCandidate[] = [];
  // (the clusters solved in this loop, without a closure, a list or a sort per cluster: most clusters are one candidate,
  // or two, a number and the date around it, "12" in "12 mars"; the refiners run it twice on every dated unit)
  let start = 0;
  let clusterEnd = -1;
  for (let k = 0; k <= ordered.length; k++) {
    const c = k < ordered.length ? ordered[k]! : null;
    if (c !== null && c.from < clusterEnd) {
      if (c.to > clusterEnd) clusterEnd = c.to;
      continue;
    }
    const size = k - start;
    if (size === 1) kept.push(ordered[start]!);
    else if (size === 2) solvePair(ordered, rank, start, kept);
    else if (size > 2) solveCluster(ordered, rank, start, k, kept);
    if (c === null) break;
    start = k;
    clusterEnd = Math.max(clusterEnd, c.to);
  }
  return sortByPosition(kept);
}

/** Whether candidate a ranks before b in a cluster: longer, then earlier given (`rank`, else their order). */
function ranksBefore(ordered: readonly DateCandidate[], rank: readonly number[] | null, a: number, b: number): boolean {
  const d = ordered[a]!.to - ordered[a]!.from - (ordered[b]!.to - ordered[b]!.from);
  return d !== 0 ? d > 0 : rank !== null ? rank[a]! < rank[b]! : a < b;
}

/** solveCluster for ordered[at, at + 2): the first by rank, then the other unless they overlap. */
function solvePair(ordered: readonly DateCandidate[], rank: readonly number[] | null, at: number, kept: DateCandidate[]): void {
  const first = ranksBefore(ordered, rank, at + 1, at) ? at + 1 : at;
  const a = ordered[first]!;
  const b = ordered[first === at ? at + 1 : at]!;
  kept.push(a);
  if (a.to <= b.from || a.from >= b.to) kept.push(b);
}

/** Keeps the longest of ordered[from, to) that overlap (ties: the earlier given), in that order. */
function solveCluster(ordered: readonly DateCandidate[], rank: readonly number[] | null, from: number, to: number, kept: DateCandidate[]): void {
  const cluster: number[] = [];
  for (let k = from; k < to; k++) {
    // (an insertion sort: a cluster holds a few candidates)
    let at = cluster.length;
    while (at > 0 && ranksBefore(ordered, rank, k, cluster[at - 1]!)) at--;
    cluster.splice(at, 0, k);
  }
  const chosen = kept.length;
  for (const k of cluster) {
    const c = ordered[k]!;
    let free = true;
    for (let j = chosen; j < kept.length && free; j++) free = kept[j]!.to <= c.from || kept[j]!.from >= c.to;
    if (free) kept.push(c);
  }
}
