/**
 * A sentence's tokens with the small questions every recogniser asks about
 * them ("is this a name word?", "is this a link such as de/du/d’?"). Indexes
 * are token indexes; out-of-range indexes answer false.
 */
import type { ActorLocale } from './actor-locale.js';
import type { PhraseIndex } from './phrase-index.js';
import { tokenize, withoutElision, type Token, type WordRecord } from './tokens.js';
import { classifyTokens, GIVEN_NAME, INITIAL_SHAPE, phraseHeads, romanInitial, wordMemo, type PhraseSet } from './word-classes.js';
import { deferred } from '../text/unicode-domain.js';

export { phraseHeads, romanInitial, type PhraseSet } from './word-classes.js';

/** The set `phraseAt` asked about last, and its heads. */
let lastSet: PhraseSet | undefined;
let lastHeads: Set<string> = new Set();

const ROMAN_ORDINAL = /^[IVXLC]+(?:e|er|re|ème)$/;

const JOINED_PARTICLE = deferred(String.raw`^(\p{Ll}+)[-‐](\p{Lu})`, 'u');

/** `TokenView.nameWords`' values. */
const NOT_ASKED = 0;
const NAME_WORD = 1;
const NOT_NAME_WORD = 2;

const OPENERS = new Set(['«', '“', '"', '(', '[', '—', '–', '-', ':', '…', '‹', '„', '*']);

export class TokenView {
  readonly tokens: Token[];

  /** `isNameWord`'s answers by token index (NOT_ASKED, NAME_WORD, NOT_NAME_WORD). */
  private readonly nameWords: Uint8Array;
  /** What the locale's sets and the known index say of each token's word (./word-classes.ts: QUIET_LOWER, ROLE_HEAD…). */
  protected readonly classes: Int32Array;
  /** The bits of `classes` that some token of the unit has: a rule that opens on a bit nobody has skips the unit. */
  protected readonly unitClasses: number;
  /** Whether the rules may skip what `classes` rules out (false: every rule tried everywhere, for the tests). */
  gated = true;

  constructor(
    readonly text: string,
    protected readonly locale: ActorLocale,
    known: PhraseIndex<unknown>,
  ) {
    const records: (WordRecord | undefined)[] = [];
    this.tokens = tokenize(text, locale.elisions, wordMemo(locale, known), records);
    this.nameWords = new Uint8Array(this.tokens.length);
    this.classes = new Int32Array(this.tokens.length);
    this.unitClasses = classifyTokens(this.tokens, locale, known, this.classes, records);
  }

  /** "46 ans": a number of one to three digits at token k, then the locale's word for years of age. */
  protected ageAt(k: number): boolean {
    return /^\d{1,3}$/.test(this.tokens[k]?.text ?? '') && this.tokens[k + 1]?.lower === this.locale.yearsOfAge;
  }

  /** Token k is a given name (`locale.isFirstName` of its text), as its class tells; false out of range. */
  protected givenNameAt(k: number): boolean {
    return (this.classes[k]! & GIVEN_NAME) !== 0;
  }

  /**
   * Token k, undefined out of range. A negative k is not read: an array read at a negative index is no element read for
   * V8, which looks the index up as a property's name (~0.5 µs), and the rules ask for the word before the first one at
   * every unit's start.
   */
  protected tokenAt(k: number): Token | undefined {
    return k >= 0 ? this.tokens[k] : undefined;
  }

  protected isWord(i: number): boolean {
    return i >= 0 && this.tokens[i]?.word === true;
  }

  protected isCap(i: number): boolean {
    const t = this.tokenAt(i);
    return t !== undefined && t.word && t.cap;
  }

  /** A word of a name: capitalised and not a function word ("Barrot", "Le" only through particles). */
  protected isNameWord(i: number): boolean {
    // (the rules ask it again and again of the same few tokens: each token's answer worked out once)
    // (an index out of range answers false without reading the array: a typed array read out of bounds threw the
    // optimised code away, and it was compiled again)
    if (!(i >= 0 && i < this.nameWords.length)) return false;
    const asked = this.nameWords[i]!;
    if (asked !== NOT_ASKED) return asked === NAME_WORD;
    const answer = this.nameWordAt(i);
    this.nameWords[i] = answer ? NAME_WORD : NOT_NAME_WORD;
    return answer;
  }

  /** `isNameWord(i)`, worked out. */
  private nameWordAt(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !t.word || !t.cap || t.lower.endsWith("'") || t.text.includes('.') || this.locale.stopwords.has(t.lower)) return false;
    if (romanInitial(t.text) && ROMAN_ORDINAL.test(t.text)) return false; // "XXe siècle", "Ve République"
    // "« L’escroc X roule… »", "D’abord": an elided article or preposition before a lower-case word (not "L’Oréal", "N’Golo")
    if ((t.text[1] === "'" || t.text[1] === '’') && t.text.length > 2 && t.text[2] !== t.text[2]!.toUpperCase()) return false;
    return !this.locale.honorifics.has(t.lower);
  }

  /** "J.D." or "J." before a name: an initial, a given name (the token and its dot). */
  protected isInitial(i: number): boolean {
    const t = this.tokens[i];
    const dot = this.tokens[i + 1];
    // (the shape from the word's class, and the dot, before the look-up: most words are no initial)
    return t !== undefined && t.word && (this.classes[i]! & INITIAL_SHAPE) !== 0 && dot?.text === '.' && dot.start === t.end && !this.locale.honorifics.has(t.lower) && this.isNameWord(i + 2);
  }

  /** "al-Assad", "ben-Gvir": a lower-case particle joined by a hyphen to a capitalised word. */
  protected isJoinedParticle(i: number): boolean {
    const t = this.tokens[i];
    // (no hyphen, no particle: most words are answered without the pattern)
    if (!t || !t.word || t.cap || (!t.text.includes('-') && !t.text.includes('‐'))) return false;
    const m = JOINED_PARTICLE.exec(t.text);
    return m !== null && this.locale.nameParticles.has(m[1]!);
  }

  /** Nothing but opening punctuation before token i: the word opens the sentence (or a quotation). */
  protected sentenceInitial(i: number): boolean {
    for (let k = i - 1; k >= 0; k--) {
      const t = this.tokens[k]!;
      if (t.word) return false;
      if (!OPENERS.has(t.text)) return false;
    }
    return true;
  }

  /** Length of a phrase of `set` (its keys) starting at token i (up to 3 tokens), 0 when none. */
  protected phraseAt(i: number, set: PhraseSet): number {
    const first = this.tokens[i];
    if (!first?.word) return 0;
    // "ex-président" is a "président"
    const head = first.lower.startsWith('ex-') ? first.lower.slice(3) : first.lower;
    // most tokens open no phrase of the set: one look-up instead of building up to three phrases
    // (the set asked last answered without a call: the recognisers ask about one set at many tokens in a row)
    if (set !== lastSet) {
      lastHeads = phraseHeads(set);
      lastSet = set;
    }
    if (!lastHeads.has(head)) return 0;
    let best = 0;
    let phrase = '';
    for (let k = i; k < Math.min(this.tokens.length, i + 3); k++) {
      const t = this.tokens[k]!;
      if (!t.word) break;
      const lower = k === i ? head : t.lower;
      phrase = phrase === '' || phrase.endsWith("'") ? phrase + lower : `${phrase} ${lower}`;
      if (set.has(phrase)) best = k - i + 1;
    }
    return best;
  }

  protected demonymCode(i: number): string | null {
    const t = this.tokens[i];
    if (!t || !t.word || t.cap) return null;
    const code = this.locale.demonyms.get(t.lower);
    return code === undefined ? null : code;
  }

  protected isLink(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.word && !t.cap && (this.locale.complementLinks.has(t.lower) || (t.lower.endsWith("'") && this.locale.complementLinks.has(t.lower.slice(0, -1))));
  }

  /** "saint-martin", "sainte-anne" (a lower-case word): a compound on a saint's prefix, a letter after its hyphen. */
  protected saintCompound(lower: string): boolean {
    const hyphen = lower.indexOf('-');
    return hyphen > 0 && this.locale.saintPrefixes.has(lower.slice(0, hyphen)) && /^\p{L}/u.test(lower.slice(hyphen + 1));
  }

  /** "le", "la", "son", "leur"…: a determiner before a role noun. */
  protected isDeterminer(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.word && /^(le|la|l'|les|son|sa|ses|leur|leurs|notre|nos|votre|ce|cet|cette|un|une)$/.test(t.lower);
  }

  protected honorificBefore(i: number): boolean {
    let k = i - 1;
    if (this.tokenAt(k)?.text === '.') k--;
    const t = this.tokenAt(k);
    return t !== undefined && t.word && t.cap && this.locale.honorifics.has(t.lower);
  }

  /** Number of tokens of "de", "du", "des", "d’", "de la", "de l’" at k (0 when none). */
  protected ofLinks(k: number): number {
    const first = this.tokenAt(k);
    if (!first?.word || first.cap || !this.locale.ofForms.has(first.lower)) return 0;
    const second = this.tokens[k + 1];
    return first.lower === 'de' && second?.word && this.locale.feminineArticles.has(second.lower) ? 2 : 1;
  }

  protected afterArticle(i: number): boolean {
    const t = this.tokens[i - 1];
    return t !== undefined && t.word && !t.cap && this.locale.definiteArticles.has(withoutElision(t.lower));
  }

  /** The word opens a quotation or a title in quotes: « Le Comte de Monte-Cristo ». */
  protected opensQuotation(i: number): boolean {
    const before = this.tokens[i - 1];
    return before !== undefined && !before.word && /^[«“"]$/.test(before.text);
  }

  /** "les Parisiens", "des Marseillais": a plural capitalised word after a plural article names inhabitants. */
  protected isInhabitants(i: number): boolean {
    const before = this.tokens[i - 1]?.lower;
    return (before === 'les' || before === 'des' || before === 'aux') && this.locale.inhabitantEndings.test(this.tokens[i]!.text);
  }

  /** "le maire de Kervignac", "le préfet du Morbihan", "conseiller municipal de Plouha": a role held over a place, then "de". */
  protected afterTerritorialRole(i: number): boolean {
    const k = this.ofLinks(i - 1) === 1 ? i - 2 : this.ofLinks(i - 2) === 2 ? i - 3 : -1;
    if (k < 0 || !this.isWord(k) || this.tokens[k]!.cap) return false;
    const roles = this.locale.territorialRoles;
    return roles.has(this.tokens[k]!.lower) || (this.isWord(k - 1) && roles.has(`${this.tokens[k - 1]!.lower} ${this.tokens[k]!.lower}`));
  }

  /** "stade de Wembley", "place de la Concorde": the name after a place noun is a place. */
  /** "Times Square", "Utah Beach": the run [i, end) of two words or more ends on a word that ends places' names (not bodies'). */
  protected endsPlaceName(i: number, end: number): boolean {
    const last = this.tokens[end - 1]!.lower;
    return end - i >= 2 && this.locale.placeNameLastWords.has(last) && !this.locale.organizationSuffixes.has(last);
  }

  protected afterPlaceHead(i: number): boolean {
    let k = i - 1;
    // "aéroport international de La Tontouta": links and adjectives between the noun and the name
    // ("originaire", "frontalière": a place noun shaped like an adjective stops the walk)
    // ("la province afghane de X": a country's adjective too)
    // ("la centrale nucléaire de X": the walk stops at a noun that the adjective after it makes a place's)
    while (k >= 0 && i - k <= 3 && (this.isLink(k) || (this.isWord(k) && !this.tokens[k]!.cap && (this.locale.isInstitutionalAdjective(this.tokens[k]!.lower) || this.demonymCode(k) !== null) && !this.locale.placeHeads.has(this.tokens[k]!.lower) && !this.placeByAdjective(k, k + 1)))) k--;
    const t = this.tokenAt(k);
    if (t === undefined || !t.word || t.cap) return false;
    // "le centre commercial de la Part-Neuve", "la zone commerciale des Landes": a noun that the adjective makes a place's
    // (the adjective walked over, or where the walk stopped)
    if ((k < i - 1 && this.placeByAdjective(k, k + 1)) || this.placeByAdjective(k - 1, k)) return true;
    // "évacués de Kervignol", "en provenance de Brest"; not "venus des Gilets jaunes" (people)
    // ("au lieu dit X": a head of two words)
    const head = this.locale.placeHeads.has(t.lower) || (this.isWord(k - 1) && this.locale.placeHeads.has(`${this.tokens[k - 1]!.lower} ${t.lower}`));
    if (!head && !(this.locale.departureWords.has(t.lower) && k === i - 2 && this.locale.ofPrepositions.has(this.tokens[i - 1]!.lower))) return false;
    // "l’usine de Flins", but "l’usine Tupperware": the company's name right after the noun
    if (k === i - 1 && this.locale.placeHeadsWithLink.has(t.lower)) return false;
    return !this.endsNotPlacePhrase(k);
  }

  /** "il fait état de", "à la place de": the noun at k ends a fixed phrase and names no place. */
  protected endsNotPlacePhrase(k: number): boolean {
    const before = this.tokens[k - 1];
    if (!before?.word) return false;
    const two = `${before.lower} ${this.tokens[k]!.lower}`;
    return this.locale.notPlacePhrases.has(two) || (this.isWord(k - 2) && this.locale.notPlacePhrases.has(`${this.tokens[k - 2]!.lower} ${two}`));
  }

  /** The noun at token n and the adjective at token a name a place ("centre commercial", "centrale nucléaire"). */
  private placeByAdjective(n: number, a: number): boolean {
    const adjective = this.tokens[a];
    const noun = this.tokens[n];
    return !!adjective?.word && !!noun?.word && this.locale.placeHeadAdjectives.get(adjective.lower)?.has(noun.lower) === true;
  }

  /** "d’or" in "la Palme d’or": "de" + a lower-case word after a capitalised noun makes a common compound. */
  protected compoundAfter(k: number): boolean {
    const next = this.tokens[k];
    return next?.word === true && this.locale.ofPrepositions.has(next.lower) && this.isWord(k + 1) && !this.tokens[k + 1]!.cap && !this.locale.articleForms.has(this.tokens[k + 1]!.lower);
  }

  /** Index of the first token starting at or after unit offset `offset`. */
  protected tokenAfter(offset: number): number {
    let k = 0;
    while (k < this.tokens.length && this.tokens[k]!.start < offset) k++;
    return k;
  }

  protected isPortfolio(i: number): boolean {
    return this.locale.portfolios.has(this.tokens[i]!.lower);
  }

  /** The whole unit is written in capitals (three or more words of three letters, all in capitals); asked at each acronym, answered once. */
  protected allCapsUnit(): boolean {
    if (this.allCaps === undefined) {
      const words = this.tokens.filter((t) => t.word && /\p{L}{3}/u.test(t.text));
      this.allCaps = words.length >= 3 && words.every((t) => t.allCaps);
    }
    return this.allCaps;
  }
  private allCaps: boolean | undefined;
}
