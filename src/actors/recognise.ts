/**
 * Finds candidate mentions of people, organisations and places in one text
 * unit (a sentence or a heading). Each recogniser is a small rule on tokens;
 * `scanUnit` tries them left to right, longest and best-evidenced first. A
 * candidate whose reading needs the whole document (a bare surname, a name in
 * a title-case heading) is resolved later by ./group.ts.
 *
 * The recognisers are layered classes, one module each, every layer free to
 * use the ones below it: ./scan-base.ts (candidates, shared name-shape
 * helpers) → ./recognise-places.ts → ./recognise-people.ts →
 * ./recognise-organizations.ts → ./recognise-shapes.ts (acronyms, articles,
 * runs of capitalised words) → this file, which fixes the order in which they
 * are tried.
 */
import type { TextUnit } from '../context.js';
import type { ActorLocale } from './actor-locale.js';
import type { Candidate } from './candidate.js';
import { copyCandidate, isPlaceShaped } from './candidate.js';
import type { Lexicons } from './lexicons.js';
import { ShapeRules } from './recognise-shapes.js';
import type { BareRole } from './roles.js';
import { DEFINITE_ARTICLE, DEMONYM, GIVEN_NAME, mayHaveInnerCapital, NATURAL_FEATURE, PARTICLE, PLACE_FIRST_WORD, PLAIN_CAPITAL, PLAIN_LOWER, PRENOMINAL_ADJECTIVE, QUIET_LOWER, RELIGIOUS_TITLE, ROLE_HEAD, TERRITORY_HEAD } from './word-classes.js';
import { deferred } from '../text/unicode-domain.js';
import { withoutElision } from './tokens.js';

export { headKey, type Candidate, type Evidence } from './candidate.js';

/** "easyJet", "e-Enfance"; "beIN": names written with a lower-case initial. */
const LOWER_INITIAL_NAME = deferred(String.raw`^(?:\p{Ll}{1,5}|\p{Ll}-)\p{Lu}\p{Ll}{2,}$`, 'u');
/** "II", "IV": a small Roman number, written after a name to count it. */
const SMALL_ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/;
const LOWER_INITIAL_ACRONYM = deferred(String.raw`^\p{Ll}{2,5}\p{Lu}{2,4}$`, 'u');
export { lowerCaseOpeners } from './word-classes.js';

/** What `joinedParticle` answers. */
const NOT_JOINED = 0;
const JOINED = 1;
const JOINED_MENTION = 2;

/** The full recogniser chain over one unit. */
class UnitScan extends ShapeRules {
  /** Runs every recogniser over the unit. */
  scan(): Candidate[] {
    this.findRoles();
    const n = this.tokens.length;
    // (a plain word, as its class shows, opens few of the rules: a lower-case one none but a particle's, and is passed
    // over at once; unless the user pinned names, which any word may open)
    const plain = this.gated && this.lexicons.gazetteer.isEmpty() ? PLAIN_LOWER | PLAIN_CAPITAL : 0;
    let i = 0;
    while (i < n) {
      const t = this.tokens[i]!;
      // (the rare rules below step on by `next`: a step that TurboFan's code for the scan has never seen run, `i++` as
      // much as a call, throws that code away when it first runs, and the scan is compiled again)
      const next = i + 1;
      if (!t.word) {
        i = next;
        continue;
      }
      const classes = this.classes[i]!;
      if ((classes & plain) !== 0) {
        // (a plain capitalised word: of the rules before `scanCapitalised`, only those that read the words after it)
        if (t.cap) i = this.modelName(i) || this.yearEdition(i) || ((classes & PARTICLE) !== 0 && this.particleSurname(i)) || this.scanCapitalised(i);
        else i = ((classes & PARTICLE) !== 0 && this.particleSurname(i)) || next;
        continue;
      }
      // the word is lower case, opens none of the rules that `lowerCaseOpeners` lists (nor "ex-…", which phrase look-ups
      // read without its prefix), and holds no digit at its start: those rules would all return 0
      const quiet = this.gated && (classes & QUIET_LOWER) !== 0;
      const ordinal = quiet ? 0 : this.romanOrdinal(i);
      if (ordinal) {
        // "le VIIIe arrondissement": a district by its number in Roman numerals
        i = this.districtNumber(i) || ordinal;
        continue;
      }
      const pinned = this.lexicons.gazetteer.longest(this.tokens, i);
      if (pinned) {
        const c = this.push(i, pinned.end, pinned.value.type, 'gazetteer', { entry: pinned.value });
        this.attachContext(c, pinned.end);
        i = pinned.end;
        continue;
      }
      // names that a neighbouring word settles: a competition at a place, a district number, a model code, an edition's
      // year, a web domain
      const settled = quiet ? 0 : this.contestAtPlace(i) || this.districtNumber(i) || this.modelName(i) || this.yearEdition(i) || this.websiteName(i);
      if (settled) {
        i = settled;
        continue;
      }
      const street = quiet ? 0 : this.streetName(i) || this.stateOfCountry(i);
      if (street) {
        i = street;
        continue;
      }
      const work = quiet ? 0 : this.miscAfterIntroducer(i);
      if (work) {
        i = work;
        continue;
      }
      const headed = quiet ? 0 : this.organizationWithHead(i);
      if (headed) {
        i = headed;
        continue;
      }
      const particle = this.particleSurname(i);
      if (particle) {
        i = particle;
        continue;
      }
      const joined = this.joinedParticle(i);
      if (joined === JOINED_MENTION) {
        i = next;
        continue;
      }
      if (!t.cap && joined === NOT_JOINED && (t.text[3] === '-' || t.text[4] === '-') && this.stanceName(i)) {
        i = next;
        continue;
      }
      if (!t.cap && joined === NOT_JOINED) {
        // lower-case lexicon phrases: "bande de Gaza", "mer Noire"
        const phrase = this.knownAt(i);
        if (phrase && phrase.end > i + 1) {
          this.push(i, phrase.end, phrase.value.type, 'lexicon', { entry: phrase.value });
          i = phrase.end;
        } else i = this.lowerInitialName(i) || (quiet ? next : this.featureOfCountry(i) || this.securityBody(i) || this.group(i));
        continue;
      }
      i = this.scanCapitalised(i);
    }
    this.splitPlaceBeforePerson();
    this.listOrganizations();
    this.coordinate();
    this.listRoles();
    return this.candidates;
  }

  /**
   * A lower-case word joined to its particle ("al-Bab"), and what it names: NOT_JOINED for any other word; JOINED_MENTION
   * when it was recorded, JOINED for the rules after (the scan reads it as a capitalised word).
   */
  private joinedParticle(i: number): number {
    if (!this.isJoinedParticle(i)) return NOT_JOINED;
    if (this.isCap(i - 1) || this.isNameWord(i + 1)) return JOINED;
    if (/^(à|vers|de|d'|depuis|dans|près|autour|sur)$/.test(this.tokens[i - 1]?.lower ?? '')) {
      // "vers al-Bab", "d’al-Bab": a place, unless the text names a person so ("Bachar al-Assad … d’al-Assad")
      const fallback = this.candidate(i, i + 1, 'place', 'pattern');
      this.push(i, i + 1, 'unknown', 'single', { onlyKnown: true, fallback });
    } else {
      // "de reprendre al-Bab", "Ainsi, al-Bab se voit…": elsewhere, a mention of what the text names so
      this.push(i, i + 1, 'unknown', 'single', { onlyKnown: true });
    }
    return JOINED_MENTION;
  }

  /**
   * "easyJet", "eBay", "e-Enfance", "beIN Sports": a company or association name written with a lower-case initial at i;
   * records it and returns its end, 0 when the word at i is no such name.
   */
  private lowerInitialName(i: number): number {
    const t = this.tokens[i]!;
    if (!mayHaveInnerCapital(t.text) || !(LOWER_INITIAL_NAME.test(t.text) || LOWER_INITIAL_ACRONYM.test(t.text)) || this.locale.nonEntityAcronyms.has(t.lower)) return 0;
    let end = i + 1;
    while (end < i + 3 && this.isNameWord(end) && !this.knownAt(end) && !this.givenNameAt(end)) end++;
    this.push(i, end, 'organization', 'pattern');
    return end;
  }

  /**
   * "ministre de de Gaulle", "M. de Villepin": the particle at i opens a surname; records the person and returns the
   * surname's end, 0 when none.
   */
  private particleSurname(i: number): number {
    const t = this.tokens[i]!;
    // (each condition asked in an order that runs all of its steps on most particles, and both readings recorded by one
    // call: the readings are rare, and a step that TurboFan's code for the scan (into which this is inlined) has never
    // seen run throws that code away when it first runs, and the scan is compiled again)
    const nameAfter = this.isNameWord(i + 1);
    // "ministre de de Gaulle", "sous de Gaulle", "le Général de Gaulle": after a preposition or a title, "de" opens a surname
    const afterTitle = t.lower === 'de' && nameAfter && !this.knownAt(i + 1) && !this.givenNameAt(i + 1) && this.particleSurnameAfter(i);
    // "M. de Villepin": the particle belongs to the surname
    if (!afterTitle && !(!t.cap && nameAfter && this.locale.nameParticles.has(withoutElision(t.lower)) && this.honorificBefore(i))) return 0;
    return this.particlePerson(i, afterTitle);
  }

  /** `particleSurname`'s person, recorded (its surname's end), or 0 when the honorific's particle opens no surname. */
  private particlePerson(i: number, afterTitle: boolean): number {
    const end = this.surnameEnd(i, false);
    if (end <= i && !afterTitle) return 0;
    const c = this.push(i, end, 'person', 'cue');
    if (afterTitle) {
      if (this.isCap(i - 1) || this.locale.particleTitles.has(this.tokens[i - 1]!.lower)) c.roles.push(this.tokens[i - 1]!.text);
      for (let k = i; k < end; k++) this.inComplement[k] = false;
    }
    return end;
  }

  /**
   * "des manifestations anti-Trump", "les troupes pro-Assad": the name after a stance's prefix and its hyphen is a mention
   * of what the text names so (nothing otherwise); records it, false when the word at i is no such compound.
   */
  private stanceName(i: number): boolean {
    const t = this.tokens[i]!;
    const hyphen = t.text.indexOf('-');
    const name = t.text.slice(hyphen + 1);
    if (!this.locale.stancePrefixes.has(t.lower.slice(0, hyphen)) || !/^\p{Lu}\p{L}+$/u.test(name)) return false;
    const from = t.start + hyphen + 1;
    this.candidates.push(copyCandidate(this.candidate(i, i + 1, 'unknown', 'single', { onlyKnown: true }), { from, to: t.end, text: name, words: [name], wordSpans: [[from, t.end]] }));
    return true;
  }

  /**
   * "le maire de Lormont Paul Vernet", "le gouverneur de Floride Jim Barkley": a run that opens on a known place, then a
   * given name and a surname, is the place and the person (not one organisation, place or person of four words).
   */
  private splitPlaceBeforePerson(): void {
    for (let n = 0; n < this.candidates.length; n++) {
      const c = this.candidates[n]!;
      if (c.entry || c.words.length < 3 || (c.type !== 'place' && c.type !== 'organization' && c.type !== 'person')) continue;
      const i = this.tokenAfter(c.from);
      const place = this.knownAt(i);
      // (not "Mary Lou Barkley": a place's name that is also a given name opens the person's name, unless "de" says
      // it is a place: "le gouverneur de Virginie Jim Barkley")
      const given = this.locale.placeGivenNames.has(this.tokens[i]!.text) || this.givenNameAt(i);
      if (!place || place.value.type !== 'place' || (given && !this.locale.ofPrepositions.has(this.tokens[i - 1]?.lower ?? ''))) continue;
      const k = place.end;
      const end = this.tokenAfter(c.to);
      if (end - k < 2 || !this.givenNameAt(k) || this.knownAt(k)) continue;
      let surname = k + 1;
      while (surname < end && this.isNameWord(surname)) surname++;
      if (surname !== end) continue;
      // (the role before the place is the person's: "gouverneur de Floride")
      const role = this.roleBefore.get(k) ?? this.roleBefore.get(i);
      const person = this.candidate(k, end, 'person', 'first-name', { givenNames: 1, roles: role?.text ? [role.text] : c.type === 'person' ? c.roles : [], country: role?.country ?? null });
      this.candidates.splice(n, 1, this.candidate(i, k, 'place', 'lexicon', { entry: place.value }), person);
      n++;
    }
  }

  /**
   * "le Nouveau Parti anticapitaliste", "la Grande Assemblée nationale", "le Grand Conseil du canton": a capitalised
   * adjective inside a sentence, before the name of a body or a place, belongs to that name; returns the end, 0 (and
   * nothing recorded) when the name after it is neither.
   */
  private prefixedName(i: number): number {
    const count = this.candidates.length;
    const end = this.scanCapitalised(i + 1);
    const c = this.candidates[count];
    if (this.candidates.length !== count + 1 || !c || c.from !== this.tokens[i + 1]!.start || c.to !== this.tokens[end - 1]?.end || (c.type !== 'organization' && c.type !== 'place') || c.onlyKnown) {
      this.candidates.length = count;
      // "près du Grand Palais", "à Grand Quevilly": an unknown name after a place cue is a place
      if ((!c || c.type === 'unknown' || (c.type !== 'person' && c.onlyKnown)) && (this.afterProximity(i) || this.afterLocative(i) || this.afterPlaceHead(i))) {
        this.push(i, end, 'place', 'pattern');
        return end;
      }
      // "Grand Rapids": not a known body or place after the adjective; the name is read from its first word
      return 0;
    }
    this.candidates[count] = this.candidate(i, end, c.type, 'pattern', { country: c.country });
    return end;
  }

  /**
   * "de" at i cannot be a preposition: another preposition stands before it, a capitalised title ("le Général de X"), or
   * a military or noble title after its article ("le général de X", "du maréchal de X", "la comtesse de X").
   */
  private particleSurnameAfter(i: number): boolean {
    const before = this.tokens[i - 1];
    if (!before?.word) return false;
    const titled = this.isWord(i - 2) && /^(le|du|au|la)$/.test(this.tokens[i - 2]!.lower);
    if (before.cap) return !before.allCaps && this.locale.roleNouns.has(before.lower) && titled;
    if (this.locale.particleTitles.has(before.lower)) return titled;
    return /^(de|sous|avec|par|pour|contre|selon|chez|comme)$/.test(before.lower);
  }

  /**
   * Recognises what starts at the capitalised word i; returns the index to
   * continue from. The order is the point: a portfolio inside a role
   * ("ministre de l’Europe") is nothing; a natural feature ("mer de Chine")
   * and an organisation after its noun ("la start-up Mistral AI") come before
   * the lexicon; a known place or organisation beats a person unless the
   * person's name is longer ("Florence Parly"); then given name + surname or a
   * cued name; then name-shaped organisations (heads, acronyms, possessives,
   * capitalised articles); then what a bare run of capitalised words is,
   * from its context (complement, place noun, introducer, sentence start,
   * article, inner acronym or adjective, preposition "à"/"en", speech verb).
   */
  private scanCapitalised(i: number): number {
    // (the fields every rule below reads, held in locals: a property read each is dear in the baseline tier)
    const locale = this.locale;
    const tokens = this.tokens;
    const t = tokens[i]!;
    // (the words around and the nationality look-up, read once: several rules below ask)
    const prev = this.tokenAt(i - 1);
    const prevLower = prev?.lower ?? '';
    // (the word's own memberships, from its class: DEMONYM, RELIGIOUS_TITLE…)
    const classes = this.classes[i]!;
    const demonym = (classes & DEMONYM) !== 0;
    // "#SoutienAuxInfirmiers": a hashtag is a slogan, no name
    if (prev?.text === '#' && prev.end === t.start) return i + 1;
    const designation = this.astronomicalDesignation(i);
    if (designation) return designation;
    // "son homologue, Olmeto (2A)": a lone unknown name with a French department's number in parentheses is a town, even
    // after a role
    if (this.departmentInParentheses(i + 1) && !this.knownAt(i) && (classes & GIVEN_NAME) === 0) {
      this.push(i, i + 1, 'place', 'pattern');
      return i + 1;
    }
    if ((t.text === 'RN' || t.text === 'RD') && /^\d{1,4}$/.test(tokens[i + 1]?.text ?? '') && !locale.months.has(tokens[i + 2]?.lower ?? '')) {
      // "la RN 7", "la RD 93": a road, not the party whose acronym it shares
      this.push(i, i + 2, 'place', 'pattern');
      return i + 2;
    }
    // "dollars US", "68 $US", "US$": a country's code beside a currency names the currency
    if (t.allCaps && t.text.length <= 3 && (locale.currencyWords.has(prevLower) || tokens[i + 1]?.text === '$')) return i + 1;
    // "du Colonel Paul Vernet": a role written with a capital before the name it gives is no name
    if (this.roleBefore.size > 0 && !t.allCaps && (classes & ROLE_HEAD) !== 0) {
      const role = this.phraseAt(i, locale.roleNouns);
      if (role > 0 && this.roleBefore.has(i + role)) return i + role;
    }
    const territory = (classes & TERRITORY_HEAD) !== 0 ? this.territoryOf(i) : 0;
    if (territory) return territory;
    // "le Maréchal de X": the title stays out, the "de" opens the surname
    if (tokens[i + 1]?.lower === 'de' && this.particleSurnameAfter(i + 1) && this.isNameWord(i + 2) && !this.knownAt(i + 2) && !this.givenNameAt(i + 2)) return i + 1;
    // "l’abbé Pierre", "Sœur Emmanuelle": a religious title and a lone given name are one name (not "sa sœur Odile")
    // (the title's look-up first: most capitalised words follow none)
    if (this.isWord(i - 1) && !prev!.cap && locale.religiousTitles.has(prevLower) && (classes & GIVEN_NAME) !== 0 && !this.isNameWord(i + 1) && !this.isInitial(i + 1) && !locale.possessives.has(tokens[i - 2]?.lower ?? '')) {
      this.push(i - 1, i + 1, 'person', 'cue');
      return i + 1;
    }
    if ((classes & RELIGIOUS_TITLE) !== 0 && this.isNameWord(i + 1) && this.givenNameAt(i + 1) && !this.isNameWord(i + 2) && !this.isInitial(i + 2)) {
      this.push(i, i + 2, 'person', 'cue');
      return i + 2;
    }
    // "le président Chinois Wen Daolin": the role's nationality, written with a capital, is not part of the name
    if (this.roleBefore.has(i + 1) && demonym) return i + 1;
    // "ministre de l’Europe"; not "la campagne de Marine Dufresne", a given name after a bare "de", before a surname
    if (this.inComplement[i] && this.isPortfolio(i) && !this.championOf(i) && !(prevLower === 'de' && (classes & GIVEN_NAME) !== 0 && (this.isNameWord(i + 1) || this.isSurnameParticle(i + 1)))) return i + 1;
    // "au Finlandais Mikko Laine", "le jeune Néerlandais Jan Vermeer", "le Suisse Luca Meier": a nationality after an
    // article, before a two-word name, is not part of the name (nor the country)
    // ("le Néerlandais Joost Van Dam", "le Français Paul Le Gall": a surname with its particle too)
    if (demonym && /^(le|la|l'|les|au|aux|du|des|un|une|autre|jeune)$/.test(prevLower) && this.isNameWord(i + 1) && (this.isNameWord(i + 2) || this.isSurnameParticle(i + 2)) && (this.givenNameAt(i + 1) || !this.knownAt(i + 1))) return i + 1;
    // "la Roumaine Popescu", "l’Italien Ferri": a nationality after an article, then one unknown name word, is a person
    // named by surname; "le Français Paul Petit": a given name and a capitalised word, a person too (not "la Suisse",
    // the country; "la Néerlandaise Lotte van Dijk" is a full name the person rules read)
    if (demonym && (locale.singularDeterminers.has(prevLower) || locale.singularContractions.has(prevLower)) && this.isNameWord(i + 1) && !tokens[i + 1]!.allCaps && !this.knownAt(i + 1) && this.knownAt(i)?.value.type !== 'place' && !this.afterPlaceHead(i)) {
      const person = this.personAt(i + 1);
      if (person) return i + 1;
      const next = tokens[i + 2];
      const given = this.givenNameAt(i + 1) && next?.word && next.cap && !next.allCaps && !this.knownAt(i + 2) && !this.isNameWord(i + 3);
      // "la Néerlandaise Lotte van Dijk": a surname with its particle
      const end = given ? i + 3 : this.surnameEnd(i + 1, false);
      if (end > i + 1 && !this.isNameWord(end) && !this.isInitial(end)) {
        const c = this.push(i + 1, end, 'person', 'cue', { givenNames: given ? 1 : 0 });
        this.attachContext(c, end);
        return end;
      }
    }
    if ((classes & DEFINITE_ARTICLE) !== 0 && this.sentenceInitial(i)) {
      const movement = this.movementName(i + 1);
      if (movement) return movement;
    }
    // (not a name the lexicons know whole from the adjective on: "en Grand Chelem")
    if ((classes & PRENOMINAL_ADJECTIVE) !== 0 && !this.sentenceInitial(i) && !this.titleCase && this.isNameWord(i + 1) && !tokens[i + 1]!.allCaps && !((this.knownAt(i)?.end ?? 0) > i + 1)) {
      const prefixed = this.prefixedName(i);
      if (prefixed) return prefixed;
    }
    const feature = this.naturalFeature(i) || ((classes & PLACE_FIRST_WORD) !== 0 ? this.placeWithComplement(i) : 0) || this.townOfPlace(i);
    if (feature) return feature;
    // "dans l’Océan Indien": a feature's noun that is also a given name, after an article, opens the place's name (no
    // person takes an article)
    // (the feature's noun first: most capitals are none)
    if ((classes & NATURAL_FEATURE) !== 0 && (this.sentenceInitial(i) || (locale.definiteArticles.has(withoutElision(prevLower)) && (classes & GIVEN_NAME) !== 0))) {
      // "Mer de Chine : …", "Golfe du Mexique" opening a heading or a sentence
      const links = this.ofLinks(i + 1);
      let end = i + 1 + links;
      while (this.isNameWord(end) && end - i < 5) end++;
      if (end > i + 1 + links) {
        this.push(i, end, 'place', 'pattern');
        return end;
      }
    }
    const known = this.knownAt(i);
    // "une plainte contre X", "les rayons X": a known name of one letter is that name only after a word that calls it so ("sur X")
    if (known && known.end === i + 1 && t.text.length === 1 && !(this.isWord(i - 1) && locale.oneLetterNameCues.has(prevLower))) return i + 1;
    // "Trente hommes participent": a number opening a sentence, before a lower-case word, counts; no place of that name
    if (known && known.end === i + 1 && known.value.type === 'place' && locale.countingWords.has(t.lower) && this.sentenceInitial(i) && this.isWord(i + 1) && !tokens[i + 1]!.cap) return i + 1;
    // "des cochons d’Inde": a common noun that holds a place's name mentions no place
    if (known && known.value.type === 'place' && known.end === i + 1 && this.inCommonNoun(i)) return i + 1;
    const channel = known && known.value.type === 'place' && known.end === i + 1 ? this.numberedChannelEnd(i) : 0;
    if (channel) {
      // "sur Europe 1", "selon Normandie 3 Côte-Ouest": a place's name and a number glued to it name a channel or a body
      this.push(i, channel, 'organization', 'pattern');
      return channel;
    }
    // "trois Français et un Suisse": a country's name that is also its people's, counted, is a person, no place
    if (known && known.value.type === 'place' && known.end === i + 1 && demonym && this.isWord(i - 1) && locale.countingWords.has(tokens[i - 1]!.lower) && !this.isNameWord(i + 1)) return i + 1;
    const title = !known && locale.contractedArticles.has(prevLower) && !this.isCap(i + 1) ? this.lexicons.contracted.get(t.lower) : undefined;
    if (title) {
      // "a indiqué au Monde", "selon une enquête du Figaro": the title's article is in the contraction
      this.push(i, i + 1, 'organization', 'lexicon', { entry: title });
      return i + 1;
    }
    if (!known && !t.allCaps && prev?.text === '(' && tokens[i + 1]?.text === ')' && t.text.length <= 10 && !t.text.includes('-')) {
      // "Commission nationale de l’informatique et des libertés (Cnil)", "(Asean)": a short name in
      // parentheses after an organisation is its acronym, written as a word
      const last = this.settleBeforeParentheses(i);
      const full = this.nameSpelledOut(i) ?? (last && last.type === 'organization' && last.to === tokens[i - 2]?.end ? last : null);
      if (full && full.type === 'organization') {
        const c = this.push(i, i + 1, 'organization', 'pattern', { acronym: true });
        c.aliasOf = full;
        return i + 1;
      }
    }
    // (the look-ups first, the walks back over the words before last: every capitalised word asks)
    if (!known && !locale.organizationNameHeads.has(t.lower) && !demonym && (this.isNameWord(i) || (locale.nameParticles.has(t.lower) && this.isNameWord(i + 1))) && (this.afterPlaceHead(i) || this.afterTerritorialRole(i)) && !((this.afterProximity(i) || this.isLink(i - 1)) && (classes & GIVEN_NAME) !== 0 && this.isNameWord(i + 1)) && !locale.movementColours.has(tokens[i + 1]?.lower ?? '')) {
      // "province d’Al Haouz", "ville de Kelowna": the name after a place noun is a place; "le maire de Kervignac": after
      // a role held over a place, too
      let end = i + 1;
      // (not "la région Haute-Vallée Anne Morvan": a given name and a surname after the place's name are a person's;
      // "l’aéroport José Maria Cordova" is named after a person, whose given names run on)
      while (end < tokens.length && end - i < 5 && (this.isNameWord(end) || this.isJoinedParticle(end)) && !(this.givenNameAt(end) && this.isNameWord(end + 1) && !this.givenNameAt(end - 1))) end++;
      this.push(i, end, 'place', 'pattern');
      return end;
    }
    // "l’institut Elabe", "la société Orange": right after an organisation noun, a name known as a place names the body
    const introduced = this.isWord(i - 1) && locale.organizationIntroducers.has(prevLower);
    const tenure = locale.deForms.has(prevLower) ? i - 2 : i - 1;
    // "l’affaire Marsh", "le procès Marsh": a case, written in lower case, named after a person
    const named = this.isWord(i - 1) && !prev!.cap && locale.caseNouns.has(prevLower);
    // (not "son mandat de Premier ministre": a role written with a capital)
    if (!known && this.isWord(tenure) && (locale.tenureNouns.has(tokens[tenure]!.lower) || named) && !t.allCaps && this.phraseAt(i, locale.roleNouns) === 0 && !this.isNameWord(i + 1) && !this.isInitial(i + 1) && !locale.genericCapitalised.has(t.lower)) {
      // "l’administration Marsh", "le quinquennat Marsh", "le mandat de Marsh": a lone name after a leader's time in
      // office is the leader ("l’affaire Dupont de Ligonnès": a case's name keeps the surname's particle)
      const end = named ? this.surnameEnd(i, false) : i + 1;
      const c = this.push(i, end, 'person', 'cue');
      this.attachContext(c, end);
      return end;
    }
    // (not "le producteur Jean Roux": a noun that is a role too, then a given name and a surname, is a person's role;
    // nor "l’équipe Jean Roux", a team named after its leader)
    const cuedPerson = (this.roleBefore.has(i) || (this.isWord(i - 1) && locale.leaderTeamNouns.has(prevLower))) && (classes & GIVEN_NAME) !== 0 && this.isNameWord(i + 1);
    if ((!known || (known.value.type === 'place' && introduced)) && !cuedPerson && this.afterIntroducer(i)) {
      // "la start-up française Mistral AI", "le groupe Vinci": a name after an organisation noun
      let end = !this.isNameWord(i) && this.isNameWord(i + 1) ? i + 1 : i; // "le syndicat Sud Santé Sociaux"
      for (;;) {
        // ("la marque The North Face": after an English article, every capitalised word is the name's)
        if (end < tokens.length && end - i < 5 && (this.isNameWord(end) || tokens[end]!.allCaps || (t.text === 'The' && end > i + 1 && this.isCap(end)))) end++;
        else if (end > i && this.isInitial(end)) end += 2; // "le cabinet Arthur D. Little": an initial inside the name
        else break;
      }
      if (end > i) end = this.coordinatedNameEnd(i, end);
      if (end > i) {
        let j = this.adjectivesEnd(end, false);
        // "l’association Sortir du nucléaire", "l’association Les Restos du cœur": a name that is a phrase keeps its complement
        const oneWord = end === i + 1 || (end === i + 2 && locale.definiteArticles.has(t.lower));
        if (oneWord && /^(du|des)$/.test(tokens[j]?.lower ?? '')) j = this.commonComplementEnd(j);
        else if (oneWord) j = this.prepositionalComplementEnd(j);
        this.noteIntroduced(i, this.push(i, j, 'organization', 'pattern'));
        return j;
      }
    }
    // "le premier film projeté sera The Silent Harbour": a title in a sentence about works, before the article's name reading
    const work = t.text === 'The' ? this.workTitle(i) : 0;
    if (work) return work;
    if ((t.text === 'The' || t.text === 'Die' || t.text === 'Der' || t.text === 'Das') && this.isNameWord(i + 1)) {
      // "The Exploration Company", "The Guardian", "Die Linke": an English or German name with its article
      // ("The North Face": a capitalised word that is a French stopword too is the name's)
      let end = i + 1;
      while (end < tokens.length && end - i < 5 && (this.isNameWord(end) || (end > i + 1 && this.isCap(end) && !tokens[end]!.allCaps))) end++;
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    const event = this.eventName(i) || this.movementName(i);
    if (event) return event;
    const person = this.personAt(i) ?? this.agedGivenName(i) ?? this.sharedSurname(i);
    // "sa sœur Charlotte", "Mme Lyon", "Charlotte, 12 ans": after a kinship noun or an honorific, or before an age, a
    // person, even where a place has the name
    if (person && known && (this.kinshipBefore(i) || this.honorificBefore(i) || this.ageAfter(person.end))) return this.pushPerson(i, person);
    // "la Russe Sofia Marenko", "Milan Kovač et Jan Novák": a given name that a big city bears, then an unknown surname,
    // names a person where something says so (not "Paris Match")
    // (the surname may be a town's name too: "Sofia Kharkiv, la patineuse")
    if (!person && known && known.value.type === 'place' && known.end === i + 1 && locale.placeGivenNames.has(t.text) && this.isNameWord(i + 1) && !tokens[i + 1]!.allCaps && this.townOrNothingAt(i + 1) && !this.isNameWord(i + 2) && !this.afterLocative(i) && !this.titleCase && this.personCueAround(i, i + 2)) {
      // (a role or what befalls a person is a cue the grouping trusts; a list or a surname's ending, a guess)
      const cued = this.roleBefore.has(i) || this.roleInAppositionAt(i + 2) || this.personEventBefore(i);
      return this.pushPerson(i, { end: i + 2, givenNames: 1, evidence: cued ? 'cue' : 'first-name' });
    }
    // "Salvador Sobral, le chanteur portugais": two one-word places' names, then a role in apposition, name a person
    if (known && known.value.type === 'place' && known.end === i + 1 && this.isNameWord(i + 1) && !this.isNameWord(i + 2) && !this.titleCase && !this.afterLocative(i) && tokens[i + 2]?.text === ',') {
      const next = this.knownAt(i + 1);
      if (next && next.value.type === 'place' && next.end === i + 2 && this.roleInAppositionAt(i + 2)) return this.pushPerson(i, { end: i + 2, givenNames: 1, evidence: 'cue' });
    }
    // (not "le maire de Toronto Rob Ford": the role's holder starts after the place)
    // (nor "les accords de Minsk II": after a text's noun, a Roman number after the place counts the texts, it names no
    // body; "Paris II", a university, does)
    if (known && known.value.type === 'place' && !this.titleCase && (classes & GIVEN_NAME) === 0 && !this.roleBefore.has(i) && !this.roleBefore.has(known.end) && !this.honorificBefore(i) && this.isNameWord(known.end) && !this.knownAt(known.end) && !(SMALL_ROMAN.test(tokens[known.end]!.text) && this.afterDocumentNoun(i)) && !(this.givenNameAt(known.end) && this.isNameWord(known.end + 1))) {
      // "France Bleu Provence", "Paris Match": a place followed by other name words names an organisation;
      // after "à", "en", "dans" it is a longer place name ("à Borgo Egnazia")
      let end = known.end;
      while (end < tokens.length && end - i < 5 && (this.isNameWord(end) || tokens[end]!.allCaps)) end++;
      // "Chester Marsh, chanteur du groupe …": a town's name and one more word, then a role in apposition, name a person
      // ("Michel Roux, Florence Marsh et …": so does a list of people)
      // ("le décès de France Marsh": so does what befalls a person, before)
      if (end === known.end + 1 && known.end === i + 1 && !this.afterLocative(i)) {
        const cued = this.roleInAppositionAt(end) || this.personEventBefore(i);
        if (cued || this.listedWithPeople(i, end)) return this.pushPerson(i, { end, givenNames: 1, evidence: cued ? 'cue' : 'first-name' });
      }
      // ("Utah Beach", "Independence Hall": unless the last word ends places' names)
      this.push(i, end, this.afterLocative(i) || this.endsPlaceName(i, end) ? 'place' : 'organization', 'pattern');
      return end;
    }
    if (known && known.value.type === 'organization' && known.end === i + 1 && locale.organizationNameHeads.has(t.lower)) {
      // "Congrès de la Nouvelle-Calédonie", "Congrès national indien": a known head with more words is another body
      const end = this.organizationFromNameHead(i);
      if (end > known.end) return end;
    } else if (known && known.value.type === 'organization' && known.end > i + 1 && locale.deForms.has(tokens[known.end]?.lower ?? '') && this.ofLinks(known.end) === 1 && locale.organizationNameHeads.has(t.lower) && !this.titleCase) {
      // "Union européenne de cyclisme": a known name with a head, then "de" and a bare common noun, is another
      // body (not "l’Union européenne de la pêche", "la Cour constitutionnelle du royaume": with an article, what the body does
      // or whose it is)
      const end = this.commonComplementEnd(known.end);
      if (end > known.end) {
        this.push(i, end, 'organization', 'pattern');
        return end;
      }
    }
    // "ONU Climat", "ONU Femmes": after an acronym, one more name word only
    if (known && known.value.type === 'organization' && known.end === i + 1 && !this.titleCase && (!t.allCaps || !this.isNameWord(known.end + 1)) && (!person || known.end >= person.end || this.afterIntroducer(i)) && this.isNameWord(known.end) && !/\d/.test(tokens[known.end]!.text) && !tokens[known.end]!.allCaps && !this.knownAt(known.end) && !this.givenNameAt(known.end)) {
      // "Amazon Prime Video", "Google Maps": a known company's name followed by more name words is its product or unit
      let end = known.end;
      // not "Airbus A320": a model number is not part of the name
      while (end < tokens.length && end - i < 5 && ((this.isNameWord(end) && !/\d/.test(tokens[end]!.text)) || (/^(and|&)$/.test(tokens[end]!.text) && this.isNameWord(end + 1)))) end++;
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    if (known && known.value.type === 'organization' && (!person || known.end >= person.end)) {
      // "Greenpeace France", "Amnesty International Belgique": a national branch
      const branch = this.knownAt(known.end);
      // "Ubisoft Montréal", "Airbus Hambourg": a company's one-word name and a town is its site
      const site = known.end === i + 1 && !t.allCaps && !this.titleCase;
      if (branch && branch.value.type === 'place' && branch.end === known.end + 1 && (site || this.lexicons.countryWords.has(tokens[known.end]!.text)) && !this.isNameWord(branch.end)) {
        this.push(i, branch.end, 'organization', 'pattern');
        return branch.end;
      }
    }
    if (known && known.value.type === 'organization' && locale.organizationNameHeads.has(t.lower) && (!person || known.end >= person.end)) {
      // "Conseil de sécurité des Nations unies", "Assemblée générale de l’ONU": a known body of a known organisation
      const links = this.ofLinks(known.end);
      const parent = links ? this.knownAt(known.end + links) : null;
      // by its full name only: "Conseil de sécurité de l’ONU" reads as the council and the ONU
      if (parent && parent.value.type === 'organization' && parent.value.key !== known.value.key && !tokens[known.end + links]!.allCaps) {
        this.push(i, parent.end, 'organization', 'pattern');
        return parent.end;
      }
    }
    if (known && known.value.type === 'place' && (!person || known.end >= person.end)) {
      const end = this.placeSide(known.end);
      if (end > known.end) {
        this.push(i, end, 'place', 'pattern');
        return end;
      }
    }
    if (known && known.value.type === 'organization' && (!person || known.end >= person.end) && this.listedWithProducts(i, known.end)) {
      // "Partager : Facebook, Twitter, Google": a company listed with platforms is its platform
      this.push(i, known.end, 'misc', 'pattern', { kind: 'product' });
      return known.end;
    }
    if (known && (known.value.type === 'place' || known.value.type === 'organization') && (!person || known.end >= person.end)) {
      const end = this.countryAdjectiveAfter(i, known.end);
      if (end > known.end) {
        const c = this.push(i, end, known.value.type, 'lexicon', { entry: known.value });
        if (c.type === 'organization') this.noteIntroduced(i, c);
        return end;
      }
    }
    if (known && (!person || known.end >= person.end)) {
      const acronym = t.allCaps && known.end === i + 1;
      const c = this.push(i, known.end, known.value.type, 'lexicon', { entry: known.value, acronym });
      if (acronym) c.aliasOf = this.organizationBeforeParentheses(i);
      if (c.type === 'organization') this.noteIntroduced(i, c);
      return known.end;
    }
    if (person && person.evidence === 'first-name' && !person.role && person.end - i >= 2 && locale.placeNameLastWordsAfterGivenName.has(tokens[person.end - 1]!.lower) && !this.honorificBefore(i) && !this.speechCue(i, person.end)) {
      // "Alice Springs", "Lincoln Memorial": a given name, then a word that ends places' names, is a place unless the
      // text names a person so
      const fallback = this.candidate(i, person.end, 'place', 'pattern');
      this.push(i, person.end, 'unknown', 'single', { onlyKnown: true, fallback });
      return person.end;
    }
    if (person && !('role' in person && person.role) && isPlaceShaped(t.text) && this.afterPlaceHead(i)) {
      // "la basilique Sainte-Anne de Jérusalem": a compound shaped like a place's name after a place's noun is the place,
      // not a given name and a particle
      this.push(i, i + 1, 'place', 'pattern');
      return i + 1;
    }
    if (person && person.evidence !== 'cue' && !('role' in person && person.role) && this.saintPlaceAt(i, person.end)) {
      // "Saint-Martin de Crau", "Santa Maria da Feira": a saint's name, then a particle and a name, is a town's, not a
      // given name and a surname; "l’Océan Pacifique", an ocean's
      this.push(i, person.end, 'place', 'pattern');
      return person.end;
    }
    if (person) return this.pushPerson(i, person);
    return this.byShape(i);
  }

  /** "les accords de X", "un accord « X »": a text's noun in lower case, then "de" or a quote, right before token i. */
  private afterDocumentNoun(i: number): boolean {
    let k = i - 1;
    while (k >= i - 3 && k >= 0 && !this.tokens[k]!.word && /^[«“"]$/.test(this.tokens[k]!.text)) k--;
    if (this.isWord(k) && this.locale.ofForms.has(this.tokens[k]!.lower)) k--;
    while (k >= i - 4 && k >= 0 && !this.tokens[k]!.word && /^[«“"]$/.test(this.tokens[k]!.text)) k--;
    // ("les accords dits de Minsk": a participle between)
    if (this.isWord(k) && this.locale.namingParticiples.has(this.tokens[k]!.lower)) k--;
    const noun = this.tokens[k];
    return !!noun?.word && !noun.cap && this.locale.documentNouns.has(noun.lower);
  }

  /**
   * Tokens [i, end) open on a saint's word ("Saint-Martin", "Santa") and hold a particle ("de", "da") before a name; or
   * open on a word that opens places' names, then a known place ("Océan Pacifique", "Océan" a given name too).
   */
  private saintPlaceAt(i: number, end: number): boolean {
    const first = this.tokens[i]!.lower;
    if (end === i + 2 && this.locale.placeNameFirstWords.has(first) && this.knownAt(i + 1)?.value.type === 'place' && this.knownAt(i + 1)!.end === end) return true;
    if (!this.saintCompound(first) && !this.locale.saintNameWords.has(first)) return false;
    for (let k = i + 1; k < end - 1; k++) if (this.locale.nameParticles.has(this.tokens[k]!.lower) && !this.tokens[k]!.cap) return true;
    return false;
  }

  /** Token k names nothing known, or one town (no country, no body): what a surname may be. */
  private townOrNothingAt(k: number): boolean {
    const hit = this.knownAt(k);
    return !hit || (hit.value.type === 'place' && hit.end === k + 1 && !this.lexicons.countryWords.has(this.tokens[k]!.text));
  }

  /**
   * The end of a channel's or a body's name made of the place's name at i and a number of one or two digits glued after
   * it ("Europe 1", "Paris 8"), with a regional edition's name after it ("… 3 Hauts-de-France"); 0 when none: not a
   * count or a score ("France 60 à 80", "la France 2 buts à 1"), nor a date.
   */
  private numberedChannelEnd(i: number): number {
    if (!this.divisionNumber(i + 1)) return 0;
    // "les accords de Minsk 2": a text named after the place, and its sequel's number
    if (this.locale.deForms.has(this.tokens[i - 1]?.lower ?? '') && this.locale.documentNouns.has(this.tokens[i - 2]?.lower ?? '')) return 0;
    const after = this.tokens[i + 2];
    if (after?.word && !after.cap && !this.locale.stopwords.has(after.lower)) return 0;
    if (after?.word && (/^\d/.test(after.text) || this.locale.countingWords.has(after.lower) || this.locale.listCoordinators.has(after.lower) && /^\d/.test(this.tokens[i + 3]?.text ?? ''))) return 0;
    if (after && !after.word && !/^[,.;:)»]$/.test(after.text)) return 0;
    if (after?.lower === 'à') return 0;
    const edition = this.knownAt(i + 2);
    return edition && edition.value.type === 'place' ? edition.end : i + 2;
  }

  /** The place name at i ends a common noun ("cochon d’Inde", "chou de Bruxelles"). */
  private inCommonNoun(i: number): boolean {
    const link = this.tokens[i - 1];
    const noun = this.tokens[i - 2];
    // "des cocktails Molotov": the noun right before the name
    if (link?.word && !link.cap && !this.locale.deForms.has(link.lower)) return this.locale.commonNounsWithPlace.has(`${link.lower} ${this.tokens[i]!.lower}`);
    if (!link?.word || !noun?.word || noun.cap || !this.locale.deForms.has(link.lower)) return false;
    return this.locale.commonNounsWithPlace.has(`${noun.lower} ${link.lower}${link.lower === 'de' ? ' ' : ''}${this.tokens[i]!.lower}`);
  }

  /** Pushes the person `personAt(i)` found, with its role and the context after it; returns its end. */
  private pushPerson(i: number, person: NonNullable<ReturnType<UnitScan['personAt']>>): number {
    const c = this.push(i, person.end, 'person', person.evidence, { givenNames: person.givenNames });
    if (person.role) {
      c.roles.push(person.role.text);
      c.country = person.role.country;
    }
    this.attachContext(c, person.end);
    return person.end;
  }

  /** "Mathis, 14 ans, …": a lone given name followed by an age in apposition is a person. */
  private agedGivenName(i: number): { end: number; givenNames: number; evidence: 'cue' } | null {
    if (!(this.ageAfter(i + 1) || this.agedApposition(i + 1)) || !this.givenNameAt(i)) return null;
    return { end: i + 1, givenNames: 0, evidence: 'cue' };
  }

  /** "Gilles et Sandrine Kerbrat": a lone given name joined by "et" to a full name shares its surname; the given name is a person. */
  private sharedSurname(i: number): { end: number; givenNames: number; evidence: 'cue' } | null {
    if (this.tokens[i + 1]?.lower !== 'et' || this.tokens[i - 1]?.lower === 'et' || !this.givenNameAt(i)) return null;
    // (the surname may be a given name too: "Gilles et Sandrine Roy")
    if (!this.isNameWord(i + 2) || !this.givenNameAt(i + 2) || !this.isNameWord(i + 3) || this.isNameWord(i + 4)) return null;
    return { end: i + 1, givenNames: 0, evidence: 'cue' };
  }

  /** Something around tokens [s, e) says they name a person: a nationality or a role before, a role in apposition or a
   * speech verb after, a full name listed right after or a person listed right before, what befalls a person before
   * ("le décès de"), a surname's ending on the last word. */
  private personCueAround(s: number, e: number): boolean {
    if (this.roleBefore.has(s) || this.locale.demonyms.has(this.tokens[s - 1]?.lower ?? '') || this.roleInAppositionAt(e) || this.speechCue(s, e)) return true;
    return this.listedWithPeople(s, e) || this.personEventBefore(s) || this.surnameShaped(e - 1);
  }

  /** "le décès de X", "les obsèques d’X": a noun of what befalls a person, then "de", right before token s. */
  private personEventBefore(s: number): boolean {
    return this.locale.deForms.has(this.tokens[s - 1]?.lower ?? '') && this.isWord(s - 2) && this.locale.personEventNouns.has(this.tokens[s - 2]!.lower);
  }

  /** "Evdokimova", "Kowalski": an unknown name word with a surname's ending (not a known place's or body's name). */
  private surnameShaped(k: number): boolean {
    const t = this.tokens[k];
    return !!t && this.isNameWord(k) && !t.allCaps && !this.knownAt(k) && this.locale.surnameEndings.test(t.text);
  }

  /** Tokens [s, e) are listed right after a person, or right before a full name with a given name. */
  private listedWithPeople(s: number, e: number): boolean {
    const link = (k: number) => this.tokens[k]?.text === ',' || this.locale.listCoordinators.has(this.tokens[k]?.lower ?? '');
    if (link(e) && this.isNameWord(e + 1) && this.givenNameAt(e + 1) && this.isNameWord(e + 2)) return true;
    const last = this.candidates.at(-1);
    return link(s - 1) && last?.type === 'person' && last.to === this.tokens[s - 2]?.end;
  }

  /** ", chanteur du groupe …", ", la ministre …" at token k: a role in apposition (read only, nothing marked). */
  private roleInAppositionAt(k: number): boolean {
    if (this.tokens[k]?.text !== ',') return false;
    let r = k + 1;
    if (this.isWord(r) && this.locale.singularDeterminers.has(this.tokens[r]!.lower)) r++;
    while (this.isWord(r) && this.locale.roleModifiers.has(this.tokens[r]!.lower)) r++;
    return this.isWord(r) && !this.tokens[r]!.cap && this.phraseAt(r, this.locale.roleNouns) > 0;
  }

  /** ", un jeune policier de 26 ans": a comma at token k, then a short apposition that gives an age. */
  private agedApposition(k: number): boolean {
    if (this.tokens[k]?.text !== ',') return false;
    for (let j = k + 1; j < k + 8 && this.isWord(j); j++) {
      if (this.tokens[j]!.lower === 'de' && this.ageAt(j + 1)) return true;
    }
    return false;
  }

  /** ", 15 ans" or ", âgé de 15 ans" at token k: an age in apposition. */
  private ageAfter(k: number): boolean {
    if (this.tokens[k]?.text !== ',') return false;
    let n = k + 1;
    if (this.locale.agedWords.has(this.tokens[n]?.lower ?? '') && this.tokens[n + 1]?.lower === 'de') n += 2;
    return this.ageAt(n);
  }

  /**
   * "des assaillants", "ses alliés occidentaux": a collective actor without a
   * proper name (type `group`), after a plural determiner; returns the index
   * to continue from.
   */
  protected group(i: number): number {
    const t = this.tokens[i]!;
    if (!this.locale.groupNouns.has(t.lower) || !/^(les|des|ses|leurs|ces|nos|aux|de)$/.test(this.tokens[i - 1]?.lower ?? '')) return i + 1;
    let end = i + 1;
    while (this.isWord(end) && !this.tokens[end]!.cap && (this.demonymCode(end) !== null || this.locale.isInstitutionalAdjective(this.tokens[end]!.lower)) && end - i < 3) end++;
    const c = this.push(i, end, 'group', 'pattern');
    for (let k = i + 1; k < end; k++) {
      const code = this.demonymCode(k);
      if (code) c.country = code;
    }
    return end;
  }
}

/**
 * One scan kept alive for the life of the module, built on an empty text (it holds no document's words nor maps). V8
 * files the shape that the class fields give a scan as a transition of the class's first shape, held weakly: with no scan alive,
 * a full garbage collection drops it, and with it the optimised code of every recogniser, which then runs cold again
 * on the next document. A live scan keeps the shape, so the code stays optimised (the bench forces a full collection
 * before each stage: the actors stage ran about 2.5 times faster with it).
 */
let shapeKeeper: UnitScan | undefined;
const EMPTY_OFFSETS = new Int32Array(0);

/**
 * Candidate mentions in one text unit. `prefilter` false: every rule tried at every word, without the skip that
 * `lowerCaseOpeners` allows (for the tests: the candidates must be the same).
 */
export function scanUnit(unit: TextUnit, locale: ActorLocale, lexicons: Lexicons, prefilter = true, bareRoles?: UnitRole[]): Candidate[] {
  // (empty offset maps too: the unit's are views of its document's arena, which the keeper would hold for good)
  shapeKeeper ??= new UnitScan({ ...unit, text: '', starts: EMPTY_OFFSETS, ends: EMPTY_OFFSETS }, locale, lexicons);
  const scan = new UnitScan(unit, locale, lexicons);
  if (!prefilter) scan.gated = false;
  const candidates = scan.scan();
  if (bareRoles) for (const role of scan.bareRoles) bareRoles.push({ unit, role });
  return candidates;
}

/** A role the unit gives no name ("le chef sortant"), for the grouping to give to the person the text names before it. */
export interface UnitRole {
  readonly unit: TextUnit;
  readonly role: BareRole;
}
