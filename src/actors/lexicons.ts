/**
 * The phrase indexes the recognisers look names up in: the locale's places
 * and organisations (built once per locale) and the user gazetteer (per run).
 */
import type { ActorType } from '../types.js';
import type { ActorLocale } from './actor-locale.js';
import type { GazetteerEntry } from './gazetteer.js';
import { PhraseIndex, phraseKey, type Pending } from './phrase-index.js';
import { nameKey } from './names.js';

/** What a lexicon phrase stands for. */
export interface LexiconValue {
  /** Identity of the entity: same key, same actor ("place:londres", "organization:union europeenne", "gazetteer:0"). */
  readonly key: string;
  readonly type: ActorType;
  /** Canonical name in the lexicon. */
  readonly name: string;
  readonly country: string | null;
  /** With type `misc`: its kind ("product", "astronomical"). */
  readonly kind?: string;
  /** For gazetteer entries: the entry itself. */
  readonly pinned?: GazetteerEntry;
}

export interface Lexicons {
  /** Places and organisations the locale knows. */
  readonly known: PhraseIndex<LexiconValue>;
  /** Actors pinned by the user. */
  readonly gazetteer: PhraseIndex<LexiconValue>;
  /** Countries' one-word names ("France"), to see a country inside "Ouest-France". */
  readonly countryWords: ReadonlySet<string>;
  /** Organisations named "Le X" / "Les X", by "x": after "du", "au" the article is inside the contraction ("au Monde"). */
  readonly contracted: ReadonlyMap<string, LexiconValue>;
}

const cache = new WeakMap<ActorLocale, PhraseIndex<LexiconValue>>();
const countryCache = new WeakMap<ActorLocale, Set<string>>();
const contractedCache = new WeakMap<ActorLocale, Map<string, LexiconValue>>();

function contracted(locale: ActorLocale): Map<string, LexiconValue> {
  let map = contractedCache.get(locale);
  if (!map) {
    map = new Map();
    for (const org of locale.organizations) {
      const bare = /^(?:Le|Les) (\p{Lu}\S+)$/u.exec(org.name)?.[1];
      if (bare) map.set(bare.toLowerCase(), { key: `organization:${nameKey(org.name)}`, type: 'organization', name: org.name, country: org.country });
    }
    contractedCache.set(locale, map);
  }
  return map;
}

function countryWords(locale: ActorLocale): Set<string> {
  let set = countryCache.get(locale);
  if (!set) {
    set = new Set(locale.places.ofKind('country').flatMap((p) => [p.name, ...p.aliases]).filter((n) => !/\s/.test(n)));
    countryCache.set(locale, set);
  }
  return set;
}

/** What the known index is built from: the locale's lexicons, its stopwords (not indexed as places) and elisions. */
export type KnownLexicon = Pick<ActorLocale, 'organizations' | 'miscNames' | 'places' | 'stopwords' | 'elisions'>;

/**
 * The known index's phrases filed by key ahead (`fileKnownPhrases`): plain data, a function of the lexicons alone,
 * so that a locale can compute it at build time and the index needs no pass over its ten thousand phrases at start-up.
 * (Flat arrays and one string rather than an object by key: V8 parses them three times faster.)
 */
export interface KnownPhrases {
  /** How many organisations, misc names and places it was made from (it fits no other lexicons). */
  readonly entries: readonly number[];
  /** The keys (the first token's, as PhraseIndex files phrases), sorted, joined by line feeds (no token holds one). */
  readonly keys: string;
  /** For the k-th key, the end of its pairs in `pairs` (they start where the previous key's end). */
  readonly ends: readonly number[];
  /**
   * The phrases filed under each key, in the order the index adds them: pairs of the entry's number (organisations,
   * then misc names, then places) and the form's (0: the name, k: the k-th alias).
   */
  readonly pairs: readonly number[];
}

/** The entries the known index is made of, numbered as in KnownPhrases. */
function knownEntries(locale: KnownLexicon): readonly number[] {
  return [locale.organizations.length, locale.miscNames.length, locale.places.length];
}

/**
 * Calls `visit` with each phrase of the locale's known index, in the order the index adds them, with its entry's
 * number (KnownPhrases) and its form's.
 */
function eachKnownPhrase(locale: KnownLexicon, visit: (phrase: string, entry: number, form: number) => void): void {
  let entry = 0;
  // organisations first: "Paris Saint-Germain" is a club before "Paris" is a city
  for (const org of locale.organizations) {
    visit(org.name, entry, 0);
    org.aliases.forEach((form, k) => visit(form, entry, k + 1));
    entry++;
  }
  // platforms, products, astronomical bodies: names, but neither bodies nor places
  for (const misc of locale.miscNames) {
    visit(misc.name, entry, 0);
    misc.aliases.forEach((form, k) => visit(form, entry, k + 1));
    entry++;
  }
  for (const place of locale.places) {
    [place.name, ...place.aliases].forEach((form, k) => {
      if (!locale.stopwords.has(form.toLowerCase())) visit(form, entry, k); // not "Nord", "Est"
    });
    entry++;
  }
}

/** The locale's known phrases filed by key: what a locale computes ahead as its `knownPhrases`. */
export function fileKnownPhrases(locale: KnownLexicon): KnownPhrases {
  const byKey = new Map<string, number[]>();
  eachKnownPhrase(locale, (phrase, entry, form) => {
    const key = phraseKey(phrase, locale.elisions);
    if (key === null) return;
    if (key.includes('\n')) throw new Error(`a token key with a line feed: ${JSON.stringify(key)}`);
    const pairs = byKey.get(key);
    if (pairs) pairs.push(entry, form);
    else byKey.set(key, [entry, form]);
  });
  const keys = [...byKey.keys()].sort();
  const ends: number[] = [];
  const pairs: number[] = [];
  for (const key of keys) {
    pairs.push(...byKey.get(key)!);
    ends.push(pairs.length);
  }
  return { entries: knownEntries(locale), keys: keys.join('\n'), ends, pairs };
}

/** The index of `key` in sorted `keys`, or -1. */
function sortedIndex(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo] === key ? lo : -1;
}

/** How many keys `keyFinder` searches for before it makes its map: about what one article asks. */
const SEARCHES_BEFORE_MAP = 256;

/**
 * The index of a key in sorted `keys` (each key once), or -1: by binary search for the first look-ups (a cold start
 * on one article makes nothing), then through a map of the keys made once (a corpus asks thousands of words; a search
 * is a dozen string comparisons, the map one look-up).
 */
export function keyFinder(keys: readonly string[]): (key: string) => number {
  let searches = 0;
  let byKey: Map<string, number> | undefined;
  return (key) => {
    if (byKey === undefined) {
      if (++searches <= SEARCHES_BEFORE_MAP) return sortedIndex(keys, key);
      byKey = new Map();
      for (let k = 0; k < keys.length; k++) byKey.set(keys[k]!, k);
    }
    return byKey.get(key) ?? -1;
  };
}

function knownIndex(locale: ActorLocale): PhraseIndex<LexiconValue> {
  let index = cache.get(locale);
  if (index) return index;
  const organizations = locale.organizations.length;
  const misc = organizations + locale.miscNames.length;
  // the value of one entry, shared by all its forms, made when a look-up first needs it (most entries are never looked up)
  const values: LexiconValue[] = [];
  const value = (entry: number): LexiconValue => {
    if (entry < organizations) {
      const org = locale.organizations[entry]!;
      return { key: `organization:${nameKey(org.name)}`, type: 'organization', name: org.name, country: org.country };
    }
    if (entry < misc) {
      const m = locale.miscNames[entry - organizations]!;
      return { key: `misc:${nameKey(m.name)}`, type: 'misc', name: m.name, country: null, kind: m.kind };
    }
    const place = locale.places.at(entry - misc)!;
    return { key: `place:${nameKey(place.name)}`, type: 'place', name: place.name, country: place.country };
  };
  const make = (entry: number) => () => (values[entry] ??= value(entry));
  const filed = locale.knownPhrases;
  if (filed && filed.entries.join() === knownEntries(locale).join()) {
    // the phrases of a key taken from the filed pairs on its first look-up
    const form = (entry: number, k: number): string => {
      const { name, aliases } = entry < organizations ? locale.organizations[entry]! : entry < misc ? locale.miscNames[entry - organizations]! : locale.places.at(entry - misc)!;
      return k === 0 ? name : aliases[k - 1]!;
    };
    let keys: readonly string[] | undefined;
    let find: ((key: string) => number) | undefined;
    index = new PhraseIndex<LexiconValue>(
      locale.elisions,
      (key) => {
        const k = (find ??= keyFinder((keys ??= filed.keys.split('\n'))))(key);
        if (k < 0) return undefined;
        const { ends, pairs } = filed;
        const phrases: Pending<LexiconValue>[] = [];
        for (let i = k === 0 ? 0 : ends[k - 1]!; i < ends[k]!; i += 2) phrases.push({ text: form(pairs[i]!, pairs[i + 1]!), make: make(pairs[i]!) });
        return phrases;
      },
      () => (keys ??= filed.keys.split('\n')),
    );
  } else {
    const built = (index = new PhraseIndex<LexiconValue>(locale.elisions));
    eachKnownPhrase(locale, (phrase, entry) => built.addLazy(phrase, make(entry)));
  }
  cache.set(locale, index);
  return index;
}

/** Lexicons for one run: the locale's, plus the gazetteer's entries. */
export function buildLexicons(locale: ActorLocale, gazetteer: readonly GazetteerEntry[]): Lexicons {
  const pinned = new PhraseIndex<LexiconValue>(locale.elisions);
  gazetteer.forEach((entry, index) => {
    const value: LexiconValue = {
      key: `gazetteer:${index}`,
      type: entry.type,
      name: entry.name,
      country: entry.country ?? null,
      pinned: entry,
    };
    for (const form of [entry.name, ...(entry.aliases ?? [])]) pinned.add(form, value);
  });
  return { known: knownIndex(locale), gazetteer: pinned, countryWords: countryWords(locale), contracted: contracted(locale) };
}
