/**
 * What the stages share: the unit of text they work on (a sentence, or a
 * heading, mapped back to the source) and the context every stage receives.
 */
import type { LineIndex } from './text/line-index.js';
import type { MappedText } from './text/mapped-text.js';
import type { ReferenceDate, Span } from './types.js';
import type { Locale } from './locales/locale.js';
import type { GazetteerEntry } from './actors/gazetteer.js';

/** A sentence of a paragraph, or a whole heading, with its map back to the source. */
export interface TextUnit extends MappedText {
  /** 0-based position in document order. */
  readonly index: number;
  readonly span: Span;
  /** Id of the Section the unit belongs to (for a heading: the section it opens). */
  readonly section: string;
  /** Id of the Paragraph, or null for a heading. */
  readonly paragraph: string | null;
  /** True for a heading (a title is not a sentence but its names and dates count). */
  readonly heading: boolean;
  /** Heading depth (1–6) for a heading, 0 otherwise. */
  readonly depth: number;
}

export type Preference = 'past' | 'future' | 'nearest';

/** Read-only context handed to every stage. */
export interface StageContext {
  /** The source text as read (BOM removed). */
  readonly source: string;
  readonly lines: LineIndex;
  readonly referenceDate: ReferenceDate;
  /** Reading of a bare "3 avril" or "lundi" when the clause has no tense cue. */
  readonly prefer: Preference;
  readonly locale: Locale;
  /** Actors pinned by the user (`--actors FILE`). */
  readonly gazetteer: readonly GazetteerEntry[];
}
