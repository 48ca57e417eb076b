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

/** A fix left out: it would change what the document says, or there were too many to verify in one document. */
export interface SkippedFix {
  readonly finding: Finding;
  readonly reason: 'changes-content' | 'too-many';
}

/** What `--fix` did: the fixed text, and the fixes left out. */
export interface FixOutcome {
  readonly text: string;
  readonly skipped: readonly SkippedFix[];
}

/** Limits of `fixDocument`. */
export interface FixLimits {
  /** Rounds of fixing (each re-runs the rules). */
  maxPasses?: number;
  /**
   * Parses of the whole document spent comparing contents (default 24): past
   * it, fixes not yet shown safe are skipped, so that a document full of
   * unsafe fixes costs a bounded number of parses instead of one per fix.
   * Finding one unsafe fix among n by halves takes about 2·log2(n).
   */
  maxComparisons?: number;
  /** Counts the comparisons made (for tests). */
  counter?: { comparisons: number };
}

/**
 * Fixes until nothing changes: `checkSource` runs the rules on a text and
 * returns its findings. A fix is kept only when the fixed document still says
 * the same thing (see `contentOf`): a blank line that would turn an indented
 * line into a code block, `[x]: url` into a link definition or `2. …` into a
 * list is skipped and returned in `skipped`. When a pass's fixes together
 * change the content, halves are tried in turn to find the fixes at fault.
 */
export function fixDocument(source: string, checkSource: (text: string) => readonly Finding[], limits: FixLimits | number = {}): FixOutcome {
  const { maxPasses = 10, maxComparisons = 24, counter } = typeof limits === 'number' ? { maxPasses: limits } : limits;
  let budget = maxComparisons;
  const original = contentOf(source);
  const skipped: SkippedFix[] = [];
  const refused = new Set<string>();
  let text = source;
  const keeps = (candidate: string): boolean => {
    budget--;
    if (counter) counter.comparisons++;
    return contentOf(candidate) === original;
  };
  const refuse = (findings: readonly Finding[], reason: SkippedFix['reason']) => {
    for (const finding of findings) {
      refused.add(keyOf(finding, text));
      skipped.push({ finding, reason });
    }
  };
  // the findings of `group` whose fixes, applied together, keep the content; the others refused
  const safeOf = (group: readonly Finding[]): Finding[] => {
    if (group.length === 0) return [];
    if (budget <= 0) {
      refuse(group, 'too-many');
      return [];
    }
    if (keeps(applyFixes(text, group))) return [...group];
    if (group.length === 1) {
      refuse(group, 'changes-content');
      return [];
    }
    const half = Math.ceil(group.length / 2);
    return [...safeOf(group.slice(0, half)), ...safeOf(group.slice(half))];
  };
  for (let pass = 0; pass < maxPasses; pass++) {
    const findings = checkSource(text).filter((f) => f.fix && f.fix.length > 0 && !refused.has(keyOf(f, text)));
    if (findings.length === 0) break;
    const safe = safeOf(findings);
    const next = applyFixes(text, safe);
    if (next === text) break;
    // fixes found safe one half at a time may still clash together: checked, or not applied
    if (safe.length < findings.length && (budget <= 0 || !keeps(next))) break;
    text = next;
  }
  return { text, skipped };
}

/** Fixes until nothing changes; the fixed text (fixes that would change the content left out). */
export function fixSource(source: string, checkSource: (text: string) => readonly Finding[], maxPasses = 10): string {
  return fixDocument(source, checkSource, { maxPasses }).text;
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
