/** Runs the actors stage on a Markdown string and summarises its output for assertions. */
import { findActors } from '../../src/actors/index.js';
import type { GazetteerEntry } from '../../src/actors/gazetteer.js';
import type { Actor, Diagnostic } from '../../src/types.js';
import { contextOf, unitsOf } from './units.js';

export function actorsOf(markdown: string, gazetteer: GazetteerEntry[] = []): { actors: Actor[]; diagnostics: Diagnostic[] } {
  return findActors(unitsOf(markdown), contextOf(markdown, gazetteer));
}

/** "type:text" of every mention, in document order. */
export function mentionsOf(markdown: string, gazetteer: GazetteerEntry[] = []): string[] {
  const { actors } = actorsOf(markdown, gazetteer);
  return actors
    .flatMap((a) => a.mentions.map((m) => ({ key: `${a.type}:${m.text}`, offset: m.span.start.offset })))
    .sort((x, y) => x.offset - y.offset)
    .map((m) => m.key);
}

/** "name: role; role" of every person, in order. */
export function personRoles(markdown: string): string[] {
  return actorsOf(markdown)
    .actors.filter((a) => a.type === 'person')
    .map((a) => `${a.name}: ${a.roles.join('; ')}`);
}

/** Mention counts per type and surface text, for comparing with an annotation. */
export function countsOf(actors: readonly Actor[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const actor of actors) {
    for (const m of actor.mentions) {
      const byText = (counts[actor.type] ??= {});
      byText[m.text] = (byText[m.text] ?? 0) + 1;
    }
  }
  return counts;
}

/** Precision, recall and F1 of mention counts against an annotation, for one type. */
export function score(got: Record<string, number> = {}, want: Record<string, number> = {}): { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...Object.keys(got), ...Object.keys(want)])) {
    const g = got[key] ?? 0;
    const w = want[key] ?? 0;
    tp += Math.min(g, w);
    fp += Math.max(0, g - w);
    fn += Math.max(0, w - g);
  }
  return { tp, fp, fn };
}

export const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
