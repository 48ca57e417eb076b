/**
 * `extract-news/markdownlint`: the rules of `extract check` as markdownlint
 * custom rules, named `extract-<rule id>` (markdownlint has its own
 * heading-increment), for markdownlint and markdownlint-cli2:
 *
 *     // .markdownlint-cli2.jsonc
 *     { "customRules": ["extract-news/markdownlint"],
 *       "config": { "extract-person-without-role": true, "extract-required-sections": { "headings": ["?", "## Contexte", "*"] } } }
 *
 * A rule's markdownlint setting is `true`/`false` or its options object. Tags:
 * `extract-news` (every rule), `extract-news-default` (the rules `extract
 * check` runs by default), `extract-structure`, `extract-content`.
 * markdownlint decides which rules run and how to show them; findings in the
 * front matter (which markdownlint hides from rules) are reported on its first
 * line after it. markdownlint blanks HTML comments before custom rules see
 * them: use its own `<!-- markdownlint-disable extract-… -->` comments there.
 */
import { resolveConfig } from '../config.js';
import { ruleDocsUrl } from '../docs-url.js';
import { RULES } from '../registry.js';
import type { AnyRule } from '../types.js';
import { runRules } from './run-rules.js';

/** What markdownlint passes to a custom rule (the part used here). */
export interface MarkdownlintRuleParams {
  readonly name: string;
  readonly lines: readonly string[];
  readonly frontMatterLines: readonly string[];
  readonly config: unknown;
}

/** What a custom rule reports to markdownlint. */
export interface MarkdownlintRuleError {
  lineNumber: number;
  detail?: string;
  context?: string;
  range?: [number, number];
}

/** A markdownlint custom rule (markdownlint's `Rule` type, the part used here). */
export interface MarkdownlintRule {
  names: string[];
  description: string;
  information: URL;
  tags: string[];
  parser: 'none';
  asynchronous: false;
  function: (params: MarkdownlintRuleParams, onError: (error: MarkdownlintRuleError) => void) => void;
}

function toMarkdownlint(rule: AnyRule): MarkdownlintRule {
  return {
    names: [`extract-${rule.id}`],
    description: rule.description,
    information: new URL(ruleDocsUrl(rule.id)),
    tags: ['extract-news', ...(rule.defaultLevel !== 'off' ? ['extract-news-default'] : []), rule.usesExtraction ? 'extract-content' : 'extract-structure'],
    parser: 'none',
    asynchronous: false,
    function(params, onError) {
      const options = params.config !== null && typeof params.config === 'object' ? params.config : {};
      const config = resolveConfig([{ source: `markdownlint config of extract-${rule.id}`, data: { rules: { [rule.id]: ['warn', options] } } }]);
      if (!config.ok) throw new Error(config.message);
      // only this rule: the others are markdownlint rules of their own
      const only = new Map([...config.config].map(([id, setting]) => [id, id === rule.id ? setting : { ...setting, level: 'off' as const }]));
      const hidden = params.frontMatterLines.length;
      const source = [...params.frontMatterLines, ...params.lines].join('\n');
      for (const finding of runRules(source, params.name, only)) {
        const line = (finding.span?.start.line ?? 1) - hidden;
        const span = finding.span;
        const text = params.lines[line - 1] ?? '';
        const range: [number, number] | undefined =
          line >= 1 && span && span.start.line === span.end.line && span.end.column > span.start.column && span.end.column - 1 <= text.length
            ? [span.start.column, span.end.column - span.start.column]
            : undefined;
        onError({
          lineNumber: Math.max(1, line),
          detail: line >= 1 ? finding.message : `${finding.message} (front matter, line ${finding.span?.start.line ?? 1})`,
          ...(range ? { range } : {}),
        });
      }
    },
  };
}

/** One markdownlint custom rule per `extract check` rule. */
export const markdownlintRules: MarkdownlintRule[] = RULES.map(toMarkdownlint);

export default markdownlintRules;
