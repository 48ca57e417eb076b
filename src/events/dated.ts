/**
 * Events that carry their own date: for each date of a unit, the trigger it
 * dates (in its clause, after a fronted date in the main clause, or the event
 * noun a light verb tells of), the clauses whose participants belong to it,
 * and, when one clause tells several events, the stretch of each.
 */
import { deferred, latinTwinIf } from '../text/unicode-domain.js';
import { firstMatch } from './each-match.js';
import type { Clause } from './clauses.js';
import { sortInPlace } from '../order.js';
import { makeDraft, type Draft } from './draft.js';
import type { EventLocale } from './event-locale.js';
import type { TriggerMatch } from './triggers.js';
import { clauseOf, closingIncise, cueOf, dateOnly, gap, mainTrigger, nounBefore, subjectRanges, viewExec, viewTest, within, type LocalDate, type UnitView } from './unit-view.js';

// (letter patterns run through their twins on a view's pieces: each `\p{L}` compiles to hundreds of ranges)
const LETTER_RUN = deferred(String.raw`\p{L}+`, 'gu');
const GERUND_START = deferred(String.raw`^\s*\p{L}+ant\s`, 'u');
const LONG_WORD = deferred(String.raw`\p{L}{3,}`, 'u');

/** A date of the unit and what it dates, before the clause is shared out. */
interface Plan {
  readonly d: LocalDate;
  /** Clause of the date. */
  readonly ci: number;
  readonly trigger: TriggerMatch;
  readonly since: boolean;
  /** First and last clauses of the event's span; `joined`: last clause whose participants join (a main clause after "Lors de …"). */
  readonly first: number;
  readonly last: number;
  readonly joined: number;
}

/** The dated events of a unit; marks in `consumed` the clauses they take. */
export function datedEvents(view: UnitView, dated: ReadonlySet<number>, consumed: Set<number>, locale: EventLocale): Draft[] {
  // (a unit with no date has no plan, so no draft: most units)
  if (view.dates.length === 0) return [];
  // (index loops and no array destructuring: this function mostly runs in the baseline tier, where a for-of or a
  // destructuring pays an iterator call, two property loads and a result object per item)
  const plans: Plan[] = [];
  for (let k = 0; k < view.dates.length; k++) {
    const plan = planFor(view, view.dates[k]!, dated, locale);
    if (!plan) continue;
    for (let i = plan.first; i <= plan.joined; i++) consumed.add(i);
    plans.push(plan);
  }
  const kept = oneDatePerTrigger(view, plans, locale);
  // "a avoué lundi avoir tué X en août 2017": a date that lost its trigger to a nearer date takes the other trigger of its clause
  for (let k = 0; k < plans.length; k++) {
    const p = plans[k]!;
    if (kept.includes(p)) continue;
    const clause = view.clauses[p.ci]!;
    const taken = new Set(kept.map((k) => k.trigger));
    const other = view.triggers.filter((t) => within(t, clause) && !t.light && !taken.has(t)).sort((a, b) => gap(a, p.d) - gap(b, p.d))[0];
    // "… a appelé les manifestants à un sitting samedi matin": a later date with no verb of its own stands for what it dates
    const own = other ?? (p.last > p.ci ? undefined : laterDateTrigger(p, kept));
    if (own) kept.push({ d: p.d, ci: p.ci, trigger: own, since: p.since, first: Math.min(p.first, p.ci), last: p.ci, joined: p.ci });
  }
  sortInPlace(kept, (a, b) => a.d.from - b.d.from);
  const out: Draft[] = [];
  for (let k = 0; k < kept.length; k++) {
    const plan = kept[k]!;
    const { d, trigger, first, last, joined } = plan;
    const range = stretch(kept, plan);
    const lo = range[0];
    const hi = range[1];
    const own: [number, number] = [view.clauses[first]!.from, view.clauses[joined]!.to];
    // the subject before the clause belongs to the clause's first event only
    // "Paul Girard, en déplacement à Rodez, ce mardi, a contesté …": the main clause after a fronted date has its subject before the date
    const tc = clauseOf(view, trigger.from);
    const subjects = lo === -Infinity ? [...subjectRanges(view, first, locale), ...(tc > first ? subjectRanges(view, tc, locale) : []), ...speakerRange(view, first, locale)] : [];
    // the ranges clipped to the event's stretch of the clause, the empty ones left out
    const scope: Array<[number, number]> = [];
    for (let j = -1; j < subjects.length; j++) {
      const a = j < 0 ? own[0] : subjects[j]![0];
      const b = j < 0 ? own[1] : subjects[j]![1];
      if (Math.min(b, hi) > Math.max(a, lo)) scope.push([Math.max(a, lo), Math.min(b, hi)]);
    }
    if (scope.length === 0) continue;
    out.push(
      makeDraft(
        view,
        {
          key: view.unit.index * 10000 + d.from,
          date: d.date,
          value: d.value,
          mod: d.interval ? null : d.date.mod,
          interval: d.interval,
          trigger,
          since: plan.since,
          anchoredTo: null,
          scope,
          from: view.clauses[first]!.from,
          to: view.clauses[last]!.to,
          lastClause: joined,
          dated,
          limit: hi,
        },
        locale,
      ),
    );
  }
  // "Anne Vidal n'a pas manqué ce rendez-vous, après sa victoire en mai": a possessive event noun is the person's before it
  for (let k = 0; k < out.length; k++) {
    const draft = out[k]!;
    const { trigger } = draft;
    if (trigger.kind !== 'noun' || !viewTest(view, locale.possessiveBefore, view.text.slice(Math.max(0, trigger.from - 12), trigger.from))) continue;
    const owner = view.mentions.filter((m) => m.actor.type === 'person' && m.to <= trigger.from).pop();
    if (owner && !draft.actors.includes(owner.actor.id)) draft.actors.unshift(owner.actor.id);
  }
  return out;
}

function planFor(view: UnitView, d: LocalDate, dated: ReadonlySet<number>, locale: EventLocale): Plan | null {
  const { text, clauses } = view;
  const head = text.slice(Math.max(0, d.from - 40), d.from);
  // "Publié le 3 avril" opens a line of metadata; "une interview publiée vendredi" tells an event
  const lead = text.slice(0, d.from);
  const word = viewExec(view, locale.metadataBefore, lead);
  const metadata = word !== null && (lead.slice(0, word.index).match(latinTwinIf(LETTER_RUN, view.latin))?.length ?? 0) <= 1;
  if (metadata || viewTest(view, locale.untilBefore, head)) return null;
  const since = viewTest(view, locale.sinceBefore, head);
  const ci = clauseOf(view, d.from);
  const clause = clauses[ci];
  if (!clause) return null;
  let first = ci;
  let last = ci;
  let trigger = ownTrigger(view, clause, d, locale);
  if (!trigger && view.triggers.some((t) => within(t, clause) && t.light)) {
    // "Le sommet, qui aura lieu le 12 mai": the light verb tells of the noun before it
    trigger = nounBefore(view, d.from);
    if (trigger) first = Math.min(first, clauseOf(view, trigger.from));
    // "il vient de remporter, face à X, le second tour de la primaire qui a eu lieu dimanche": the clause the noun is the
    // object of, and the clauses between, tell who took part
    if (trigger && viewTest(view, locale.relativeStart, text.slice(clause.from, clause.to))) {
      while (first > 0 && !dated.has(first - 1) && trailing(view, first, locale) && !view.triggers.some((t) => within(t, clauses[first]!) && t.kind === 'verb' && !t.weak)) first--;
    }
  }
  if (!trigger && (dateOnly(view, clause, locale) || ci === 0)) {
    // "Depuis le 29 novembre, l'armée a un nouveau chef": a fronted date dates its main clause, whatever its verb
    // (a few clauses at most before it, so that a long sentence stays linear)
    const fronted = ci <= 4 && clauses.slice(0, ci).every((_, i) => bare(view, i, dated));
    const main = mainClauseAfter(view, ci, dated, locale, fronted);
    if (main) {
      trigger = main.trigger;
      last = main.index;
      // "À Paris, le 3 avril, …": fronted clauses before the date belong to the event too
      while (first > 0 && bare(view, first - 1, dated)) first--;
    }
  }
  if (!trigger) {
    // "Cette conversation, d'une heure, est la première depuis octobre 2022": the event noun before the clause
    trigger = view.triggers.filter((t) => t.kind === 'noun' && t.to <= clause.from).pop();
    if (trigger) first = clauseOf(view, trigger.from);
  }
  // "Le drame s'est produit …": the light verb is all the clause says of the event
  trigger ??= view.triggers.find((t) => within(t, clause) && t.light);
  if (!trigger) {
    // "Girard est né à Albi, dans le Tarn, le 3 mai 1950": a closing clause with no trigger of its own dates
    // the nearest clause before it that has one (past other date-only clauses: "… renversé trois fois : en 1958, en 1977")
    const back = triggerBefore(view, ci, dated, locale);
    if (back) {
      trigger = back.trigger;
      first = back.index;
    }
  }
  // "Il prend le pouvoir ce mois-ci": a dated clause still tells something that happened, whatever its verb
  trigger ??= fallbackTrigger(view, clause, d, since && ci > 0, locale);
  if (!trigger) return null;
  // "Lors d'un appel … le 3 avril, le Kremlin a lancé …": the main clause tells what happened during the event
  let joined = last;
  const next = clauses[ci + 1];
  // "Dans une interview publiée vendredi, le maire a indiqué …": so does a fronted prepositional phrase around an event noun
  const frontedNoun = trigger.kind === 'noun' && viewTest(view, locale.frontedPhrase, text.slice(clause.from, clause.to));
  if (ci === 0 && last === ci && next && !dated.has(ci + 1) && (viewTest(view, locale.frontedTemporal, text.slice(clause.from, clause.to)) || frontedNoun)) {
    const piece = text.slice(next.from, next.to);
    if ((!cueOf(view, locale) || firstMatch(locale.anchorCue, piece, view.latin) === null) && !viewTest(view, locale.startsWithVerb, piece)) joined = ci + 1;
  }
  // clauses with no verb of their own that end the sentence ("…, au stade de Wembley", "…, à l'appel des syndicats") still tell
  // where and who; before a main clause they are its subject's apposition ("Né à Paris, fils d'un employé de …, Delors a …")
  // "… à Rabat, où il a été reçu par X", "… en octobre 2024, lorsque X avait …": the relative goes on about this event's place or time
  const after = clauses[joined + 1];
  // "… le double séisme du 6 février 2023, qui avait fait 50 000 morts en Turquie": a relative right after the date goes on about its event
  // "La France a envoyé jeudi une équipe de sauveteurs, qui a atterri à Adana": so does a relative (no date) closing the sentence
  const endsOnDate = joined === ci && (d.to >= clauses[ci]!.to - 1 || joined + 1 === clauses.length - 1);
  // "… perçus en novembre 2013, après que X a mis fin à son contrat": the clauses split "après" from its "que"
  const thatAfter = clauses[joined + 2];
  if (after && thatAfter && !dated.has(joined + 1) && !dated.has(joined + 2) && viewTest(view, locale.timeConjunctionEnd, text.slice(after.from, after.to)) && viewTest(view, locale.complementStart, text.slice(thatAfter.from, thatAfter.to))) joined += 2;
  else if (after && !dated.has(joined + 1) && (viewTest(view, locale.placeOrTimeRelative, text.slice(after.from, after.to)) || (endsOnDate && viewTest(view, locale.relativeStart, text.slice(after.from, after.to))))) joined++;
  // "… a secoué la région vendredi, provoquant l'effondrement de bâtiments à Battalgazi": a closing gerund with no date goes on with this event
  else if (after && joined + 1 === clauses.length - 1 && !dated.has(joined + 1) && viewTest(view, locale.startsWithVerb, text.slice(after.from, after.to)) && viewTest(view, GERUND_START, text.slice(after.from, after.to))) joined++;
  // "… le Premier ministre, Albin Kurti, et le président, Aleksandar Vucic, pour une rencontre de quatre heures": appositions and
  // a closing phrase around an event noun (no verb, no date of its own) still name this event's people
  let end = joined;
  while (clauses[end + 1] && adjunct(view, end + 1, dated, locale)) end++;
  if (end > joined && clauses[end + 1] && nounPhrase(view, end + 1, dated) && trailing(view, end + 1, locale)) end++;
  if (adjunctsFrom(view, end + 1, dated, locale)) joined = clauses.length - 1;
  else if (end > joined && nounPhrase(view, end, dated)) joined = end;
  // "… a assuré mercredi le secrétaire général du syndicat, Marc Dupré, qui n'exclut pas …": a relative hangs on the last
  // apposition, so the appositions before it still name this event's people
  else if (end > joined && clauses[end + 1] && viewTest(view, locale.relativeStart, text.slice(clauses[end + 1]!.from, clauses[end + 1]!.to))) joined = end;
  // "… doivent évoquer le dossier lundi, lors de leur réunion mensuelle à Bruxelles": a closing temporal phrase around an
  // event noun (no verb, no date of its own) tells the setting of this event, so its place and people
  // "… a confirmé mardi son appel à la grève, après l'échec d'une réunion avec la Direction générale de l'aviation civile (DGAC)":
  // likewise a closing phrase on what came just before, up to the sentence's end
  const closing = clauses[joined + 1];
  if (closing && verblessFrom(view, joined + 1, dated)) {
    const piece = text.slice(closing.from, closing.to);
    if ((joined + 1 === clauses.length - 1 && viewTest(view, locale.frontedTemporal, piece)) || viewTest(view, locale.closingAfter, piece)) joined = clauses.length - 1;
  }
  // "X annonce lundi sa démission puis sa candidature à Évry": a verbless coordinated object goes on with the event (its place)
  while (clauses[joined + 1] && !dated.has(joined + 1) && viewTest(view, locale.coordinationStart, text.slice(clauses[joined + 1]!.from, clauses[joined + 1]!.to)) && !view.triggers.some((t) => within(t, clauses[joined + 1]!) && t.kind === 'verb')) joined++;
  // "…, selon une projection de BFMTV", "…, précise Paul Girard": the source of what the clause tells takes part in it
  // a closing incise is a verb and a name up to the sentence's end ("…, précise Paul Girard.")
  // past bits with no word of their own ("million(s)")
  for (let k = joined + 1; clauses[k] && !dated.has(k) && k - joined <= 4; k++) {
    if (source(view, k, locale)) joined = k;
    else if (!bare(view, k, dated) || viewTest(view, LONG_WORD, text.slice(clauses[k]!.from, clauses[k]!.to))) break;
  }
  // "X a déclaré hier que Paul Girard « ne comprend pas … »": what a statement says names its people too
  // "C'est aujourd'hui à Lyon que la société de Paul Girard s'installe": so does the "que" clause of a cleft
  const that = clauses[joined + 1];
  if (
    that &&
    !dated.has(joined + 1) &&
    viewTest(view, locale.complementStart, text.slice(that.from, that.to)) &&
    ((trigger.kind === 'verb' && trigger.family === 'statement') || viewTest(view, locale.cleft, text.slice(clauses[joined]!.from, clauses[joined]!.to)))
  )
    joined++;
  return { d, ci, trigger, since, first, last, joined };
}

/** The trigger of the date's own clause: the nearest, a plain verb giving way to an event noun that is its subject. */
function ownTrigger(view: UnitView, clause: Clause, d: LocalDate, locale: EventLocale): TriggerMatch | undefined {
  const own: TriggerMatch[] = [];
  for (const t of view.triggers) if (within(t, clause) && !t.light) own.push(t);
  if (own.length === 0) return undefined;
  let best = own[0]!;
  for (let k = 1; k < own.length; k++) if (triggerCost(view, own, own[k]!, d, locale) < triggerCost(view, own, best, d, locale)) best = own[k]!;
  return best;
}

/** How far a trigger of the date's clause (`own`) is from the date, with what makes it less likely the one the date dates. */
function triggerCost(view: UnitView, own: readonly TriggerMatch[], t: TriggerMatch, d: LocalDate, locale: EventLocale): number {
  // "le sommet s'est achevé" (the noun is the subject) but "a présenté la loi" (the noun is the object)
  const subjectNoun = t.generic && own.some((n) => n.kind === 'noun' && n.to <= t.from);
  // "cette dissolution" is an event already told: rarely what a date next to it dates
  const pointing = t.kind === 'noun' && viewTest(view, locale.pointingBefore, view.text.slice(Math.max(0, t.from - 10), t.from));
  return gap(t, d) + (subjectNoun ? 40 : 0) + (t.weak ? 30 : 0) + (pointing ? 60 : 0);
}

/** A date that lost its clause's trigger to a fronted date stands as its own trigger when it comes after that trigger (a later, planned part). */
function laterDateTrigger(p: Plan, kept: readonly Plan[]): TriggerMatch | undefined {
  const winner = kept.find((k) => k.trigger === p.trigger);
  if (!winner || winner.last <= winner.ci || p.d.from < p.trigger.to || p.d.value <= winner.d.value) return undefined;
  return { from: p.d.from, to: p.d.to, family: 'generic', kind: 'noun', light: false, generic: true, weak: false };
}

/** The trigger of the nearest clause before `ci` in the sentence, past clauses that say nothing but a date; none past a dated clause with words of its own. */
function triggerBefore(view: UnitView, ci: number, dated: ReadonlySet<number>, locale: EventLocale): { index: number; trigger: TriggerMatch } | null {
  for (let j = ci - 1; j >= 0 && ci - j <= 8; j--) {
    const c = view.clauses[j]!;
    if (dated.has(j) && dateOnly(view, c, locale)) continue;
    if (dated.has(j)) {
      // "a avoué lundi avoir tué les quatre membres de la famille (…) dans la nuit du 16 au 17 février": the verb after that clause's own date
      const lastDate = view.dates.filter((x) => within(x, c)).pop();
      const after = lastDate ? view.triggers.filter((t) => within(t, c) && t.from >= lastDate.to && !t.light).pop() : undefined;
      return after ? { index: j, trigger: after } : null;
    }
    const trigger = mainTrigger(view, c);
    if (trigger) return { index: j, trigger };
    // a bare apposition ("dans le Montana") goes on to the clause before it
    if (!bare(view, j, dated)) return null;
  }
  return null;
}

/**
 * A dated clause with no trigger word: its first finite verb the locale recognises ("prend", "est", "a"), else the
 * date itself stands for what the clause tells, unless it only starts a state ("maire depuis 2020"). Family "generic", so it never groups with another telling.
 */
function fallbackTrigger(view: UnitView, clause: Clause, d: LocalDate, since: boolean, locale: EventLocale): TriggerMatch | undefined {
  if (dateOnly(view, clause, locale)) return undefined;
  const verb = finiteVerbIn(view, clause, locale);
  // "Isabelle Assih, maire depuis 2020, …": a verbless apposition starting a state tells no happening (`since` is set for an inner clause only)
  if (verb || since) return verb;
  return { from: d.from, to: d.to, family: 'generic', kind: 'verb', light: false, generic: true, weak: false };
}

/** The first finite verb of a clause that the locale recognises without a lexicon ("il prend", "est", "entourent"), as a generic trigger. */
function finiteVerbIn(view: UnitView, clause: Clause, locale: EventLocale): TriggerMatch | undefined {
  const m = viewExec(view, locale.finiteVerb, view.text.slice(clause.from, clause.to));
  if (!m) return undefined;
  const verb = m.groups?.['verb'] ?? m.groups?.['verb2'] ?? m.groups?.['verb3'] ?? m[0];
  const to = clause.from + m.index + m[0].length;
  return { from: to - verb.length, to, family: 'generic', kind: 'verb', light: false, generic: true, weak: false };
}

/**
 * "Le rapport de la CIA a déclaré que c'était pour faire gagner l'élection de 2016 à X": an event told in the complement
 * of a statement has its speaker among its people, the subject of the statement verb of the clause before.
 */
function speakerRange(view: UnitView, first: number, locale: EventLocale): Array<[number, number]> {
  const c = view.clauses[first];
  const prev = view.clauses[first - 1];
  if (!c || !prev || !viewTest(view, locale.complementStart, view.text.slice(c.from, c.to))) return [];
  const verb = view.triggers.filter((t) => within(t, prev) && t.kind === 'verb' && (t.family === 'statement' || t.family === 'claim')).pop();
  return verb ? [[prev.from, verb.from]] : [];
}

/** A bare clause (no trigger, no date) that is an adjunct of the clause before. */
function adjunct(view: UnitView, i: number, dated: ReadonlySet<number>, locale: EventLocale): boolean {
  return bare(view, i, dated) && trailing(view, i, locale);
}

/** True when every clause from `from` to the sentence's end is an adjunct (none is: true). */
function adjunctsFrom(view: UnitView, from: number, dated: ReadonlySet<number>, locale: EventLocale): boolean {
  for (let i = from; i < view.clauses.length; i++) if (!adjunct(view, i, dated, locale)) return false;
  return true;
}

/** True when every clause from `from` to the sentence's end has no verb and no date of its own (none is: true). */
function verblessFrom(view: UnitView, from: number, dated: ReadonlySet<number>): boolean {
  for (let i = from; i < view.clauses.length; i++) if (!bare(view, i, dated) && !nounPhrase(view, i, dated)) return false;
  return true;
}

/**
 * "…, selon une projection de BFMTV", "…, précise Paul Girard": clause `i` names the source of what the clause before
 * tells (a closing incise is a verb and a name up to the sentence's end, "…, précise Paul Girard.").
 */
function source(view: UnitView, i: number, locale: EventLocale): boolean {
  const c = view.clauses[i]!;
  return viewTest(view, locale.sourceCue, view.text.slice(c.from, c.to)) || closingIncise(view, i, locale) || view.triggers.some((t) => t.from === c.from && t.family === 'statement' && t.kind === 'verb');
}

/** A clause that does not open with a clause word ("qui", "mais", "selon"): an adjunct of the clause before. */
function trailing(view: UnitView, i: number, locale: EventLocale): boolean {
  const c = view.clauses[i]!;
  const piece = view.text.slice(c.from, c.to);
  // (the first match of each, from the start, as `search` finds it; through its twin on a Latin text, a piece of one)
  return (
    (firstMatch(locale.clauseBreak, piece, view.latin)?.index !== 0 || viewTest(view, locale.countAside, piece)) &&
    (!cueOf(view, locale) || (firstMatch(locale.anchorCue, piece, view.latin) === null && firstMatch(locale.sameTimeCue, piece, view.latin) === null))
  );
}

/** A clause whose triggers are all event nouns, with no date of its own ("pour une rencontre de quatre heures"). */
function nounPhrase(view: UnitView, i: number, dated: ReadonlySet<number>): boolean {
  const c = view.clauses[i]!;
  return !dated.has(i) && view.triggers.some((t) => within(t, c)) && view.triggers.every((t) => !within(t, c) || t.kind === 'noun');
}

/** A clause with no trigger and no date of its own ("À Paris"). */
function bare(view: UnitView, i: number, dated: ReadonlySet<number>): boolean {
  return !view.triggers.some((t) => within(t, view.clauses[i]!)) && !dated.has(i);
}

/**
 * The main clause after a fronted date and its trigger, past an incise ("En
 * janvier, Airbus a-t-il précisé, la cadence …") or a fronted place ("Le 3
 * avril, à Paris, des milliers de personnes ont manifesté").
 */
function mainClauseAfter(view: UnitView, ci: number, dated: ReadonlySet<number>, locale: EventLocale, fallback: boolean): { index: number; trigger: TriggerMatch } | null {
  const { clauses, text } = view;
  let next = ci + 1;
  // past an incise or a fronted place ("À Paris,"), not past a main clause whose verb no lexicon knows
  // and past a subordinate clause before the main one ("À 19 h 23, alors que les bureaux sont fermés, on estime …")
  const skip = (i: number) =>
    viewTest(view, locale.incise, text.slice(clauses[i]!.from, clauses[i]!.to)) ||
    (bare(view, i, dated) && !(fallback && finiteVerbIn(view, clauses[i]!, locale))) ||
    (fallback && !dated.has(i) && viewTest(view, locale.subordinateStart, text.slice(clauses[i]!.from, clauses[i]!.to)));
  while (clauses[next + 1] && next - ci < 4 && skip(next)) next++;
  // a main clause with a date of its own keeps its verb, unless the date is fronted at the sentence's start
  if (!clauses[next] || (dated.has(next) && !fallback)) return null;
  const trigger = mainTrigger(view, clauses[next]!) ?? (fallback ? finiteVerbIn(view, clauses[next]!, locale) : undefined);
  if (trigger) return { index: next, trigger };
  // "Le 12 mars, Paul Girard s'associe au Parti radical": a sentence-opening date dates its main clause, whatever its verb
  const d = view.dates.find((x) => x.from >= clauses[ci]!.from && x.to <= clauses[ci]!.to);
  return fallback && ci === 0 && d && !dated.has(next) ? { index: next, trigger: { from: d.from, to: d.to, family: 'generic', kind: 'noun', light: false, generic: true, weak: false } } : null;
}

/**
 * Two dates with one trigger ("a annoncé jeudi un bénéfice … pour 2023"): the
 * nearer dates the event, the other is a period it speaks of. A date after
 * "du"/"de" qualifies a noun ("ses résultats du premier trimestre") so it
 * weighs less for a verb; coordinated dates ("le 30 juin et le 7 juillet")
 * are each a time of the event.
 */
function oneDatePerTrigger(view: UnitView, plans: readonly Plan[], locale: EventLocale): Plan[] {
  const out: Plan[] = [];
  // (most units have one date: nothing to weigh)
  if (plans.length < 2) {
    for (const p of plans) out.push(p);
    return out;
  }
  const byPlace = [...plans].sort(byDateStart);
  for (const p of plans) {
    let beaten = false;
    for (const q of plans) {
      if (q === p || q.trigger !== p.trigger || coordinated(view, byPlace, p, q, locale)) continue;
      const wq = planWeight(view, q, locale);
      const wp = planWeight(view, p, locale);
      if (wq < wp || (wq === wp && q.d.from < p.d.from)) {
        beaten = true;
        break;
      }
    }
    if (!beaten) out.push(p);
  }
  return out;
}

const byDateStart = (p: Plan, q: Plan): number => p.d.from - q.d.from;

/** How far a plan's date is from its trigger; a fronted date ("Vers 23 h, X a appelé … à manifester samedi") is the time of its main clause's verb. */
function planWeight(view: UnitView, p: Plan, locale: EventLocale): number {
  if (p.last > p.ci) return 0;
  return gap(p.trigger, p.d) + (p.trigger.kind === 'verb' && viewTest(view, locale.nounComplementBefore, view.text.slice(Math.max(0, p.d.from - 10), p.d.from)) ? 30 : 0);
}

/** Two dates coordinated, through the dates between them too ("en 1958, en 1977 et en 1999"); `byPlace`: the plans by date position. */
function coordinated(view: UnitView, byPlace: readonly Plan[], p: Plan, q: Plan, locale: EventLocale): boolean {
  const [a, b] = p.d.from < q.d.from ? [p, q] : [q, p];
  const last = byPlace.indexOf(b);
  for (let k = byPlace.indexOf(a) + 1; k <= last; k++) {
    if (!viewTest(view, locale.dateCoordination, view.text.slice(byPlace[k - 1]!.d.to, byPlace[k]!.d.from))) return false;
  }
  return true;
}

/**
 * Several events in one clause ("a condamné … l'attentat du 14 juillet 2016 à
 * Nice"): each takes the stretch from its first word (trigger or date) to the
 * next one's. Returns [lo, hi) in unit-text positions, unbounded at the ends.
 */
function stretch(plans: readonly Plan[], plan: Plan): [number, number] {
  // the triggers of the clause by where they start, in order of first telling at one start; no list made: the plan's own
  // start bounds it below unless another trigger comes first, the next one's start above
  const mine = firstTelling(plans, plan.ci, plan.trigger);
  const myStart = triggerStart(plans, plan.ci, plan.trigger);
  let first = true;
  let hi = Infinity;
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i]!;
    if (p.ci !== plan.ci || p.trigger === plan.trigger || firstTelling(plans, plan.ci, p.trigger) !== i) continue;
    const at = triggerStart(plans, plan.ci, p.trigger);
    if (at < myStart || (at === myStart && i < mine)) first = false;
    else hi = Math.min(hi, at);
  }
  return [first ? -Infinity : myStart, hi];
}

/** Index of the first plan of clause `ci` with trigger `t`. */
function firstTelling(plans: readonly Plan[], ci: number, t: TriggerMatch): number {
  for (let i = 0; i < plans.length; i++) if (plans[i]!.ci === ci && plans[i]!.trigger === t) return i;
  return -1;
}

/** Where trigger `t` starts its stretch of clause `ci`: at the trigger or at the first of its dates there. */
function triggerStart(plans: readonly Plan[], ci: number, t: TriggerMatch): number {
  let at = t.from;
  for (const p of plans) if (p.ci === ci && p.trigger === t) at = Math.min(at, p.d.from);
  return at;
}
