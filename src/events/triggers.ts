/**
 * Finds the words that name events in a unit's text: the locale's trigger
 * nouns and verbs (a verb with its auxiliary: "ont attaqué"), and any
 * compound tense as a generic trigger. Overlaps keep the lexicon's longest.
 */
import { DOMAIN_LETTERS, inLatinDomain, deferred, latinTwinIf } from '../text/unicode-domain.js';
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

/**
 * Trigger words of `text` (normalised), in text order; `latin`: what `inLatinDomain(text)` says, asked once for the many
 * patterns run over it; `lower`: `text.toLowerCase()` when the caller has it.
 */
export function findTriggers(text: string, locale: EventLocale, latin = inLatinDomain(text), lower = text.toLowerCase()): TriggerMatch[] {
  const found: Candidate[] = [];
  // (the idioms' keys walked with the rules': their gate is the slot after the rules')
  const open = openRules(locale.triggers, lower, foldCase(lower), locale.notEventKeys);
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
  return keptTriggers(found, text, locale, latin, open);
}

/**
 * The candidates of `findTriggers` that it keeps, in text order: overlaps go to the lexicon's longest, idioms that name no
 * event go, satellites merge. (A function of its own, measured: TurboFan compiles `findTriggers` within an article's
 * first pass, and inlines this function whole into it, but then, its inlining budget spent, not the sort, the callbacks
 * and the twin look-up inside; that compile costs less than the code it left out saved in that pass.)
 */
function keptTriggers(found: Candidate[], text: string, locale: EventLocale, latin: boolean, open: Uint8Array): TriggerMatch[] {
  // lexicon before generic, then longer, then earlier rule
  found.sort((a, b) => Number(a.generic) - Number(b.generic) || b.to - b.from - (a.to - a.from) || a.rank - b.rank);
  const kept: Candidate[] = [];
  for (const c of found) {
    if (kept.some((k) => k.from < c.to && c.from < k.to)) continue;
    kept.push(c);
  }
  // (no trigger: no idiom to look for)
  if (kept.length === 0) return [];
  // "à l'appel des syndicats", "la cour d'appel": the word is there, the event is not (none in a text holding no word
  // that starts with one of the idioms' keys)
  const idioms: (readonly [number, number])[] = [];
  if (!locale.notEventKeys || open[locale.triggers.length] === 1) eachMatch(locale.notEvent, text, (m) => idioms.push([m.index ?? 0, (m.index ?? 0) + m[0].length] as const), latin);
  const real = kept.filter((k) => !idioms.some(([a, b]) => k.from < b && a < k.to));
  sortInPlace(real, (a, b) => a.from - b.from);
  return mergeSatellites(text, real, latin);
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

/**
 * The rules' key words in a trie over their code units, built once per rule list, as one table: each code unit that a
 * key word holds has a column (`columns`, 0 for the others: that column leads nowhere), and the child of node `n` by
 * code unit `c` is `next[n * width + columns[c]]` (0: none; node 0, the root, is nobody's child). `ends[n]`, the rules
 * whose key word ends at node `n` (node 0: a key word of no letter).
 */
interface KeyTrie {
  readonly columns: Uint16Array;
  readonly width: number;
  readonly next: Uint16Array | Int32Array;
  readonly ends: ReadonlyArray<readonly number[] | undefined>;
}
/** The tries by rule list, then by the extra keys walked with them (none: `undefined`). */
const keyTries = new WeakMap<readonly TriggerRule[], Map<ReadonlyMap<string, readonly string[]> | undefined, KeyTrie>>();
function keyTrie(rules: readonly TriggerRule[], extra: ReadonlyMap<string, readonly string[]> | undefined): KeyTrie {
  let byExtra = keyTries.get(rules);
  if (byExtra === undefined) keyTries.set(rules, (byExtra = new Map()));
  let trie = byExtra.get(extra);
  if (trie === undefined) {
    // the trie as a map first (its size unknown), then laid out as the table
    const links = new Map<number, number>();
    const ends: Array<number[] | undefined> = [undefined];
    const columns = new Uint16Array(0x10000);
    let width = 1;
    // (the extra keys as one more rule, after the others)
    const keySets = rules.map((rule) => rule.keys);
    keySets.push(extra);
    keySets.forEach((keys, r) => {
      for (const words of keys?.values() ?? []) {
        for (const w of words) {
          let node = 0;
          for (let i = 0; i < w.length; i++) {
            const c = w.charCodeAt(i);
            if (columns[c] === 0) columns[c] = width++;
            const key = node * 0x10000 + c;
            let child = links.get(key);
            if (child === undefined) {
              links.set(key, (child = ends.length));
              ends.push(undefined);
            }
            node = child;
          }
          const list = (ends[node] ??= []);
          if (!list.includes(r)) list.push(r);
        }
      }
    });
    const next = ends.length < 0x10000 ? new Uint16Array(ends.length * width) : new Int32Array(ends.length * width);
    for (const [key, child] of links) next[Math.floor(key / 0x10000) * width + columns[key % 0x10000]!] = child;
    trie = { columns, width, next, ends };
    byExtra.set(extra, trie);
  }
  return trie;
}

/**
 * For each rule (by index), 1 when a word of the text starts with one of its key words, else 0: a rule with keys runs
 * only then. The words are read as the `iu` patterns read them (lower case, "ſ" read "s", runs of `\p{L}`), and each
 * word walks the trie of the key words from its first letter as far as they go, so the work follows the text, not the
 * rules. (Every match of a rule holds one of its key words at a word start: the longest word of one of its forms.)
 * `extra`: more keys walked with the rules' (the idioms' that name no event), answered in the slot after the rules'.
 * Exported for the test that it never closes a rule that matches.
 */
export function openRules(rules: readonly TriggerRule[], lower: string, folded: string, extra?: ReadonlyMap<string, readonly string[]>): Uint8Array {
  const walking: Walking = { open: new Uint8Array(rules.length + 1), trie: keyTrie(rules, extra) };
  // the words as runs of letters, read off a table of the domain's letters (the text in lower case may leave the domain: "Ⱥ", "ⱥ")
  const latin = inLatinDomain(lower);
  for (let i = 0; latin && i < lower.length; ) {
    if (!DOMAIN_LETTERS[lower.charCodeAt(i)]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lower.length && DOMAIN_LETTERS[lower.charCodeAt(j)]) j++;
    walkWord(walking, folded, i, j);
    i = j;
  }
  if (!latin) eachMatch(LETTERS, folded, walkLetters, undefined, walking);
  return walking.open;
}

/** One `openRules` question: the rules opened so far, the key words' trie. */
interface Walking {
  readonly open: Uint8Array;
  readonly trie: KeyTrie;
}

/** Opens the rules of the key words that the word [i, end) of `s` starts with. */
function walkWord(walking: Walking, s: string, i: number, end: number): void {
  const { open, trie } = walking;
  const { columns, width, next, ends } = trie;
  let rules = ends[0];
  if (rules !== undefined) for (const r of rules) open[r] = 1;
  let node = next[columns[s.charCodeAt(i)]!]!;
  if (node === 0) return;
  for (let k = i + 1; ; k++) {
    rules = ends[node];
    if (rules !== undefined) for (const r of rules) open[r] = 1;
    if (k >= end) return;
    const child = next[node * width + columns[s.charCodeAt(k)]!]!;
    if (child === 0) return;
    node = child;
  }
}

function walkLetters(m: RegExpExecArray, walking: Walking): void {
  walkWord(walking, m[0], 0, m[0].length);
}

/**
 * A text already in lower case, for `includes` tests of lower-case words that the
 * `iu` patterns match: "ſ" is the one letter that those patterns take for a
 * French letter ("s") and that `toLowerCase` leaves as it is.
 */
export function foldCase(lower: string): string {
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

const LETTERS = deferred(String.raw`\p{L}+`, 'gu');


// what may stand between a noun and its satellite verb, and the other way round (through their twins on a Latin text)
const NOUN_SATELLITE_GAP = deferred(String.raw`^\s+(?:[\p{L}-]+\s+)?$`, 'u');
const SATELLITE_NOUN_GAP = deferred(String.raw`^\s+(?:(?:le|la|les|l'|cet|cette|ce|ces|un|une|des)\s*)?$`, 'iu');

/** "l'attaque revendiquée", "a revendiqué l'attentat": one trigger with the noun's family; `latin`: `inLatinDomain(text)`. */
function mergeSatellites(text: string, matches: Candidate[], latin: boolean): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const used = new Set<number>();
  for (let i = 0; i < matches.length; i++) {
    if (used.has(i)) continue;
    const m = matches[i]!;
    const next = matches[i + 1];
    if (next && !used.has(i + 1)) {
      const gap = text.slice(m.to, next.from);
      const nounThenSatellite = m.kind === 'noun' && next.satellite && latinTwinIf(NOUN_SATELLITE_GAP, latin).test(gap);
      const satelliteThenNoun = m.satellite && next.kind === 'noun' && latinTwinIf(SATELLITE_NOUN_GAP, latin).test(gap);
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
