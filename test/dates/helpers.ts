/** Builds units and a context to run the dates stage on plain sentences. */
import type { StageContext, TextUnit, Preference } from '../../src/context.js';
import { findDates } from '../../src/dates/index.js';
import { fr } from '../../src/locales/fr/index.js';
import { LineIndex } from '../../src/text/line-index.js';
import type { DateMention, Diagnostic } from '../../src/types.js';

/** One unit per sentence given, one sentence per line of the source. */
export function unitsOf(sentences: readonly string[]): { source: string; units: TextUnit[] } {
  const source = sentences.join('\n');
  const lines = new LineIndex(source);
  let offset = 0;
  const units = sentences.map((text, index) => {
    const starts = Array.from({ length: text.length }, (_, i) => offset + i);
    const ends = starts.map((s) => s + 1);
    const unit: TextUnit = { text, starts, ends, index, span: lines.span(offset, offset + text.length), section: 's', paragraph: `p${index + 1}`, heading: false, depth: 0 };
    offset += text.length + 1;
    return unit;
  });
  return { source, units };
}

/** Runs findDates on sentences with a reference date (null: none) and a preference. */
export function dates(sentences: string | readonly string[], ref: string | null, prefer: Preference = 'nearest'): { dates: DateMention[]; diagnostics: Diagnostic[] } {
  const { source, units } = unitsOf(typeof sentences === 'string' ? [sentences] : sentences);
  const context: StageContext = {
    source,
    lines: new LineIndex(source),
    referenceDate: { value: ref, source: ref ? 'option' : 'none' },
    prefer,
    locale: fr,
    gazetteer: [],
  };
  return findDates(units, context);
}

/** "text=value[ mod]" for each date, to compare compactly. */
export function brief(sentences: string | readonly string[], ref: string | null, prefer: Preference = 'nearest'): string[] {
  // (the implicit ends of a duration, no expressions of the text, are test/dates/implicit-ends.test.ts's)
  return dates(sentences, ref, prefer).dates.filter((d) => !d.implicit).map((d) => `${d.text}=${d.value}${d.mod ? ` ${d.mod}` : ''}`);
}
