/**
 * mdast -> the section tree: sections nested by heading depth (whatever depth
 * the document starts at, skipped levels tolerated), and the blocks of text
 * (headings, paragraphs, list items, quotes, table cells) in document order.
 */
import GithubSlugger from 'github-slugger';
import type { Nodes, Root, RootContent } from 'mdast';
import type { LineIndex } from '../text/line-index.js';
import { OffsetArena, trimMapped, type MappedText } from '../text/mapped-text.js';
import type { Paragraph, Section } from '../types.js';
import { inlineText } from './inline-text.js';
import { splitParagraphLines } from './paragraph-lines.js';

export type BlockKind = Paragraph['kind'];

/** A run of language text: a heading, or one paragraph of the article. */
export interface Block {
  readonly text: MappedText;
  /** Id of the Section it belongs to (for a heading, the section it opens). */
  readonly section: string;
  /** The Paragraph it fills, or null for a heading. */
  readonly paragraph: Paragraph | null;
  /** Heading depth (1–6), 0 for paragraphs. */
  readonly depth: number;
}

export interface SectionTree {
  readonly sections: Section[];
  readonly blocks: Block[];
  /** Text of the first shallowest heading, or null without headings. */
  readonly firstTopHeading: string | null;
}

/** Id of the depth-0 section that holds text before the first heading. */
export const PREAMBLE_ID = 'preamble';

/** Builds the section tree and the text blocks of a parsed document. */
export function buildSections(tree: Root, source: string, lines: LineIndex): SectionTree {
  const slugger = new GithubSlugger();
  const topLevel: Section[] = [];
  const blocks: Block[] = [];
  // a character of text comes from at least one of the source: the texts' maps fit in chunks of the source's length
  const arena = new OffsetArena(source.length + 1);
  const open: Section[] = []; // the chain of open sections, shallowest first
  const ends = new Map<Section, number>();
  let preamble: Section | null = null;
  let paragraphCount = 0;
  let topHeading: { depth: number; title: string } | null = null;

  const current = (): Section => {
    const last = open[open.length - 1];
    if (last) return last;
    if (!preamble) {
      preamble = { id: slugger.slug(PREAMBLE_ID), depth: 0, title: null, span: lines.span(0, 0), paragraphs: [], sections: [] };
      topLevel.push(preamble);
    }
    return preamble;
  };
  const extend = (node: Nodes, section: Section) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (!ends.has(section) && section.depth === 0) section.span = lines.span(start, end);
    for (const s of [...open, section]) ends.set(s, Math.max(ends.get(s) ?? 0, end));
  };

  const addParagraphs = (text: MappedText, kind: BlockKind, node: Nodes) => {
    const section = current();
    extend(node, section);
    const trimmed = trimMapped(text);
    if (trimmed.text.length === 0) return;
    for (const piece of splitParagraphLines(trimmed)) {
      paragraphCount++;
      const [start, end] = [piece.starts[0]!, piece.ends[piece.text.length - 1]!];
      const paragraph: Paragraph = { id: `p${paragraphCount}`, kind, text: piece.text, span: lines.span(start, end), sentences: [] };
      section.paragraphs.push(paragraph);
      blocks.push({ text: piece, section: section.id, paragraph, depth: 0 });
    }
  };

  const visit = (node: RootContent, kind: BlockKind): void => {
    switch (node.type) {
      case 'heading': {
        const text = trimMapped(inlineText(node.children, source, arena));
        if (kind !== 'paragraph') {
          // a heading inside a list or a quote is text, not a section
          addParagraphs(text, kind, node);
          return;
        }
        while (open.length > 0 && open[open.length - 1]!.depth >= node.depth) open.pop();
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        const section: Section = {
          id: slugger.slug(text.text) || slugger.slug('section'),
          depth: node.depth,
          title: text.text,
          span: lines.span(start, end),
          paragraphs: [],
          sections: [],
        };
        (open[open.length - 1]?.sections ?? topLevel).push(section);
        open.push(section);
        ends.set(section, end);
        extend(node, section);
        if (!topHeading || node.depth < topHeading.depth) topHeading = { depth: node.depth, title: text.text };
        if (text.text.length > 0) blocks.push({ text, section: section.id, paragraph: null, depth: node.depth });
        return;
      }
      case 'paragraph':
        addParagraphs(inlineText(node.children, source, arena), kind, node);
        return;
      case 'blockquote':
        pending.push(...node.children.map((child) => [child, 'blockquote'] as const).reverse());
        return;
      case 'list': {
        const inner: BlockKind = kind === 'blockquote' ? 'blockquote' : 'listItem';
        pending.push(...node.children.flatMap((item) => item.children.map((child) => [child, inner] as const)).reverse());
        return;
      }
      case 'table':
        for (const row of node.children) for (const cell of row.children) addParagraphs(inlineText(cell.children, source, arena), 'tableCell', cell);
        return;
      default:
        // code, html, yaml, thematic breaks, definitions, footnotes: not language text
        return;
    }
  };

  // an explicit stack, not recursion: quotes and lists nested thousands deep must not overflow
  const pending: (readonly [RootContent, BlockKind])[] = tree.children.map((node) => [node, 'paragraph'] as const).reverse();
  for (let next = pending.pop(); next; next = pending.pop()) visit(next[0], next[1]);
  for (const [section, end] of ends) section.span = lines.span(section.span.start.offset, end);
  return { sections: topLevel, blocks, firstTopHeading: (topHeading as { title: string } | null)?.title ?? null };
}
