import type { StageContext, TextUnit } from '../context.js';
import type { Actor, Diagnostic } from '../types.js';

/** Finds people, organisations and places and groups their mentions. Placeholder until the actors stage lands. */
export function findActors(_units: readonly TextUnit[], _context: StageContext): { actors: Actor[]; diagnostics: Diagnostic[] } {
  return { actors: [], diagnostics: [] };
}
