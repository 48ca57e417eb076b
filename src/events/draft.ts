/** An event while the stage builds it, before ids are given and internal fields dropped. */
import type { WrittenDate } from '../dates/written.js';
import type { DateMention, Span } from '../types.js';
import type { Clause } from './clauses.js';
import type { EventLocale } from './event-locale.js';
import { findNumbers } from './numbers.js';
import { addParticipants, placeOfRelative } from './participants.js';
import type { TriggerMatch } from './triggers.js';
import { viewTest, type UnitView } from './unit-view.js';

export interface Draft {
  /** Orders drafts of one unit (a position in the unit text). */
  key: number;
  view: UnitView;
  date: WrittenDate;
  value: string;
  mod: DateMention['mod'];
  /** Id of the Interval the event spans ("de 1981 à 1986"); its value is then the interval's. */
  interval?: string;
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
  /** The unit-text range the event's span covers. */
  from: number;
  to: number;
  actors: string[];
  places: Array<{ id: string; span: Span }>;
  numbers: Array<{ value: number; what: string; text: string }>;
  group?: string;
}

export interface DraftSpec {
  key: number;
  date: WrittenDate;
  value: string;
  mod: DateMention['mod'];
  interval?: string;
  trigger: TriggerMatch;
  since: boolean;
  anchoredTo: Draft | null;
  scope: Array<[number, number]>;
  from: number;
  to: number;
  /** Last clause of the event: counts are read up to it and the participial clauses after it. */
  lastClause: number;
  /** Clauses holding a date of their own (counts stop before them). */
  dated: ReadonlySet<number>;
  /** Unit-text position where the next event of the clause starts. */
  limit?: number;
}

/** Builds a draft: its participants, the counts it reports, and what its trigger noun says of it. */
export function makeDraft(view: UnitView, spec: DraftSpec, locale: EventLocale): Draft {
  const { trigger } = spec;
  const before = (n: number) => view.text.slice(Math.max(0, trigger.from - n), trigger.from);
  const other = trigger.kind === 'noun' && (viewTest(view, locale.otherBefore, before(40)) || viewTest(view, locale.otherAfter, view.text.slice(trigger.to, trigger.to + 40)));
  const definite = trigger.kind === 'noun' && viewTest(view, locale.definiteBefore, before(30));
  const draft: Draft = {
    key: spec.key,
    view,
    date: spec.date,
    value: spec.value,
    mod: spec.mod,
    // (every field in the literal, an absent one undefined: one shape for all drafts, made once; a spread or a field
    // added later makes shapes on the fly, and the code specialised on them is thrown away at each full garbage collection)
    interval: spec.interval,
    trigger,
    family: trigger.family,
    since: spec.since,
    other,
    definite,
    anchoredTo: spec.anchoredTo,
    scope: spec.scope,
    from: spec.from,
    to: spec.to,
    actors: [],
    places: [],
    numbers: [],
    group: undefined,
  };
  addParticipants(draft, view, spec.scope, locale, trigger);
  placeOfRelative(draft, view, locale);
  // counts follow the clause ("…, faisant 12 morts et blessant 40 autres")
  const continues = (c: Clause) => viewTest(view, locale.startsWithVerb, view.text.slice(c.from, c.to)) || viewTest(view, locale.relativeStart, view.text.slice(c.from, c.to));
  let end = spec.lastClause;
  while (view.clauses[end + 1] && !spec.dated.has(end + 1) && continues(view.clauses[end + 1]!)) end++;
  const numbersTo = Math.min(view.clauses[end]!.to, spec.limit ?? Infinity);
  const at = spec.scope[0]![0];
  // read on the normalised text, quoted from the unit's own
  draft.numbers = findNumbers(view.text.slice(at, numbersTo), locale).map((n) => ({ value: n.value, what: n.what, text: view.unit.text.slice(at + n.from, at + n.to) }));
  return draft;
}
