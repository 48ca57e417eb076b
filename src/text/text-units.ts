/**
 * Blocks -> text units: each paragraph split into sentences, each heading
 * kept whole. Later stages read only these units.
 */
import type { TextUnit } from '../context.js';
import type { Block } from '../markdown/sections.js';
import type { LineIndex } from './line-index.js';
import { splitSentences, type SentenceRules } from './sentences.js';
import type { MappedText } from './mapped-text.js';

/** Splits every block into text units in document order. */
export function toTextUnits(blocks: readonly Block[], rules: SentenceRules, lines: LineIndex): TextUnit[] {
  const units: TextUnit[] = [];
  for (const block of blocks) {
    if (block.paragraph === null) push(units, block.text, block, lines);
    else for (const sentence of splitSentences(block.text, rules)) push(units, sentence, block, lines);
  }
  return units;
}

// (a module-level function and an object literal with every field written out, in the order a spread of the text
// gave them: each unit has the same shape from the start, and the function keeps its optimised code across full
// garbage collections, where a closure made per call and a shape built by a spread lost theirs)
function push(units: TextUnit[], text: MappedText, block: Block, lines: LineIndex): void {
  if (text.text.length === 0) return;
  const span = lines.span(text.starts[0]!, text.ends[text.text.length - 1]!);
  units.push({
    text: text.text,
    starts: text.starts,
    ends: text.ends,
    index: units.length,
    span,
    section: block.section,
    paragraph: block.paragraph?.id ?? null,
    heading: block.paragraph === null,
    depth: block.depth,
  });
}
