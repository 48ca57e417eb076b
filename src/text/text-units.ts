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
  const push = (text: MappedText, block: Block) => {
    if (text.text.length === 0) return;
    const span = lines.span(text.starts[0]!, text.ends[text.text.length - 1]!);
    units.push({ ...text, index: units.length, span, section: block.section, paragraph: block.paragraph?.id ?? null, heading: block.paragraph === null, depth: block.depth });
  };
  for (const block of blocks) {
    if (block.paragraph === null) push(block.text, block);
    else for (const sentence of splitSentences(block.text, rules)) push(sentence, block);
  }
  return units;
}
