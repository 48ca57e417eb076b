/**
 * Text taken out of Markdown with, for each of its UTF-16 code units, the
 * source range it came from: emphasis, links, escapes and entities change the
 * text but every character still maps back to the exact source offsets.
 */
export interface MappedText {
  readonly text: string;
  /** starts[i]: source offset where text[i] begins (UTF-16 code units). */
  readonly starts: readonly number[];
  /** ends[i]: source offset just after text[i] (exclusive). */
  readonly ends: readonly number[];
}

/** Builds a MappedText piece by piece. */
export class MappedTextBuilder {
  private text = '';
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Appends text copied verbatim from the source at `offset`. */
  appendSource(text: string, offset: number): void {
    for (let i = 0; i < text.length; i++) {
      this.starts.push(offset + i);
      this.ends.push(offset + i + 1);
    }
    this.text += text;
  }

  /** Appends text that stands for the source range [start, end) as a whole (an entity, an escape, a line break). */
  appendReplacement(text: string, start: number, end: number): void {
    for (let i = 0; i < text.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
    this.text += text;
  }

  get length(): number {
    return this.text.length;
  }

  lastChar(): string {
    return this.text.slice(-1);
  }

  build(): MappedText {
    return { text: this.text, starts: this.starts, ends: this.ends };
  }
}

/** The sub-text [from, to) of a mapped text, still mapped. */
export function sliceMapped(mapped: MappedText, from: number, to: number): MappedText {
  return { text: mapped.text.slice(from, to), starts: mapped.starts.slice(from, to), ends: mapped.ends.slice(from, to) };
}

/** Source range [start, end) of text[from, to); an empty range maps to a point. */
export function sourceRange(mapped: MappedText, from: number, to: number): [number, number] {
  if (mapped.text.length === 0) return [0, 0];
  const a = Math.max(0, Math.min(from, mapped.text.length - 1));
  if (to <= from) {
    const at = from >= mapped.text.length ? mapped.ends[mapped.text.length - 1]! : mapped.starts[a]!;
    return [at, at];
  }
  const b = Math.max(a, Math.min(to, mapped.text.length) - 1);
  return [mapped.starts[a]!, mapped.ends[b]!];
}

/** Trims white space at both ends, keeping the map. */
export function trimMapped(mapped: MappedText): MappedText {
  let from = 0;
  let to = mapped.text.length;
  while (from < to && /\s/.test(mapped.text[from]!)) from++;
  while (to > from && /\s/.test(mapped.text[to - 1]!)) to--;
  return from === 0 && to === mapped.text.length ? mapped : sliceMapped(mapped, from, to);
}
