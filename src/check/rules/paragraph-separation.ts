/**
 * paragraph-separation: paragraphs written on consecutive lines, which
 * CommonMark joins into one. Uses the extraction's own test
 * (src/markdown/paragraph-lines.ts), so that check and extract agree on where
 * a paragraph starts: inside a paragraph that has a line longer than 100
 * characters, a line break after a line that ends a sentence starts a new
 * paragraph. A paragraph hard-wrapped at ~80 columns is left alone.
 */
import type { Paragraph } from 'mdast';
import { paragraphBreaks } from '../../markdown/paragraph-lines.js';
import type { Rule } from '../types.js';
import { spanOf, walk } from '../mdast.js';
import { lineEnding, lineText } from '../source-lines.js';

export const paragraphSeparation: Rule = {
  id: 'paragraph-separation',
  description: 'Paragraphs are separated by a blank line, not a single line break',
  defaultLevel: 'warn',
  fixable: true,
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  check({ source, lines, tree, report }) {
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
      for (const before of paragraphBreaks(texts)) {
        const index = before + 1;
        const line = span.start.line + index;
        const start = lines.lineStart(line);
        const text = texts[index]!;
        report({
          message: `Paragraph on the line after another (line ${line - 1}) with no blank line between: CommonMark joins the two`,
          span: lines.span(start, start + text.length),
          fix: [{ start, end: start, text: eol }],
        });
      }
    }
  },
};
