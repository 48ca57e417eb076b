/** heading-increment: a heading goes at most one level deeper than the one before it. */
import type { Span } from '../../types.js';
import type { Rule } from '../types.js';
import { headings, spanOf } from '../mdast.js';

export const headingIncrement: Rule = {
  id: 'heading-increment',
  description: 'Heading levels increase by one at a time',
  defaultLevel: 'error',
  fixable: false,
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  check({ tree, report }) {
    let previous: { depth: number; span: Span } | null = null;
    for (const heading of headings(tree)) {
      const span = spanOf(heading);
      if (!span) continue;
      if (previous && heading.depth > previous.depth + 1) {
        report({
          message: `Heading level ${heading.depth} follows level ${previous.depth}: expected level ${previous.depth + 1} at most`,
          span,
          related: [{ message: `previous heading (level ${previous.depth})`, span: previous.span }],
        });
      }
      previous = { depth: heading.depth, span };
    }
  },
};
