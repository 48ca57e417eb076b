/**
 * The dates stage: finds temporal expressions in each unit with the locale's
 * parsers and refiners, then resolves them in document order so that
 * anaphoric expressions ("ce jour-là", "la veille") take the date the
 * narrative last set, and deictic ones the reference date.
 */
import type { StageContext, TextUnit } from '../context.js';
import { sourceRange } from '../text/mapped-text.js';
import type { DateMention, Diagnostic, InferredPart, Interval } from '../types.js';
import type { DateCandidate, DateExpr } from './date-locale.js';
import { dayNumber, formatDay, isoWeekday } from './calendar.js';
import { findCandidates, readable } from './find-candidates.js';
import { intervalOf } from './intervals.js';
import { advanceNarrative, EMPTY_NARRATIVE, narrativeDateOf, parseReference, readsTense, resolveExpr, spanEnds, type ImplicitEnd, type Narrative } from './resolve.js';

export type { DateLocale } from './date-locale.js';

/** Rule id of the warning given for each expression whose year stays unknown. */
export const YEAR_UNRESOLVED = 'date-year-unresolved';

/** A time's value put on the calendar day of another value, when that one names a day ("2024-04-04" + "T15:00"). */
function onDayOf(time: string, day: string): string {
  const t = time.indexOf('T');
  return t > 0 && /^\d{4}-\d{2}-\d{2}/.test(day) ? day.slice(0, 10) + time.slice(t) : time;
}

/** What a time that takes its day from another expression leaves unstated. */
const DAY_PARTS: readonly InferredPart[] = ['year', 'month', 'day'];

/** Finds and normalises every temporal expression (TIMEX3) of the units, in document order. */
export function findDates(units: readonly TextUnit[], context: StageContext): { dates: DateMention[]; intervals: Interval[]; diagnostics: Diagnostic[] } {
  const locale = context.locale.dates;
  const ref = parseReference(context.referenceDate.value);
  const dates: DateMention[] = [];
  const diagnostics: Diagnostic[] = [];
  /** Dates whose year nothing gives (one cause: no reference date); reported by yearWarnings. */
  const yearless: DateMention[] = [];
  const ranges: Array<{ text: string; span: Interval['span']; start: number | null; end: number | null }> = [];
  let narrative: Narrative = EMPTY_NARRATIVE;
  const headingWeekdays: Array<{ index: number; weekday: number }> = [];
  /** The last date told with its weekday ("mardi 7 mars") for each day of the week: its day number and section. */
  const toldDays = new Map<number, { day: number; section: string }>();
  for (const unit of units) {
    const text = readable(unit.text);
    const candidates = findCandidates(text, locale);
    if (candidates.length === 0) continue;
    // the clause's tense, read only for a unit with a candidate that it can change (half of the dated units have none: a
    // full date, a duration), and only for such a candidate
    const tenseAt = candidates.some(asksTense) ? locale.tenses(text) : null;
    // the implicit ends of a duration over whole units next to the reference ("les deux derniers mois") follow it in `dates`
    const ends = candidates.map((c) => (c.expr.kind === 'duration' && c.expr.spans && ref ? spanEnds(c.expr.spans, ref) : null));
    const { indexAt, timesOf } = linksOf(candidates, dates.length, ends);
    for (let k = 0; k < candidates.length; k++) {
      const candidate = candidates[k]!;
      const tense = tenseAt !== null && asksTense(candidate) ? tenseAt(candidate.from, candidate.to) : null;
      const direction = tense ?? context.prefer;
      // the end of a range that leaves its year or week open is read forward from the range's start
      const opening = candidate.rangeFrom !== undefined ? dates[indexAt.get(candidate.rangeFrom) ?? -1] : undefined;
      // (a month start reads from its first day: "de janvier à mars" written in February is January to March next year)
      const startDay = opening ? parseReference(/^\d{4}-\d{2}$/.test(opening.value) ? `${opening.value}-01` : opening.value) : null;
      const openEnd = candidate.expr.kind === 'calendar' && candidate.expr.year === undefined && candidate.expr.time === undefined;
      // (the environment written out field by field: one shape for every call, where a spread built it on the fly)
      const forward = startDay !== null && openEnd;
      const r = resolveExpr(candidate.expr, {
        ref: forward ? { day: startDay.day, minutes: null } : ref,
        direction: forward ? 'future' : direction,
        tense: forward ? 'future' : tense,
        narrative,
        mod: candidate.mod ?? null,
        paragraph: unit.paragraph,
        unit: unit.index,
      });
      const id = `d${dates.length + 1}`;
      // (the id a candidate will get is "d" and one more than its index)
      const dayAt = candidate.anchorAt !== undefined ? indexAt.get(candidate.anchorAt) : undefined;
      const dayId = dayAt !== undefined ? `d${dayAt + 1}` : undefined;
      const inferred = dayId ? DAY_PARTS : r.inferred;
      // the time takes the day as resolved ("le lendemain à midi": the day after once, not twice)
      const day = candidate.anchorAt !== undefined ? dates[indexAt.get(candidate.anchorAt) ?? -1] : undefined;
      // "à partir du mardi 7 mars … un trafic perturbé mardi": with no tense to say which, a bare weekday is the one just told
      const told = tense === null && ref ? toldWeekday(candidate.expr, toldDays, ref.day, unit.section) : undefined;
      const own = told !== undefined ? formatDay(told) + r.value.replace(/^[^T]*/, '') : r.value;
      const value = day ? onDayOf(own, day.value) : own;
      const [start, end] = sourceRange(unit, candidate.from, candidate.to);
      const span = context.lines.span(start, end);
      // (the optional fields added one by one, in the contract's order: no spread of a throw-away object per field)
      const made: { -readonly [K in keyof DateMention]?: DateMention[K] } = { id, text: unit.text.slice(candidate.from, candidate.to), span, type: r.type, value, mod: candidate.mod ?? null, anchor: dayId ?? r.anchor };
      if (r.resolved) made.resolved = r.resolved;
      if (r.quant) made.quant = r.quant;
      if (inferred.length) made.inferred = [...inferred];
      made.section = unit.section;
      const mention = made as DateMention;
      dates.push(mention);
      // (indexed loops, where a `for … of` over `?? []` made an empty array and an iterator per candidate)
      const implicit = ends[k];
      if (implicit) for (let j = 0; j < implicit.length; j++) dates.push(implicitEnd(`d${dates.length + 1}`, implicit[j]!, id, unit.section));
      // (only a date stated with its weekday, "mardi 7 mars", and not in a heading: a heading sums up, see sameDayAsBody)
      const stated = candidate.expr.kind === 'calendar' && candidate.expr.weekday !== undefined && candidate.expr.day !== undefined && candidate.expr.month !== undefined;
      const full = stated && !unit.heading && !candidate.bound ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
      if (full) {
        const n = dayNumber(Number(full[1]), Number(full[2]), Number(full[3]));
        toldDays.set(isoWeekday(n), { day: n, section: unit.section });
      }
      const e = candidate.expr;
      if (unit.heading && e.kind === 'calendar' && e.weekday !== undefined && e.day === undefined && e.month === undefined) headingWeekdays.push({ index: dates.length - 1, weekday: e.weekday });
      // a time told before its day ("à 15 h jeudi") takes it now
      const times = timesOf.size > 0 ? timesOf.get(candidate.from) : undefined;
      if (times) {
        for (let j = 0; j < times.length; j++) {
          const i = times[j]!;
          const earlier = dates[i];
          if (earlier) dates[i] = { ...earlier, value: onDayOf(earlier.value, value) };
        }
      }
      // an anaphor ("ce jour-là") inherits its anchor's unknown year: the anchor's warning says it once
      if (r.unresolved && !ref && !(dayId ?? r.anchor)) yearless.push(mention);
      // (a year the text states with a finer date, "l'été 2002", "en mars 2002", can date the story's year-less dates; a bare
      // year, "par rapport à 1990", sets no story time)
      const e0 = candidate.expr;
      const yearStated = 'year' in e0 && e0.year !== undefined && (e0.kind !== 'calendar' || e0.month !== undefined);
      if ((r.type === 'DATE' || r.type === 'TIME') && candidate.expr.kind !== 'literal' && !candidate.bound) narrative = advanceNarrative(narrative, narrativeDateOf(id, value, unit.paragraph, { unit: unit.index, stated: yearStated }));
      // "trois jours plus tard" moves the story on to the day it points at
      else if (candidate.expr.kind === 'duration' && candidate.expr.counted && r.resolved) narrative = advanceNarrative(narrative, narrativeDateOf(id, r.resolved, unit.paragraph, { unit: unit.index }));
    }
    // ranges and open intervals ("du 13 au 15 juillet", "depuis 2019"), once the unit's ends have their final values
    for (const spec of locale.intervals?.(candidates, text) ?? []) {
      const [start, end] = sourceRange(unit, spec.from, spec.to);
      const index = (from: number | null) => (from === null ? null : (indexAt.get(from) ?? -1));
      // (a duration's own interval lies between the two implicit ends after it, when the reference gave them)
      const at = spec.implicit ? index(spec.start)! : -1;
      if (spec.implicit && dates[at + 1]?.anchor !== dates[at]?.id) continue;
      ranges.push({ text: unit.text.slice(spec.from, spec.to), span: context.lines.span(start, end), start: spec.implicit ? at + 1 : index(spec.start), end: spec.implicit ? at + 2 : index(spec.end) });
    }
  }
  sameDayAsBody(dates, headingWeekdays);
  // ranges and open intervals ("du 13 au 15 juillet", "depuis 2019"), once their ends have their final values
  const intervals: Interval[] = [];
  for (const range of ranges) {
    const found = intervalOf(range.start === null ? null : dates[range.start], range.end === null ? null : dates[range.end]);
    if (found) intervals.push({ id: `i${intervals.length + 1}`, text: range.text, span: range.span, ...found });
  }
  return { dates, intervals, diagnostics: [...diagnostics, ...yearWarnings(yearless)] };
}

/** An end of a duration that the text leaves unwritten: no text, no span, anchored to the duration. */
function implicitEnd(id: string, end: ImplicitEnd, duration: string, section: string): DateMention {
  return { id, text: '', span: null, type: end.type, value: end.value, mod: null, anchor: duration, implicit: true, section };
}

/** Year-less dates reported one by one up to this many; the rest in one summary (a table of dates gives thousands). */
export const YEAR_WARNINGS_MAX = 20;

/**
 * One warning per year-less date, then a single warning for the rest, at the first of them, with their count: they share
 * one cause (no reference date) and one fix, and each keeps its `XXXX` value in `dates`, so nothing is lost.
 */
function yearWarnings(yearless: readonly DateMention[]): Diagnostic[] {
  const hint = 'no reference date (use --ref-date or a front matter date:)';
  const each = yearless.slice(0, YEAR_WARNINGS_MAX).map((mention): Diagnostic => ({
    ruleId: YEAR_UNRESOLVED,
    severity: 'warning',
    message: `The year of "${mention.text}" cannot be resolved: ${hint}.`,
    span: mention.span,
  }));
  const rest = yearless.slice(YEAR_WARNINGS_MAX);
  const first = rest[0];
  if (!first) return each;
  const others = rest.length === 1 ? '' : ` and of ${rest.length - 1} later dates`;
  return [...each, { ruleId: YEAR_UNRESOLVED, severity: 'warning', message: `The year of "${first.text}"${others} cannot be resolved: ${hint}.`, span: first.span }];
}

/**
 * How a unit's candidates point at each other, by start offset: the index each will get, whose id is "d" and one more
 * (ids are given in order, so a time can name the day it takes, "jeudi à 15 h", before or after it; the implicit ends of
 * a duration take the places right after it), and the times that take each day.
 */
function linksOf(candidates: readonly DateCandidate[], base: number, ends: ReadonlyArray<readonly unknown[] | null>): { indexAt: Map<number, number>; timesOf: Map<number, number[]> } {
  const indexAt = new Map<number, number>();
  const timesOf = new Map<number, number[]>();
  let next = base;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    // (a later candidate at the same start takes the place, as the entries of a Map built in order would)
    indexAt.set(c.from, next);
    if (c.anchorAt !== undefined) {
      const times = timesOf.get(c.anchorAt);
      if (times) times.push(next);
      else timesOf.set(c.anchorAt, [next]);
    }
    next += 1 + (ends[i]?.length ?? 0);
  }
  return { indexAt, timesOf };
}

/** A bare weekday ("mardi", "mardi soir"): no day of the month, no month. */
const isBareWeekday = (e: DateExpr): e is Extract<DateExpr, { kind: 'calendar' }> & { weekday: number } => e.kind === 'calendar' && e.weekday !== undefined && e.day === undefined && e.month === undefined;

/** Whether the clause's tense can change what findDates makes of a candidate: its resolution, or toldWeekday's answer. */
const asksTense = (c: DateCandidate): boolean => readsTense(c.expr) || isBareWeekday(c.expr);

/** The day of a bare weekday ("mardi", "mardi soir") within a week of the reference date, if its section named it in full. */
function toldWeekday(e: DateExpr, told: ReadonlyMap<number, { day: number; section: string }>, refDay: number, section: string): number | undefined {
  if (!isBareWeekday(e)) return undefined;
  if (e.habitual || e.current || e.direction) return undefined;
  const t = told.get(e.weekday);
  return t && t.section === section && Math.abs(t.day - refDay) <= 7 ? t.day : undefined;
}

/**
 * A heading names the day its section tells of: a bare weekday in a heading ("Une marche blanche samedi", often with no
 * verb to give a tense) takes the date of the first same weekday its section's text resolves ("samedi 8 juin à 15 h").
 */
function sameDayAsBody(dates: DateMention[], headings: ReadonlyArray<{ index: number; weekday: number }>): void {
  for (const { index, weekday } of headings) {
    const heading = dates[index]!;
    for (let i = index + 1; i < dates.length && dates[i]!.section === heading.section; i++) {
      if (dates[i]!.implicit) continue;
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dates[i]!.value);
      if (!m || isoWeekday(dayNumber(Number(m[1]), Number(m[2]), Number(m[3]))) !== weekday) continue;
      dates[index] = { ...heading, value: m[0] + heading.value.replace(/^[^T]*/, '') };
      break;
    }
  }
}
