/**
 * The French actor lexicons as the stages read them, derived from the data files (../data/, see its README) and the
 * word lists: the places with the other ways news writes them, the given names read as names, the organisations with
 * the learned ones. Plain data, a pure function of files that never change at run time: the CLI's bundle holds it
 * computed at build time, as JSON (src/build/bundle.mjs), rather than deriving it at each start and in each worker
 * (some 25 ms of CPU, an eighth of a cold start on the seed).
 */
import type { OrganizationEntry, PlaceEntry } from '../../../actors/actor-locale.js';
import { fileKnownPhrases } from '../../../actors/lexicons.js';
import { placeLines, placeTable } from '../../../actors/place-table.js';
import firstNameList from '../data/first-names.json' with { type: 'json' };
import placeRows from '../data/places.json' with { type: 'json' };
import learnedNames from '../data/learned-names.json' with { type: 'json' };
import learnedSurnames from '../data/learned-surnames.json' with { type: 'json' };
import * as w from './words.js';
import { organizations } from './organizations.js';
import { cityAliases, cityExonyms, countryAliases, geography } from './geography.js';
import { miscNames } from './misc.js';

export interface FrActorLexicon {
  /** The places as lines (actors/place-table.ts: the table makes a place when first read). */
  placeLines: string;
  /** Given names, as the locale reads them (without those that are also months, common words or big places). */
  firstNames: string[];
  /** Given names that big places bear, left out of firstNames: a person's only with a cue ("la Russe Sofia X"). */
  placeGivenNames: string[];
  /** Given names that are also stopwords or months ("Noël", "Avril"), left out of firstNames: a person's only right after a role. */
  stopwordGivenNames: string[];
  organizations: OrganizationEntry[];
  /** Surnames that news writes alone for one well-known person ("Moubarak"), learned from annotated news. */
  surnames: string[];
}

const KINDS: Record<string, PlaceEntry['kind']> = { cou: 'country', cit: 'city', com: 'city', reg: 'region', dep: 'region' };

const places: PlaceEntry[] = [
  ...(placeRows as Array<[string, string, string, string[], number]>).filter(([name, kind]) => !(kind === 'com' && /^L['’]/.test(name))).map(([name, kind, country, aliases, thousands]) => ({
    name,
    aliases,
    kind: KINDS[kind] ?? 'other',
    country: country || null,
    population: thousands * 1000,
  })),
  ...geography,
  ...cityExonyms,
];

// Given names that are also months, common words or big places read as names only with strong context.
const firstNames = new Set(
  (firstNameList as string[]).filter((name) => !w.stopwords.has(name.toLowerCase()) && !w.months.has(name.toLowerCase())),
);
// ("le commissaire Noël Vernet": those left out for a stopword or a month, a person's given name right after a role)
// (not a particle, "Le", nor a two-letter word: "le ministre Le Drian" is a surname's particle)
const stopwordGivenNames = (firstNameList as string[]).filter((name) => name.length > 2 && !name.includes('-') && !firstNames.has(name) && !w.nameParticles.has(name.toLowerCase()) && (w.stopwords.has(name.toLowerCase()) || w.months.has(name.toLowerCase())));
// (those kept apart: "Sofia Marenko", a given name before an unknown surname, is still a person)
const placeGivenNames = new Set<string>();
for (const place of places) {
  if (place.kind !== 'country' && (place.population ?? 0) >= 1_000_000) {
    for (const form of [place.name, ...place.aliases]) if (firstNames.delete(form)) placeGivenNames.add(form);
  }
}
// "Le Caire", "La Haye": also without the article ("au Caire"); "Francfort-sur-le-Main": also "Francfort"
const taken = new Set(places.flatMap((p) => [p.name, ...p.aliases]));
for (const place of places) {
  const extra: string[] = [];
  for (const form of [place.name, ...place.aliases]) {
    // (the cheap string tests first: this loop runs over some ten thousand forms at start-up)
    const bare = form.startsWith('L') ? /^(?:Le|La|Les) (\p{Lu}.*)$/u.exec(form)?.[1] : undefined;
    if (bare && !firstNames.has(bare)) extra.push(bare); // not "François" from "Le François"
    // "Addis Abeba", "Villeneuve d'Ascq", "Grand Quevilly", "États Unis": a country's or a town's name written without
    // its hyphens (not a saint's, "Saint Pierre", who is the saint)
    const hyphened = bare ?? form;
    if ((place.kind === 'country' || place.kind === 'city') && hyphened.includes('-') && !hyphened.startsWith('Saint')) extra.push(hyphened.replace(/-/g, ' '));
    const short = place.kind === 'city' && place.country !== 'FR' && form.includes('-sur-') ? /^(\p{Lu}[^-\s]{3,})-sur-/u.exec(form)?.[1] : undefined;
    if (short) extra.push(short);
    // "Etats-Unis", "Egypte": a country's initial capital often written without its accent
    if (place.kind === 'country' && /^[ÉÈ]/u.test(form)) extra.push(`E${form.slice(1)}`);
    // "Val d'Oise", "Bouches du Rhône", "Ile-de-France": a French region's or department's name written without its
    // hyphens or the accent of its capital initial
    if (place.kind === 'region' && place.country === 'FR') {
      if (form.includes('-')) extra.push(form.replace(/-/g, ' '));
      if (/^[ÉÎ]/u.test(form)) extra.push(form.replace(/^É/u, 'E').replace(/^Î/u, 'I'));
    }
    // "Burkina-Faso" for "Burkina Faso": two capitalised words joined by a hyphen
    if (place.kind === 'country' && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(form)) extra.push(form.replace(' ', '-'));
  }
  if (place.kind === 'city' && cityAliases[place.name]) extra.push(...cityAliases[place.name]!);
  if (place.kind === 'country' && place.country && countryAliases[place.country]) {
    extra.push(...countryAliases[place.country]!);
  }
  const fresh = extra.filter((form) => !taken.has(form));
  if (fresh.length) (place as { aliases: readonly string[] }).aliases = [...place.aliases, ...fresh];
  fresh.forEach((form) => taken.add(form));
}

// Names learned from annotated news (../data/README.md): known organisations and places, unless the locale knows
// the name already, starts with a given name (a person's, whatever a school named after them), is a common word or a
// minister's portfolio ("ministre des Transports")
const known = new Set([...taken, ...[...organizations, ...miscNames].flatMap((o) => [o.name, ...o.aliases])].map((form) => form.replace(/’/g, "'")));
const learned = (names: readonly string[]) =>
  names.filter((name) => !known.has(name) && !firstNames.has(name.split(' ')[0]!) && !w.stopwords.has(name.toLowerCase()) && !w.portfolios.has(name.split(/[\s-]/)[0]!.toLowerCase()));
places.push(...learned(learnedNames.places).map((name): PlaceEntry => ({ name, aliases: [], kind: 'other', country: null })));
const allOrganizations = [...organizations, ...learned(learnedNames.organizations).map((name) => ({ name, aliases: [], country: null }))];

// (not a name the locale knows as a place, a body or a given name, nor a common word: "Parkinson" in "la maladie de
// Parkinson" is one the annotators marked)
const surnames = (learnedSurnames as string[]).filter((name) => !known.has(name) && !firstNames.has(name) && !w.stopwords.has(name.toLowerCase()) && !allOrganizations.some((o) => o.name === name));

export const frActorLexicon: FrActorLexicon = { placeLines: placeLines(places), firstNames: [...firstNames], placeGivenNames: [...placeGivenNames], stopwordGivenNames, organizations: allOrganizations, surnames };

/**
 * The phrases of the actors' known index filed by key (actors/lexicons.ts): computed with the lexicons, so at build
 * time in the bundle, where filing the ten thousand phrases at each start took some 14 ms, a tenth of a cold start.
 */
export const frKnownPhrases = fileKnownPhrases({ organizations: allOrganizations, miscNames, places: placeTable(places), stopwords: w.stopwords, elisions: w.elisions });
