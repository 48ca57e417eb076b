/**
 * blank-lines-around-headings: a heading has a blank line above and below it.
 * Agrees with markdownlint's MD022 (same notion of a blank line, the start of
 * the document and the end of the front matter count as blank).
 */
import type { Rule, TextEdit } from '../types.js';
import { headings, spanOf } from '../mdast.js';
import { blockQuotePrefix, isBlankLine, lineEnding, lineText } from '../source-lines.js';

export interface BlankLinesAroundHeadingsOptions {
  /** Blank lines wanted above a heading; -1 to not check. */
  linesAbove: number;
  /** Blank lines wanted below a heading; -1 to not check. */
  linesBelow: number;
}

export const blankLinesAroundHeadings: Rule<BlankLinesAroundHeadingsOptions> = {
  id: 'blank-lines-around-headings',
  description: 'Headings are surrounded by blank lines',
  defaultLevel: 'warn',
  fixable: true,
  optionsSchema: {
    type: 'object',
    properties: {
      linesAbove: { type: 'integer', minimum: -1, description: 'blank lines wanted above a heading; -1 to not check' },
      linesBelow: { type: 'integer', minimum: -1, description: 'blank lines wanted below a heading; -1 to not check' },
    },
    additionalProperties: false,
  },
  defaultOptions: { linesAbove: 1, linesBelow: 1 },
  check({ source, lines, tree, options, report }) {
    const eol = lineEnding(source);
    const first = tree.children[0];
    // markdownlint removes the front matter before linting: the line after it starts the document.
    const frontMatterEnd = first?.type === 'yaml' ? (first.position?.end.line ?? 0) : 0;
    const blank = (line: number) => line <= frontMatterEnd || isBlankLine(lineText(source, lines, line));
    for (const heading of headings(tree)) {
      const span = spanOf(heading);
      if (!span) continue;
      const startLine = span.start.line;
      const endLine = span.end.line;
      const sides: [string, number, number, number][] = [
        // [side, wanted, the first neighbouring line, step away from the heading]
        ['above', options.linesAbove, startLine - 1, -1],
        ['below', options.linesBelow, endLine + 1, 1],
      ];
      for (const [side, wanted, neighbour, step] of sides) {
        if (wanted < 0) continue;
        let actual = 0;
        while (actual < wanted && blank(neighbour + step * actual)) actual++;
        if (actual >= wanted) continue;
        const missing = wanted - actual;
        const at = side === 'above' ? lines.lineStart(startLine) : lines.lineStart(endLine + 1);
        const prefix = blockQuotePrefix(lineText(source, lines, neighbour + step * actual));
        const fix: TextEdit[] = [{ start: at, end: at, text: (prefix + eol).repeat(missing) }];
        report({
          message:
            wanted === 1
              ? `Heading should have a blank line ${side} it`
              : `Heading should have ${wanted} blank lines ${side} it (found ${actual})`,
          span,
          fix,
        });
      }
    }
  },
};
