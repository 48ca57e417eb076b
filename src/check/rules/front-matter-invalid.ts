/**
 * front-matter-invalid: front matter that is not a YAML mapping, which the
 * extraction ignores. Read from the front matter alone: no extraction runs for it.
 */
import { readFrontMatter } from '../../markdown/front-matter.js';
import type { Rule } from '../types.js';

export const frontMatterInvalid: Rule = {
  id: 'front-matter-invalid',
  description: 'Front matter is a valid YAML mapping',
  defaultLevel: 'warn',
  fixable: false,
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  check({ tree, lines, report }) {
    for (const diagnostic of readFrontMatter(tree, lines).diagnostics) report({ message: diagnostic.message, span: diagnostic.span });
  },
};
