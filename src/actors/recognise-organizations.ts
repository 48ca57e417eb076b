/**
 * Organisation recognisers: a lower-case head with its complement ("ministère de la Défense",
 * "cour d’appel de Douai"), a capitalised name head ("Conseil constitutionnel"), a name after an
 * organisation noun ("la société X"), acronyms in parentheses and the names they spell, bodies named
 * by a common noun ("les services secrets français"), and names listed with organisations.
 */
import { copyCandidate, headKey, type Candidate } from './candidate.js';
import { stripAccents } from './names.js';
import { PersonRules } from './recognise-people.js';
import { ORGANIZATION_INTRODUCER } from './word-classes.js';
import { deferred } from '../text/unicode-domain.js';
import { withoutElision } from './tokens.js';

/** The text before a list of names opens with a preposition of place ("entre", "à"), maybe over earlier items of the list. */
// "à Vielha, Ordino et Soldeu", "deux localités, Foua et Kafraya", "ont repris Tabqa et Maskana"
const LIST_OF_PLACES = deferred(String.raw`(?:^|\s)(?:entre|à|dans|vers|depuis|jusqu'à|jusqu’à|(?:villes|villages|localités|communes|bourgs|régions|provinces)(?:\s+[\p{Ll}-]+)?\s*[,:]?|(?:re)?pris|(?:re)?prendre|conquis|encerclé|encercler|bombardé|bombarder|libéré|libérer)\s+(?:\p{Lu}[\p{L}'’-]*\s*(?:,|et)\s*)*$`, 'u');

export class OrganizationRules extends PersonRules {
  /** "ministère de la Défense", "tribunal de Paris": lower-case head + complement with a capitalised name. */
  protected organizationWithHead(i: number): number {
    const t = this.tokens[i]!;
    if (t.cap || !this.locale.organizationHeads.has(t.lower)) return 0;
    // "en direction de Raqqa", "en mairie": after "en" the noun says where, it names no body
    if (this.tokens[i - 1]?.lower === 'en') return 0;
    // "dans un hôpital de Rome", "des lycées de Lyon": a counted head with a town names no body, only the town
    if (this.locale.countingWords.has(this.tokens[i - 1]?.lower ?? '')) {
      const links = this.ofLinks(i + 1);
      if (links && this.knownAt(i + 1 + links)?.value.type === 'place') return 0;
    }
    // "le ministère russe de la Défense": a demonym between head and complement stays in the name
    const inner = this.demonymCode(i + 1);
    const from = inner !== null ? i + 2 : i + 1;
    let end = this.complementWithNames(from);
    for (let k = from; k < end; k++) {
      // "la fédération de l’Isère du PS", "la direction de Renault": a part of a known organisation is named by it
      if (this.isCap(k) && this.knownAt(k)?.value.type === 'organization') return 0;
    }
    if (end === from) end = this.qualifiedPlaceComplement(from);
    if (end === from && inner === null && this.locale.organizationHeadsWithName.has(t.lower) && this.isNameWord(from) && !this.knownAt(from)) {
      // "hôpital Bichat", "université Tsinghua": the head and the name
      end = from;
      while (end < this.tokens.length && end - from < 4 && this.isNameWord(end)) end++;
    }
    if (end === from && inner === null && /^national(?:e|es|aux)?$/.test(this.tokens[from]?.lower ?? '') && this.isWord(from + 1) && !this.tokens[from + 1]!.cap && this.locale.isInstitutionalAdjective(this.tokens[from + 1]!.lower) && this.demonymCode(from + 1) === null) {
      // "parquet national financier", "office national antidopage": a national body named by two adjectives
      end = this.adjectivesEnd(from, false);
    }
    if (end === from) {
      // "fédération française de natation", "agence spatiale européenne": a body named in lower case by its
      // adjectives and a common complement; two adjectives, or one and a complement
      const adjectives = this.adjectivesEnd(i + 1, true);
      const complement = adjectives > i + 1 ? this.commonComplementEnd(adjectives) : adjectives;
      if (adjectives - (i + 1) >= 2 || complement > adjectives) {
        const c = this.push(i, complement, 'organization', 'pattern', { headOf: null });
        for (let k = i + 1; k < adjectives && !c.country; k++) c.country = this.demonymCode(k);
        for (let k = i; k < complement; k++) this.inComplement[k] = true;
        return complement;
      }
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
  protected qualifiedPlaceComplement(k: number): number {
    const open = (x: number) => this.isWord(x) && !this.tokens[x]!.cap && !this.isLink(x) && (!this.locale.stopwords.has(this.tokens[x]!.lower) || this.locale.commonNouns.has(this.tokens[x]!.lower));
    let j = k;
    while (j < k + 3 && open(j)) j++;
    for (let n = 0; n < 2; n++) {
      const links = this.ofLinks(j);
      // "de grande instance": an adjective written before its noun
      const lead = links > 0 && this.isWord(j + links) && this.locale.prenominalAdjectives.has(this.tokens[j + links]!.lower) && open(j + links + 1) ? 1 : 0;
      if (links === 0 || !open(j + links + lead)) break;
      let e = j + links + lead + 1;
      while (e < j + links + lead + 3 && open(e) && this.locale.isInstitutionalAdjective(this.tokens[e]!.lower)) e++;
      j = e;
    }
    const links = this.ofLinks(j);
    if (links === 0) return k;
    const place = this.knownAt(j + links);
    if (place) return place.value.type === 'place' ? place.end : k;
    // "tribunal administratif de Cergy-Pontoise": after a body named by its seat, an unknown name is that seat
    const at = j + links;
    const head = this.tokens[k - 1]?.lower ?? '';
    if (j > k && this.locale.seatHeads.has(head) && this.isNameWord(at) && !this.givenNameAt(at) && !this.isNameWord(at + 1)) return at + 1;
    return k;
  }

  /** Capitalised organisation name from a name head ("Conseil constitutionnel", "Initiative de Genève pour la paix"). */
  protected organizationFromNameHead(i: number): number {
    const head = this.tokens[i]!;
    if (!head.cap || !this.locale.organizationNameHeads.has(head.lower)) return 0;
    const link = this.tokens[i - 1];
    if (link?.word && (link.lower === "d'" || link.lower === 'de') && this.isWord(i - 2) && !this.tokens[i - 2]!.cap && !this.isLink(i - 2)) return 0;
    // "Groupe B : Galles - Slovaquie", "Division A": a head and a lone capital letter name a pool or a tier, no body
    if (/^\p{Lu}$/u.test(this.tokens[i + 1]?.text ?? '') && this.tokens[i + 2]?.text !== '.' && !this.isNameWord(i + 2)) return i + 2;
    let j = i + 1;
    // "Haut Conseil", "Haute Autorité": another head may follow even when it is a common word
    // ("président de la Commission Jean Roux": not into the name that a role before gives)
    while (!this.roleBefore.has(j) && ((this.isCap(j) && (!this.locale.stopwords.has(this.tokens[j]!.lower) || this.locale.organizationNameHeads.has(this.tokens[j]!.lower))) || (j > i + 1 && this.isJoinedParticle(j)))) j++;
    if (j > i + 1) j = this.coordinatedCapital(j);
    // "Haut conseil du dialogue social", "Haute autorité de santé": an adjective head, then the body's head in lower case
    const lowerHead = j === i + 1 && this.locale.prenominalAdjectives.has(head.lower) && this.isWord(j) && !this.tokens[j]!.cap && this.locale.organizationNameHeads.has(this.tokens[j]!.lower);
    if (lowerHead) j++;
    if (j === i + 1 && this.divisionNumber(j)) {
      // "Ligue 1"; "Mouvement 5 étoiles": a plural noun right after the number is the name's
      const noun = this.tokens[j + 1];
      const counted = !!noun?.word && !noun.cap && /[sx]$/.test(noun.lower) && noun.text.length >= 4 && !this.locale.stopwords.has(noun.lower) && noun.start === this.tokens[j]!.end + 1;
      return this.pushNamed(i, counted ? j + 2 : j + 1);
    }
    // "État islamique" but not "États insulaires": a head that is also a common word takes only listed adjectives
    const plain = j;
    j = this.adjectivesEnd(j, true, !this.locale.stopwords.has(head.lower) || this.locale.commonNouns.has(head.lower));
    // "Union syndicale Solidaires": a name word after the adjectives
    if (j > plain && this.isNameWord(j) && !this.isNameWord(j + 1) && !this.givenNameAt(j) && !this.knownAt(j)) j++;
    // "Ligue des champions", but not "État de droit": a head that is also a common word takes no common complement
    if (lowerHead || !this.locale.stopwords.has(head.lower) || this.locale.commonNouns.has(head.lower)) {
      // "Cour européenne des droits de l’homme", "Fédération nationale des associations d’usagers des transports":
      // up to three such complements; "de prévention et de contrôle": coordinated complements
      for (let n = 0; n < 4; n++) {
        let next = this.commonComplementEnd(j);
        // "Ligue contre le cancer": "contre" right after the head too
        if (next === j && (n > 0 || this.tokens[j]?.lower === 'contre') && /^(sur|contre|pour)$/.test(this.tokens[j]?.lower ?? '') && this.locale.articleForms.has(this.tokens[j + 1]?.lower ?? '')) {
          // "Institut international de recherche sur la paix", "Agence française de lutte contre le dopage"
          const noun = this.tokens[j + 2];
          if (noun?.word && !noun.cap && noun.text.length >= 3 && (!this.locale.stopwords.has(noun.lower) || this.locale.commonNouns.has(noun.lower))) next = this.adjectivesEnd(j + 3, false);
        }
        if (next === j && n > 0 && this.tokens[j]?.lower === 'et') {
          next = this.commonComplementEnd(j + 1);
          if (next === j + 1) next = this.coordinatedNoun(j);
        }
        if (next === j) break;
        j = next;
      }
    }
    j = this.complementWithNames(j);
    // "… pour la paix", "… pour le climat"
    // "Fondation pour la recherche stratégique", "Union pour la Méditerranée": also right after the head
    if (this.tokens[j]?.lower === 'pour' && this.locale.articleForms.has(this.tokens[j + 1]?.lower ?? '') && this.isWord(j + 2) && !this.isLink(j + 2) && (!this.locale.stopwords.has(this.tokens[j + 2]!.lower) || this.locale.commonNouns.has(this.tokens[j + 2]!.lower)) && (j > i + 1 || !this.tokens[j + 2]!.cap || this.isNameWord(j + 2))) {
      const capital = this.tokens[j + 2]!.cap;
      // "Fondation pour le logement des défavorisés"
      j = capital ? j + 3 : this.commonComplementEnd(this.adjectivesEnd(j + 3, false));
    }
    j = this.enumerationBeforeAcronym(j);
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

  /**
   * ", de l’environnement et du travail (Anses)", ", l’alimentation et l’environnement (Inrae)": complements listed
   * with commas and closed by "et" continue the name when its acronym follows in parentheses; returns the new end.
   */
  private enumerationBeforeAcronym(j: number): number {
    let k = j;
    let closed = false;
    for (let n = 0; n < 5 && !closed; n++) {
      const sep = this.tokens[k];
      if (sep?.text === ',') k++;
      else if (n > 0 && sep?.lower === 'et') {
        k++;
        closed = true;
      } else return j;
      const links = this.ofLinks(k);
      let m = links ? k + links : this.locale.articleForms.has(this.tokens[k]?.lower ?? '') ? k + 1 : k;
      const noun = this.tokens[m];
      if (!noun?.word || noun.cap || noun.text.length < 3 || (this.locale.stopwords.has(noun.lower) && !this.locale.commonNouns.has(noun.lower))) return j;
      // "de la distribution de la presse": an item may take one complement of its own
      m = this.commonComplementEnd(this.adjectivesEnd(m + 1, false));
      k = m;
    }
    const acronym = this.tokens[k + 1];
    return closed && this.tokens[k]?.text === '(' && acronym?.word && acronym.cap && this.tokens[k + 2]?.text === ')' ? k : j;
  }

  protected pushNamed(i: number, j: number): number {
    this.push(i, j, 'organization', 'pattern');
    for (let k = i; k < j; k++) this.inComplement[k] = true;
    return j;
  }

  /** Organisations named after a plural introducer, and the names listed after them ("les enseignes X, Y et Z"). */
  private readonly listed = new Set<Candidate>();

  protected afterIntroducer(i: number): boolean {
    return this.introducerBefore(i) >= 0 || this.continuesList(i);
  }

  /** Index of the organisation noun that introduces the name at token i ("le groupe X"), or -1. */
  protected introducerBefore(i: number): number {
    let k = i - 1;
    // "la start-up française X", "le service météorologique X"; "la coopérative X" is the noun itself
    while (k >= 0 && !this.locale.organizationIntroducers.has(this.tokens[k]!.lower) && (this.demonymCode(k) !== null || (this.isWord(k) && !this.tokens[k]!.cap && this.locale.isInstitutionalAdjective(this.tokens[k]!.lower)))) k--;
    let t = this.tokenAt(k);
    if (!t?.word) return -1;
    // "le Parti démocrate Moon Jae-in": a capitalised noun inside a sentence belongs to a name and introduces nothing
    if (t.cap && !t.allCaps && !this.sentenceInitial(k)) return -1;
    if (this.locale.organizationIntroducers.has(t.lower)) return k;
    // "le cabinet de conseil McKinsey", "la société d’investissement X": the introducer's own complement
    if (!t.cap && (!this.locale.stopwords.has(t.lower) || this.locale.commonNouns.has(t.lower)) && this.locale.deForms.has(this.tokens[k - 1]?.lower ?? '') && this.tokens[k - 2]?.word && this.locale.organizationIntroducers.has(this.tokens[k - 2]!.lower)) return k - 2;
    t = this.tokens[k]!;
    return k > 0 && this.tokens[k - 1]!.word && this.locale.organizationIntroducers.has(`${this.tokens[k - 1]!.lower} ${t.lower}`) ? k : -1;
  }

  /**
   * "les enseignes Auchan, Lidl et Système U": a name listed right after an organisation that a plural
   * introducer named is one too, unless it starts with a given name.
   */
  private continuesList(i: number, last = this.candidates.at(-1)): boolean {
    const link = this.tokenAt(i - 1);
    if (!link || !(link.text === ',' || this.locale.listCoordinators.has(link.lower)) || !last || !this.listed.has(last) || last.to !== this.tokens[i - 2]?.end) return false;
    return !(this.givenNameAt(i) && this.isNameWord(i + 1));
  }

  /** The introducer at token k is plural ("les enseignes X, Y et Z"). */
  protected pluralIntroducer(k: number): boolean {
    return /[sx]$/.test(this.tokens[k]!.lower) && /^(les|des|ces|deux|trois|plusieurs|ses|leurs|aux)$/.test(this.tokens[k - 1]?.lower ?? '');
  }

  /**
   * "la revue Sciences et Avenir", "l’organisme Racines et Confluences": after a singular introducer, a second unknown
   * name joined by a coordinator to the first belongs to it (one body takes one name); returns the name's new end.
   */
  protected coordinatedNameEnd(i: number, end: number): number {
    if (!this.locale.listCoordinators.has(this.tokens[end]?.lower ?? '') || !this.isNameWord(end + 1) || this.knownAt(i) || this.knownAt(end + 1) || this.givenNameAt(end + 1)) return end;
    const k = this.introducerBefore(i);
    if (k < 0 || this.pluralIntroducer(k)) return end;
    let e = end + 1;
    while (e < end + 4 && this.isNameWord(e)) e++;
    // "le groupe Norlys et Vesta ont signé": a plural verb after them makes them two
    const verb = this.tokens[e];
    if (verb?.word && !verb.cap && (this.locale.pluralAuxiliaries.has(verb.lower) || this.locale.pluralVerbShape.test(verb.lower))) return end;
    return e;
  }

  /** Records an organisation found by `afterIntroducer(i)`, so that the names listed after it follow it. */
  protected noteIntroduced(i: number, c: Candidate): void {
    const k = this.introducerBefore(i);
    const plural = k >= 0 && this.pluralIntroducer(k);
    if (plural || (k < 0 && this.continuesList(i, this.candidates.at(-2)))) this.listed.add(c);
  }

  /**
   * "les services secrets français", "le renseignement américain", "les services de renseignement": a body named by a
   * common noun after a determiner, with its country when a demonym follows; returns the index to continue
   * from, 0 when none.
   */
  protected securityBody(i: number): number {
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

  /**
   * "Banque africaine de développement (BAD)": the words before an acronym in
   * parentheses whose initials spell it are one organisation name; records it
   * (replacing a shorter candidate inside it) and returns it.
   */
  protected nameSpelledOut(i: number): Candidate | null {
    if (this.tokens[i - 1]?.text !== '(' || this.tokens[i + 1]?.text !== ')') return null;
    const target = this.tokens[i]!.text;
    const last = i - 2;
    let letters = '';
    let loose = '';
    // ("Institut régional pour la surveillance de la qualité de l’air et des rivières (IRSQAR)": long names too)
    for (let k = last; k >= 0 && last - k < 16; k--) {
      const w = this.tokens[k]!;
      if (!w.word) break;
      if (!this.locale.acronymSkipWords.has(withoutElision(w.lower))) letters = stripAccents(w.text)[0]!.toUpperCase() + letters;
      // "Ensemble pour la République (EPR)": prepositions other than "de" may give a letter too
      if (!/^(de|du|des|d|la|le|les|l|et)$/.test(withoutElision(w.lower))) loose = stripAccents(w.text)[0]!.toUpperCase() + loose;
      if (letters.length > target.length && loose.length > target.length) break;
      const spelled = stripAccents(target).toUpperCase();
      // "Parquet national antiterroriste (PNAT)": the last letter may come from inside a word
      const close = letters === spelled || loose === spelled || (letters.length >= 3 && letters.length === spelled.length - 1 && spelled.startsWith(letters));
      // the name starts with a capital, or with a lower-case noun when the initials spell the acronym exactly
      // ("brigade de recherche et d’intervention (BRI)"); never with an article
      const opens = !this.locale.acronymSkipWords.has(withoutElision(w.lower)) && (w.cap || (spelled.length >= 3 && (letters === spelled || loose === spelled) && last - k >= 2));
      if (close && opens) return this.spelledName(k, last);
    }
    // "Plateforme automobile (PFA)", "Agence de l’environnement et de la maîtrise de l’énergie (Ademe)": letters from inside
    // the words, or from a "de", when every other word gives its initial; only for names of three letters or more
    // without a given name in them
    if (target.length < 3 || !/^\p{L}+$/u.test(target)) return null;
    for (let k = last; k >= 0 && last - k < 10; k--) {
      const w = this.tokens[k]!;
      if (!w.word || (w.cap && this.givenNameAt(k))) return null;
      if (k < last && w.cap && !this.locale.acronymSkipWords.has(withoutElision(w.lower)) && spells(this.tokens.slice(k, last + 1).map((t) => t.text), (word) => this.locale.acronymSkipWords.has(word.toLowerCase().replace(/['’]$/, '')), target)) return this.spelledName(k, last);
    }
    return null;
  }

  /**
   * "la MINUB (Mission des Nations unies au Bélouchistan)", "le GRC (Grand réseau de la côte)": an acronym, then in
   * parentheses the capitalised name whose words spell it, every word giving its initial; records that name as one
   * organisation and returns it, with the index of its closing parenthesis. Three letters or more, and a lower-case
   * word in the name.
   */
  protected nameSpelledAfter(i: number): { name: Candidate; close: number } | null {
    const target = this.tokens[i]!.text;
    if (this.tokens[i + 1]?.text !== '(' || target.length < 3 || !this.isWord(i + 2) || !this.tokens[i + 2]!.cap) return null;
    let close = i + 2;
    while (close < i + 18 && this.isWord(close)) close++;
    if (this.tokens[close]?.text !== ')' || close - (i + 2) < 2) return null;
    const words = this.tokens.slice(i + 2, close).map((t) => t.text);
    // (a French name has a lower-case word, at least a link: "WHAM (Warm Hot Active Matter)" names a term)
    if (words.some((w) => !/^\p{L}/u.test(w)) || !words.some((w) => /^\p{Ll}/u.test(w)) || !spells(words, (word) => this.locale.acronymSkipWords.has(word.toLowerCase().replace(/['’]$/, '')), target)) return null;
    return { name: this.push(i + 2, close, 'organization', 'pattern'), close };
  }

  /** Token index of the last acronym found to spell a common term, not a body ("VTT"), or -1. */
  protected commonTerm = -1;

  /**
   * "supernovae super-lumineuses (SLSN)", "les TRM (transport routier de marchandises)": an acronym beside a lower-case
   * term in parentheses, with no capitalised name nor body's noun in that term, stands for the term, not for a body
   * (not "le mouvement rebelle (FNL)", "la Banque mondiale (BM)"). Letters only: "M23" names a group.
   */
  protected commonTermAcronym(i: number): boolean {
    const t = this.tokens[i]!;
    if (!/^\p{Lu}{2,6}$/u.test(t.text)) return false;
    const plain = (k: number) => {
      const w = this.tokens[k]!;
      if (w.cap && !(w.allCaps && w.text.length === 1) && !this.sentenceInitial(k)) return false;
      return !this.locale.organizationHeads.has(w.lower) && !this.locale.organizationIntroducers.has(w.lower) && !this.locale.groupNouns.has(w.lower) && !this.locale.organizationNameHeads.has(w.lower);
    };
    if (this.tokens[i - 1]?.text === '(' && this.tokens[i + 1]?.text === ')') {
      // the term before: lower-case words back to the clause's start, the last one a content word
      const last = this.tokens[i - 2];
      if (!last?.word || last.cap || this.locale.stopwords.has(last.lower)) return false;
      let k = i - 2;
      let words = 0;
      for (; k >= 0 && i - 2 - k < 8 && this.tokens[k]!.word; k--) {
        if (!plain(k)) return false;
        words++;
      }
      const previous = this.candidates.at(-1);
      return words >= 1 && !(previous && previous.to > this.tokens[k + 1]!.start - 2);
    }
    if (this.tokens[i + 1]?.text === '(' && this.isWord(i + 2) && !this.tokens[i + 2]!.cap && !this.locale.stopwords.has(this.tokens[i + 2]!.lower)) {
      // the term after, whole inside the parentheses
      let k = i + 2;
      while (k < i + 10 && this.isWord(k)) {
        if (!plain(k)) return false;
        k++;
      }
      return this.tokens[k]?.text === ')' && k - (i + 2) >= 2;
    }
    return false;
  }

  /** Records tokens [k, last] as the organisation an acronym spells, replacing the candidates inside; null if one overlaps it. */
  private spelledName(k: number, last: number): Candidate | null {
    const head = this.tokens[k]!;
    if (!head.cap && !this.locale.unitNouns.has(head.lower) && !this.locale.organizationHeads.has(head.lower) && !this.locale.organizationIntroducers.has(head.lower)) {
      // "vélo tout terrain (VTT)", "impôt de solidarité sur la fortune (ISF)": a common term and its acronym, no body
      this.commonTerm = last + 2;
      return null;
    }
    const from = this.tokens[k]!.start;
    const same = this.candidates.at(-1);
    if (same && same.from === from && same.to === this.tokens[last]!.end) {
      // "le Programme Agricole Régional (PAR)": a document's noun and capitalised adjectives, no complement, that an
      // acronym spells name a body, not a text (a complement keeps the text: "le Plan Local de Déplacements (PLD)")
      const plain = same.type === 'misc' && same.evidence === 'pattern' && same.kind === 'law' && this.tokens.slice(k + 1, last + 1).every((t) => t.cap);
      if (!plain) return same; // a known name: keep its type
      this.candidates.pop();
      return this.push(k, last + 1, 'organization', 'pattern');
    }
    // a tentative reading across the name's start goes too ("La Plateforme" opening the sentence)
    while (this.candidates.length && (this.candidates.at(-1)!.from >= from || (this.candidates.at(-1)!.onlyKnown && this.candidates.at(-1)!.to > from))) this.candidates.pop();
    const previous = this.candidates.at(-1);
    if (previous && previous.to > from) return null;
    return this.push(k, last + 1, 'organization', 'pattern');
  }

  /** "La Réserve fédérale (Fed)": an acronym in parentheses settles the organisation reading of the name before it. */
  protected settleBeforeParentheses(i: number): Candidate | undefined {
    const last = this.candidates.at(-1);
    if (this.tokens[i - 1]?.text !== '(' || !last || last.type !== 'unknown' || last.fallback?.type !== 'organization' || last.fallback.to !== this.tokens[i - 2]?.end) return last;
    this.candidates[this.candidates.length - 1] = last.fallback;
    return last.fallback;
  }

  protected organizationBeforeParentheses(i: number): Candidate | null {
    if (this.tokens[i - 1]?.text !== '(' || this.tokens[i + 1]?.text !== ')') return null;
    const previous = this.candidates.at(-2);
    const fits = previous !== undefined && previous.type !== 'person' && previous.type !== 'place' && previous.to === this.tokens[i - 2]?.end;
    return fits ? previous : null;
  }

  /**
   * "des entreprises telles que Norlys, Vesta Kolmar et Brenn", "des groupes armés comme Jund al-Nour": names listed
   * after a plural noun for organisations are organisations, unless a given name or a cue made them people.
   */
  protected listOrganizations(): void {
    if (this.candidates.length === 0) return;
    // (most words are no introducer, most units hold none: their classes say so without the look-ups)
    const gate = this.gated ? ORGANIZATION_INTRODUCER : 0;
    if ((this.unitClasses & gate) === 0 && gate !== 0) return;
    const classes = this.classes;
    let at: Map<number, number> | undefined;
    for (let i = 0; i < this.tokens.length; i++) {
      if ((classes[i]! & gate) === 0 && gate !== 0) continue;
      const t = this.tokens[i]!;
      if (t.cap || !(t.lower.endsWith('s') || t.lower.endsWith('x')) || !this.locale.organizationIntroducers.has(t.lower)) continue;
      let k = i + 1;
      // "groupes islamistes radicaux": up to three adjectives
      while (k < i + 4 && this.isWord(k) && !this.tokens[k]!.cap && !this.locale.stopwords.has(this.tokens[k]!.lower) && !this.locale.listIntroducers.has(this.tokens[k]!.lower)) k++;
      if (this.tokens[k]?.text === ',' || this.tokens[k]?.text === ':') k++;
      const from = k;
      // (the first word says examples follow: not "des sociétés liées à X", "des médias à X et Y")
      if (!this.isWord(k) || !this.locale.exampleIntroducers.has(this.tokens[k]!.lower)) continue;
      while (k < from + 4 && this.isWord(k) && !this.tokens[k]!.cap && this.locale.listIntroducers.has(this.tokens[k]!.lower)) k++;
      if (this.tokens[k]?.text === ':') k++;
      if (at === undefined) {
        at = new Map<number, number>();
        for (let n = 0; n < this.candidates.length; n++) at.set(this.candidates[n]!.from, n);
      }
      this.walkList(k, at, (n, c) => {
        if (c.type !== 'organization' && c.type !== 'unknown' && c.type !== 'person') return false;
        if (c.type === 'unknown' || (c.type === 'person' && c.givenNames === 0 && c.roles.length === 0 && c.evidence !== 'cue')) {
          this.candidates[n] = copyCandidate(c, { type: 'organization', evidence: 'pattern', onlyKnown: false, fallback: null });
        }
        return true;
      });
    }
  }

  /** "Nvidia et Samsung", "Microsoft, Nvidia": an unknown word listed with organisations or places is one too. */
  protected coordinate(): void {
    const list = this.candidates;
    // forward, then backward: "Lenoir, Bastide, Marc Aubert" reaches the first name through the second
    for (let step = 0; step < 2 * list.length; step++) {
      const n = step < list.length ? step : 2 * list.length - 1 - step;
      const c = list[n]!;
      if (c.type !== 'unknown' || c.fallback || c.words.length !== 1) continue;
      for (const other of [list[n - 1], list[n + 1]]) {
        if (!other || (other.type !== 'organization' && other.type !== 'place' && other.type !== 'person') || other.acronym) continue;
        const between = this.textBetween(other, c);
        // ("ministre de de Gaulle puis de Lenoir": the preposition said again after the link)
        // "de la Maurienne et de la Tarentaise": with a place, the coordinator may bring its preposition and article again
        const again = other.type === 'place' && (other.to <= c.from ? this.listedTogether(other, c, true) : this.listedTogether(c, other, true));
        if (!again && !/^\s*(?:,|et|ou|ni|puis)(?:\s+(?:de|d['’]|à|avec|pour|par|contre))?\s*$/u.test(between)) continue;
        // "Vidal, Lenoir, Bastide et Marc Aubert": a lone name listed with people is a person's
        if (other.type === 'person') {
          // not "« Merci, Paul Girard »": a word opening the sentence or a quotation is no name of the list
          // nor "Paul Girard, Gilet jaune du Cantal": a movement's noun and its colour
          const colour = this.tokens[this.tokenAfter(c.to)];
          const movement = colour?.word === true && !colour.cap && (this.locale.movementColours.has(colour.lower) || this.locale.movementColours.has(`${colour.lower}s`));
          const first = this.tokenAfter(c.from);
          // ("Kardal et Zeb Marchal se sont vus": opening the sentence, before "et", a name of the list)
          const joined = other.from >= c.to && this.locale.listCoordinators.has(between.trim());
          if ((!this.sentenceInitial(first) || joined) && !this.opensQuotation(first) && !movement) list[n] = copyCandidate(c, { type: 'person', evidence: 'cue', onlyKnown: false, fallback: null });
        }
        else list[n] = copyCandidate(c, { onlyKnown: true, fallback: copyCandidate(c, { type: other.type, evidence: 'pattern', onlyKnown: false, fallback: null }) });
        break;
      }
    }
    // "Nordax et Grand Ouest Média", "TF1, M6 ou Studio Lumière": a run of capitalised words without a given name or a
    // cue, joined by "et" or "ou" to an organisation, is one too (not after a comma: "Ironman France, Tine Decker")
    for (let n = 0; n < list.length; n++) {
      const c = list[n]!;
      if (c.type !== 'person' || c.evidence !== 'multi' || c.roles.length > 0 || c.words.some((w) => this.locale.isFirstName(w))) continue;
      for (const other of [list[n - 1], list[n + 1]]) {
        if (!other || other.type !== 'organization') continue;
        const between = this.textBetween(other, c);
        if (!this.locale.listCoordinators.has(between.trim())) continue;
        list[n] = copyCandidate(c, { type: 'organization', evidence: 'pattern' });
        break;
      }
    }
    // "Sandoz et Viatris pointent…": lone unknown words listed together, none a given name, are organisations
    // unless the text names people by them (a bare surname finds its person first)
    const lone = (c: Candidate | undefined): c is Candidate => !!c && c.type === 'unknown' && !c.fallback && c.words.length === 1 && !this.locale.isFirstName(c.text);
    for (let n = 0; n + 1 < list.length; n++) {
      const a = list[n];
      const b = list[n + 1];
      if (!lone(a) || !lone(b) || !this.listedNext(a, b)) continue;
      // "entre Foix et Tarascon", "à Vielha, Ordino et Soldeu": after a preposition of place, the list is of places
      // "à Paris (Tolbiac et Cuvier)": in parentheses right after a place, the list is of places in it
      const before = list[n - 1];
      const within = !!before && before.type === 'place' && this.unit.text.slice(before.to, a.from).trim() === '(';
      const type = within || LIST_OF_PLACES.test(this.unit.text.slice(0, a.from)) ? 'place' : 'organization';
      // (joined by "et" or "ou", each remembers the other: "Kardal et Zebrin", where the text names a person Kardal, lists
      // people; not after a comma: "le championnat d’Ironman, Kardal et Zebrin gardent leur titre")
      const joined = this.locale.listCoordinators.has(this.textBetween(a, b).trim());
      list[n] = copyCandidate(a, { onlyKnown: true, fallback: copyCandidate(a, { type, evidence: 'pattern', onlyKnown: false, fallback: null }), listedWith: joined ? b : undefined });
      list[n + 1] = copyCandidate(b, { onlyKnown: true, fallback: copyCandidate(b, { type, evidence: 'pattern', onlyKnown: false, fallback: null }), listedWith: joined ? a : undefined });
    }
    this.placesListedWithPlaces();
    // "la Mauricie, l’Outaouais, Trois-Rivières et la Montérégie": a name read as a body from its article alone, listed
    // with a place, is a place (forward, then backward, so that the list passes it on)
    const place = (c: Candidate | undefined) => !!c && (c.type === 'place' || (c.type === 'unknown' && c.fallback?.type === 'place'));
    for (let step = 0; step < 2 * list.length; step++) {
      const n = step < list.length ? step : 2 * list.length - 1 - step;
      const c = list[n]!;
      // "Racca et Deir Ezzor", "du Pendjab et de Khyber Pakhtunkhwa": a run of capitalised words without a given name,
      // joined to a place by a coordinator, is a place too (not "Paris et Anne Roux", a person by her given name)
      const run = c.type === 'person' && c.evidence === 'multi';
      // "la Montérégie, Lanaudière et les Laurentides": a lone unknown word read as a body only from its neighbour (a body
      // named by its article alone), listed with a place, is a place should the text name it nothing else; it passes
      // the place on to the next item
      if (this.loneBesidePlace(n, place)) {
        list[n] = copyCandidate(c, { onlyKnown: true, fallback: copyCandidate(c, { type: 'place', evidence: 'pattern', onlyKnown: false, fallback: null }) });
        continue;
      }
      if (!(run || (c.articleOnly && c.type === 'organization'))) continue;
      // "de la Maurienne et de la Tarentaise": a body named by its article alone right after a place and a coordinator
      if (!run && place(list[n - 1]) && this.listedTogether(list[n - 1]!, c, true)) {
        list[n] = copyCandidate(c, { type: 'place', evidence: 'pattern' });
        continue;
      }
      if (!this.endsListItem(c)) continue;
      if ((place(list[n - 1]) && this.listedTogether(list[n - 1]!, c, run)) || (place(list[n + 1]) && this.listedTogether(c, list[n + 1]!, run))) list[n] = copyCandidate(c, { type: 'place', evidence: 'pattern' });
    }
  }

  /**
   * Candidate n is a lone unknown word (no given name) that no body named otherwise than by its article stands beside,
   * and a place is listed right before or after it.
   */
  private loneBesidePlace(n: number, place: (c: Candidate | undefined) => boolean): boolean {
    const list = this.candidates;
    const c = list[n]!;
    if (c.type !== 'unknown' || c.words.length !== 1 || (c.fallback && c.fallback.type !== 'organization') || this.locale.isFirstName(c.text)) return false;
    const before = list[n - 1];
    const after = list[n + 1];
    const body = (o: Candidate | undefined, listed: boolean) => listed && o!.type === 'organization' && !o!.articleOnly;
    // (a coordinator, or a comma alone: not "« Concrètement, le Maroc… »", where an article opens a clause)
    const listed = (a: Candidate, b: Candidate) => this.listedTogether(a, b, true) || this.unit.text.slice(a.to, b.from).trim() === ',';
    const beforeListed = !!before && listed(before, c);
    const afterListed = !!after && listed(c, after);
    if (body(before, beforeListed) || body(after, afterListed)) return false;
    return (beforeListed && place(before)) || (afterListed && place(after));
  }

  /**
   * "en Alsace : Kervin, Lauterbois, Strasbourg, Mardeheim": lone unknown words in one list (items joined by a comma,
   * "et" or "ou") with a place the lexicons know, and with no body or person, are places should the text name them
   * nothing else (not "Sandoz et Viatris", the pair without a place).
   */
  private placesListedWithPlaces(): void {
    const list = this.candidates;
    const lone = (c: Candidate) => c.type === 'unknown' && c.words.length === 1 && !this.locale.isFirstName(c.text) && (!c.fallback || c.fallback.type === 'organization');
    for (let n = 0; n < list.length; ) {
      let end = n + 1;
      while (end < list.length && this.listedNext(list[end - 1]!, list[end]!)) end++;
      // (a list of three or more first: most candidates stand alone)
      const items = end - n >= 3 ? list.slice(n, end) : null;
      if (items && items.some((c) => c.type === 'place' && c.evidence === 'lexicon') && items.every((c) => c.type === 'place' || (c.type === 'unknown' && c.fallback?.type !== 'person'))) {
        for (let k = n; k < end; k++) {
          const c = list[k]!;
          if (lone(c)) list[k] = copyCandidate(c, { onlyKnown: true, fallback: copyCandidate(c, { type: 'place', evidence: 'pattern', onlyKnown: false, fallback: null }) });
        }
      }
      n = end;
    }
  }

  /** The text between candidates a and b, in whichever order they stand. */
  private textBetween(a: Candidate, b: Candidate): string {
    return a.to <= b.from ? this.unit.text.slice(a.to, b.from) : this.unit.text.slice(b.to, a.from);
  }

  /** Candidate c ends an item of a list: a comma, a list's coordinator or a closing mark follows it (not "la Fnac de la gare"). */
  private endsListItem(c: Candidate): boolean {
    const next = this.tokens[this.tokenAfter(c.to)];
    return !next || (next.word ? this.locale.listCoordinators.has(next.lower) : /^[,.;:)!?]$/.test(next.text));
  }

  /**
   * Only a comma or a list's coordinator, and maybe "de" and an article, stand between candidates a and b; with
   * `coordinated`, a coordinator must.
   */
  private listedTogether(a: Candidate, b: Candidate, coordinated = false): boolean {
    let linked = false;
    for (let k = this.tokenAfter(a.to); k < this.tokens.length && this.tokens[k]!.start < b.from; k++) {
      const t = this.tokens[k]!;
      if (t.word && this.locale.listCoordinators.has(t.lower)) linked = true;
      else if (t.text === ',') linked ||= !coordinated;
      else if (!(t.word && !t.cap && (this.locale.definiteArticles.has(withoutElision(t.lower)) || this.locale.ofPrepositions.has(t.lower)))) return false;
    }
    return linked;
  }
}

/**
 * Whether `acronym` spells `words`: every word gives its initial, then maybe more of its letters in order
 * ("Plateforme" → "PF"); a skipped word ("de", "la") gives its initial or nothing.
 */
export function spells(words: readonly string[], skipped: (word: string) => boolean, acronym: string): boolean {
  const letters = stripAccents(acronym).toUpperCase();
  const upper = words.map((w) => stripAccents(w).toUpperCase().replace(/[^A-Z]/g, ''));
  const memo = new Map<number, boolean>();
  const from = (w: number, a: number): boolean => {
    if (w === upper.length) return a === letters.length;
    const key = w * 64 + a;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = upper[w]!;
    let ok = (skipped(words[w]!) || word === '') && from(w + 1, a);
    if (!ok && word[0] === letters[a]) ok = inside(word, 1, w, a + 1);
    memo.set(key, ok);
    return ok;
  };
  // the rest of the letters this word gives, from position p on
  const inside = (word: string, p: number, w: number, a: number): boolean => {
    if (from(w + 1, a)) return true;
    for (let q = p; q < word.length && a < letters.length; q++) if (word[q] === letters[a] && inside(word, q + 1, w, a + 1)) return true;
    return false;
  };
  return from(0, 0);
}
