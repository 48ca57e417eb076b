/**
 * Text normalised for analysis, with the way back to the source. The stages'
 * patterns are written in NFC ("é" as one character); text written in NFD
 * (accents as combining marks, as macOS tools write it) is analysed in NFC and
 * every offset mapped back to the source as read.
 */
import type { LineIndex } from './line-index.js';
import type { Span } from '../types.js';

export interface NormalizedText {
  /** The text in NFC. */
  readonly text: string;
  /** sourceOffset[i]: the source offset of text offset i (i up to text.length). */
  readonly sourceOffset: Int32Array;
}

/**
 * True when `text` is surely in NFC without asking ICU: every character lies in U+0000-U+02FF
 * (no combining mark), in the General Punctuation or Currency blocks other than U+2000 and U+2001
 * (which NFC maps to U+2002 and U+2003), or is the minus sign U+2212. Characters of that set never compose together. False
 * means "maybe not".
 */
export function isNfc(text: string): boolean {
  return !MAYBE_NOT_NFC.test(text);
}
const MAYBE_NOT_NFC = /[^\u0000-\u02ff\u2002-\u206f\u20a0-\u20cf\u2212]/;

/** The NFC form of `source` with its offset map, or null when the source already is NFC. */
export function toNfc(source: string): NormalizedText | null {
  const text = source.normalize('NFC');
  if (text === source) return null;
  const sourceOffset = new Int32Array(text.length + 1);
  let at = 0; // in text
  // a character and the combining marks after it compose together: normalise each such cluster apart
  const cluster = /\P{M}\p{M}*|\p{M}+/gsu;
  let built = '';
  for (let m = cluster.exec(source); m; m = cluster.exec(source)) {
    const original = m[0];
    const normal = original.normalize('NFC');
    for (let i = 0; i < normal.length; i++) sourceOffset[at + i] = m.index + (normal === original ? i : Math.min(i, original.length - 1));
    at += normal.length;
    built += normal;
  }
  sourceOffset[text.length] = source.length;
  // clusters that compose across their boundary (some Hangul and Indic sequences): map what lines up, by position
  if (built !== text) for (let i = 0; i <= text.length; i++) sourceOffset[i] = Math.min(i, source.length);
  return { text, sourceOffset };
}

/** Rewrites, in place, every `span` of a tree of plain objects from text offsets to source points. */
export function mapSpans(value: unknown, normalized: NormalizedText, lines: LineIndex): void {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    for (const [key, child] of Object.entries(record)) {
      if (key === 'span' && isSpan(child)) {
        const at = (offset: number) => normalized.sourceOffset[Math.max(0, Math.min(offset, normalized.text.length))]!;
        // a new object: a span shared by two items is mapped once for each, from its text offsets
        record[key] = lines.span(at(child.start.offset), at(child.end.offset));
      } else if (key !== 'frontMatter') pending.push(child);
    }
  }
}

function isSpan(value: unknown): value is Span {
  return typeof value === 'object' && value !== null && typeof (value as Span).start?.offset === 'number' && typeof (value as Span).end?.offset === 'number';
}
