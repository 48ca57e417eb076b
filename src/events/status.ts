/**
 * Whether an event happened, is planned, or is only reported: the tense and
 * mood of its trigger, the words around it ("prévue", "attendue", "selon"),
 * and its date against the article's reference date.
 */
import type { EventStatus } from '../types.js';
import type { Draft } from './draft.js';
import type { EventLocale } from './event-locale.js';
import { clauseOf, viewTest } from './unit-view.js';

/** -1, 0 or 1 as `value` (a TIMEX3 value or the start of an interval) is before, around or after the reference day; 0 when unknown. */
export function sideOf(value: string, reference: string | null): number {
  if (!reference) return 0;
  const slash = value.indexOf('/');
  const start = slash < 0 ? value : value.slice(0, slash);
  // (read code by code, no pattern: this runs for every event) a year, then maybe "-MM", then maybe "-DD"
  if (!digitsAt(start, 0, 4)) return 0;
  // compare at the grain the value has; weeks and seasons ("2017-W03", "2016-SU") only by their year (no month digits)
  const month = start.charCodeAt(4) === DASH && digitsAt(start, 5, 2);
  const grain = !month ? 1 : start.charCodeAt(7) === DASH && digitsAt(start, 8, 2) ? 3 : 2;
  const mine = start.slice(0, grain === 1 ? 4 : grain === 2 ? 7 : 10);
  const theirs = referenceParts(reference)[grain - 1]!;
  return mine < theirs ? -1 : mine > theirs ? 1 : 0;
}

const DASH = 0x2d;

/** True when `text` holds `n` ASCII digits from `at`. */
function digitsAt(text: string, at: number, n: number): boolean {
  if (text.length < at + n) return false;
  for (let i = at; i < at + n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** The reference day cut at each grain (its year, year and month, whole day), for the last reference asked: one an article. */
let lastReference: string | undefined;
let lastParts: readonly string[] = [];
function referenceParts(reference: string): readonly string[] {
  if (reference !== lastReference) {
    const ref = reference.slice(0, 10).split('-');
    lastParts = [ref.slice(0, 1).join('-'), ref.slice(0, 2).join('-'), ref.slice(0, 3).join('-')];
    lastReference = reference;
  }
  return lastParts;
}

/** The status of a draft: "planned" when told in the future or dated after the reference day, "reported" when told as someone's claim. */
export function statusOf(draft: Draft, reference: string | null, locale: EventLocale): EventStatus {
  const { view, trigger } = draft;
  const text = view.text;
  const side = sideOf(draft.value, reference);
  const triggerText = text.slice(trigger.from, trigger.to);
  const around = text.slice(Math.max(draft.from, trigger.from - 40), Math.min(draft.to, trigger.to + 40));
  if (side > 0) return 'planned';
  if (side === 0 && (viewTest(view, locale.futureTrigger, triggerText) || viewTest(view, locale.plannedCue, around))) return 'planned';
  if (viewTest(view, locale.conditionalTrigger, triggerText)) return 'reported';
  // "…, selon les organisateurs", "a déclaré que …": the event is someone's account
  const clauses = view.clauses;
  const first = clauseOf(view, draft.from);
  const last = clauseOf(view, Math.max(draft.from, draft.to - 1));
  for (let i = first; i <= Math.min(last + 1, clauses.length - 1); i++) {
    if (viewTest(view, locale.sourceCue, text.slice(clauses[i]!.from, clauses[i]!.to))) return 'reported';
  }
  return 'occurred';
}
