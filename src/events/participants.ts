/**
 * Who and where: the actors and places an event's clauses name, a subject
 * pronoun standing for the person named just before, and the title's
 * participants joining the event the title describes.
 */
import { deferred, latinTest } from '../text/unicode-domain.js';
import type { Draft } from './draft.js';
import type { EventLocale, Sex } from './event-locale.js';
import { mayBe, sexesOf } from './sexes.js';
import { familiesMatch, type TriggerMatch } from './triggers.js';
import type { Actor } from '../types.js';
import { eachMatch } from './each-match.js';
import { clauseOf, lowerOf, viewExec, viewTest, type UnitView } from './unit-view.js';

// (letter patterns run through their twins: each `\p{L}` compiles to hundreds of ranges)
const ACRONYM = deferred(String.raw`^\p{Lu}[\p{Lu}\d-]+$`, 'u');
const LETTER_START = deferred(String.raw`^\p{L}`, 'u');

/**
 * Adds the people, organisations, groups and places named in the ranges of
 * `scope`: a place counts where something happens ("à Paris", "l'attentat de
 * Nice"), not as an addressee ("a demandé à Moscou"); a place that is the
 * agent of a passive ("initiée par Paris") is a government, so an actor.
 */
export function addParticipants(draft: Draft, view: UnitView, scope: ReadonlyArray<readonly [number, number]>, locale: EventLocale, trigger?: TriggerMatch): void {
  const { text } = view;
  for (const m of view.mentions) {
    if (!scope.some(([a, b]) => m.from >= a && m.to <= b)) continue;
    const head = text.slice(Math.max(0, m.from - 60), m.from);
    // "reçu à Matignon", "au Stade de France": an organisation named after a building is where it happens
    const venue = m.actor.type === 'organization' && viewTest(view, locale.venueBefore, head) && latinTest(locale.venueHead, m.actor.name) && !viewTest(view, locale.recipientBefore, head);
    if (venue) {
      draft.places.push({ id: m.actor.id, span: m.span });
      continue;
    }
    // "La France a envoyé …": a country that is the subject of the event's verb acts (its government)
    const subject =
      m.actor.type === 'place' &&
      trigger?.kind === 'verb' &&
      m.to <= trigger.from &&
      locale.isCountry(m.actor.name) &&
      viewTest(view, locale.subjectGap, text.slice(m.to, trigger.from)) &&
      viewTest(view, locale.sentenceOpening, text.slice(0, m.from));
    // "« Nous avons vu Marc Dupré partir », a raconté …": a name inside quoted speech is talked about, not taking part
    if (quotedSpeech(view).some(([a, b]) => m.from >= a && m.to <= b)) continue;
    // "la force de l'Otan au Kosovo (KFOR)": the names spelled out before an organisation's acronym are part of its name
    if (spelledOut(view, locale).has(m)) continue;
    // "L'ambassadeur de Pologne en France, Jan Nowak, …": a place inside someone's role is part of the title, not where it happens
    // "le secrétaire général du SNPL, Marc Dupré": so is an organisation, when the person is in the event
    const inRole = roleRanges(view).some(([a, b]) => m.from >= a && m.to <= b);
    if (m.actor.type === 'place' && !subject && inRole) continue;
    if (m.actor.type === 'organization' && inRole && roleHolderIn(view, m, scope)) continue;
    if (m.actor.type !== 'place' || viewTest(view, locale.agentBefore, head) || subject) {
      if (!draft.actors.includes(m.actor.id)) draft.actors.push(m.actor.id);
      continue;
    }
    const afterNoun = trigger?.kind === 'noun' && trigger.to <= m.from && viewTest(view, locale.nounPlaceLink, text.slice(trigger.to, m.from));
    if ((viewTest(view, locale.locativeBefore, head) && !viewTest(view, locale.recipientBefore, head)) || afterNoun || viewTest(view, locale.ontoBefore, head) || viewTest(view, locale.fromBefore, head)) draft.places.push({ id: m.actor.id, span: m.span });
  }
}


/** Ranges of quoted speech in the unit: « … » holding four words or more (a shorter quote names a title or a word). */
function quotedSpeech(view: UnitView): Array<[number, number]> {
  let out = view.quotes;
  if (out) return out;
  out = [];
  // (most units quote no one)
  if (view.text.includes('«')) for (const q of view.text.matchAll(/«([^«»]*)»/gu)) if ((q[1]!.trim().match(/\S+/gu) ?? []).length >= 4) out.push([q.index!, q.index! + q[0].length]);
  view.quotes = out;
  return out;
}


/**
 * Mentions inside the spelled-out name of an organisation given with its acronym, when that name ends on a place ("la
 * force de l'Otan au Kosovo (KFOR)"): the names linked by prepositions right before "(" + acronym + ")". The place is no
 * location and the other organisation no participant of their own: the acronym names the one that acts.
 */
function spelledOut(view: UnitView, locale: EventLocale): Set<UnitView['mentions'][number]> {
  let out = view.spelled;
  if (out) return out;
  out = new Set();
  const { text, mentions } = view;
  // (an acronym in brackets needs a bracket: most units have none)
  if (!text.includes('(')) {
    view.spelled = out;
    return out;
  }
  const sorted = [...mentions].sort((a, b) => a.from - b.from);
  for (let k = 1; k < sorted.length; k++) {
    const acronym = sorted[k]!;
    if (acronym.actor.type !== 'organization' || !viewTest(view, ACRONYM, text.slice(acronym.from, acronym.to)) || !/^\s*\)/.test(text.slice(acronym.to))) continue;
    const last = sorted[k - 1]!;
    if (last.actor.type !== 'place' || !/^\s*\(\s*$/.test(text.slice(last.to, acronym.from))) continue;
    const chain = [last];
    for (let j = k - 2; j >= 0; j--) {
      const m = sorted[j]!;
      if (!viewTest(view, locale.nameLink, text.slice(m.to, chain[0]!.from))) break;
      chain.unshift(m);
    }
    for (const m of chain) if (m.actor.id !== acronym.actor.id) out.add(m);
  }
  view.spelled = out;
  return out;
}

/**
 * "… rejoint Grenoble, où les transports sont gratuits depuis 2023": an event told in a relative on a place happens at the
 * place the relative hangs on, the one named right before "où", when it names no place of its own.
 */
export function placeOfRelative(draft: Draft, view: UnitView, locale: EventLocale): void {
  if (draft.places.length > 0) return;
  const at = draft.scope[0]?.[0];
  if (at === undefined || !viewTest(view, locale.whereRelative, view.text.slice(at))) return;
  const before = view.mentions.filter((m) => m.to <= at && /^\s*,?\s*$/.test(view.text.slice(m.to, at))).pop();
  if (before?.actor.type === 'place') draft.places.push({ id: before.actor.id, span: before.span });
}

/** How far from a person's name their role may be written ("le consul de France à Milan, Jean Roux"). */
const ROLE_REACH = 120;

/** True when a person whose written-out role holds `m` is named in `scope`. */
function roleHolderIn(view: UnitView, m: UnitView['mentions'][number], scope: ReadonlyArray<readonly [number, number]>): boolean {
  const name = view.text.slice(m.from, m.to).toLowerCase();
  return view.mentions.some(
    (p) => p.actor.type === 'person' && Math.abs(p.from - m.from) <= ROLE_REACH && scope.some(([a, b]) => p.from >= a && p.to <= b) && p.actor.roles.some((r) => r.replace(/[’‘]/g, "'").toLowerCase().includes(name)),
  );
}

/** Unit-text ranges where the people named in a unit have their roles written out, next to their names. */
function roleRanges(view: UnitView): Array<[number, number]> {
  let ranges = view.roles;
  if (ranges) return ranges;
  ranges = [];
  // (the view's text has no curly apostrophe left: its lower case is the text's)
  const lower = lowerOf(view);
  for (const m of view.mentions) {
    if (m.actor.type !== 'person') continue;
    const from = Math.max(0, m.from - ROLE_REACH);
    const near = lower.slice(from, Math.min(lower.length, m.to + ROLE_REACH));
    for (const role of m.actor.roles) {
      const r = role.replace(/[’‘]/g, "'").toLowerCase();
      if (r.length < 4) continue;
      for (let at = near.indexOf(r); at >= 0; at = near.indexOf(r, at + r.length)) ranges.push([from + at, from + at + r.length]);
    }
  }
  view.roles = ranges;
  return ranges;
}

/**
 * "Il a annoncé lundi …": a subject pronoun of an active verb stands for the
 * first person named in the nearest of the two sentences before it in the
 * same section. `views` are indexed by unit index.
 */
export function resolvePronounSubject(draft: Draft, views: readonly UnitView[], locale: EventLocale): void {
  const { view, trigger } = draft;
  // (the people's sexes, one pass over the article's mentions, are asked only once a pronoun is found: most drafts have none)
  // "Elle avait touché …": the pronoun (its first word) tells the sex of the person it stands for
  const sexOf = (pronoun: string) => locale.pronounSex(pronoun.trim().split(/\s+/u)[0] ?? '');
  // "Lors du conseil des ministres du 8 octobre, elle avait refusé …": the main clause the dated noun opens on
  if (trigger.kind === 'noun') {
    // "il vient de remporter, face à X, le second tour de la primaire qui a eu lieu dimanche": the clause the noun is the object of
    const opening = view.clauses.find((c) => (c.from > trigger.to || c.to <= trigger.from) && draft.scope.some(([a, b]) => c.from >= a && c.to <= b) && viewTest(view, locale.pronounClause, view.text.slice(c.from, c.to)));
    if (opening) {
      const person = previousPerson(view, views, sexesOf(views, locale), sexOf(view.text.slice(opening.from, opening.to)), locale);
      if (person && !draft.actors.includes(person)) draft.actors.unshift(person);
    }
    return;
  }
  if (trigger.kind !== 'verb') return;
  const before = viewExec(view, locale.pronounSubjectBefore, view.text.slice(Math.max(0, trigger.from - 30), trigger.from));
  if (!before) {
    // "Il a annoncé que l'état de catastrophe sera reconnu dès mercredi": the speaker in scope is a pronoun
    const own = clauseOf(view, trigger.from);
    const speaker = view.clauses.find((c, i) => i !== own && draft.scope.some(([a]) => c.from === a) && viewTest(view, locale.pronounClause, view.text.slice(c.from, c.to)));
    const person = speaker ? previousPerson(view, views, sexesOf(views, locale), sexOf(view.text.slice(speaker.from, speaker.to)), locale) : undefined;
    if (person && !draft.actors.includes(person)) draft.actors.unshift(person);
    return;
  }
  // the subject of a passive is what undergoes it, more often a thing than a person ("Elle a été adoptée")
  if (viewTest(view, locale.passive, view.text.slice(trigger.from, trigger.to))) return;
  // the pronoun is the subject: people named around it are complements ("Ministre de François Mitterrand, il avait présidé …")
  const person = previousPerson(view, views, sexesOf(views, locale), sexOf(before[0]), locale);
  if (person && !draft.actors.includes(person)) draft.actors.unshift(person);
}

/**
 * The first person named in the nearest of the two sentences before `view` in its section: the one the text goes on
 * about; with a `sex` ("elle"), the first one not known to be of the other sex.
 */
function previousPerson(view: UnitView, views: readonly UnitView[], sexes?: ReadonlyMap<string, Sex>, sex?: Sex, locale?: EventLocale, chain = CHAIN, strict = false): string | undefined {
  const index = views[view.unit.index] === view ? view.unit.index : views.indexOf(view);
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const v = views[i]!;
    if (v.unit.section !== view.unit.section || v.unit.heading) break;
    // "X est né à Lyon. Il a rejoint Y avec Z en 1992. Il a ensuite …": a sentence that opens on the same pronoun goes on
    // about the same person, whoever it names after it
    // "« Il était le premier animateur engagé ici », a dit X.": a quote that opens on the pronoun goes on about them too
    const opening = locale && chain > 0 ? viewExec(v, locale.pronounClause, v.text.replace(/^\s*[«"“]\s*/u, '')) : null;
    if (opening && locale!.pronounSex(opening[0].trim().split(/\s+/u)[0] ?? '') === sex) {
      const person = previousPerson(v, views, sexes, sex, locale, chain - 1, strict);
      if (person) return person;
    }
    const person = v.mentions.find((m) => m.actor.type === 'person' && (!sexes || (strict ? sexes.get(m.actor.id) === sex : mayBe(sexes, m.actor.id, sex))));
    if (person) return person.actor.id;
  }
  return undefined;
}

/**
 * "« Nous avons signé lundi », a-t-il déclaré.": the pronoun of a closing incise is the speaker of what the sentence
 * tells, the person of its sex named first in the sentence, else the one the text goes on about before it.
 */
export function resolveInciseSpeaker(draft: Draft, views: readonly UnitView[], locale: EventLocale): void {
  const { view } = draft;
  const last = view.clauses.at(-1);
  if (!last || view.clauses.length < 2 || draft.to > last.from) return;
  const hit = viewExec(view, locale.pronounIncise, view.text.slice(last.from, last.to));
  if (!hit) return;
  const sex = locale.pronounSex(hit.groups?.['p'] ?? hit.groups?.['q'] ?? '');
  const sexes = sexesOf(views, locale);
  const named = view.mentions.find((m) => m.actor.type === 'person' && m.to <= last.from && mayBe(sexes, m.actor.id, sex) && !quotedSpeech(view).some(([a, b]) => m.from >= a && m.to <= b));
  const person = named?.actor.id ?? previousPerson(view, views, sexes, sex, locale);
  if (person && !draft.actors.includes(person)) draft.actors.push(person);
}

/** How many sentences opening on the same pronoun a pronoun may go back through. */
const CHAIN = 3;

/**
 * "… après la destitution de ce dernier": "ce dernier" ("cette dernière") in an event's clauses stands for the last
 * person of its sex named before it, in its sentence or the one before. "… le contrat de son épouse": a spouse left
 * unnamed is the last person named before of the spouse's sex, when the text tells that person's sex, up to two
 * sentences back.
 */
export function resolveLastNamed(draft: Draft, views: readonly UnitView[], locale: EventLocale): void {
  // (the cues found first, by module functions: most drafts have none, and the closures below then never run)
  const lastNamed = cueHits(draft, locale.lastNamedCue);
  const spouses = cueHits(draft, locale.spouseCue);
  if (lastNamed.length === 0 && spouses.length === 0) return;
  const { view } = draft;
  const index = views[view.unit.index] === view ? view.unit.index : views.indexOf(view);
  const add = (hits: readonly CueHit[], fits: (m: UnitView['mentions'][number], sex: Sex) => boolean, before: (sex: Sex) => string | undefined, first?: (at: number, sex: Sex) => string | undefined) => {
    for (const { at, end, sex } of hits) {
      // "son épouse Claire": the spouse is named right there
      if (view.mentions.some((m) => m.from >= end && m.from <= end + 2)) continue;
      const last = first?.(at, sex) ?? view.mentions.filter((m) => m.to <= at && fits(m, sex)).pop()?.actor.id ?? before(sex);
      if (last && !draft.actors.includes(last)) draft.actors.push(last);
    }
  };
  const sexes = sexesOf(views, locale);
  const previous = views[index - 1];
  const lastBefore = (sex: Sex) => (previous && previous.unit.section === view.unit.section && !previous.unit.heading ? previous.mentions.filter((m) => m.actor.type === 'person' && mayBe(sexes, m.actor.id, sex)).pop()?.actor.id : undefined);
  add(lastNamed, (m, sex) => m.actor.type === 'person' && mayBe(sexes, m.actor.id, sex), lastBefore);
  // the spouse may be the one a pronoun goes on about ("Elle avait touché …. D'une part de son époux, …")
  // "Anne Garnier était l'assistante de son mari": the spouse is the person of the other sex who bears the surname of the
  // one named before the cue, wherever the article names them
  const sameSurname = (at: number, sex: Sex): string | undefined => {
    const owner = view.mentions.filter((m) => m.actor.type === 'person' && m.to <= at).pop()?.actor;
    if (!owner || sexes.get(owner.id) === sex) return undefined;
    const surname = lastWord(owner.name);
    return peopleOf(views).find((p) => p.id !== owner.id && lastWord(p.name) === surname && sexes.get(p.id) === sex)?.id;
  };
  add(spouses, (m, sex) => m.actor.type === 'person' && sexes.get(m.actor.id) === sex, (sex) => previousPerson(view, views, sexes, sex, locale, CHAIN, true), sameSurname);
}

/** A cue of `resolveLastNamed` in a draft's scope: where it starts and ends in the unit text, the sex it tells (group `f`). */
interface CueHit {
  readonly at: number;
  readonly end: number;
  readonly sex: Sex;
}

/** The matches of a global cue in the ranges of a draft's scope, in order (those `matchAll` gives on each range). */
function cueHits(draft: Draft, cue: RegExp): CueHit[] {
  const scan = { offset: 0, hits: [] as CueHit[] };
  for (const [a, b] of draft.scope) {
    cue.lastIndex = 0;
    scan.offset = a;
    // (through the cue's twin on a text in the Latin domain)
    eachMatch(cue, draft.view.text.slice(a, b), onCue, draft.view.latin, scan);
  }
  return scan.hits;
}

function onCue(hit: RegExpExecArray, scan: { offset: number; hits: CueHit[] }): void {
  const at = scan.offset + hit.index;
  scan.hits.push({ at, end: at + hit[0].length, sex: hit.groups?.['f'] ? 'f' : 'm' });
}

const lastWord = (name: string): string => name.trim().split(/\s+/u).pop()!.toLowerCase();
const peopleCache = new WeakMap<readonly UnitView[], Actor[]>();

/** The people the article names, in order of first mention. */
function peopleOf(views: readonly UnitView[]): Actor[] {
  let out = peopleCache.get(views);
  if (out) return out;
  const seen = new Set<Actor>();
  for (const v of views) for (const m of v.mentions) if (m.actor.type === 'person') seen.add(m.actor);
  peopleCache.set(views, (out = [...seen]));
  return out;
}

/** How many sentences back "le pays" may find the country it stands for. */
const COUNTRY_REACH = 12;

/**
 * "… les affrontements que le pays connaît avec l'Inde": "le pays" in an event's clauses stands for the last country
 * named before it, in its sentence or up to {@link COUNTRY_REACH} sentences back, when the event does not name it.
 */
export function resolveCountryNoun(draft: Draft, views: readonly UnitView[], locale: EventLocale): void {
  const { view } = draft;
  const isCountry = (m: UnitView['mentions'][number]) => m.actor.type === 'place' && locale.isCountry(m.actor.name);
  for (const [a, b] of draft.scope) {
    locale.countryNoun.lastIndex = 0;
    const hit = viewExec(view, locale.countryNoun, view.text.slice(a, b));
    if (!hit) continue;
    const at = a + hit.index;
    let country = view.mentions.filter((m) => m.to <= at && isCountry(m)).pop();
    const index = views[view.unit.index] === view ? view.unit.index : views.indexOf(view);
    for (let i = index - 1; !country && i >= Math.max(0, index - COUNTRY_REACH); i--) country = views[i]!.mentions.filter(isCountry).pop();
    if (country && !draft.actors.includes(country.actor.id) && !draft.places.some((p) => p.id === country.actor.id)) draft.actors.push(country.actor.id);
    return;
  }
}

/** How many descriptors of organisations an article keeps ("le réseau social Facebook" gives "réseau social"). */
const MAX_DESCRIPTORS = 40;
type Descriptor = { words: string; id: string; unit: number; at: number };
const descriptorCache = new WeakMap<readonly UnitView[], Descriptor[]>();

/** The common nouns the article puts right before an organisation's name ("le réseau social Facebook"), one organisation each. */
function descriptorsOf(views: readonly UnitView[], locale: EventLocale): Descriptor[] {
  let out = descriptorCache.get(views);
  if (out) return out;
  const byWords = new Map<string, Descriptor | null>();
  for (const view of views) {
    for (const m of view.mentions) {
      // an organisation, or a platform the actors stage keeps apart ("le réseau social Facebook")
      if (m.actor.type !== 'organization' && m.actor.type !== 'misc') continue;
      const words = viewExec(view, locale.descriptorBefore, view.text.slice(Math.max(0, m.from - 40), m.from))?.groups?.['d']?.toLowerCase().replace(/\s+/gu, ' ');
      if (!words) continue;
      const known = byWords.get(words);
      // a descriptor shared by two organisations ("le groupe X", "le groupe Y") tells neither
      if (known === undefined) byWords.set(words, { words, id: m.actor.id, unit: view.unit.index, at: m.from });
      else if (known && known.id !== m.actor.id) byWords.set(words, null);
    }
  }
  out = [...byWords.values()].filter((d): d is Descriptor => d !== null).slice(0, MAX_DESCRIPTORS);
  descriptorCache.set(views, out);
  return out;
}

/**
 * "… acquise en mars par le réseau social": a definite common noun the article put before an organisation's name
 * ("le réseau social Facebook") stands for that organisation afterwards, when the event does not name it.
 */
export function resolveDescriptor(draft: Draft, views: readonly UnitView[], locale: EventLocale): void {
  const descriptors = descriptorsOf(views, locale);
  if (descriptors.length === 0) return;
  const { view } = draft;
  // (the view's text has no curly apostrophe left: its lower case is the text's)
  const lower = lowerOf(view);
  for (const d of descriptors) {
    if (draft.actors.includes(d.id)) continue;
    for (const [a, b] of draft.scope) {
      let found = false;
      for (let at = lower.indexOf(d.words, a); at >= 0 && at + d.words.length <= b; at = lower.indexOf(d.words, at + 1)) {
        const end = at + d.words.length;
        if (view.unit.index < d.unit || (view.unit.index === d.unit && at <= d.at)) break;
        if (!latinTest(locale.articleBefore, lower.slice(Math.max(0, at - 4), at)) || latinTest(LETTER_START, lower.slice(end, end + 1))) continue;
        // "le réseau social Facebook" again: the name follows and is a mention of its own
        if (view.mentions.some((m) => m.from >= end && m.from <= end + 2)) continue;
        found = true;
        break;
      }
      if (found) {
        draft.actors.push(d.id);
        break;
      }
    }
  }
}

/**
 * "L'homme de 38 ans avait été arrêté le 2 juillet": a sentence-opening subject that names a person only by a common
 * noun ("l'homme", "le suspect", "le prévenu") goes on about the person just named, when the event names no one.
 */
export function resolvePersonNounSubject(draft: Draft, views: readonly UnitView[], people: ReadonlySet<string>, locale: EventLocale): void {
  const { view, trigger } = draft;
  if (trigger.kind !== 'verb' || draft.actors.some((id) => people.has(id))) return;
  const clause = view.clauses[clauseOf(view, trigger.from)];
  if (!clause || clause.from > 0) return;
  const subject = view.text.slice(0, trigger.from);
  if (!viewTest(view, locale.personNounSubject, subject)) return;
  // "La quinquagénaire" goes on about the last woman named
  const person = previousPerson(view, views, sexesOf(views, locale), locale.nounSex(subject), locale);
  if (person) draft.actors.unshift(person);
}

/**
 * The article's title (the first shallowest heading) names the participants
 * of the event it describes: they join it. The event is the first one of the
 * kind the title names ("échangent au téléphone" -> the call); a title that
 * names no kind the text dates ("le PSG s'impose à Barcelone") describes the
 * news of its first paragraph, so the first event told there.
 */
export function joinTitleActors(views: readonly UnitView[], drafts: readonly Draft[], locale: EventLocale): void {
  let title: UnitView | undefined;
  for (const v of views) if (v.unit.heading && (!title || v.unit.depth < title.unit.depth)) title = v;
  if (!title) return;
  const leadView = views.find((v) => v.unit.index > title.unit.index && v.unit.paragraph !== null);
  const families = [...new Set(title.triggers.filter((t) => !t.generic && !t.light).map((t) => t.family))];
  const targets = new Set<Draft>();
  for (const family of families) {
    for (const d of drafts) {
      if (titleMayJoin(d, title, leadView) && familiesMatch(d.family, family, locale)) {
        targets.add(d);
        break;
      }
    }
  }
  if (targets.size === 0) {
    const lead = leadView?.unit.paragraph;
    const leads: Draft[] = [];
    for (const d of drafts) if (titleMayJoin(d, title, leadView) && d.view.unit.paragraph === lead) leads.push(d);
    const first = leads.sort((a, b) => a.view.unit.index - b.view.unit.index || a.from - b.from)[0];
    if (first) targets.add(first);
  }
  for (const target of targets) addParticipants(target, title, [[0, title.text.length]], locale);
}

/** The title tells the news of the article's opening section: a later event of the same kind is another one ("un arrêté de catastrophe naturelle"). */
function titleMayJoin(d: Draft, title: UnitView, leadView: UnitView | undefined): boolean {
  return d.view !== title && !d.since && !d.other && !d.anchoredTo && (!leadView || d.view.unit.section === leadView.unit.section);
}

/**
 * A clause dated by a reference back ("Lors de cet entretien, les deux dirigeants ont proposé …") happens where the
 * event it refers to happened when it names no place of its own, and "les deux dirigeants" are that event's people.
 */
export function inheritFromAnchor(draft: Draft, locale: EventLocale): void {
  const root = draft.anchoredTo;
  if (!root) return;
  if (draft.places.length === 0) draft.places.push(...root.places);
  if (draft.actors.length === 0) {
    const { text } = draft.view;
    const subject = text.slice(draft.from, draft.trigger.from);
    if (viewTest(draft.view, locale.jointSubject, subject)) draft.actors.push(...root.actors);
  }
}

/**
 * "Le ministre s'est rendu sur les lieux samedi": an event that names no place but "sur les lieux" happens at the scene
 * of the article's news, the place of its first event that names one. `drafts` are in document order.
 */
export function placeThere(drafts: readonly Draft[], locale: EventLocale): void {
  const scene = drafts.find((d) => d.places.length > 0 && !d.since && !d.other);
  if (!scene) return;
  for (const draft of drafts) {
    if (draft === scene || draft.places.length > 0) continue;
    locale.thereCue.lastIndex = 0;
    if (viewTest(draft.view, locale.thereCue, draft.view.text.slice(draft.from, draft.to))) draft.places.push(...scene.places);
  }
  locale.thereCue.lastIndex = 0;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * People by every word-prefix of their roles ("ancien maire", "ancien maire de mérignac"), so that a lookup stays
 * constant; worked out on the first lookup (`byPrefix`), which most articles never make.
 */
export interface RoleIndex {
  readonly people: readonly Actor[];
  byPrefix: Map<string, Set<string>> | undefined;
}

/** The index of the roles of `people` by their word prefixes (a role of n words gives n keys), made when first read. */
export function indexRoles(people: readonly Actor[]): RoleIndex {
  return { people, byPrefix: undefined };
}

/** The people whose roles start with the words `key` (folded). */
function roleHolders(roles: RoleIndex, key: string): Set<string> | undefined {
  roles.byPrefix ??= rolePrefixes(roles.people);
  return roles.byPrefix.get(key);
}

function rolePrefixes(people: readonly Actor[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const p of people) {
    for (const r of p.roles) {
      const words = fold(r).split(' ');
      for (let n = 1; n <= Math.min(words.length, 8); n++) {
        const key = words.slice(0, n).join(' ');
        let set = index.get(key);
        if (!set) index.set(key, (set = new Set()));
        set.add(p.id);
      }
    }
  }
  return index;
}

/**
 * "L'ancien maire avait été mis en examen": a subject that is a role ("l'ancien maire", "le ministre de l'Intérieur")
 * stands for the one person of the article who holds a role starting so, when the event names no person.
 */
export function resolveRoleSubject(draft: Draft, roles: RoleIndex, people: ReadonlySet<string>, locale: EventLocale): void {
  const { view, trigger } = draft;
  if (trigger.kind !== 'verb') return;
  if (draft.actors.some((id) => people.has(id))) return;
  const clause = view.clauses[clauseOf(view, trigger.from)];
  if (!clause) return;
  const m = viewExec(view, locale.roleSubject, view.text.slice(clause.from, trigger.from));
  const role = m?.groups?.['role'];
  if (!role) return;
  // "l'ancien maire" holds "ancien maire de …"; "le nouveau ministre" is not whoever held "ministre de …" so far
  const folded = fold(role);
  if (/^(?:nouveau|nouvel|nouvelle|futur|future)\s/.test(folded)) return;
  const holders = roleHolders(roles, folded) ?? new Set<string>();
  if (holders.size === 1) draft.actors.unshift([...holders][0]!);
}

/** How many units back "les deux joueurs" may find the two people it stands for. */
const PAIR_REACH = 6;

/**
 * "Les deux joueurs s'étaient affrontés en 2024": a subject "les deux …" (fewer than two people named) stands for the people of the
 * nearest event before it that names two or more. `drafts` are in document order; anchored drafts are left to
 * {@link inheritFromAnchor}.
 */
export function resolvePairSubject(drafts: readonly Draft[], people: ReadonlySet<string>, locale: EventLocale): void {
  let last: Draft | undefined;
  for (const draft of drafts) {
    const { view } = draft;
    if (!draft.anchoredTo && draft.actors.filter((id) => people.has(id)).length < 2 && last && view.unit.index - last.view.unit.index <= PAIR_REACH) {
      const clause = view.clauses[clauseOf(view, draft.trigger.from)];
      const pair = clause ? viewExec(view, locale.jointSubject, view.text.slice(clause.from, draft.trigger.from)) : null;
      if (pair && pair.index <= 2) {
        for (const id of last.actors) if (people.has(id) && !draft.actors.includes(id)) draft.actors.push(id);
      }
    }
    if (draft.actors.filter((id) => people.has(id)).length >= 2) last = draft;
  }
}
