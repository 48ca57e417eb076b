/**
 * Cues around names that a sentence gives: a role before a name ("le
 * ministre des Armées X", "la porte-parole du gouvernement, X"), a role in
 * apposition after it ("X, ministre des Armées,"), a speech verb ("a déclaré
 * X", "X a affirmé", "selon X"). A role keeps its words as written, without
 * demonyms, which give the country instead.
 */
import type { ActorLocale } from './actor-locale.js';
import type { PhraseIndex } from './phrase-index.js';
import { TokenView } from './token-view.js';
import { ROLE_HEAD } from './word-classes.js';
import { withoutElision } from './tokens.js';

/** Most tokens a role complement runs over ("ministre de la Transition écologique et de la Cohésion des territoires"). */
const COMPLEMENT_MAX = 10;

export interface Role {
  readonly text: string;
  /** ISO code of the demonym the role contained ("françaises" → "FR"). */
  readonly country: string | null;
  /** A plural role in apposition ("A et B, deux chercheurs de l’université"), which each name of the list holds. */
  readonly plural?: boolean;
}

/** A role the sentence gives no name ("le chef sortant n’a pas cherché…"): its offset in the unit, its words, the sex its article tells. */
export interface BareRole {
  readonly at: number;
  readonly text: string;
  readonly sex: 'f' | 'm' | undefined;
}


export class RoleCues extends TokenView {
  /** Tokens inside a role's complement: no new name starts there unless known. */
  protected readonly inComplement: boolean[];
  /** Role found before the name that starts at a token index. */
  protected readonly roleBefore = new Map<number, Role>();
  /** Roles given no name ("le chef sortant"), by their offset in the unit: see `bareRoleAt`. */
  readonly bareRoles: BareRole[] = [];

  constructor(text: string, locale: ActorLocale, known: PhraseIndex<unknown>) {
    super(text, locale, known);
    this.inComplement = new Array<boolean>(this.tokens.length).fill(false);
  }

  /** Role text from token `from` to `to` (exclusive), leaving out demonyms; the first demonym's country. */
  protected roleText(from: number, to: number): Role {
    let text = '';
    let country: string | null = null;
    // a role does not end on "de", "des", "l’" (a complement cut short)
    while (to > from + 1 && this.isLink(to - 1)) to--;
    for (let k = from; k < to; k++) {
      const t = this.tokens[k]!;
      const code = this.demonymCode(k);
      // a country's demonym becomes the country ("françaises" → FR); "européenne" stays in "Commission européenne";
      // inside the role it stays too ("vice-ministre russe des Affaires étrangères")
      if (code) {
        if (!country) country = code;
        let last = true;
        for (let j = k + 1; j < to && last; j++) if (this.demonymCode(j) === null) last = false;
        if (last || k === from) continue;
      }
      const gap = k > from ? this.text.slice(this.tokens[k - 1]!.end, t.start) : '';
      text += text === '' ? t.text : (gap === '' ? '' : ' ') + t.text;
    }
    return { text, country };
  }

  /** Extent of a role complement from token i: links, capitalised words and lower-case words, up to a stop. */
  protected complementEnd(i: number, max = COMPLEMENT_MAX): number {
    let k = i;
    while (k < this.tokens.length && k - i < max) {
      const t = this.tokens[k]!;
      if (!t.word) break;
      // "directeur général": a role word continues the role
      // "suppléant de ce dernier", "l’avocat de cette dernière": a determiner after a link, then a common word
      if (!t.cap && this.locale.stopwords.has(t.lower) && !this.isLink(k) && !this.isLink(k - 1) && !this.locale.roleNouns.has(t.lower) && !(k - 2 >= i && this.isLink(k - 2) && this.isDeterminer(k - 1))) break;
      if (t.cap && this.locale.stopwords.has(t.lower) && !this.isLink(k - 1)) break;
      if (this.locale.speechVerbs.has(t.lower) || this.locale.auxiliaries.has(t.lower)) break;
      // "nommée porte-parole du gouvernement en mai": a date is no part of the role
      if (this.locale.months.has(t.lower)) break;
      // "élu maire en 2014", "directeur depuis 2010": nor a year
      if (this.locale.roleYearPrepositions.has(t.lower) && /^\d/.test(this.tokens[k + 1]?.text ?? '')) break;
      // "un agriculteur de 52 ans": nor an age
      if (t.lower === 'de' && this.ageAt(k + 1)) break;
      if (this.locale.agedWords.has(t.lower) && this.tokens[k + 1]?.lower === 'de' && this.ageAt(k + 2)) break;
      // "les députés du Brésil approuvent …": a verb in the third person plural, right after a name or a noun (not
      // after a link: "du gouvernement"), ends the complement
      if (k > i && !t.cap && this.locale.pluralVerbShape.test(t.lower) && !this.isLink(k - 1) && !this.locale.roleNouns.has(t.lower)) break;
      k++;
    }
    return k;
  }

  /** Marks "le ministre des Armées X": the role before a name, and its complement. */
  protected findRoles(): void {
    // (most words open no role, most units hold none: their classes say so without the look-ups)
    const gate = this.gated ? ROLE_HEAD : 0;
    if ((this.unitClasses & gate) === 0 && gate !== 0) return;
    const classes = this.classes;
    for (let i = 0; i < this.tokens.length; i++) {
      if ((classes[i]! & gate) === 0 && gate !== 0) continue;
      const length = this.phraseAt(i, this.locale.roleNouns);
      if (length === 0) continue;
      // a capitalised role noun counts only where the sentence starts, as "Premier ministre" or after an article
      // ("le Ministre de la Défense X", "du Professeur X")
      const head = this.tokens[i]!;
      const article = this.isWord(i - 1) && (!this.tokens[i - 1]!.cap || this.sentenceInitial(i - 1)) && (this.locale.articleForms.has(this.tokens[i - 1]!.lower) || this.locale.contractedArticles.has(this.tokens[i - 1]!.lower));
      if (head.cap && !head.allCaps && length === 1 && !this.sentenceInitial(i) && !article) continue; // "le PDG" is written in capitals
      // "les députés approuvent la mise en cause de X": a verb right after a plural role ends it
      const end = this.pluralVerbAt(i + length) ? i + length : this.complementEnd(i + length);
      let name = -1;
      for (let k = i + length; k < end; k++) {
        if (!this.isNameWord(k)) continue;
        const runStart = k === i + length || !this.isCap(k - 1);
        if (runStart && !this.isLink(k - 1)) {
          // "la députée LREM Jeanne Roux", "le président de la région Occitanie Marc Dupin": an acronym or a known name
          // before a given name and a surname is the role's
          // ("le président Chinois Wen Daolin": a nationality written with a capital is the role's too)
          // (not "la ministre Marie Lenoir", "le député Alain Vidal": a given name that is also a people's name opens the name)
          const nationality = this.locale.demonyms.has(this.tokens[k]!.lower) && !this.givenNameAt(k) && this.isNameWord(k + 1);
          const after = this.tokens[k]!.allCaps ? k + 1 : this.knownNameEnd(k);
          // ("le président de la Banque centrale européenne Draghi": one unknown name word after it, a surname)
          const given = this.givenNameAt(k) || this.locale.placeGivenNames.has(this.tokens[k]!.text);
          const surname = after > k && !given && this.isNameWord(after) && !this.tokens[after]!.allCaps && this.knownNameEnd(after) === after && !this.isNameWord(after + 1) && !this.isInitial(after + 1);
          name = nationality ? k + 1 : after > k && (this.givenNameOpens(after) || surname) ? after : k;
          break;
        }
        // "le ministre de la Défense Andreï Belooussov": a given name inside the complement's run
        if (!runStart && this.givenNameOpens(k)) {
          name = k;
          break;
        }
        // "l’ancien maire de Toronto Rob Ford", "la ministre des Sports Dana Kerev": after a known name or a portfolio,
        // two unknown words ending the run are the holder's given name and surname, unknown to the lexicon
        if (runStart && this.isLink(k - 1)) {
          const head = this.isPortfolio(k) ? k + 1 : this.knownNameEnd(k);
          if (head > k && this.unknownPairAt(head)) {
            name = head;
            break;
          }
        }
      }
      // "le commissaire divisionnaire Noël Vernet": a stopword that is a given name, where the complement stops, opens the name
      if (name < 0 && this.heldGivenNameAt(end) && !this.isLink(end - 1)) name = end;
      let from = i;
      while (from > 0 && this.isWord(from - 1) && this.locale.roleModifiers.has(this.tokens[from - 1]!.lower)) from--;
      const stop = name >= 0 ? name : end;
      for (let k = i; k < stop; k++) this.inComplement[k] = true;
      if (name >= 0) this.roleBefore.set(name, this.roleText(this.innerRole(i + length, name) ?? from, name));
      else if (this.tokens[this.adjunctAfter(end)]?.text === ',' && (this.isDeterminer(from - 1) || this.locale.singularContractions.has(this.tokens[from - 1]?.lower ?? '') || this.sentenceInitial(from) || this.appointedBefore(from) || this.nationalityNounBefore(from))) {
        // "Le ministre de l’Intérieur, Gérald Darmanin, …", "Favorite de la course, Lise Marchal …": the role, a
        // comma, the name; "sa première poursuivante, la Suissesse Anna Roth": a nationality before the name;
        // "Nommée porte-parole en mai, Lise Marchal …": a month after the role
        const named = this.nationalityBefore(this.adjunctAfter(end) + 1);
        if (this.isNameWord(named) || this.isInitial(named)) this.roleBefore.set(named, this.roleText(this.nationalityNounBefore(from) ? from - 1 : from, end));
      }
      // a complement cut by its length without a name may hold the next role of a list: "champion du monde d’X et
      // triple vainqueur de l’épreuve Paul Girard"
      if (name < 0 && !this.roleBefore.has(this.nationalityBefore(this.adjunctAfter(end) + 1))) this.bareRoleAt(from, i, length);
      if (name >= 0 || end - (i + length) < COMPLEMENT_MAX) i = Math.max(i, stop - 1);
    }
  }

  /**
   * "le chef sortant n’a pas cherché…", "la spontanéité du président élu américain": a singular role after a definite
   * article, narrowed by an adjective or a party's label and given no name, describes someone the text has named; kept
   * in `bareRoles` for the grouping, which gives it to that person when the sentences before name one person only.
   * Not a bare "le président", nor a role held over something ("le maire de la commune"), which may be someone new.
   */
  private bareRoleAt(from: number, i: number, length: number): void {
    const article = this.tokens[from - 1];
    if (!article?.word || (article.cap && !this.sentenceInitial(from - 1)) || !(this.locale.definiteArticles.has(withoutElision(article.lower)) && (this.locale.singularDeterminers.has(article.lower) || this.locale.singularContractions.has(article.lower)))) return;
    const head = this.tokens[i + length - 1]!.lower;
    if (/[sx]$/.test(head)) return;
    // "s’il le juge nécessaire": after a subject pronoun, "le" is a pronoun and the noun a verb
    if (this.isWord(from - 2) && this.locale.subjectPronouns.has(this.tokens[from - 2]!.lower)) return;
    let end = i + length;
    while (this.isWord(end) && !this.tokens[end]!.cap) {
      const lower = this.tokens[end]!.lower;
      if (this.demonymCode(end) !== null || this.locale.isInstitutionalAdjective(lower) || this.locale.isOrganizationAdjective(lower) || this.locale.roleNouns.has(lower) || this.locale.roleParticipleShape.test(lower)) end++;
      else break;
    }
    // "le candidat « Les Républicains »", "le candidat LR": a party's label in quotes or capitals
    const label = end === i + length && ((this.tokens[end]?.text === '«' && this.isCap(end + 1)) || (this.tokens[end]?.allCaps === true && this.tokens[end]!.text.length >= 2));
    if (end === i + length && !label) return;
    // not "le directeur général de l’hôpital": a complement makes the role one held over something
    if (this.isLink(end)) return;
    const role = this.roleText(from, end);
    if (role.text) this.bareRoles.push({ at: this.tokens[from]!.start, text: label ? this.roleText(from, i + length).text : role.text, sex: this.locale.feminineArticles.has(article.lower) ? 'f' : article.lower.endsWith("'") ? undefined : 'm' });
  }

  /** "Noël" in "le commissaire Noël Vernet": a given name that is a stopword too, before a surname (read so only right after a role). */
  protected heldGivenNameAt(k: number): boolean {
    const t = this.tokens[k];
    return !!t?.word && t.cap && this.locale.stopwordGivenNames.has(t.text) && this.isNameWord(k + 1) && !this.tokens[k + 1]!.allCaps;
  }

  /** A verb in the third person plural at token k, right after a plural role noun ("les élus votent"). */
  protected pluralVerbAt(k: number): boolean {
    const t = this.tokens[k];
    const noun = this.tokens[k - 1]?.lower ?? '';
    return !!t?.word && !t.cap && (noun.endsWith('s') || noun.endsWith('x')) && this.locale.pluralVerbShape.test(t.lower) && !this.locale.roleNouns.has(t.lower) && !this.locale.stopwords.has(t.lower);
  }

  /**
   * "un conseiller du président Marc Roux", "l’avocat de la victime Anne Roux": where a role's complement holds another
   * role after "de", the name that follows is that role's holder; returns where that role starts (its modifiers
   * included), undefined when the complement holds none.
   */
  private innerRole(from: number, name: number): number | undefined {
    let inner: number | undefined;
    for (let k = from + 1; k < name; k++) {
      const t = this.tokens[k]!;
      if (t.cap || !this.holderLinkBefore(k) || this.phraseAt(k, this.locale.roleNouns) === 0) continue;
      let start = k;
      while (this.isWord(start - 1) && this.locale.roleModifiers.has(this.tokens[start - 1]!.lower)) start--;
      inner = start;
    }
    return inner;
  }

  /** "du", "de la", "au", "à l’" before token k: what links a role to the one it is held towards. */
  private holderLinkBefore(k: number): boolean {
    const links = this.locale.holderLinks;
    const before = this.isWord(k - 1) ? this.tokens[k - 1]!.lower : '';
    if (links.has(before)) return true;
    return this.locale.definiteArticles.has(withoutElision(before)) && this.isWord(k - 2) && links.has(this.tokens[k - 2]!.lower);
  }

  /** Past "mai" or "mai 2016" at token k (where a role's complement stopped), else k. */
  private monthAfter(k: number): number {
    if (!this.isWord(k) || !this.locale.months.has(this.tokens[k]!.lower)) return k;
    return /^\d{4}$/.test(this.tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  }

  /**
   * Past "mai 2016" (see monthAfter) or a short adjunct at token k where a role's complement stopped: "chez les femmes",
   * "depuis 2010", "en 2014" (up to three words, then a comma), else k.
   */
  private adjunctAfter(k: number): number {
    k = this.monthAfter(k);
    if (!this.isWord(k) || !this.locale.roleAdjunctPrepositions.has(this.tokens[k]!.lower)) return k;
    for (let j = k + 1; j <= k + 3 && this.isWord(j) && !this.tokens[j]!.cap; j++) if (this.tokens[j + 1]?.text === ',') return j + 1;
    return k;
  }

  /** "la Belge victorieuse de l’épreuve, X": a people's noun, capitalised, after a determiner, before the role at token k. */
  private nationalityNounBefore(k: number): boolean {
    return this.isCap(k - 1) && this.locale.demonyms.has(this.tokens[k - 1]!.lower) && this.isDeterminer(k - 2);
  }

  /** "Nommée porte-parole …, X": a participle of appointment opening the sentence right before the role at token k. */
  private appointedBefore(k: number): boolean {
    return this.isWord(k - 1) && this.sentenceInitial(k - 1) && this.locale.appointments.has(this.tokens[k - 1]!.lower);
  }

  /** Token k, or past "la Suissesse" at k when a given name follows: where a name after a role and a comma starts. */
  private nationalityBefore(k: number): number {
    const noun = this.isDeterminer(k) ? k + 1 : k;
    if (noun === k + 1 && this.isCap(noun) && this.locale.demonyms.has(this.tokens[noun]!.lower) && this.givenNameOpens(noun + 1)) return noun + 1;
    return k;
  }

  /**
   * Two capitalised words at token k that nothing else knows and that end the run (no third name word, no initial):
   * a given name that the lexicon lacks and a surname ("Rob Ford").
   */
  private unknownPairAt(k: number): boolean {
    if (!this.isNameWord(k) || !this.isNameWord(k + 1) || this.isNameWord(k + 2) || this.isInitial(k + 2)) return false;
    for (let j = k; j < k + 2; j++) {
      const t = this.tokens[j]!;
      // (the given name may be a town's too: "Miri", "Sofia")
      const known = this.knownNameEnd(j);
      if (t.allCaps || (known > j && !(j === k && known === k + 1 && this.knownNameEnd(k + 1) === k + 1)) || this.isPortfolio(j) || this.locale.demonyms.has(t.lower) || this.locale.organizationNameHeads.has(t.lower) || this.locale.commonNouns.has(t.lower)) return false;
    }
    // not "Rob-Ford": two words apart
    return this.tokens[k + 1]!.start > this.tokens[k]!.end;
  }

  /** A given name at token k followed by a surname or an initial ("Andreï Belooussov", "Andrew G. Lane"). */
  private givenNameOpens(k: number): boolean {
    const t = this.tokens[k];
    return !!t?.word && this.givenNameAt(k) && (this.isNameWord(k + 1) || this.isInitial(k + 1));
  }

  /** End of a known place's or organisation's name at token k, k when none (the scanner, which has the lexicons, answers). */
  protected knownNameEnd(k: number): number {
    return k;
  }

  /** "X, ministre des Armées, …": role in apposition after a name ending before token e. */
  protected appositionAfter(e: number): Role | null {
    // "X, ministre de …" and "X - employé de … -"
    if (!/^[,\-–—]$/u.test(this.tokens[e]?.text ?? '')) return null;
    let k = e + 1;
    // "X, 46 ans, ingénieur à …": an age in apposition before the role; "A et B, respectivement 21 et 18 ans, étudiants"
    const respectively = this.locale.respectivelyWords.has(this.tokens[k]?.lower ?? '') && /^\d{1,3}$/.test(this.tokens[k + 1]?.text ?? '') && this.tokens[k + 2]?.lower === 'et' && this.ageAt(k + 3) && this.tokens[k + 5]?.text === ',';
    if (respectively) k += 6;
    else if (this.ageAt(k) && this.tokens[k + 2]?.text === ',') k += 3;
    const start = k;
    // "X, également vainqueur de …", "X, aussi ministre de …": an adverb before the role
    for (let n = this.phraseAt(k, this.locale.predicateAdverbs); n > 0 && k - start < 2; n = this.phraseAt(k, this.locale.predicateAdverbs)) k += n;
    // "X, nommé directeur en mai, …": a participle of appointment before the role
    // (not "X, élu écologiste et neveu de …": a participle that is itself a role stays)
    if (this.isWord(k) && this.locale.appointments.has(this.tokens[k]!.lower) && !this.tokens[k]!.cap && (this.phraseAt(k, this.locale.roleNouns) === 0 || this.phraseAt(k + 1, this.locale.roleNouns) > 0)) k++;
    // "A et B, deux chercheurs de l’université": a number before a plural role
    const counted = this.isWord(k) && this.locale.smallCountWords.has(this.tokens[k]!.lower);
    if (this.isWord(k) && (counted || this.locale.appositionArticles.has(this.tokens[k]!.lower))) k++;
    const from = k;
    while (this.isWord(k) && this.locale.roleModifiers.has(this.tokens[k]!.lower)) k++;
    // ("A et B, deux fondateurs du collectif": the plural of a one-word role, after a number only: "entre A et B, les
    // coureurs du Tour …" opens the next clause)
    const length = this.phraseAt(k, this.locale.roleNouns) || this.phraseAt(k, this.locale.appositionRoleNouns) || (counted ? this.pluralRoleAt(k) : 0);
    if (length === 0) return null;
    const end = this.complementEnd(k + length, 8);
    // "Selon Marc Roux, le ministre de l’Intérieur Paul Vidal a …": the title of the name that follows, not an apposition
    for (let j = k + length; j < end; j++) if (this.roleBefore.has(j) && this.givenNameOpens(j)) return null;
    for (let j = start; j < end; j++) this.inComplement[j] = true;
    const role = this.roleText(from, end);
    const head = this.tokens[k + length - 1]!.lower;
    return (counted || respectively || this.tokens[from - 1]?.lower === 'les') && (head.endsWith('s') || head.endsWith('x')) ? { ...role, plural: true } : role;
  }

  /** 1 when token k is the plural of a one-word role noun in lower case ("fondateurs", "journalistes"), else 0. */
  private pluralRoleAt(k: number): number {
    const t = this.tokens[k];
    if (!t?.word || t.cap || !t.lower.endsWith('s')) return 0;
    return this.locale.roleNouns.has(t.lower.slice(0, -1)) ? 1 : 0;
  }

  /**
   * "X est le vainqueur de la primaire", "X, qui était directeur sportif", "X a été nommé entraîneur", "X devient
   * présidente": a role given as predicate of the name ending before token e.
   */
  protected predicateAfter(e: number): Role | null {
    let k = e;
    if (this.tokens[k]?.text === ',' && this.tokens[k + 1]?.lower === 'qui') k += 2;
    // ("X, en tant que présidente du jury": after a comma too)
    if (this.tokens[k]?.text === ',' && this.phraseAt(k + 1, this.locale.roleConnectors) > 0) k++;
    const as = this.phraseAt(k, this.locale.roleConnectors);
    if (as > 0) {
      // "l’arrivée de X comme directeur sportif", "X, en tant que présidente du jury": the role the name comes in
      return this.predicateRoleAt(k + as);
    }
    if (this.locale.copulas.has(this.lowerWordAt(k))) k++;
    else if ((this.locale.auxiliaries.has(this.lowerWordAt(k)) || this.locale.copulas.has(this.lowerWordAt(k))) && this.lowerWordAt(k + 1) === 'été') k += 2;
    else if (this.lowerWordAt(k) === 'a' || this.lowerWordAt(k) === 'avait') {
      k++;
      k = this.adverbsEnd(k);
      if (this.lowerWordAt(k) !== 'été') return null;
      k++;
    } else return null;
    k = this.adverbsEnd(k);
    if (this.lowerWordAt(k) === 'été') k++;
    if (this.locale.appointments.has(this.lowerWordAt(k))) {
      k++;
      k = this.adverbsEnd(k);
    }
    return this.predicateRoleAt(k);
  }

  /** The role a predicate gives from token k: an article, modifiers, a lower-case role noun and its complement. */
  private predicateRoleAt(k: number): Role | null {
    if (this.locale.singularDeterminers.has(this.lowerWordAt(k))) k++;
    const from = k;
    while (this.locale.roleModifiers.has(this.lowerWordAt(k))) k++;
    const length = this.phraseAt(k, this.locale.roleNouns) || this.phraseAt(k, this.locale.appositionRoleNouns);
    if (length === 0 || this.tokens[k]!.cap) return null;
    return this.roleText(from, this.complementEnd(k + length, 8));
  }

  /** The lower-case text of token j when it is a word, else '' (a method, no closure made at each call: see shapeKeeper in ./recognise.ts). */
  private lowerWordAt(j: number): string {
    return this.isWord(j) ? this.tokens[j]!.lower : '';
  }

  /** Past "désormais", "en effet" at token k: adverbs, one word or a phrase each. */
  private adverbsEnd(k: number): number {
    for (let n = this.phraseAt(k, this.locale.predicateAdverbs); n > 0; n = this.phraseAt(k, this.locale.predicateAdverbs)) k += n;
    return k;
  }

  /** "X remporte", "X s’impose": a verb of a feat right after the name that ends before token e. */
  protected featCue(e: number): boolean {
    // ("s’impose" with its pronoun, as the locale writes it; the verb in lower case)
    const n = this.phraseAt(e, this.locale.featVerbs);
    return n > 0 && !this.tokens[e + n - 1]!.cap;
  }

  /** "Kardal (45 ans)", "Kardal, 45 ans,": an age in parentheses or in apposition right after the name ending before token e. */
  protected ageCue(e: number): boolean {
    const open = this.tokens[e]?.text;
    if ((open !== '(' && open !== ',') || !this.ageAt(e + 1)) return false;
    const close = this.tokens[e + 3]?.text;
    return open === '(' ? close === ')' : close === ',';
  }

  /** "un homme prénommé Zebulon": a participle that gives the given name at token s. */
  protected namedBefore(s: number): boolean {
    const before = this.tokens[s - 1];
    return !!before?.word && this.locale.givenNameParticiples.has(before.lower);
  }

  /** A speech verb or an attribution right before token s or after token e. */
  protected speechCue(s: number, e: number): boolean {
    const before = this.tokens[s - 1];
    if (before?.word && (this.locale.speechVerbs.has(before.lower) || this.locale.attributions.has(before.lower))) return true;
    if (before?.word && before.lower === "d'" && this.tokens[s - 2]?.lower === 'après') return true;
    let k = e;
    if (this.tokens[k]?.text === ',') k++;
    const after = this.tokens[k];
    if (!after?.word) return false;
    if (this.locale.speechVerbs.has(after.lower)) return true;
    if (this.locale.auxiliaries.has(after.lower)) {
      let v = k + 1;
      while (this.isWord(v) && /^(également|aussi|encore|déjà|ainsi|notamment|alors|pourtant|toutefois|ensuite|enfin|clairement)$/.test(this.tokens[v]!.lower)) v++;
      return this.isWord(v) && this.locale.speechVerbs.has(this.tokens[v]!.lower);
    }
    return false;
  }
}
