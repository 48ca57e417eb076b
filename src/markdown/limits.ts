/**
 * What the Markdown parser (micromark, through remark) is not given, found by
 * one linear pass over the lines before parsing. micromark takes time that
 * grows with the square of some constructs: containers nested thousands deep,
 * thousands of emphasis marks or brackets in one paragraph (each closing mark
 * looks back over the paragraph), and the cells of GFM tables (remark-gfm's
 * table resolver scans its edits once per cell). Past these limits a document
 * is refused (nesting) or read with the construct as plain text (inline marks,
 * tables), so that the time stays linear in the size of the input.
 */

/** Containers (block quotes, list items) nested on one line: more is refused, as markdown-it's default `maxNesting`. */
export const MAX_NESTING = 100;
/** Emphasis marks and brackets in one paragraph; more and the document's emphasis and links are read as plain text. */
export const MAX_INLINE_MARKS = 1000;
/** Table cells in the document; more and its tables are read as plain text lines. */
export const MAX_TABLE_CELLS = 5000;

export interface MarkdownShape {
  /** The deepest nesting of block quotes and list items that opens on one line. */
  readonly nesting: number;
  /** The most emphasis marks (`*`, `_`) and brackets (`[`, `]`) in one paragraph. */
  readonly inlineMarks: number;
  /** An upper bound on the table cells: cells of the rows of every block with a delimiter row. */
  readonly tableCells: number;
}

const CONTAINER = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;
const FENCE = /^(`{3,}|~{3,})/;
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** A character that the count of inline marks reads: `*`, `_`, `[`, `]`, or a backslash (which escapes the next one). */
const MARK_OR_ESCAPE = /[\\*_[\]]/;
/** A line that can only open a new block: a heading, a table row, a list item or a quote (their marks end a paragraph). */
const OPENS_BLOCK = /^[ \t]{0,3}(?:#|>|[-*+][ \t]|\d{1,9}[.)][ \t]|\|)/;

/** Counts what the limits bound, in one pass over the lines. */
export function shapeOf(source: string): MarkdownShape {
  let nesting = 0;
  let inlineMarks = 0;
  let paragraphMarks = 0;
  let fence: string | null = null;
  let tableCells = 0;
  let blockCells = 0;
  let blockHasDelimiter = false;
  const endBlock = () => {
    if (blockHasDelimiter) tableCells += blockCells;
    blockCells = 0;
    blockHasDelimiter = false;
  };
  let from = 0;
  while (from <= source.length) {
    let to = source.indexOf('\n', from);
    if (to < 0) to = source.length;
    const line = source.slice(from, to);
    from = to + 1;
    // the containers that open on this line, then what follows them
    let at = 0;
    let depth = 0;
    const breakFrom = thematicTail(line);
    for (;;) {
      let indent = 0;
      while (indent < 4 && (line[at + indent] === ' ' || line[at + indent] === '\t')) indent++;
      if (indent >= 4) break;
      const marker = CONTAINER.exec(line.slice(at + indent, at + indent + 11));
      if (!marker) break;
      // "- - -" and "* * *" end as a thematic break, not as nested items
      if (depth > 0 && at >= breakFrom && isThematicBreak(line.slice(at))) break;
      depth++;
      at += indent + marker[0].length;
      if (depth > MAX_NESTING) break;
    }
    const rest = line.slice(at).trimStart();
    if (fence !== null) {
      // a fenced code block's lines are code, whatever they start with
      if (rest.startsWith(fence)) fence = null;
      continue;
    }
    nesting = Math.max(nesting, depth);
    const opening = FENCE.exec(rest);
    if (opening) {
      fence = opening[1]!;
      endBlock();
      paragraphMarks = 0;
      continue;
    }
    if (rest.trim().length === 0) {
      endBlock();
      paragraphMarks = 0;
      continue;
    }
    if (depth > 0 || OPENS_BLOCK.test(line)) paragraphMarks = 0;
    // (most lines hold none of these characters, 38 of the 3,528 lines of 300 bench articles: one native scan answers
    // them, where the loop below costs a few property loads per character until TurboFan compiles it, late in a run)
    if (MARK_OR_ESCAPE.test(rest)) {
      for (let i = 0; i < rest.length; i++) {
        const c = rest.charCodeAt(i);
        // * _ [ ] (a backslash escapes the next character)
        if (c === 0x5c) i++;
        else if (c === 0x2a || c === 0x5f || c === 0x5b || c === 0x5d) paragraphMarks++;
      }
    }
    inlineMarks = Math.max(inlineMarks, paragraphMarks);
    if (rest.includes('|')) {
      blockCells += rest.split('|').length;
      if (DELIMITER_ROW.test(rest.trim())) blockHasDelimiter = true;
    } else endBlock();
  }
  endBlock();
  return { nesting, inlineMarks, tableCells };
}

/** Where the line's tail of one mark (`-`, `*` or `_`) and blanks begins: only from there can a thematic break start. */
function thematicTail(line: string): number {
  let mark = '';
  let i = line.length;
  // (the index steps back as the character is read, on the common path too, a line that ends on neither: a step on the
  // rare path alone had no type feedback when TurboFan compiled `shapeOf`, whose code was thrown away at the first line
  // ending on a blank or a mark, and compiled again)
  while (i > 0) {
    const c = line[--i]!;
    if (c !== ' ' && c !== '\t') {
      if ((c !== '-' && c !== '*' && c !== '_') || (mark && c !== mark)) return i + 1;
      mark = c;
    }
  }
  return 0;
}

/** True when the text is a thematic break: three or more of one of `-`, `*`, `_`, and nothing else but blanks. */
function isThematicBreak(text: string): boolean {
  let mark = '';
  let count = 0;
  for (const c of text) {
    if (c === ' ' || c === '\t') continue;
    if (c !== '-' && c !== '*' && c !== '_') return false;
    if (mark && c !== mark) return false;
    mark = c;
    count++;
  }
  return count >= 3;
}
