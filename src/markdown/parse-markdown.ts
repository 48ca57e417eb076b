import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

// parse() only runs the syntax extensions, which is all we need: no transforms.
const withGfm = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const withoutGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * What a GFM construct cannot do without: a table or strikethrough needs `|`
 * or `~`, a task list item or footnote `[`, an autolink literal `www.`,
 * `http://`, `https://` or an email's `@` (micromark-extension-gfm-*). A text
 * with none of them parses to the same tree without the GFM extension, which
 * slows every character of the parse: such texts skip it.
 */
const MAY_USE_GFM = /[|~[@]|www\.|https?:\/\//i;

/** Parses CommonMark + GFM (tables, strikethrough, autolinks) with a YAML front matter block. */
export function parseMarkdown(source: string): Root {
  return (MAY_USE_GFM.test(source) ? withGfm : withoutGfm).parse(source);
}
