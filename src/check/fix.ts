/** `--fix` as pure text edits: apply the fixes the rules attached to their findings. */
import type { Nodes } from 'mdast';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import type { Finding, TextEdit } from './types.js';

/**
 * Applies edits to a text. Identical edits count once (two rules, or two
 * sides of one blank line, may ask for the same insertion); an edit that
 * overlaps one already taken is left for the next pass.
 */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  let last: TextEdit | null = null;
  for (const edit of sorted) {
    if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text) continue;
    if (edit.start < at || (last && edit.start === last.start && edit.start === edit.end && last.start === last.end)) continue;
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
    last = edit;
  }
  return out + source.slice(at);
}

/** Applies every fix attached to the findings of one pass. */
export function applyFixes(source: string, findings: readonly Finding[]): string {
  return applyEdits(
    source,
    findings.flatMap((finding) => finding.fix ?? []),
  );
}

/** What `--fix` did: the fixed text, and the findings whose fix was left out because it would change what the document says. */
export interface FixOutcome {
  readonly text: string;
  readonly skipped: readonly Finding[];
}

/**
 * Fixes until nothing changes (at most `maxPasses` times): `checkSource` runs
 * the rules on a text and returns its findings. A fix is kept only when the
 * fixed document still says the same thing (see `sameContent`): a blank line
 * that would turn an indented line into a code block, `[x]: url` into a link
 * definition or `2. …` into a list is skipped and returned in `skipped`.
 */
export function fixDocument(source: string, checkSource: (text: string) => readonly Finding[], maxPasses = 10): FixOutcome {
  const original = contentOf(source);
  const skipped: Finding[] = [];
  const refused = new Set<string>();
  let text = source;
  for (let pass = 0; pass < maxPasses; pass++) {
    const findings = checkSource(text).filter((f) => f.fix && f.fix.length > 0 && !refused.has(keyOf(f, text)));
    let next = applyFixes(text, findings);
    if (next !== text && contentOf(next) !== original) {
      // one fix at a time: keep those that leave the content alone
      const safe = findings.filter((finding) => {
        const ok = contentOf(applyFixes(text, [finding])) === original;
        if (!ok) {
          refused.add(keyOf(finding, text));
          skipped.push(finding);
        }
        return ok;
      });
      next = applyFixes(text, safe);
      if (next !== text && contentOf(next) !== original) break;
    }
    if (next === text) break;
    text = next;
  }
  return { text, skipped };
}

/** Fixes until nothing changes; the fixed text (fixes that would change the content left out). */
export function fixSource(source: string, checkSource: (text: string) => readonly Finding[], maxPasses = 10): string {
  return fixDocument(source, checkSource, maxPasses).text;
}

/** Names a finding across passes: its rule and the text of its line (offsets move as blank lines go in). */
const keyOf = (finding: Finding, text: string) => `${finding.ruleId}\u0000${finding.span ? text.slice(finding.span.start.offset, finding.span.end.offset) : ''}`;

/**
 * What a document says, to compare before and after a fix: its text in
 * document order, whitespace collapsed (splitting a paragraph in two or adding
 * blank lines changes nothing), with code, HTML, definitions and thematic breaks
 * marked as such (an indented line turned into code changes it).
 */
export function contentOf(source: string): string {
  const parts: string[] = [];
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        parts.push(node.value);
        return;
      case 'code':
      case 'html':
      case 'yaml':
        parts.push(`\u0000${node.type}:${node.value}\u0000`);
        return;
      case 'definition':
        parts.push(`\u0000definition:${node.identifier}:${node.url}\u0000`);
        return;
      case 'thematicBreak':
        parts.push('\u0000hr\u0000');
        return;
      case 'list':
        parts.push(`\u0000list:${node.ordered ? (node.start ?? 1) : '-'}\u0000`);
        break;
      case 'heading':
        parts.push(`\u0000h${node.depth}\u0000`);
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child);
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') parts.push(' ');
  };
  visit(parseMarkdown(source));
  return parts.join('').replace(/\s+/g, ' ').trim();
}
