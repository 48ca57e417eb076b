/**
 * One text unit as the events stage reads it: the text normalised for the
 * locale's patterns, its clauses, trigger words, usable dates and actor
 * mentions, all as offsets into the unit text (UTF-16 code units).
 */
import { DOMAIN_RANGES, inLatinDomain } from '../text/unicode-domain.js';
import type { TextUnit } from '../context.js';
import type { WrittenDate } from '../dates/written.js';
import type { Actor, Interval, Span } from '../types.js';
import { splitClauses, type Clause } from './clauses.js';
import { eventValue } from './date-values.js';
import { firstMatch, pieceExec } from './each-match.js';
import type { EventLocale } from './event-locale.js';
import { findTriggers, foldCase, type TriggerMatch } from './triggers.js';
import { isSpaceCode } from '../text/white-space.js';
import { anyWordPattern } from '../text/word-patterns.js';
import { sortInPlace } from '../order.js';

/** An actor mention located in a unit. */
export interface LocalMention {
  readonly actor: Actor;
  readonly from: number;
  readonly to: number;
  readonly span: Span;
}

/** A date that can date an event, located in a unit, with the value the event takes. */
export interface LocalDate {
  readonly date: WrittenDate;
  readonly from: number;
  readonly to: number;
  readonly value: string;
  /** Id of the Interval the date starts, when it spans one ("de 1981 à 1986"): the value is the interval's. */
  readonly interval?: string;
}

export interface UnitView {
  readonly unit: TextUnit;
  /** Text with apostrophes and no-break spaces normalised (same length as the unit text). */
  readonly text: string;
  /** `inLatinDomain(text)`: so is every piece of it, and the patterns run over pieces can take their twins without asking. */
  readonly latin: boolean;
  /** None until the drafts' loop asks for them (`readClauses`): a unit with no date and no heading mostly never has them. */
  readonly clauses: readonly Clause[];
  /** Whether the text holds a cue back to an event (`cueOf`), once asked: no piece of it can hold one when it does not. */
  cue: boolean | undefined;
  readonly triggers: readonly TriggerMatch[];
  readonly dates: readonly LocalDate[];
  readonly mentions: readonly LocalMention[];
  /** `text` in lower case, once asked (`lowerOf`). */
  lower: string | undefined;
  /** What the participants read of the unit, worked out on the first question (./participants.ts): none until then. */
  quotes: Array<[number, number]> | undefined;
  spelled: Set<LocalMention> | undefined;
  roles: Array<[number, number]> | undefined;
}

/**
 * Items sorted by source offset, looked up by unit in O(log n) so that long documents stay linear. A plain object made
 * by `byOffset` (a literal's shape outlives its objects; a class instance's, built field by field, dies with the last
 * one, and the code specialised on it with it).
 */
export interface ByOffset<T> {
  readonly items: ReadonlyArray<{ at: number; item: T }>;
}

/** The index of `items`, an array the index takes and sorts in place (the callers make it for the index). */
export function byOffset<T>(items: Array<{ at: number; item: T }>): ByOffset<T> {
  return { items: items.sort(byAt) };
}
const byAt = (a: { at: number }, b: { at: number }): number => a.at - b.at;

/** Items of `index` whose offset is in [start, end). */
export function itemsWithin<T>(index: ByOffset<T>, start: number, end: number): T[] {
  const { items } = index;
  const out: T[] = [];
  for (let i = firstAt(items, start); i < items.length && items[i]!.at < end; i++) out.push(items[i]!.item);
  return out;
}

/** Index of the first of `items` (sorted by offset) at `start` or after. */
function firstAt(items: ReadonlyArray<{ at: number }>, start: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.at < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index i with starts[i] >= offset: the unit-text position of a source offset; `lo`: an index known to be at or before it. */
function localIndex(unit: TextUnit, offset: number, lo = 0): number {
  let hi = unit.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (unit.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The characters a view's text replaces: apostrophes, no-break spaces (all in the domain). */
const NORMALISED_CHARS = '’‘ʼ´`\u00a0\u202f';
const NORMALISED = new RegExp(`[${NORMALISED_CHARS}]`);

/**
 * A character that NORMALISED finds or that `inLatinDomain` does not take, as one class: the domain's ranges without
 * NORMALISED's characters, negated (worked out from both, so that it follows them).
 */
const NORMALISED_OR_OUTSIDE = ((): RegExp => {
  const cut = [...NORMALISED_CHARS].map((c) => c.charCodeAt(0)).sort((x, y) => x - y);
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  const ranges: string[] = [];
  const push = (from: number, to: number) => {
    if (from <= to) ranges.push(from === to ? hex(from) : `${hex(from)}-${hex(to)}`);
  };
  for (const [from, to] of DOMAIN_RANGES) {
    let at = from;
    for (const c of cut) {
      if (c < at || c > to) continue;
      push(at, c - 1);
      at = c + 1;
    }
    push(at, to);
  }
  return new RegExp(`[^${ranges.join('')}]`);
})();

/** Reads one unit: its clauses, triggers, dates and mentions. */
export function viewOf(
  unit: TextUnit,
  dates: ByOffset<WrittenDate>,
  mentionIndex: ByOffset<{ actor: Actor; span: Span }>,
  locale: EventLocale,
  ranges: ReadonlyMap<string, Interval> = new Map(),
  stretches: ReadonlyMap<string, Interval> = new Map(),
): UnitView {
  // (most units have none of these characters and none outside the domain: one scan finds that, for both questions)
  const plain = !NORMALISED_OR_OUTSIDE.test(unit.text);
  const text = !plain && NORMALISED.test(unit.text) ? unit.text.replace(/[’‘ʼ´`]/g, "'").replace(/[\u00a0\u202f]/g, ' ') : unit.text;
  // (plain numbers, no pair arrays: this runs per date and per mention of every unit)
  const start = unit.span.start.offset;
  const end = unit.span.end.offset;
  const unitDates: LocalDate[] = [];
  for (const date of itemsWithin(dates, start, end)) {
    const value = eventValue(date);
    // a duration over whole units next to the reference ("les deux derniers mois") dates by its interval
    const stretch = value === null ? stretches.get(date.id) : undefined;
    if (value === null && !stretch) continue;
    const from = localIndex(unit, date.span.start.offset);
    // (an end is at or after its start: its search starts there)
    const to = localIndex(unit, date.span.end.offset, from);
    // (whole literals, no spread: a spread makes its objects' shapes on the fly, and code specialised on such a shape is
    // thrown away when a full garbage collection finds no object of it left)
    unitDates.push(stretch ? { date, from, to, value: stretch.value, interval: stretch.id } : { date, from, to, value: value!, interval: undefined });
  }
  // (most units have one date or none: nothing to order, span or merge, and the calls that do are left out of this
  // function's optimised code, which TurboFan would otherwise compile them into)
  const several = unitDates.length > 1;
  if (several) {
    sortInPlace(unitDates, byFrom);
    spanIntervals(text, unitDates, ranges);
  }
  const mentions: LocalMention[] = [];
  const { items } = mentionIndex;
  for (let i = firstAt(items, start); i < items.length && items[i]!.at < end; i++) {
    const { actor, span } = items[i]!.item;
    const from = localIndex(unit, span.start.offset);
    mentions.push({ actor, from, to: localIndex(unit, span.end.offset, from), span });
  }
  if (mentions.length > 1) sortInPlace(mentions, byStartLongest);
  // a name inside a longer name ("Défense" in "ministère de la Défense") is not a participant of its own
  const outer = outermost(mentions);
  // (the characters normalised are in the domain, and so are those they become)
  const latin = plain || inLatinDomain(text);
  const merged = several ? mergeAdjacentDates(text, unitDates) : unitDates;
  // a unit with no date of its own is read for its mentions (by the events after it): its triggers wait for a reference back
  // (the text in lower case, read by the trigger keys, the cue words and the participants: made here for a unit whose
  // triggers are read, else when first asked)
  const read = merged.length > 0 || unit.heading;
  const lower = read ? text.toLowerCase() : undefined;
  const triggers = read ? unitTriggers(text, latin, unitDates, outer, locale, lower) : UNREAD;
  // the clauses wait for the drafts' loop (`readClauses`): a unit with no date and no heading makes a draft only through
  // a cue back to an event told before it (`cueOf`), and most units are read for their mentions only
  return { unit, text, latin, clauses: UNSPLIT, cue: undefined, triggers, dates: merged, mentions: outer, lower, quotes: undefined, spelled: undefined, roles: undefined };
}

const byStartLongest = (a: LocalMention, b: LocalMention): number => a.from - b.from || b.to - a.to;

/** The clauses of a view not split yet: none, as for an empty text. */
const UNSPLIT: readonly Clause[] = Object.freeze([]);

/**
 * Splits the clauses of a view once, and says whether it has them: a unit with a date or a heading has them, one with
 * neither only when it holds a cue back (`cueOf`; none of its clauses can hold one otherwise, and no step reads them).
 */
export function readClauses(view: UnitView, locale: EventLocale): boolean {
  if (view.clauses !== UNSPLIT) return true;
  if (view.dates.length === 0 && !view.unit.heading && !cueOf(view, locale)) return false;
  (view as { clauses: readonly Clause[] }).clauses = splitClauses(view.text, locale, view.latin);
  return true;
}

/**
 * Whether `view.text` holds a cue back to an event (`anchorCue` or `sameTimeCue`), asked once. When the whole text holds
 * none, no clause of it does: a clause starts after white space, a clause cut or where a clause opener starts (after no
 * letter or digit, as the cues' own start asks), and it ends before white space, a cut or such a start, where a cue's
 * words end as well (test/events/prefilters.test.ts holds this on the cues' phrases cut every way).
 */
export function cueOf(view: UnitView, locale: EventLocale): boolean {
  let cue = view.cue;
  if (cue === undefined) {
    // (the words of the cues first: most texts hold none, and those that do mostly hold no cue)
    cue = mayHoldCue(view.text, locale, view.lower) && (firstMatch(locale.anchorCue, view.text, view.latin) !== null || firstMatch(locale.sameTimeCue, view.text, view.latin) !== null);
    view.cue = cue;
  }
  return cue;
}

/** The first word of each of the lists, as one case-insensitive pattern (`iu`: "ſ" reads "s"), built once per list of lists. */
const cueFirstWordPatterns = new WeakMap<ReadonlyArray<readonly string[]>, RegExp>();
function cueFirstWords(lists: ReadonlyArray<readonly string[]>): RegExp {
  let pattern = cueFirstWordPatterns.get(lists);
  if (pattern === undefined) {
    // (a list with no word is whole in every text: a pattern that always matches)
    pattern = anyWordPattern(lists.map((l) => l[0] ?? ''), 'iu');
    cueFirstWordPatterns.set(lists, pattern);
  }
  return pattern;
}

/** `view.text` in lower case, made on the first question. */
export function lowerOf(view: UnitView): string {
  return (view.lower ??= view.text.toLowerCase());
}

/**
 * False when no piece of `text` can match the locale's cues back (`anchorCue`, `sameTimeCue`): the text holds every
 * word of none of the locale's `cueWords` lists (lower case, as the `i` patterns read it); `lower`: `text.toLowerCase()`
 * when the caller has it.
 */
export function mayHoldCue(text: string, locale: EventLocale, lower?: string): boolean {
  // (one scan for the first word of every list, as the `i` patterns read it, before the text is lower-cased and searched
  // for each list: most units hold none)
  if (!cueFirstWords(locale.cueWords).test(text)) return false;
  const folded = foldCase(lower ?? text.toLowerCase());
  for (const words of locale.cueWords) {
    let all = true;
    for (const w of words) {
      if (!folded.includes(w)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** The triggers of a view not read yet (a unit with no date and no heading); never a view's answer once asked. */
const UNREAD: readonly TriggerMatch[] = Object.freeze([]);

/**
 * Finds the triggers of a view made without them (a unit with no date of its own): before a reference back reads
 * them. The same triggers `viewOf` finds: such a unit has no date to leave out.
 */
export function readTriggers(view: UnitView, locale: EventLocale): void {
  if (view.triggers === UNREAD) (view as { triggers: readonly TriggerMatch[] }).triggers = unitTriggers(view.text, view.latin, [], view.mentions, locale);
}

/** The trigger words of a unit's text outside its dates and names, not negated. */
function unitTriggers(text: string, latin: boolean, unitDates: readonly LocalDate[], outer: readonly LocalMention[], locale: EventLocale, lower?: string): TriggerMatch[] {
  // a word inside a date or a name ("Rassemblement national", "Initiative … pour la paix") names no event
  const namesTaken = rangeSet(outer);
  const datesTaken = rangeSet(unitDates);
  const out: TriggerMatch[] = [];
  for (const t of findTriggers(text, locale, latin, lower ?? text.toLowerCase())) {
    if (overlaps(namesTaken, t.from, t.to) || (overlaps(datesTaken, t.from, t.to) && inDate(t, unitDates))) continue;
    // what did not happen ("n'a pas encore annoncé") is no event
    if (t.kind === 'verb' && pieceExec(locale.negated, text.slice(Math.max(0, t.from - 20), t.from), latin) !== null) continue;
    out.push(t);
  }
  return out;
}

/** True when a trigger overlaps a date, except a verb around it ("a hier avoué": a date between the auxiliary and the participle leaves the verb whole). */
function inDate(t: TriggerMatch, dates: readonly LocalDate[]): boolean {
  for (const d of dates) if (d.from < t.to && t.from < d.to && !(t.kind === 'verb' && d.from > t.from && d.to < t.to)) return true;
  return false;
}

/** `latinExec(pattern, piece)` for a piece of `view.text` (a slice of it): the same match, the domain not asked again. */
export function viewExec(view: UnitView, pattern: RegExp, piece: string): RegExpExecArray | null {
  return pieceExec(pattern, piece, view.latin);
}

/** `latinTest(pattern, piece)` for a piece of `view.text` (a slice of it). */
export function viewTest(view: UnitView, pattern: RegExp, piece: string): boolean {
  return viewExec(view, pattern, piece) !== null;
}

/** "(28 juillet 1934 - 24 février 2018)": two full days of different years alone in brackets, a birth and a death. */
function lifespan(text: string, start: LocalDate, end: LocalDate): boolean {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return day.test(start.value) && day.test(end.value) && start.value.slice(0, 4) !== end.value.slice(0, 4) && /\(\s*$/.test(text.slice(0, start.from)) && /^\s*\)/.test(text.slice(end.to));
}

/**
 * "secrétaire d'État de 1981 à 1986": a closed interval whose two ends are in the unit is one date for events, its start
 * with the interval's value; its end dates nothing of its own. A lifespan in brackets ("(28 juillet 1934 - 24 février
 * 2018)") stays two days: a birth and a death. Edits `dates` (sorted by position) in place.
 */
function spanIntervals(text: string, dates: LocalDate[], ranges: ReadonlyMap<string, Interval>): void {
  if (ranges.size === 0) return;
  for (let i = 0; i < dates.length; i++) {
    const range = ranges.get(dates[i]!.date.id);
    if (!range?.end) continue;
    const j = dates.findIndex((e) => e.date.id === range.end);
    if (j <= i) continue;
    const [start, end] = [dates[i]!, dates[j]!];
    if (lifespan(text, start, end)) continue;
    dates[i] = { date: start.date, from: start.from, to: end.to, value: range.value, interval: range.id };
    dates.splice(j, 1);
  }
}

/**
 * The mentions that no strictly longer mention contains, in one pass: `sorted` is ordered by start, then longest
 * first, so only the mentions before one can contain it (a unit naming the same body thousands of times stays linear).
 */
export function outermost(sorted: readonly LocalMention[]): LocalMention[] {
  const out: LocalMention[] = [];
  let reachBefore = -1; // the furthest end among mentions that start before the current start
  let reachHere = -1; // the furthest end among earlier mentions with the current start
  let at = -1;
  for (const m of sorted) {
    if (m.from !== at) {
      reachBefore = Math.max(reachBefore, reachHere);
      reachHere = -1;
      at = m.from;
    }
    if (!(reachBefore >= m.to || reachHere > m.to)) out.push(m);
    reachHere = Math.max(reachHere, m.to);
  }
  return out;
}

/**
 * Ranges asked whether they overlap [from, to), in O(log n) a question: their starts in order, and `reach[i]`, the
 * furthest end among the first i + 1 ranges by start. (A plain object, not a class instance: see `overlaps`.)
 */
interface RangeSet {
  readonly froms: readonly number[];
  readonly reach: readonly number[];
}

const byFrom = (a: { from: number }, b: { from: number }): number => a.from - b.from;

function rangeSet(ranges: ReadonlyArray<{ from: number; to: number }>): RangeSet {
  // (the callers' ranges come sorted by start: the copy and the sort only for others)
  let sorted = ranges;
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i - 1]!.from > ranges[i]!.from) {
      sorted = [...ranges].sort(byFrom);
      break;
    }
  }
  const froms: number[] = [];
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const r of sorted) {
    froms.push(r.from);
    reach.push((furthest = Math.max(furthest, r.to)));
  }
  // (a literal's shape lives as long as this code: the fields a class instance gets one by one make shapes that die with
  // the last instance, and code specialised on them is thrown away at the next full garbage collection)
  return { froms, reach };
}

/** True when a range of `set` shares a position with [from, to). */
function overlaps(set: RangeSet, from: number, to: number): boolean {
  // the ranges that start before `to`, then whether one of them ends after `from`
  const { froms, reach } = set;
  let lo = 0;
  let hi = froms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (froms[mid]! < to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && reach[lo - 1]! > from;
}

/** "le 3 avril à 18 h", "du 5 au 9 juin": one moment or one range, so one event; keeps the more precise start. */
function mergeAdjacentDates(text: string, dates: readonly LocalDate[]): LocalDate[] {
  const out: LocalDate[] = [];
  for (const d of dates) {
    const last = out[out.length - 1];
    const between = last ? text.slice(last.to, d.from) : '';
    const related = last && !last.interval && !d.interval ? d.value.startsWith(last.value) || last.value.startsWith(d.value) : false;
    if (last && !lifespan(text, last, d) && (/^\s*(?:à|au|-|–|jusqu'(?:au|à|en))\s*$/iu.test(between) || (related && /^\s*,?\s*$/u.test(between)))) {
      if (d.value.startsWith(last.value) && d.value.length > last.value.length) out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out;
}

/** Index of the clause holding unit-text position `at` (the last one starting before it when it falls between clauses). */
export function clauseOf(view: UnitView, at: number): number {
  // (clauses are in order and apart: the one holding `at`, if any, is the last one starting at or before it)
  const { clauses } = view;
  let best = 0;
  for (let j = 0; j < clauses.length; j++) {
    const c = clauses[j]!;
    if (at >= c.from && at < c.to) return j;
    if (c.from <= at) best = j;
  }
  return best;
}

/** "…, précise Paul Girard.": clause `i` closes the sentence on a verb and a name, the source of what the sentence tells. */
export function closingIncise(view: UnitView, i: number, locale: EventLocale): boolean {
  const c = view.clauses[i];
  return !!c && i === view.clauses.length - 1 && view.mentions.some((m) => m.to >= c.to - 1 && m.from >= c.from && viewTest(view, locale.closingIncise, view.text.slice(c.from, m.from)));
}

/** True when range `t` lies inside clause `c` (unit-text positions). */
export const within = (t: { from: number; to: number }, c: Clause): boolean => t.from >= c.from && t.to <= c.to;

/** Characters between two ranges (0 when they overlap). */
export function gap(a: { from: number; to: number }, b: { from: number; to: number }): number {
  return a.to <= b.from ? b.from - a.to : b.to <= a.from ? a.from - b.to : 0;
}

/** The nearest event noun before `at` in the unit. */
export function nounBefore(view: UnitView, at: number): TriggerMatch | undefined {
  let last: TriggerMatch | undefined;
  for (const t of view.triggers) if (t.kind === 'noun' && t.to <= at) last = t;
  return last;
}

/**
 * The trigger of a main clause: its lexicon verb, else an event noun that is
 * its subject ("le sommet s'est tenu"), else the noun a light verb tells of,
 * else a compound tense ("il avait renoncé à l'élection"), else any noun,
 * light verb or infinitive.
 */
export function mainTrigger(view: UnitView, clause: Clause, exclude?: { from: number; to: number }): TriggerMatch | undefined {
  const inside = view.triggers.filter((t) => within(t, clause) && !(exclude && t.from < exclude.to && exclude.from < t.to));
  const verb = inside.find((t) => t.kind === 'verb' && !t.light && !t.generic && !t.weak);
  if (verb) return verb;
  const generic = inside.find((t) => t.generic);
  const noun = inside.find((t) => t.kind === 'noun');
  if (noun && (!generic || noun.to <= generic.from)) return noun;
  const light = inside.find((t) => t.light);
  return (
    (light ? nounBefore(view, light.from) : undefined) ??
    generic ??
    noun ??
    // "le trafic a repris": the light verb is all the clause says
    light ??
    inside.find((t) => t.weak)
  );
}

/** True when a clause says nothing but a date and its preposition ("Ce jour-là", "Le 3 avril"). */
export function dateOnly(view: UnitView, clause: Clause, locale: EventLocale): boolean {
  if (view.triggers.some((t) => within(t, clause))) return false;
  // the words of the clause outside its dates (runs of characters other than white space and apostrophes), up to four:
  // read off the text between the dates (in text order), no copy of the clause with its dates blanked out
  const words: string[] = [];
  let at = clause.from;
  for (const d of view.dates) {
    if (d.from < clause.from || d.to > clause.to || d.to <= at) continue;
    if (!readWords(view.text, at, Math.max(d.from, at), words)) return false;
    at = d.to;
  }
  if (!readWords(view.text, at, clause.to, words)) return false;
  // (each word a piece of the view's text, in its domain, and so with an apostrophe after it)
  return words.every((w) => viewTest(view, locale.temporalFiller, w) || viewTest(view, locale.temporalFiller, `${w}'`));
}

/** Adds to `words` those of `text` in [from, to) (runs of characters other than white space and apostrophes); false past three words. */
function readWords(text: string, from: number, to: number, words: string[]): boolean {
  for (let i = from; i < to; ) {
    const code = text.charCodeAt(i);
    if (code === 0x27 || isSpaceCode(code)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && text.charCodeAt(j) !== 0x27 && !isSpaceCode(text.charCodeAt(j))) j++;
    if (words.push(text.slice(i, j)) > 3) return false;
    i = j;
  }
  return true;
}

/** The verb triggers inside a clause, in order. */
function verbsIn(triggers: readonly TriggerMatch[], clause: Clause): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (const t of triggers) if (within(t, clause) && t.kind === 'verb') out.push(t);
  return out;
}

/**
 * Ranges before clause `ci` that hold its subject when it has none of its
 * own: a clause that starts with its verb ("Macron, président, a rencontré")
 * takes what precedes the last verb before it; a relative clause ("qui a
 * revendiqué") takes the end of the clause before it.
 */
export function subjectRanges(view: UnitView, ci: number, locale: EventLocale): Array<[number, number]> {
  const { clauses, text, triggers } = view;
  const c = clauses[ci]!;
  const piece = text.slice(c.from, c.to);
  if (viewTest(view, locale.relativeStart, piece)) {
    const prev = clauses[ci - 1];
    if (!prev) return [];
    const last = verbsIn(triggers, prev).pop();
    return [[last ? last.to : prev.from, prev.to]];
  }
  // "Le ministre, Marc Dupont, recevra …": a clause that opens on its finite verb has its subject before it
  const opensOnVerb = triggers.some((t) => t.kind === 'verb' && t.from === c.from && !t.weak);
  // "…, après avoir fini second en 2015": an infinitive clause has the main clause's subject
  if (!viewTest(view, locale.startsWithVerb, piece) && !opensOnVerb && !viewTest(view, locale.infinitiveStart, piece)) return [];
  const out: Array<[number, number]> = [];
  for (let i = ci - 1; i >= 0; i--) {
    const prev = clauses[i]!;
    const verb = verbsIn(triggers, prev)[0];
    // "Les recherches, qui ont mobilisé un avion de la Marine nationale, ont été suspendues": the subject's relative
    // (no date of its own) names who took part in what the subject names; the subject is before it
    const relative = i > 0 && viewTest(view, locale.relativeStart, text.slice(prev.from, prev.to)) && !view.dates.some((d) => d.from >= prev.from && d.to <= prev.to);
    if (verb && !relative) {
      out.push([prev.from, verb.from]);
      break;
    }
    out.push([prev.from, prev.to]);
  }
  return out;
}
