/** Where the rules' documentation pages live: the one place that knows the repository's address. */
export const RULE_DOCS_BASE = 'https://github.com/extract-news/extract/blob/main/src/check/rules/docs/';

/** Address of a rule's documentation page. */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`;
}
