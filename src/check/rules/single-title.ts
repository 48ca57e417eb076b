/** single-title: one title per article, as a top-level heading or a front matter title, not both. */
import { readFrontMatter } from '../../markdown/front-matter.js';
import type { Span } from '../../types.js';
import type { Rule } from '../types.js';
import { headings, spanOf } from '../mdast.js';

export interface SingleTitleOptions {
  /** Depth of the title heading. */
  level: number;
  /** Front matter field that also gives a title; "" to ignore the front matter. */
  frontMatterTitle: string;
}

export const singleTitle: Rule<SingleTitleOptions> = {
  id: 'single-title',
  description: 'An article has a single title',
  defaultLevel: 'error',
  fixable: false,
  optionsSchema: {
    type: 'object',
    properties: {
      level: { type: 'integer', minimum: 1, maximum: 6, description: 'depth of the title heading' },
      frontMatterTitle: { type: 'string', description: 'front matter field that also gives a title; "" to ignore it' },
    },
    additionalProperties: false,
  },
  defaultOptions: { level: 1, frontMatterTitle: 'title' },
  check({ tree, lines, options, report }) {
    const frontMatter = readFrontMatter(tree, lines);
    const frontMatterSpan = frontMatter.present ? spanOf(tree.children[0]!) : null;
    let first: { message: string; span: Span | null } | null =
      options.frontMatterTitle !== '' && Object.prototype.hasOwnProperty.call(frontMatter.data, options.frontMatterTitle)
        ? { message: `front matter "${options.frontMatterTitle}"`, span: frontMatterSpan }
        : null;
    for (const heading of headings(tree)) {
      if (heading.depth !== options.level) continue;
      const span = spanOf(heading);
      if (!span) continue;
      if (first === null) {
        first = { message: 'first title', span };
        continue;
      }
      report({
        message: first.message === 'first title' ? `Second title (level ${options.level} heading): the article already has one` : `Title heading while the front matter already gives a "${options.frontMatterTitle}"`,
        span,
        ...(first.span ? { related: [{ message: first.message, span: first.span }] } : {}),
      });
    }
  },
};
