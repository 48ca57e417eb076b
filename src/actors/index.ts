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
import { copyCandidate } from './candidate.js';
import { scanUnit, type Candidate, type UnitRole } from './recognise.js';

export type { ActorLocale } from './actor-locale.js';
export { parseGazetteer, type GazetteerEntry } from './gazetteer.js';

/**
 * "les gilets jaunes" after "les Gilets jaunes": once the text names a movement with capitals, the same words in lower
 * case are mentions of it too (outside other names).
 */
function lowerCaseMovements(units: readonly TextUnit[], candidates: readonly Candidate[]): Candidate[] {
  const names = new Map<string, Candidate>();
  for (const c of candidates) if (c.movement && !names.has(c.text.toLowerCase())) names.set(c.text.toLowerCase(), c);
  if (names.size === 0) return [];
  const taken = new Map<TextUnit, Candidate[]>();
  for (const c of candidates) {
    const list = taken.get(c.unit);
    if (list) list.push(c);
    else taken.set(c.unit, [c]);
  }
  const found: Candidate[] = [];
  for (const unit of units) {
    for (const [lower, model] of names) {
      for (let from = unit.text.indexOf(lower); from >= 0; from = unit.text.indexOf(lower, from + 1)) {
        const to = from + lower.length;
        if (/[\p{L}\p{N}]/u.test(unit.text[from - 1] ?? '') || /[\p{L}\p{N}]/u.test(unit.text[to] ?? '')) continue;
        if ((taken.get(unit) ?? []).some((c) => c.from < to && c.to > from)) continue;
        const words = lower.split(' ');
        let at = from;
        const wordSpans = words.map((w) => {
          const start = unit.text.indexOf(w, at);
          at = start + w.length;
          return [start, at] as const;
        });
        found.push(copyCandidate(model, { unit, from, to, text: lower, words, wordSpans, roles: [], aliasOf: null, fallback: null }));
      }
    }
  }
  return found;
}

/** Finds people, organisations and places in the text units and groups their mentions into actors (in order of first mention). */
export function findActors(units: readonly TextUnit[], context: StageContext): { actors: Actor[]; diagnostics: Diagnostic[] } {
  const locale = context.locale.actors;
  const lexicons = buildLexicons(locale, context.gazetteer);
  const candidates: Candidate[] = [];
  const bareRoles: UnitRole[] = [];
  for (const unit of units) for (const c of scanUnit(unit, locale, lexicons, true, bareRoles)) candidates.push(c);
  candidates.push(...lowerCaseMovements(units, candidates));
  const grouper = new ActorGrouper(context, locale);
  const actors = grouper.group(candidates, bareRoles);
  return { actors, diagnostics: grouper.diagnostics };
}
