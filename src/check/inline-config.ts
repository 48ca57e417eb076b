/**
 * Comments that turn rules off in part of a document, like markdownlint's:
 * `<!-- extract-disable rule-a rule-b -->` … `<!-- extract-enable rule-a -->`
 * (no rule: all rules), and `<!-- extract-disable-next-line rule-a -->`.
 */
import type { Root } from 'mdast';
import { walk } from './mdast.js';

const DIRECTIVE = /<!--\s*extract-(disable-next-line|disable|enable)((?:\s+[a-z0-9-]+)*)\s*-->/g;

interface Directive {
  readonly line: number;
  readonly kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids, or null for every rule. */
  readonly rules: readonly string[] | null;
}

/** Reads the directives of a document; returns whether a rule is turned off at a 1-based line. */
export function inlineSuppressions(tree: Root): (ruleId: string, line: number) => boolean {
  const directives: Directive[] = [];
  walk(tree, (node) => {
    if (node.type !== 'html' || !node.position) return;
    for (const match of node.value.matchAll(DIRECTIVE)) {
      const line = node.position.start.line + (node.value.slice(0, match.index).match(/\r\n|\r|\n/g)?.length ?? 0);
      const rules = match[2]!.trim().split(/\s+/).filter(Boolean);
      directives.push({ line, kind: match[1] as Directive['kind'], rules: rules.length ? rules : null });
    }
  });
  if (directives.length === 0) return () => false;
  directives.sort((a, b) => a.line - b.line);
  return (ruleId, line) => {
    let off = false;
    for (const d of directives) {
      if (d.line > line) break;
      if (d.rules !== null && !d.rules.includes(ruleId)) continue;
      if (d.kind === 'disable') off = true;
      else if (d.kind === 'enable') off = false;
      else if (d.line + 1 === line) return true;
    }
    return off;
  };
}
