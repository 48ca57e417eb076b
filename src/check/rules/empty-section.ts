/** empty-section: a heading followed by nothing before the next heading of the same or a higher level. */
import type { Rule } from '../types.js';
import { spanOf } from '../mdast.js';

export const emptySection: Rule = {
  id: 'empty-section',
  description: 'Sections have content',
  defaultLevel: 'warn',
  fixable: false,
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  check({ tree, report }) {
    // Front matter and HTML comments are not content.
    const blocks = tree.children.filter(
      (node) => node.type !== 'yaml' && !(node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value)),
    );
    blocks.forEach((node, index) => {
      if (node.type !== 'heading') return;
      const next = blocks[index + 1];
      // A deeper heading right after is a subsection: the section has content (the subsection is checked on its own).
      if (next && (next.type !== 'heading' || next.depth > node.depth)) return;
      const span = spanOf(node);
      if (!span) return;
      report({ message: 'Section is empty: nothing follows this heading before the next one', span });
    });
  },
};
