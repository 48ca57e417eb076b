import { ArticleSchema } from './types.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The JSON Schema (draft-07) of one article of output, from the same TypeBox
 * source as the types. Sub-schemas that TypeBox marks with an `$id` (Span,
 * Actor, …) are moved once into `definitions` and referenced from there.
 */
export function articleJsonSchema(): Record<string, unknown> {
  // JSON round trip: drop TypeBox's symbol keys, keep plain JSON Schema
  const root = JSON.parse(JSON.stringify(ArticleSchema)) as { [key: string]: Json };
  const definitions: Record<string, Json> = {};
  const hoist = (node: Json, isRoot = false): Json => {
    if (Array.isArray(node)) return node.map((item) => hoist(item));
    if (node === null || typeof node !== 'object') return node;
    const out: { [key: string]: Json } = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) out[key] = `#/definitions/${value}`;
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
    $id: 'https://extract.invalid/schema/article.json',
    title: 'extract: one article',
    ...body,
    definitions,
  };
}
