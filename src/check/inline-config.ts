/**
 * Comments that turn rules off in part of a document, with markdownlint's
 * names: `<!-- extract-disable rule-a rule-b -->` … `<!-- extract-enable rule-a -->`
 * (no rule: all rules), `extract-disable-line` (the comment's own line),
 * `extract-disable-next-line`, `extract-disable-file` / `extract-enable-file`
 * (the whole document, wherever the comment is), and `extract-capture` /
 * `extract-restore` (save the state, then go back to it). A `disable` comment
 * that opens the document, right after its front matter, covers the front
 * matter too: a comment cannot be written inside it.
 */
import type { Root } from 'mdast';
import { walk } from './mdast.js';

const KINDS = ['disable-next-line', 'disable-line', 'disable-file', 'enable-file', 'disable', 'enable', 'capture', 'restore'] as const;
const DIRECTIVE = new RegExp(`<!--\\s*extract-(${KINDS.join('|')})((?:\\s+[^\\s>-][^\\s]*)*)\\s*-->`, 'g');

export type DirectiveKind = (typeof KINDS)[number];

/** One comment of the document. */
export interface Directive {
  /** 1-based line of the comment. */
  readonly line: number;
  /** 0-based offsets of the comment in the source. */
  readonly start: number;
  readonly end: number;
  readonly kind: DirectiveKind;
  /** Rule ids, or null for every rule. */
  readonly rules: readonly string[] | null;
}

/** Every directive of a document, in document order. */
export function readDirectives(tree: Root): Directive[] {
  const directives: Directive[] = [];
  const first = tree.children.find((node) => node.type !== 'yaml');
  walk(tree, (node) => {
    if (node.type !== 'html' || node.position?.start.offset === undefined) return;
    const offset = node.position.start.offset;
    for (const match of node.value.matchAll(DIRECTIVE)) {
      const line = node.position.start.line + (node.value.slice(0, match.index).match(/\r\n|\r|\n/g)?.length ?? 0);
      const rules = match[2]!.trim().split(/\s+/).filter(Boolean);
      const kind = match[1] as DirectiveKind;
      // a disable comment opening the document also covers the front matter above it
      const opening = kind === 'disable' && node === first && match.index === 0;
      directives.push({ line: opening ? 1 : line, start: offset + match.index, end: offset + match.index + match[0].length, kind, rules: rules.length ? rules : null });
    }
  });
  return directives.sort((a, b) => a.line - b.line || a.start - b.start);
}

/** The state of one line: rules off (null in `all` = every rule). */
interface State {
  readonly all: boolean;
  /** With `all` false: the rules turned off; with `all` true: the rules turned back on. */
  readonly except: ReadonlySet<string>;
}

const NONE: State = { all: false, except: new Set() };

function apply(state: State, on: boolean, rules: readonly string[] | null): State {
  if (rules === null) return { all: !on, except: new Set() };
  const except = new Set(state.except);
  // with every rule off, turning one on adds it to the exceptions; otherwise turning one off does
  for (const rule of rules) if (state.all === on) except.add(rule);
  else except.delete(rule);
  return { all: state.all, except };
}

const isOff = (state: State, ruleId: string) => state.all !== state.except.has(ruleId);

/** Reads the directives of a document; returns whether a rule is turned off at a 1-based line. */
export function inlineSuppressions(tree: Root): (ruleId: string, line: number) => boolean {
  return suppressionsOf(readDirectives(tree));
}

/** Whether a rule is turned off at a line, from directives in document order. */
export function suppressionsOf(directives: readonly Directive[]): (ruleId: string, line: number) => boolean {
  if (directives.length === 0) return () => false;
  let fileState = NONE;
  for (const d of directives) {
    if (d.kind === 'disable-file') fileState = apply(fileState, false, d.rules);
    else if (d.kind === 'enable-file') fileState = apply(fileState, true, d.rules);
  }
  // the state in force from each directive's line on
  const steps: { line: number; state: State }[] = [];
  const single: { line: number; rules: readonly string[] | null }[] = [];
  let state = fileState;
  let captured = fileState;
  for (const d of directives) {
    if (d.kind === 'disable') state = apply(state, false, d.rules);
    else if (d.kind === 'enable') state = apply(state, true, d.rules);
    else if (d.kind === 'capture') captured = state;
    else if (d.kind === 'restore') state = captured;
    else if (d.kind === 'disable-line') single.push({ line: d.line, rules: d.rules });
    else if (d.kind === 'disable-next-line') single.push({ line: d.line + 1, rules: d.rules });
    steps.push({ line: d.line, state });
  }
  return (ruleId, line) => {
    if (single.some((s) => s.line === line && (s.rules === null || s.rules.includes(ruleId)))) return true;
    let current = fileState;
    for (const step of steps) {
      if (step.line > line) break;
      current = step.state;
    }
    return isOff(current, ruleId);
  };
}
