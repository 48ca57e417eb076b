/**
 * extract: the library. `extract(markdown, options)` returns the typed
 * Article that the CLI prints. This entry loads the pipeline only: the
 * checker is `extract-news/check`, the linter bridges
 * `extract-news/remark-lint` and `extract-news/markdownlint`, the JSON Schema
 * of the output `extract-news/schema.json` (generated at build time).
 */
export { extract, ExtractError, parseReferenceDate, type ExtractOptions } from './pipeline.js';
export { SCHEMA_VERSION } from './schema-version.js';
/** True for a date the text writes; false for an implicit end of a duration (`implicit: true`, no text, `span: null`). */
export { isWritten, type WrittenDate } from './dates/written.js';
export type { Preference } from './context.js';
export type { GazetteerEntry } from './actors/gazetteer.js';
export type * from './types.js';
