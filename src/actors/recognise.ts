/**
 * Finds candidate mentions of people, organisations and places in one text
 * unit (a sentence or a heading). Each recogniser is a small rule on tokens;
 * `scanUnit` tries them left to right, longest and best-evidenced first. A
 * candidate whose reading needs the whole document (a bare surname, a name in
 * a title-case heading) is resolved later by ./group.ts.
 */
import type { TextUnit } from '../context.js';
import type { ActorType } from '../types.js';
import type { ActorLocale } from './actor-locale.js';
import type { Lexicons, LexiconValue } from './lexicons.js';
import { RoleCues, type Role } from './roles.js';
import { stripAccents } from './names.js';

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
  /** Canonical name when the mention's words do not give it: "ministère de la Défense français" in "ministères de la Défense russe et français". */
  name?: string;
}

/** "Champ-de-Mars", "Mont-Saint-Michel", "Bengale-Occidental": compounds shaped like place names. */
function isPlaceShaped(word: string): boolean {
  return (
    /\p{L}-(?:de|du|des|d'|d’|la|le|les|sur|sous|en|lès|lez|aux)-\p{Lu}/u.test(word) ||
    /\p{L}-[ld]['’]\p{Lu}/u.test(word) || // "Marcy-l’Étoile", "Villeneuve-d’Ascq"
    /^(?:Mont|Saint|Sainte|Port|Fort|Val|Pont|Puy|Château|Bourg|Villeneuve)-\p{Lu}/u.test(word) ||
    /\p{L}-(?:Occidental|Oriental|Central|Méridional|Septentrional|Nord|Sud|Est|Ouest)e?s?$/u.test(word)
  );
}

/** Key of an institution by its head noun and country: "ministère|RU" for "ministères de la Défense russe". */
export function headKey(head: string, country: string): string {
  return `${head.replace(/s$/, '')}|${country}`;
}

/** Per-unit working state. */
class UnitScan extends RoleCues {
  readonly candidates: Candidate[] = [];
  readonly titleCase: boolean;

  constructor(
    readonly unit: TextUnit,
    locale: ActorLocale,
    private readonly lexicons: Lexicons,
  ) {
    super(unit.text, locale);
    this.titleCase = unit.heading && this.isTitleCase();
  }

  private isTitleCase(): boolean {
    const content = this.tokens.filter((t, i) => i > 0 && t.word && t.text.length >= 4 && !this.locale.stopwords.has(t.lower));
    return content.length >= 3 && content.every((t) => t.cap);
  }

  /** Surname words from token k: capitalised words and particles ("de Villepin", "von der Leyen", "al-Assad", "Le Maire"). */
  private surnameEnd(k: number, afterGivenName: boolean): number {
    let end = k;
    let words = 0;
    let j = k;
    while (j < this.tokens.length && words < 4) {
      if (this.isNameWord(j) && !this.lexicons.known.longest(this.tokens, j)?.value.type.startsWith('org')) {
        j++;
        words++;
        end = j;
        continue;
      }
      if (this.isJoinedParticle(j)) {
        j++;
        words++;
        end = j;
        continue;
      }
      // particles: lower case anywhere, capitalised ("Le", "De", "Van") only right after the given name
      const t = this.tokens[j];
      if (!t?.word) break;
      const particle = this.locale.nameParticles.has(t.lower.replace(/'$/, '')) && (!t.cap || (afterGivenName && words === 0));
      if (!particle) break;
      let p = j + 1;
      while (p < this.tokens.length && p - j < 3 && this.tokens[p]!.word && !this.tokens[p]!.cap && this.locale.nameParticles.has(this.tokens[p]!.lower.replace(/'$/, ''))) p++;
      const surname = this.tokens[p];
      if (!surname || !surname.word || !surname.cap || surname.lower.endsWith("'") || this.locale.nameParticles.has(surname.lower)) break;
      // "Olaf Scholz de Berlin": a place after "de" is not a surname
      if (words > 0 && this.lexicons.known.longest(this.tokens, p)) break;
      j = p + 1;
      words++;
      end = j;
    }
    return end;
  }

  private push(from: number, to: number, type: Candidate['type'], evidence: Evidence, extra: Partial<Candidate> = {}): Candidate {
    const candidate = this.candidate(from, to, type, evidence, extra);
    this.candidates.push(candidate);
    return candidate;
  }

  /** A candidate for tokens [from, to), not yet recorded. */
  private candidate(from: number, to: number, type: Candidate['type'], evidence: Evidence, extra: Partial<Candidate> = {}): Candidate {
    const start = this.tokens[from]!.start;
    const end = this.tokens[to - 1]!.end;
    const wordTokens = this.tokens.slice(from, to).filter((t) => t.word);
    const words = extra.words ?? wordTokens.map((t) => t.text);
    const wordSpans = wordTokens.map((t) => [t.start, t.end] as const);
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
      ...extra,
    };
    return candidate;
  }

  /** "ministère de la Défense", "tribunal de Paris": lower-case head + complement with a capitalised name. */
  private organizationWithHead(i: number): number {
    const t = this.tokens[i]!;
    if (t.cap || !this.locale.organizationHeads.has(t.lower)) return 0;
    // "le ministère russe de la Défense": a demonym between head and complement stays in the name
    const inner = this.demonymCode(i + 1);
    const from = inner !== null ? i + 2 : i + 1;
    let end = this.complementWithNames(from);
    for (let k = from; k < end; k++) {
      // "la fédération de l’Isère du PS", "la direction de Renault": a part of a known organisation is named by it
      if (this.isCap(k) && this.lexicons.known.longest(this.tokens, k)?.value.type === 'organization') return 0;
    }
    if (end === from) end = this.qualifiedPlaceComplement(from);
    if (end === from && inner === null && this.locale.organizationHeadsWithName.has(t.lower) && this.isNameWord(from) && !this.lexicons.known.longest(this.tokens, from)) {
      // "hôpital Bichat", "université Tsinghua": the head and the name
      end = from;
      while (end < this.tokens.length && end - from < 4 && this.isNameWord(end)) end++;
    }
    if (end === from && inner === null && /^national(?:e|es|aux)?$/.test(this.tokens[from]?.lower ?? '') && this.isWord(from + 1) && !this.tokens[from + 1]!.cap && this.locale.isInstitutionalAdjective(this.tokens[from + 1]!.lower) && this.demonymCode(from + 1) === null) {
      // "parquet national financier", "office national antidopage": a national body named by two adjectives
      end = this.adjectivesEnd(from, false);
    }
    if (end === from && inner) {
      // "le ministère russe": the Russian ministry, if the text names one ("ministère de la Défense russe")
      this.push(i, from, 'organization', 'single', { onlyKnown: true, country: inner, headOf: headKey(t.lower, inner) });
      return from;
    }
    if (end === from) return 0;
    const after = this.demonymCode(end);
    const c = this.push(i, end, 'organization', 'pattern', { headOf: null });
    if (inner || after) c.country = inner || after;
    const second = after && inner === null && t.lower.endsWith('s') && this.tokens[end + 1]?.lower === 'et' ? this.demonymCode(end + 2) : null;
    if (second && second !== after) {
      // "les ministères de la Défense russe et français": two ministries, one of each country, named by the same words
      const named = `${t.text.replace(/s$/, '')} ${this.unit.text.slice(this.tokens[i + 1]!.start, this.tokens[end - 1]!.end)}`;
      c.name = `${named} ${this.tokens[end]!.text}`;
      const other = this.push(i, end, 'organization', 'pattern', { headOf: null });
      other.country = second;
      other.name = `${named} ${this.tokens[end + 2]!.text}`;
      for (let k = i; k < end + 3; k++) this.inComplement[k] = true;
      return end + 3;
    }
    for (let k = i; k < end; k++) this.inComplement[k] = true;
    return end;
  }

  /**
   * "tribunal correctionnel de Paris", "cour d’appel de Douai", "chambre régionale des comptes des Hauts-de-France":
   * a few lower-case words and common complements, then "de" + a known place.
   */
  private qualifiedPlaceComplement(k: number): number {
    const open = (x: number) => this.isWord(x) && !this.tokens[x]!.cap && !this.isLink(x) && (!this.locale.stopwords.has(this.tokens[x]!.lower) || this.locale.commonNouns.has(this.tokens[x]!.lower));
    let j = k;
    while (j < k + 3 && open(j)) j++;
    for (let n = 0; n < 2; n++) {
      const links = this.ofLinks(j);
      if (links === 0 || !open(j + links)) break;
      let e = j + links + 1;
      while (e < j + links + 3 && open(e) && this.locale.isInstitutionalAdjective(this.tokens[e]!.lower)) e++;
      j = e;
    }
    const links = this.ofLinks(j);
    if (links === 0) return k;
    const place = this.lexicons.known.longest(this.tokens, j + links);
    return place && place.value.type === 'place' ? place.end : k;
  }

  /** After an organisation head: ("de"|"du"|"des"|"de la"|"d’") + capitalised words [+ adjectives], repeated with "et". */
  private complementWithNames(k: number): number {
    let end = k;
    for (;;) {
      let j = end;
      if (end > k && this.tokens[j]?.lower === 'et') j++;
      const links = this.ofLinks(j);
      j += links;
      if (links === 0 || !this.isCap(j)) break;
      // "le Parti travailliste de Keir Starmer": a person's name is not a complement of the body
      if (this.locale.isFirstName(this.tokens[j]!.text) && this.isNameWord(j + 1) && !this.lexicons.known.longest(this.tokens, j)) break;
      while (this.isCap(j)) j++;
      // "de l’Union européenne": listed adjectives of bodies stay even when they are demonyms; "de la Défense russe" ends before "russe"
      while (this.isWord(j) && !this.tokens[j]!.cap && (this.locale.isOrganizationAdjective(this.tokens[j]!.lower) || (this.locale.isInstitutionalAdjective(this.tokens[j]!.lower) && this.demonymCode(j) === null))) j++;
      end = j;
    }
    return end;
  }

  /** "des champions" in "Ligue des champions": one link and one lower-case noun (and adjectives) after a name head. */
  private commonComplementEnd(k: number): number {
    const links = this.ofLinks(k);
    const j = k + links;
    const noun = this.tokens[j];
    if (links === 0 || !noun?.word || noun.cap || noun.text.length < 3 || this.locale.stopwords.has(noun.lower) || /\d/.test(noun.text)) return k;
    let end = this.adjectivesEnd(j + 1, true);
    // "des entreprises artistiques et culturelles": coordinated adjectives
    if (end > j + 1 && this.tokens[end]?.lower === 'et' && this.isWord(end + 1) && !this.tokens[end + 1]!.cap && this.locale.isInstitutionalAdjective(this.tokens[end + 1]!.lower) && this.demonymCode(end + 1) === null) end = this.adjectivesEnd(end + 1, true);
    return end;
  }

  /** Lower-case adjectives continuing an institutional name ("nationale", "constitutionnel"), demonyms too when `demonyms`. */
  private adjectivesEnd(k: number, demonyms: boolean, byShape = true): number {
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

  /** Capitalised organisation name from a name head ("Conseil constitutionnel", "Initiative de Genève pour la paix"). */
  private organizationFromNameHead(i: number): number {
    const head = this.tokens[i]!;
    if (!head.cap || !this.locale.organizationNameHeads.has(head.lower)) return 0;
    const link = this.tokens[i - 1];
    if (link?.word && (link.lower === "d'" || link.lower === 'de') && this.isWord(i - 2) && !this.tokens[i - 2]!.cap && !this.isLink(i - 2)) return 0;
    let j = i + 1;
    // "Haut Conseil", "Haute Autorité": another head may follow even when it is a common word
    while ((this.isCap(j) && (!this.locale.stopwords.has(this.tokens[j]!.lower) || this.locale.organizationNameHeads.has(this.tokens[j]!.lower))) || (j > i + 1 && this.isJoinedParticle(j))) j++;
    if (j === i + 1 && this.divisionNumber(j)) return this.pushNamed(i, j + 1); // "Ligue 1"
    // "État islamique" but not "États insulaires": a head that is also a common word takes only listed adjectives
    const plain = j;
    j = this.adjectivesEnd(j, true, !this.locale.stopwords.has(head.lower) || this.locale.commonNouns.has(head.lower));
    // "Union syndicale Solidaires": a name word after the adjectives
    if (j > plain && this.isNameWord(j) && !this.isNameWord(j + 1) && !this.locale.isFirstName(this.tokens[j]!.text) && !this.lexicons.known.longest(this.tokens, j)) j++;
    // "Ligue des champions", but not "État de droit": a head that is also a common word takes no common complement
    if (!this.locale.stopwords.has(head.lower) || this.locale.commonNouns.has(head.lower)) {
      // "Cour européenne des droits de l’homme", "Fédération nationale des associations d’usagers des transports":
      // up to three such complements; "de prévention et de contrôle": coordinated complements
      for (let n = 0; n < 4; n++) {
        let next = this.commonComplementEnd(j);
        if (next === j && n > 0 && /^(sur|contre|pour)$/.test(this.tokens[j]?.lower ?? '') && /^(le|la|les|l')$/.test(this.tokens[j + 1]?.lower ?? '')) {
          // "Institut international de recherche sur la paix", "Agence française de lutte contre le dopage"
          const noun = this.tokens[j + 2];
          if (noun?.word && !noun.cap && noun.text.length >= 3 && (!this.locale.stopwords.has(noun.lower) || this.locale.commonNouns.has(noun.lower))) next = this.adjectivesEnd(j + 3, false);
        }
        if (next === j && n > 0 && this.tokens[j]?.lower === 'et') {
          next = this.commonComplementEnd(j + 1);
          if (next === j + 1) next = j;
        }
        if (next === j) break;
        j = next;
      }
    }
    j = this.complementWithNames(j);
    // "… pour la paix", "… pour le climat"
    // "Fondation pour la recherche stratégique", "Union pour la Méditerranée": also right after the head
    if (this.tokens[j]?.lower === 'pour' && /^(le|la|les|l')$/.test(this.tokens[j + 1]?.lower ?? '') && this.isWord(j + 2) && !this.isLink(j + 2) && (!this.locale.stopwords.has(this.tokens[j + 2]!.lower) || this.locale.commonNouns.has(this.tokens[j + 2]!.lower)) && (j > i + 1 || !this.tokens[j + 2]!.cap || this.isNameWord(j + 2))) {
      const capital = this.tokens[j + 2]!.cap;
      // "Fondation pour le logement des défavorisés"
      j = capital ? j + 3 : this.commonComplementEnd(this.adjectivesEnd(j + 3, false));
    }
    if (j === i + 1) return 0;
    if (this.inComplement[i]) {
      let informative = false;
      for (let k = i + 1; k < j; k++) if (!this.demonymCode(k)) informative = true;
      if (!informative) return 0;
    }
    this.push(i, j, 'organization', 'pattern');
    for (let k = i; k < j; k++) this.inComplement[k] = true;
    return j;
  }

  /** "1" in "Ligue 1", "14" in "le Top 14": a small number right after a name, not a day before a month. */
  private divisionNumber(k: number): boolean {
    const n = this.tokens[k];
    return n !== undefined && n.word && /^\d{1,2}$/.test(n.text) && n.start === this.tokens[k - 1]!.end + 1 && !this.locale.months.has(this.tokens[k + 1]?.lower ?? '');
  }

  private pushNamed(i: number, j: number): number {
    this.push(i, j, 'organization', 'pattern');
    for (let k = i; k < j; k++) this.inComplement[k] = true;
    return j;
  }

  private afterIntroducer(i: number): boolean {
    let k = i - 1;
    // "la start-up française X", "le service météorologique X"
    while (k >= 0 && (this.demonymCode(k) !== null || (this.isWord(k) && !this.tokens[k]!.cap && this.locale.isInstitutionalAdjective(this.tokens[k]!.lower)))) k--;
    let t = this.tokens[k];
    if (!t?.word) return false;
    if (this.locale.organizationIntroducers.has(t.lower)) return true;
    // "le cabinet de conseil McKinsey", "la société d’investissement X": the introducer's own complement
    if (!t.cap && (!this.locale.stopwords.has(t.lower) || this.locale.commonNouns.has(t.lower)) && /^(de|d')$/.test(this.tokens[k - 1]?.lower ?? '') && this.tokens[k - 2]?.word && this.locale.organizationIntroducers.has(this.tokens[k - 2]!.lower)) return true;
    t = this.tokens[k]!;
    return k > 0 && this.tokens[k - 1]!.word && this.locale.organizationIntroducers.has(`${this.tokens[k - 1]!.lower} ${t.lower}`);
  }

  /** "Nvidia et Samsung", "Microsoft, Nvidia": an unknown word listed with organisations or places is one too. */
  private coordinate(): void {
    const list = this.candidates;
    for (let n = 0; n < list.length; n++) {
      const c = list[n]!;
      if (c.type !== 'unknown' || c.fallback || c.words.length !== 1) continue;
      for (const other of [list[n - 1], list[n + 1]]) {
        if (!other || (other.type !== 'organization' && other.type !== 'place') || other.acronym) continue;
        const between = other.to <= c.from ? this.unit.text.slice(other.to, c.from) : this.unit.text.slice(c.to, other.from);
        if (!/^\s*(?:,|et|ou|ni)\s*$/u.test(between)) continue;
        list[n] = { ...c, onlyKnown: true, fallback: { ...c, type: other.type, evidence: 'pattern', onlyKnown: false, fallback: null } };
        break;
      }
    }
  }

  /** Runs every recogniser over the unit. */
  scan(): Candidate[] {
    this.findRoles();
    const n = this.tokens.length;
    let i = 0;
    while (i < n) {
      const t = this.tokens[i]!;
      if (!t.word) {
        i++;
        continue;
      }
      const pinned = this.lexicons.gazetteer.longest(this.tokens, i);
      if (pinned) {
        const c = this.push(i, pinned.end, pinned.value.type, 'gazetteer', { entry: pinned.value });
        this.attachContext(c, pinned.end);
        i = pinned.end;
        continue;
      }
      const headed = this.organizationWithHead(i);
      if (headed) {
        i = headed;
        continue;
      }
      if (!t.cap && this.honorificBefore(i) && this.locale.nameParticles.has(t.lower.replace(/'$/, '')) && this.isNameWord(i + 1)) {
        // "M. de Villepin": the particle belongs to the surname
        const end = this.surnameEnd(i, false);
        if (end > i) {
          this.push(i, end, 'person', 'cue');
          i = end;
          continue;
        }
      }
      if (!t.cap && !this.isJoinedParticle(i)) {
        // lower-case lexicon phrases: "bande de Gaza", "mer Noire"
        const phrase = this.lexicons.known.longest(this.tokens, i);
        if (phrase && phrase.end > i + 1) {
          this.push(i, phrase.end, phrase.value.type, 'lexicon', { entry: phrase.value });
          i = phrase.end;
        } else if (/^\p{Ll}{1,5}\p{Lu}\p{Ll}{2,}$/u.test(t.text) && !this.locale.nonEntityAcronyms.has(t.lower)) {
          // "easyJet", "eBay": a company name written with a lower-case initial
          this.push(i, i + 1, 'organization', 'pattern');
          i++;
        } else i = this.securityBody(i) || this.group(i);
        continue;
      }
      i = this.scanCapitalised(i);
    }
    this.coordinate();
    return this.candidates;
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
    const t = this.tokens[i]!;
    if (this.inComplement[i] && this.isPortfolio(i)) return i + 1; // "ministre de l’Europe"
    const feature = this.naturalFeature(i);
    if (feature) return feature;
    if (this.sentenceInitial(i) && this.locale.naturalFeatures.has(t.lower)) {
      // "Mer de Chine : …", "Golfe du Mexique" opening a heading or a sentence
      const links = this.ofLinks(i + 1);
      let end = i + 1 + links;
      while (this.isNameWord(end) && end - i < 5) end++;
      if (end > i + 1 + links) {
        this.push(i, end, 'place', 'pattern');
        return end;
      }
    }
    const known = this.lexicons.known.longest(this.tokens, i);
    const title = !known && /^(du|au|aux|des)$/.test(this.tokens[i - 1]?.lower ?? '') && !this.isCap(i + 1) ? this.lexicons.contracted.get(t.lower) : undefined;
    if (title) {
      // "a indiqué au Monde", "selon une enquête du Figaro": the title's article is in the contraction
      this.push(i, i + 1, 'organization', 'lexicon', { entry: title });
      return i + 1;
    }
    if (!known && !t.allCaps && this.tokens[i - 1]?.text === '(' && this.tokens[i + 1]?.text === ')' && t.text.length <= 10 && !t.text.includes('-')) {
      // "Commission nationale de l’informatique et des libertés (Cnil)", "(Asean)": a short name in
      // parentheses after an organisation is its acronym, written as a word
      const last = this.settleBeforeParentheses(i);
      const full = this.nameSpelledOut(i) ?? (last && last.type === 'organization' && last.to === this.tokens[i - 2]?.end ? last : null);
      if (full && full.type === 'organization') {
        const c = this.push(i, i + 1, 'organization', 'pattern', { acronym: true });
        c.aliasOf = full;
        return i + 1;
      }
    }
    if (!known && this.afterPlaceHead(i) && !this.inComplement[i] && !this.locale.organizationNameHeads.has(t.lower) && !(this.afterProximity(i) && this.locale.isFirstName(t.text) && this.isNameWord(i + 1)) && (this.isNameWord(i) || (this.locale.nameParticles.has(t.lower) && this.isNameWord(i + 1)))) {
      // "province d’Al Haouz", "ville de Kelowna": the name after a place noun is a place
      let end = i + 1;
      while (end < this.tokens.length && end - i < 5 && (this.isNameWord(end) || this.isJoinedParticle(end))) end++;
      this.push(i, end, 'place', 'pattern');
      return end;
    }
    if (!known && this.afterIntroducer(i)) {
      // "la start-up française Mistral AI", "le groupe Vinci": a name after an organisation noun
      let end = !this.isNameWord(i) && this.isNameWord(i + 1) ? i + 1 : i; // "le syndicat Sud Santé Sociaux"
      while (end < this.tokens.length && end - i < 5 && (this.isNameWord(end) || this.tokens[end]!.allCaps)) end++;
      if (end > i) {
        let j = this.adjectivesEnd(end, false);
        // "l’association Sortir du nucléaire": a name that is a phrase keeps its complement
        if (end === i + 1 && /^(du|des)$/.test(this.tokens[j]?.lower ?? '')) j = this.commonComplementEnd(j);
        this.push(i, j, 'organization', 'pattern');
        return j;
      }
    }
    if (/^(The|Die|Der|Das)$/.test(t.text) && this.isNameWord(i + 1)) {
      // "The Exploration Company", "The Guardian", "Die Linke": an English or German name with its article
      let end = i + 1;
      while (end < this.tokens.length && end - i < 5 && this.isNameWord(end)) end++;
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    const person = this.personAt(i);
    if (known && known.value.type === 'place' && !this.titleCase && !this.locale.isFirstName(t.text) && !this.roleBefore.has(i) && !this.honorificBefore(i) && this.isNameWord(known.end) && !this.lexicons.known.longest(this.tokens, known.end) && !(this.locale.isFirstName(this.tokens[known.end]!.text) && this.isNameWord(known.end + 1))) {
      // "France Bleu Provence", "Paris Match": a place followed by other name words names an organisation;
      // after "à", "en", "dans" it is a longer place name ("à Borgo Egnazia")
      let end = known.end;
      while (end < this.tokens.length && end - i < 5 && (this.isNameWord(end) || this.tokens[end]!.allCaps)) end++;
      this.push(i, end, this.afterLocative(i) ? 'place' : 'organization', 'pattern');
      return end;
    }
    if (known && known.value.type === 'organization' && known.end === i + 1 && this.locale.organizationNameHeads.has(t.lower)) {
      // "Congrès de la Nouvelle-Calédonie", "Congrès national indien": a known head with more words is another body
      const end = this.organizationFromNameHead(i);
      if (end > known.end) return end;
    }
    if (known && known.value.type === 'organization' && known.end === i + 1 && !this.titleCase && !t.allCaps && (!person || known.end >= person.end) && this.isNameWord(known.end) && !/\d/.test(this.tokens[known.end]!.text) && !this.tokens[known.end]!.allCaps && !this.lexicons.known.longest(this.tokens, known.end) && !this.locale.isFirstName(this.tokens[known.end]!.text)) {
      // "Amazon Prime Video", "Google Maps": a known company's name followed by more name words is its product or unit
      let end = known.end;
      // not "Airbus A320": a model number is not part of the name
      while (end < this.tokens.length && end - i < 5 && ((this.isNameWord(end) && !/\d/.test(this.tokens[end]!.text)) || (/^(and|&)$/.test(this.tokens[end]!.text) && this.isNameWord(end + 1)))) end++;
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    if (known && known.value.type === 'organization' && (!person || known.end >= person.end)) {
      // "Greenpeace France", "Amnesty International Belgique": a national branch
      const branch = this.lexicons.known.longest(this.tokens, known.end);
      if (branch && branch.value.type === 'place' && branch.end === known.end + 1 && this.lexicons.countryWords.has(this.tokens[known.end]!.text) && !this.isNameWord(branch.end)) {
        this.push(i, branch.end, 'organization', 'pattern');
        return branch.end;
      }
    }
    if (known && known.value.type === 'organization' && this.locale.organizationNameHeads.has(t.lower) && (!person || known.end >= person.end)) {
      // "Conseil de sécurité des Nations unies", "Assemblée générale de l’ONU": a known body of a known organisation
      const links = this.ofLinks(known.end);
      const parent = links ? this.lexicons.known.longest(this.tokens, known.end + links) : null;
      // by its full name only: "Conseil de sécurité de l’ONU" reads as the council and the ONU
      if (parent && parent.value.type === 'organization' && parent.value.key !== known.value.key && !this.tokens[known.end + links]!.allCaps) {
        this.push(i, parent.end, 'organization', 'pattern');
        return parent.end;
      }
    }
    if (known && (!person || known.end >= person.end)) {
      const acronym = t.allCaps && known.end === i + 1;
      const c = this.push(i, known.end, known.value.type, 'lexicon', { entry: known.value, acronym });
      if (acronym) c.aliasOf = this.organizationBeforeParentheses(i);
      return known.end;
    }
    if (person) {
      const c = this.push(i, person.end, 'person', person.evidence, { givenNames: person.givenNames });
      if (person.role) {
        c.roles.push(person.role.text);
        c.country = person.role.country;
      }
      this.attachContext(c, person.end);
      return person.end;
    }
    const named = this.organizationFromNameHead(i);
    if (named) return named;
    const placeAfter = t.allCaps && t.text.length <= 4 ? this.lexicons.known.longest(this.tokens, i + 1) : null;
    if (placeAfter && placeAfter.value.type === 'place' && !this.locale.nonEntityAcronyms.has(t.lower) && !this.lexicons.known.longest(this.tokens, i)) {
      // "RC Lens", "AS Monaco", "OGC Nice", "ASM Clermont Auvergne": a club's initials before its town (and region)
      let end = placeAfter.end;
      while (end < placeAfter.end + 2 && this.isNameWord(end) && !this.locale.isFirstName(this.tokens[end]!.text)) end++;
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    if (t.allCaps && this.isNameWord(i + 1) && !this.tokens[i + 1]!.allCaps && !t.text.includes('.') && !this.lexicons.known.longest(this.tokens, i + 1) && !this.locale.nonEntityAcronyms.has(t.lower) && !this.locale.roleNouns.has(t.lower)) {
      // "BNP Paribas", "AI Act": an acronym inside a name; such a name is not a person
      let end = i + 1;
      while (end < this.tokens.length && end - i < 5 && (this.isNameWord(end) || this.tokens[end]!.allCaps)) end++;
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    if (t.allCaps) {
      // "J.D" cut from its name by a sentence break is an initial, not an acronym; "CSO-3", "F-35" are models
      if (this.locale.nonEntityAcronyms.has(t.lower) || this.allCapsUnit() || t.text.includes('.') || /^\p{Lu}+-\d+$/u.test(t.text)) return i + 1;
      const plain = (k: number) => this.isWord(k) && this.tokens[k]!.allCaps && !this.tokens[k]!.text.includes('.') && !this.locale.nonEntityAcronyms.has(this.tokens[k]!.lower) && !this.lexicons.known.longest(this.tokens, k);
      if (plain(i + 1) && this.tokens[i + 1]!.start === t.end + 1) {
        // "CMA CGM": two unknown acronyms in a row are one name
        let end = i + 2;
        while (end < i + 3 && plain(end)) end++;
        this.push(i, end, 'organization', 'pattern');
        return end;
      }
      const links = this.ofLinks(i + 1);
      const where = links ? this.lexicons.known.longest(this.tokens, i + 1 + links) : null;
      if (where && where.value.type === 'place' && !this.isNameWord(where.end)) {
        // "CHU de Toulouse", "IEP de Paris": an unknown acronym with its town is one institution
        this.push(i, where.end, 'organization', 'pattern');
        return where.end;
      }
      this.settleBeforeParentheses(i);
      const full = this.nameSpelledOut(i);
      const c = this.push(i, i + 1, 'organization', 'pattern', { acronym: true });
      c.aliasOf = full ?? this.organizationBeforeParentheses(i);
      return i + 1;
    }
    if (/^(?:[ANDMRE]|RN|RD|I-)\d{1,4}$/u.test(t.text) && !this.isCap(i - 1)) {
      // not "Airbus A320": after a name, a model
      // "l’A64", "la N7": a road
      this.push(i, i + 1, 'place', 'pattern');
      return i + 1;
    }
    if (t.text.includes('-') && t.text.split('-').some((part) => part.length >= 2 && /^\p{Lu}+$/u.test(part)) && t.text.split('-').every((part) => /^\p{Lu}/u.test(part))) {
      // "Fiom-CGIL", "Sgen-CFDT": a hyphenated name with an acronym part is a union's or a company's
      this.push(i, i + 1, 'organization', 'pattern');
      return i + 1;
    }
    if (/\p{L}['’]s$/u.test(t.text)) {
      // "Moody’s", "McDonald’s": an English possessive names a company
      this.push(i, i + 1, 'organization', 'pattern');
      return i + 1;
    }
    if (this.locale.isMixedAcronym(t.text) && !this.locale.isFirstName(t.text)) {
      // "AfD", "MoDem": capitals inside a short word make an acronym-like name
      this.push(i, i + 1, 'organization', 'pattern');
      return i + 1;
    }
    if (/^L['’]\p{Lu}/u.test(t.text)) {
      // "L’Équipe", "L’Oréal": a title with its article inside a sentence
      this.push(i, i + 1, 'organization', 'pattern');
      return i + 1;
    }
    if (this.locale.definiteArticles.has(t.lower) && !this.sentenceInitial(i) && !this.titleCase && this.isNameWord(i + 1) && this.isNameWord(i + 2)) {
      // "à La Défense Arena", "dans Le Journal du dimanche": an article written with a capital belongs to the name
      let end = i + 1;
      while (end < this.tokens.length && end - i < 6 && this.isNameWord(end)) end++;
      end = this.complementWithNames(end);
      this.push(i, end, this.afterPlaceHead(i) || this.tokens[i - 1]?.lower === 'à' ? 'place' : 'organization', 'pattern');
      return end;
    }
    if (this.isSurnameParticle(i)) {
      // "Le Pen", "De Gaulle" without a given name: a surname, person only if the text names one;
      // opening a sentence, "Le Hamas" is more likely an article and a name
      const cue = this.honorificBefore(i) || this.roleBefore.has(i) || this.speechCue(i, i + 2);
      // inside a sentence, "Le Pacte", "La Voix du Nord" are titles when no person bears the name
      const article = this.locale.definiteArticles.has(t.lower);
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
        const next = this.tokens[i + 2];
        const adjective = next?.word && !next.cap && next.text.length >= 4 && !this.locale.stopwords.has(next.lower) && (/ée?s?$/u.test(next.lower) || this.locale.isInstitutionalAdjective(next.lower));
        fallback = this.candidate(i, this.complementWithNames(adjective ? i + 3 : i + 2), this.afterPlaceHead(i) ? 'place' : 'organization', 'pattern');
      }
      this.push(i, i + 2, cue ? 'person' : 'unknown', cue ? 'cue' : 'single', { onlyKnown: !cue, fallback });
      return fallback && fallback.to > this.tokens[i + 1]!.end ? this.tokenAfter(fallback.to) : i + 2;
    }
    if (this.locale.cardinalRegions.has(t.lower) && this.afterArticle(i) && !this.isCap(i + 1)) {
      // "le Nord", "l’Est": a region
      this.push(i, i + 1, 'place', 'pattern');
      return i + 1;
    }
    if (!this.isNameWord(i)) return i + 1;
    // "la Polonaise Iga Swiatek", "l’Italien Jannik Sinner": a national before a name is not part of it
    if (this.locale.demonyms.has(t.lower) && this.isDeterminer(i - 1) && this.isNameWord(i + 1)) return i + 1;
    // a run of capitalised words, cut before a given name that starts another name
    let end = i;
    while (end < this.tokens.length && (this.isNameWord(end) || this.isJoinedParticle(end)) && end - i < 5) {
      if (end > i && this.locale.isFirstName(this.tokens[end]!.text) && this.isNameWord(end + 1) && !this.locale.isFirstName(this.tokens[end - 1]!.text)) break;
      end++;
    }
    if (this.inComplement[i] && this.isPortfolio(i)) return end;
    if (this.locale.eventNouns.has(t.lower)) {
      // "le Tour de France", "le Prix Goncourt", "la Coupe du monde": events and awards are not actors
      return this.complementWithNames(end);
    }
    if (this.inComplement[i] && !this.afterArticle(i)) {
      // "patron de Tesla et de SpaceX": a name after "de" in a role's complement is an organisation
      // "président de Mistral AI": a longer name too when an acronym or a company suffix marks it
      const marked = end - i > 1 && this.tokens.slice(i + 1, end).some((w) => w.allCaps || this.locale.organizationSuffixes.has(w.lower));
      if (/^(de|d'|du|des)$/.test(this.tokens[i - 1]?.lower ?? '') && (end - i === 1 || marked)) this.push(i, end, 'organization', 'pattern');
      return end;
    }
    if (end - i === 1 && isPlaceShaped(t.text)) {
      // "Champ-de-Mars", "Aix-en-Provence": a compound with an inner particle names a place
      this.push(i, end, 'place', 'pattern');
      return end;
    }
    if (this.afterPlaceHead(i)) {
      this.push(i, end, 'place', 'pattern');
      return end;
    }
    if (this.afterIntroducer(i)) {
      const j = this.adjectivesEnd(end, false);
      this.push(i, j, 'organization', 'pattern');
      return j;
    }
    if (end - i === 1 && this.locale.isCamelCase(t.text)) {
      // "ArianeGroup", "BlackRock": a capital inside a word names a company
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    if (end - i === 1 && this.isWord(end) && !this.tokens[end]!.cap && this.locale.isInstitutionalAdjective(this.tokens[end]!.lower) && this.demonymCode(end) === null && this.isNameWord(end + 1)) {
      // "Santé publique France" (also opening a sentence): a name with a lower-case adjective inside is an institution's
      let j = end + 1;
      while (j < this.tokens.length && j - i < 6 && this.isNameWord(j)) j++;
      this.push(i, j, 'organization', 'pattern');
      return j;
    }
    if (this.sentenceInitial(i)) {
      // "Hier Olaf Scholz …": the first word is an ordinary word; "Attal a dit": a name only if known
      if (end - i === 1) {
        this.push(i, i + 1, 'unknown', 'single', { onlyKnown: true });
        return i + 1;
      }
      if (!this.locale.isFirstName(t.text) && this.locale.isFirstName(this.tokens[i + 1]!.text) && this.isNameWord(i + 2)) return i + 1;
    }
    if (end - i === 1 && this.locale.demonyms.has(t.lower)) return i + 1; // "les Russes"
    if (end - i === 1 && this.isInhabitants(i)) return i + 1; // "les Parisiens"
    const opening = this.tokens[i - 1];
    if (opening?.word && opening.cap && this.locale.definiteArticles.has(opening.lower.replace(/'$/, '')) && this.sentenceInitial(i - 1) && !this.locale.isFirstName(t.text) && !this.locale.documentNouns.has(t.lower) && !(end - i === 1 && this.compoundAfter(end))) {
      // "L’Unédic prévoit", "L’Éducation nationale recrute": no person takes an article, and after an elided
      // article opening the sentence the capital is the name's; after "La", "Le" only a longer name
      const j = this.complementWithNames(this.adjectivesEnd(end, false));
      // "Le Haut-Commissariat a…", "Le Comité a…": a body's head noun on its own
      const head = end === i + 1 && this.locale.organizationNameHeads.has(t.lower) && !this.locale.stopwords.has(t.lower) && !/^(contre|pour|sur|en|à|au|aux|de|du|des|d')$/.test(this.tokens[end]?.lower ?? '');
      if (opening.lower === "l'" || j > end || head) {
        this.push(i, j, 'organization', 'pattern');
        return j;
      }
    }
    if (this.afterArticle(i) && !this.locale.isFirstName(t.text)) {
      // "la Palme d’or", "le Ballon d’or": a capitalised common noun in a compound
      if (end - i === 1 && this.compoundAfter(end)) return end;
      // "la Charte des Nations unies", "le Traité de Rome": a text, not an organisation
      if (this.locale.documentNouns.has(t.lower)) return this.complementWithNames(this.adjectivesEnd(end, false));
      const j = end - i === 1 && this.divisionNumber(end) ? end + 1 : this.complementWithNames(this.adjectivesEnd(end, false));
      // "dans les Pouilles", "vers le Donbass": after a preposition of place, a place
      const where = /^(dans|vers|depuis|sur)$/.test(this.tokens[i - 2]?.lower ?? '') && /^(le|la|les|l')$/.test(this.tokens[i - 1]!.lower);
      this.push(i, j, where ? 'place' : 'organization', 'pattern');
      return j;
    }
    if (end - i >= 2 && this.tokens.slice(i, end).some((w) => this.locale.organizationSuffixes.has(w.lower))) {
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    if (end - i >= 2 && this.tokens.slice(i, end).some((w) => w.allCaps)) {
      this.push(i, end, 'organization', 'pattern');
      return end;
    }
    if (end - i === 1 && t.text.includes('-') && t.text.split('-').some((part) => this.lexicons.countryWords.has(part))) {
      // "Ouest-France", "Météo-France": a name built on a country's is an organisation's; "en Colombie-Britannique", a region
      this.push(i, end, this.afterLocative(i) ? 'place' : 'organization', 'pattern');
      return end;
    }
    if (end - i === 1 && this.attributedTo(i) && !this.honorificBefore(i)) {
      // "selon Arianespace": a lone word after "selon" is a person only if the text names one so
      const fallback = this.candidate(i, end, 'organization', 'pattern');
      this.push(i, end, 'unknown', 'single', { onlyKnown: true, fallback });
      return end;
    }
    if (this.placeApposition(end)) {
      // "Yellowknife, capitale des Territoires du Nord-Ouest": a place
      this.push(i, end, 'place', 'pattern');
      return end;
    }
    const cue = this.speechCue(i, end) || this.honorificBefore(i);
    if (!cue && (this.tokens[i - 1]?.lower === 'à' || this.tokens[i - 1]?.lower === 'en') && !this.locale.isFirstName(t.text)) {
      const fallback = this.candidate(i, end, 'place', 'pattern');
      this.push(i, end, 'unknown', 'single', { onlyKnown: true, fallback });
      return end;
    }
    const c = this.push(i, end, end - i >= 2 || cue ? 'person' : 'unknown', cue ? 'cue' : end - i >= 2 ? 'multi' : 'single');
    this.attachContext(c, end);
    return end;
  }

  /** ", capitale de…", ", ville de…", ", chef-lieu de…" after a name. */
  private placeApposition(e: number): boolean {
    if (this.tokens[e]?.text !== ',') return false;
    let k = e + 1;
    if (this.isWord(k) && /^(la|le|l'|une|un)$/.test(this.tokens[k]!.lower)) k++;
    while (this.isWord(k) && !this.tokens[k]!.cap && this.locale.isInstitutionalAdjective(this.tokens[k]!.lower)) k++;
    return this.isWord(k) && this.locale.placeAppositions.has(this.tokens[k]!.lower);
  }

  /**
   * "des assaillants", "ses alliés occidentaux": a collective actor without a
   * proper name (type `group`), after a plural determiner; returns the index
   * to continue from.
   */
  private group(i: number): number {
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

  /**
   * "les services secrets français", "le renseignement américain", "les services de renseignement": a body named by a
   * common noun after a determiner, with its country when a demonym follows; returns the index to continue
   * from, 0 when none.
   */
  private securityBody(i: number): number {
    const n = this.phraseAt(i, this.locale.securityBodies);
    if (n === 0 || !this.isDeterminer(i - 1) && !/^(des|du|aux|au|de)$/.test(this.tokens[i - 1]?.lower ?? '')) return 0;
    const code = this.demonymCode(i + n);
    const phrase = this.tokens.slice(i, i + n).map((t) => t.lower).join(' ').replace(/' /g, "'");
    if (code === null && !this.locale.securityBodiesAlone.has(phrase)) return 0;
    const end = code === null ? i + n : i + n + 1;
    const c = this.push(i, end, 'organization', 'pattern');
    c.country = code;
    return end;
  }

  /** "près de X", "au large de X": a place is likely but a person possible ("près de Jean Dupont"). */
  private afterProximity(i: number): boolean {
    let k = i - 1;
    while (k >= 0 && this.isLink(k) && i - k <= 2) k--;
    return /^(près|proximité|environs|alentours|abords|large)$/.test(this.tokens[k]?.lower ?? '');
  }

  /** "à X", "en X", "dans X": a preposition of place right before token i. */
  private afterLocative(i: number): boolean {
    // "a déclaré à France Bleu": after a speech verb, "à" introduces who was spoken to
    if (this.tokens[i - 1]?.lower === 'à' && this.isWord(i - 2) && this.locale.speechVerbs.has(this.tokens[i - 2]!.lower)) return false;
    return /^(à|en|dans)$/.test(this.tokens[i - 1]?.lower ?? '');
  }

  /** "selon X", "d’après X". */
  private attributedTo(i: number): boolean {
    const before = this.tokens[i - 1];
    if (!before?.word) return false;
    return this.locale.attributions.has(before.lower) || (before.lower === "d'" && this.tokens[i - 2]?.lower === 'après');
  }

  /** A capitalised particle starting a surname: "Le Pen", "De Gaulle", "Van Rompuy" (not "Le Caire": lexicon first). */
  private isSurnameParticle(i: number): boolean {
    const t = this.tokens[i]!;
    if (!t.cap || !this.locale.nameParticles.has(t.lower) || !this.isNameWord(i + 1)) return false;
    if (this.isNameWord(i + 2) || this.tokens[i + 1]!.allCaps || this.lexicons.known.longest(this.tokens, i + 1)) return false;
    const next = this.tokens[i + 1]!.lower;
    // opening a sentence, "Le Conseil", "Le Tour", "La Charte" are an article and a common noun
    if (this.sentenceInitial(i) && (this.locale.organizationNameHeads.has(next) || this.locale.eventNouns.has(next) || this.locale.documentNouns.has(next))) return false;
    if (isPlaceShaped(this.tokens[i + 1]!.text)) return false; // "Le Mont-Saint-Michel"
    // "Le Toulousain": an inhabitant, not a surname
    if (this.locale.inhabitantEndings.test(this.tokens[i + 1]!.text) || /(?:ain|aine|ais|aise|ois|oise|ien|ienne)$/u.test(next)) return false;
    return !this.locale.isFirstName(this.tokens[i + 1]!.text) && !this.locale.demonyms.has(next);
  }

  /** "mer de Chine", "golfe du Mexique", "détroit d’Ormuz": a natural feature with its name is one place. */
  private naturalFeature(i: number): number {
    let k = i - 1;
    while (k >= 0 && this.isLink(k) && i - k <= 2 && this.tokens[k]!.lower !== 'et') k--;
    const head = this.tokens[k];
    if (!head?.word || head.cap || !this.locale.naturalFeatures.has(head.lower)) return 0;
    let end = i;
    while (this.isNameWord(end)) end++;
    if (end === i) return 0;
    this.push(k, end, 'place', 'pattern');
    return end;
  }

  /**
   * "Banque africaine de développement (BAD)": the words before an acronym in
   * parentheses whose initials spell it are one organisation name; records it
   * (replacing a shorter candidate inside it) and returns it.
   */
  private nameSpelledOut(i: number): Candidate | null {
    if (this.tokens[i - 1]?.text !== '(' || this.tokens[i + 1]?.text !== ')') return null;
    const target = this.tokens[i]!.text;
    const last = i - 2;
    let letters = '';
    let loose = '';
    for (let k = last; k >= 0 && last - k < 10; k--) {
      const w = this.tokens[k]!;
      if (!w.word) return null;
      if (!this.locale.acronymSkipWords.has(w.lower.replace(/'$/, ''))) letters = stripAccents(w.text)[0]!.toUpperCase() + letters;
      // "Ensemble pour la République (EPR)": prepositions other than "de" may give a letter too
      if (!/^(de|du|des|d|la|le|les|l|et)$/.test(w.lower.replace(/'$/, ''))) loose = stripAccents(w.text)[0]!.toUpperCase() + loose;
      if (letters.length > target.length && loose.length > target.length) return null;
      const spelled = stripAccents(target).toUpperCase();
      // "Parquet national antiterroriste (PNAT)": the last letter may come from inside a word
      const close = letters === spelled || loose === spelled || (letters.length >= 3 && letters.length === spelled.length - 1 && spelled.startsWith(letters));
      // the name starts with a capital, or with a lower-case noun when the initials spell the acronym exactly
      // ("brigade de recherche et d’intervention (BRI)"); never with an article
      const opens = !this.locale.acronymSkipWords.has(w.lower.replace(/'$/, '')) && (w.cap || (spelled.length >= 3 && (letters === spelled || loose === spelled) && last - k >= 2));
      if (close && opens) {
        const from = w.start;
        const same = this.candidates.at(-1);
        if (same && same.from === from && same.to === this.tokens[last]!.end) return same; // a known name: keep its type
        while (this.candidates.length && this.candidates.at(-1)!.from >= from) this.candidates.pop();
        const previous = this.candidates.at(-1);
        if (previous && previous.to > from) return null;
        return this.push(k, last + 1, 'organization', 'pattern');
      }
    }
    return null;
  }

  /** "La Réserve fédérale (Fed)": an acronym in parentheses settles the organisation reading of the name before it. */
  private settleBeforeParentheses(i: number): Candidate | undefined {
    const last = this.candidates.at(-1);
    if (this.tokens[i - 1]?.text !== '(' || !last || last.type !== 'unknown' || last.fallback?.type !== 'organization' || last.fallback.to !== this.tokens[i - 2]?.end) return last;
    this.candidates[this.candidates.length - 1] = last.fallback;
    return last.fallback;
  }

  private organizationBeforeParentheses(i: number): Candidate | null {
    if (this.tokens[i - 1]?.text !== '(' || this.tokens[i + 1]?.text !== ')') return null;
    const previous = this.candidates.at(-2);
    const fits = previous !== undefined && previous.type !== 'person' && previous.type !== 'place' && previous.to === this.tokens[i - 2]?.end;
    return fits ? previous : null;
  }

  /** A person name at token i: given name(s) + surname, or a name after an honorific or a role. */
  private personAt(i: number): { end: number; givenNames: number; evidence: Evidence; role?: Role } | null {
    if (!this.isNameWord(i) && !this.isInitial(i)) return null;
    const role = this.roleBefore.get(i);
    const cue = role !== undefined || this.honorificBefore(i);
    let k = i;
    let givenNames = 0;
    for (;;) {
      if (givenNames >= 3) break;
      if (this.isInitial(k)) k += 2;
      else if (this.isNameWord(k) && this.locale.isFirstName(this.tokens[k]!.text)) k++;
      else break;
      givenNames++;
    }
    let end: number;
    if (givenNames > 0) {
      end = this.surnameEnd(k, true);
      if (end === k) {
        if (givenNames >= 2) givenNames--; // "Pierre Michel": the last given name is the surname
        else if (cue) givenNames = 0; // "M. Gabriel": read as a surname
        else return null;
      }
    } else if (cue) {
      end = this.surnameEnd(i, false);
      if (end === i) return null;
    } else return null;
    const evidence: Evidence = givenNames > 0 ? 'first-name' : 'cue';
    return role ? { end, givenNames, evidence, role } : { end, givenNames, evidence };
  }

  /** A role in apposition after a candidate ending before token e ("X, ministre des Armées,"). */
  private attachContext(c: Candidate, e: number): void {
    if (c.type === 'place') return;
    if ((c.type === 'unknown' || c.evidence === 'multi') && this.tokens[e]?.text === ',' && this.isDeterminer(e + 1) && !/^(son|sa|ses|leur|leurs)$/.test(this.tokens[e + 1]!.lower) && this.isWord(e + 2) && this.locale.organizationIntroducers.has(this.tokens[e + 2]!.lower)) {
      // "Vente Venezuela, le parti de l’opposante", "Framatome, l’entreprise qui…": an organisation in apposition
      c.type = 'organization';
      c.evidence = 'pattern';
      return;
    }
    const role = this.appositionAfter(e);
    if (role && (c.type === 'person' || c.type === 'unknown')) {
      if (role.text) c.roles.push(role.text);
      if (role.country && !c.country) c.country = role.country;
      if (c.type === 'unknown' || c.evidence === 'multi') {
        c.type = 'person';
        c.evidence = 'cue';
      }
    }
  }
}

/** Candidate mentions in one text unit. */
export function scanUnit(unit: TextUnit, locale: ActorLocale, lexicons: Lexicons): Candidate[] {
  return new UnitScan(unit, locale, lexicons).scan();
}
