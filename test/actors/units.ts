/**
 * Builds text units from a small Markdown article without the full pipeline:
 * "#" lines are headings, other non-empty lines are paragraphs split into
 * sentences with the French rules. Enough to test the actors stage alone.
 */
import type { StageContext, TextUnit } from '../../src/context.js';
import type { GazetteerEntry } from '../../src/actors/gazetteer.js';
import { fr } from '../../src/locales/fr/index.js';
import { LineIndex } from '../../src/text/line-index.js';
import { MappedTextBuilder } from '../../src/text/mapped-text.js';
import { splitSentences } from '../../src/text/sentences.js';

export function unitsOf(source: string): TextUnit[] {
  const lines = new LineIndex(source);
  const units: TextUnit[] = [];
  let section = 'preamble';
  let paragraph = 0;
  let offset = 0;
  for (const line of source.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    const heading = /^(#{1,6})\s+/.exec(line);
    const builder = new MappedTextBuilder();
    const skip = heading ? heading[0].length : 0;
    builder.appendSource(line.slice(skip), start + skip);
    const text = builder.build();
    if (heading) {
      section = line.slice(skip).toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');
      units.push({ ...text, index: units.length, span: lines.span(start, start + line.length), section, paragraph: null, heading: true, depth: heading[1]!.length });
      continue;
    }
    paragraph++;
    for (const sentence of splitSentences(text, fr.sentences)) {
      const span = lines.span(sentence.starts[0]!, sentence.ends[sentence.text.length - 1]!);
      units.push({ ...sentence, index: units.length, span, section, paragraph: `p${paragraph}`, heading: false, depth: 0 });
    }
  }
  return units;
}

export function contextOf(source: string, gazetteer: GazetteerEntry[] = []): StageContext {
  return {
    source,
    lines: new LineIndex(source),
    referenceDate: { value: null, source: 'none' },
    prefer: 'past',
    locale: fr,
    gazetteer,
  };
}
