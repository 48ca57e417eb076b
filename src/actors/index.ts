/**
 * The actors stage: people, organisations and places named in the text, one
 * actor per entity, with canonical names, aliases, roles and every mention.
 * Recognisers (./recognise.ts) work sentence by sentence with the locale's
 * word lists; grouping (./group.ts) works on the whole document.
 */
import type { StageContext, TextUnit } from '../context.js';
import type { Actor, Diagnostic } from '../types.js';
import { ActorGrouper } from './group.js';
import { buildLexicons } from './lexicons.js';
import { scanUnit, type Candidate } from './recognise.js';

export type { ActorLocale } from './actor-locale.js';
export { parseGazetteer, type GazetteerEntry } from './gazetteer.js';

/** Finds people, organisations and places in the text units and groups their mentions into actors (in order of first mention). */
export function findActors(units: readonly TextUnit[], context: StageContext): { actors: Actor[]; diagnostics: Diagnostic[] } {
  const locale = context.locale.actors;
  const lexicons = buildLexicons(locale, context.gazetteer);
  const candidates: Candidate[] = [];
  for (const unit of units) for (const c of scanUnit(unit, locale, lexicons)) candidates.push(c);
  const grouper = new ActorGrouper(context, locale);
  const actors = grouper.group(candidates);
  return { actors, diagnostics: grouper.diagnostics };
}
