/**
 * The French events locale: compiles the word lists of ./constants.ts into
 * the patterns the events stage runs (see src/events/event-locale.ts).
 */
import { createRequire } from 'node:module';
import type { EventLocale, NumberRule, Sex, TriggerRule } from '../../../events/event-locale.js';
import firstNameSexes from '../data/first-name-sexes.json' with { type: 'json' };
import { deferred, latinExec, latinTest } from '../../../text/unicode-domain.js';
import { mayMatchLength } from '../../../text/match-length.js';
import { escapeRegExp as escape } from '../../../text/word-patterns.js';
import {
  AREA_NOUNS,
  AUXILIARIES,
  BACK_DETERMINERS,
  BROADER,
  CLAUSE_OPENERS,
  DEFINITE_DETERMINERS,
  EVENT_NOUNS,
  FIRST_GROUP_ENDINGS,
  GROUPABLE,
  SINGULAR,
  INNER_ADVERBS,
  IRREGULAR_FINITE,
  MODALS,
  PRESENT_FORMS,
  LIGHT_VERBS,
  LOCATIVE_PREPOSITIONS,
  METADATA_WORDS,
  NOT_EVENT_PHRASES,
  NOT_GERUNDS,
  OTHER_OCCURRENCE,
  POINTING_DETERMINERS,
  NOUN_PLACE_LINKS,
  NUMBER_WORDS,
  PEOPLE_NOUNS,
  RECIPIENT_WORDS,
  SAME_TIME_CUES,
  SATELLITE_STEMS,
  SINCE_WORDS,
  TEMPORAL_FILLERS,
  TEMPORAL_PREPOSITIONS,
  VERB_FORMS,
  VERB_STEMS,
  PLACE_TIME_RELATIVES,
  PERSON_NOUNS,
  UNTIL_WORDS,
  OPPONENT_WORDS,
  FROM_STEMS,
  ONTO_STEMS,
  THERE_PHRASES,
  ROLE_MODIFIERS,
  VENUE_HEADS,
} from './constants.js';

// (one require for the module: the bundles replace it with their own, src/build/bundle.mjs)
const require = createRequire(import.meta.url);

type Countries = typeof import('i18n-iso-countries');
let countries: Countries | undefined;

/**
 * i18n-iso-countries with its French names, loaded on the first question: few
 * texts ask. Read with require (a CommonJS package, and JSON import attributes
 * need Node 20.10+, the package supports any Node 20). The package's main entry
 * reads and registers all its 78 languages (16 ms of a cold start): its
 * library module and the French names alone give the same answers in French.
 */
function frenchCountries(): Countries {
  if (!countries) {
    countries = require('i18n-iso-countries/index.js') as Countries;
    countries.registerLocale(require('i18n-iso-countries/langs/fr.json') as Parameters<Countries['registerLocale']>[0]);
  }
  return countries;
}

let foldedNames: { readonly fold: (name: string) => string; readonly names: ReadonlySet<string> } | undefined;

/**
 * The French country names as the package compares them when it looks a name up without its accents
 * (`getSimpleAlpha2Code`: lower case, then its own `diacritics` package's removal), in one set: a name is one of them
 * exactly when either look-up of the package finds it (the one with accents compares in lower case only, so whatever
 * it finds, this finds too), and a question is one search in a set rather than a pass over every name folded anew.
 */
function countryNames(): NonNullable<typeof foldedNames> {
  if (!foldedNames) {
    // the diacritics package that i18n-iso-countries itself loads (a dependency of ours too, pinned to its version)
    const remove = (require('diacritics') as { remove: (s: string) => string }).remove;
    const fold = (name: string) => remove(name.toLowerCase());
    const names = new Set<string>();
    for (const list of Object.values(frenchCountries().getNames('fr', { select: 'all' }))) for (const n of list) names.add(fold(n));
    foldedNames = { fold, names };
  }
  return foldedNames;
}

let shortNames: Set<string> | undefined;

/** Official French country names cut before their complement, as news write them: "États-Unis" (of "États-Unis d'Amérique"). */
function shortCountryNames(): Set<string> {
  if (!shortNames) {
    shortNames = new Set();
    for (const names of Object.values(frenchCountries().getNames('fr', { select: 'all' }))) {
      for (const n of names) {
        const head = /^(.+?)\s+(?:d'|d’|de\s|du\s|des\s|\()/u.exec(n)?.[1];
        if (head && head.includes('-')) shortNames.add(head.toLowerCase());
      }
    }
  }
  return shortNames;
}

const L = '\\p{L}\\p{N}';
/** Not preceded by a letter or digit. */
const B = `(?<![${L}])`;
/** Not followed by a letter or digit (an apostrophe-ended word like "d'" needs no boundary). */
const E = `(?![${L}])`;

/** A phrase with flexible spaces; a word ending in "d" also takes "de", "du", "d'", "des". */
const phrase = (s: string) => escape(s).replace(/ /g, '\\s+');
const prepPhrase = (s: string) => (s.endsWith(' d') || s === 'd' || /\sd$/.test(s) ? `${phrase(s)}(?:e\\s+|u\\s+|es\\s+|')` : `${phrase(s)}${s.endsWith("'") ? '' : '\\s+'}`);
const alt = (items: readonly string[], f: (s: string) => string = phrase) => [...items].sort((a, b) => b.length - a.length).map(f).join('|');
const words = (items: readonly string[]) => deferred(`${B}(?:${alt(items)})${E}`, 'giu');

/** A noun with an optional plural mark on each word ("appels téléphoniques"). */
const nounPattern = (s: string) =>
  s
    .split(' ')
    .map((w) => (w.endsWith("'") ? escape(w) : `${escape(w)}(?:s|x)?`))
    .join('\\s+');

/**
 * The longest word (lower case) of each form, by its start (3 letters at most):
 * every match of the form contains that word, so a text without it cannot match.
 */
const keysOf = (forms: readonly string[]) => {
  const keys = new Map<string, string[]>();
  for (const form of forms) {
    const longest = form
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .reduce((a, b) => (b.length > a.length ? b : a), '');
    const words = keys.get(longest.slice(0, 3)) ?? [];
    if (!words.includes(longest)) words.push(longest);
    keys.set(longest.slice(0, 3), words);
  }
  return keys;
};

function buildTriggers(): TriggerRule[] {
  const rules: TriggerRule[] = [];
  rules.push({ pattern: deferred(`${B}(?:${alt(LIGHT_VERBS)})${E}`, 'giu'), family: 'generic', kind: 'verb', light: true, keys: keysOf(LIGHT_VERBS) });
  for (const [family, nouns] of Object.entries(EVENT_NOUNS)) {
    rules.push({ pattern: deferred(`${B}(?:${alt(nouns, nounPattern)})${E}`, 'giu'), family, kind: 'noun', keys: keysOf(nouns) });
  }
  for (const [family, forms] of Object.entries(VERB_FORMS)) {
    rules.push({ pattern: deferred(`${B}(?:${alt(forms)})${E}`, 'giu'), family, kind: 'verb', satellite: family === 'claim', keys: keysOf(forms) });
  }
  const endings = [...FIRST_GROUP_ENDINGS].sort((a, b) => b.length - a.length).join('|');
  for (const [family, stems] of Object.entries(VERB_STEMS)) {
    rules.push({ pattern: deferred(`${B}(?:${alt(stems)})(?:${endings})${E}`, 'giu'), family, kind: 'verb', keys: keysOf(stems) });
  }
  for (const [family, stems] of Object.entries(SATELLITE_STEMS)) {
    rules.push({ pattern: deferred(`${B}(?:${alt(stems)})(?:${endings})${E}`, 'giu'), family, kind: 'verb', satellite: true, keys: keysOf(stems) });
  }
  return rules;
}

/**
 * A number as written: thousands grouped by a space or a dot ("1 500", "12.000.000", at most six groups) with an
 * optional decimal part, or plain digits ("144", "1,5"). Each part is bounded, so that a run of digits and spaces
 * ("1 1 1 1 …") is not rescanned from every digit, and "2023, 12 morts" is not one number.
 */
const DIGITS = `(?:\\d{1,3}(?:[\\s.]\\d{3}){1,5}(?:,\\d+)?|\\d+(?:[.,]\\d+)?)(?!\\d)`;
const NUM = `(?:${DIGITS}|${alt(Object.keys(NUMBER_WORDS))})`;
const PEOPLE = alt(PEOPLE_NOUNS);
const numberRules: NumberRule[] = [
  { what: 'dead', pattern: deferred(`${B}(?:la\\s+mort|le\\s+décès)\\s+d(?:e\\s+|')(?:au\\s+moins\\s+)?(?<n>${NUM})${E}`, 'giu'), words: ['mort', 'décès'] },
  { what: 'dead', pattern: deferred(`${B}(?<n>${NUM})\\s+(?:morts|tués|décès)${E}`, 'giu'), words: ['morts', 'tués', 'décès'] },
  { what: 'dead', pattern: deferred(`${B}(?:tuant|coûtant\\s+la\\s+vie\\s+à)\\s+(?:au\\s+moins\\s+)?(?<n>${NUM})${E}`, 'giu'), words: ['tuant', 'coûtant'] },
  { what: 'dead', pattern: deferred(`${B}(?<n>${NUM})\\s+(?:${PEOPLE})\\s+(?:ont\\s+été\\s+|sont\\s+)?(?:tuée?s|mortes?|décédée?s)${E}`, 'giu'), words: ['tué', 'mort', 'décédé'] },
  { what: 'wounded', pattern: deferred(`${B}(?<n>${NUM})\\s+blessée?s${E}`, 'giu'), words: ['blessé'] },
  { what: 'wounded', pattern: deferred(`${B}(?:blessant|faisant)\\s+(?:au\\s+moins\\s+)?(?<n>${NUM})(?=\\s+(?:autres|personnes|blessés))`, 'giu'), words: ['blessant', 'faisant'] },
  { what: 'wounded', pattern: deferred(`${B}(?<n>${NUM})\\s+(?:${PEOPLE})\\s+(?:ont\\s+été\\s+|sont\\s+)?blessée?s${E}`, 'giu'), words: ['blessé'] },
  { what: 'missing', pattern: deferred(`${B}(?<n>${NUM})\\s+disparus${E}`, 'giu'), words: ['disparus'] },
  { what: 'arrested', pattern: deferred(`${B}(?<n>${NUM})\\s+(?:interpellations|arrestations|(?:personnes\\s+)?(?:ont\\s+été\\s+)?(?:interpellées|arrêtées))${E}`, 'giu'), words: ['interpellations', 'arrestations', 'interpellées', 'arrêtées'] },
  {
    what: 'amount',
    pattern: deferred(`${B}(?<n>${DIGITS})\\s*(?<scale>millions?|milliards?|mds?|M)?\\s*(?:d'euros|euros|€|de\\s+dollars|dollars|\\$)`, 'giu'),
    words: ['euros', '€', 'dollars', '$'],
  },
];

const adverbs = `(?:(?:${alt(INNER_ADVERBS)})${E}\\s*|[\\p{L}]+ment\\s+)`;
const aux = `(?:${alt(AUXILIARIES)})`;
/** "-t-il", "-ils": the subject after the verb. */
const subjectAfter = `(?:-t)?-(?:il|elle|ils|elles|on)`;
/** "a-t-il", "ont-ils" or a plain auxiliary. */
const inversion = `(?:${subjectAfter})?`;
const participle = `[\\p{L}-]*(?:é|ée|és|ées|i|ie|is|ies|ise|ises|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|int|inte|ints|intes)`;

/** First names borne by one sex (>= 90 % of births; ../data/README.md). */
const sexOfFirstName = new Map<string, Sex>([...firstNameSexes.f.map((n) => [n, 'f'] as const), ...firstNameSexes.m.map((n) => [n, 'm'] as const)]);
const femaleHonorific = deferred(String.raw`(?:^|[^\p{L}])(?:Mme|Mmes|Madame|Mlle|Mademoiselle)\.?\s*$`, 'u');
const maleHonorific = deferred(String.raw`(?:^|[^\p{L}])(?:M\.|MM\.|Monsieur|Mr\.?)\s*$`, 'u');
// "X est née", "X s'est dite", "X, arrivée …", "X a été élue": a participle in -é(e)/-u(e)/-i(e)/-it(e) agreeing with the name right after it
// "l'élue", "l'homme": an elided article before a noun whose ending or meaning tells the sex (through their twins)
const feminineElided = deferred(String.raw`^l'\s*(?:(?:jeune\s+)?femme|\p{L}+(?:ée|ue))(?![\p{L}])`, 'u');
const masculineElided = deferred(String.raw`^l'\s*(?:(?:jeune\s+)?homme|\p{L}+(?:é|u))(?![\p{L}])`, 'u');
const agreement = deferred(String.raw`^\s*(?:,\s*|(?:est|était|fut|sera|serait|a\s+été|avait\s+été|s'est|s'était|s’est|s’était)\s+)(?:(?:pas|plus|déjà|aussi|également|toujours|ensuite|alors|bien)\s+)?(?<p>\p{Ll}[\p{L}-]*?(?:é|u|i|it|is)(?<f>e)?)(?![\p{L}])`, 'u');

/** French events locale. */
export const eventLocale: EventLocale = {
  triggers: buildTriggers(),
  groupable: new Set(GROUPABLE),
  singular: new Set(SINGULAR),
  broader: new Map(Object.entries(BROADER)),
  compoundVerb: deferred(`${B}${aux}${inversion}\\s+${adverbs}*(?:été\\s+(?!(?:à|en|au|aux|de|du|des|le|la|les|l'|un|une|par|dans|sur|pour)${E})[\\p{L}-]+|(?:été\\s+)?${participle})${E}`, 'giu'),
  auxiliaryBefore: deferred(`${B}(?:(?:se|s')\\s*)?${aux}${inversion}\\s+${adverbs}*(?:été\\s+)?$`, 'iu'),
  simpleVerb: deferred(
    `${B}(?:(?:${alt(MODALS)})\\s+${adverbs}*(?:se\\s+|s')?[\\p{L}]{2,}(?:er|ir|re)|[\\p{L}]{3,}(?:eront|era|eraient|erait|èrent|aient|iront|ira)|${alt(IRREGULAR_FINITE)})${E}`,
    'giu',
  ),
  // "il prend", "elles ne s'en vont", "est", "entourent": the first finite verb of a clause with no trigger word
  finiteVerb: deferred(
    `${B}(?:(?:il|elle|ils|elles|on)\\s+(?:ne\\s+|n')?(?:(?:se|s'|lui|leur|l'|le|la|les|y|en)\\s*)*(?!(?:se|lui|leur|le|la|les|y|en|ne)${E})(?<verb>[\\p{L}]{2,})|(?:se\\s+|s')(?<verb3>[\\p{L}]{3,})|(?<verb2>${alt(PRESENT_FORMS)}|(?![\\p{L}]*ment${E})[\\p{L}]{3,}ent))${E}`,
    'iu',
  ),
  incise: deferred(`^(?:[\\p{L}'-]+\\s+){0,3}[\\p{L}]+${subjectAfter}(?:\\s+[\\p{L}'-]+){0,3}$`, 'iu'),
  clauseBreak: deferred(`${B}(?:${alt(CLAUSE_OPENERS, (s) => (s.endsWith("'") ? escape(s) : `${phrase(s)}${s.endsWith(' d') || s.endsWith(' l') ? "(?:e\\s|u\\s|es\\s|'|a\\s|es\\s)" : E}`))}|et(?=\\s+(?:${alt(AUXILIARIES)})${E}))`, 'giu'),
  startsWithVerb: deferred(`^\\s*(?:(?:puis|et|ensuite|mais)\\s+(?:${participle}${E}|(?:se\\s+|s')?${aux}${E})|(?:ne\\s+|n')?(?:se\\s+|s')?${aux}${E}|(?!(?:${alt(NOT_GERUNDS)})${E})[\\p{L}]+ant${E})`, 'iu'),
  pronounSubjectBefore: deferred(`${B}(?:il|elle)\\s+(?:(?:ne|n')\\s*)?(?:(?:se|s'|lui|leur|l'|le|la|les|y|en)\\s*)*$`, 'iu'),
  passive: deferred(`${B}été\\s+${participle}$`, 'iu'),
  relativeStart: deferred(`^\\s*(?:qui|dont|lequel|laquelle|lesquels|lesquelles)${E}`, 'iu'),
  weakVerb: /(?:er|ir|ant)$/iu,
  demonstrativeCue: deferred(`${B}(?:${alt(POINTING_DETERMINERS)})\\s+(?:même\\s+)?[\\p{L}-]+$`, 'iu'),
  definiteBefore: deferred(`${B}(?:${alt(DEFINITE_DETERMINERS, (x) => (x.endsWith("'") ? escape(x) : `${escape(x)}\\s+`))})(?:[\\p{L}-]+\\s+)?$`, 'iu'),
  pointingBefore: deferred(`${B}(?:${alt(POINTING_DETERMINERS)})\\s+$`, 'iu'),
  otherBefore: deferred(`${B}(?:${alt(OTHER_OCCURRENCE)})\\s+(?:[\\p{L}-]+\\s+)?$`, 'iu'),
  otherAfter: deferred(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${alt(OTHER_OCCURRENCE)})${E}`, 'iu'),
  frontedTemporal: deferred(`^\\s*(?:${alt(TEMPORAL_PREPOSITIONS, prepPhrase)})`, 'iu'),
  notEvent: deferred(`${B}(?:${alt(NOT_EVENT_PHRASES, (x) => (x.endsWith(' d') ? `${phrase(x)}(?:e\\s|u\\s|es\\s|')` : phrase(x)))})`, 'giu'),
  notEventKeys: keysOf(NOT_EVENT_PHRASES),
  temporalFiller: deferred(`^(?:${alt(TEMPORAL_FILLERS)})$`, 'iu'),
  negated: deferred(`${B}(?:ne|n')\\s*(?:(?:se|s'|lui|leur|l'|le|la|les|y|en)\\s*)*$`, 'iu'),
  anchorCue: deferred(
    `${B}(?:${alt(TEMPORAL_PREPOSITIONS, prepPhrase)})(?:${alt(BACK_DETERMINERS, (s) => (s.endsWith("'") ? escape(s) : `${escape(s)}\\s+`))})(?:même\\s+)?(?<noun>[\\p{L}-]+)`,
    'giu',
  ),
  sameTimeCue: words(SAME_TIME_CUES),
  // the words of the phrases both cues are built from (the prepositions of `anchorCue`), longest first
  cueWords: [...TEMPORAL_PREPOSITIONS, ...SAME_TIME_CUES].map((p) =>
    p
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 0)
      .sort((a, b) => b.length - a.length),
  ),
  sinceBefore: deferred(`${B}(?:${alt(SINCE_WORDS, (s) => (s.endsWith(' d') ? `${phrase(s)}(?:e\\s+|u\\s+|')` : `${phrase(s)}\\s*`))})$`, 'iu'),
  nounComplementBefore: deferred(String.raw`(?:^|[^\p{L}])(?:du|de|des|d'|de\s+la|de\s+l')\s*$`, 'iu'),
  // "le 3 et le 5 mai", "en 2003 et en 2023", "commencer mardi et s'achever jeudi" (a second infinitive after the same modal)
  // "en 1958, en 1977 et en 1999": a comma between dates of one list
  dateCoordination: deferred(String.raw`^\s*(?:,?\s*(?:et|puis|ou|ainsi\s+que)\s+(?:(?:se\s+|s')?[\p{L}]+(?:er|ir|re)\s+)?|,\s*)(?:(?:le|la|les|l'|en|au|à|dès)\s*)?$`, 'iu'),
  // "Publié le 3 avril" is the article's; "a été publiée mardi au Journal officiel" is an event
  metadataBefore: deferred(`${B}(?<!(?:été|a|ont|est|sont|était|avait|sera)\\s+)(?:${alt(METADATA_WORDS)})\\s+(?:le\\s+|du\\s+|à\\s+|en\\s+)?$`, 'iu'),
  locativeBefore: deferred(`${B}(?:(?:${alt(AREA_NOUNS, nounPattern)})\\s+(?:(?:de|d')\\s*\\p{Ll}[\\p{Ll}-]+\\s+)?(?:de\\s+|du\\s+|des\\s+|d')|${alt(LOCATIVE_PREPOSITIONS, (s) => (s.endsWith(' d') ? `${phrase(s)}(?:e\\s+|u\\s+|es\\s+|')` : `${phrase(s)}${s.endsWith("'") ? '' : '\\s+'}`))})(?:(?:le|la|les)\\s+|l')?$`, 'iu'),
  recipientBefore: deferred(`${B}(?:${alt(RECIPIENT_WORDS)})${E}(?:\\s+[\\p{L}\\p{N}'-]+){0,5}\\s+(?:à|au|aux)\\s+(?:(?:la|le|les)\\s+|l')?$`, 'iu'),
  agentBefore: deferred(`${B}(?:par)\\s+(?:(?:le|la|les)\\s+|l'|des\\s+|un\\s+|une\\s+)?(?:[\\p{L}-]+\\s+)?$|${B}(?:${alt(OPPONENT_WORDS)})\\s+(?:(?:le|la|les)\\s+|l')?$`, 'iu'),
  nounPlaceLink: deferred(`^\\s*(?:${alt(NOUN_PLACE_LINKS, (s) => (s.endsWith("'") ? escape(s) : `${escape(s)}\\s+`))})(?:(?:la|le|les)\\s+|l')?$`, 'iu'),
  jointSubject: deferred(`${B}(?:les|ces)\\s+(?:${alt(Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! > 1 && NUMBER_WORDS[w]! < 10))})\\s+[\\p{L}-]+`, 'iu'),
  placeOrTimeRelative: deferred(`^\\s*(?:${alt(PLACE_TIME_RELATIVES, (s) => (s.endsWith("'") ? escape(s) : `${escape(s)}${E}`))})`, 'iu'),
  venueBefore: deferred(`${B}(?:à|au|aux|dans)\\s+(?:(?:le|la|les)\\s+|l')?$`, 'iu'),
  venueHead: deferred(`^(?:${alt(VENUE_HEADS)})${E}`, 'u'),
  ontoBefore: deferred(`${B}(?:${alt(ONTO_STEMS)})[\\p{L}]*(?:\\s+[\\p{L}\\p{N}'-]+){0,6}\\s+sur\\s+(?:(?:le|la|les)\\s+|l')?$`, 'iu'),
  thereCue: words(THERE_PHRASES),
  roleSubject: deferred(`^\\s*(?:[Ll]e|[Ll]a|[Ll]')\\s*(?<role>(?:(?:${alt(ROLE_MODIFIERS)})\\s+)?\\p{Ll}[\\p{L}'-]*(?:\\s+[\\p{L}'-]+){0,5})\\s*,?\\s*$`, 'u'),
  countAside: deferred(`^\\s*dont\\s+(?:(?:au\\s+moins|plus\\s+de|près\\s+de|environ)\\s+)?${NUM}${E}`, 'iu'),
  untilBefore: deferred(`${B}(?:${alt(UNTIL_WORDS)})\\s*(?:(?:le|la|les)\\s+|l')?$`, 'iu'),
  fromBefore: deferred(`${B}(?:${alt(FROM_STEMS)})[\\p{L}]*(?:\\s+[\\p{L}\\p{N}'-]+){0,5}\\s+(?:de|d'|du|des)\\s*(?:(?:la|le|les)\\s+|l')?$`, 'iu'),
  nameLink: /^\s*(?:de|du|des|d'|au|aux|en|à)\s*(?:(?:la|le|les)\s+|l')?$/iu,
  whereRelative: deferred(String.raw`^\s*où(?![\p{L}\p{N}])`, 'iu'),
  // "présentera", "vont signer", "doit se tenir", "aura lieu": told in the future
  futureTrigger: /(?:^|\s)(?:va|vont|doit|doivent|devra|devront|devrait|devraient)\s|(?:r(?:a|ont))(?:\s+lieu)?$|^(?:se\s+tiendr|aur)/iu,
  // "la visite attendue du pape", "la réouverture prévue", "le sommet à venir", "la prochaine réunion"
  plannedCue: deferred(String.raw`(?<![\p{L}])(?:prévue?s?|programmée?s?|attendue?s?|à\s+venir|prochaine?s?)(?![\p{L}])`, 'iu'),
  // "aurait touché", "auraient été perçus", "serait parti": the journalistic conditional tells what is claimed
  conditionalTrigger: deferred(String.raw`^(?:(?:se|s')\s*)?(?:aurai(?:en)?t|serai(?:en)?t)(?![\p{L}])`, 'iu'),
  subordinateStart: /^\s*(?:alors\s+qu|tandis\s+qu|bien\s+qu|lorsqu|quand|puisqu|parce\s+qu)/iu,
  frontedPhrase: deferred(String.raw`^\s*(?:dans|lors|pendant|durant|au\s+cours|à\s+l'occasion|en\s+marge|après|avant|à\s+l'issue)(?![\p{L}])`, 'iu'),
  timeConjunctionEnd: /^\s*(?:après|avant|dès|depuis|pendant)\s*$/iu,
  pronounIncise: deferred(String.raw`^\s*(?:(?:a|avait|aurait)-t-(?<p>il|elle)\s+\p{L}+|\p{L}+(?:-t)?-(?<q>il|elle))(?![\p{L}])`, 'iu'),
  closingIncise: deferred(String.raw`^\s*(?:a\s+|avait\s+)?[\p{L}]+(?:-t-(?:il|elle))?\s+(?:(?:le|la|l')\s*[\p{L}' -]*)?$`, 'iu'),
  possessiveBefore: deferred(String.raw`(?<![\p{L}])(?:sa|son|ses|leur|leurs)\s+(?:[\p{L}-]+\s+)?$`, 'iu'),
  infinitiveStart: /^\s*(?:après\s+avoir|après\s+être|avant\s+de|avant\s+d'|afin\s+de|afin\s+d'|sans|pour)\s/iu,
  complementStart: /^\s*(?:que\s|qu')/iu,
  cleft: deferred(String.raw`(?:^|[^\p{L}])(?:c['’]est|c['’]était|ce\s+sont|ce\s+fut)\s`, 'iu'),
  coordinationStart: /^\s*(?:puis|et|ainsi\s+que)\s/iu,
  sourceCue: /^\s*(?:selon|d'après)\s/iu,
  closingAfter: /^\s*(?:après|avant)\s+(?:l'|(?:la|le|les|un|une)\s)/iu,
  subjectGap: /^\s*$/u,
  sentenceOpening: /(?:^|,)\s*(?:(?:la|le|les)\s+|l')?$/iu,
  personNounSubject: deferred(`^\\s*(?:[Ll]e|[Ll]a|[Ll]')\\s*(?:${alt(PERSON_NOUNS)})(?:\\s+(?:de|âgée?)\\s+\\d+\\s+ans)?\\s*,?\\s*$`, 'u'),
  // not the impersonal "il" ("Il y a dix jours", "Il faut", "Il s'agit"), which stands for nobody
  pronounClause: deferred(String.raw`^\s*(?:il(?!\s+(?:y\s+a|y\s+avait|faut|fallait|faudra|s'agit|s’agit|s'agissait|s’agissait|semble|semblait|paraît|reste|restait|existe)(?![\p{L}]))|elle)\s+\p{L}`, 'iu'),
  pronounSex: (pronoun) => {
    const p = pronoun.toLowerCase();
    return p === 'elle' || p === 'elles' ? 'f' : p === 'il' || p === 'ils' ? 'm' : undefined;
  },
  mentionSex: (name, before, after) => {
    const out: Array<readonly [Sex, number]> = [];
    // (asked with no text around a name too: too short for the patterns, which are not run over it)
    if (mayMatchLength(femaleHonorific, before) && latinTest(femaleHonorific, before)) out.push(['f', 4]);
    else if (mayMatchLength(maleHonorific, before) && latinTest(maleHonorific, before)) out.push(['m', 4]);
    const first = sexOfFirstName.get(name.split(/\s+/u)[0]!);
    if (first) out.push([first, 2]);
    const a = mayMatchLength(agreement, after) ? latinExec(agreement, after) : null;
    // "née" and "élue" agree; a bare "-i" or "-is" may be a verb ("Marie a dit") and only "-ie"/"-ue"/"-ée" count
    if (a?.groups?.['f']) out.push(['f', 1]);
    else if (a && /é$/u.test(a.groups!['p']!)) out.push(['m', 1]);
    return out;
  },
  nounSex: (subject) => {
    const s = subject.trim().toLowerCase().replace(/’/gu, "'");
    if (/^(?:la|une|cette)\s/u.test(s) || latinTest(feminineElided, s)) return 'f';
    if (/^(?:le|un|ce|cet)\s/u.test(s) || latinTest(masculineElided, s)) return 'm';
    return undefined;
  },
  descriptorBefore: deferred(String.raw`(?:^|[^\p{L}])(?:le|la|l'|l’|Le|La|L'|L’)\s*(?<d>\p{Ll}[\p{Ll}-]{2,}(?:\s+\p{Ll}[\p{Ll}-]{2,}){0,2})\s+$`, 'u'),
  articleBefore: deferred(String.raw`(?:^|[^\p{L}])(?:le\s+|la\s+|l')$`, 'u'),
  countryNoun: deferred(String.raw`(?<![\p{L}])(?:le|du|au|ce)\s+pays(?!\s+(?:voisins?|hôtes?|natal|d'|d’|de|du|des|basque|membres?|amis?|alliés?|tiers|émergents?|riches|pauvres|africains?|européens?|arabes?|occidentaux)(?![\p{L}]))(?![\p{L}])`, 'iu'),
  spouseCue: deferred(String.raw`(?<![\p{L}])(?:son|sa)\s+(?:ex-)?(?:(?<f>épouse|femme|compagne)|époux|mari|compagnon)(?![\p{L}])`, 'giu'),
  lastNamedCue: deferred(String.raw`(?<![\p{L}])(?:ce\s+dernier|(?<f>cette\s+dernière))(?![\p{L}])`, 'giu'),
  numberRules,
  numberWords: new Map(Object.entries(NUMBER_WORDS)),
  isCountry: (name) => {
    const { fold, names } = countryNames();
    return names.has(fold(name)) || shortCountryNames().has(name.toLowerCase());
  },
};
