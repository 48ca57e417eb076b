import type { StageContext, TextUnit } from '../context.js';
import type { Actor, DateMention, Diagnostic, Event } from '../types.js';

/** Assembles dated events. Placeholder until the events stage lands. */
export function findEvents(
  _units: readonly TextUnit[],
  _dates: readonly DateMention[],
  _actors: readonly Actor[],
  _context: StageContext,
): { events: Event[]; diagnostics: Diagnostic[] } {
  return { events: [], diagnostics: [] };
}
