/**
 * `--format timeline`: the article's events sorted by date, one line each
 * (date, what, who, where). Pure: colour is an option, never read from the
 * environment. Dates with an unknown year (XXXX-04-03) sort after the dated
 * ones by what is known, and are marked.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { formatDay, isoWeekMonday } from '../../dates/calendar.js';
import type { Actor, Article, Event } from '../../types.js';

const MOD_ORDER: Readonly<Record<string, number>> = { START: 0, EARLY: 0, MID: 1, END: 2, LATE: 2 };

/**
 * Sort key of a TIMEX3 value: unknown parts ("X") after any digit, so the known parts order the rest; an interval
 * ("1992/1993", "../2024-05-03") by its first known end; a week ("2024-W12") by its Monday, among the days (a weekend by its Saturday).
 */
function key(value: string): string {
  const known = value.split('/').find((v) => v !== '..') ?? value;
  const week = /^(\d{4})-W(\d{2})(-WE)?/.exec(known);
  if (week) return formatDay(isoWeekMonday(Number(week[1]), Number(week[2])) + (week[3] ? 5 : 0)) + known.slice(week[0].length);
  return known.replace(/X/g, '~');
}

/** Events in timeline order: by value, then part of the period (START < MID < END), then document order. */
export function timelineOrder(events: readonly Event[]): Event[] {
  return events
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => {
      // by day (a coarser value, "2024-03", before its days); within a day the text's order, which tells the story
      // (times of day are left out: "la nuit" and an untimed event cannot be ordered consistently)
      const da = key(a.value).split('T')[0]!;
      const db = key(b.value).split('T')[0]!;
      if (da !== db) return da < db ? -1 : 1;
      return (MOD_ORDER[a.mod ?? ''] ?? -1) - (MOD_ORDER[b.mod ?? ''] ?? -1) || i - j;
    })
    .map(([e]) => e);
}

/**
 * The date as shown: value, its mod, and a mark when the year is unknown; an event that spans an interval shows it as
 * one range, start–end ("1992–1993", "2019–…" for an open end).
 */
export function dateLabel(event: Event): string {
  const range = event.interval !== undefined && event.value.includes('/');
  const shown = range ? event.value.split('/').map((v) => (v === '..' ? '…' : v)).join('–') : event.value;
  const unknownYear = event.value.split('/').some((v) => v.startsWith('XXXX'));
  return `${shown}${event.mod ? ` ${event.mod}` : ''}${unknownYear ? ' (year?)' : ''}`;
}

const names = (ids: readonly string[], byId: ReadonlyMap<string, Actor>) => ids.map((id) => byId.get(id)?.name ?? id);

/** One line per event; `byId` gives actor names. */
export function timelineLines(article: Article, c: ChalkInstance): string[] {
  const byId = new Map(article.actors.map((a) => [a.id, a] as const));
  const ordered = timelineOrder(article.events);
  // tellings of one event that disagree (an event-conflict diagnostic points into them)
  const conflictSpans = article.diagnostics.filter((d) => d.ruleId === 'event-conflict').flatMap((d) => (d.related ?? []).map((r) => r.span));
  const disputed = new Set(
    article.events.filter((e) => conflictSpans.some((s) => s.start.offset >= e.span.start.offset && s.end.offset <= e.span.end.offset)).map((e) => e.id),
  );
  const width = Math.max(0, ...ordered.map((e) => dateLabel(e).length));
  return ordered.map((e) => {
    const date = dateLabel(e).padEnd(width);
    const who = names(e.actors, byId);
    const where = names(e.places, byId);
    const parts = [c.cyan(date), c.bold(e.trigger)];
    // what is only planned or only reported says so; what occurred needs no word
    if (e.status && e.status !== 'occurred') parts.push(c.magenta(`(${e.status})`));
    if (who.length) parts.push(`${c.dim('who:')} ${who.join(', ')}`);
    if (where.length) parts.push(`${c.dim('where:')} ${c.green(where.join(', '))}`);
    if (e.anchoredTo) parts.push(c.dim(`(dated by ${e.anchoredTo})`));
    if (e.group) parts.push(c.yellow(`[${e.group}${disputed.has(e.id) ? ' disputed' : ''}]`));
    return `${parts.join('  ')}  ${c.dim(`${e.id}, line ${e.span.start.line}`)}`;
  });
}

/** The timeline view of one article. */
export function formatTimeline(article: Article, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines = timelineLines(article, c);
  if (lines.length === 0) return `${c.dim('no dated events')}\n`;
  return `${lines.join('\n')}\n`;
}
