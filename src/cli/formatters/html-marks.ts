/**
 * Marks on a block of text for the HTML report: ranges of the source (actor
 * mentions, dates, sentences) turned into properly nested elements over the
 * block's text. Marks that nest stay whole; a mark that crosses another is
 * split into pieces, and only its first piece is the "first" one (it carries
 * the id), so every mark is placed once. Zero-width points (badges) go at
 * their place between marks. Pure.
 */
import type { Element, ElementContent } from 'hast';
import type { MappedText } from '../../text/mapped-text.js';

export interface Mark {
  /** Source offsets [start, end). */
  readonly start: number;
  readonly end: number;
  /** Which mark is outside when two cover the same text: lower is outer. */
  readonly layer: number;
  /** The element around a piece of the mark; `first` is false for the pieces after a split. */
  wrap(children: ElementContent[], first: boolean): Element;
}

export interface PointMark {
  /** Source offset. */
  readonly at: number;
  node(): ElementContent;
}

/** Appends a value to the list of a key. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** First index i of a non-decreasing array with a[i] >= x (a.length when none). */
export function lowerBound(a: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index range [from, to) of the block's text that a source range covers, or null when it is not all inside the text. */
export function textRange(text: MappedText, start: number, end: number): [number, number] | null {
  const n = text.text.length;
  if (n === 0 || start < text.starts[0]! || end > text.ends[n - 1]!) return null;
  const from = lowerBound(text.starts, start);
  // the last character that ends at or before `end`
  let to = lowerBound(text.ends, end + 1);
  while (to > from && text.ends[to - 1]! > end) to--;
  return from < to ? [from, to] : null;
}

interface Placed {
  readonly mark: Mark;
  readonly from: number;
  readonly to: number;
  readonly order: number;
}

interface Frame {
  readonly placed: Placed | null;
  readonly children: ElementContent[];
}

function pushText(children: ElementContent[], value: string): void {
  if (value === '') return;
  const last = children[children.length - 1];
  if (last?.type === 'text') last.value += value;
  else children.push({ type: 'text', value });
}

/** Outer first: earlier start, then longer, then lower layer, then given order. */
function outerFirst(a: Placed, b: Placed): number {
  return a.from - b.from || b.to - a.to || a.mark.layer - b.mark.layer || a.order - b.order;
}

/**
 * The block's text with its marks and points as hast nodes; also says which
 * marks found no place (outside the block, or covering no character).
 */
export function markText(text: MappedText, marks: readonly Mark[], points: readonly PointMark[] = []): { nodes: ElementContent[]; unplaced: Mark[] } {
  const unplaced: Mark[] = [];
  const placed: Placed[] = [];
  marks.forEach((mark, order) => {
    const range = textRange(text, mark.start, mark.end);
    if (range) placed.push({ mark, from: range[0], to: range[1], order });
    else unplaced.push(mark);
  });
  const n = text.text.length;
  const pointsAt = new Map<number, PointMark[]>();
  for (const p of points) {
    const at = Math.min(lowerBound(text.starts, p.at), n);
    pushTo(pointsAt, at, p);
  }
  const bounds = [...new Set([0, n, ...placed.flatMap((p) => [p.from, p.to]), ...pointsAt.keys()])].sort((a, b) => a - b);
  const byStart = [...placed].sort(outerFirst);
  let next = 0;
  let active: Placed[] = [];
  const seen = new Set<Mark>();
  const stack: Frame[] = [{ placed: null, children: [] }];
  const close = () => {
    const frame = stack.pop()!;
    const first = !seen.has(frame.placed!.mark);
    seen.add(frame.placed!.mark);
    stack[stack.length - 1]!.children.push(frame.placed!.mark.wrap(frame.children, first));
  };
  for (let k = 0; k < bounds.length; k++) {
    const at = bounds[k]!;
    const until = bounds[k + 1] ?? at;
    active = active.filter((p) => p.to > at);
    while (next < byStart.length && byStart[next]!.from <= at) active.push(byStart[next++]!);
    const target = k === bounds.length - 1 ? [] : active.filter((p) => p.to >= until).sort(outerFirst);
    let common = 0;
    while (common < target.length && common + 1 < stack.length && stack[common + 1]!.placed === target[common]) common++;
    while (stack.length > common + 1) close();
    for (const p of pointsAt.get(at) ?? []) stack[stack.length - 1]!.children.push(p.node());
    for (const p of target.slice(common)) stack.push({ placed: p, children: [] });
    pushText(stack[stack.length - 1]!.children, text.text.slice(at, until));
  }
  while (stack.length > 1) close();
  return { nodes: stack[0]!.children, unplaced };
}
