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
 * The maps of a document's texts, in chunks of two typed arrays (starts and ends): thousands of paragraphs share a few
 * buffers instead of two (and their bookkeeping) each. A text being built writes its offsets straight at the arena's
 * free end (one text at a time), where it built arrays of numbers to copy in when done: those arrays, grown one
 * offset at a time, were a twelfth of what extract() allocated over news articles.
 */
export class OffsetArena {
  /** The current chunk: starts[i] and ends[i] for i below `used` belong to built texts. */
  starts = new Int32Array(0);
  ends = new Int32Array(0);
  /** Offsets of the current chunk taken by built texts; the open text's follow them. */
  used = 0;
  /** The builder whose text is open (being written after `used`), if any. */
  private owner: MappedTextBuilder | null = null;

  /** `expected`: how many characters the document's texts will likely hold (its first chunk's size; more come as needed). */
  constructor(private readonly expected = 1 << 11) {}

  /** Opens `builder`'s text at the free end; one text at a time. */
  open(builder: MappedTextBuilder): void {
    if (this.owner !== null && this.owner !== builder) throw new Error('OffsetArena: one text is built at a time');
    this.owner = builder;
  }

  /**
   * Room for `more` offsets after the `length` ones the open text has written from `used`: when the chunk is full, a
   * new one, with the open text's offsets copied to its start.
   */
  reserve(length: number, more: number): void {
    const need = length + more;
    if (this.used + need <= this.starts.length) return;
    const size = Math.max(this.starts.length === 0 ? this.expected : 1 << 16, need > 1 << 15 ? 2 * need : need);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(this.used, this.used + length));
    ends.set(this.ends.subarray(this.used, this.used + length));
    this.starts = starts;
    this.ends = ends;
    this.used = 0;
  }

  /** Closes the open text of `length` offsets: its maps, views of the chunk. */
  close(length: number): { starts: Int32Array; ends: Int32Array } {
    this.reserve(length, 0);
    const from = this.used;
    this.used += length;
    this.owner = null;
    return { starts: this.starts.subarray(from, this.used), ends: this.ends.subarray(from, this.used) };
  }
}

/** Builds a MappedText piece by piece (one builder of an arena at a time, from its first append to build()). */
export class MappedTextBuilder {
  private text = '';
  /** What build() returned: the text is closed. */
  private built: MappedText | null = null;

  constructor(private readonly arena: OffsetArena = new OffsetArena()) {}

  /** Appends text copied verbatim from the source at `offset`. */
  appendSource(text: string, offset: number): void {
    const at = this.room(text.length);
    const { starts, ends } = this.arena;
    for (let i = 0; i < text.length; i++) {
      starts[at + i] = offset + i;
      ends[at + i] = offset + i + 1;
    }
    this.text += text;
  }

  /** Appends text that stands for the source range [start, end) as a whole (an entity, an escape, a line break). */
  appendReplacement(text: string, start: number, end: number): void {
    const at = this.room(text.length);
    const { starts, ends } = this.arena;
    for (let i = 0; i < text.length; i++) {
      starts[at + i] = start;
      ends[at + i] = end;
    }
    this.text += text;
  }

  /** Where the next `more` offsets go in the arena's chunk. */
  private room(more: number): number {
    if (this.built) throw new Error('MappedTextBuilder: appended to after build()');
    const arena = this.arena;
    arena.open(this);
    arena.reserve(this.text.length, more);
    return arena.used + this.text.length;
  }

  get length(): number {
    return this.text.length;
  }

  lastChar(): string {
    return this.text.slice(-1);
  }

  /** The text and its maps (views of the arena's chunk). */
  build(): MappedText {
    if (this.built) return this.built;
    this.arena.open(this);
    const { starts, ends } = this.arena.close(this.text.length);
    return (this.built = { text: this.text, starts, ends });
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
