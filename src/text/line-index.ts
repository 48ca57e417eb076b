import type { Point, Span } from '../types.js';

/** Turns source offsets (UTF-16 code units, 0-based) into unist points; built once per document. */
export class LineIndex {
  /** Offset at which each line starts (line 1 at index 0). */
  private readonly lineStarts: number[];

  constructor(readonly source: string) {
    const starts = [0];
    if (!source.includes('\r')) {
      // (line feeds only, as most sources: found by the engine's search rather than a test per character)
      for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < source.length; i++) {
        const c = source.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13 && source.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /** Point of a source offset; offsets past the end are clamped. */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.source.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo]! + 1, offset: o };
  }

  /** Span of the source range [start, end). */
  span(start: number, end: number): Span {
    const from = this.point(start);
    // an end on the start's line (most spans): its point without a second search
    const o = Math.max(0, Math.min(end, this.source.length));
    const next = this.lineStarts[from.line];
    if (o >= from.offset && (next === undefined || o < next)) return { start: from, end: { line: from.line, column: o - this.lineStarts[from.line - 1]! + 1, offset: o } };
    return { start: from, end: this.point(end) };
  }

  /** Offset of the start of a 1-based line (the end of the source past the last line). */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.source.length;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}
