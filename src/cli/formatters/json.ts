import type { Article } from '../../types.js';

/** A line of pretty JSON holds a small flat value whole up to this width (spans, points, short lists). */
const INLINE_WIDTH = 120;

/**
 * The pieces formatJsonChunks yields are about this many code units long. A piece is built of many small strings that
 * live until it is written, long enough for many of them to move to V8's old generation: pieces of 64 k left the peak
 * RSS of a 0.5 MB article 8 MB higher; 4 k and 1 k saved no more than 16 k.
 */
const CHUNK = 1 << 14;

/**
 * One article as JSON: pretty or compact on one line (JSON Lines); `extractor` goes after `schemaVersion`.
 * Pretty is indented by 2 spaces, with each small flat value (a span, a point, a short list of names) kept on one
 * line: a span takes one line instead of ten, so the output stays readable and in proportion to the input.
 */
export function formatJson(article: Article, options: { compact: boolean; extractor?: Article['extractor'] }): string {
  const record = withExtractor(article, options.extractor);
  return options.compact ? `${JSON.stringify(record)}\n` : [...prettyChunks(record as unknown as Json)].join('');
}

/**
 * formatJson's pretty output in pieces of about 16 k code units (joined, the same text): written one by one, a long
 * article's output never stands whole in memory, nor do the strings of its parts.
 */
export function formatJsonChunks(article: Article, options: { extractor?: Article['extractor'] }): Iterable<string> {
  return prettyChunks(withExtractor(article, options.extractor) as unknown as Json);
}

function withExtractor(article: Article, extractor: Article['extractor'] | undefined): Article {
  if (!extractor) return article;
  const { schemaVersion, ...rest } = article;
  return { schemaVersion, extractor, ...rest };
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

/** A container being written over several lines: its members, the next one to write, its indent and closing mark. */
interface Open {
  items: Array<[string | null, Json]>;
  next: number;
  indent: string;
  close: string;
}

/**
 * Pretty JSON of `value` and a final line break, in pieces of about CHUNK code units. Each container is one line when
 * it is flat and fits the width, else one line per member indented by 2 spaces; the containers being written wait on
 * a stack rather than in the call stack, so that a piece can be handed out at any point.
 */
function* prettyChunks(value: Json): Generator<string> {
  let out = '';
  const stack: Open[] = [];
  /** Writes a scalar or a container on one line, or opens the container (pushed on the stack). */
  const begin = (item: Json, indent: string) => {
    if (!isContainer(item)) {
      out += JSON.stringify(item);
      return;
    }
    const items = members(item);
    const [open, close] = Array.isArray(item) ? ['[', ']'] : ['{', '}'];
    if (items.length === 0) {
      out += `${open}${close}`;
      return;
    }
    if (isFlat(item)) {
      const line = JSON.stringify(item);
      if (indent.length + line.length <= INLINE_WIDTH) {
        out += line;
        return;
      }
    }
    out += `${open}\n`;
    stack.push({ items, next: 0, indent, close });
  };
  begin(value, '');
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next === top.items.length) {
      out += `\n${top.indent}${top.close}`;
      stack.pop();
    } else {
      const [key, item] = top.items[top.next]!;
      const inner = `${top.indent}  `;
      out += `${top.next > 0 ? ',\n' : ''}${inner}${key === null ? '' : `${JSON.stringify(key)}: `}`;
      top.next++;
      begin(item, inner);
    }
    if (out.length >= CHUNK) {
      yield out;
      out = '';
    }
  }
  yield `${out}\n`;
}
