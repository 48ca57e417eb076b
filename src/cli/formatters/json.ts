import type { Article } from '../../types.js';

/** A line of pretty JSON holds a small flat value whole up to this width (spans, points, short lists). */
const INLINE_WIDTH = 120;

/**
 * One article as JSON: pretty or compact on one line (JSON Lines); `extractor` goes after `schemaVersion`.
 * Pretty is indented by 2 spaces, with each small flat value (a span, a point, a short list of names) kept on one
 * line: a span takes one line instead of ten, so the output stays readable and in proportion to the input.
 */
export function formatJson(article: Article, options: { compact: boolean; extractor?: Article['extractor'] }): string {
  const { schemaVersion, ...rest } = article;
  const record: Article = options.extractor ? { schemaVersion, extractor: options.extractor, ...rest } : article;
  return options.compact ? `${JSON.stringify(record)}\n` : `${pretty(record as unknown as Json, '')}\n`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

const isContainer = (value: unknown): value is Json[] | { [key: string]: Json | undefined } => value !== null && typeof value === 'object';

/** The members of a container as JSON.stringify sees them (undefined members of an object left out). */
function members(value: Json[] | { [key: string]: Json | undefined }): Array<[string | null, Json]> {
  if (Array.isArray(value)) return value.map((item) => [null, item ?? null]);
  return Object.entries(value).flatMap(([key, item]) => (item === undefined ? [] : [[key, item] as [string, Json]]));
}

/** Flat enough for one line: containers at most three deep (a sentence with its span, a span, a point). */
function isFlat(value: Json, depth = 0): boolean {
  if (!isContainer(value)) return true;
  if (depth >= 3) return false;
  return members(value).every(([, item]) => isFlat(item, depth + 1));
}

function pretty(value: Json, indent: string): string {
  if (!isContainer(value)) return JSON.stringify(value);
  const items = members(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (items.length === 0) return `${open}${close}`;
  if (isFlat(value)) {
    const line = JSON.stringify(value);
    if (indent.length + line.length <= INLINE_WIDTH) return line;
  }
  const inner = `${indent}  `;
  const body = items.map(([key, item]) => `${inner}${key === null ? '' : `${JSON.stringify(key)}: `}${pretty(item, inner)}`);
  return `${open}\n${body.join(',\n')}\n${indent}${close}`;
}
