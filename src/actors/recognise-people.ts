/** Person recognisers: given names and surnames, particles, names cued by a role or an honorific, roles in apposition. */
import type { Candidate, Evidence } from './candidate.js';
import { copyCandidate, isPlaceShaped } from './candidate.js';
import { PlaceRules } from './recognise-places.js';
import type { Role } from './roles.js';
import { ROLE_HEAD } from './word-classes.js';
import { withoutElision } from './tokens.js';

export class PersonRules extends PlaceRules {
  /** Surname words from token k: capitalised words and particles ("de Villepin", "von der Leyen", "al-Assad", "Le Maire"). */
  protected surnameEnd(k: number, afterGivenName: boolean, cued = false): number {
    let end = k;
    let words = 0;
    let j = k;
    while (j < this.tokens.length && words < 4) {
      // "la journaliste Lise Orange": after a role and a given name, a one-word company's name is a surname too
      const organization = this.knownAt(j)?.value.type.startsWith('org') && !(cued && afterGivenName && words === 0 && !this.isNameWord(j + 1));
      if (this.isNameWord(j) && !organization) {
        // "les ministres de François Hollande Arnaud Montebourg et …": a given name and a surname after the surname start
        // another person's name, as in a bare run of capitalised words
        if (afterGivenName && words > 0 && this.givenNameAt(j) && this.isNameWord(j + 1) && !this.givenNameAt(j - 1)) break;
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
      const particle = this.locale.nameParticles.has(withoutElision(t.lower)) && (!t.cap || (afterGivenName && words === 0));
      if (!particle) break;
      let p = j + 1;
      while (p < this.tokens.length && p - j < 3 && this.tokens[p]!.word && !this.tokens[p]!.cap && this.locale.nameParticles.has(withoutElision(this.tokens[p]!.lower))) p++;
      const surname = this.tokens[p];
      if (!surname || !surname.word || !surname.cap || surname.lower.endsWith("'") || this.locale.nameParticles.has(surname.lower)) break;
      // "la saga X de J. K. Vidal": an initial after "de" opens another name
      if (surname.text.length === 1 && this.tokens[p + 1]?.text === '.') break;
      // "Olaf Scholz de Berlin": a place after "de" is not a surname
      // ("di Borgo", "van Holland": a foreign particle is the surname's)
      // "Paul Marsh de la CGT", "le bureau Afrique de la FIDH": nor an acronym, a body's
      if (words > 0 && this.locale.ofForms.has(t.lower) && (this.knownAt(p) || (surname.allCaps && surname.text.length >= 2))) break;
      // "la côte Pacifique des États-Unis": after a given name, "du" or "des" and a place's name are no surname
      if (words === 0 && afterGivenName && this.locale.ofForms.has(t.lower) && !this.locale.deForms.has(t.lower) && this.knownAt(p)?.value.type === 'place') break;
      // "Paul Marsh du Parti social", "Mme Kwan de la Constitution": nor a body's head or a common noun
      if (words > 0 && !t.cap && (this.locale.organizationNameHeads.has(surname.lower) || this.locale.commonNouns.has(surname.lower) || this.locale.documentNouns.has(surname.lower))) break;
      j = p + 1;
      words++;
      end = j;
    }
    return end;
  }

  /** A person name at token i: given name(s) + surname, or a name after an honorific or a role. */
  protected personAt(i: number): { end: number; givenNames: number; evidence: Evidence; role?: Role } | null {
    // (the fields every rule below reads, held in locals: a property read each is dear in the baseline tier)
    const locale = this.locale;
    const tokens = this.tokens;
    const role = this.roleBefore.get(i);
    // "le commissaire Noël Vernet": right after a role, a given name that is a stopword too opens the name
    const held = role !== undefined && !this.isNameWord(i) && this.heldGivenNameAt(i);
    if (!this.isNameWord(i) && !this.isInitial(i) && !held) return null;
    const cue = role !== undefined || this.honorificBefore(i) || this.kinshipBefore(i);
    let k = i;
    let givenNames = 0;
    // "Kayleen T. Morrow": a capitalised word the lexicon does not know, before an initial and a surname, is a given name
    if (!cue && this.isNameWord(i) && !this.knownAt(i) && tokens[i + 1]?.text.length === 1 && this.isInitial(i + 1) && !locale.organizationNameHeads.has(tokens[i]!.lower) && !locale.commonNouns.has(tokens[i]!.lower)) {
      k++;
      givenNames++;
    }
    for (;;) {
      if (givenNames >= 3) break;
      // "Paul M. Wendler": after a given name, "M." is an initial, not "Monsieur"
      if (this.isInitial(k) || (givenNames > 0 && this.isMiddleInitial(k))) k += 2;
      else if ((this.isNameWord(k) && this.givenNameAt(k)) || (held && k === i)) k++;
      else break;
      givenNames++;
    }
    // 'Ezequiel "Pocho" Lavezzi': a nickname in quotes between the given name and the surname stays in the name
    if (givenNames > 0 && this.isQuote(k) && this.isNameWord(k + 1) && this.isQuote(k + 2) && this.isNameWord(k + 3)) k += 3;
    let end: number;
    if (givenNames > 0) {
      // "Malo R.": a given name and the initial of a surname kept private
      end = this.finalInitial(k) ? k + 2 : this.surnameEnd(k, true, role !== undefined);
      if (end === k) {
        if (givenNames >= 2) givenNames--; // "Pierre Michel": the last given name is the surname
        else if (cue) givenNames = 0; // "M. Gabriel": read as a surname
        else return null;
      }
    } else if (cue) {
      // "la députée LaREM", "le député LR": a party's acronym after a role is no surname
      if (tokens[i]!.allCaps || locale.isMixedAcronym(tokens[i]!.text)) return null;
      end = this.surnameEnd(i, false);
      if (end === i) return null;
    } else return null;
    // "Sky News", "Rio Tinto Group": without a cue, a name that ends on an organisation's word is none of a person
    if (!cue && locale.organizationSuffixes.has(tokens[end - 1]!.lower)) return null;
    // "Adrien Roux Jr.", "Paul Marsh sr.": a generation suffix stays in the name
    if (/^(jr|sr)$/.test(tokens[end]?.lower ?? '')) end += tokens[end + 1]?.text === '.' && tokens[end + 1]!.start === tokens[end]!.end ? 2 : 1;
    const evidence: Evidence = givenNames > 0 ? 'first-name' : 'cue';
    return role ? { end, givenNames, evidence, role } : { end, givenNames, evidence };
  }

  private isQuote(k: number): boolean {
    const t = this.tokens[k];
    return t !== undefined && !t.word && /^[«»“”"]$/.test(t.text);
  }

  /** A one-letter capital and its dot at token k that end the name (no name word after): "Malo R.", "Malo R., 20 ans". */
  protected finalInitial(k: number): boolean {
    const t = this.tokens[k];
    const dot = this.tokens[k + 1];
    return t !== undefined && t.word && t.text.length === 1 && t.cap && dot?.text === '.' && dot.start === t.end && !this.isNameWord(k + 2);
  }

  /** A one-letter initial with its dot, even one that reads as an honorific ("M."), before a name word. */
  protected isMiddleInitial(i: number): boolean {
    const t = this.tokens[i];
    const dot = this.tokens[i + 1];
    return t !== undefined && t.word && t.text.length === 1 && t.cap && dot?.text === '.' && dot.start === t.end && this.isNameWord(i + 2);
  }

  /** "sa sœur Odile", "leur fils Tanguy": a kinship noun after a possessive names the person that follows. */
  protected kinshipBefore(i: number): boolean {
    let k = i - 1;
    // "leur fille, Pauline", "leur fille de 19 ans, Pauline": a given name after a comma, an age before it
    if (this.tokenAt(k)?.text === ',' && this.givenNameAt(i)) {
      k--;
      if (this.ageAt(k - 1) && this.tokens[k - 2]?.lower === 'de') k -= 3;
    }
    const noun = this.tokenAt(k);
    const possessive = this.tokenAt(k - 1);
    return !!noun?.word && !noun.cap && this.locale.kinshipNouns.has(noun.lower) && !!possessive?.word && this.locale.possessives.has(possessive.lower);
  }

  /** A capitalised particle starting a surname: "Le Pen", "De Gaulle", "Van Rompuy" (not "Le Caire": lexicon first). */
  protected isSurnameParticle(i: number): boolean {
    const t = this.tokens[i];
    if (!t?.cap || !this.locale.nameParticles.has(t.lower) || !this.isNameWord(i + 1)) return false;
    if (this.isNameWord(i + 2) || this.tokens[i + 1]!.allCaps || this.knownAt(i + 1)) return false;
    const next = this.tokens[i + 1]!.lower;
    // opening a sentence, "Le Conseil", "Le Tour", "La Charte" are an article and a common noun
    if (this.sentenceInitial(i) && (this.locale.organizationNameHeads.has(next) || this.locale.eventNouns.has(next) || this.locale.documentNouns.has(next))) return false;
    if (isPlaceShaped(this.tokens[i + 1]!.text)) return false; // "Le Mont-Saint-Michel"
    // "Le Toulousain": an inhabitant, not a surname
    if (this.locale.inhabitantEndings.test(this.tokens[i + 1]!.text) || /(?:ain|aine|ais|aise|ois|oise|ien|ienne)$/u.test(next)) return false;
    return !this.givenNameAt(i + 1) && !this.locale.demonyms.has(next);
  }

  /**
   * "les physiciens A, B et C", "diverses personnalités politiques comme A, B ou encore C", "des élus, comme par
   * exemple A (EELV) et B": a plural role before a list of names is the role of each; an unknown bare name in such a
   * list is a person.
   */
  protected listRoles(): void {
    if (this.candidates.length === 0) return;
    // (most words open no role, most units hold none: their classes say so without the look-ups)
    const gate = this.gated ? ROLE_HEAD : 0;
    if ((this.unitClasses & gate) === 0 && gate !== 0) return;
    const classes = this.classes;
    let at: Map<number, number> | undefined; // candidate by start offset, made when a plural role is found
    for (let i = 1; i < this.tokens.length; i++) {
      if ((classes[i]! & gate) === 0 && gate !== 0) continue;
      const t = this.tokens[i]!;
      if (t.cap || !(t.lower.endsWith('s') || t.lower.endsWith('x'))) continue;
      const length = this.phraseAt(i, this.locale.roleNouns);
      if (length === 0) continue;
      if (at === undefined) {
        at = new Map<number, number>();
        for (let n = 0; n < this.candidates.length; n++) at.set(this.candidates[n]!.from, n);
      }
      let from = i;
      while (from > 0 && this.isWord(from - 1) && this.locale.roleModifiers.has(this.tokens[from - 1]!.lower)) from--;
      if (!this.isWord(from - 1) || !this.locale.pluralDeterminers.has(this.tokens[from - 1]!.lower)) continue;
      let end = this.pluralVerbAt(i + length) ? i + length : this.complementEnd(i + length, 8);
      // the complement ends where the first name starts ("les peintres Renoir, Monet et Degas")
      for (let j = i + length; j < end; j++) {
        const n = at.get(this.tokens[j]!.start);
        if (n !== undefined && (this.candidates[n]!.type === 'person' || this.candidates[n]!.type === 'unknown')) {
          end = j;
          break;
        }
      }
      let k = end;
      if (this.tokens[k]?.text === ',' || this.tokens[k]?.text === ':') k++;
      while (k < end + 5 && this.isWord(k) && !this.tokens[k]!.cap && this.locale.listIntroducers.has(this.tokens[k]!.lower)) k++;
      if (this.tokens[k]?.text === ':') k++;
      const role = this.roleText(from, end);
      const list = this.walkList(k, at, (n, c) => {
        // "les deux enfants, Paul et Charlotte": a first name that also names a town is a person in such a list
        const firstName = c.type === 'place' && !c.text.includes(' ') && this.locale.isFirstName(c.text);
        if (c.type !== 'person' && c.type !== 'unknown' && !firstName) return false;
        const person = c.type === 'person' ? c : copyCandidate(c, { type: 'person', evidence: 'cue', onlyKnown: false, fallback: null, entry: undefined });
        this.candidates[n] = person;
        if (!person.roles.includes(role.text)) person.roles.push(role.text);
        return true;
      });
      if (list.count > 0) i = list.end;
    }
  }

  /**
   * The names listed from token k ("A, B et C", "A (EELV) ou encore B"): `take` is asked about the candidate that opens
   * each item (`at` gives a candidate's index by its start) and answers whether the list goes on with it (it may replace
   * the candidate); returns the token where the list stops and how many items were taken.
   */
  protected walkList(k: number, at: ReadonlyMap<number, number>, take: (n: number, c: Candidate) => boolean): { end: number; count: number } {
    let count = 0;
    for (;;) {
      const n = this.tokens[k] ? at.get(this.tokens[k]!.start) : undefined;
      const c = n === undefined ? undefined : this.candidates[n]!;
      if (!c || !take(n!, c)) break;
      count++;
      k = this.tokenAfter(c.to);
      // "A (EELV)": a party or a country in parentheses after the name
      if (this.tokens[k]?.text === '(') {
        let close = k + 1;
        while (close < k + 6 && this.tokens[close] && this.tokens[close]!.text !== ')') close++;
        if (this.tokens[close]?.text !== ')') break;
        k = close + 1;
      }
      if (this.tokens[k]?.text === ',') k++;
      else if (this.locale.listCoordinators.has(this.tokens[k]?.lower ?? '')) k++;
      else break;
      while (this.isWord(k) && (this.locale.listCoordinators.has(this.tokens[k]!.lower) || this.locale.listAdverbs.has(this.tokens[k]!.lower))) k++;
    }
    return { end: k, count };
  }

  /** "A, B et C, trois chercheurs de l’université": a plural role in apposition after the last name is each listed person's. */
  private shareWithList(last: Candidate, role: string): void {
    let n = this.candidates.lastIndexOf(last);
    let after = last;
    while (n > 0) {
      const c = this.candidates[--n]!;
      // (a lone given name may still be unknown here: a list rule makes it a person later)
      if ((c.type !== 'person' && c.type !== 'unknown') || !this.listedNext(c, after)) break;
      if (!c.roles.includes(role)) c.roles.push(role);
      after = c;
    }
  }

  /** A role in apposition after a candidate ending before token e ("X, ministre des Armées,"). */
  protected attachContext(c: Candidate, e: number): void {
    if (c.type === 'place') return;
    if ((c.type === 'unknown' || c.evidence === 'multi') && this.tokens[e]?.text === ',' && this.isDeterminer(e + 1) && !/^(son|sa|ses|leur|leurs)$/.test(this.tokens[e + 1]!.lower) && this.isWord(e + 2) && this.locale.organizationIntroducers.has(this.tokens[e + 2]!.lower)) {
      // "Vente Venezuela, le parti de l’opposante", "Framatome, l’entreprise qui…": an organisation in apposition
      c.type = 'organization';
      c.evidence = 'pattern';
      return;
    }
    const role = this.appositionAfter(e) ?? (c.type === 'person' || c.type === 'unknown' ? this.predicateAfter(e) : null);
    if (role && (c.type === 'person' || c.type === 'unknown')) {
      if (role.text) c.roles.push(role.text);
      if (role.plural && role.text) this.shareWithList(c, role.text);
      if (role.country && !c.country) c.country = role.country;
      // a predicate alone does not make a lone word a person ("Valls était le favori": the text names him elsewhere)
      if ((c.type === 'unknown' || c.evidence === 'multi') && (this.tokens[e]?.text === ',' || c.type !== 'unknown')) {
        c.type = 'person';
        c.evidence = 'cue';
      }
    }
  }
}
