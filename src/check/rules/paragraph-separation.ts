/**
 * paragraph-separation: paragraphs written on consecutive lines, which
 * CommonMark joins into one. Uses the extraction's own test, so that check and
 * extract agree on where a paragraph starts: inside a paragraph that has a
 * line longer than `minLineLength` characters, a line break after a line that
 * ends a sentence starts a new paragraph. A paragraph hard-wrapped at ~80
 * columns is left alone.
 */
import type { Paragraph } from 'mdast';
import type { Rule } from '../types.js';
import { spanOf, walk } from '../mdast.js';
import { lineEnding, lineText } from '../source-lines.js';

export interface ParagraphSeparationOptions {
  /** A paragraph is checked only if one of its lines is longer than this (characters). */
  minLineLength: number;
}

/** A line that ends a sentence: final punctuation, maybe followed by closing quotes, brackets or emphasis. */
const SENTENCE_END = /[.!?…][»"”’')\]*_]*\s*\\?$/u;

/** 1-based lines, among a paragraph's lines, that start a paragraph of their own. */
export function paragraphStarts(paragraphLines: readonly string[], minLineLength: number): number[] {
  if (!paragraphLines.some((line) => [...line].length > minLineLength)) return [];
  const starts: number[] = [];
  for (let i = 1; i < paragraphLines.length; i++) {
    if (SENTENCE_END.test(paragraphLines[i - 1]!.trimEnd()) && paragraphLines[i]!.trim() !== '') starts.push(i);
  }
  return starts;
}

export const paragraphSeparation: Rule<ParagraphSeparationOptions> = {
  id: 'paragraph-separation',
  description: 'Paragraphs are separated by a blank line, not a single line break',
  defaultLevel: 'warn',
  fixable: true,
  optionsSchema: {
    type: 'object',
    properties: {
      minLineLength: { type: 'integer', minimum: 0, description: 'check only paragraphs with a line longer than this (characters)' },
    },
    additionalProperties: false,
  },
  defaultOptions: { minLineLength: 100 },
  check({ source, lines, tree, options, report }) {
    const eol = lineEnding(source);
    const paragraphs: Paragraph[] = [];
    // Only top-level paragraphs: inside a list or a block quote a blank line would change more than the paragraphs.
    walk(tree, (node, parent) => {
      if (node.type === 'paragraph' && parent?.type === 'root') paragraphs.push(node);
    });
    for (const paragraph of paragraphs) {
      const span = spanOf(paragraph);
      if (!span || span.start.line === span.end.line) continue;
      const texts: string[] = [];
      for (let line = span.start.line; line <= span.end.line; line++) texts.push(lineText(source, lines, line) ?? '');
      for (const index of paragraphStarts(texts, options.minLineLength)) {
        const line = span.start.line + index;
        const start = lines.lineStart(line);
        const text = texts[index]!;
        report({
          message: `Line ${line} starts a new paragraph but follows line ${line - 1} without a blank line: CommonMark joins them`,
          span: lines.span(start, start + text.length),
          fix: [{ start, end: start, text: eol }],
        });
      }
    }
  },
};
