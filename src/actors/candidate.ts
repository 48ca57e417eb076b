/** What the recognisers of ./recognise.ts produce: a candidate mention and how it was found. */
import type { TextUnit } from '../context.js';
import { deferred, latinTest } from '../text/unicode-domain.js';
import type { ActorType } from '../types.js';
import type { LexiconValue } from './lexicons.js';

/** How a candidate was recognised, strongest first. */
export type Evidence =
  | 'gazetteer' // pinned by the user
  | 'lexicon' // a known place or organisation
  | 'first-name' // a given name followed by a surname
  | 'cue' // honorific, role, apposition or speech verb around the name
  | 'pattern' // organisation head, introducer, article, acronym
  | 'multi' // run of capitalised words without other evidence
  | 'single'; // one capitalised word without other evidence

export interface Candidate {
  readonly unit: TextUnit;
  /** Offsets in unit.text (UTF-16 code units), end exclusive. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
  type: ActorType | 'unknown';
  evidence: Evidence;
  /** Lexicon or gazetteer entry, when one matched. */
  readonly entry?: LexiconValue;
  /** For people: the name's words, and how many of them are given names. */
  readonly words: readonly string[];
  /** Offsets in unit.text of each word (for the parts of a title-case run). */
  readonly wordSpans: ReadonlyArray<readonly [number, number]>;
  readonly givenNames: number;
  roles: string[];
  country: string | null;
  /** An all-capital word. */
  readonly acronym: boolean;
  /** The organisation this acronym follows in parentheses: "Organisation des Nations unies (ONU)". */
  aliasOf: Candidate | null;
  /** Counts only if the document names the entity elsewhere: a title-case heading, a lone word opening a sentence. */
  readonly onlyKnown: boolean;
  /** Reading to keep when an `onlyKnown` candidate names nothing known ("Le Hamas" opening a sentence). */
  readonly fallback: Candidate | null;
  /** For "le ministère russe": the head and country it refers back to ("ministère|RU"). */
  readonly headOf?: string | null;
  /** An organisation read from its article alone ("la Mauricie"): listed with places, it is one of them. */
  articleOnly?: boolean;
  /** A movement named by a plural noun and a colour ("Gilets jaunes"): the text may write it in lower case too. */
  movement?: boolean;
  /** An acronym the text spells out as a common term ("tidal disruption event (TDE)"): its other mentions name no body either. */
  commonTerm?: boolean;
  /** With type `misc`: what the name is ("event", "work", "law", "product", "astronomical"). */
  kind?: string;
  /** A lone word listed with this one, both read as bodies for want of a cue ("Sandoz et Viatris"): if the text names it as a person, both are people. */
  listedWith?: Candidate;
  /** Canonical name when the mention's words do not give it: "ministère de la Défense français" in "ministères de la Défense russe et français". */
  name?: string;
}

/**
 * A copy of candidate c with `changes` written over it, in the one shape (hidden class) every candidate has: the fields
 * in `CandidateScan.candidate`'s order, the optional ones too. (An object spread, `{ ...c, type }`, gave each copy a
 * shape of its own, and the code reading candidates met several: TurboFan's code for `surnameOf` was thrown away for a
 * shape it had not seen.)
 */
export function copyCandidate(c: Candidate, changes: Partial<Candidate>): Candidate {
  const copy: Candidate = {
    unit: c.unit,
    from: c.from,
    to: c.to,
    text: c.text,
    type: c.type,
    evidence: c.evidence,
    words: c.words,
    wordSpans: c.wordSpans,
    givenNames: c.givenNames,
    roles: c.roles,
    country: c.country,
    acronym: c.acronym,
    aliasOf: c.aliasOf,
    onlyKnown: c.onlyKnown,
    fallback: c.fallback,
    entry: c.entry,
    headOf: c.headOf,
    movement: c.movement,
    commonTerm: c.commonTerm,
    kind: c.kind,
    name: c.name,
    articleOnly: c.articleOnly,
    listedWith: c.listedWith,
  };
  Object.assign(copy, changes);
  return copy;
}

/** "Champ-de-Mars", "Mont-Saint-Michel", "Bengale-Occidental", "Vieux-Port": compounds shaped like place names. */
export function isPlaceShaped(word: string): boolean {
  // (every shape holds a hyphen: a word without one, as most are, is answered without the six patterns)
  return word.includes('-') && PLACE_SHAPES.some((shape) => latinTest(shape, word));
}
// (deferred, and run through their Latin twins: text/unicode-domain; each holds a "-", which `isPlaceShaped` asks first)
export const PLACE_SHAPES: readonly RegExp[] = [
  String.raw`\p{L}-(?:de|du|des|d'|d’|la|le|les|sur|sous|en|lès|lez|aux)-\p{Lu}`,
  String.raw`\p{L}-[ld]['’]\p{Lu}`, // "Marcy-l’Étoile", "Villeneuve-d’Ascq"
  String.raw`^(?:Mont|Saint|Sainte|Port|Fort|Val|Pont|Puy|Château|Bourg|Villeneuve)-\p{Lu}`,
  String.raw`^(?:Nord|Sud|Haut|Haute|Bas|Basse|Grand|Grande|Petit|Petite)-\p{Lu}\p{Ll}{3,}$`, // "Sud-Kivu", "Haute-Marne", "Grande-Bretagne
  String.raw`\p{L}-(?:Occidental|Oriental|Central|Méridional|Septentrional|Nord|Sud|Est|Ouest)e?s?$`,
  String.raw`\p{L}-(?:Île|Ile|Port|Ville|Mont|Val|Lac|Cap)$`, // "Grande-Île", "Vieux-Port", "Koweït-Ville"
].map((source) => deferred(source, 'u'));

/** Key of an institution by its head noun and country: "ministère|RU" for "ministères de la Défense russe". */
export function headKey(head: string, country: string): string {
  return `${head.replace(/s$/, '')}|${country}`;
}
