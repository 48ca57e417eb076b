/**
 * The events stage: every clause that says something happened at a date
 * becomes an event (date, trigger, actors, places), clauses that refer back
 * to an event ("lors de cet appel") take its date, the title's actors join
 * the event it describes, and an event told twice is grouped (with a
 * warning when the tellings disagree on the place).
 *
 * Order of the steps, and why:
 * 1. units -> clauses, triggers, dates and actor mentions (per unit);
 * 2. events in document order, so that a reference back finds what was told before it;
 * 3. title actors join once all events are known;
 * 4. groups and conflicts last, on the final participants.
 */
import type { StageContext, TextUnit } from '../context.js';
import type { Actor, DateMention, Diagnostic, Event, Span } from '../types.js';
import { sourceRange } from '../text/mapped-text.js';
import { splitClauses, type Clause } from './clauses.js';
import { eventValue } from './date-values.js';
import type { EventLocale } from './event-locale.js';
import { groupEvents } from './groups.js';
import { findNumbers } from './numbers.js';
import { familiesMatch, findTriggers, type TriggerMatch } from './triggers.js';

/** An actor mention located in a unit (offsets in the unit text). */
interface LocalMention {
  readonly actor: Actor;
  readonly from: number;
  readonly to: number;
  readonly span: Span;
}

interface LocalDate {
  readonly date: DateMention;
  readonly from: number;
  readonly to: number;
  readonly value: string;
}

/** Everything the stage reads from one unit. */
interface UnitView {
  readonly unit: TextUnit;
  /** Text with apostrophes and no-break spaces normalised (same length). */
  readonly text: string;
  readonly clauses: Clause[];
  readonly triggers: TriggerMatch[];
  readonly dates: LocalDate[];
  readonly mentions: LocalMention[];
}

/** An event while it is being built (internal fields dropped at the end). */
export interface Draft {
  key: number;
  view: UnitView;
  date: DateMention;
  value: string;
  mod: string | null;
  trigger: TriggerMatch;
  family: string;
  /** The date starts a period ("depuis octobre 2022"): an earlier event, not the one the text is about. */
  since: boolean;
  /** The noun says it is another occurrence ("le précédent séisme"): never grouped with the others. */
  other: boolean;
  /** A noun with a definite or demonstrative determiner ("l'attentat"): names an event as known, maybe told before. */
  definite: boolean;
  anchoredTo: Draft | null;
  /** Unit-text ranges whose actors and places belong to the event. */
  scope: Array<[number, number]>;
  /** The clause range the span covers. */
  from: number;
  to: number;
  actors: string[];
  places: Array<{ id: string; span: Span }>;
  numbers: Array<{ value: number; what: string; text: string }>;
  group?: string;
}

/** How many earlier events a reference back ("lors de cet appel") may reach. */
const LOOK_BACK = 200;

/** Assembles dated events from the sentences, dates and actors of an article. */
export function findEvents(
  units: readonly TextUnit[],
  dates: readonly DateMention[],
  actors: readonly Actor[],
  context: StageContext,
): { events: Event[]; diagnostics: Diagnostic[] } {
  const locale = context.locale.events;
  const dateIndex = new ByOffset(dates.map((d) => ({ at: d.span.start.offset, item: d })));
  const mentionIndex = new ByOffset(actors.flatMap((actor) => actor.mentions.map((m) => ({ at: m.span.start.offset, item: { actor, span: m.span } }))));
  const views = units.map((unit) => viewOf(unit, dateIndex, mentionIndex, locale));
  const drafts: Draft[] = [];
  for (const view of views) drafts.push(...eventsOfUnit(view, drafts, locale));
  for (const draft of drafts) resolvePronounSubject(draft, views, locale);
  joinTitleActors(views, drafts, locale);
  drafts.sort((a, b) => a.view.unit.index - b.view.unit.index || a.from - b.from || a.key - b.key);
  const diagnostics = groupEvents(drafts, actors, locale, context);
  const ids = new Map(drafts.map((d, i) => [d, `e${i + 1}`] as const));
  const events = drafts.map((d): Event => {
    const [start, end] = sourceRange(d.view.unit, d.from, d.to);
    return {
      id: ids.get(d)!,
      date: d.date.id,
      value: d.value,
      mod: d.mod,
      trigger: d.view.unit.text.slice(d.trigger.from, d.trigger.to),
      sentence: d.view.unit.text,
      actors: d.actors,
      places: unique(d.places.map((p) => p.id)),
      section: d.view.unit.section,
      span: context.lines.span(start, end),
      ...(d.anchoredTo ? { anchoredTo: ids.get(d.anchoredTo)! } : {}),
      ...(d.group ? { group: d.group } : {}),
      ...(d.numbers.length ? { numbers: d.numbers } : {}),
    };
  });
  return { events, diagnostics };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** First index i with starts[i] >= offset (the unit-text position of a source offset). */
function localIndex(unit: TextUnit, offset: number): number {
  let lo = 0;
  let hi = unit.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (unit.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items sorted by source offset, looked up by unit in O(log n) so that long documents stay linear. */
class ByOffset<T> {
  private readonly items: Array<{ at: number; item: T }>;
  constructor(items: Iterable<{ at: number; item: T }>) {
    this.items = [...items].sort((a, b) => a.at - b.at);
  }
  /** Items whose offset is in [start, end). */
  within(start: number, end: number): T[] {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid]!.at < start) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo; i < this.items.length && this.items[i]!.at < end; i++) out.push(this.items[i]!.item);
    return out;
  }
}

function viewOf(unit: TextUnit, dates: ByOffset<DateMention>, mentionIndex: ByOffset<{ actor: Actor; span: Span }>, locale: EventLocale): UnitView {
  const text = unit.text.replace(/[’‘ʼ´`]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
  const local = (span: Span): [number, number] => [localIndex(unit, span.start.offset), localIndex(unit, span.end.offset)];
  const [start, end] = [unit.span.start.offset, unit.span.end.offset];
  const unitDates: LocalDate[] = [];
  for (const date of dates.within(start, end)) {
    const value = eventValue(date);
    if (value === null) continue;
    const [from, to] = local(date.span);
    unitDates.push({ date, from, to, value });
  }
  unitDates.sort((a, b) => a.from - b.from);
  const mentions: LocalMention[] = mentionIndex.within(start, end).map(({ actor, span }) => {
    const [from, to] = local(span);
    return { actor, from, to, span };
  });
  mentions.sort((a, b) => a.from - b.from || b.to - a.to);
  // a name inside a longer name ("Défense" in "ministère de la Défense") is not a participant of its own
  const outer = mentions.filter((m) => !mentions.some((o) => o !== m && o.from <= m.from && o.to >= m.to && o.to - o.from > m.to - m.from));
  // a word inside a date or a name ("Rassemblement national", "Initiative … pour la paix") names no event
  const triggers = findTriggers(text, locale).filter((t) => !unitDates.some((d) => d.from < t.to && t.from < d.to) && !outer.some((m) => m.from < t.to && t.from < m.to));
  return { unit, text, clauses: splitClauses(text, locale), triggers, dates: mergeAdjacentDates(text, unitDates), mentions: outer };
}

/** "le 3 avril à 18 h", "du 5 au 9 juin": one moment or one range, so one event; keep the more precise start. */
function mergeAdjacentDates(text: string, dates: LocalDate[]): LocalDate[] {
  const out: LocalDate[] = [];
  for (const d of dates) {
    const last = out[out.length - 1];
    const between = last ? text.slice(last.to, d.from) : '';
    const related = last ? d.value.startsWith(last.value) || last.value.startsWith(d.value) : false;
    if (last && (/^\s*(?:à|au|-|–|jusqu'(?:au|à|en))\s*$/iu.test(between) || (related && /^\s*,?\s*$/u.test(between)))) {
      if (d.value.startsWith(last.value) && d.value.length > last.value.length) out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out;
}

function clauseOf(view: UnitView, at: number): number {
  const i = view.clauses.findIndex((c) => at >= c.from && at < c.to);
  if (i >= 0) return i;
  let best = 0;
  view.clauses.forEach((c, j) => {
    if (c.from <= at) best = j;
  });
  return best;
}

const within = (t: { from: number; to: number }, c: Clause) => t.from >= c.from && t.to <= c.to;

/** The trigger of the main clause after a fronted adverbial: its verb, else its noun, else a compound tense. */
function mainTrigger(view: UnitView, clause: Clause, exclude?: { from: number; to: number }): TriggerMatch | undefined {
  const inside = view.triggers.filter((t) => within(t, clause) && !(exclude && t.from < exclude.to && exclude.from < t.to));
  return (
    inside.find((t) => t.kind === 'verb' && !t.light && !t.generic && !t.weak) ??
    inside.find((t) => t.kind === 'noun') ??
    (inside.some((t) => t.light) ? nounBefore(view, inside.find((t) => t.light)!.from) : undefined) ??
    inside.find((t) => t.generic) ??
    // "le trafic a repris": the light verb is all the clause says
    inside.find((t) => t.light)
  );
}

/** The nearest event noun before `at` in the unit. */
function nounBefore(view: UnitView, at: number): TriggerMatch | undefined {
  return view.triggers.filter((t) => t.kind === 'noun' && t.to <= at).pop();
}

function gap(a: { from: number; to: number }, b: { from: number; to: number }): number {
  return a.to <= b.from ? b.from - a.to : b.to <= a.from ? a.from - b.to : 0;
}

/** True when a clause says nothing but a date and its preposition ("Ce jour-là", "Le 3 avril"). */
function dateOnly(view: UnitView, clause: Clause): boolean {
  let rest = view.text.slice(clause.from, clause.to);
  for (const d of view.dates) if (d.from >= clause.from && d.to <= clause.to) rest = rest.slice(0, d.from - clause.from) + ' '.repeat(d.to - d.from) + rest.slice(d.to - clause.from);
  return rest.trim().split(/\s+/).filter(Boolean).length <= 2 && !view.triggers.some((t) => within(t, clause));
}

function eventsOfUnit(view: UnitView, before: readonly Draft[], locale: EventLocale): Draft[] {
  const out: Draft[] = [];
  const consumed = new Set<number>();
  const { text, clauses } = view;
  const datedClauses = new Set(view.dates.map((d) => clauseOf(view, d.from)));
  const base = view.unit.index * 10000;

  interface Plan {
    d: LocalDate;
    ci: number;
    trigger: TriggerMatch;
    since: boolean;
    first: number;
    last: number;
    joined: number;
  }
  const plans: Plan[] = [];
  for (const d of view.dates) {
    const head = text.slice(Math.max(0, d.from - 40), d.from);
    if (locale.metadataBefore.test(head)) continue;
    const since = locale.sinceBefore.test(head);
    const ci = clauseOf(view, d.from);
    const clause = clauses[ci]!;
    let first = ci;
    let last = ci;
    const own = view.triggers.filter((t) => within(t, clause) && !t.light);
    let trigger: TriggerMatch | undefined;
    if (own.length > 0) {
      const pointing = (t: TriggerMatch) => t.kind === 'noun' && locale.pointingBefore.test(text.slice(Math.max(0, t.from - 10), t.from));
      // a plain verb gives way to an event noun that is its subject ("le sommet s'est achevé"), not to its object ("a présenté la loi")
      const subjectNoun = (t: TriggerMatch) => own.some((n) => n.kind === 'noun' && n.to <= t.from);
      const cost = (t: TriggerMatch) => gap(t, d) + (t.generic && subjectNoun(t) ? 40 : 0) + (t.weak ? 30 : 0) + (pointing(t) ? 60 : 0);
      trigger = own.reduce((best, t) => (cost(t) < cost(best) ? t : best));
    } else if (view.triggers.some((t) => within(t, clause) && t.light)) {
      trigger = nounBefore(view, d.from);
      if (trigger) first = Math.min(first, clauseOf(view, trigger.from));
    }
    if (!trigger && (dateOnly(view, clause) || ci === 0)) {
      // the main clause after a fronted date, past an incise ("En janvier, Airbus a-t-il précisé, la cadence …")
      // … or past a fronted place ("Le 3 avril, à Paris, des milliers de personnes ont manifesté")
      const bare = (i: number) => !view.triggers.some((t) => within(t, clauses[i]!)) && !datedClauses.has(i);
      let next = ci + 1;
      while (clauses[next + 1] && next - ci < 4 && (locale.incise.test(text.slice(clauses[next]!.from, clauses[next]!.to)) || bare(next))) next++;
      if (clauses[next] && !datedClauses.has(next)) {
        trigger = mainTrigger(view, clauses[next]!);
        if (trigger) last = next;
      }
      // "À Paris, le 3 avril, …": fronted clauses before the date belong to the event too
      if (trigger) while (first > 0 && bare(first - 1)) first--;
    }
    if (!trigger) {
      trigger = view.triggers.filter((t) => t.kind === 'noun' && t.to <= clause.from).pop();
      if (trigger) first = clauseOf(view, trigger.from);
    }
    // "Le drame s'est produit …": the light verb is all the clause says of the event
    trigger ??= view.triggers.find((t) => within(t, clause) && t.light);
    if (!trigger) continue;
    // "Lors d'un appel … le 3 avril, le Kremlin a lancé …": the main clause tells what happened during the event
    let joined = last;
    if (ci === 0 && last === ci && locale.frontedTemporal.test(text.slice(clause.from, clause.to)) && clauses[ci + 1] && !datedClauses.has(ci + 1)) {
      const next = clauses[ci + 1]!;
      const cue = [...text.slice(next.from, next.to).matchAll(locale.anchorCue)].length > 0;
      if (!cue && !locale.startsWithVerb.test(text.slice(next.from, next.to))) joined = ci + 1;
    }
    for (let i = first; i <= joined; i++) consumed.add(i);
    plans.push({ d, ci, trigger, since, first, last, joined });
  }
  // two dates with one trigger ("a annoncé jeudi un bénéfice … pour 2023"): the nearer dates the event, the other is a period it speaks of
  // (a date after "du"/"de" qualifies a noun — "ses résultats du premier trimestre" — so it weighs less for a verb;
  // coordinated dates — "le 30 juin et le 7 juillet" — are each a time of the event)
  const weight = (p: Plan) => gap(p.trigger, p.d) + (p.trigger.kind === 'verb' && locale.nounComplementBefore.test(text.slice(Math.max(0, p.d.from - 10), p.d.from)) ? 30 : 0);
  const coordinated = (p: Plan, q: Plan) => {
    const [a, b] = p.d.from < q.d.from ? [p.d, q.d] : [q.d, p.d];
    return locale.dateCoordination.test(text.slice(a.to, b.from));
  };
  const kept = plans.filter(
    (p) => !plans.some((q) => q !== p && q.trigger === p.trigger && !coordinated(p, q) && (weight(q) < weight(p) || (weight(q) === weight(p) && q.d.from < p.d.from))),
  );
  for (const plan of kept) {
    const { d, ci, trigger, first, last, joined } = plan;
    // several events in one clause ("a condamné … l'attentat du 14 juillet 2016 à Nice"): each takes the stretch from its first word to the next one's
    const sharing = unique(kept.filter((p) => p.ci === ci).map((p) => p.trigger)).map((t) => ({
      t,
      at: Math.min(t.from, ...kept.filter((p) => p.ci === ci && p.trigger === t).map((p) => p.d.from)),
    }));
    sharing.sort((a, b) => a.at - b.at);
    const k = sharing.findIndex((x) => x.t === trigger);
    const lo = k > 0 ? sharing[k]!.at : -Infinity;
    const hi = k < sharing.length - 1 ? sharing[k + 1]!.at : Infinity;
    const clip = ([a, b]: [number, number]): [number, number] => [Math.max(a, lo), Math.min(b, hi)];
    const scope = [[clauses[first]!.from, clauses[joined]!.to] as [number, number], ...(k > 0 ? [] : subjectRanges(view, first, locale))].map(clip).filter(([a, b]) => b > a);
    if (scope.length === 0) continue;
    out.push(makeDraft(view, base + d.from, d.date, d.value, d.date.mod, trigger, plan.since, null, scope, clauses[first]!.from, clauses[last]!.to, locale, datedClauses, joined, hi));
  }

  // clauses with no date that refer back to an event told before
  for (let ci = 0; ci < clauses.length; ci++) {
    if (datedClauses.has(ci) || consumed.has(ci)) continue;
    const clause = clauses[ci]!;
    const piece = text.slice(clause.from, clause.to);
    const cue = [...piece.matchAll(locale.anchorCue)][0];
    const same = cue ? undefined : [...piece.matchAll(locale.sameTimeCue)][0];
    if (!cue && !same) continue;
    const hit = (cue ?? same)!;
    const cueRange = { from: clause.from + (hit.index ?? 0), to: clause.from + (hit.index ?? 0) + hit[0].length };
    // a reference back looks at what was told not long before (bounded, so that long inputs stay linear)
    const everything = [...before.slice(-LOOK_BACK), ...out];
    let antecedent: Draft | undefined;
    if (cue) {
      const noun = cue.groups?.['noun'] ?? '';
      const families = findTriggers(noun, locale).filter((t) => !t.generic).map((t) => t.family);
      if (families.length > 0) antecedent = [...everything].reverse().find((e) => !e.since && !e.anchoredTo && families.some((f) => familiesMatch(f, e.family, locale)));
      // "lors de cette opération": a demonstrative points at what was just told, whatever its name
      else if (locale.demonstrativeCue.test(cue[0]))
        antecedent = [...everything].reverse().find((e) => !e.since && !e.anchoredTo && e.view.unit.paragraph !== null && e.view.unit.paragraph === view.unit.paragraph);
    } else {
      antecedent = [...everything].reverse().find((e) => !e.since);
    }
    if (!antecedent) continue;
    const root = antecedent.anchoredTo ?? antecedent;
    // a fronted cue ("Lors de cet appel, …") dates the main clause after it
    let target = ci;
    let trigger = mainTrigger(view, clause, cueRange);
    if ((!trigger || trigger.generic) && clauses[ci + 1] && !datedClauses.has(ci + 1) && !consumed.has(ci + 1) && cueRange.from - clause.from < 3) {
      const next = mainTrigger(view, clauses[ci + 1]!);
      if (next) {
        trigger = next;
        target = ci + 1;
      }
    }
    if (!trigger) continue;
    for (let i = ci; i <= target; i++) consumed.add(i);
    const scope: Array<[number, number]> = [[clause.from, clauses[target]!.to], ...subjectRanges(view, ci, locale)];
    out.push(makeDraft(view, base + clause.from, root.date, root.value, root.mod, trigger, false, root, scope, clause.from, clauses[target]!.to, locale, datedClauses, target));
  }
  return out;
}

/**
 * Ranges before clause `ci` that hold its subject when it has none of its
 * own: a clause that starts with its verb ("Macron, président, a rencontré")
 * takes what precedes the last verb before it; a relative clause ("qui a
 * revendiqué") takes the end of the clause before it.
 */
function subjectRanges(view: UnitView, ci: number, locale: EventLocale): Array<[number, number]> {
  const { clauses, text, triggers } = view;
  const c = clauses[ci]!;
  const piece = text.slice(c.from, c.to);
  const verbIn = (cl: Clause) => triggers.filter((t) => within(t, cl) && t.kind === 'verb');
  if (locale.relativeStart.test(piece)) {
    const prev = clauses[ci - 1];
    if (!prev) return [];
    const last = verbIn(prev).pop();
    return [[last ? last.to : prev.from, prev.to]];
  }
  if (!locale.startsWithVerb.test(piece)) return [];
  const out: Array<[number, number]> = [];
  for (let i = ci - 1; i >= 0; i--) {
    const prev = clauses[i]!;
    const verb = verbIn(prev)[0];
    if (verb) {
      out.push([prev.from, verb.from]);
      break;
    }
    out.push([prev.from, prev.to]);
  }
  return out;
}

function makeDraft(
  view: UnitView,
  key: number,
  date: DateMention,
  value: string,
  mod: string | null,
  trigger: TriggerMatch,
  since: boolean,
  anchoredTo: Draft | null,
  scope: Array<[number, number]>,
  from: number,
  to: number,
  locale: EventLocale,
  dated: ReadonlySet<number>,
  lastClause: number,
  limit = Infinity,
): Draft {
  const other =
    trigger.kind === 'noun' && (locale.otherBefore.test(view.text.slice(Math.max(0, trigger.from - 40), trigger.from)) || locale.otherAfter.test(view.text.slice(trigger.to, trigger.to + 40)));
  const definite = trigger.kind === 'noun' && locale.definiteBefore.test(view.text.slice(Math.max(0, trigger.from - 30), trigger.from));
  const draft: Draft = { key, view, date, value, mod, trigger, family: trigger.family, since, other, definite, anchoredTo, scope, from, to, actors: [], places: [], numbers: [] };
  addParticipants(draft, view, scope, locale, trigger);
  // counts follow the clause ("…, causant la mort de 144 personnes et blessant 360 autres")
  let end = lastClause;
  const continues = (c: Clause) => locale.startsWithVerb.test(view.text.slice(c.from, c.to)) || locale.relativeStart.test(view.text.slice(c.from, c.to));
  while (view.clauses[end + 1] && !dated.has(end + 1) && continues(view.clauses[end + 1]!)) end++;
  const numbersTo = Math.min(view.clauses[end]!.to, limit);
  const at = scope[0]![0];
  // read on the normalised text, quoted from the unit's own
  draft.numbers = findNumbers(view.text.slice(at, numbersTo), locale).map((n) => ({ value: n.value, what: n.what, text: view.unit.text.slice(at + n.from, at + n.to) }));
  return draft;
}

/** Adds the people, organisations, groups and places named in the ranges of `scope`. */
export function addParticipants(draft: Draft, view: UnitView, scope: ReadonlyArray<readonly [number, number]>, locale: EventLocale, trigger?: TriggerMatch): void {
  const { text } = view;
  for (const m of view.mentions) {
    if (!scope.some(([a, b]) => m.from >= a && m.to <= b)) continue;
    const head = text.slice(Math.max(0, m.from - 60), m.from);
    if (m.actor.type === 'place') {
      const afterNoun = trigger && trigger.kind === 'noun' && trigger.to <= m.from && locale.nounPlaceLink.test(text.slice(trigger.to, m.from));
      if (locale.agentBefore.test(head)) {
        if (!draft.actors.includes(m.actor.id)) draft.actors.push(m.actor.id);
      } else if ((locale.locativeBefore.test(head) && !locale.recipientBefore.test(head)) || afterNoun) {
        draft.places.push({ id: m.actor.id, span: m.span });
      }
      continue;
    }
    if (!draft.actors.includes(m.actor.id)) draft.actors.push(m.actor.id);
  }
}

/**
 * "Il a annoncé lundi …": a subject pronoun of an active verb stands for the
 * person named last before it, in the same sentence or the two before it in
 * the same section.
 */
function resolvePronounSubject(draft: Draft, views: readonly UnitView[], locale: EventLocale): void {
  const { view, trigger } = draft;
  if (trigger.kind !== 'verb' || !locale.pronounSubjectBefore.test(view.text.slice(Math.max(0, trigger.from - 30), trigger.from))) return;
  // the subject of a passive is what undergoes it, more often a thing than a person ("Elle a été adoptée")
  if (locale.passive.test(view.text.slice(trigger.from, trigger.to))) return;
  if (draft.actors.some((id) => view.mentions.some((m) => m.actor.id === id && m.actor.type === 'person'))) return;
  const index = views.indexOf(view);
  for (let i = index; i >= Math.max(0, index - 2); i--) {
    const v = views[i]!;
    if (v.unit.section !== view.unit.section || v.unit.heading) break;
    const person = v.mentions.filter((m) => m.actor.type === 'person' && (i < index || m.to <= trigger.from)).pop();
    if (person) {
      if (!draft.actors.includes(person.actor.id)) draft.actors.unshift(person.actor.id);
      return;
    }
  }
}

/** The article's title (the shallowest heading) names the participants of the event it describes: they join it. */
function joinTitleActors(views: readonly UnitView[], drafts: Draft[], locale: EventLocale): void {
  const headings = views.filter((v) => v.unit.heading);
  if (headings.length === 0) return;
  const depth = Math.min(...headings.map((v) => v.unit.depth));
  const title = headings.find((v) => v.unit.depth === depth)!;
  const families = unique(title.triggers.filter((t) => !t.generic && !t.light).map((t) => t.family));
  for (const family of families) {
    const target = drafts.find((d) => d.view !== title && !d.since && !d.other && !d.anchoredTo && familiesMatch(d.family, family, locale));
    if (!target) continue;
    addParticipants(target, title, [[0, title.text.length]], locale);
  }
}
