import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { ExtractError } from '../errors.js';
import { MAX_INLINE_MARKS, MAX_NESTING, MAX_TABLE_CELLS, shapeOf } from './limits.js';

type Processor = { parse(source: string): Root };

/**
 * What a GFM construct cannot do without (micromark-extension-gfm-* and mdast-util-gfm-autolink-literal): a table
 * needs `|`, strikethrough `~`, a footnote `[^`, a task list item `[` then a space, a line ending, `x` or `X`, an
 * autolink literal `www.`, `http://`, `https://` or an email's `@` (mailto: and xmpp: links have one too). A text
 * with none of them parses to the same tree without the GFM extension, which slows every character of the parse:
 * such texts skip it (a bracket alone, as in "[...]" or "[1]", is no reason to pay for it).
 */
const MAY_USE_GFM = /[|~@]|\[[\^\sx]|www\.|https?:\/\//i;

/** A YAML front matter block opens on the first line, at its first column (micromark-extension-frontmatter). */
const MAY_OPEN_FRONT_MATTER = /^\uFEFF?---/;

/** micromark constructs read as plain text when a document passes a limit of ./limits.ts. */
const INLINE_MARKS = ['attention', 'labelStartLink', 'labelStartImage', 'labelEnd', 'gfmFootnoteCall', 'gfmPotentialFootnoteCall'];
const TABLES = ['table'];

const processors = new Map<string, Processor>();

/** The processor with or without GFM and front matter, and with the given constructs off (built once each). */
function processorFor(gfm: boolean, frontMatter: boolean, disabled: readonly string[]): Processor {
  const key = `${gfm}:${frontMatter}:${disabled.join(',')}`;
  let processor = processors.get(key);
  if (!processor) {
    // parse() only runs the syntax extensions, which is all we need: no transforms.
    const base = unified().use(remarkParse);
    if (gfm) base.use(remarkGfm);
    if (frontMatter) base.use(remarkFrontmatter, ['yaml']);
    if (disabled.length > 0) {
      const data = base.data() as { micromarkExtensions?: unknown[] };
      data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: [...disabled] } }];
    }
    processor = base;
    processors.set(key, processor);
  }
  return processor;
}

/**
 * Parses CommonMark + GFM (tables, strikethrough, autolinks) with a YAML front matter block. A document past the
 * limits of ./limits.ts is refused (containers nested too deeply: an ExtractError) or read with its emphasis, links
 * or tables as plain text, so that parsing stays linear in the size of the input.
 */
export function parseMarkdown(source: string): Root {
  const shape = shapeOf(source);
  if (shape.nesting > MAX_NESTING) throw new ExtractError(`the Markdown nests lists or quotes too deeply to be parsed (more than ${MAX_NESTING} levels)`);
  const disabled = [...(shape.inlineMarks > MAX_INLINE_MARKS ? INLINE_MARKS : []), ...(shape.tableCells > MAX_TABLE_CELLS ? TABLES : [])];
  try {
    return processorFor(MAY_USE_GFM.test(source), MAY_OPEN_FRONT_MATTER.test(source), disabled).parse(source);
  } catch (error) {
    // a nesting the line scan cannot see (containers opened on successive lines) can still overflow the stack
    if (error instanceof RangeError) throw new ExtractError('the Markdown nests lists or quotes too deeply to be parsed');
    throw error;
  }
}
