/** `extract-news/check`: `extract check` as a library: rules, host, configuration, fixes and formatters, all pure. */
export { check, severityOf, sortFindings } from './host.js';
export { RULES, findRule } from './registry.js';
export { configSchema, defaultConfig, resolveConfig, validateConfig, type ConfigLayer, type ConfigResult } from './config.js';
export { applyEdits, applyFixes, fixSource } from './fix.js';
export { ruleDocsUrl, PACKAGE_VERSION } from './docs-url.js';
export { emptyArticle } from './empty-article.js';
export { contentOf, fixDocument, type FixLimits, type FixOutcome, type SkippedFix } from './fix.js';
export * from './formatters/index.js';
export type * from './types.js';
