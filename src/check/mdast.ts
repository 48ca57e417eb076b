/** Small mdast helpers (walking, plain text) so the rules need no extra dependency. */
import type { Heading, Nodes, Parents, Root } from 'mdast';
import type { Position } from 'unist';
import type { Span } from '../types.js';

/** Calls `visit` on every node in document order, with its parent. */
export function walk(tree: Root, visit: (node: Nodes, parent: Parents | null) => void): void {
  const go = (node: Nodes, parent: Parents | null): void => {
    visit(node, parent);
    if ('children' in node) for (const child of node.children) go(child, node);
  };
  go(tree, null);
}

/** Every heading of the document, in order (including those inside block quotes and lists). */
export function headings(tree: Root): Heading[] {
  const found: Heading[] = [];
  walk(tree, (node) => {
    if (node.type === 'heading') found.push(node);
  });
  return found;
}

/** The plain text of a node (inline markup removed). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html' && node.type !== 'yaml') return node.value;
  if ('children' in node) return node.children.map((child) => plainText(child)).join('');
  return '';
}

/** The span of a node (unist position with offsets), or null when the node has none. */
export function spanOf(node: { position?: Position | undefined }): Span | null {
  const position = node.position;
  if (!position || position.start.offset === undefined || position.end.offset === undefined) return null;
  return {
    start: { line: position.start.line, column: position.start.column, offset: position.start.offset },
    end: { line: position.end.line, column: position.end.column, offset: position.end.offset },
  };
}
