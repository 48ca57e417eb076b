/**
 * The dates stage: finds temporal expressions in each unit with the locale's
 * parsers and refiners, then resolves them in document order so that
 * anaphoric expressions ("ce jour-là", "la veille") take the date the
 * narrative last set, and deictic ones the reference date.
 */
import type { StageContext, TextUnit } from '../context.js';
import { sourceRange } from '../text/mapped-text.js';
import type { DateMention, Diagnostic } from '../types.js';
import { findCandidates } from './find-candidates.js';
import { advanceNarrative, EMPTY_NARRATIVE, narrativeDateOf, parseReference, resolveExpr, type Narrative } from './resolve.js';

export type { DateLocale } from './date-locale.js';

/** Rule id of the warning given for each expression whose year stays unknown. */
export const YEAR_UNRESOLVED = 'date-year-unresolved';

/** What a time that takes its day from another expression leaves unstated. */
const DAY_PARTS: readonly string[] = ['year', 'month', 'day'];

/** Finds and normalises every temporal expression (TIMEX3) of the units, in document order. */
export function findDates(units: readonly TextUnit[], context: StageContext): { dates: DateMention[]; diagnostics: Diagnostic[] } {
  const locale = context.locale.dates;
  const ref = parseReference(context.referenceDate.value);
  const dates: DateMention[] = [];
  const diagnostics: Diagnostic[] = [];
  let narrative: Narrative = EMPTY_NARRATIVE;
  for (const unit of units) {
    const candidates = findCandidates(unit.text, locale);
    if (candidates.length === 0) continue;
    const tenseAt = locale.tenses(unit.text);
    // ids are given in order, so a time can name the day it takes ("jeudi à 15 h") before or after it
    const idAt = new Map(candidates.map((c, i) => [c.from, `d${dates.length + i + 1}`]));
    for (const candidate of candidates) {
      const tense = tenseAt(candidate.from, candidate.to);
      const direction = tense ?? context.prefer;
      const r = resolveExpr(candidate.expr, { ref, narrative, direction, tense, mod: candidate.mod ?? null, paragraph: unit.paragraph });
      const id = `d${dates.length + 1}`;
      const dayId = candidate.anchorAt !== undefined ? idAt.get(candidate.anchorAt) : undefined;
      const inferred = dayId ? DAY_PARTS : r.inferred;
      const [start, end] = sourceRange(unit, candidate.from, candidate.to);
      const span = context.lines.span(start, end);
      const mention: DateMention = {
        id,
        text: unit.text.slice(candidate.from, candidate.to),
        span,
        type: r.type,
        value: r.value,
        mod: candidate.mod ?? null,
        anchor: dayId ?? r.anchor,
        ...(r.resolved ? { resolved: r.resolved } : {}),
        ...(r.quant ? { quant: r.quant } : {}),
        ...(inferred.length ? { inferred: [...inferred] } : {}),
        section: unit.section,
      };
      dates.push(mention);
      // an anaphor ("ce jour-là") inherits its anchor's unknown year: the anchor's warning says it once
      if (r.unresolved && !ref && !(dayId ?? r.anchor)) {
        diagnostics.push({
          ruleId: YEAR_UNRESOLVED,
          severity: 'warning',
          message: `The year of "${mention.text}" cannot be resolved: no reference date (use --ref-date or a front matter date:).`,
          span,
        });
      }
      if ((r.type === 'DATE' || r.type === 'TIME') && candidate.expr.kind !== 'literal' && !candidate.bound) narrative = advanceNarrative(narrative, narrativeDateOf(id, r.value, unit.paragraph));
    }
  }
  return { dates, diagnostics };
}
