/** Place recognisers that need more than the lexicon: natural features with their name, a place in apposition. */
import { CandidateScan } from './scan-base.js';
import { withoutElision } from './tokens.js';

export class PlaceRules extends CandidateScan {
  /**
   * "mer de Chine", "golfe du Mexique", "détroit d’Ormuz": a natural feature with its name is one place; "le lac du
   * Bourget", "le fleuve Niger": the name alone when the head stays outside it.
   */
  protected naturalFeature(i: number): number {
    let k = i - 1;
    // (over "de", "du", "des" and an article only: not "le lycée de la mer à Kervadec")
    while (k >= 0 && i - k <= 2 && this.isWord(k) && (this.locale.ofForms.has(this.tokens[k]!.lower) || this.locale.articleForms.has(this.tokens[k]!.lower))) k--;
    const head = this.tokenAt(k);
    if (!head?.word || head.cap || !this.locale.naturalFeatures.has(head.lower)) return 0;
    let end = i;
    while (this.isNameWord(end)) end++;
    if (end === i) return 0;
    // "le lac du Bourget", "le fleuve Niger": some heads stay outside the name; "la mer Méditerranée", others when the
    // name alone is a known place's (not a country's: "la mer de Chine" is no part of China)
    // ("les îles Vanuatu": an archipelago named by its country is the country)
    const country = this.lexicons.countryWords.has(this.tokens[i]!.text);
    const known = (this.locale.featureHeadsOutsideKnownName.has(head.lower) && !country) || this.locale.featureHeadsOutsideCountry.has(head.lower) ? this.knownAt(i) : null;
    const outside = this.locale.featureHeadsOutsideName.has(head.lower) || (known?.value.type === 'place' && known.end === end);
    this.push(outside ? i : k, end, 'place', 'pattern');
    return end;
  }

  /**
   * "la République d’Haïti", "la république islamique du Pakistan", "le royaume du Maroc": a state's noun, its adjectives
   * and a country's one-word name are the country's full name, one place; returns its end, 0 when none.
   */
  protected stateOfCountry(i: number): number {
    if (!this.locale.stateNouns.has(this.tokens[i]!.lower)) return 0;
    const j = this.adjectivesEnd(i + 1, false);
    const links = this.ofLinks(j);
    const at = j + links;
    if (!links || !this.isCap(at) || !this.lexicons.countryWords.has(this.tokens[at]!.text) || this.isNameWord(at + 1)) return 0;
    const known = this.knownAt(at);
    if (!known || known.value.type !== 'place' || known.end !== at + 1) return 0;
    this.push(i, at + 1, 'place', 'pattern');
    return at + 1;
  }

  /**
   * "l’État de Hawaï", "la Province de Gitega", "les États du Brésil": a territory's capitalised noun after an article,
   * then "de" and a name: the name alone is the place, the noun is no body; returns the end, 0 when none.
   */
  protected territoryOf(i: number): number {
    const head = this.tokens[i]!;
    // ("cet État des Caraïbes", "les 27 États du Brésil": a determiner or a number before it too)
    if (!this.locale.territoryHeads.has(head.lower) || !(this.afterArticle(i) || this.isDeterminer(i - 1) || /^\d+$/.test(this.tokens[i - 1]?.text ?? ''))) return 0;
    const links = this.ofLinks(i + 1);
    const at = i + 1 + links;
    if (!links || !this.isNameWord(at) || (this.givenNameAt(at) && this.isNameWord(at + 1))) return 0;
    const known = this.knownAt(at);
    if (known && known.value.type !== 'place') return 0;
    let end = known ? known.end : at + 1;
    while (!known && end < at + 4 && this.isNameWord(end)) end++;
    // not "l’État de droit" nor a longer complement ("la Province de X du Nord" is left to the other rules)
    if (this.ofLinks(end) && this.isCap(end + this.ofLinks(end))) return 0;
    this.push(at, end, 'place', 'pattern');
    return end;
  }

  /**
   * "en Vallée d’Aoste", "la station Gare de l’Est", "au péage de Pont de l’Étoile", "au large de l’Île d’Yeu": a
   * capitalised word that opens places' names, or a street's head, then "de" and a name, is one place wherever it
   * stands (not only after an article); returns its end, 0 when none. Not a name the lexicons know ("Quai d’Orsay"), nor
   * one whose complement holds a name they know.
   */
  protected placeWithComplement(i: number): number {
    const t = this.tokens[i]!;
    if (t.allCaps || this.isCap(i + 1) || !(this.locale.placeNameFirstWords.has(t.lower) || (this.locale.streetHeads.has(t.lower) && !this.locale.streetHeadsWithoutLink.has(t.lower)))) return 0;
    const end = this.complementWithNames(i + 1);
    // (not "le Rond-point des Gilets jaunes": a movement's name after the word)
    if (end === i + 1 || this.locale.movementColours.has(this.tokens[end]?.lower ?? '')) return 0;
    const known = this.knownAt(i);
    if (known && known.end > i + 1) return 0;
    // (nor "la Vallée du Rhône", "le Plateau du Golan": a known place after the word is read alone, as news annotators mark it)
    for (let k = i + 1; k < end; k++) if (this.isCap(k) && this.knownAt(k)) return 0;
    this.push(i, end, 'place', 'pattern');
    return end;
  }

  /**
   * "Valence d’Agen", "Châtillon d’Azergues": a town the lexicons know, "d’" and another known place, one word each, are
   * one town's name; returns its end, 0 when none. Not a country's ("la France d’Outre-mer" is left to the other rules).
   */
  protected townOfPlace(i: number): number {
    const elided = this.tokens[i + 1];
    if (!elided?.word || elided.lower !== "d'" || this.lexicons.countryWords.has(this.tokens[i]!.text)) return 0;
    const town = this.knownAt(i);
    const other = this.knownAt(i + 2);
    if (town?.value.type !== 'place' || town.end !== i + 1 || other?.value.type !== 'place' || other.end !== i + 3 || this.isNameWord(i + 3)) return 0;
    this.push(i, i + 3, 'place', 'pattern');
    return i + 3;
  }

  /** "le désert syrien": a natural feature named by its country's adjective is one place; returns its end, 0 when none. */
  protected featureOfCountry(i: number): number {
    if (!this.locale.countryFeatures.has(this.tokens[i]!.lower) || this.demonymCode(i + 1) === null) return 0;
    this.push(i, i + 2, 'place', 'pattern');
    return i + 2;
  }

  /**
   * "place de la République", "rue Royale", "porte Maillot", "boulevard Saint-Germain": a street's or a square's head
   * noun belongs to its name; returns the end of the place, 0 when none. Not "à la place de Jean Dupont" (instead of),
   * "au cours de", "en place".
   */
  protected streetName(i: number): number {
    const head = this.tokens[i]!;
    if (head.cap || !this.locale.streetHeads.has(head.lower)) return 0;
    const before = this.tokens[i - 1]?.lower ?? '';
    const links = this.ofLinks(i + 1);
    // ("à la place de X": a fixed phrase before "de"; "à la place Beauvau", "à la gare de X" are places)
    if (/^(en|sur|au|aux|il|elle|on|qui|ce|se)$/.test(before) || (links && this.endsNotPlacePhrase(i))) return 0;
    if (links && this.locale.streetHeadsWithoutLink.has(head.lower)) return 0;
    // "dans le dernier tour Paul Marsh attaque": the masculine "tour" is a lap, not a tower
    if (this.locale.streetHeadsWithoutLink.has(head.lower) && /^(le|du|un|ce|chaque|premier|dernier|second|deuxième|troisième|nouveau)$/.test(before)) return 0;
    const from = i + 1 + links;
    if (!this.isCap(from) || this.tokens[from]!.allCaps) return 0;
    const known = this.knownAt(from);
    if (known && known.value.type === 'organization') return 0;
    // after "de", a given name and a surname are a person's ("la place de Jean Dupont")
    if (links && this.givenNameAt(from) && this.isCap(from + 1)) return 0;
    let end = from;
    while (end < this.tokens.length && end - from < 5) {
      if (this.isCap(end) && !this.tokens[end]!.allCaps) end++;
      else if (end > from && this.isJoinedParticle(end)) end++;
      else if (end > from && this.locale.nameParticles.has(withoutElision(this.tokens[end]!.lower)) && !this.tokens[end]!.cap && this.isCap(end + 1)) end += 2;
      else break;
    }
    if (known && known.end > end) end = known.end;
    // "l’autoroute A6": a road's code alone names it; "le rond-point de Lorient", "la chaussée des Champs-Élysées": the
    // place the head is at or along, without the head
    const outside = this.locale.streetHeadsOutsideName.has(head.lower) || (links > 0 && this.locale.streetHeadsOutsideNameAfterLink.has(head.lower));
    this.push(/\d/.test(this.tokens[from]!.text) || outside ? from : i, end, 'place', 'pattern');
    return end;
  }

  /**
   * "le 15e arrondissement de Paris", "le 9 e arrondissement", "les 2e et 9e arrondissements", "des 16e, 7e et 1er
   * arrondissement": a city's district named by its number is a place, and so is each number listed before it; returns
   * the end, 0 when none.
   */
  protected districtNumber(i: number): number {
    let n = this.ordinalAt(i);
    if (n === 0) return 0;
    const items: [number, number][] = [[i, i + n]];
    let k = i + n;
    while (items.length < 6 && (this.tokens[k]?.text === ',' || this.locale.listCoordinators.has(this.tokens[k]?.lower ?? '')) && (n = this.ordinalAt(k + 1))) {
      items.push([k + 1, k + 1 + n]);
      k += 1 + n;
    }
    if (!this.isWord(k) || !this.locale.districtNouns.has(this.tokens[k]!.lower)) return 0;
    let end = k + 1;
    const links = this.ofLinks(end);
    const city = links ? this.knownAt(end + links) : null;
    if (city && city.value.type === 'place') end = city.end;
    items.forEach(([from, to], n) => this.push(from, n === items.length - 1 ? end : to, 'place', 'pattern'));
    return end;
  }

  /** Tokens of an ordinal number at k ("15e", "1er", "15 e", "VIIIe", "XIX e"), 0 when none. */
  private ordinalAt(k: number): number {
    const t = this.tokens[k];
    if (!t?.word) return 0;
    const first = t.text.charCodeAt(0);
    // (I, V, X: the first character answers without a pattern, at every token)
    const roman = first === 73 || first === 86 || first === 88;
    if (!roman && (first < 48 || first > 57)) return 0;
    if (roman ? /^[IVX]{1,5}(?:e|er|ème)$/.test(t.text) : /^\d{1,2}(?:e|er|ème)$/.test(t.text)) return 1;
    const suffix = this.tokens[k + 1];
    return (roman ? /^[IVX]{1,5}$/ : /^\d{1,2}$/).test(t.text) && suffix?.word && /^(?:e|er|ème)$/.test(suffix.text) && suffix.start === t.end + 1 ? 2 : 0;
  }

  /**
   * "Europe du Nord", "Afrique de l’Ouest", "Pacifique Sud", "Afrique subsaharienne", "Java occidental": a compass
   * point or side after a known place narrows it and belongs to its name; returns the new end (\`end\` when none).
   */
  protected placeSide(end: number): number {
    const t = this.tokens[end];
    if (!t?.word) return end;
    if (t.cap && !t.allCaps && this.locale.cardinalRegions.has(t.lower) && !this.isNameWord(end + 1)) return end + 1;
    if (!t.cap && this.locale.sideAdjectives.has(t.lower)) return end + 1;
    const links = this.ofLinks(end);
    const point = this.tokens[end + links];
    if (links && point?.word && point.cap && !point.allCaps && this.locale.cardinalRegions.has(point.lower) && !this.isNameWord(end + links + 1)) return end + links + 1;
    return end;
  }

  /**
   * "Kurdistan irakien", "Réserve fédérale américaine", "Alpes françaises": a country adjective after a known place or
   * body (not an acronym) belongs to its name when it agrees in number with the name's last word; returns the new
   * end. Not "des Nations unies sud-coréen" (the adjective goes with a person).
   */
  protected countryAdjectiveAfter(from: number, end: number): number {
    const adjective = this.tokens[end];
    if (!adjective || this.demonymCode(end) === null || (end === from + 1 && this.tokens[from]!.allCaps)) return end;
    const plural = (word: string) => /[sx]$/.test(word);
    const either = /(?:ais|ois)$/.test(adjective.lower); // "français", "québécois": singular or plural
    return either || plural(this.tokens[end - 1]!.lower) === plural(adjective.lower) ? end + 1 : end;
  }

  /** "championne d’Europe", "champion du monde et d’Europe": a sports title before token i, whose complement is a place. */
  protected championOf(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
      const t = this.tokens[k]!;
      if (!t.word || t.cap) return false;
      if (this.locale.sportsTitles.has(t.lower)) return true;
      if (!this.isLink(k) && !this.locale.sportsTitleComplements.has(t.lower)) return false;
    }
    return false;
  }

  /** "Kerbastic (56)", "Olmeta (2B)": a French department's number in parentheses at token e. */
  protected departmentInParentheses(e: number): boolean {
    return this.tokens[e]?.text === '(' && this.tokens[e + 2]?.text === ')' && /^(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/.test(this.tokens[e + 1]?.text ?? '');
  }

  /** ", capitale de…", ", ville de…", ", chef-lieu de…" after a name. */
  protected placeApposition(e: number): boolean {
    // "Chamaloc (Drôme)", "Couvin (Belgique)": a known region or country in parentheses locates the name before it
    if (this.tokens[e]?.text === '(') {
      if (this.departmentInParentheses(e)) return true;
      const where = this.knownAt(e + 1);
      return where?.value.type === 'place' && this.tokens[where.end]?.text === ')';
    }
    if (this.tokens[e]?.text !== ',') return false;
    let k = e + 1;
    if (this.isWord(k) && this.locale.singularDeterminers.has(this.tokens[k]!.lower)) k++;
    while (this.isWord(k) && !this.tokens[k]!.cap && this.locale.isInstitutionalAdjective(this.tokens[k]!.lower)) k++;
    return this.isWord(k) && this.locale.placeAppositions.has(this.tokens[k]!.lower);
  }
}
