/**
 * Finds the words that name events in a unit's text: the locale's trigger
 * nouns and verbs (a verb with its auxiliary: "ont attaqué"), and any
 * compound tense as a generic trigger. Overlaps keep the lexicon's longest.
 */
import { DOMAIN_LETTERS, inLatinDomain } from '../text/unicode-domain.js';
import { eachMatch, pieceExec } from './each-match.js';
import type { EventLocale, TriggerKind, TriggerRule } from './event-locale.js';
import { sortInPlace } from '../order.js';

export interface TriggerMatch {
  readonly from: number;
  readonly to: number;
  readonly family: string;
  readonly kind: TriggerKind;
  readonly light: boolean;
  /** Found only by the compound-tense pattern: no lexicon word. */
  readonly generic: boolean;
  /** An infinitive or a gerund ("pour rencontrer", "soulignant"): names a purpose or a side, rarely the event. */
  readonly weak: boolean;
}

interface Candidate extends TriggerMatch {
  readonly satellite: boolean;
  readonly rank: number;
}

/** Ranks of the generic patterns: after every lexicon rule. */
const COMPOUND_RANK = Number.MAX_SAFE_INTEGER - 1;
const SIMPLE_RANK = Number.MAX_SAFE_INTEGER;

/** Trigger words of `text` (normalised), in text order; `latin`: what `inLatinDomain(text)` says, asked once for the many patterns run over it. */
export function findTriggers(text: string, locale: EventLocale, latin = inLatinDomain(text)): TriggerMatch[] {
  const found: Candidate[] = [];
  const lower = text.toLowerCase();
  const open = openRules(locale.triggers, lower, foldCase(lower));
  // one callback for every rule, reading the rule of the moment from the scan's state
  const scan: Scan = { text, latin, locale, found, rule: locale.triggers[0]!, rank: 0 };
  for (let r = 0; r < locale.triggers.length; r++) {
    if (locale.triggers[r]!.keys && open[r] === 0) continue;
    scan.rule = locale.triggers[r]!;
    scan.rank = r;
    eachMatch(scan.rule.pattern, text, onRuleMatch, latin, scan);
  }
  scan.rank = COMPOUND_RANK;
  eachMatch(locale.compoundVerb, text, onGenericMatch, latin, scan);
  scan.rank = SIMPLE_RANK;
  eachMatch(locale.simpleVerb, text, onGenericMatch, latin, scan);
  // lexicon before generic, then longer, then earlier rule
  found.sort((a, b) => Number(a.generic) - Number(b.generic) || b.to - b.from - (a.to - a.from) || a.rank - b.rank);
  const kept: Candidate[] = [];
  for (const c of found) {
    if (kept.some((k) => k.from < c.to && c.from < k.to)) continue;
    kept.push(c);
  }
  // "à l'appel des syndicats", "la cour d'appel": the word is there, the event is not
  const idioms: (readonly [number, number])[] = [];
  eachMatch(locale.notEvent, text, (m) => idioms.push([m.index ?? 0, (m.index ?? 0) + m[0].length] as const), latin);
  const real = kept.filter((k) => !idioms.some(([a, b]) => k.from < b && a < k.to));
  sortInPlace(real, (a, b) => a.from - b.from);
  return mergeSatellites(text, real);
}

/** What the match callbacks of `findTriggers` read and fill: the text, the rule running and its rank, the candidates found. */
interface Scan {
  readonly text: string;
  readonly latin: boolean;
  readonly locale: EventLocale;
  readonly found: Candidate[];
  rule: TriggerRule;
  rank: number;
}

/** A match of the scan's lexicon rule: a verb takes its auxiliary, else it may be weak. */
function onRuleMatch(m: RegExpExecArray, scan: Scan): void {
  const { rule, text, latin, locale } = scan;
  let from = m.index;
  const to = from + m[0].length;
  let weak = false;
  if (rule.kind === 'verb') {
    // (pieces of a text in the domain are in it: their patterns' twins without asking)
    const before = pieceExec(locale.auxiliaryBefore, text.slice(Math.max(0, from - 60), from), latin);
    if (before) from -= before[0].length;
    else weak = pieceExec(locale.weakVerb, m[0], latin) !== null;
  }
  scan.found.push({ from, to, family: rule.family, kind: rule.kind, light: rule.light ?? false, generic: false, weak, satellite: rule.satellite ?? false, rank: scan.rank });
}

/** A match of a generic pattern (a compound or simple tense). */
function onGenericMatch(m: RegExpExecArray, scan: Scan): void {
  const from = m.index;
  scan.found.push({ from, to: from + m[0].length, family: 'generic', kind: 'verb', light: false, generic: true, weak: false, satellite: false, rank: scan.rank });
}

/** The rules that have one key (a word start), with that key's words; `asked`: the last `openRules` question that read it. */
interface Bucket {
  readonly entries: Array<readonly [number, readonly string[]]>;
  asked: number;
}
/** The keys of two and three letters that start with the same two letters. */
interface PairBuckets {
  two: Bucket | undefined;
  readonly three: Map<number, Bucket>;
}
/** The rules' keys by word start, built once per rule list; code units as numbers, no string made per word. */
interface KeyIndex {
  /** The keys of no letter (asked by every word) and of one letter (by its code unit). */
  readonly none: Bucket | undefined;
  readonly one: ReadonlyMap<number, Bucket>;
  /** The keys of two or three letters by `pairKey` of their first two, then (three letters) by the third. */
  readonly pairs: ReadonlyMap<number, PairBuckets>;
}
/** Two code units as one integer, one to one (a small integer for the letters of the Latin domain). */
const pairKey = (a: number, b: number): number => a * 0x10000 + b;
const keyIndexes = new WeakMap<readonly TriggerRule[], KeyIndex>();
function keyIndex(rules: readonly TriggerRule[]): KeyIndex {
  let index = keyIndexes.get(rules);
  if (index === undefined) {
    let none: Bucket | undefined;
    const one = new Map<number, Bucket>();
    const pairs = new Map<number, PairBuckets>();
    const add = (bucket: Bucket | undefined, entry: readonly [number, readonly string[]]): Bucket => {
      if (bucket) {
        bucket.entries.push(entry);
        return bucket;
      }
      return { entries: [entry], asked: 0 };
    };
    rules.forEach((rule, r) => {
      for (const [start, words] of rule.keys ?? []) {
        // (keys are word starts of three letters at most: a longer one is never asked)
        if (start.length === 0) none = add(none, [r, words]);
        else if (start.length === 1) one.set(start.charCodeAt(0), add(one.get(start.charCodeAt(0)), [r, words]));
        else if (start.length <= 3) {
          const pk = pairKey(start.charCodeAt(0), start.charCodeAt(1));
          let pair = pairs.get(pk);
          if (!pair) pairs.set(pk, (pair = { two: undefined, three: new Map() }));
          if (start.length === 2) pair.two = add(pair.two, [r, words]);
          else pair.three.set(start.charCodeAt(2), add(pair.three.get(start.charCodeAt(2)), [r, words]));
        }
      }
    });
    index = { none, one, pairs };
    keyIndexes.set(rules, index);
  }
  return index;
}

/** Counts the `openRules` questions: a bucket read in this question holds its number (no set of asked starts per text). */
let question = 0;

/**
 * For each rule (by index), 1 when the text has a word starting with one of its keys and contains one of that key's
 * words, else 0: a rule with keys runs only then. From the text's word starts (the first one, two and three letters,
 * lower case and "ſ" read "s" as the `iu` patterns read it, of each word, as `\p{L}+` finds words), each start asked
 * once, so the work follows the text, not the rules.
 * (A bucket searched through the whole text once a question costs less than its words tested at each word that asks
 * it.) Exported for the test that it never closes a rule that matches.
 */
export function openRules(rules: readonly TriggerRule[], lower: string, folded: string): Uint8Array {
  const asking: Asking = { open: new Uint8Array(rules.length), folded, question: ++question, index: keyIndex(rules) };
  // the words as runs of letters, read off a table of the domain's letters (the text in lower case may leave the domain: "Ⱥ", "ⱥ")
  const latin = inLatinDomain(lower);
  for (let i = 0; latin && i < lower.length; ) {
    if (!DOMAIN_LETTERS[lower.charCodeAt(i)]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lower.length && DOMAIN_LETTERS[lower.charCodeAt(j)]) j++;
    askWord(asking, folded, i, j - i);
    i = j;
  }
  if (!latin) eachMatch(LETTERS, folded, askLetters, undefined, asking);
  return asking.open;
}

/** One `openRules` question: the rules opened so far, the text's words folded, the question's number, the keys. */
interface Asking {
  readonly open: Uint8Array;
  readonly folded: string;
  readonly question: number;
  readonly index: KeyIndex;
}

/** Opens the rules of a bucket whose words the text holds; a bucket is read once a question. */
function ask(asking: Asking, bucket: Bucket | undefined): void {
  if (bucket === undefined || bucket.asked === asking.question) return;
  bucket.asked = asking.question;
  const { open, folded } = asking;
  for (const [r, words] of bucket.entries) {
    if (open[r] === 1) continue;
    for (const w of words) {
      if (folded.includes(w)) {
        open[r] = 1;
        break;
      }
    }
  }
}

/** Asks the buckets of the word of `length` code units at `i` of `s`. */
function askWord(asking: Asking, s: string, i: number, length: number): void {
  const { none, one, pairs } = asking.index;
  ask(asking, none);
  ask(asking, one.get(s.charCodeAt(i)));
  if (length < 2) return;
  const pair = pairs.get(pairKey(s.charCodeAt(i), s.charCodeAt(i + 1)));
  if (pair === undefined) return;
  ask(asking, pair.two);
  if (length >= 3) ask(asking, pair.three.get(s.charCodeAt(i + 2)));
}

function askLetters(m: RegExpExecArray, asking: Asking): void {
  askWord(asking, m[0], 0, m[0].length);
}

/**
 * A text already in lower case, for `includes` tests of lower-case words that the
 * `iu` patterns match: "ſ" is the one letter that those patterns take for a
 * French letter ("s") and that `toLowerCase` leaves as it is.
 */
export function foldCase(lower: string): string {
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

const LETTERS = /\p{L}+/gu;


/** "l'attaque revendiquée", "a revendiqué l'attentat": one trigger with the noun's family. */
function mergeSatellites(text: string, matches: Candidate[]): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const used = new Set<number>();
  for (let i = 0; i < matches.length; i++) {
    if (used.has(i)) continue;
    const m = matches[i]!;
    const next = matches[i + 1];
    if (next && !used.has(i + 1)) {
      const gap = text.slice(m.to, next.from);
      const nounThenSatellite = m.kind === 'noun' && next.satellite && /^\s+(?:[\p{L}-]+\s+)?$/u.test(gap);
      const satelliteThenNoun = m.satellite && next.kind === 'noun' && /^\s+(?:(?:le|la|les|l'|cet|cette|ce|ces|un|une|des)\s*)?$/iu.test(gap);
      if (nounThenSatellite || satelliteThenNoun) {
        const noun = m.kind === 'noun' ? m : next;
        out.push({ from: m.from, to: next.to, family: noun.family, kind: 'noun', light: false, generic: false, weak: false });
        used.add(i + 1);
        continue;
      }
    }
    out.push({ from: m.from, to: m.to, family: m.family, kind: m.kind, light: m.light, generic: m.generic, weak: m.weak });
  }
  return out;
}

/** True when one family is the other or directly broader than it ("call" and "talk"): the same kind of event. */
export function sameKind(a: string, b: string, locale: EventLocale): boolean {
  return a === b || locale.broader.get(a) === b || locale.broader.get(b) === a;
}

/** True when two families may name the same event in a reference back ("call" and "talk", "meeting" and "talk"). */
export function familiesMatch(a: string, b: string, locale: EventLocale): boolean {
  if (a === b) return true;
  const pa = locale.broader.get(a);
  const pb = locale.broader.get(b);
  return pa === b || pb === a || (pa !== undefined && pa === pb);
}
