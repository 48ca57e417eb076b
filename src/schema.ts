import { PACKAGE_VERSION } from './check/docs-url.js';
import { ArticleSchema } from './types.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Where the published schema of this version is (the file ships in the package as dist/article.schema.json). */
export const ARTICLE_SCHEMA_ID = `https://unpkg.com/extract-news@${PACKAGE_VERSION}/dist/article.schema.json`;

/**
 * The JSON Schema (draft-07) of one article of output, from the same TypeBox
 * source as the types. Sub-schemas that TypeBox marks with an `$id` (Span,
 * Actor, …) are moved once into `definitions` and referenced from there.
 *
 * `open: true` gives the published schema (`extract schema`,
 * `extract-news/schema.json`): objects accept properties it does not list, so
 * that a validator built from an older schema passes the output of a newer
 * version. The versioning rule: a minor version may add fields; removing or
 * renaming one, or changing its meaning, bumps `schemaVersion`. The default,
 * closed schema is the one the tests hold the output to.
 */
export function articleJsonSchema(options: { open?: boolean } = {}): Record<string, unknown> {
  // JSON round trip: drop TypeBox's symbol keys, keep plain JSON Schema
  const root = JSON.parse(JSON.stringify(ArticleSchema)) as { [key: string]: Json };
  const definitions: Record<string, Json> = {};
  const hoist = (node: Json, isRoot = false): Json => {
    if (Array.isArray(node)) return node.map((item) => hoist(item));
    if (node === null || typeof node !== 'object') return node;
    const out: { [key: string]: Json } = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) out[key] = `#/definitions/${value}`;
      else if (options.open && key === 'additionalProperties' && value === false) continue;
      else if (key !== '$id') out[key] = hoist(value);
    }
    const id = node.$id;
    if (isRoot || typeof id !== 'string') return out;
    definitions[id] ??= out;
    return { $ref: `#/definitions/${id}` };
  };
  const body = hoist(root, true) as { [key: string]: Json };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: ARTICLE_SCHEMA_ID,
    title: 'extract: one article',
    ...body,
    definitions,
  };
}
