/**
 * Parses Markdown the way the extraction does (remark-parse + remark-gfm +
 * remark-frontmatter), so that check rules see the same blocks.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** Parses Markdown into an mdast tree with positions (offsets: UTF-16 code units). */
export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}
