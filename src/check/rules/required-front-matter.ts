/** required-front-matter: the article starts with YAML front matter that has the required fields. */
import { readFrontMatter } from '../../markdown/front-matter.js';
import type { Rule } from '../types.js';
import { spanOf } from '../mdast.js';

export interface RequiredFrontMatterOptions {
  /** Fields the front matter must give, with a non-empty value. */
  fields: string[];
}

export const requiredFrontMatter: Rule<RequiredFrontMatterOptions> = {
  id: 'required-front-matter',
  description: 'The article has front matter with the required fields',
  defaultLevel: 'off',
  fixable: false,
  optionsSchema: {
    type: 'object',
    properties: {
      fields: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'fields the front matter must give' },
    },
    additionalProperties: false,
  },
  defaultOptions: { fields: ['title', 'date'] },
  check({ tree, lines, options, report }) {
    if (options.fields.length === 0) return;
    const frontMatter = readFrontMatter(tree, lines);
    if (!frontMatter.present) {
      report({ message: `Front matter is missing (required fields: ${options.fields.join(', ')})`, line: 1 });
      return;
    }
    const span = spanOf(tree.children[0]!);
    // Unreadable front matter is front-matter-invalid's finding: one report is enough.
    if (frontMatter.diagnostics.length > 0) return;
    for (const field of options.fields) {
      const value = frontMatter.data[field];
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
        report({ message: `Front matter has no "${field}"`, span });
      }
    }
  },
};
