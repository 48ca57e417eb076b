/**
 * Where the rules' documentation pages live: the one place that knows the
 * repository's address. The pages ship in the package too
 * (`src/check/rules/docs/`); the links point at the git tag of the version
 * that produced the finding, so that they match the rule that ran.
 */

/** The package's version; a test keeps it equal to package.json's (the core reads no files). */
export const PACKAGE_VERSION = '0.2.0';

/** The repository (package.json `repository`). */
export const REPOSITORY_URL = 'https://github.com/extract-news/extract';

export const RULE_DOCS_BASE = `${REPOSITORY_URL}/blob/v${PACKAGE_VERSION}/src/check/rules/docs/`;

/** Address of a rule's documentation page, pinned to this version. */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`;
}
