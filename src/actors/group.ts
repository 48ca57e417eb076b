/**
 * Groups candidate mentions into actors, one per entity: "Gabriel Attal" …
 * "M. Attal" … "Attal" are one person, "l’OMS" joins "Organisation mondiale de la santé", a
 * pinned gazetteer entry takes every mention of its names. Every look-up is a
 * Map, so the cost is linear in the number of mentions.
 */
import { mentionSexWeight } from './sex-evidence.js';
import type { StageContext } from '../context.js';
import { sourceRange } from '../text/mapped-text.js';
import type { Actor, ActorType, Diagnostic, Mention } from '../types.js';
import type { ActorLocale } from './actor-locale.js';
import type { GazetteerEntry } from './gazetteer.js';
import { copyCandidate } from './candidate.js';
import { headKey, type Candidate, type UnitRole } from './recognise.js';
import { deletionKeys, editDistance, initials, nameKey, slugify, uniqueIds } from './names.js';

/** How many of the characters of `text` are ASCII lower-case letters. */
function asciiLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) n++;
  }
  return n;
}

/** A word of letters only. */
const LETTERS = /^\p{L}+$/u;

class Entity {
  readonly mentions: Candidate[] = [];
  /** The forms (given names, words) of the person's name already filed by surname, given name and name part. */
  indexed: Set<string> | undefined;
  country: string | null = null;
  pinned: GazetteerEntry | undefined;
  lexiconName: string | undefined;
  /** With type misc: what it is ("product", "event"). */
  kind: string | undefined;
  constructor(
    public key: string,
    readonly type: ActorType,
  ) {}
  get first(): Candidate {
    return this.mentions[0]!;
  }
}

/** Surname part of a person mention ("de Villepin" in "Dominique de Villepin"; the whole of "Attal"). */
function surnameOf(c: Candidate): string {
  if (c.words.length === 1) return c.words[0]!;
  const skip = c.givenNames > 0 ? c.givenNames : 1;
  return c.words.slice(skip).join(' ');
}

function givenNamesOf(c: Candidate): string | null {
  if (c.words.length === 1) return null;
  return c.words.slice(0, Math.max(1, c.givenNames)).join(' ');
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

const order = (a: Candidate, b: Candidate): number => a.unit.index - b.unit.index || a.from - b.from;

/** An index with no entry. */
const NO_ENTITIES: ReadonlyMap<string, Entity> = new Map<string, Entity>();

/** How many pairs of full names sharing a surname an article may check for one person under two given names. */
const MAX_NAME_PAIRS = 32;

export class ActorGrouper {
  private readonly entities = new Map<string, Entity>();
  /**
   * The entity of each candidate another names as its full form (`aliasOf`: an acronym's spelled-out name), read while
   * the names that need the rest of the document are placed; only those candidates are filed (`aliased`).
   */
  private readonly entityOf = new Map<Candidate, Entity>();
  private aliased: ReadonlySet<Candidate> = new Set();
  /** Person entities by surname key (and last surname word). */
  private readonly bySurname = new Map<string, Set<Entity>>();
  /** Person entities by any word of their name but the first ("Lula" in "Luiz Inácio Lula da Silva"). */
  private readonly byNamePart = new Map<string, Set<Entity>>();
  /** Person entities by their given name ("Léonie" in "Léonie Barthès"). */
  private readonly byGivenName = new Map<string, Set<Entity>>();
  /** Organisation and place entities by name key. */
  private readonly byName = new Map<string, Entity>();
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly context: StageContext,
    private readonly locale: ActorLocale,
  ) {}

  /** `nameKey` of a text (which keeps its answers: a document names the same people and bodies again and again). */
  private key(text: string): string {
    return nameKey(text);
  }

  private entity(key: string, type: ActorType): Entity {
    let entity = this.entities.get(key);
    if (!entity) this.entities.set(key, (entity = new Entity(key, type)));
    return entity;
  }

  private add(entity: Entity, c: Candidate): void {
    entity.mentions.push(c);
    if (this.aliased.has(c)) this.entityOf.set(c, entity);
    if (c.type === 'organization' || c.type === 'place' || entity.type !== 'person') this.byName.set(this.key(c.text), entity);
    // "Toy Story 3" … "Toy Story": a work's title without its sequel number names it too
    if (c.type === 'misc' && / \d$/.test(c.text) && !this.byName.has(this.key(c.text.slice(0, -2)))) this.byName.set(this.key(c.text.slice(0, -2)), entity);
    // "Skate Canada 2018" … "Skate Canada": an event's name without the year of its edition names it too
    if (c.type === 'misc' && / (?:19|20)\d\d$/.test(c.text) && !this.byName.has(this.key(c.text.slice(0, -5)))) this.byName.set(this.key(c.text.slice(0, -5)), entity);
    if (entity.type === 'person' && c.words.length > 1) this.indexSurname(entity, c);
    if (!entity.country && c.country) entity.country = c.country;
    if (!entity.kind && c.kind) entity.kind = c.kind;
  }

  private indexSurname(entity: Entity, c: Candidate): void {
    // (a name written again files nothing new: the same keys into the same sets)
    const form = `${c.givenNames}\u0000${c.words.join('\u0000')}`;
    const indexed = (entity.indexed ??= new Set());
    if (indexed.has(form)) return;
    indexed.add(form);
    const surname = surnameOf(c);
    // the surname's key and its last word's
    const key = this.key(surname);
    const space = surname.lastIndexOf(' ');
    const lastKey = space < 0 ? key : this.key(surname.slice(space + 1));
    addTo(this.bySurname, key, entity);
    if (lastKey !== key) addTo(this.bySurname, lastKey, entity);
    if (c.givenNames > 0) addTo(this.byGivenName, this.key(c.words.slice(0, c.givenNames).join(' ')), entity);
    for (let i = 1; i < c.words.length; i++) {
      const word = c.words[i]!;
      if (word.length >= 3 && !this.locale.nameParticles.has(word.toLowerCase())) addTo(this.byNamePart, this.key(word), entity);
    }
  }

  private personBySurname(text: string): Entity | undefined {
    const key = this.key(text);
    const set = this.bySurname.get(key) ?? this.byNamePart.get(key);
    if (!set || set.size === 0) return undefined;
    if (set.size === 1) return [...set][0];
    // "Paul Girard … Anne Girard … Girard a répondu": a surname two people share is the one the text names first
    let best: Entity | undefined;
    for (const entity of set) if (entity.mentions.length && (!best || order(entity.first, best.first) < 0)) best = entity;
    return best;
  }

  /** "Léonie" after "Léonie Barthès": a lone given name of exactly one person named in full. */
  private personByGivenName(c: Candidate): Entity | undefined {
    if (c.words.length !== 1 || !this.locale.isFirstName(c.text)) return undefined;
    const set = this.byGivenName.get(this.key(c.text));
    return set?.size === 1 ? [...set][0] : undefined;
  }

  /** The entity a name refers to when the document names it elsewhere. */
  private knownEntity(text: string, single: boolean): Entity | undefined {
    const key = this.key(text);
    return this.entities.get(`person:${key}`) ?? this.byName.get(key) ?? (single ? this.personBySurname(text) : undefined);
  }

  /** "Xi Jinping Reçoit Le Président": in a title-case heading, the longest parts that name known entities. */
  private knownParts(c: Candidate): void {
    const n = c.wordSpans.length;
    let i = 0;
    while (i < n) {
      let found = false;
      for (let length = n - i; length >= 1 && !found; length--) {
        const from = c.wordSpans[i]![0];
        const to = c.wordSpans[i + length - 1]![1];
        const text = c.unit.text.slice(from, to);
        const entity = this.knownEntity(text, length === 1);
        if (!entity || (length === n && i === 0)) continue;
        const words = c.words.slice(i, i + length);
        this.add(entity, copyCandidate(c, { from, to, text, words, wordSpans: c.wordSpans.slice(i, i + length), fallback: null }));
        i += length;
        found = true;
      }
      if (!found) i++;
    }
  }

  /** Pins a gazetteer entry's names so that a surname alone finds the person. */
  private pin(c: Candidate): Entity {
    const value = c.entry!;
    const entity = this.entity(value.key, value.type);
    entity.pinned = value.pinned;
    entity.lexiconName = value.name;
    if (value.kind) entity.kind = value.kind;
    if (value.country) entity.country = value.country;
    if (value.type === 'person' && value.pinned) {
      for (const form of [value.pinned.name, ...(value.pinned.aliases ?? [])]) {
        const words = form.split(/\s+/);
        const key = this.key(words.length > 1 ? words.slice(1).join(' ') : form);
        let set = this.bySurname.get(key);
        if (!set) this.bySurname.set(key, (set = new Set()));
        set.add(entity);
      }
    }
    return entity;
  }

  /** "Van der Berghe", "De la Fuente": a capitalised particle, then a lower-case one (not "Van Morrison", a given name). */
  private opensOnParticle(c: Candidate): boolean {
    return c.words.length > 2 && this.locale.nameParticles.has(c.words[0]!.toLowerCase()) && c.words[1] === c.words[1]!.toLowerCase() && this.locale.nameParticles.has(c.words[1]!);
  }

  /** Keys of the names the text gives a product after its noun ("la sonde X"), a place's name elsewhere in the lexicons. */
  private craftNames(candidates: readonly Candidate[]): ReadonlySet<string> {
    const keys = new Set<string>();
    for (const c of candidates) if (c.type === 'misc' && c.kind === 'product' && !c.entry) keys.add(this.key(c.text));
    return keys;
  }

  /** Groups all candidates of the document, then builds the actors. */
  group(candidates: readonly Candidate[], bareRoles: readonly UnitRole[] = []): Actor[] {
    const aliased = new Set<Candidate>();
    for (const c of candidates) if (c.aliasOf) aliased.add(c.aliasOf);
    this.aliased = aliased;
    const deferred: Candidate[] = [];
    const crafts = this.craftNames(candidates);
    // 1. names that identify an entity on their own
    for (const c of candidates) {
      if (c.entry && c.entry.type === 'place' && crafts.has(this.key(c.text))) {
        // "la sonde Rosalie … Rosalie a atterri": a name the text gives a craft is the craft's everywhere, though the
        // lexicons know a place so named
        this.place(copyCandidate(c, { type: 'misc', kind: 'product', entry: undefined }));
        continue;
      }
      if (c.entry) {
        this.add(this.pin(c), c);
        continue;
      }
      // ("Van der Berghe" after "Ursula van der Berghe": a surname that opens on its particle waits for the full name)
      if (c.onlyKnown || c.type === 'unknown' || c.acronym || (c.type === 'person' && (c.words.length === 1 || (c.givenNames === 0 && c.evidence === 'cue') || this.opensOnParticle(c)))) {
        deferred.push(c);
        continue;
      }
      this.place(c);
    }
    // 2. names that need the rest of the document: bare surnames, acronyms, title-case headings
    // (each index read only by the candidates it serves: acronyms, heads of institutions; none in most articles)
    const acronyms = deferred.some((c) => c.acronym) ? this.acronymIndex() : NO_ENTITIES;
    const institutions = deferred.some((c) => c.headOf) ? this.institutionIndex() : NO_ENTITIES;
    // acronyms the text spells out as common terms: "TDE" after "tidal disruption event (TDE)"
    const commonTerms = new Set<string>();
    for (const c of deferred) if (c.commonTerm) commonTerms.add(c.text);
    // full names before bare surnames, so that "Attal" finds "Gabriel Attal" named later
    const full = (c: Candidate): number => (c.words.length > 1 && !c.onlyKnown && !this.locale.nameParticles.has(c.words[0]!.toLowerCase()) ? 0 : 1);
    // a lone name read as an organisation before one read as a place: "le PDG de Niantic … à Niantic" is the company
    const fallback = (c: Candidate): number => (c.fallback?.type === 'organization' ? 0 : 1);
    // (the stable sort by rank, then order: each candidate's rank worked out once, not at every comparison)
    const ranked: Candidate[][] = [[], [], [], []];
    for (const c of deferred) ranked[full(c) * 2 + fallback(c)]!.push(c);
    for (const c of ranked.flatMap((list) => list.sort(order))) {
      const key = this.key(c.text);
      if (c.headOf) {
        const institution = institutions.get(c.headOf);
        if (institution) this.add(institution, c);
        continue;
      }
      if (c.acronym) {
        const target = (c.aliasOf && this.entityOf.get(c.aliasOf)) ?? acronyms.get(c.text) ?? this.byName.get(key);
        if (target) this.add(target, c);
        else if (!c.onlyKnown && !commonTerms.has(c.text)) this.add(this.entity(`organization:${key}`, 'organization'), c);
        continue;
      }
      const person = this.personBySurname(c.text) ?? this.entities.get(`person:${key}`) ?? this.personByGivenName(c);
      if (person) {
        // "la famille Marsh", "chez les Marsh": the surname stands for the family, no mention of the person
        if (c.words.length === 1 && !this.locale.isFirstName(c.text) && this.namesFamily(c)) continue;
        this.add(person, c);
        continue;
      }
      const known = this.byName.get(key);
      if (known) {
        this.add(known, c);
        continue;
      }
      if (c.onlyKnown) {
        // "Maradona et Kardal", the text naming a Diego Maradona: a lone word listed with a person's surname is a person
        const partner = c.listedWith && c.fallback?.type === 'organization' && !this.locale.isFirstName(c.text) ? c.listedWith : undefined;
        if (partner && (this.personBySurname(partner.text) ?? this.entities.get(`person:${this.key(partner.text)}`))?.type === 'person') this.add(this.entity(`person:${key}`, 'person'), c);
        else if (c.fallback) this.place(c.fallback);
        else if (c.wordSpans.length > 1) this.knownParts(c);
        continue;
      }
      if (c.type === 'person') this.add(this.entity(`person:${key}`, 'person'), c);
      else if (c.type === 'organization') this.add(this.entity(`organization:${key}`, 'organization'), c);
    }
    this.articleOnlyPlaces();
    this.mergeVariants();
    this.mergeGivenNames();
    this.mergeLongerNames();
    this.organizationsNotPeople();
    this.peopleNotOrganizations();
    this.mergeShortNames();
    this.anaphoricRoles(bareRoles);
    return this.actors();
  }

  /**
   * "Qamar Bajwa remplace Raheel Sharif. (…) le chef sortant n’a pas cherché…": a role the text gives no name goes to
   * the one person without a role that its sentence (before it) and the two sentences before, in its paragraph, name;
   * not when there are two such people, nor when someone named there holds a role of the same noun, nor when the
   * article's sex is not the person's.
   */
  private anaphoricRoles(bareRoles: readonly UnitRole[]): void {
    if (bareRoles.length === 0) return;
    // (the people's mentions by paragraph, and the roles each person holds, read once)
    const byParagraph = new Map<string, { entity: Entity; c: Candidate }[]>();
    const held = new Map<Entity, string[]>();
    for (const entity of this.entities.values()) {
      if (entity.type !== 'person') continue;
      held.set(entity, [...(entity.pinned?.roles ?? []), ...entity.mentions.flatMap((c) => c.roles)]);
      for (const c of entity.mentions) {
        if (c.unit.paragraph === null) continue;
        const list = byParagraph.get(c.unit.paragraph);
        if (list) list.push({ entity, c });
        else byParagraph.set(c.unit.paragraph, [{ entity, c }]);
      }
    }
    const firstWord = (text: string) => text.split(' ')[0]!.toLowerCase();
    for (const { unit, role } of bareRoles) {
      if (unit.heading || unit.paragraph === null) continue;
      let free: Entity | undefined;
      let last: Candidate | undefined;
      let blocked = false;
      for (const { entity, c } of byParagraph.get(unit.paragraph) ?? []) {
        if (c.unit.index < unit.index - 2 || c.unit.index > unit.index || (c.unit === unit && c.to > role.at)) continue;
        const roles = held.get(entity)!;
        if (roles.some((text) => firstWord(text) === firstWord(role.text))) blocked = true;
        if (roles.length > 0) continue;
        if (free && free !== entity) blocked = true;
        free = entity;
        // (the latest mention before the role: mentions are in no set order across units)
        if (!last || last.unit.index < c.unit.index || (last.unit === c.unit && last.from < c.from)) last = c;
      }
      if (blocked || !free || !last) continue;
      const sex = role.sex ? this.sexOf(free) : undefined;
      if (sex && sex !== role.sex) continue;
      if (!last.roles.includes(role.text)) last.roles.push(role.text);
    }
  }

  /** Files a candidate that names its entity on its own. */
  private place(c: Candidate): void {
    if (c.type === 'person') {
      // "la Golden Spin" after "la Golden Spin 2018": a name without a cue that the text gives an event is the event
      const key = this.key(c.text);
      const event = c.evidence === 'cue' ? undefined : this.byName.get(key);
      this.add(event?.type === 'misc' ? event : this.entity(`person:${key}`, 'person'), c);
    } else if (c.type === 'organization' || c.type === 'group') {
      const key = this.key(c.text);
      let entity = this.byName.get(key);
      // the same words for two bodies of different countries ("ministères de la Défense russe et français")
      if (entity && c.name && c.country && entity.country && entity.country !== c.country) entity = undefined;
      this.add(entity ?? this.entity(`${c.type}:${key}${c.country ? `|${c.country}` : ''}`, c.type), c);
    } else if (c.type === 'place') this.add(this.entity(`place:${this.key(c.text)}`, 'place'), c);
    else if (c.type === 'misc') {
      const key = this.key(c.text);
      this.add(this.byName.get(key) ?? this.entity(`misc:${key}`, 'misc'), c);
    }
  }

  /** A "person" with no cue whose full name is an organisation's elsewhere in the text ("Mistral AI") is that organisation. */
  private organizationsNotPeople(): void {
    for (const entity of [...this.entities.values()]) {
      if (entity.type !== 'person' || entity.pinned || entity.mentions.some((c) => c.evidence === 'cue' || c.roles.length > 0)) continue;
      const full = this.fullest(entity);
      let other = this.byName.get(this.key(full.text));
      // "Bureau Emploi", "Bar Tabac": a name without a given name, one of whose words the text also writes in lower
      // case, is made of common words, not a person's name
      // "le groupe automobile Zorvax", "l’action Zorvax", "le siège de Zorvax": a one-word name the text writes after
      // an organisation's noun is the organisation's, even where a speech verb made it a person elsewhere
      if (!other && full.words.length === 1 && entity.mentions.some((c) => this.afterOrganizationNoun(c))) {
        other = this.entity(`organization:${this.key(full.text)}`, 'organization');
      }
      if (!other && full.givenNames === 0 && full.words.length > 1 && entity.mentions.every((c) => c.givenNames === 0) && full.words.some((w) => w.length >= 3 && LETTERS.test(w) && !this.locale.nameParticles.has(w.toLowerCase()) && this.writtenLowerCase(w))) {
        other = this.entity(`organization:${this.key(full.text)}`, 'organization');
      }
      if (!other || other.type === 'person') continue;
      for (const c of entity.mentions) other.mentions.push(c);
      this.entities.delete(entity.key);
    }
  }

  /**
   * "Décès de Chester Marsh … Chester Marsh, le chanteur du groupe, …": an organisation read from the shape of its words
   * alone (no lexicon, no acronym) whose name the text gives a person, read with a given name and a cue (a role, what
   * befalls a person), is that person.
   */
  private peopleNotOrganizations(): void {
    for (const entity of [...this.entities.values()]) {
      if (entity.type !== 'organization' || entity.pinned || entity.lexiconName) continue;
      if (!entity.mentions.every((c) => c.type === 'organization' && c.evidence === 'pattern' && !c.entry && !c.acronym)) continue;
      const person = this.entities.get(`person:${this.key(entity.first.text)}`);
      // (read with a given name and a cue: not "les trois députés de la France Nouvelle, Paul Girard, …", a name listed
      // with people, whose role is the list's)
      if (!person || !person.mentions.some((c) => c.givenNames > 0 && c.evidence === 'cue')) continue;
      for (const c of entity.mentions) person.mentions.push(c);
      this.entities.delete(entity.key);
    }
  }

  /** Organisations named with a lower-case head and a country, by "head|country" ("ministère|RU"); only unambiguous ones. */
  private institutionIndex(): Map<string, Entity> {
    const index = new Map<string, Entity | null>();
    for (const entity of this.entities.values()) {
      if (entity.type !== 'organization' || !entity.country) continue;
      const head = entity.first.words[0];
      if (!head || head !== head.toLowerCase() || !this.locale.organizationHeads.has(head)) continue;
      const key = headKey(head, entity.country);
      index.set(key, index.has(key) && index.get(key) !== entity ? null : entity);
    }
    return new Map([...index].filter((entry): entry is [string, Entity] => entry[1] !== null));
  }

  /** Acronyms of the organisations named in full ("Banque centrale européenne" → "BCE"). */
  private acronymIndex(): Map<string, Entity> {
    const index = new Map<string, Entity>();
    for (const entity of this.entities.values()) {
      if (entity.type !== 'organization') continue;
      // (a name the entity is written under again adds nothing: each acronym goes in only if not there yet)
      const seen = new Set<string>();
      for (const c of entity.mentions) {
        if (c.acronym || c.words.length < 2) continue;
        const form = `${c.text}\u0000${c.words[0]}`;
        if (seen.has(form)) continue;
        seen.add(form);
        const text = c.text.replace(/^(le|la|les|l['’])\s*/i, '');
        const full = initials(c.text, this.locale.acronymSkipWords);
        if (full.length >= 2 && !index.has(full)) index.set(full, entity);
        // (the same initials again when there was no article to strip)
        const bare = text === c.text ? full : initials(text, this.locale.acronymSkipWords);
        if (bare.length >= 2 && !index.has(bare)) index.set(bare, entity);
        // "PSA Peugeot Citroën" … "PSA": an acronym that opens the full name stands for it
        const first = c.words[0]!;
        if (first.length >= 2 && /^\p{Lu}[\p{Lu}\d]+$/u.test(first) && !index.has(first)) index.set(first, entity);
      }
    }
    return index;
  }

  private span(c: Candidate): Mention['span'] {
    const [start, end] = sourceRange(c.unit, c.from, c.to);
    return this.context.lines.span(start, end);
  }

  /**
   * One person spelled two ways: the same letters up to accents ("Nétanyahou" /
   * "Netanyahou", already one entity), or one edit apart on a long surname
   * (two entities, merged here). Both get an `actor-name-variants` warning.
   */
  private mergeVariants(): void {
    const people = [...this.entities.values()].filter((e) => e.type === 'person' && !e.pinned);
    for (const entity of people) {
      // (a name written once has one spelling: a lone mention can only disagree with itself, when its surname and given
      // names have one key)
      if (entity.mentions.length === 1) {
        const c = entity.mentions[0]!;
        const given = givenNamesOf(c);
        if (given === null || this.key(surnameOf(c)) !== this.key(given)) continue;
      }
      const spellings = new Map<string, Candidate>();
      for (const c of entity.mentions) {
        const surname = surnameOf(c);
        const given = givenNamesOf(c);
        for (const part of given ? [surname, given] : [surname]) {
          const other = spellings.get(this.key(part));
          if (other === undefined) spellings.set(this.key(part), c);
          else if (!this.spells(other, part)) this.warnVariant(other, c);
        }
      }
    }
    // one edit apart: index each surname by its one-letter deletions (the surnames of the people there before the loop,
    // read first: the loop only adds mentions to the people before the one it reads, and deletes that one)
    const long: Array<[Entity, string]> = [];
    for (const entity of people) {
      if (!this.entities.has(entity.key)) continue;
      const surname = this.key(surnameOf(this.fullest(entity)));
      if (asciiLetters(surname) >= 6) long.push([entity, surname]);
    }
    // (one long surname has no other to be one edit from)
    if (long.length < 2) return;
    const byDeletion = new Map<string, Entity>();
    for (const [entity, surname] of long) {
      const keys = deletionKeys(surname);
      let twin: Entity | undefined;
      for (const key of keys) {
        const other = byDeletion.get(key);
        if (other && other !== entity && this.compatible(other, entity)) {
          twin = other;
          break;
        }
      }
      if (twin) {
        this.warnVariant(this.fullest(twin), this.fullest(entity));
        for (const c of entity.mentions) twin.mentions.push(c);
        this.entities.delete(entity.key);
        continue;
      }
      for (const key of keys) if (!byDeletion.has(key)) byDeletion.set(key, entity);
    }
  }

  /**
   * "Bob Marsh" in the title, "Robert Marsh" in the text: two full names of one surname that no paragraph names together,
   * and that nothing tells apart (not of two sexes, not both with a role of their own, no family of that name in the text),
   * are one person under two given names. Only a surname two entities share; three or more are a family.
   */
  private mergeGivenNames(): void {
    const bySurname = new Map<string, Entity[]>();
    for (const entity of this.entities.values()) {
      if (entity.type !== 'person' || entity.pinned || entity.mentions.length === 0) continue;
      const full = this.fullest(entity);
      if (full.words.length < 2 || this.locale.nameParticles.has(full.words[0]!.toLowerCase())) continue;
      const key = this.key(surnameOf(full));
      const list = bySurname.get(key);
      if (list) list.push(entity);
      else bySurname.set(key, [entity]);
    }
    // each check reads the text once: a bounded number of pairs keeps a long document linear
    let pairs = 0;
    for (const list of bySurname.values()) {
      if (list.length !== 2 || ++pairs > MAX_NAME_PAIRS) continue;
      const [a, b] = list.sort((x, y) => order(x.first, y.first)) as [Entity, Entity];
      // a paragraph that names both names two people ("… le Premier ministre Paul Marsh a nommé Jean Marsh")
      // (the surname alone is either's; a given name alone is one's: "Paul et Anne Marsh")
      const written = surnameOf(this.fullest(a));
      const surname = this.key(written);
      const full = (c: Candidate) => this.key(c.text) !== surname;
      const places = new Set(a.mentions.filter(full).map((c) => c.unit.paragraph ?? c.unit));
      if (b.mentions.some((c) => full(c) && places.has(c.unit.paragraph ?? c.unit))) continue;
      if (a.mentions.some((c) => c.roles.length > 0) && b.mentions.some((c) => c.roles.length > 0)) continue;
      const sa = this.sexOf(a);
      const sb = this.sexOf(b);
      if (sa && sb && sa !== sb) continue;
      if (this.familyNamed(written)) continue;
      // "Affaire Marsh" in a title: a "given name" the text also writes in lower case is a common word
      if ([a, b].some((e) => this.writtenLowerCase(this.fullest(e).words[0]!))) continue;
      for (const c of b.mentions) a.mentions.push(c);
      this.entities.delete(b.key);
    }
  }

  /**
   * "Marcel Zamora" after "Marcel Zamora Pérez", "Ana Ruiz" and "Ana Ruiz Soto": a full name that opens a longer
   * person's name, word for word, is that person named without a second surname, when only one longer name fits.
   */
  private mergeLongerNames(): void {
    const people: Array<[Entity, string[]]> = [];
    for (const entity of this.entities.values()) {
      if (entity.type !== 'person' || entity.pinned || entity.mentions.length === 0) continue;
      const words = this.fullest(entity).words.map((w) => this.key(w));
      if (words.length >= 2) people.push([entity, words]);
    }
    // each longer name filed under its openings of two words or more
    const byOpening = new Map<string, Set<Entity>>();
    for (const [entity, words] of people) {
      for (let n = 2; n < words.length; n++) addTo(byOpening, words.slice(0, n).join(' '), entity);
    }
    for (const [entity, words] of people) {
      const longer = byOpening.get(words.join(' '));
      if (!longer || longer.size !== 1) continue;
      const target = [...longer][0]!;
      if (target === entity || !this.entities.has(target.key)) continue;
      for (const c of entity.mentions) target.mentions.push(c);
      this.entities.delete(entity.key);
    }
  }

  /**
   * "manifester aux Champs-Élysées" … "sur les Champs-Élysées": a name read as a body from its article alone is the
   * place that the same text names so elsewhere, whichever comes first.
   */
  private articleOnlyPlaces(): void {
    for (const entity of [...this.entities.values()]) {
      if (entity.type !== 'organization' || entity.pinned || entity.mentions.length === 0 || !entity.mentions.every((c) => c.articleOnly)) continue;
      const place = this.entities.get(`place:${this.key(entity.mentions[0]!.text)}`);
      if (!place) continue;
      for (const c of entity.mentions) place.mentions.push(c);
      this.entities.delete(entity.key);
    }
  }

  /**
   * "Zorvax" … "Zorvax Studios" … "Zorvax Animation Studios": an organisation whose name is the first word of a longer
   * organisation name and some of its later words, in order, is that organisation, when the first word is a name (not
   * "Université", "Banque") and all the longer names it fits are one inside the other.
   */
  private mergeShortNames(): void {
    // each name's words after its articles (one word at least), as keys; only the names that share their first word with
    // another are compared, so the others' later words are not keyed
    const opened: Array<{ entity: Entity; parts: string[]; from: number; first: string }> = [];
    const openers = new Map<string, number>();
    for (const entity of this.entities.values()) {
      if (entity.type !== 'organization' || entity.pinned || entity.mentions.length === 0) continue;
      const parts = this.fullest(entity).text.split(/\s+/u);
      let from = 0;
      while (from < parts.length - 1 && this.locale.definiteArticles.has(this.key(parts[from]!))) from++;
      const first = this.key(parts[from]!);
      opened.push({ entity, parts, from, first });
      openers.set(first, (openers.get(first) ?? 0) + 1);
    }
    const words = new Map<Entity, string[]>();
    for (const { entity, parts, from, first } of opened) {
      if (openers.get(first)! > 1) words.set(entity, parts.slice(from).map((word) => this.key(word)));
    }
    if (words.size < 2) return;
    const generic = [this.locale.organizationHeads, this.locale.organizationNameHeads, this.locale.organizationIntroducers, this.locale.commonNouns];
    const distinctive = (word: string) => /^\p{Lu}/u.test(word) && !generic.some((set) => set.has(word.toLowerCase()));
    const inside = (short: string[], long: string[]) => {
      if (short.length >= long.length || short[0] !== long[0]) return false;
      let k = 1;
      for (let i = 1; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
      return k === short.length;
    };
    // compared only within the names that open on the same word
    const byFirst = new Map<string, Array<[Entity, string[]]>>();
    for (const entry of [...words].sort((a, b) => b[1].length - a[1].length)) {
      const list = byFirst.get(entry[1][0]!);
      if (list) list.push(entry);
      else byFirst.set(entry[1][0]!, [entry]);
    }
    for (const [entity, w] of [...words].sort((a, b) => a[1].length - b[1].length)) {
      // (a name alone to open on its word has no longer name to join)
      if (byFirst.get(w[0]!)!.length < 2) continue;
      if (!distinctive(this.fullest(entity).text.split(/\s+/u).find((x) => this.key(x) === w[0]) ?? '')) continue;
      const longer = byFirst.get(w[0]!)!.filter(([other, v]) => other !== entity && this.entities.has(other.key) && inside(w, v));
      if (longer.length === 0) continue;
      const [target, tw] = longer[0]!;
      if (!longer.every(([, v]) => v === tw || inside(v, tw))) continue;
      for (const c of entity.mentions) target.mentions.push(c);
      this.entities.delete(entity.key);
    }
  }

  /** The sex the mentions of a person tell (honorific, first name, agreement), if they agree on one. */
  private sexOf(entity: Entity): 'f' | 'm' | undefined {
    let weight = 0;
    for (const c of entity.mentions) weight += mentionSexWeight(this.context.locale.events.mentionSex, c.unit.text, c.from, c.to, c.text);
    return weight > 0 ? 'f' : weight < 0 ? 'm' : undefined;
  }

  /** Answers of `writtenLowerCase`, by word: a long document names many people by the same words. */
  private readonly lowerCaseWritten = new Map<string, boolean>();

  /** True when the text writes `word` in lower case somewhere, as a common word. */
  private writtenLowerCase(word: string): boolean {
    const lower = word.toLowerCase();
    if (lower === word) return true;
    if (/^\p{Lu}\.?$/u.test(word)) return false; // an initial
    let written = this.lowerCaseWritten.get(lower);
    if (written === undefined) {
      written = false;
      const text = this.context.source;
      for (let at = text.indexOf(lower); at >= 0 && !written; at = text.indexOf(lower, at + 1)) {
        if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + lower.length] ?? '')) written = true;
      }
      this.lowerCaseWritten.set(lower, written);
    }
    return written;
  }

  /** The candidate follows an organisation's noun ("le groupe X", "le groupe automobile X") or part ("le siège de X"). */
  private afterOrganizationNoun(c: Candidate): boolean {
    const words = /(\p{L}+)\s+(?:(\p{L}+)\s+)?(\p{L}+['’]?)\s*$/u.exec(c.unit.text.slice(Math.max(0, c.from - 40), c.from));
    if (!words) return false;
    const [, first, second, last] = words.map((w) => w?.toLowerCase()) as [string, string, string | undefined, string];
    const introducers = this.locale.organizationIntroducers;
    if (introducers.has(last)) return true;
    const before = second ?? first;
    // "le groupe automobile X": an adjective between; "le siège de X", "les actionnaires d’X": a part and "de"
    if (this.locale.ofPrepositions.has(last.replace(/’$/, "'"))) return this.locale.organizationParts.has(before) || introducers.has(before);
    return second !== undefined && introducers.has(second) && !this.locale.stopwords.has(last);
  }

  /** The word before the candidate names a family ("la famille", "les frères", "les", "des"). */
  private namesFamily(c: Candidate): boolean {
    const before = /(\p{L}+)\s+$/u.exec(c.unit.text.slice(Math.max(0, c.from - 20), c.from))?.[1]?.toLowerCase();
    return before !== undefined && (this.locale.familyWords.has(before) || this.locale.pluralContractions.has(before));
  }

  /** True when the text names the family of `surname` ("la famille Marsh", "les Marsh"). */
  private familyNamed(surname: string): boolean {
    const text = this.context.source;
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      if (/\p{L}/u.test(text[at + surname.length] ?? '')) continue;
      const word = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1];
      if (word && this.locale.familyWords.has(word.toLowerCase())) return true;
    }
    return false;
  }

  private spells(c: Candidate, part: string): boolean {
    return c.text.includes(part);
  }

  private compatible(a: Entity, b: Entity): boolean {
    const fa = this.fullest(a);
    const fb = this.fullest(b);
    const sa = this.key(surnameOf(fa));
    const sb = this.key(surnameOf(fb));
    // (one surname shared, as by two relatives, is distance 0: no need to count)
    if (sa === sb || editDistance(sa, sb, 1) !== 1) return false;
    const ga = givenNamesOf(fa);
    const gb = givenNamesOf(fb);
    return ga === null || gb === null || this.key(ga) === this.key(gb);
  }

  private readonly warned = new Set<string>();

  private warnVariant(a: Candidate, b: Candidate): void {
    const pair = `${a.text}\u0000${b.text}`;
    if (this.warned.has(pair)) return;
    this.warned.add(pair);
    this.diagnostics.push({
      ruleId: 'actor-name-variants',
      severity: 'warning',
      message: `"${a.text}" and "${b.text}" seem to name the same person, spelled two ways`,
      span: this.span(b),
      related: [{ message: `"${a.text}" written here`, span: this.span(a) }],
    });
  }

  private fullest(entity: Entity): Candidate {
    let best = entity.first;
    for (const c of entity.mentions) {
      if (c.acronym && !best.acronym) continue;
      if ((best.acronym && !c.acronym) || c.words.length > best.words.length) best = c;
    }
    return best;
  }

  private canonicalName(entity: Entity): string {
    if (entity.pinned) return entity.pinned.name;
    if (entity.type === 'place' && entity.lexiconName) {
      const lexicon = this.key(entity.lexiconName);
      if (entity.mentions.some((c) => this.key(c.text) === lexicon)) return entity.lexiconName;
      return entity.first.text;
    }
    return entity.mentions.find((c) => c.name)?.name ?? this.fullest(entity).text;
  }

  private actors(): Actor[] {
    const entities = [...this.entities.values()].filter((e) => e.mentions.length > 0);
    for (const e of entities) e.mentions.sort(order);
    entities.sort((a, b) => order(a.first, b.first));
    const names = entities.map((e) => this.canonicalName(e));
    const ids = uniqueIds(names.map(slugify));
    // (a loop, not a callback: the per-entity work below is the stage's last)
    const actors: Actor[] = [];
    for (let index = 0; index < entities.length; index++) {
      const entity = entities[index]!;
      const name = names[index]!;
      const aliases: string[] = [];
      for (const form of entity.pinned?.aliases ?? []) addForm(aliases, name, form);
      for (const c of entity.mentions) addForm(aliases, name, c.text);
      const roles: string[] = [];
      const roleKeys: string[] = [];
      for (const text of entity.pinned?.roles ?? []) this.addRole(roles, roleKeys, text);
      for (const c of entity.mentions) for (const text of c.roles) this.addRole(roles, roleKeys, text);
      const mentions: Mention[] = [];
      let last: Candidate | undefined;
      for (const c of entity.mentions) {
        if (last && last.unit === c.unit && last.from === c.from) continue;
        last = c;
        mentions.push({ text: c.text, span: this.span(c), section: c.unit.section });
      }
      const country = entity.pinned?.country ?? entity.country;
      // the keys in the contract's order, optional ones only when present
      const actor: Actor = { id: ids[index]!, type: entity.type } as Actor;
      if (entity.type === 'misc' && entity.kind) actor.kind = entity.kind;
      actor.name = name;
      actor.aliases = aliases;
      actor.roles = roles;
      if (country) actor.country = country;
      if (entity.pinned?.ids) actor.externalIds = { ...entity.pinned.ids };
      actor.mentions = mentions;
      actors.push(actor);
    }
    return actors;
  }

  /** Adds a role to `roles` unless one of the same key is there (`keys`, theirs, in the same order). */
  private addRole(roles: string[], keys: string[], text: string): void {
    const key = this.key(text);
    if (keysHold(keys, key)) return;
    keys.push(key);
    roles.push(text);
  }
}

/** Adds `form` to the aliases of the actor named `name`, unless it is the name or there already. */
function addForm(aliases: string[], name: string, form: string): void {
  if (form !== name && !keysHold(aliases, form)) aliases.push(form);
}

/**
 * True when `list` holds `item`: a search along the list (an actor has few aliases and roles), then, for the rare long
 * list, a set of it made once (so that a document naming one actor in thousands of ways stays linear).
 */
function keysHold(list: string[], item: string): boolean {
  if (list.length < LONG_LIST) return list.includes(item);
  let set = listSets.get(list);
  if (set === undefined) listSets.set(list, (set = new Set()));
  // (the list only grows, with no item twice: the set holds its first `size` items)
  for (let i = set.size; i < list.length; i++) set.add(list[i]!);
  return set.has(item);
}
const LONG_LIST = 16;
const listSets = new WeakMap<string[], Set<string>>();
