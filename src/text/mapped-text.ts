/**
 * Text taken out of Markdown with, for each of its UTF-16 code units, the
 * source range it came from: emphasis, links, escapes and entities change the
 * text but every character still maps back to the exact source offsets.
 *
 * The offsets are typed arrays (4 bytes a character, where an array of numbers
 * takes 8 and more as it grows), and a slice (a sentence, a trimmed line) is a
 * view of its paragraph's arrays, not a copy: on a long document the maps were
 * a third of what the stages kept alive.
 */
export interface MappedText {
  readonly text: string;
  /** starts[i]: source offset where text[i] begins (UTF-16 code units). Never written once built. */
  readonly starts: Int32Array;
  /** ends[i]: source offset just after text[i] (exclusive). Never written once built. */
  readonly ends: Int32Array;
}

/**
 * The maps of a document's texts, in chunks of one typed array each: thousands of
 * paragraphs share a few buffers instead of one (and its bookkeeping) each.
 */
export class OffsetArena {
  private chunk = new Int32Array(0);
  private used = 0;

  /** `expected`: how many offsets the document will likely store (its first chunk's size; more come as needed). */
  constructor(private readonly expected = 1 << 12) {}

  /** A copy of `values` in the arena. */
  store(values: readonly number[]): Int32Array {
    if (this.used + values.length > this.chunk.length) {
      this.chunk = new Int32Array(Math.max(this.chunk.length === 0 ? this.expected : 1 << 16, values.length));
      this.used = 0;
    }
    const out = this.chunk.subarray(this.used, this.used + values.length);
    out.set(values);
    this.used += values.length;
    return out;
  }
}

/** Builds a MappedText piece by piece. */
export class MappedTextBuilder {
  private text = '';
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly arena: OffsetArena = new OffsetArena()) {}

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

  /** The text and its maps, copied into the arena. */
  build(): MappedText {
    return { text: this.text, starts: this.arena.store(this.starts), ends: this.arena.store(this.ends) };
  }
}

/** The sub-text [from, to) of a mapped text, still mapped (its maps are views of the whole's). */
export function sliceMapped(mapped: MappedText, from: number, to: number): MappedText {
  return { text: mapped.text.slice(from, to), starts: mapped.starts.subarray(from, to), ends: mapped.ends.subarray(from, to) };
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
