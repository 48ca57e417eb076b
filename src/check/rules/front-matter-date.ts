/**
 * front-matter-date: a front matter `date` that is not a date, so the article
 * has no reference date (unless --ref-date gives one). Read from the front
 * matter alone: no extraction runs for it. Reported on the `date:` line.
 */
import { frontMatterDateDiagnostic, readFrontMatter } from '../../markdown/front-matter.js';
import type { Rule } from '../types.js';

export const frontMatterDate: Rule = {
  id: 'front-matter-date',
  description: 'The front matter date is a date (YYYY-MM-DD)',
  defaultLevel: 'warn',
  fixable: false,
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  check({ tree, lines, article, report }) {
    // a reference date given as an option replaces the front matter's: nothing is lost
    if (article.referenceDate.source === 'option') return;
    const problem = frontMatterDateDiagnostic(tree, lines, readFrontMatter(tree, lines).data);
    if (problem) report({ message: problem.message, span: problem.span });
  },
};
