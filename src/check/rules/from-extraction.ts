/**
 * Rules that pass on what the extraction found: each picks the Article's
 * diagnostics with its own id, so that `extract check` can set their severity
 * and turn them off like any other rule.
 */
import type { Rule } from '../types.js';

/** A rule reporting the extraction's diagnostics whose ruleId is `id`. */
export function extractionRule(id: string, description: string): Rule {
  return {
    id,
    description,
    defaultLevel: 'warn',
    fixable: false,
    usesExtraction: true,
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    check({ article, report }) {
      for (const diagnostic of article.diagnostics) {
        if (diagnostic.ruleId !== id) continue;
        report({ message: diagnostic.message, span: diagnostic.span, ...(diagnostic.related ? { related: diagnostic.related } : {}) });
      }
    },
  };
}
