/**
 * "One line per paragraph": CMS exports write each paragraph on one long
 * line with a single line break before the next, which CommonMark joins into
 * one paragraph. Prose hard-wrapped at ~80 columns must stay one paragraph.
 */
import { sliceMapped, trimMapped, type MappedText } from '../text/mapped-text.js';

/** A line longer than this cannot come from prose hard-wrapped for reading in an editor. */
export const LONG_LINE = 100;

const ENDS_SENTENCE = /[.!?…:][\s»"”’)\]*_]*$/u;

/**
 * Indices i such that the paragraph written as `lines` should be split
 * between lines[i] and lines[i + 1]: the line before ends a sentence and the
 * paragraph has at least one long line.
 */
export function paragraphBreaks(lines: readonly string[]): number[] {
  if (lines.length < 2 || !lines.some((line) => line.trim().length > LONG_LINE)) return [];
  const breaks: number[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    if (ENDS_SENTENCE.test(lines[i]!.trimEnd()) && lines[i + 1]!.trim().length > 0) breaks.push(i);
  }
  return breaks;
}

/** Splits a paragraph's mapped text at the line breaks that separate CMS-style paragraphs. */
export function splitParagraphLines(mapped: MappedText): MappedText[] {
  // (a paragraph on one line, as most are, has no line to split it at: no array of lines, no set of breaks)
  if (!mapped.text.includes('\n')) return [mapped];
  const lines = mapped.text.split('\n');
  const breaks = new Set(paragraphBreaks(lines));
  if (breaks.size === 0) return [mapped];
  const pieces: MappedText[] = [];
  let from = 0;
  let lineStart = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const lineEnd = lineStart + lines[i]!.length;
    if (breaks.has(i)) {
      pieces.push(trimMapped(sliceMapped(mapped, from, lineEnd)));
      from = lineEnd + 1;
    }
    lineStart = lineEnd + 1;
  }
  pieces.push(trimMapped(sliceMapped(mapped, from, mapped.text.length)));
  return pieces.filter((piece) => piece.text.length > 0);
}
