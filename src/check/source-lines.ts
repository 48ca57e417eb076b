/** Line-level helpers shared by the structure rules and their fixes. */
import type { LineIndex } from '../text/line-index.js';

/** Text of a 1-based line without its line ending; undefined past the last line. */
export function lineText(source: string, lines: LineIndex, line: number): string | undefined {
  if (line < 1 || line > lines.lineCount) return undefined;
  const start = lines.lineStart(line);
  const end = line < lines.lineCount ? lines.lineStart(line + 1) : source.length;
  return source.slice(start, end).replace(/\r?\n$|\r$/, '');
}

/**
 * Blank as markdownlint sees it: missing, only spaces, only block-quote
 * markers, or only HTML comments (so that MD022 and our rule agree).
 */
export function isBlankLine(line: string | undefined): boolean {
  if (line === undefined || line.trim() === '') return true;
  return removeComments(line).replace(/>/g, '').trim() === '';
}

function removeComments(text: string): string {
  let s = text;
  for (;;) {
    const start = s.indexOf('<!--');
    const end = s.indexOf('-->');
    if (end !== -1 && (start === -1 || end < start)) s = s.slice(end + 3);
    else if (start !== -1 && end !== -1) s = s.slice(0, start) + s.slice(end + 3);
    else if (start !== -1) s = s.slice(0, start);
    else return s;
  }
}

/** The line ending the document uses (its first one), "\n" when it has none. */
export function lineEnding(source: string): string {
  const match = /\r\n|\n|\r/.exec(source);
  return match ? match[0] : '\n';
}

/** The block-quote markers that start a line (">", "> >"), to repeat on an inserted blank line. */
export function blockQuotePrefix(line: string | undefined): string {
  const match = /^(?:[ \t]*>)+/.exec(line ?? '');
  return match ? match[0].trimEnd() : '';
}
