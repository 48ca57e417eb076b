/**
 * The same event told twice: mentions of one kind of event (an attack, a
 * call) with compatible dates and participants, tied by a shared participant
 * or a known-event noun ("l'attentat"), share a group id. When the tellings
 * place it in different places — or date an attack, a death, a birth or a
 * disaster on two close dates — one `event-conflict` warning names both
 * values with both spans. The text is reported as it is, never corrected.
 *
 * ok:     "Un attentat a frappé Nice le 14 juillet 2016. … l'attentat de Nice du 14 juillet 2016"
 * not-ok: "l'attentat survenu à Moscou à la fin du mois de mars … le 22 mars, des assaillants ont attaqué une salle à Paris"
 */
import type { Actor, Diagnostic } from '../types.js';
import { compatibleParts, valueParts } from './date-values.js';
import type { EventLocale } from './event-locale.js';
import type { Draft } from './draft.js';
import { sameKind } from './triggers.js';

/** How many later candidate events each event is compared with. */
const WINDOW = 100;

/** Sets `group` on drafts told more than once (drafts in document order); returns the conflict diagnostics. */
export function groupEvents(drafts: Draft[], actors: readonly Actor[], locale: EventLocale): Diagnostic[] {
  const pool: Array<readonly [Draft, number]> = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (!d.anchoredTo && !d.other && locale.groupable.has(rootFamily(d.family, locale))) pool.push([d, i]);
  }
  // (fewer than two events that may be told twice: no pair, no group, no warning; most articles)
  if (pool.length < 2) return [];
  const byId = new Map(actors.map((a) => [a.id, a] as const));
  const parent = drafts.map((_, i) => i);
  // what each pair test reads of a candidate, worked out once per candidate rather than once per pair
  const candidates = pool.map(([d, i]) => ({ d, i, value: valueParts(d.value), people: d.actors.filter((id) => byId.get(id)?.type === 'person') }));
  // the candidates of each family by position, so that each one is compared only with the later ones of the same kind
  // (in position order, as a scan of the whole window meets them)
  const positions = new Map<string, number[]>();
  candidates.forEach(({ d }, x) => {
    const list = positions.get(d.family);
    if (list) list.push(x);
    else positions.set(d.family, [x]);
  });
  const kinds: Kinds = { candidates, positions, narrower: narrowerOf(locale.broader), locale };
  for (let x = 0; x < candidates.length; x++) {
    const { d: a, i, value: va, people: pa } = candidates[x]!;
    // the same event is told again within an article, not thousands of events later: a window keeps long inputs linear
    for (const y of sameKindAfter(kinds, x)) {
      const { d: b, i: j, value: vb, people: pb } = candidates[y]!;
      if (!sameKind(a.family, b.family, locale)) continue;
      if (!compatibleParts(va, a.mod, vb, b.mod)) continue;
      if (!compatiblePeople(pa, pb)) continue;
      // two plain tellings ("X a rencontré Y", "Z se rendra à W") are two events unless a participant or a known-event noun ties them
      if (!a.definite && !b.definite && !a.actors.some((id) => b.actors.includes(id))) continue;
      parent[findRoot(parent, j)] = findRoot(parent, i);
    }
  }
  // told twice with different dates: only kinds of events that happen once to the same people or places
  const datePairs: Array<[Draft, Draft]> = [];
  for (let x = 0; x < candidates.length; x++) {
    const { d: a, i, value: va, people: pa } = candidates[x]!;
    if (a.since || !locale.singular.has(rootFamily(a.family, locale))) continue;
    for (const y of sameKindAfter(kinds, x)) {
      const { d: b, i: j, value: vb, people: pb } = candidates[y]!;
      if (findRoot(parent, i) === findRoot(parent, j) || !sameKind(a.family, b.family, locale)) continue;
      if (b.since || !(a.definite || b.definite) || compatibleParts(va, a.mod, vb, b.mod) || !closeYears(a.value, b.value)) continue;
      const shared = a.actors.some((id) => b.actors.includes(id)) || a.places.some((p) => b.places.some((q) => q.id === p.id));
      if (!shared || !compatiblePeople(pa, pb)) continue;
      parent[findRoot(parent, j)] = findRoot(parent, i);
      datePairs.push([a, b]);
    }
  }
  const members = new Map<number, Draft[]>();
  drafts.forEach((d, i) => {
    const r = findRoot(parent, i);
    const list = members.get(r);
    if (list) list.push(d);
    else members.set(r, [d]);
  });
  const diagnostics: Diagnostic[] = [];
  let n = 0;
  // members lists are in document order, and so are their roots' first members
  for (const group of [...members.values()].filter((g) => g.length > 1)) {
    const id = `g${++n}`;
    for (const d of group) d.group = id;
    const conflict = placeConflict(group, byId, locale);
    if (conflict) {
      diagnostics.push(conflictDiagnostic(conflict, byId));
      continue;
    }
    const pair = datePairs.find(([a]) => a.group === id);
    if (pair) diagnostics.push(dateDiagnostic(pair[0], pair[1]));
  }
  return diagnostics;
}

/** The narrower families of each broad one, by the locale's map, worked out once per map. */
const narrowerMaps = new WeakMap<ReadonlyMap<string, string>, ReadonlyMap<string, string[]>>();
function narrowerOf(broader: ReadonlyMap<string, string>): ReadonlyMap<string, string[]> {
  let narrower = narrowerMaps.get(broader);
  if (narrower === undefined) {
    const map = new Map<string, string[]>();
    for (const [family, broad] of broader) map.set(broad, [...(map.get(broad) ?? []), family]);
    narrowerMaps.set(broader, (narrower = map));
  }
  return narrower;
}

/** The candidates of `groupEvents`, their positions by family, the narrower families of each broad one. */
interface Kinds {
  readonly candidates: ReadonlyArray<{ readonly d: Draft }>;
  readonly positions: ReadonlyMap<string, number[]>;
  readonly narrower: ReadonlyMap<string, string[]>;
  readonly locale: EventLocale;
}

/** The positions of the candidates after `x` within the window whose family is of the same kind as its own, in order. */
function sameKindAfter(kinds: Kinds, x: number): number[] {
  const { candidates, positions, narrower, locale } = kinds;
  const family = candidates[x]!.d.family;
  const broad = locale.broader.get(family);
  const end = Math.min(candidates.length, x + 1 + WINDOW);
  const out: number[] = [];
  for (const kind of new Set([family, ...(broad === undefined ? [] : [broad]), ...(narrower.get(family) ?? [])])) {
    const list = positions.get(kind);
    if (list) for (let k = firstAfter(list, x); k < list.length && list[k]! < end; k++) out.push(list[k]!);
  }
  return out.sort(ascending);
}

const ascending = (p: number, q: number): number => p - q;

/** The root of `i` in a union-find forest, the path on the way compressed. */
function findRoot(parent: number[], i: number): number {
  return parent[i] === i ? i : (parent[i] = findRoot(parent, parent[i]!));
}

/** Index of the first element of `sorted` greater than `x`. */
function firstAfter(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Years at most one apart (or unknown): "14 juillet 2016" and "15 juillet 2016" may be one event misdated, 2004 and 2023 are two. */
function closeYears(a: string, b: string): boolean {
  const ya = Number(a.slice(0, 4));
  const yb = Number(b.slice(0, 4));
  return !Number.isFinite(ya) || !Number.isFinite(yb) || Math.abs(ya - yb) <= 1;
}

function dateDiagnostic(a: Draft, b: Draft): Diagnostic {
  const trig = (d: Draft) => d.view.unit.text.slice(d.trigger.from, d.trigger.to);
  return {
    ruleId: 'event-conflict',
    severity: 'warning',
    message: `the same event is told twice with different dates: "${trig(a)}" on ${a.value} (line ${a.date.span.start.line}) and "${trig(b)}" on ${b.value} (line ${b.date.span.start.line})`,
    span: b.date.span,
    related: [
      { message: `dated ${a.value} here`, span: a.date.span },
      { message: `dated ${b.value} here`, span: b.date.span },
    ],
  };
}

function rootFamily(family: string, locale: EventLocale): string {
  return locale.broader.get(family) ?? family;
}

/** Two tellings name different people as participants (their person actors): not the same event. */
function compatiblePeople(pa: readonly string[], pb: readonly string[]): boolean {
  return pa.length === 0 || pb.length === 0 || pa.some((id) => pb.includes(id));
}

interface Conflict {
  readonly first: Draft;
  readonly second: Draft;
  readonly firstPlace: Draft['places'][number];
  readonly secondPlace: Draft['places'][number];
}

/** The first pair of tellings whose places cannot both hold (two cities, two countries; a city in a country may). */
function placeConflict(group: readonly Draft[], byId: ReadonlyMap<string, Actor>, locale: EventLocale): Conflict | null {
  const isCountry = (id: string) => {
    const actor = byId.get(id);
    return actor ? [actor.name, ...actor.aliases].some((n) => locale.isCountry(n)) : false;
  };
  for (let x = 0; x < group.length; x++) {
    for (let y = x + 1; y < group.length; y++) {
      const a = group[x]!;
      const b = group[y]!;
      if (a.places.length === 0 || b.places.length === 0) continue;
      if (a.places.some((p) => b.places.some((q) => q.id === p.id))) continue;
      for (const p of a.places) {
        for (const q of b.places) {
          if (isCountry(p.id) !== isCountry(q.id)) continue;
          return { first: a, second: b, firstPlace: p, secondPlace: q };
        }
      }
    }
  }
  return null;
}

function conflictDiagnostic(c: Conflict, byId: ReadonlyMap<string, Actor>): Diagnostic {
  const name = (id: string) => byId.get(id)?.name ?? id;
  const trig = (d: Draft) => d.view.unit.text.slice(d.trigger.from, d.trigger.to);
  const line = (d: Draft) => d.view.unit.span.start.line;
  const a = name(c.firstPlace.id);
  const b = name(c.secondPlace.id);
  return {
    ruleId: 'event-conflict',
    severity: 'warning',
    message: `the same event is told twice with different places: "${trig(c.first)}" in ${a} (line ${line(c.first)}) and "${trig(c.second)}" in ${b} (line ${line(c.second)})`,
    span: c.secondPlace.span,
    related: [
      { message: `placed in ${a} here`, span: c.firstPlace.span },
      { message: `placed in ${b} here`, span: c.secondPlace.span },
    ],
  };
}
