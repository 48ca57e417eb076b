import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

// parse() only runs the syntax extensions, which is all we need: no transforms.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Parses CommonMark + GFM (tables, strikethrough, autolinks) with a YAML front matter block. */
export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}
