/**
 * Clauses with no date of their own that refer back to an event told before
 * ("Lors de cet appel", "au cours de l'appel", "le même jour"): they take its
 * date and are linked to it.
 */
import { latinTest } from '../text/unicode-domain.js';
import { makeDraft, type Draft } from './draft.js';
import { firstMatch } from './each-match.js';
import type { EventLocale } from './event-locale.js';
import { familiesMatch, findTriggers } from './triggers.js';
import { closingIncise, cueOf, mainTrigger, readTriggers, subjectRanges, type UnitView } from './unit-view.js';

/** How many earlier events a reference back may reach (bounded, so that long inputs stay linear). */
const LOOK_BACK = 200;
/** How many units back an event noun of another kind may find the happening it names. */
const NEAR = 4;

/** The events of `view` dated by a reference back; `before` holds the events told before, in order. */
export function eventsReferringBack(
  view: UnitView,
  before: readonly Draft[],
  dated: ReadonlySet<number>,
  consumed: Set<number>,
  locale: EventLocale,
): Draft[] {
  const out: Draft[] = [];
  // (most units hold no cue: no clause of theirs does)
  if (!cueOf(view, locale)) return out;
  const { text, clauses } = view;
  for (let ci = 0; ci < clauses.length; ci++) {
    if (dated.has(ci) || consumed.has(ci)) continue;
    const clause = clauses[ci]!;
    const piece = text.slice(clause.from, clause.to);
    // (a piece of the view's text: its domain answer holds)
    const cue = firstMatch(locale.anchorCue, piece, view.latin) ?? undefined;
    const same = cue ? undefined : (firstMatch(locale.sameTimeCue, piece, view.latin) ?? undefined);
    const hit = cue ?? same;
    if (!hit) continue;
    readTriggers(view, locale);
    const cueRange = { from: clause.from + (hit.index ?? 0), to: clause.from + (hit.index ?? 0) + hit[0].length };
    const told = [...before.slice(-LOOK_BACK), ...out].reverse();
    let antecedent: Draft | undefined;
    if (cue) {
      const families = findTriggers(cue.groups?.['noun'] ?? '', locale)
        .filter((t) => !t.generic)
        .map((t) => t.family);
      // the event's trigger, or an event noun its own clauses use ("a survécu à une motion de censure" … "lors de ce vote")
      const tells = (e: Draft) =>
        families.some(
          (f) => familiesMatch(f, e.family, locale) || e.view.triggers.some((t) => t.kind === 'noun' && !t.generic && t.from >= e.from && t.to <= e.to && familiesMatch(f, t.family, locale)),
        );
      if (families.length > 0) antecedent = told.find((e) => !e.since && !e.anchoredTo && tells(e));
      // "lors de cette opération": a demonstrative points at what the paragraph just told, whatever its name
      else if (latinTest(locale.demonstrativeCue, cue[0])) antecedent = told.find((e) => !e.since && !e.anchoredTo && e.view.unit.paragraph !== null && e.view.unit.paragraph === view.unit.paragraph);
      // "Il s'est rendu à Rabat … Lors de cette rencontre": an event noun of another kind than the verb that told it still
      // points at the happening just told, a few sentences back at most
      if (!antecedent && families.length > 0) antecedent = told.find((e) => !e.since && !e.anchoredTo && !e.other && view.unit.index - e.view.unit.index <= NEAR);

    } else {
      antecedent = told.find((e) => !e.since);
    }
    if (!antecedent) continue;
    const root = antecedent.anchoredTo ?? antecedent;
    // a fronted cue ("Lors de cet appel, …") dates the main clause after it
    let target = ci;
    let trigger = mainTrigger(view, clause, cueRange);
    if ((!trigger || trigger.generic) && cueRange.from - clause.from < 3) {
      // "Lors de cette saisie, la plus importante jamais réalisée, quatre dockers ont été interpellés": past appositions with no trigger
      for (let ni = ci + 1; ni < clauses.length && ni - ci <= 3 && !dated.has(ni) && !consumed.has(ni); ni++) {
        const main = mainTrigger(view, clauses[ni]!);
        if (main) {
          trigger = main;
          target = ni;
          break;
        }
        if (view.triggers.some((t) => t.from >= clauses[ni]!.from && t.to <= clauses[ni]!.to)) break;
      }
    }
    if (!trigger) continue;
    for (let i = ci; i <= target; i++) consumed.add(i);
    const scope: Array<[number, number]> = [[clause.from, clauses[target]!.to], ...subjectRanges(view, ci, locale)];
    // "Elle avait touché cette somme durant cette période, précise Paul Girard.": the source closing the sentence takes part
    if (target + 1 === clauses.length - 1 && !dated.has(target + 1) && closingIncise(view, target + 1, locale)) scope.push([clauses[target + 1]!.from, clauses[target + 1]!.to]);
    out.push(
      makeDraft(
        view,
        { key: view.unit.index * 10000 + clause.from, date: root.date, value: root.value, mod: root.mod, interval: root.interval, trigger, since: false, anchoredTo: root, scope, from: clause.from, to: clauses[target]!.to, lastClause: target, dated },
        locale,
      ),
    );
  }
  return out;
}
