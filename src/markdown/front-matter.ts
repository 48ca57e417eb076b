import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type { Diagnostic, Span } from '../types.js';
import { parseReferenceDate } from '../reference-date.js';
import type { LineIndex } from '../text/line-index.js';
import { escapeRegExp } from '../text/word-patterns.js';

export interface FrontMatter {
  /** The parsed mapping; empty when there is no front matter. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly present: boolean;
  readonly diagnostics: Diagnostic[];
}

// yaml loads on the first front matter: most articles have none (a CommonJS require, since the pipeline is synchronous)
let yaml: typeof import('yaml') | undefined;
const parseYaml = (text: string, options: import('yaml').ParseOptions & import('yaml').DocumentOptions & import('yaml').SchemaOptions): unknown =>
  (yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text, options);

/** Reads the YAML front matter block of a parsed document (title, date, lang, …). */
export function readFrontMatter(tree: Root, lines: LineIndex): FrontMatter {
  const node = tree.children[0];
  if (!node || node.type !== 'yaml') return { data: {}, present: false, diagnostics: [] };
  const span = node.position ? lines.span(node.position.start.offset ?? 0, node.position.end.offset ?? 0) : null;
  try {
    // logLevel 'error': errors still throw, and warnings (an unknown tag) are not printed: the core never writes
    const data: unknown = parseYaml(node.value, { schema: 'core', logLevel: 'error' });
    if (data === null || data === undefined) return { data: {}, present: true, diagnostics: [] };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: {}, present: true, diagnostics: [{ ruleId: 'front-matter-invalid', severity: 'warning', message: 'front matter is not a mapping of keys to values; ignored', span }] };
    }
    return { data: data as Record<string, unknown>, present: true, diagnostics: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { data: {}, present: true, diagnostics: [{ ruleId: 'front-matter-invalid', severity: 'warning', message: `front matter is not valid YAML (${reason}); ignored`, span }] };
  }
}

/** A front matter string field, or undefined. Numbers are accepted (`title: 1984`). */
export function frontMatterString(data: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = data[key];
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 19);
  return undefined;
}

/**
 * The span of a top-level `key:` line of the front matter (the whole line,
 * without its line ending), or the front matter block when the key is not
 * found on a line of its own: every finding about the front matter has a place.
 */
export function frontMatterKeySpan(tree: Root, lines: LineIndex, key: string): Span | null {
  const node = tree.children[0];
  if (!node || node.type !== 'yaml' || node.position?.start.offset === undefined || node.position.end.offset === undefined) return null;
  const start = node.position.start.offset;
  const end = node.position.end.offset;
  const block = lines.source.slice(start, end);
  const escaped = escapeRegExp(key);
  const match = new RegExp(`^(?:${escaped}|"${escaped}"|'${escaped}')[ \\t]*:[^\\r\\n]*`, 'm').exec(block);
  return match ? lines.span(start + match.index, start + match.index + match[0].length) : lines.span(start, end);
}

/** A front matter `date` as a reference date (wall clock, time zone and fractions dropped), or null when it is not a date. */
export function frontMatterReferenceDate(raw: string): string | null {
  // front matter dates often carry a time zone or seconds: keep the wall-clock part
  const wallClock = raw.replace(' ', 'T').replace(/(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/, '');
  return parseReferenceDate(wallClock) ?? parseReferenceDate(wallClock.slice(0, 10));
}

/** The `front-matter-date` diagnostic of a front matter whose `date` is not a date, or null. */
export function frontMatterDateDiagnostic(tree: Root, lines: LineIndex, data: Readonly<Record<string, unknown>>): Diagnostic | null {
  const raw = frontMatterString(data, 'date');
  if (raw === undefined || frontMatterReferenceDate(raw) !== null) return null;
  return {
    ruleId: 'front-matter-date',
    severity: 'warning',
    message: `front matter date '${raw}' is not a date (YYYY-MM-DD); no reference date used`,
    span: frontMatterKeySpan(tree, lines, 'date'),
  };
}
