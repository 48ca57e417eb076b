import type { StageContext, TextUnit } from '../context.js';
import type { DateMention, Diagnostic } from '../types.js';

/** Finds and normalises every temporal expression (TIMEX3). Placeholder until the dates stage lands. */
export function findDates(_units: readonly TextUnit[], _context: StageContext): { dates: DateMention[]; diagnostics: Diagnostic[] } {
  return { dates: [], diagnostics: [] };
}
