/**
 * inline-config: an `<!-- extract-… -->` comment names a rule that does not
 * exist (a misspelt id would otherwise silence nothing, silently).
 */
import { readDirectives } from '../inline-config.js';
import { suggestion } from '../suggest.js';
import type { Rule } from '../types.js';

export const inlineConfig: Rule = {
  id: 'inline-config',
  description: 'Inline extract- comments name existing rules',
  defaultLevel: 'warn',
  fixable: false,
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  check({ tree, lines, ruleIds, report }) {
    for (const directive of readDirectives(tree)) {
      for (const id of directive.rules ?? []) {
        if (ruleIds.includes(id)) continue;
        report({
          message: `Unknown rule ${JSON.stringify(id)} in an extract-${directive.kind} comment${suggestion(id, ruleIds)}`,
          span: lines.span(directive.start, directive.end),
        });
      }
    }
  },
};
