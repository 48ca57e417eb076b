/**
 * The events stage: every clause that says something happened at a date
 * becomes an event (date, trigger, actors, places), clauses that refer back
 * to an event ("lors de cet appel") take its date, the title's actors join
 * the event it describes, and an event told twice is grouped (with a
 * warning when the tellings disagree on the place or the date).
 *
 * Order of the steps, and why:
 * 1. units -> clauses, triggers, dates and actor mentions (./unit-view.ts);
 * 2. per unit in document order, dated events (./dated.ts) then references
 *    back (./references.ts), so that a reference finds what was told before it;
 * 3. subject pronouns and title actors once all events are known (./participants.ts);
 * 4. groups and conflicts last, on the final participants (./groups.ts).
 */
import type { StageContext, TextUnit } from '../context.js';
import { sourceRange } from '../text/mapped-text.js';
import { sortInPlace } from '../order.js';
import { isWritten, type WrittenDate } from '../dates/written.js';
import type { Actor, DateMention, Diagnostic, Event, Interval, Span } from '../types.js';
import { withCountryMemo } from './country-memo.js';
import { datedEvents } from './dated.js';
import type { Draft } from './draft.js';
import { groupEvents } from './groups.js';
import { indexRoles, inheritFromAnchor, joinTitleActors, placeThere, resolvePairSubject, resolveCountryNoun, resolveDescriptor, resolveInciseSpeaker, resolveLastNamed, resolvePersonNounSubject, resolvePronounSubject, resolveRoleSubject } from './participants.js';
import { eventsReferringBack } from './references.js';
import { statusOf } from './status.js';
import type { EventLocale } from './event-locale.js';
import { byOffset, clauseOf, readClauses, viewOf, type UnitView } from './unit-view.js';

/** Assembles dated events from the sentences, dates and actors of an article. */
export function findEvents(
  units: readonly TextUnit[],
  dates: readonly DateMention[],
  actors: readonly Actor[],
  context: StageContext,
  intervals: readonly Interval[] = [],
): { events: Event[]; diagnostics: Diagnostic[] } {
  const locale = withCountryMemo(context.locale.events);
  // (an implicit end of a duration is in no sentence: events take the duration, with its interval)
  // (index loops over the article's lists: this function runs once per article, mostly in the baseline tier, where a
  // for-of pays an iterator call, two property loads and a result object per item)
  const dateItems: Array<{ at: number; item: WrittenDate }> = [];
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k]!;
    if (isWritten(d)) dateItems.push({ at: d.span.start.offset, item: d });
  }
  const dateIndex = byOffset(dateItems);
  const mentionItems: Array<{ at: number; item: { actor: Actor; span: Span } }> = [];
  for (let k = 0; k < actors.length; k++) {
    const actor = actors[k]!;
    const { mentions } = actor;
    for (let j = 0; j < mentions.length; j++) mentionItems.push({ at: mentions[j]!.span.start.offset, item: { actor, span: mentions[j]!.span } });
  }
  const mentionIndex = byOffset(mentionItems);
  // closed intervals by the id of their start: an event over "de 1981 à 1986" takes the interval; one over "les deux
  // derniers mois" takes the interval between the duration's implicit ends, by the id of the duration
  const implicitStart = new Map(dates.filter((d) => d.implicit && d.anchor).map((d) => [d.id, d.anchor!] as const));
  const ranges = new Map<string, Interval>();
  const stretches = new Map<string, Interval>();
  for (const i of intervals) {
    if (i.start === null || i.end === null) continue;
    const duration = implicitStart.get(i.start);
    if (duration) stretches.set(duration, i);
    else ranges.set(i.start, i);
  }
  // (loops, not callbacks, over the units and the drafts: a callback made on each call loses its optimised code at the
  // next full garbage collection, and this one would take with it all it inlines, the per-unit work)
  const views: UnitView[] = [];
  for (let k = 0; k < units.length; k++) views.push(viewOf(units[k]!, dateIndex, mentionIndex, locale, ranges, stretches));
  const drafts: Draft[] = [];
  for (let k = 0; k < views.length; k++) {
    const view = views[k]!;
    // a unit with no date of its own makes a draft only through a cue back to an event told before it: none before the
    // first draft, and none without a cue (its clauses are split only then)
    if (view.dates.length === 0 && drafts.length === 0) continue;
    if (!readClauses(view, locale) || view.clauses.length === 0) continue;
    const dated = new Set<number>();
    for (let j = 0; j < view.dates.length; j++) dated.add(clauseOf(view, view.dates[j]!.from));
    const consumed = new Set<number>();
    const own = datedEvents(view, dated, consumed, locale);
    for (let j = 0; j < own.length; j++) drafts.push(own[j]!);
    const back = eventsReferringBack(view, drafts, dated, consumed, locale);
    for (let j = 0; j < back.length; j++) drafts.push(back[j]!);
  }
  const persons: Actor[] = [];
  for (let k = 0; k < actors.length; k++) if (actors[k]!.type === 'person') persons.push(actors[k]!);
  const people = new Set(persons.map((a) => a.id));
  const roles = indexRoles(persons);
  for (const draft of drafts) {
    resolvePronounSubject(draft, views, locale);
    resolveInciseSpeaker(draft, views, locale);
    resolveLastNamed(draft, views, locale);
    resolveCountryNoun(draft, views, locale);
    resolveDescriptor(draft, views, locale);
    resolveRoleSubject(draft, roles, people, locale);
    resolvePersonNounSubject(draft, views, people, locale);
  }
  resolvePairSubject(drafts, people, locale);
  joinTitleActors(views, drafts, locale);
  sortInPlace(drafts, (a, b) => a.view.unit.index - b.view.unit.index || a.from - b.from || a.key - b.key);
  const diagnostics = groupEvents(drafts, actors, locale);
  // after grouping: what a reference back inherits is not a second telling of the place
  for (const draft of drafts) inheritFromAnchor(draft, locale);
  placeThere(drafts, locale);
  const ids = new Map<Draft, string>();
  for (let i = 0; i < drafts.length; i++) ids.set(drafts[i]!, `e${i + 1}`);
  // a date resolved from another to the same day ("Ce jour-là" from "le 22 mars") links its event to the event that date dates
  const datedBy = new Map<string, Draft>();
  for (const d of drafts) if (!d.anchoredTo && !datedBy.has(d.date.id)) datedBy.set(d.date.id, d);
  const events: Event[] = [];
  for (const d of drafts) events.push(eventOf(d, ids, anchorOf(d, datedBy), context, locale));
  return { events, diagnostics };
}

/** The event a draft links to: the one it refers back to, else the one that dates its date when both fall on one day. */
function anchorOf(d: Draft, datedBy: ReadonlyMap<string, Draft>): Draft | undefined {
  if (d.anchoredTo) return d.anchoredTo;
  const source = d.date.anchor ? datedBy.get(d.date.anchor) : undefined;
  // "Ce jour-là" takes that event's date; "la veille" only counts from it
  return source && source !== d && source.value === d.value ? source : undefined;
}

/** The event of a draft, its optional fields set in the contract's key order (no object spread for each: the JSON keys stay in this order). */
function eventOf(d: Draft, ids: ReadonlyMap<Draft, string>, anchor: Draft | undefined, context: StageContext, locale: EventLocale): Event {
  const [start, end] = sourceRange(d.view.unit, d.from, d.to);
  const event: { -readonly [K in keyof Event]: Event[K] } = { id: ids.get(d)!, date: d.date.id } as Event;
  if (d.interval) event.interval = d.interval;
  event.value = d.value;
  event.mod = d.mod;
  event.trigger = d.view.unit.text.slice(d.trigger.from, d.trigger.to);
  event.status = statusOf(d, context.referenceDate.value, locale);
  event.sentence = d.view.unit.text;
  event.actors = d.actors;
  // (most events name one place or none: no set for those)
  event.places = d.places.length === 0 ? [] : d.places.length === 1 ? [d.places[0]!.id] : [...new Set(d.places.map((p) => p.id))];
  event.section = d.view.unit.section;
  event.span = context.lines.span(start, end);
  if (anchor) event.anchoredTo = ids.get(anchor)!;
  if (d.group) event.group = d.group;
  if (d.numbers.length) event.numbers = d.numbers;
  return event;
}
