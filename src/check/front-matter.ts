/** The YAML front matter of a document, read from the mdast tree. */
import type { Root } from 'mdast';
import { parse } from 'yaml';
import type { Span } from '../types.js';
import { spanOf } from './mdast.js';

export type FrontMatter =
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly span: Span | null; readonly reason: string }
  | { readonly kind: 'data'; readonly span: Span | null; readonly data: Readonly<Record<string, unknown>> };

/** Reads the front matter block, if the document starts with one (TOML is reported as not a mapping). */
export function readFrontMatter(tree: Root): FrontMatter {
  const first = tree.children[0];
  if (!first || (first.type !== 'yaml' && (first.type as string) !== 'toml')) return { kind: 'none' };
  const span = spanOf(first);
  if (first.type !== 'yaml') return { kind: 'invalid', span, reason: 'front matter is TOML, not YAML' };
  try {
    const data: unknown = first.value.trim() === '' ? {} : parse(first.value);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return { kind: 'invalid', span, reason: 'front matter is not a mapping' };
    return { kind: 'data', span, data: data as Record<string, unknown> };
  } catch (error) {
    return { kind: 'invalid', span, reason: `front matter is not valid YAML (${(error as Error).message.split('\n')[0]})` };
  }
}
