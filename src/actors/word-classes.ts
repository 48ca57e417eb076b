/**
 * What the recognisers ask about a word itself, wherever it stands: which of the locale's word sets it is in, whether
 * a lexicon phrase may open on it. Worked out once per distinct word (a token's text) from the locale's sets and the
 * known index's keys, kept in a memo, and read per token as bits (`TokenView.classes`): one look-up per token instead
 * of the dozen set look-ups and calls each rule's first test would make, most of them answering no.
 *
 * Each bit is derived from the sets the rules read (a word added to a set changes its bits at once); none is a hand-kept
 * list. A bit may only let a rule be skipped where that rule's own first test would fail: test/actors/recognise-prefilter.test.ts
 * checks that the candidates are those of a scan without the bits over sentences of every word of the locale.
 */
import type { ActorLocale } from './actor-locale.js';
import type { PhraseIndex } from './phrase-index.js';
import { UNANSWERED, type Token, type WordRecord } from './tokens.js';
import { deferred } from '../text/unicode-domain.js';

/** A lexicon of phrases that `phraseAt` looks up: a set of phrases, or a map keyed by them. */
export type PhraseSet = ReadonlySet<string> | ReadonlyMap<string, unknown>;

// What can be the first token of a phrase of a set, as `phraseAt` joins tokens: the phrase itself and each
// prefix that ends before a space or after an apostrophe (tokens hold no space). Built once per set.
const heads = new WeakMap<PhraseSet, Set<string>>();
// the few sets asked for most recently and their heads, found by identity: the recognisers ask about a handful of
// sets at every token, and a weak map look-up costs more than a few comparisons
const RECENT = 8;
const recentSets: PhraseSet[] = [];
const recentHeads: Set<string>[] = [];
export function phraseHeads(set: PhraseSet): Set<string> {
  for (let k = 0; k < recentSets.length; k++) if (recentSets[k] === set) return recentHeads[k]!;
  return headsMissed(set);
}
/**
 * `phraseHeads` of a set that is not among the recent ones (a function apart: the callers that the optimising compiler
 * inlines `phraseHeads` into, `classify` and `phraseAt`, carry the short search alone, not the building of a set).
 */
function headsMissed(set: PhraseSet): Set<string> {
  let out = heads.get(set);
  if (out === undefined) {
    out = new Set();
    for (const phrase of set.keys()) {
      for (let j = 0; j < phrase.length; j++) {
        if (phrase[j] === ' ') out.add(phrase.slice(0, j));
        else if (phrase[j] === "'") out.add(phrase.slice(0, j + 1));
      }
      out.add(phrase);
    }
    heads.set(set, out);
  }
  if (recentSets.length === RECENT) {
    recentSets.pop();
    recentHeads.pop();
  }
  recentSets.unshift(set);
  recentHeads.unshift(out);
  return out;
}

/** The word `TokenView.phraseAt` looks a phrase's first token up by: "ex-président" is a "président". */
function phraseHead(lower: string): string {
  return lower.startsWith('ex-') ? lower.slice(3) : lower;
}

/**
 * The words on which a rule that `scan` tries at a lower-case word before the lexicon (or after it, for a lower-case
 * word the lexicon does not know) may start: each such rule opens on a word of one of these locale sets ("ministère",
 * "rue", "Jeux", "désert", "forces", "assaillants"…), or on a digit or a capital. Any other lower-case word, most of a
 * text's, skips them all: one look-up instead of a dozen calls, each of which would return 0 at its first test.
 * Made from the locale's sets (a word added to one opens its rule at once); a rule that opens on another set must add
 * it here (test/actors/recognise-prefilter.test.ts checks the skip changes nothing over every word of the locale).
 */
const openersCache = new WeakMap<ActorLocale, ReadonlySet<string>>();
export function lowerCaseOpeners(locale: ActorLocale): ReadonlySet<string> {
  let openers = openersCache.get(locale);
  if (openers === undefined) {
    const sets: Iterable<string>[] = [locale.placeContests, locale.streetHeads, locale.stateNouns, locale.organizationHeads, locale.countryFeatures, locale.groupNouns, phraseHeads(locale.miscIntroducers), phraseHeads(locale.securityBodies)];
    const all = new Set<string>();
    for (const set of sets) for (const word of set) all.add(word);
    openers = all;
    openersCache.set(locale, openers);
  }
  return openers;
}

/**
 * Whether `LOWER_INITIAL_NAME` or `LOWER_INITIAL_ACRONYM` (./recognise.ts) may match: four characters or more, and a
 * capital among the second to the sixth (an ASCII or Latin-1 capital, or any character past Latin-1). Most lower-case
 * words, accented ones too, fail without the patterns.
 */
export function mayHaveInnerCapital(text: string): boolean {
  if (text.length < 4) return false;
  for (let k = 1; k < 6 && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || c >= 0x100) return true;
  }
  return false;
}

/** Whether a word opens on a Roman digit (I, V, X, L, C), as every Roman numeral does: a test before the patterns, asked of every word. */
export function romanInitial(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x49 || c === 0x56 || c === 0x58 || c === 0x4c || c === 0x43;
}

/** Where a website's suffix starts in a word ("Mediapart.fr", "Franceinfo-tv"): its last dot or hyphen, when the locale knows the suffix after it; -1 when none. */
export function websiteSuffixCut(text: string, locale: ActorLocale): number {
  const cut = Math.max(text.lastIndexOf('.'), text.lastIndexOf('-'));
  return cut > 1 && locale.websiteSuffixes.has(text.slice(cut + 1)) ? cut : -1;
}

/**
 * A lower-case word that opens none of the rules `lowerCaseOpeners` lists (nor "ex-…", which phrase look-ups read
 * without its prefix), and holds no digit at its start (`scan`'s `quiet` words).
 */
export const QUIET_LOWER = 1;
/**
 * A quiet lower-case word on which no other rule of `scan` may start but the particle's: no hyphen ("al-Bab",
 * "anti-Trump"), no capital inside ("easyJet"), and no phrase of the known index opens on it ("mer Noire"). `scan`
 * passes over it at once (the user gazetteer aside), after the particle's rule when the word is one (PARTICLE).
 */
export const PLAIN_LOWER = 2;
/** "de" or a name's particle ("M. de Villepin", "du", "van"): the word may open a surname. */
export const PARTICLE = 8;
/**
 * A capitalised word on which none of the rules that `scan` tries before `scanCapitalised` may start but those that
 * read the words after it (a model's code, an edition's year) and the particle's: no Roman digit first (`romanOrdinal`,
 * `districtNumber`), no contest's word (`contestAtPlace`), no state's noun (`stateOfCountry`), no website's suffix
 * (`websiteName`); the lower-case rules return 0 at a capital.
 */
export const PLAIN_CAPITAL = 32;
/** The word may open a phrase of the locale's role nouns (`findRoles`' and `listRoles`' first test). */
export const ROLE_HEAD = 4;
/** The word is one of the locale's organisation introducers, "groupes", "sociétés" (`listOrganizations`' first test). */
export const ORGANIZATION_INTRODUCER = 16;

/**
 * The word's own membership of the sets `scanCapitalised` asks about the word it stands at, before any other test:
 * exact answers (`locale.demonyms.has(lower)`…), read from the class rather than looked up again at each capital.
 * These and the shapes below (CAPITAL_BITS) are worked out for every word but a PLAIN_LOWER one, which `scan` never
 * takes to the capital's rules (0 there: read them only where `scanCapitalised` and its rules stand, or at a capital).
 */
export const DEMONYM = 1 << 6;
export const RELIGIOUS_TITLE = 1 << 7;
export const TERRITORY_HEAD = 1 << 8;
export const DEFINITE_ARTICLE = 1 << 9;
export const PRENOMINAL_ADJECTIVE = 1 << 10;
export const NATURAL_FEATURE = 1 << 11;
/** A word that opens a place's name before its complement ("Vallée", "Plateau"; a street's head that takes one: `placeWithComplement`). */
export const PLACE_FIRST_WORD = 1 << 12;

// (and those that byShape and capitalisedRun ask)
export const ORGANIZATION_NAME_HEAD = 1 << 13;
export const NAME_PARTICLE = 1 << 14;
export const WORSHIP_BUILDING_HEAD = 1 << 15;
export const GENERIC_CAPITALISED = 1 << 16;
export const PERIOD_NAME = 1 << 17;
export const CARDINAL_REGION = 1 << 18;
export const FEMININE_ARTICLE = 1 << 19;
export const CASE_NOUN = 1 << 20;
export const FOREIGN_ORGANIZATION_HEAD = 1 << 21;
export const STREET_HEAD = 1 << 22;
export const EVENT_NOUN = 1 << 23;
export const DOCUMENT_NOUN = 1 << 24;
/** The word may open a phrase of the locale's misc introducers ("album", "sonde": `phraseAt`'s first test). */
export const MISC_INTRODUCER_HEAD = 1 << 25;

/** "J.", "J.D": a capital, or capitals joined by dots (`isInitial`'s shape). */
export const INITIAL = /^\p{Lu}(?:\.\p{Lu})*$/u;
/** "N7", "A64", "RN125", "A41N", "I-95": a road's code. */
export const ROAD_CODE = /^(?:[ANDMRE]|RN|RD|I-)\d{1,4}[NSEO]?$/u;
/** "WASP-39b", "Kepler-452b", "TRAPPIST-1e": a capitalised name, a hyphen, a number and a planet's letter. */
export const PLANET_DESIGNATION = /^\p{Lu}[\p{L}\d]*-\d{1,6}[b-h]$/u;
/** "L’Équipe", "L’Oréal": an elided article glued to a capital. */
export const ELIDED_ARTICLE_NAME = deferred(String.raw`^L['’]\p{Lu}`, 'u');
/** "Moody’s", "McDonald’s": an English possessive. */
export const ENGLISH_POSSESSIVE = deferred(String.raw`\p{L}['’]s$`, 'u');

/** The word's shape, by the patterns above: what the rules test of the word they stand at, once per word. */
export const INITIAL_SHAPE = 1 << 26;
export const ROAD_SHAPE = 1 << 27;
export const PLANET_SHAPE = 1 << 28;
export const ELIDED_ARTICLE_SHAPE = 1 << 29;
export const POSSESSIVE_SHAPE = 1 << 30;
/**
 * The word is a given name (`locale.isFirstName` of its text, as written): the person rules ask it of most capitals and
 * of the words around them, a call, a search for a curly apostrophe and a set look-up each time. Worked out for every
 * word, plain lower-case ones too.
 */
export const GIVEN_NAME = 1 << 31;
/** Each shape's bit, its pattern, and a cheaper test that any word the pattern matches passes (most words fail it). */
const SHAPES: readonly (readonly [number, RegExp, (text: string) => boolean])[] = [
  [INITIAL_SHAPE, INITIAL, (w) => w.length <= 2 || w.includes('.')],
  [ROAD_SHAPE, ROAD_CODE, hasDigit],
  [PLANET_SHAPE, PLANET_DESIGNATION, hasDigit],
  [ELIDED_ARTICLE_SHAPE, ELIDED_ARTICLE_NAME, (w) => w.startsWith("L'") || w.startsWith('L’')],
  [POSSESSIVE_SHAPE, ENGLISH_POSSESSIVE, (w) => w.endsWith("'s") || w.endsWith('’s')],
];
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** Where a membership bit's answer comes from: a set of lower-case words (or a map's keys), or a test of one. */
type Membership = ReadonlySet<string> | ReadonlyMap<string, unknown> | ((lower: string) => boolean);
/** Each membership bit and the set whose answer it holds for a word's lower case (made once per locale). */
const membershipsCache = new WeakMap<ActorLocale, readonly (readonly [number, Membership])[]>();
function memberships(locale: ActorLocale): readonly (readonly [number, Membership])[] {
  let cached = membershipsCache.get(locale);
  if (cached === undefined) membershipsCache.set(locale, (cached = makeMemberships(locale)));
  return cached;
}
/**
 * Every word some membership bit may hold (the sets' words; a test's, from the sets it reads), by `phraseHead` too: a
 * word outside it, as most names are, holds none, and is answered with one look-up instead of one per bit.
 */
const membersCache = new WeakMap<ActorLocale, ReadonlySet<string>>();
function anyMember(locale: ActorLocale, lower: string): boolean {
  let members = membersCache.get(locale);
  if (members === undefined) {
    const all = new Set<string>();
    for (const [, member] of memberships(locale)) if (typeof member !== 'function') for (const word of member.keys()) all.add(word);
    for (const set of [locale.placeNameFirstWords, locale.streetHeads, phraseHeads(locale.miscIntroducers)]) for (const word of set) all.add(word);
    membersCache.set(locale, (members = all));
  }
  return members.has(lower) || members.has(phraseHead(lower));
}
function makeMemberships(locale: ActorLocale): readonly (readonly [number, Membership])[] {
  const miscHeads = phraseHeads(locale.miscIntroducers);
  return [
    [DEMONYM, locale.demonyms],
    [RELIGIOUS_TITLE, locale.religiousTitles],
    [TERRITORY_HEAD, locale.territoryHeads],
    [DEFINITE_ARTICLE, locale.definiteArticles],
    [PRENOMINAL_ADJECTIVE, locale.prenominalAdjectives],
    [NATURAL_FEATURE, locale.naturalFeatures],
    [PLACE_FIRST_WORD, (w) => locale.placeNameFirstWords.has(w) || (locale.streetHeads.has(w) && !locale.streetHeadsWithoutLink.has(w))],
    [ORGANIZATION_NAME_HEAD, locale.organizationNameHeads],
    [NAME_PARTICLE, locale.nameParticles],
    [WORSHIP_BUILDING_HEAD, locale.worshipBuildingHeads],
    [GENERIC_CAPITALISED, locale.genericCapitalised],
    [PERIOD_NAME, locale.periodNames],
    [CARDINAL_REGION, locale.cardinalRegions],
    [FEMININE_ARTICLE, locale.feminineArticles],
    [CASE_NOUN, locale.caseNouns],
    [FOREIGN_ORGANIZATION_HEAD, locale.foreignOrganizationHeads],
    [STREET_HEAD, locale.streetHeads],
    [EVENT_NOUN, locale.eventNouns],
    [DOCUMENT_NOUN, locale.documentNouns],
    [MISC_INTRODUCER_HEAD, (w) => miscHeads.has(phraseHead(w))],
  ];
}

/** The bits of one word token, from the locale and the known index (`known`: the index the scan looks phrases up in). */
function classify(t: Token, locale: ActorLocale, known: PhraseIndex<unknown>): number {
  let bits = locale.isFirstName(t.text) ? GIVEN_NAME : 0;
  if (phraseHeads(locale.roleNouns).has(phraseHead(t.lower))) bits |= ROLE_HEAD;
  if (t.lower === 'de' || locale.nameParticles.has(t.lower.endsWith("'") ? t.lower.slice(0, -1) : t.lower)) bits |= PARTICLE;
  if (locale.organizationIntroducers.has(t.lower)) bits |= ORGANIZATION_INTRODUCER;
  if (t.cap) {
    if (!romanInitial(t.text) && !locale.placeContests.has(t.lower) && !locale.stateNouns.has(t.lower) && (t.allCaps || websiteSuffixCut(t.text, locale) < 0)) bits |= PLAIN_CAPITAL;
  } else {
    const first = t.text.charCodeAt(0);
    if (!(first >= 0x30 && first <= 0x39) && !lowerCaseOpeners(locale).has(t.lower) && !t.lower.startsWith('ex-')) {
      bits |= QUIET_LOWER;
      const hyphen = t.text.includes('-') || t.text.includes('‐');
      // (a plain lower-case word never reaches the capital's rules: its CAPITAL_BITS are not worked out)
      if (!hyphen && !mayHaveInnerCapital(t.text) && !known.mayOpenOnLowerCase(t.text)) return bits | PLAIN_LOWER;
    }
  }
  // (indexed loops, not `for…of` with destructuring: classify runs once per new word, mostly in the baseline tier, where
  // each step of an array iterator and each destructured element is a call)
  if (anyMember(locale, t.lower)) {
    const all = memberships(locale);
    for (let k = 0; k < all.length; k++) {
      const member = all[k]![1];
      if (typeof member === 'function' ? member(t.lower) : member.has(t.lower)) bits |= all[k]![0];
    }
  }
  for (let k = 0; k < SHAPES.length; k++) {
    const shape = SHAPES[k]!;
    if (shape[2](t.text) && shape[1].test(t.text)) bits |= shape[0];
  }
  return bits;
}

interface Memo {
  readonly known: PhraseIndex<unknown>;
  /** The words tokenised so far, with their bits in `answer` once worked out (`tokenize`'s memo). */
  readonly words: Map<string, WordRecord>;
}
const memos = new WeakMap<ActorLocale, Memo>();

/** The word memo for `tokenize` under this locale and known index (a new one when the index changes: bits read it). */
export function wordMemo(locale: ActorLocale, known: PhraseIndex<unknown>): Map<string, WordRecord> {
  let memo = memos.get(locale);
  if (memo === undefined || memo.known !== known) {
    memo = { known, words: new Map() };
    memos.set(locale, memo);
  }
  return memo.words;
}

/**
 * Fills `out[k]` with the bits of `tokens[k]` (0 for punctuation); returns the union of the tokens' bits. `records`:
 * the tokens' records from `tokenize` with `wordMemo(locale, known)`, where a word's bits are kept once worked out
 * (a token without one is classified on its own).
 */
export function classifyTokens(tokens: readonly Token[], locale: ActorLocale, known: PhraseIndex<unknown>, out: Int32Array, records?: readonly (WordRecord | undefined)[]): number {
  let all = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    const record = records?.[k];
    let bits: number;
    if (record === undefined) bits = classify(t, locale, known);
    else {
      // (UNANSWERED, -1, is no word's bits: QUIET_LOWER and PLAIN_CAPITAL never go together)
      bits = record.answer;
      if (bits === UNANSWERED) bits = record.answer = classify(t, locale, known);
    }
    out[k] = bits;
    all |= bits;
  }
  return all;
}