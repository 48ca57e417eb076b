import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root } from 'mdast';
import { ExtractError } from '../errors.js';
import { MAX_INLINE_MARKS, MAX_NESTING, MAX_TABLE_CELLS, shapeOf } from './limits.js';

type Processor = { parse(source: string): Root };

/**
 * GFM as remark-gfm makes it (micromark-extension-gfm and mdast-util-gfm combine these five, in this order), each
 * construct with what it cannot do without: a table needs `|`, strikethrough `~`, a footnote `[^`, a task list item
 * `[` then a space, a line ending, `x` or `X`, an autolink literal `www.`, `http://`, `https://` or an email's `@`
 * (mailto: and xmpp: links have one too). A text without a construct's characters parses to the same tree without
 * it, and each one slows the parse of every character: a text gets only the constructs it may use (a bracket alone,
 * as in "[...]" or "[1]", is no reason to pay for any). The autolink literals alone double the time of a parse (their
 * micromark constructs open on letters, and their mdast step searches every text node again); tables add a third (a
 * try at each line); the three others cost little. So one such character in a long document no longer puts the
 * whole of GFM on every line of it (one 170 kB document of news with a "[ " in it: 778 ms with all of GFM, 331 ms
 * with the task list items alone, 380 ms without GFM).
 */
const GFM_CONSTRUCTS = [
  { needs: /@|www\.|https?:\/\//i, syntax: gfmAutolinkLiteral, tree: gfmAutolinkLiteralFromMarkdown },
  { needs: /\[\^/, syntax: gfmFootnote, tree: gfmFootnoteFromMarkdown },
  { needs: /~/, syntax: gfmStrikethrough, tree: gfmStrikethroughFromMarkdown },
  { needs: /\|/, syntax: gfmTable, tree: gfmTableFromMarkdown },
  { needs: /\[[\sx]/i, syntax: gfmTaskListItem, tree: gfmTaskListItemFromMarkdown },
] as const;

/**
 * Whether the text may use any GFM construct: the constructs' patterns in one, for the common answer, no (under `i`, as the
 * patterns with letters are; the others have none).
 */
const MAY_USE_GFM = new RegExp(GFM_CONSTRUCTS.map((construct) => construct.needs.source).join('|'), 'i');

/** The GFM constructs (bits of their indices in GFM_CONSTRUCTS) that the text may use. */
function gfmConstructsOf(source: string): number {
  if (!MAY_USE_GFM.test(source)) return 0;
  let bits = 0;
  for (let i = 0; i < GFM_CONSTRUCTS.length; i++) if (GFM_CONSTRUCTS[i]!.needs.test(source)) bits |= 1 << i;
  return bits;
}

/** A YAML front matter block opens on the first line, at its first column (micromark-extension-frontmatter). */
const MAY_OPEN_FRONT_MATTER = /^\uFEFF?---/;

/** micromark constructs read as plain text when a document passes a limit of ./limits.ts. */
const INLINE_MARKS = ['attention', 'labelStartLink', 'labelStartImage', 'labelEnd', 'gfmFootnoteCall', 'gfmPotentialFootnoteCall'];
const TABLES = ['table'];

const processors = new Map<string, Processor>();

/** The processor with the GFM constructs of these bits, with or without front matter, and with the given constructs off (built once each). */
function processorFor(gfm: number, frontMatter: boolean, disabled: readonly string[]): Processor {
  const key = `${gfm}:${frontMatter}:${disabled.join(',')}`;
  let processor = processors.get(key);
  if (!processor) {
    // parse() only runs the syntax extensions, which is all we need: no transforms.
    const base = unified().use(remarkParse);
    const data = base.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
    const constructs = GFM_CONSTRUCTS.filter((_, i) => gfm & (1 << i));
    if (constructs.length > 0) {
      data.micromarkExtensions = constructs.map((construct) => construct.syntax());
      data.fromMarkdownExtensions = constructs.map((construct) => construct.tree());
    }
    if (frontMatter) base.use(remarkFrontmatter, ['yaml']);
    if (disabled.length > 0) data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: [...disabled] } }];
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
    return processorFor(gfmConstructsOf(source), MAY_OPEN_FRONT_MATTER.test(source), disabled).parse(source);
  } catch (error) {
    // a nesting the line scan cannot see (containers opened on successive lines) can still overflow the stack
    if (error instanceof RangeError) throw new ExtractError('the Markdown nests lists or quotes too deeply to be parsed');
    throw error;
  }
}
