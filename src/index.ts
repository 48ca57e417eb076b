/**
 * extract: the library. `extract(markdown, options)` returns the typed
 * Article that the CLI prints; `articleJsonSchema` is its JSON Schema.
 */
export { extract, ExtractError, parseReferenceDate, type ExtractOptions } from './pipeline.js';
export { articleJsonSchema } from './schema.js';
export type { Preference } from './context.js';
export type { GazetteerEntry } from './actors/gazetteer.js';
export * from './types.js';
export * from './check/index.js';
