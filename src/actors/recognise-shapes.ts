/**
 * What a capitalised word that is neither in the lexicon nor a cued or given-name person is, from its
 * shape and context: acronyms and the names they start, capitalised articles, surname particles, and
 * finally a run of capitalised words read from what surrounds it (place noun, introducer, sentence
 * start, article, adjective, preposition, speech verb).
 */
import type { Candidate } from './candidate.js';
import { copyCandidate, isPlaceShaped } from './candidate.js';
import { OrganizationRules } from './recognise-organizations.js';
import { CARDINAL_REGION, CASE_NOUN, DEFINITE_ARTICLE, DEMONYM, DOCUMENT_NOUN, ELIDED_ARTICLE_SHAPE, EVENT_NOUN, FEMININE_ARTICLE, FOREIGN_ORGANIZATION_HEAD, GENERIC_CAPITALISED, GIVEN_NAME, MISC_INTRODUCER_HEAD, NAME_PARTICLE, ORGANIZATION_NAME_HEAD, PERIOD_NAME, PLANET_SHAPE, POSSESSIVE_SHAPE, ROAD_CODE, ROAD_SHAPE, romanInitial, STREET_HEAD, websiteSuffixCut, WORSHIP_BUILDING_HEAD } from './word-classes.js';
import { deferred } from '../text/unicode-domain.js';
import { withoutElision } from './tokens.js';

const ROMAN = /^(?:[IVXLC]{2,}|[IVX])$/;
const ROMAN_ORDINAL = /^(?:[IVXLC]{2,}|[IVX])(?:e|er|ère|ème|es)$/;

/**
 * A model's code: capitals and two to four digits ("A321", "CL-415", "RJ85"), a capital and one or two small letters,
 * a hyphen and digits ("Tu-154", "An-26", "Mi-8"), or three digits ("307", "737-500").
 */
const MODEL_CODE = deferred(String.raw`^(?:\p{Lu}{1,3}-?\d{2,4}\p{Lu}?|\p{Lu}\p{Ll}{1,2}-\d{1,4}\p{Lu}?|\d{3}(?:-\d{3})?)$`, 'u');
/** An English ordinal in figures: "21st", "20th", "3rd". */
const ENGLISH_ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
/** Whether a word holds a digit (a cheap test before the model's pattern). */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
/** A player's score in parentheses right after a name: "(5/7)", "(3 buts)", "(2 essais)". */
/** A capitalised word with a number glued to it: "Radio3", "Kanal24". */
const CHANNEL_NUMBER = /^\p{Lu}\p{Ll}{2,}\d{1,3}$/u;
const SCORE_AFTER = /^\s?\(\s?\d{1,3}\s?(?:\/\s?\d{1,3}|buts?|essais?|points?|pts)\s?\)/u;


export class ShapeRules extends OrganizationRules {
  /** Acronyms, names built around one, capitalised articles and particles, then the run of capitalised words at i. */
  /** "la XXXIe édition", "la XXXI e olympiade", "la VIe République": a Roman ordinal is a number, never a name; returns its end, 0 when none. */
  protected romanOrdinal(i: number): number {
    const t = this.tokens[i]!;
    if (!romanInitial(t.text)) return 0; // (both patterns open on a roman digit)
    if (ROMAN_ORDINAL.test(t.text)) return i + 1;
    const suffix = this.tokens[i + 1];
    return ROMAN.test(t.text) && suffix?.word && /^(?:e|er|ère|ème|es)$/.test(suffix.text) ? i + 2 : 0;
  }

  /**
   * "WASP-39b", "Kepler-452b", "GJ 1132 b": a survey's or a catalogue's name, a number and a planet's letter (b to h) name
   * an exoplanet, an astronomical body; returns the end, 0 when none.
   */
  protected astronomicalDesignation(i: number): number {
    const t = this.tokens[i]!;
    const last = t.text.charCodeAt(t.text.length - 1);
    let end = 0;
    if (last >= 0x62 && last <= 0x68 && (this.classes[i]! & PLANET_SHAPE) !== 0) end = i + 1;
    else if (t.allCaps && /^\d{2,7}$/.test(this.tokens[i + 1]?.text ?? '') && /^[b-h]$/.test(this.tokens[i + 2]?.text ?? '') && !this.isNameWord(i + 3)) end = i + 3;
    if (end) this.push(i, end, 'misc', 'pattern', { kind: 'astronomical' });
    return end;
  }

  protected byShape(i: number): number {
    // (the fields every rule below reads, held in locals: a property read each is dear in the baseline tier)
    const locale = this.locale;
    const tokens = this.tokens;
    const t = tokens[i]!;
    // (the word's own memberships, from its class)
    const classes = this.classes[i]!;
    if ((classes & WORSHIP_BUILDING_HEAD) !== 0 && this.isNameWord(i + 1) && this.saintCompound(tokens[i + 1]!.lower) && /^\p{Lu}\p{Ll}+-\p{Lu}/u.test(tokens[i + 1]!.text) && !this.isNameWord(i + 2)) {
      // "l’Église Sainte-Anne": a church named by its saint is the building, a place (the head outside, as in lower case)
      this.push(i + 1, i + 2, 'place', 'pattern');
      return i + 2;
    }
    const named = (classes & ORGANIZATION_NAME_HEAD) !== 0 ? this.organizationFromNameHead(i) : 0;
    if (named) return named;
    // "l’aide de l’État", "le budget de la Région", "les droits de l’Homme": a common noun with a capital, alone, names no body
    if ((classes & GENERIC_CAPITALISED) !== 0 && !this.isNameWord(i + 1) && this.adjectivesEnd(i + 1, true) === i + 1 && this.ofLinks(i + 1) === 0) return i + 1;
    // "au début du Cambrien", "la fin du Paléolithique supérieur": a geological or prehistoric period is a time, no actor
    if ((classes & PERIOD_NAME) !== 0) return this.adjectivesEnd(i + 1, false);
    const contest = this.championshipName(i);
    if (contest) return contest;
    // (not "Airlines for Europe (A4E)": an acronym in capitals between parentheses)
    const road = (classes & ROAD_SHAPE) !== 0 && !this.isCap(i - 1) && !(t.allCaps && tokens[i - 1]?.text === '(');
    if (road && this.modelCodeAt(i)) {
      // "du type A350", "les familles A320 et A340": a model, a product
      this.push(i, i + 1, 'misc', 'pattern', { kind: 'product' });
      return i + 1;
    }
    // "en D1", "la reprise de la D2": a sports division, no name
    if (road && /^D[1-3]$/.test(t.text)) return i + 1;
    if (road) {
      // not "Airbus A320": after a name, a model
      // "l’A64", "la N7", "l’A41N" (its northern branch), "la RN125": a road (before the acronyms: "RN125", "A41N" are
      // written in capitals)
      this.push(i, i + 1, 'place', 'pattern');
      return i + 1;
    }
    const placeAfter = t.allCaps && t.text.length <= 4 ? this.knownAt(i + 1) : null;
    if (placeAfter && placeAfter.value.type === 'place' && !locale.nonEntityAcronyms.has(t.lower) && !this.knownAt(i)) {
      // "RC Lens", "AS Monaco", "OGC Nice", "ASM Clermont Auvergne": a club's initials before its town (and region)
      let end = placeAfter.end;
      while (end < placeAfter.end + 2 && this.isNameWord(end) && !this.givenNameAt(end)) end++;
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    // (not "la députée LREM Jeanne Roux", where the role names the person after the acronym)
    if (t.allCaps && this.isNameWord(i + 1) && !tokens[i + 1]!.allCaps && !t.text.includes('.') && this.knownAt(i + 1)?.value.type !== 'place' && !locale.nonEntityAcronyms.has(t.lower) && !locale.roleNouns.has(t.lower) && !this.roleBefore.has(i + 1)) {
      // "BNP Paribas", "AI Act": an acronym inside a name; such a name is not a person
      let end = i + 1;
      while (end < tokens.length && end - i < 5 && (this.isNameWord(end) || tokens[end]!.allCaps)) end++;
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    if (t.allCaps && /^(?:XV|XIII|VII)$/.test(t.text) && /^(le|du|au)$/.test(tokens[i - 1]?.lower ?? '')) {
      // "le XV de France", "du XIII d’Angleterre": a national team, named by its number of players and its country
      const links = this.ofLinks(i + 1);
      const country = links ? this.knownAt(i + 1 + links) : null;
      if (country && country.value.type === 'place' && this.lexicons.countryWords.has(tokens[i + 1 + links]!.text)) {
        this.push(i, country.end, 'organization', 'pattern');
        return country.end;
      }
    }
    if (t.allCaps) {
      // "J.D" cut from its name by a sentence break is an initial, not an acronym; "CSO-3", "F-35" are models
      // "une plainte contre X", "les rayons X": one capital letter alone names no body
      if (t.text.length === 1 || locale.nonEntityAcronyms.has(t.lower) || this.allCapsUnit() || t.text.includes('.') || /^\p{Lu}+-\d+$/u.test(t.text)) return i + 1;
      // "un AVC", "des CRS", "deux VTT": a counted acronym is a common noun
      if (this.isWord(i - 1) && (locale.countingWords.has(tokens[i - 1]!.lower) || /^\d+$/.test(tokens[i - 1]!.text))) return i + 1;
      if (this.modelAfterNoun(i) || this.acronymAfterNoun(i)) return i + 1;
      const plain = (k: number) => this.isWord(k) && tokens[k]!.allCaps && !tokens[k]!.text.includes('.') && !locale.nonEntityAcronyms.has(tokens[k]!.lower) && !this.knownAt(k);
      if (plain(i + 1) && tokens[i + 1]!.start === t.end + 1) {
        // "CMA CGM": two unknown acronyms in a row are one name
        let end = i + 2;
        while (end < i + 3 && plain(end)) end++;
        this.push(i, end, 'organization', 'pattern');
        return end;
      }
      const links = this.ofLinks(i + 1);
      const where = links ? this.knownAt(i + 1 + links) : null;
      // (not "le maire UDI de Vincennes": after a role, the acronym is the holder's party and the place the role's seat)
      if (where && where.value.type === 'place' && !this.isNameWord(where.end) && !locale.roleNouns.has(tokens[i - 1]?.lower ?? '')) {
        // "CHU de Toulouse", "IEP de Paris": an unknown acronym with its town is one institution
        this.push(i, where.end, 'organization', 'pattern');
        return where.end;
      }
      this.settleBeforeParentheses(i);
      const full = this.nameSpelledOut(i);
      if (this.commonTerm === i || (!full && this.commonTermAcronym(i))) {
        // (an unknown reading kept for the document: the term's other mentions are no body either)
        this.push(i, i + 1, 'unknown', 'pattern', { acronym: true, onlyKnown: true, commonTerm: true });
        return i + 1;
      }
      const c = this.push(i, i + 1, 'organization', 'pattern', { acronym: true });
      c.aliasOf = full ?? this.organizationBeforeParentheses(i);
      const after = c.aliasOf ? null : this.nameSpelledAfter(i);
      if (after) {
        c.aliasOf = after.name;
        return after.close;
      }
      return i + 1;
    }
    if (t.text.includes('-') && t.text.split('-').some((part) => part.length >= 2 && /^\p{Lu}+$/u.test(part)) && t.text.split('-').every((part) => /^\p{Lu}/u.test(part))) {
      // "Fiom-CGIL", "Sgen-CFDT": a hyphenated name with an acronym part is a union's or a company's
      this.push(i, i + 1, 'organization', 'pattern');
      return i + 1;
    }
    if ((classes & POSSESSIVE_SHAPE) !== 0) {
      // "Moody’s", "McDonald’s": an English possessive names a company
      this.push(i, i + 1, 'organization', 'pattern');
      return i + 1;
    }
    if (locale.isMixedAcronym(t.text) && (classes & GIVEN_NAME) === 0) {
      // "AfD", "MoDem": capitals inside a short word make an acronym-like name; not after a number, a unit ("113 GWh")
      if (this.isWord(i - 1) && /^\d+(?:[.,]\d+)?$/.test(tokens[i - 1]!.text)) return i + 1;
      this.push(i, i + 1, 'organization', 'pattern');
      return i + 1;
    }
    const work = this.workTitle(i);
    if (work) return work;
    if ((classes & ELIDED_ARTICLE_SHAPE) !== 0) {
      // "L’Équipe", "L’Oréal": a title with its article inside a sentence
      this.push(i, i + 1, 'organization', 'pattern');
      return i + 1;
    }
    if ((classes & DEFINITE_ARTICLE) !== 0 && !this.sentenceInitial(i) && !this.titleCase && this.isNameWord(i + 1) && this.isNameWord(i + 2)) {
      // "à La Défense Arena", "dans Le Journal du dimanche": an article written with a capital belongs to the name
      let end = i + 1;
      while (end < tokens.length && end - i < 6 && this.isNameWord(end)) end++;
      end = this.complementWithNames(end);
      this.push(i, end, this.afterPlaceHead(i) || tokens[i - 1]?.lower === 'à' ? 'place' : 'organization', 'pattern');
      return end;
    }
    if ((classes & FEMININE_ARTICLE) !== 0 && this.sentenceInitial(i) && ROAD_CODE.test(tokens[i + 1]?.text ?? '') && !/^D[1-3]$/.test(tokens[i + 1]!.text) && !this.modelCodeAt(i + 1) && !this.isNameWord(i + 2)) {
      // "La N7 est coupée", "L’A64 reste fermée": a road's code after the feminine article that opens the sentence (a road
      // is feminine; not "Le A320", a model)
      this.push(i + 1, i + 2, 'place', 'pattern');
      return i + 2;
    }
    if ((classes & NAME_PARTICLE) !== 0 && this.isSurnameParticle(i)) {
      // "Le Pen", "De Gaulle" without a given name: a surname, person only if the text names one;
      // opening a sentence, "Le Hamas" is more likely an article and a name
      // opening a sentence, a speech verb alone does not make "Le Kremlin a réagi" a person: the article reading stays
      // unless the text names a person so ("Marine Le Pen … Le Pen a répondu")
      const strong = this.honorificBefore(i) || this.roleBefore.has(i);
      const cue = strong || ((this.speechCue(i, i + 2) || this.featCue(i + 2)) && !((classes & DEFINITE_ARTICLE) !== 0 && this.sentenceInitial(i)));
      // inside a sentence, "Le Pacte", "La Voix du Nord" are titles when no person bears the name
      const article = (classes & DEFINITE_ARTICLE) !== 0;
      const initial = this.sentenceInitial(i);
      const titled = article && !initial && !this.titleCase && !this.opensQuotation(i) && !this.compoundAfter(i + 2) ? this.complementWithNames(i + 2) : i + 2;
      if (titled > i + 2) {
        // "selon La Voix du Nord": an article written with a capital and a complement make a title, not a surname
        this.push(i, titled, 'organization', 'pattern');
        return titled;
      }
      let fallback: Candidate | null = null;
      if (this.compoundAfter(i + 2) || this.opensQuotation(i) || this.titleCase) fallback = null;
      else if (!cue && article && initial) fallback = this.candidate(i + 1, this.divisionNumber(i + 2) ? i + 3 : this.complementWithNames(this.adjectivesEnd(i + 2, false)), 'organization', 'pattern');
      else if (!cue && article) {
        // "Le Dauphiné libéré", "Le Canard enchaîné": one adjective or participle may end the title
        const next = tokens[i + 2];
        const adjective = next?.word && !next.cap && next.text.length >= 4 && !locale.stopwords.has(next.lower) && (/ée?s?$/u.test(next.lower) || locale.isInstitutionalAdjective(next.lower));
        // "à La Valette", "La Capelette (Lot)", "entre Figeac et Le Lioran": a place where the text says where
        // (not "dans Les Fruits sauvages", a work)
        const where = this.afterPlaceHead(i) || locale.townPrepositions.has(tokens[i - 1]?.lower ?? '') || this.placeApposition(i + 2) || this.listedAfterPlace(i);
        fallback = this.candidate(i, this.complementWithNames(adjective ? i + 3 : i + 2), where ? 'place' : 'organization', 'pattern');
      }
      this.push(i, i + 2, cue ? 'person' : 'unknown', cue ? 'cue' : 'single', { onlyKnown: !cue, fallback });
      return fallback && fallback.to > tokens[i + 1]!.end ? this.tokenAfter(fallback.to) : i + 2;
    }
    if ((classes & CARDINAL_REGION) !== 0 && ((locale.regionalCardinals.has(t.lower) && this.afterArticle(i) && !this.isCap(i + 1) && this.ofLinks(i + 1) === 0) || this.inParenthesesAfterPlace(i, i + 1))) {
      // "le Nord": a region; "Lille (Nord)": the region a place is in; not "le Nord de l’Italie", "dans l’Ouest du
      // pays", a part of another place; not "vers l’Est", "l’Ouest" alone, a direction or a bloc
      this.push(i, i + 1, 'place', 'pattern');
      return i + 1;
    }
    if (!this.isNameWord(i) && t.cap && !t.allCaps && !this.titleCase && !this.sentenceInitial(i) && (classes & ORGANIZATION_NAME_HEAD) !== 0 && /^(le|du|au|l')$/.test(tokens[i - 1]?.lower ?? '') && !this.isCap(i + 1) && this.adjectivesEnd(i + 1, true) === i + 1 && this.ofLinks(i + 1) === 0) {
      // "sans vote au Parlement": a body's head, a common word, written with its capital inside a sentence names the body
      this.push(i, i + 1, 'organization', 'pattern');
      return i + 1;
    }
    if (!this.isNameWord(i)) return i + 1;
    return this.capitalisedRun(i);
  }

  /**
   * "l’album Nuit blanche", "la sonde Juno", "le télescope spatial James Webb", "la loi ELAN": after a noun for a work, a
   * product or a text, the name is a `misc` of that kind; returns the index to continue from, 0 when none.
   */
  protected miscAfterIntroducer(i: number): number {
    if (this.tokens[i]!.cap) return 0;
    const n = this.phraseAt(i, this.locale.miscIntroducers);
    if (n === 0) return 0;
    const kind = this.miscKindAt(i, n)!;
    const plural = /[sx]$/.test(this.tokens[i + n - 1]!.lower);
    // "le fabricant de satellites X", "un éditeur de logiciels X": after a bare "de", a plural noun says what X makes
    if (plural && this.locale.deForms.has(this.tokens[i - 1]?.lower ?? '')) return 0;
    let from = this.adjectivesEnd(i + n, true);
    // "la constellation du Toucan": some nouns take their name after "de"
    if (n === 1 && from === i + 1 && this.locale.miscIntroducersWithLink.has(this.tokens[i]!.lower)) from += this.ofLinks(from);
    const quoted = this.tokens[from]?.text === '«' || this.tokens[from]?.text === '“';
    if (quoted) from++;
    const t = this.tokens[from];
    if (!t?.word || !t.cap || this.locale.stopwords.has(t.lower) && !this.isCap(from + 1)) return 0;
    const known = this.knownAt(from);
    // ("la sonde Rosalie", "la frégate Normandie": a craft named after a place is the craft)
    if (known && known.value.type !== 'misc' && !(known.value.type === 'place' && kind === 'product' && !plural)) return 0;
    // a person after the noun is its author or its namesake ("le film de X" has its "de"; "le robot Marcel Dupont" is rare)
    // ("le navigateur Paul Le Bihan": a product's noun that is also a role gives the person's role)
    if (this.givenNameAt(from) && (this.isNameWord(from + 1) || this.isSurnameParticle(from + 1)) && (kind !== 'product' || this.roleBefore.has(from))) return 0;
    let end = from;
    while (end < this.tokens.length && end - from < 6 && this.isWord(end) && (this.tokens[end]!.cap || (end > from && /^\d+$/.test(this.tokens[end]!.text) && this.tokens[end]!.start === this.tokens[end - 1]!.end + 1))) end++;
    if (end === from) return 0;
    // "l’opération « Bouclier de l’Euphrate »": a quoted name runs to its closing quote
    if (quoted) end = this.quotedNameEnd(end);
    this.push(from, end, 'misc', 'pattern', { kind });
    // "les télescopes Hubble et Spitzer", "les instruments X, Y et Z": after a plural noun, each name of the list
    return plural ? this.listedAfterIntroducer(end, kind) : end;
  }

  /** From token k inside a quoted name: the end of the name before its closing quote, a few words on, or k when none. */
  private quotedNameEnd(k: number): number {
    for (let j = k; j < k + 6 && j < this.tokens.length; j++) {
      const t = this.tokens[j]!;
      if (t.text === '»' || t.text === '”') return j;
      if (!t.word) return k;
    }
    return k;
  }

  /** The kind of the misc introducer of n tokens at token i ("product" for "la sonde"), undefined when there is none. */
  private miscKindAt(i: number, n: number): string | undefined {
    return this.locale.miscIntroducers.get(this.tokens.slice(i, i + n).map((t) => t.lower).join(' ').replace(/' /g, "'"));
  }

  /** The names listed with commas and "et" from token k, each one capitalised word or a few, after a plural introducer; returns the list's end. */
  private listedAfterIntroducer(k: number, kind: string): number {
    let end = k;
    while (end < this.tokens.length && this.listMarkAt(end)) {
      const from = end + 1;
      const t = this.tokens[from];
      if (!t?.word || !t.cap || this.locale.stopwords.has(t.lower) || this.sentenceInitial(from)) break;
      const known = this.knownAt(from);
      if (known && known.value.type !== 'misc') break;
      let to = from;
      while (to < this.tokens.length && to - from < 4 && this.isWord(to) && this.tokens[to]!.cap) to++;
      this.push(from, to, 'misc', 'pattern', { kind });
      end = to;
      if (this.tokens[from - 1]!.lower === 'et') break;
    }
    return end;
  }

  /** "les Gilets jaunes", "les Bonnets rouges": a capitalised plural noun and a colour name a movement; returns its end, 0 when none. */
  protected movementName(i: number): number {
    const t = this.tokens[i];
    const colour = this.tokens[i + 1];
    if (!t?.word || !t.cap || !colour?.word || colour.cap) return 0;
    // (the pattern asked only of a word that ends in "s" or "x", as its match must: most capitals do not)
    const last = t.text.charCodeAt(t.text.length - 1);
    if (!((last === 0x73 || last === 0x78) && /\p{Ll}[sx]$/u.test(t.text))) {
      // "un Gilet jaune", "Marc Dubois, Gilet jaune de Nantes": one member of the movement, no body (not "la Maison blanche")
      const k = this.tokenAt(i - 1)?.lower;
      const member = (k === 'un' || k === 'une' || k === ',') && !/[sx]$/.test(t.lower) && this.locale.movementColours.has(`${colour.lower}s`) && !this.locale.demonyms.has(t.lower);
      return member ? i + 2 : 0;
    }
    if (!this.locale.movementColours.has(colour.lower)) return 0;
    // "les Casques bleus": soldiers, no movement; the two words name nothing
    if (this.locale.colouredCommonNouns.has(`${t.lower} ${colour.lower}`)) return i + 2;
    // "Les Gilets jaunes" opening a sentence: the article is not a name word
    const before = this.isCap(i - 1) && !(this.sentenceInitial(i - 1) && this.locale.definiteArticles.has(this.tokens[i - 1]!.lower));
    if (before || this.locale.demonyms.has(t.lower)) return 0;
    this.push(i, i + 2, 'organization', 'pattern', { movement: true });
    return i + 2;
  }

  /** "3" in "Toy Story 3": a one-digit number right after a name, not a day before a month nor a count before a noun. */
  private sequelNumber(k: number): boolean {
    const n = this.tokens[k];
    const next = this.tokens[k + 1];
    return n !== undefined && n.word && /^\d$/.test(n.text) && n.start === this.tokens[k - 1]!.end + 1 && !this.locale.months.has(next?.lower ?? '') && !(next?.word && !next.cap && /^\p{Ll}/u.test(next.text) && !this.locale.stopwords.has(next.lower));
  }

  /**
   * "les Jeux olympiques de Rio 2016", "les championnats d’Europe de triathlon", "aux Masters de Monte-Carlo": a
   * competition named after the place that holds it is an event, and that place is part of its name, no place mention;
   * returns the index to continue from, 0 when none.
   */
  protected contestAtPlace(i: number): number {
    if (!this.locale.placeContests.has(this.tokens[i]!.lower)) return 0;
    // "l’Ironman Danemark", "Marathon Lisbonne": a capitalised contest's word right before a known place
    const bare = this.tokens[i]!.cap && this.ofLinks(i + 1) === 0 ? this.knownAt(i + 1) : null;
    if (bare && bare.value.type === 'place' && !this.isNameWord(bare.end)) {
      const end = /^(?:19|20)\d\d$/.test(this.tokens[bare.end]?.text ?? '') ? bare.end + 1 : bare.end;
      this.push(i, end, 'misc', 'pattern', { kind: 'event' });
      return end;
    }
    // "olympiques", "du monde", "d’hiver": adjectives and a common complement before the place
    // ("les Jeux Olympiques de X": the adjective written with a capital too)
    const capitalAdjective = this.tokens[i]!.cap && this.isCap(i + 1) && !this.tokens[i + 1]!.allCaps && !this.knownAt(i + 1) && this.demonymCode(i + 1) === null && (this.locale.isOrganizationAdjective(this.tokens[i + 1]!.lower) || this.locale.isInstitutionalAdjective(this.tokens[i + 1]!.lower));
    let j = this.adjectivesEnd(capitalAdjective ? i + 2 : i + 1, false);
    if (!this.isCap(j + this.ofLinks(j))) j = this.commonComplementEnd(j);
    const links = this.ofLinks(j);
    const at = j + links;
    if (links === 0 || !this.isCap(at)) return 0;
    const place = this.knownAt(at);
    // not "les Jeux olympiques du Français Marc Dubois": a nationality or a given name opens a person's name
    if (place ? place.value.type !== 'place' : !this.isNameWord(at) || this.givenNameAt(at) || this.locale.demonyms.has(this.tokens[at]!.lower)) return 0;
    let end = place ? place.end : at + 1;
    while (!place && end < at + 4 && this.isNameWord(end)) end++;
    // the edition's year: "Jeux olympiques de Rio 2016"
    if (/^(?:19|20)\d\d$/.test(this.tokens[end]?.text ?? '')) end++;
    this.push(i, end, 'misc', 'pattern', { kind: 'event' });
    return end;
  }

  /**
   * "Dreuz.info", "Le Monde.fr", "Breizh-info", "Normandie-actu": a capitalised name with a web domain or a news word
   * glued to it names a website or a medium; returns its end, 0 when none.
   */
  protected websiteName(i: number): number {
    const t = this.tokens[i]!;
    if (!t.cap || t.allCaps || websiteSuffixCut(t.text, this.locale) < 0) return 0;
    const dot = t.text.lastIndexOf('.');
    // "Le Monde.fr": a title's article belongs to it
    const article = this.tokens[i - 1];
    const from = article?.cap && this.locale.definiteArticles.has(article.lower) && article.end + 1 === t.start && dot > 0 ? i - 1 : i;
    this.push(from, i + 1, 'organization', 'pattern');
    return i + 1;
  }

  /**
   * "un Airbus A321", "des Canadair CL-415", "un Boeing 737-500", "une Peugeot 307": a maker's name and a model's code name
   * a product (misc), not the maker; returns the end, 0 when none. Not "France 24" (two digits alone).
   */
  protected modelName(i: number): number {
    if (!this.tokens[i]!.cap) return 0;
    let end = i + 1;
    while (end < i + 3 && this.tokens[end]?.cap && !hasDigit(this.tokens[end]!.text)) end++;
    const code = this.tokens[end];
    if (!code?.word || !hasDigit(code.text) || !MODEL_CODE.test(code.text) || code.start !== this.tokens[end - 1]!.end + 1 || this.isNameWord(i - 1)) return 0;
    // not "la RN 205": a road's letters and its number
    if (end === i + 1 && this.tokens[i]!.allCaps && this.tokens[i]!.text.length <= 2) return 0;
    for (let k = i; k < end; k++) if (!this.isNameWord(k)) return 0;
    this.push(i, end + 1, 'misc', 'pattern', { kind: 'product' });
    return end + 1;
  }

  /**
   * "Skate Canada 2018", "la Golden Spin 2018", "WTS 2016": a name written with the year of its edition names the
   * event (misc), not a body, a place or a person; returns its end, 0 when none. Not a month ("Mars 2016"), nor the place
   * of a sports title with the year it was won ("champion d’Europe 2011").
   */
  protected yearEdition(i: number): number {
    if (!this.tokens[i]!.cap) return 0;
    // (the cheap test first: a year right after a few capitalised words)
    let end = i + 1;
    while (end < i + 4 && this.tokens[end]?.cap) end++;
    const year = this.tokens[end];
    if (!year?.word || year.text.length !== 4 || !/^(?:19|20)\d\d$/.test(year.text) || year.start !== this.tokens[end - 1]!.end + 1 || this.isNameWord(i - 1)) return 0;
    for (let k = i; k < end; k++) if (!this.isNameWord(k) || this.locale.months.has(this.tokens[k]!.lower)) return 0;
    if (this.championOf(i) && this.knownAt(i)?.value.type === 'place') return 0;
    this.push(i, end + 1, 'misc', 'pattern', { kind: 'event' });
    return end + 1;
  }

  /**
   * "le championnat du monde d’Ironman", "championne d’Europe de Xterra", "le multiple champion d’Ironman": after a
   * championship or a sports title, its scope and "de", an unknown name is the competition's (an event), no body;
   * returns its end, 0 when none. Not "champion de France" (a known place), nor an acronym ("le championnat de la NBA").
   */
  protected championshipName(i: number): number {
    const t = this.tokens[i]!;
    if (!t.cap || t.allCaps || !this.locale.deForms.has(this.tokenAt(i - 1)?.lower ?? '') || this.knownAt(i)) return 0;
    let k = i - 2;
    const scope = this.tokens[k];
    // the scope: "du monde", "olympique", "d’Europe" (a known place)
    if (scope?.word && this.locale.sportsTitleComplements.has(scope.lower)) k -= this.tokens[k - 1]?.lower === 'du' ? 2 : 1;
    else if (scope?.cap && this.knownAt(k)?.value.type === 'place' && this.locale.deForms.has(this.tokens[k - 1]?.lower ?? '')) k -= 2;
    const head = this.tokens[k];
    if (!head?.word || head.cap || !(this.locale.championshipNouns.has(head.lower) || this.locale.sportsTitles.has(head.lower))) return 0;
    let end = i + 1;
    // (not the holder named after it: "la championne du monde d’Ironman Léa Marchal")
    while (end < i + 4 && this.isNameWord(end) && !this.tokens[end]!.allCaps && !this.givenNameAt(end)) end++;
    this.push(i, end, 'misc', 'pattern', { kind: 'event' });
    return end;
  }

  /**
   * "au cinéma dans Les Fruits amers, L’Orage du soir", "réalisant notamment Le Chant des rivières": in a sentence that
   * speaks of works, a title opening on its article (written with a capital, inside the sentence) after a list's comma or
   * a word that introduces it is a work (misc), not a body; it runs to the next comma, coordinator or parenthesis, or to
   * "de" and its author's given name. Returns its end, 0 when none; not a known name ("Le Monde").
   */
  protected workTitle(i: number): number {
    const t = this.tokens[i]!;
    const elided = (this.classes[i]! & ELIDED_ARTICLE_SHAPE) !== 0;
    if (!elided && !(t.cap && (this.locale.definiteArticles.has(t.lower) || t.text === 'The') && this.isNameWord(i + 1))) return 0;
    const before = this.tokens[i - 1];
    if (!before || this.titleCase || this.sentenceInitial(i) || !(before.text === ',' || before.text === '«' || before.text === '“' || (before.word && !before.cap && this.locale.workTitleOpeners.has(before.lower)))) return 0;
    if (this.knownAt(i) || (!elided && (this.knownAt(i + 1) || this.locale.isKnownSurname(this.tokens[i + 1]!.text)))) return 0;
    // the sentence speaks of works: a cue word before the title, back to the sentence's start, or the title's own noun
    // ("lors de L’Émission politique")
    let cue = this.locale.workCues.has(elided ? t.lower.slice(2) : this.tokens[i + 1]!.lower);
    for (let k = i - 2; k >= 0 && i - k <= 60 && !cue; k--) {
      const w = this.tokens[k]!;
      if (!w.word && /^[.!?]$/.test(w.text)) break;
      cue = w.word && this.locale.workCues.has(w.lower);
    }
    if (!cue) return 0;
    let end = i + 1;
    while (end < this.tokens.length && end - i < 8 && this.tokens[end]!.word) {
      const w = this.tokens[end]!;
      if (this.locale.listCoordinators.has(w.lower) || (this.locale.deForms.has(w.lower) && this.givenNameAt(end + 1))) break;
      // "La Vie rêvée du facteur Marcel P.": a person named inside ends the title
      if (w.cap && this.givenNameAt(end) && (this.isNameWord(end + 1) || this.isInitial(end + 1))) break;
      end++;
    }
    this.push(i, end, 'misc', 'pattern', { kind: 'work' });
    return end;
  }

  /** "Tony Awards", "Finlandia Trophy": a run of capitalised words with an event's word in it names an event; returns its end, 0 when none. */
  protected eventName(i: number): number {
    // (the cheap test first: an event's word among the capitalised words after the first; most runs hold none)
    let cue = false;
    for (let k = i + 1; k < i + 6 && !cue; k++) {
      const t = this.tokens[k];
      if (!t?.word || !t.cap) break;
      cue = this.locale.eventWords.has(t.lower);
    }
    if (!cue) return 0;
    let end = i;
    let event = false;
    while (end < this.tokens.length && end - i < 6 && this.isNameWord(end)) {
      if (end > i && this.locale.eventWords.has(this.tokens[end]!.lower)) event = true;
      end++;
    }
    if (!event) return 0;
    this.push(i, end, 'misc', 'pattern', { kind: 'event' });
    return end;
  }

  /** The name [i, end) stands alone in parentheses right after a place: "l’A63 (Castets)". */
  protected inParenthesesAfterPlace(i: number, end: number): boolean {
    if (this.tokens[i - 1]?.text !== '(' || this.tokens[end]?.text !== ')') return false;
    const last = this.candidates.at(-1);
    return last?.type === 'place' && last.to === this.tokens[i - 2]?.end;
  }

  /** "en direction du Trocadéro", "en direction de la Bastille": the name at token i, after its article, is where one goes. */
  private inDirectionOf(i: number): boolean {
    // "du", "des" (a "de" and an article in one word); "de la", "de l’"
    const before = this.tokens[i - 1]!.lower;
    const k = this.locale.ofForms.has(before) && !this.locale.deForms.has(before) ? i - 2 : this.locale.deForms.has(this.tokens[i - 2]?.lower ?? '') ? i - 3 : -1;
    return k > 0 && this.locale.towardsPhrases.has(`${this.tokens[k - 1]!.lower} ${this.tokens[k]!.lower}`);
  }

  /** The name at token i follows a list's coordinator right after a place: "Figeac et X". */
  private listedAfterPlace(i: number): boolean {
    const link = this.tokens[i - 1];
    const last = this.candidates.at(-1);
    return !!link?.word && this.locale.listCoordinators.has(link.lower) && last?.type === 'place' && last.to === this.tokens[i - 2]?.end;
  }

  /** The name at token i follows ", " or "et" after a person and a parenthesis: "Paul Roux (Occitanie), X". */
  private listedAfterPerson(i: number): boolean {
    if (!(this.tokens[i - 1]?.text === ',' || this.tokens[i - 1]?.lower === 'et') || this.tokens[i - 2]?.text !== ')') return false;
    let open = i - 3;
    while (open > i - 8 && open > 0 && this.tokens[open]!.text !== '(') open--;
    if (this.tokens[open]?.text !== '(') return false;
    const end = this.tokens[open - 1]?.end;
    return this.candidates.some((c) => c.type === 'person' && c.to === end);
  }

  /**
   * "un homme de 39 ans, Zorvan Ali Durmaz, …", "a déclaré Zorvan Ali Durmaz": one capitalised word the lexicons do not
   * know, after a comma, a colon or a speech verb, right before a given name and a surname, is a first given name too
   * (not a known name, a noun, a title, an acronym).
   */
  private unknownGivenNameAt(i: number, end: number): boolean {
    const before = this.tokens[i - 1];
    if (end !== i + 1 || !before || !(/^[,:]$/.test(before.text) || (before.word && this.locale.speechVerbs.has(before.lower)))) return false;
    const t = this.tokens[i]!;
    const lower = t.lower;
    return !t.allCaps && !this.knownAt(i) && !this.locale.commonNouns.has(lower) && !this.locale.roleNouns.has(lower) && !this.locale.organizationNameHeads.has(lower) && !this.locale.demonyms.has(lower) && !this.locale.stopwords.has(lower) && !this.locale.genericCapitalised.has(lower);
  }

  /** A run of capitalised words at the name word i, read from its context. */
  protected capitalisedRun(i: number): number {
    // (the fields every rule below reads, held in locals: a property read each is dear in the baseline tier)
    const locale = this.locale;
    const tokens = this.tokens;
    const t = tokens[i]!;
    // (the word's own memberships, from its class)
    const classes = this.classes[i]!;
    // "la Polonaise Iga Swiatek", "l’Italien Jannik Sinner": a national before a name is not part of it
    // ("aux Britanniques Marsh, Lenoir et Vidal": after a contracted article too)
    if ((classes & DEMONYM) !== 0 && (this.isDeterminer(i - 1) || locale.contractedArticles.has(tokens[i - 1]?.lower ?? '')) && this.isNameWord(i + 1)) return i + 1;
    // "Affaire Marsh : …": the capitalised noun of a case stays out of the name after it
    if ((classes & CASE_NOUN) !== 0 && this.isNameWord(i + 1)) return i + 1;
    // a run of capitalised words, cut before a given name that starts another name
    // "Federal Bureau of Investigation", "British Academy of Film and Television Arts": an English link word between
    // capitalised words keeps the run going
    let end = i;
    let longest = 5;
    // "Harakat Nour al-Din al-Zenki": after a word that opens a movement's name, a given name does not start a person's
    const movement = (classes & FOREIGN_ORGANIZATION_HEAD) !== 0;
    for (;;) {
      if (end > i && end - i < 8 && this.isWord(end) && locale.foreignNameLinks.has(tokens[end]!.text) && this.isNameWord(end + 1)) {
        longest = 9;
        end++;
        continue;
      }
      if (!(end < tokens.length && (this.isNameWord(end) || this.isJoinedParticle(end)) && end - i < longest)) break;
      if (end > i && !movement && this.givenNameAt(end) && this.isNameWord(end + 1) && !this.givenNameAt(end - 1) && !this.unknownGivenNameAt(i, end)) break;
      end++;
    }
    // "Joost Van Dam": one unknown word, then a capitalised particle and a surname, is a full name
    if (end === i + 1 && !this.knownAt(i) && this.isSurnameParticle(end) && !this.sentenceInitial(i)) end += 2;
    // "Kauê da Silveira", "Joost van Dam": one unknown word, a foreign lower-case particle and a surname
    else if (end === i + 1 && !this.knownAt(i) && locale.foreignParticles.has(tokens[end]?.lower ?? '') && this.isNameWord(end + 1) && !this.knownAt(end + 1)) end += 2;
    if (this.inComplement[i] && this.isPortfolio(i)) return end;
    if (end === i + 1 && locale.isKnownSurname(t.text) && !(this.isWord(i - 1) && locale.definiteArticles.has(withoutElision(tokens[i - 1]!.lower)))) {
      // "décorateur de Kubrick", "sous Moubarak": a surname that news writes alone for one well-known person (not "les
      // Marsh", a family)
      const c = this.push(i, end, 'person', 'cue');
      this.attachContext(c, end);
      return end;
    }
    const nationality = this.tokenAt(i - 1);
    const before = this.tokenAt(i - 2)?.lower;
    // (masculine: "l’italienne Rossi" is an athlete)
    const feminine = (w: string) => w.endsWith('e') && (locale.demonyms.has(w.slice(0, -1)) || locale.demonyms.has(w.slice(0, -2)));
    if (end === i + 1 && (before === 'le' || before === "l'" || before === 'du' || before === 'au') && nationality?.word && !nationality.cap && this.demonymCode(i - 1) && !feminine(nationality.lower) && (classes & GIVEN_NAME) === 0 && !this.knownAt(i)) {
      // "l’américain Westinghouse", "du japonais Toshiba": a nationality in lower case used as a noun, then one name,
      // is a company ("l’Américain John Smith", a person, takes a capital and a given name), unless the text names a
      // person so ("le russe Ivanov" after "Piotr Ivanov")
      const fallback = this.candidate(i, end, 'organization', 'pattern', { country: this.demonymCode(i - 1) });
      this.push(i, end, 'unknown', 'single', { onlyKnown: true, fallback });
      return end;
    }
    if ((classes & STREET_HEAD) !== 0 && this.isNameWord(i + 1)) {
      // "la Tour Eiffel", "la Place Rouge": a capitalised head and a name right after it make a landmark
      let j = i + 1;
      while (j < tokens.length && j - i < 5 && this.isNameWord(j)) j++;
      this.push(i, j, 'place', 'pattern');
      return j;
    }
    const miscNoun = (classes & MISC_INTRODUCER_HEAD) !== 0 ? this.phraseAt(i, locale.miscIntroducers) : 0;
    const miscKind = miscNoun > 0 ? this.miscKindAt(i, miscNoun) : undefined;
    if (miscNoun > 1 && miscKind === 'product') {
      // "la Station spatiale internationale": a product's noun of two words written with its capital opens a product's name
      const j = this.adjectivesEnd(i + miscNoun, false);
      this.push(i, j, 'misc', 'pattern', { kind: 'product' });
      return j;
    }
    if (miscNoun === 1 && end > i + 1 && (miscKind === 'event' || miscKind === 'law') && !this.knownAt(i)) {
      // "l’Opération Sentinelle", "la Loi Travail": an event's or a law's noun with its capital, then a name (not "Opération
      // des Nations unies …", a body)
      this.push(i, end, 'misc', 'pattern', { kind: miscKind });
      return end;
    }
    if ((classes & EVENT_NOUN) !== 0) {
      // "le Tour de France", "le Prix Goncourt", "la Coupe Davis", "les Tony Awards": events and awards, no bodies;
      // "le Moyen Âge": a period, nothing
      let j = this.complementWithNames(end);
      // "la Coupe du monde", "les Jeux olympiques": a common complement or adjective too
      if (j === end) {
        j = this.adjectivesEnd(end, false);
        const links = this.ofLinks(j);
        if (links && this.isWord(j + links) && !tokens[j + links]!.cap && /^\p{Ll}{3,}$/u.test(tokens[j + links]!.text)) j = this.adjectivesEnd(j + links + 1, false);
      }
      if (!locale.periodNouns.has(t.lower)) this.push(i, j, 'misc', 'pattern', { kind: 'event' });
      return j;
    }
    const article = this.tokenAt(i - 1);
    if ((classes & DOCUMENT_NOUN) !== 0 && article?.word && locale.definiteArticles.has(withoutElision(article.lower))) {
      // "la Charte des Nations unies", "le Traité de Rome": a text, not an organisation
      const j = this.complementWithNames(this.adjectivesEnd(end, false));
      this.push(i, j, 'misc', 'pattern', { kind: 'law' });
      return j;
    }
    // "le Premier ministre d’Australie-Occidentale": a name shaped like a place's is one, in a role's complement too
    // ("le président, en visite à Kervignol": after "à", "en", "dans", a place, even inside a role's complement)
    if (this.inComplement[i] && !this.afterArticle(i) && !this.afterLocative(i) && !(end - i === 1 && isPlaceShaped(t.text) && (classes & DEMONYM) === 0)) {
      // "patron de Tesla et de SpaceX": a name after "de" in a role's complement is an organisation
      // "président de Mistral AI": a longer name too when an acronym or a company suffix marks it
      const marked = end - i > 1 && tokens.slice(i + 1, end).some((w) => w.allCaps || locale.organizationSuffixes.has(w.lower));
      if (locale.ofForms.has(tokens[i - 1]?.lower ?? '') && marked) this.push(i, end, 'organization', 'pattern');
      else if (end - i === 1 && locale.ofPrepositions.has(tokens[i - 1]?.lower ?? '') && this.isWord(i - 2) && locale.personRelations.has(tokens[i - 2]!.lower)) {
        // "un fidèle de Marsh", "le successeur de Marsh": a relation between people names a person
        this.push(i, end, 'person', 'cue');
      } else if (locale.ofForms.has(tokens[i - 1]?.lower ?? '') && end - i === 1) {
        // "conseillère de Trump" after "Donald Trump": a lone name is the person's when the text names one so
        const fallback = this.candidate(i, end, 'organization', 'pattern');
        this.push(i, end, 'unknown', 'single', { onlyKnown: true, fallback });
      }
      return end;
    }
    if (this.afterOrganizationPart(i) && !isPlaceShaped(t.text)) {
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    // not "le Sud-Africain X": a demonym shaped like a place name is a person's nationality
    // (nor "le Haut-Commissariat", a body's head)
    if (end - i === 1 && isPlaceShaped(t.text) && (classes & DEMONYM) === 0 && (classes & ORGANIZATION_NAME_HEAD) === 0) {
      // "Champ-de-Mars", "Aix-en-Provence", "la Grande-Bretagne": a compound with an inner particle names a place
      this.push(i, end, 'place', 'pattern');
      return end;
    }
    // not "au sud des Syriens": a people after a place noun is no place
    if (this.afterPlaceHead(i) && !(end - i === 1 && (classes & DEMONYM) !== 0)) {
      this.push(i, end, 'place', 'pattern');
      return end;
    }
    if (this.afterIntroducer(i)) {
      const j = this.adjectivesEnd(end, false);
      this.noteIntroduced(i, this.push(i, j, 'organization', 'pattern'));
      return j;
    }
    if (end - i === 1 && (locale.isCamelCase(t.text) || CHANNEL_NUMBER.test(t.text))) {
      // "Radio3", "Kanal24": a name with a number glued to it is a channel's or a company's
      // "ArianeGroup", "BlackRock": a capital inside a word names a company
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    if (end - i === 1 && this.isWord(end) && !tokens[end]!.cap && locale.isInstitutionalAdjective(tokens[end]!.lower) && this.demonymCode(end) === null && this.isNameWord(end + 1)) {
      // "Santé publique France" (also opening a sentence): a name with a lower-case adjective inside is an institution's
      let j = end + 1;
      while (j < tokens.length && j - i < 6 && this.isNameWord(j)) j++;
      this.push(i, j, 'organization', 'pattern');
      return j;
    }
    if (this.sentenceInitial(i)) {
      // "Hier Olaf Scholz …": the first word is an ordinary word; "Attal a dit": a name only if known
      if (end - i === 1) {
        // "Mélanie, témoin de la scène, …": a role in apposition makes a lone word opening a sentence a person
        const apposition = tokens[i + 1]?.text === ',' ? this.appositionAfter(i + 1) : null;
        if (apposition) {
          const person = this.push(i, i + 1, 'person', 'cue');
          if (apposition.text) person.roles.push(apposition.text);
          return i + 1;
        }
        const c = this.push(i, i + 1, 'unknown', 'single', { onlyKnown: true });
        // "Vidal était le favori": a predicate role, kept should the text name the person
        const role = this.predicateAfter(i + 1);
        if (role?.text) c.roles.push(role.text);
        return i + 1;
      }
      if ((classes & GIVEN_NAME) === 0 && this.givenNameAt(i + 1) && this.isNameWord(i + 2)) return i + 1;
    }
    if (end - i === 1 && (classes & DEMONYM) !== 0) return i + 1; // "les Russes"
    if (end - i === 1 && this.isInhabitants(i)) return i + 1; // "les Parisiens"
    const opening = tokens[i - 1];
    if (opening?.word && opening.cap && locale.definiteArticles.has(withoutElision(opening.lower)) && this.sentenceInitial(i - 1) && (classes & GIVEN_NAME) === 0 && (classes & DOCUMENT_NOUN) === 0 && !(end - i === 1 && this.compoundAfter(end))) {
      // "L’Unédic prévoit", "L’Éducation nationale recrute": no person takes an article, and after an elided
      // article opening the sentence the capital is the name's; after "La", "Le" only a longer name
      const j = this.complementWithNames(this.adjectivesEnd(end, false));
      // "Le Haut-Commissariat a…", "Le Comité a…": a body's head noun on its own
      const head = end === i + 1 && (classes & ORGANIZATION_NAME_HEAD) !== 0 && !locale.stopwords.has(t.lower) && !/^(contre|pour|sur|en|à|au|aux|de|du|des|d')$/.test(tokens[end]?.lower ?? '');
      if (opening.lower === "l'" || j > end || head) {
        const k = j > end ? this.countryAdjectiveAfter(i, j) : j; // "La Sécurité civile française a…"
        this.push(i, k, 'organization', 'pattern');
        return k;
      }
    }
    if (this.afterArticle(i) && (classes & GIVEN_NAME) === 0) {
      // "la Palme d’or", "le Ballon d’or": a capitalised common noun in a compound
      if (end - i === 1 && this.compoundAfter(end)) return end;
      // "la Charte des Nations unies", "le Traité de Rome": a text, not an organisation
      let j = end - i === 1 && this.divisionNumber(end) ? end + 1 : this.complementWithNames(this.adjectivesEnd(end, false));
      // "dans les Pouilles", "vers le Donbass": after a preposition of place, a place
      // "à la Bastille", "au Trocadéro", "à l’Izoard": after "à" too, unless a speech verb makes it who is spoken to
      // (one word, not a body's head: "à l’Assemblée")
      const at = tokens[i - 1]!.lower === 'au' ? i - 1 : tokens[i - 2]?.lower === 'à' && locale.feminineArticles.has(tokens[i - 1]!.lower) ? i - 2 : -1;
      const atPlace = at >= 0 && j === i + 1 && (classes & ORGANIZATION_NAME_HEAD) === 0 && !(this.isWord(at - 1) && locale.speechVerbs.has(tokens[at - 1]!.lower));
      // "la Dalzell Gorge", "l’Île d’Yeu", "le Pont du Rhône": a place's first or last word, or a street's head, makes the
      // name a place's
      // "au Java occidental", "le Kalimantan du Sud": a side or a compass point after the name narrows a place
      const side = this.placeSide(end);
      const where = (/^(dans|vers|depuis|sur)$/.test(tokens[i - 2]?.lower ?? '') && locale.articleForms.has(tokens[i - 1]!.lower)) || atPlace || (j > i + 1 && this.placeWordsAt(i, end)) || side > end || this.inDirectionOf(i);
      if (side > j) j = side;
      if (j === i + 1 && !where && /[sx]$/.test(t.lower) && locale.pluralArticles.has(tokens[i - 1]!.lower) && this.commonComplementEnd(j) > j) {
        // "les Faucons de la liberté du Kurdistan", "des Unités de protection du peuple", "les Amis de la nature": a
        // capitalised plural noun and its common complements name a group, not a family
        let k = j;
        for (let n = 0; n < 3 && this.commonComplementEnd(k) > k; n++) k = this.commonComplementEnd(k);
        k = this.complementWithNames(k);
        this.push(i, k, 'organization', 'pattern');
        return k;
      }
      if (j === i + 1 && !where && !t.text.includes('-') && locale.pluralArticles.has(tokens[i - 1]!.lower)) {
        // "le domicile des Marchal": a plural article before a lone name is a family when the text names a person so
        const fallback = this.candidate(i, j, where ? 'place' : 'organization', 'pattern');
        this.push(i, j, 'unknown', 'single', { onlyKnown: true, fallback });
        return j;
      }
      // "la Réserve fédérale américaine", "la Sécurité civile française": a body's name with an adjective keeps its country's;
      // so does a body's head alone ("élu à l’Académie française")
      const k = !where && (j > end || (classes & ORGANIZATION_NAME_HEAD) !== 0) ? this.countryAdjectiveAfter(i, j) : j;
      this.push(i, k, where ? 'place' : 'organization', 'pattern', { articleOnly: !where && k === i + 1 });
      return k;
    }
    // "Ahrar al-Cham", "Jaych al-Fatah": a movement's name opens on a common noun of its language (front, army, party)
    if ((end - i >= 2 && movement) || (end - i >= 2 && tokens.slice(i, end).some((w) => locale.organizationSuffixes.has(w.lower)))) {
      // (not "Times Square": a word that ends places' names, last, makes the run a place's)
      this.push(i, end, !movement && this.endsPlaceName(i, end) ? 'place' : 'organization', 'pattern');
      return end;
    }
    if (end - i >= 2 && tokens.slice(i, end).some((w) => w.allCaps)) {
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    if (end - i === 1 && t.text.includes('-') && t.text.split('-').some((part) => this.lexicons.countryWords.has(part))) {
      // "Ouest-France", "Météo-France": a name built on a country's is an organisation's; "en Colombie-Britannique", a region
      this.push(i, end, this.afterLocative(i) ? 'place' : 'organization', 'pattern');
      return end;
    }
    if (end - i === 1 && (this.attributedTo(i) || tokens[i - 1]?.lower === 'chez') && !this.honorificBefore(i)) {
      // "chez Framatome" too: a workplace, unless the text names a person so
      // "selon Arianespace": a lone word after "selon" is a person only if the text names one so
      const fallback = this.candidate(i, end, 'organization', 'pattern');
      this.push(i, end, 'unknown', 'single', { onlyKnown: true, fallback });
      return end;
    }
    // (not "A (Occitanie), Jeanne Roux (Bretagne)": a name listed after a person with a region is a person's too)
    // "l’A63 (Castets)": a name alone in parentheses right after a place is a place on it or in it
    if ((this.placeApposition(end) && !this.listedAfterPerson(i)) || this.inParenthesesAfterPlace(i, end)) {
      // "Yellowknife, capitale des Territoires du Nord-Ouest": a place
      this.push(i, end, 'place', 'pattern');
      return end;
    }
    const cue = this.speechCue(i, end) || this.honorificBefore(i) || this.featCue(end) || this.namedBefore(i) || (end - i === 1 && this.ageCue(end));
    if (end - i === 1 && tokens[i - 1]?.lower === 'via' && (classes & GIVEN_NAME) === 0) {
      // "via Bpifrance": what something goes through is a body, not a person
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    if (!cue && end - i >= 2 && (classes & GIVEN_NAME) === 0 && !this.roleBefore.has(i) && this.namesAnOrganization(i, end)) {
      // "versée à Care France": an organisation even after "à"
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    // "face à Siemens", "grâce à X": this "à" does not say where; nor "il succède à X", whom
    const facing = tokens[i - 1]?.lower === 'à' && /^(face|grâce|quant|contrairement|rapport|opposé|opposée|succède|succèdent|succédé|succéder|succédera|succédant)$/.test(tokens[i - 2]?.lower ?? '');
    // "vers Manbij", "en direction de Manbij": where one goes
    // "prendre Dabiq", "ont repris Tabqa": what an army takes (a list of such names is read as one, below)
    const listed = (tokens[end]?.text === ',' || locale.listCoordinators.has(tokens[end]?.lower ?? '')) && this.isNameWord(end + 1);
    const towards = tokens[i - 1]?.lower === 'vers' || (locale.deForms.has(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.lower === 'direction' && tokens[i - 3]?.lower === 'en') || (end - i === 1 && !listed && this.isWord(i - 1) && locale.conquestVerbs.has(tokens[i - 1]!.lower));
    // (a speech verb after the name does not make it the speaker: "le ministre en visite à Kervignol a déclaré")
    // "en Fédérale 1", "en Master 2": a name and a small number after "en" are a division or a level, no place
    if (tokens[i - 1]?.lower === 'en' && this.divisionNumber(end)) return end + 1;
    if (!this.honorificBefore(i) && !facing && (tokens[i - 1]?.lower === 'à' || tokens[i - 1]?.lower === 'en' || towards) && (classes & GIVEN_NAME) === 0) {
      // "s’opposer à Jon Varga, un sénateur …": a role in apposition says who, not where
      const role = end - i >= 2 && tokens[end]?.text === ',' ? this.appositionAfter(end) : null;
      if (role) {
        const person = this.push(i, end, 'person', 'cue');
        if (role.text) person.roles.push(role.text);
        return end;
      }
      const fallback = this.candidate(i, end, 'place', 'pattern');
      this.push(i, end, 'unknown', 'single', { onlyKnown: true, fallback });
      return end;
    }
    if (!cue && end - i >= 2 && (classes & GIVEN_NAME) === 0 && !this.roleBefore.has(i) && this.namesAnOrganization(i, end)) {
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    if (!cue && end - i >= 2 && (classes & GIVEN_NAME) === 0 && this.sequelNumber(end)) {
      // "dans Toy Story 3", "Mission Impossible 2": a title and its sequel's number name a work, not a person
      this.push(i, end + 1, 'misc', 'pattern', { kind: 'work' });
      return end + 1;
    }
    if (!cue && end - i >= 2 && !this.roleBefore.has(i) && !this.sequelNumber(end) && (((classes & GIVEN_NAME) === 0 && locale.placeNameFirstWords.has(t.lower)) || locale.placeNameLastWords.has(tokens[end - 1]!.lower)) && ((classes & GIVEN_NAME) === 0 || locale.placeNameLastWordsAfterGivenName.has(tokens[end - 1]!.lower))) {
      // "Fort Kervelec", "Glenmore Avenue": a place's first or last word makes the run a place, not a person,
      // unless the text names something else so ("Dark Canyon 2" … "Dark Canyon"); after a given name too when the
      // last word says so ("Alice Springs", "Lincoln Memorial")
      const fallback = this.candidate(i, end, 'place', 'pattern');
      this.push(i, end, 'unknown', 'single', { onlyKnown: true, fallback });
      return end;
    }
    if (!cue && end - i === 1 && tokens[end]?.text === '(' && SCORE_AFTER.test(this.unit.text.slice(tokens[i]!.end, tokens[i]!.end + 24))) {
      // "Martin (5/7), Dupré (2/3)": a lone name with a player's score in parentheses, as in a team sheet, is a person
      this.push(i, end, 'person', 'cue');
      return end;
    }
    const phrase = !cue && end - i >= 2 && (classes & GIVEN_NAME) === 0 && !this.roleBefore.has(i) ? this.foreignPhrase(i, end) : null;
    if (phrase) {
      // "Marks and Sons", "Bank of Lorraine": an English link word makes a body's name, unless the text names a person
      // so; "I Want Your Money": next to an English pronoun, a title or a slogan, that counts only if the text names it
      const fallback = phrase === 'link' ? this.candidate(i, end, 'organization', 'pattern') : null;
      this.push(i, end, 'unknown', 'single', { onlyKnown: true, fallback });
      return end;
    }
    if (!cue && end - i >= 4 && !this.roleBefore.has(i) && !this.givenNameIn(i, end)) {
      // "Australia Telescope Compact Array", "U.S. International Figure Skating Classic": four capitalised words or more,
      // none a given name, name an instrument, an event or a body, no person; they count if the text names them so, or
      // spell out an acronym before them in parentheses ("APRR (Autoroutes Paris Rhin Rhône)"), a body's
      const spelled = tokens[i - 1]?.text === '(' && tokens[i - 2]?.allCaps === true;
      this.push(i, end, 'unknown', 'single', { onlyKnown: true, fallback: spelled ? this.candidate(i, end, 'organization', 'pattern') : null });
      return end;
    }
    // (a word that nothing above read: "la liaison Nîmes-Montpellier")
    // (not "Bruxelles-Nord et Bruxelles-Midi", "Grans, Eyguières-Miramas": listed after a place, a name of its own)
    if (end - i === 1 && !cue && t.text.includes('-') && !this.listedAfterPlace(i) && !(tokens[i - 1]?.text === ',' && this.candidates.at(-1)?.type === 'place') && this.joinedPlaces(i)) return end;
    const ordinal = tokens[i - 1];
    if (!cue && ordinal?.word && ordinal.end + 1 === t.start && ENGLISH_ORDINAL.test(ordinal.text)) {
      // "la 21st Century Fox", "20th Century Studios": an English ordinal opens a company's name, no person's
      this.push(i - 1, end, 'organization', 'pattern');
      return end;
    }
    const c = this.push(i, end, end - i >= 2 || cue ? 'person' : 'unknown', cue ? 'cue' : end - i >= 2 ? 'multi' : 'single');
    this.attachContext(c, end);
    return end;
  }

  /**
   * "la liaison Nîmes-Montpellier", "l’axe Téhéran-Bagdad-Damas", "la ligne Perpignan-Prades-Vernet-les-Bains": one
   * word made of known places' names joined by hyphens (each maybe hyphenated itself) names each place; records them,
   * false (nothing recorded) unless every part is a place and there are two or more.
   */
  private joinedPlaces(i: number): boolean {
    const t = this.tokens[i]!;
    const parts = t.text.split('-');
    if (parts.length < 2 || parts.length > 8) return false;
    const found: [number, number][] = [];
    let p = 0;
    while (p < parts.length) {
      let q = parts.length;
      // the longest run of parts that a place is called ("Vernet-les-Bains")
      for (; q > p; q--) {
        const text = parts.slice(p, q).join('-');
        // (not "Bruxelles-Midi", "Port-Joinville": a common word that some place is also called)
        if (q === p + 1 && (this.locale.commonNouns.has(text.toLowerCase()) || this.locale.stopwords.has(text.toLowerCase()))) continue;
        const known = this.lexicons.known.longest([{ ...t, text }], 0);
        if (known && known.end === 1 && known.value.type === 'place') break;
      }
      if (q === p) return false;
      found.push([p, q]);
      p = q;
    }
    if (found.length < 2) return false;
    let offset = t.start;
    const starts = parts.map((part) => {
      const start = offset;
      offset += part.length + 1;
      return start;
    });
    for (const [from, to] of found) {
      const start = starts[from]!;
      const end = starts[to - 1]! + parts[to - 1]!.length;
      const text = this.unit.text.slice(start, end);
      this.candidates.push(copyCandidate(this.candidate(i, i + 1, 'place', 'pattern'), { from: start, to: end, text, words: [text], wordSpans: [[start, end]] }));
    }
    return true;
  }

  /** Whether a word of tokens [i, end) is a given name. */
  private givenNameIn(i: number, end: number): boolean {
    for (let k = i; k < end; k++) if (this.tokens[k]!.word && this.givenNameAt(k)) return true;
    return false;
  }

  /** The capitalised run [i, end) opens on a word that opens places' names or a street's head, or ends on one that ends them. */
  private placeWordsAt(i: number, end: number): boolean {
    const first = this.tokens[i]!.lower;
    return this.locale.placeNameFirstWords.has(first) || this.locale.streetHeads.has(first) || (end - i >= 2 && this.locale.placeNameLastWords.has(this.tokens[end - 1]!.lower));
  }

  /**
   * What makes tokens [i, end) no person's name: an English pronoun in them or right around them ("I Want Your
   * Money"), an English preposition or number word in them ("From Dusk", "Two Rivers"), both read as a title's, or an
   * English link word inside ("Bank of Lorraine"); null when none.
   */
  private foreignPhrase(i: number, end: number): 'pronoun' | 'link' | null {
    let link = false;
    for (let k = i - 1; k <= end; k++) {
      const w = this.tokens[k];
      if (!w?.word) continue;
      if (this.locale.foreignPronouns.has(w.text) || (k >= i && k < end && this.locale.foreignTitleWords.has(w.text))) return 'pronoun';
      if (k >= i && k < end && this.locale.foreignNameLinks.has(w.text)) link = true;
    }
    return link ? 'link' : null;
  }

  /**
   * A run of capitalised words without a given name that ends in a country's name ("Emmaüs France", "Business
   * France") or holds a known organisation's name after its first word ("Jeunes Républicains") is an organisation.
   */
  private namesAnOrganization(i: number, end: number): boolean {
    if (this.lexicons.countryWords.has(this.tokens[end - 1]!.text) && !this.knownAt(i)) return true;
    for (let k = i + 1; k < end; k++) {
      const inner = this.knownAt(k);
      if (inner && inner.end === end && inner.value.type === 'organization' && !this.tokens[k]!.allCaps) return true;
    }
    return false;
  }

  /** "six réacteurs EPR2", "deux EPR2": capitals and digits after a counted plural noun or a number name a model, not a body. */
  private modelAfterNoun(i: number): boolean {
    if (!/^\p{Lu}{2,}\d+$/u.test(this.tokens[i]!.text)) return false;
    const counted = (k: number) => this.isWord(k) && (/^\d+$/.test(this.tokens[k]!.text) || /^(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|cent|plusieurs|quelques|des|les|ces|nos|ses|leurs)$/.test(this.tokens[k]!.lower));
    if (counted(i - 1) && !/^(des|les|ces|nos|ses|leurs)$/.test(this.tokens[i - 1]!.lower)) return true;
    const noun = this.tokens[i - 1];
    // a plural common noun, counted: "six réacteurs EPR2", "des moteurs LEAP7"; not "les chaînes TF1" (an introducer)
    return !!noun?.word && !noun.cap && /[sx]$/.test(noun.lower) && noun.text.length >= 4 && counted(i - 2) && !this.locale.stopwords.has(noun.lower) && !this.locale.organizationIntroducers.has(noun.lower) && !this.locale.organizationHeads.has(noun.lower) && this.demonymCode(i - 1) === null;
  }

  /**
   * "la clé USB", "le circuit VTT", "en format CD", "des millions de dollars US": an unknown acronym right after a
   * common noun that follows a determiner or a preposition qualifies that noun; it names no body. Not "la chaîne XYZ",
   * "le groupe XYZ" (introducers), "le député XYZ" (roles).
   */
  /** "du type A350", "des familles A320 et A340", "le modèle d’A220": a noun for a model before the code at i (and the codes listed with it). */
  private modelCodeAt(i: number): boolean {
    let k = i - 1;
    // back over the codes listed before it: "A320 et A340", "A320, A330 ou A340"
    while (k > 1 && (this.tokens[k]!.text === ',' || this.locale.listCoordinators.has(this.tokens[k]!.lower)) && /\d/.test(this.tokens[k - 1]!.text) && this.tokens[k - 1]!.word) k -= 2;
    if (this.isWord(k) && this.locale.deForms.has(this.tokens[k]!.lower)) k--;
    return this.isWord(k) && this.locale.modelNouns.has(this.tokens[k]!.lower);
  }

  private acronymAfterNoun(i: number): boolean {
    // "l’agent neurotoxique VX", "la mission lunaire japonaise SELENE": the noun's adjectives may stand between
    let h = i - 1;
    while (h > i - 3 && this.isWord(h - 1) && !this.tokens[h - 1]!.cap && this.isAdjectiveAfterNoun(h) && !this.determinerAt(h - 1)) h--;
    const noun = this.tokens[h];
    const before = this.tokens[h - 1];
    if (!noun?.word || noun.cap || noun.text.length < 3 || !before?.word) return false;
    if (!this.determinerAt(h - 1)) return false;
    const lower = noun.lower;
    return (
      !this.locale.stopwords.has(lower) &&
      !this.locale.organizationIntroducers.has(lower) &&
      !this.locale.organizationHeads.has(lower) &&
      !this.locale.roleNouns.has(lower) &&
      !this.locale.roleNouns.has(lower.replace(/s$/, '')) &&
      this.demonymCode(h) === null
    );
  }

  /** Token k is a determiner or a preposition that opens a noun phrase, or a number: "la", "d'", "ces", "3". */
  private determinerAt(k: number): boolean {
    const lower = this.tokens[k]!.lower;
    return this.locale.nounDeterminers.has(lower) || /^\d+$/.test(lower);
  }

  /** Token k, lower case after a noun, reads as its adjective (no noun of a body or a role, no stopword): "neurotoxique", "japonaise". */
  private isAdjectiveAfterNoun(k: number): boolean {
    const lower = this.tokens[k]!.lower;
    return this.tokens[k]!.text.length >= 4 && !this.locale.stopwords.has(lower) && !this.locale.organizationIntroducers.has(lower) && !this.locale.organizationHeads.has(lower) && !this.locale.roleNouns.has(lower) && (this.demonymCode(k) !== null || this.locale.hasAdjectiveEnding(lower));
  }

  /**
   * Tokens [from, to) in a list of known products or platforms: after two of them or between two ("Partager :
   * Facebook, Twitter, Google"). Not "après Facebook, Google interdit…" (two companies).
   */
  protected listedWithProducts(from: number, to: number): boolean {
    const product = (k: number, end?: number) => {
      const hit = k >= 0 ? this.knownAt(k) : null;
      return !!hit && hit.value.type === 'misc' && hit.value.kind === 'product' && (end === undefined || hit.end === end);
    };
    if (!this.listMarkAt(from - 1) || !product(from - 2, from - 1)) return false;
    return (this.listMarkAt(from - 3) && product(from - 4, from - 3)) || (this.listMarkAt(to) && product(to + 1));
  }

  /** Token k marks the next item of a list: a comma or "et". */
  private listMarkAt(k: number): boolean {
    return this.tokens[k]?.text === ',' || this.tokens[k]?.lower === 'et';
  }

  /** "les actionnaires d’Atos", "les salariés de X": a name after "de" that follows what a company has is the company. */
  private afterOrganizationPart(i: number): boolean {
    const link = this.tokenAt(i - 1)?.lower ?? '';
    return this.locale.ofPrepositions.has(link) && this.isWord(i - 2) && !this.tokens[i - 2]!.cap && this.locale.organizationParts.has(this.tokens[i - 2]!.lower) && !this.givenNameAt(i);
  }
}
