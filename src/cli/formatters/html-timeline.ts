/**
 * The timeline of the HTML report, drawn in SVG: one row per event, a mark at
 * its date on a calendar axis (a bar for an interval or for a fuzzy date such
 * as "fin mars", a dot for a day), labelled with the date, the trigger and
 * who, and linked to its sentence. Long empty stretches of time are cut out
 * of the axis (drawn as a break). Events whose year is not known are drawn
 * apart on a January–December axis; events with no calendar value
 * (PRESENT_REF …) are listed last. Pure.
 */
import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';
import { formatDay, fromDayNumber, dayNumber } from '../../dates/calendar.js';
import type { Actor, Article, Event } from '../../types.js';
import { rangeOf, yearlessPlace, type TimeRange } from './html-time.js';
import { dateLabel } from './timeline.js';

const WIDTH = 800;
const PAD = 16;
const AXIS = 30;
const ROW = 40;
const BREAK = 18;
const LABEL_CHARS = 64;
/** Width of a character of the axis labels (12px digits), in SVG units. */
const CHAR_WIDTH = 7;
/** Shortest stretch of time an axis segment shows, in days. */
const MIN_DAYS = 10;

export type TimelineGroup = 'dated' | 'yearless' | 'other';

interface Row {
  readonly event: Event;
  readonly index: number;
  readonly group: TimelineGroup;
  readonly range: TimeRange | null;
  readonly place: [number, number] | null;
}

/** Which group an event goes in, and where, in the order drawn. */
export function timelineRows(events: readonly Event[]): Row[] {
  const rows: Row[] = events.map((event, index) => {
    const range = rangeOf(event.value, event.mod);
    if (range) return { event, index, group: 'dated', range, place: null };
    if (event.value.startsWith('XXXX')) return { event, index, group: 'yearless', range: null, place: yearlessPlace(event.value) };
    return { event, index, group: 'other', range: null, place: null };
  });
  const rank = { dated: 0, yearless: 1, other: 2 } as const;
  const start = (r: Row) => r.range?.start ?? r.place?.[0] ?? -1;
  const end = (r: Row) => r.range?.end ?? r.place?.[1] ?? -1;
  return rows.sort((a, b) => rank[a.group] - rank[b.group] || start(a) - start(b) || end(a) - end(b) || a.index - b.index);
}

interface Segment {
  /** Days [from, to) shown, and where they are drawn [x0, x1). */
  readonly from: number;
  readonly to: number;
  readonly x0: number;
  readonly x1: number;
}

/** The axis: stretches of time holding the ranges, with long empty gaps between them cut out. */
export function axisSegments(ranges: readonly (readonly [number, number])[], x0 = PAD, x1 = WIDTH - PAD): Segment[] {
  if (ranges.length === 0) return [];
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const total = Math.max(1, Math.max(...sorted.map((r) => r[1])) - sorted[0]![0]);
  const clusters: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = clusters[clusters.length - 1];
    // a gap is cut when it is most of the time shown and longer than two months
    if (last && a - last[1] <= Math.max(0.3 * total, 60)) last[1] = Math.max(last[1], b);
    else clusters.push([a, b]);
  }
  // a few days at least, so that a day is a point and not the whole axis
  const padded = clusters.map(([a, b]): [number, number] => {
    const margin = Math.max((b - a) * 0.04, (MIN_DAYS - (b - a)) / 2);
    return [a - margin, b + margin];
  });
  const spans = padded.map(([a, b]) => b - a);
  const sum = spans.reduce((x, y) => x + y, 0);
  const weights = spans.map((d) => Math.max(d, sum * 0.12));
  const weightSum = weights.reduce((x, y) => x + y, 0);
  const room = x1 - x0 - BREAK * (clusters.length - 1);
  const segments: Segment[] = [];
  let x = x0;
  padded.forEach(([a, b], i) => {
    const w = (room * weights[i]!) / weightSum;
    segments.push({ from: a, to: b, x0: x, x1: x + w });
    x += w + BREAK;
  });
  return segments;
}

/** The x of a day on the axis (clamped into the segment that holds it, or the nearest one). */
export function xOf(day: number, segments: readonly Segment[]): number {
  let best = segments[0]!;
  for (const seg of segments) if (day >= seg.from) best = seg;
  const t = Math.max(0, Math.min(1, (day - best.from) / (best.to - best.from)));
  return best.x0 + t * (best.x1 - best.x0);
}

interface Tick {
  readonly x: number;
  readonly label: string;
  /** Where the label stands against its tick (the first ones of the axis start at it, so they are not cut). */
  readonly anchor?: 'start' | 'middle';
}

/** Ticks of one segment: years, months or days, as many as fit. */
function segmentTicks(seg: Segment): Tick[] {
  const days = seg.to - seg.from;
  const first = fromDayNumber(Math.floor(seg.from));
  const last = fromDayNumber(Math.ceil(seg.to));
  const candidates: [number, string][] = [];
  if (days > 3 * 365) {
    for (let y = first.year; y <= last.year + 1; y++) candidates.push([dayNumber(y, 1, 1), String(y)]);
  } else if (days > 45) {
    for (let i = first.year * 12 + first.month - 1; i <= last.year * 12 + last.month; i++) {
      const y = Math.floor(i / 12);
      const m = (i % 12) + 1;
      candidates.push([dayNumber(y, m, 1), `${y}-${String(m).padStart(2, '0')}`]);
    }
  } else {
    for (let d = Math.ceil(seg.from); d <= Math.floor(seg.to); d++) candidates.push([d, formatDay(d)]);
  }
  const ticks: Tick[] = [];
  let right = -Infinity;
  for (const [day, label] of candidates) {
    if (day < seg.from || day > seg.to) continue;
    const x = seg.x0 + ((day - seg.from) / (seg.to - seg.from)) * (seg.x1 - seg.x0);
    // labels never overlap: a label near the start of the segment starts at its tick
    const width = label.length * CHAR_WIDTH;
    const anchor = x - seg.x0 < width / 2 ? 'start' : 'middle';
    const left = anchor === 'start' ? x : x - width / 2;
    if (left < right + 10 || left + width > seg.x1 + 12) continue;
    right = left + width;
    ticks.push({ x, label, anchor });
  }
  return ticks;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

function axis(segments: readonly Segment[], ticks: readonly Tick[], y: number): Element {
  const nodes: ElementContent[] = [];
  segments.forEach((seg, i) => {
    nodes.push(s('line', { x1: fmt(seg.x0), x2: fmt(seg.x1), y1: fmt(y), y2: fmt(y) }));
    if (i > 0) {
      // a break: two slanted strokes where time was cut out
      const bx = seg.x0 - BREAK / 2;
      nodes.push(s('path', { class: 'break', d: `M${fmt(bx - 4)} ${fmt(y + 5)}l4 -10M${fmt(bx + 1)} ${fmt(y + 5)}l4 -10` }));
    }
  });
  for (const t of ticks) {
    nodes.push(s('line', { x1: fmt(t.x), x2: fmt(t.x), y1: fmt(y - 4), y2: fmt(y + 4) }));
    nodes.push(s('text', { x: fmt(t.x), y: fmt(y - 8), 'text-anchor': t.anchor ?? 'middle' }, t.label));
  }
  return s('g', { class: 'axis' }, nodes);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The label of an event: date, trigger (and 'planned' or 'reported' when it only is), who. */
export function eventLabel(event: Event, byId: ReadonlyMap<string, Actor>): string {
  const who = event.actors.map((id) => byId.get(id)?.name ?? id);
  const whoText = who.length > 3 ? `${who.slice(0, 3).join(', ')} +${who.length - 3}` : who.join(', ');
  const status = event.status && event.status !== 'occurred' ? ` (${event.status})` : '';
  return `${dateLabel(event)} · ${event.trigger}${status}${whoText ? ` — ${whoText}` : ''}`;
}

export interface TimelineOptions {
  /** The id of the element holding the event's sentence in the page. */
  target(event: Event): string | null;
}

/** The events in the timeline's order as a list, for narrow screens and screen readers. */
export function timelineList(article: Article, options: TimelineOptions): Element {
  const byId = new Map(article.actors.map((a) => [a.id, a] as const));
  return h(
    'ol',
    { className: 'tl-list' },
    timelineRows(article.events).map(({ event }) => {
      const target = options.target(event);
      const label = eventLabel(event, byId);
      return h('li', { dataEvent: event.id }, target ? h('a', { href: `#${target}` }, label) : label);
    }),
  );
}

/** The SVG timeline of an article's events, or null when it has none. */
export function timelineSvg(article: Article, options: TimelineOptions): Element | null {
  if (article.events.length === 0) return null;
  const byId = new Map(article.actors.map((a) => [a.id, a] as const));
  const rows = timelineRows(article.events);
  const dated = rows.filter((r) => r.group === 'dated');
  const segments = axisSegments(dated.map((r) => [r.range!.start, r.range!.end] as const));
  const nodes: ElementContent[] = [];
  let y = 0;
  if (dated.length) {
    y += AXIS;
    nodes.push(axis(segments, segments.flatMap(segmentTicks), y));
    y += 6;
  }
  // the January–December axis of the dates without a year
  const yearSegments: Segment[] = [{ from: 0, to: 1, x0: PAD, x1: WIDTH - PAD }];
  let group: TimelineGroup = 'dated';
  for (const row of rows) {
    if (row.group !== group) {
      group = row.group;
      y += 24;
      nodes.push(s('text', { class: 'apart-title', x: String(PAD), y: fmt(y) }, group === 'yearless' ? 'Year not given (placed within a year)' : 'Not on a calendar'));
      if (group === 'yearless') {
        const ticks = Array.from({ length: 12 }, (_, m) => ({
          x: PAD + ((dayNumber(2000, m + 1, 1) - dayNumber(2000, 1, 1)) / 366) * (WIDTH - 2 * PAD),
          label: String(m + 1).padStart(2, '0'),
        }));
        y += 30;
        nodes.push(axis(yearSegments, ticks, y));
      }
      y += 6;
    }
    nodes.push(eventMark(row, segments, yearSegments, y, byId, options));
    y += ROW;
  }
  const height = y + 8;
  return s(
    'svg',
    {
      class: 'timeline',
      viewBox: `0 0 ${WIDTH} ${fmt(height)}`,
      width: String(WIDTH),
      height: fmt(height),
      role: 'img',
      'aria-labelledby': 'timeline-title',
      xmlns: 'http://www.w3.org/2000/svg',
    },
    [s('title', { id: 'timeline-title' }, `Timeline of ${article.events.length} event${article.events.length === 1 ? '' : 's'}`), ...nodes],
  );
}

function eventMark(row: Row, segments: readonly Segment[], yearSegments: readonly Segment[], y: number, byId: ReadonlyMap<string, Actor>, options: TimelineOptions): Element {
  const { event } = row;
  const label = eventLabel(event, byId);
  const my = y + 26;
  let x0 = PAD;
  let x1 = PAD;
  const shapes: ElementContent[] = [];
  let fuzzy = false;
  if (row.range) {
    const r = row.range;
    x0 = r.openStart ? segments[0]!.x0 : xOf(r.start, segments);
    x1 = r.openEnd ? segments[segments.length - 1]!.x1 : xOf(r.end, segments);
    fuzzy = r.fuzzy || r.openStart || r.openEnd;
  } else if (row.place) {
    x0 = xOf(row.place[0], yearSegments);
    x1 = xOf(row.place[1], yearSegments);
  }
  // where the mark begins, before a point is centred on its day
  const startX = x0;
  if (row.range || row.place) {
    // a day or less is a point in time; a longer period, an interval or a fuzzy date is a bar
    const point = row.range ? row.range.end - row.range.start <= 1 && !row.range.openStart && !row.range.openEnd : row.place![1] - row.place![0] < 1 / 300;
    if (point || x1 - x0 < 6) {
      const cx = (x0 + x1) / 2;
      shapes.push(s('circle', { class: 'bar', cx: fmt(cx), cy: fmt(my), r: '5' }));
      x0 = x1 = cx;
    } else {
      shapes.push(s('rect', { class: fuzzy ? 'bar fuzzy' : 'bar', x: fmt(x0), y: fmt(my - 4), width: fmt(x1 - x0), height: '8', rx: '3' }));
      if (row.range?.openStart) shapes.push(s('path', { class: 'bar', d: `M${fmt(x0 - 6)} ${fmt(my)}l7 -6v12z` }));
      if (row.range?.openEnd) shapes.push(s('path', { class: 'bar', d: `M${fmt(x1 + 6)} ${fmt(my)}l-7 -6v12z` }));
    }
  } else {
    // no place on any axis: a hollow mark at the start of the row
    shapes.push(s('circle', { cx: fmt(PAD + 5), cy: fmt(my), r: '5', fill: 'none', stroke: '#555', 'stroke-width': '1.5' }));
    x0 = x1 = PAD + 5;
  }
  const right = x0 > WIDTH / 2;
  const text = s('text', { x: fmt(right ? Math.max(x1, x0) : x0), y: fmt(y + 12), 'text-anchor': right ? 'end' : 'start' }, clip(label, LABEL_CHARS));
  const target = options.target(event);
  const attrs = {
    class: 'tl-ev',
    id: `tl-${event.id}`,
    'data-event': event.id,
    'data-group': row.group,
    'data-x': fmt(startX),
    ...(row.range ? { 'data-start': String(row.range.start), 'data-end': String(row.range.end) } : {}),
  };
  const children = [s('title', label), s('line', { class: 'guide', x1: String(PAD), x2: fmt(WIDTH - PAD), y1: fmt(my), y2: fmt(my) }), ...shapes, text];
  return target ? s('a', { ...attrs, href: `#${target}` }, children) : s('g', attrs, children);
}
