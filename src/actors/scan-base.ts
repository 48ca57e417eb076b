/**
 * Per-unit working state shared by the recognisers: the candidates found so
 * far, and the name-shape helpers every kind of recogniser reads (complements
 * of institutional names, adjectives, prepositions before a name).
 */
import type { TextUnit } from '../context.js';
import type { ActorLocale } from './actor-locale.js';
import type { Candidate, Evidence } from './candidate.js';
import type { Lexicons } from './lexicons.js';
import { RoleCues } from './roles.js';

/** Per-unit working state. */
export class CandidateScan extends RoleCues {
  readonly candidates: Candidate[] = [];
  readonly titleCase: boolean;
  /** `knownAt` answers by token index (undefined: not looked up yet). */
  private readonly known: (ReturnType<Lexicons['known']['longest']> | undefined)[] = [];

  constructor(
    readonly unit: TextUnit,
    locale: ActorLocale,
    protected readonly lexicons: Lexicons,
  ) {
    super(unit.text, locale, lexicons.known);
    this.titleCase = unit.heading && this.isTitleCase();
  }

  protected override knownNameEnd(k: number): number {
    const known = this.knownAt(k);
    return known && known.value.type !== 'person' ? known.end : k;
  }

  /** The longest known phrase (lexicon) starting at token i, looked up once per token: the rules ask it again and again. */
  protected knownAt(i: number): ReturnType<Lexicons['known']['longest']> {
    let found = this.known[i];
    if (found === undefined) {
      found = this.lexicons.known.longest(this.tokens, i);
      if (i >= 0 && i < this.tokens.length) this.known[i] = found;
    }
    return found;
  }

  protected isTitleCase(): boolean {
    const content = this.tokens.filter((t, i) => i > 0 && t.word && t.text.length >= 4 && !this.locale.stopwords.has(t.lower));
    return content.length >= 3 && content.every((t) => t.cap);
  }

  protected push(from: number, to: number, type: Candidate['type'], evidence: Evidence, extra: Partial<Candidate> = {}): Candidate {
    const candidate = this.candidate(from, to, type, evidence, extra);
    this.candidates.push(candidate);
    return candidate;
  }

  /** A candidate for tokens [from, to), not yet recorded. */
  protected candidate(from: number, to: number, type: Candidate['type'], evidence: Evidence, extra: Partial<Candidate> = {}): Candidate {
    const start = this.tokens[from]!.start;
    const end = this.tokens[to - 1]!.end;
    const texts: string[] = [];
    const wordSpans: (readonly [number, number])[] = [];
    for (let k = from; k < to; k++) {
      const t = this.tokens[k]!;
      if (!t.word) continue;
      texts.push(t.text);
      wordSpans.push([t.start, t.end] as const);
    }
    const words = extra.words ?? texts;
    const candidate: Candidate = {
      unit: this.unit,
      from: start,
      to: end,
      text: this.unit.text.slice(start, end),
      type,
      evidence,
      words,
      wordSpans,
      givenNames: 0,
      roles: [],
      country: null,
      acronym: false,
      aliasOf: null,
      onlyKnown: this.titleCase,
      fallback: null,
      // the optional fields too, and `extra` written over them: every candidate has one shape (hidden class), whatever
      // `extra` holds, so the code reading candidates sees one
      entry: undefined,
      headOf: undefined,
      movement: undefined,
      commonTerm: undefined,
      kind: undefined,
      name: undefined,
      articleOnly: undefined,
      listedWith: undefined,
    };
    Object.assign(candidate, extra);
    return candidate;
  }

  /** A given name at token j, then a word of a name, and no name the lexicons know: a person's name starts there. */
  private personNameAt(j: number): boolean {
    return this.givenNameAt(j) && this.isNameWord(j + 1) && !this.knownAt(j);
  }

  /** Only a comma or a list's coordinator ("et", "ou") stands between candidates a and b, in that order. */
  protected listedNext(a: Candidate, b: Candidate): boolean {
    const between = this.unit.text.slice(a.to, b.from).trim();
    return between === ',' || this.locale.listCoordinators.has(between);
  }

  /** After an organisation head: ("de"|"du"|"des"|"de la"|"d’") + capitalised words [+ adjectives], repeated with "et". */
  protected complementWithNames(k: number): number {
    let end = k;
    for (;;) {
      let j = end;
      if (end > k && this.tokens[j]?.lower === 'et') j++;
      const links = this.ofLinks(j);
      j += links;
      if (links === 0 || !this.isCap(j)) break;
      // "le Parti travailliste de Keir Starmer": a person's name is not a complement of the body
      if (this.personNameAt(j)) break;
      // "l’Arc de Triomphe des Gilets jaunes": a movement, a plural noun and its colour, is no complement
      if (this.isWord(j + 1) && !this.tokens[j + 1]!.cap && this.locale.movementColours.has(this.tokens[j + 1]!.lower) && /[sx]$/.test(this.tokens[j]!.lower)) break;
      // ("le Ministère de l’Intérieur Gérard Collomb": nor a given name and a surname after the complement's name)
      const start = j;
      while (this.isCap(j) && !(j > start && this.personNameAt(j))) j++;
      // "de l’Union européenne": listed adjectives of bodies stay even when they are demonyms; "de la Défense russe" ends before "russe"
      while (this.isWord(j) && !this.tokens[j]!.cap && (this.locale.isOrganizationAdjective(this.tokens[j]!.lower) || (this.locale.isInstitutionalAdjective(this.tokens[j]!.lower) && this.demonymCode(j) === null))) j++;
      end = j;
    }
    return end;
  }

  /**
   * "Fondation Culture et Diversité", "Institut Sciences et Sociétés": "et" then one capitalised word that agrees in
   * number with the word before it and ends the name; returns the new end, \`j\` when none. Not a known name, nor a
   * given name ("Fondation Lumière et Paul Martin").
   */
  protected coordinatedCapital(j: number): number {
    const next = this.tokens[j + 1];
    if (this.tokens[j]?.lower !== 'et' || !next || !this.isNameWord(j + 1) || next.allCaps || this.isCap(j + 2) || this.knownAt(j + 1) || this.givenNameAt(j + 1)) return j;
    return /[sx]$/.test(this.tokens[j - 1]!.lower) === /[sx]$/.test(next.lower) ? j + 2 : j;
  }

  /**
   * "Direction des examens et concours": "et" then a bare lower-case noun that agrees in number with the noun before
   * it, closing the name (punctuation, a function word or a capital after it); returns the new end, \`j\` when none.
   */
  protected coordinatedNoun(j: number): number {
    const noun = this.tokens[j + 1];
    if (this.tokens[j]?.lower !== 'et' || !noun?.word || noun.cap || noun.text.length < 3 || this.locale.stopwords.has(noun.lower) || /\d/.test(noun.text)) return j;
    if (/[sx]$/.test(this.tokens[j - 1]!.lower) !== /[sx]$/.test(noun.lower)) return j;
    const end = this.adjectivesEnd(j + 2, true);
    const after = this.tokens[end];
    return !after?.word || after.cap || this.locale.stopwords.has(after.lower) ? end : j;
  }

  /** "des champions" in "Ligue des champions": one link and one lower-case noun (and adjectives) after a name head. */
  protected commonComplementEnd(k: number): number {
    const links = this.ofLinks(k);
    const j = k + links;
    const noun = this.tokens[j];
    // (a few common nouns among the stopwords may be it: "Médecins du monde", "Comité d’enquête"; not "au Sénat de la loi")
    if (links === 0 || !noun?.word || noun.cap || noun.text.length < 3 || (this.locale.stopwords.has(noun.lower) && !this.locale.nameComplementNouns.has(noun.lower)) || /\d/.test(noun.text)) return k;
    // "Mouvement des jeunes agriculteurs": an adjective written before its noun
    const after = this.tokens[j + 1];
    const lead = this.locale.prenominalAdjectives.has(noun.lower) || noun.lower === 'jeunes';
    let end = this.adjectivesEnd(lead && after?.word && !after.cap && after.text.length >= 4 && !this.locale.stopwords.has(after.lower) ? j + 2 : j + 1, true);
    // "des entreprises artistiques et culturelles": coordinated adjectives
    if (end > j + 1 && this.tokens[end]?.lower === 'et' && this.isWord(end + 1) && !this.tokens[end + 1]!.cap && this.locale.isInstitutionalAdjective(this.tokens[end + 1]!.lower) && this.demonymCode(end + 1) === null) end = this.adjectivesEnd(end + 1, true);
    return end;
  }

  /** "contre la faim", "sans frontières", "pour la paix" after a name: a preposition, maybe an article, a lower-case noun; returns the end. */
  protected prepositionalComplementEnd(k: number): number {
    if (!this.locale.nameComplementPrepositions.has(this.tokens[k]?.lower ?? '')) return k;
    const j = this.locale.articleForms.has(this.tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    const noun = this.tokens[j];
    // "le parti Alternative pour l’Allemagne": after "pour" and its article, a known place too
    const place = noun?.cap && j > k + 1 && this.locale.placeComplementPrepositions.has(this.tokens[k]!.lower) ? this.knownAt(j) : null;
    if (place && place.value.type === 'place') return place.end;
    if (!noun?.word || noun.cap || noun.text.length < 3 || (this.locale.stopwords.has(noun.lower) && !this.locale.commonNouns.has(noun.lower))) return k;
    return this.adjectivesEnd(j + 1, false);
  }

  /** Lower-case adjectives continuing an institutional name ("nationale", "constitutionnel"), demonyms too when `demonyms`. */
  protected adjectivesEnd(k: number, demonyms: boolean, byShape = true): number {
    let j = k;
    while (this.isWord(j) && !this.tokens[j]!.cap) {
      const lower = this.tokens[j]!.lower;
      const isDemonym = this.demonymCode(j) !== null;
      if ((this.locale.isOrganizationAdjective(lower) || (byShape && this.locale.isInstitutionalAdjective(lower))) && (!isDemonym || demonyms)) j++;
      else if (demonyms && isDemonym) j++;
      else break;
    }
    return j;
  }

  /** "1" in "Ligue 1", "14" in "le Top 14": a small number right after a name, not a day before a month. */
  protected divisionNumber(k: number): boolean {
    const n = this.tokens[k];
    return n !== undefined && n.word && /^\d{1,2}$/.test(n.text) && n.start === this.tokens[k - 1]!.end + 1 && !this.locale.months.has(this.tokens[k + 1]?.lower ?? '');
  }

  /** "près de X", "au large de X": a place is likely but a person possible ("près de Jean Dupont"). */
  protected afterProximity(i: number): boolean {
    let k = i - 1;
    while (k >= 0 && this.isLink(k) && i - k <= 2) k--;
    return /^(près|proximité|environs|alentours|abords|large)$/.test(this.tokens[k]?.lower ?? '');
  }

  /** "à X", "en X", "dans X": a preposition of place right before token i. */
  protected afterLocative(i: number): boolean {
    // "a déclaré à France Bleu": after a speech verb, "à" introduces who was spoken to
    if (this.tokens[i - 1]?.lower === 'à' && this.isWord(i - 2) && this.locale.speechVerbs.has(this.tokens[i - 2]!.lower)) return false;
    return /^(à|en|dans)$/.test(this.tokens[i - 1]?.lower ?? '');
  }

  /** "selon X", "d’après X". */
  protected attributedTo(i: number): boolean {
    const before = this.tokens[i - 1];
    if (!before?.word) return false;
    return this.locale.attributions.has(before.lower) || (before.lower === "d'" && this.tokens[i - 2]?.lower === 'après');
  }
}
