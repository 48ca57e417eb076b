/**
 * The phrase indexes the recognisers look names up in: the locale's places
 * and organisations (built once per locale) and the user gazetteer (per run).
 */
import type { ActorType } from '../types.js';
import type { ActorLocale } from './actor-locale.js';
import type { GazetteerEntry } from './gazetteer.js';
import { PhraseIndex } from './phrase-index.js';
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
    set = new Set(locale.places.filter((p) => p.kind === 'country').flatMap((p) => [p.name, ...p.aliases]).filter((n) => !/\s/.test(n)));
    countryCache.set(locale, set);
  }
  return set;
}

/** `make` called at most once: the value of one lexicon entry, shared by all its forms, made when a look-up first needs it. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function knownIndex(locale: ActorLocale): PhraseIndex<LexiconValue> {
  let index = cache.get(locale);
  if (index) return index;
  index = new PhraseIndex<LexiconValue>(locale.elisions);
  // the values (and their nameKey) are made lazily: most entries are never looked up in a run
  // organisations first: "Paris Saint-Germain" is a club before "Paris" is a city
  for (const org of locale.organizations) {
    const value = once((): LexiconValue => ({ key: `organization:${nameKey(org.name)}`, type: 'organization', name: org.name, country: org.country }));
    for (const form of [org.name, ...org.aliases]) index.addLazy(form, value);
  }
  // platforms, products, astronomical bodies: names, but neither bodies nor places
  for (const misc of locale.miscNames) {
    const value = once((): LexiconValue => ({ key: `misc:${nameKey(misc.name)}`, type: 'misc', name: misc.name, country: null, kind: misc.kind }));
    for (const form of [misc.name, ...misc.aliases]) index.addLazy(form, value);
  }
  for (const place of locale.places) {
    const value = once((): LexiconValue => ({ key: `place:${nameKey(place.name)}`, type: 'place', name: place.name, country: place.country }));
    for (const form of [place.name, ...place.aliases]) {
      if (locale.stopwords.has(form.toLowerCase())) continue; // "Nord", "Est"
      index.addLazy(form, value);
    }
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
