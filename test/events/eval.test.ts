/**
 * An honest proxy for the unseen articles the project is measured on: short news articles written for this
 * purpose (fixtures/events/eval, and a later held-out set in fixtures/events/heldout), each with a sidecar
 * `<name>.expected.json` annotated by hand before the extractor was run on it.
 *
 * The whole pipeline runs (real dates and actors stages). A predicted event matches an expected one when it has
 * the same date value (a time of day refining the expected day still matches) and mod, and lies in the sentence
 * that starts with `sentenceStart`; each expected event takes at most one prediction (the one whose who and where
 * agree best). Reported: event recall and precision (strict; and lenient, where a second prediction for an
 * already matched date and sentence is not counted as wrong), and, over matched events, the set F1 of who (actor
 * names and aliases) and of where (place names), names compared without case, accents or a leading article.
 *
 * Set EVAL_VERBOSE=1 to print every miss and every extra prediction.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import type { Actor, Article, Event } from '../../src/types.js';

interface Expected {
  value: string;
  mod?: string | null;
  who: string[];
  where: string[];
  sentenceStart: string;
}

export interface Score {
  name: string;
  expected: number;
  predicted: number;
  matched: number;
  extraSameKey: number;
  whoF1: number[];
  whereF1: number[];
}

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/^(?:le|la|les|l')\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();

function setF1(expected: readonly string[], predicted: readonly Actor[]): number {
  if (expected.length === 0 && predicted.length === 0) return 1;
  if (expected.length === 0 || predicted.length === 0) return 0;
  const free = [...predicted];
  let tp = 0;
  for (const name of expected) {
    const k = free.findIndex((a) => [a.name, ...a.aliases].some((n) => norm(n) === norm(name)));
    if (k >= 0) {
      tp++;
      free.splice(k, 1);
    }
  }
  if (tp === 0) return 0;
  const p = tp / predicted.length;
  const r = tp / expected.length;
  return (2 * p * r) / (p + r);
}

const sameValue = (predicted: string, expected: string) => predicted === expected || predicted.startsWith(`${expected}T`);
const keyOf = (e: Event) => `${e.value}|${e.mod ?? ''}|${e.sentence}`;

export function score(name: string, article: Article, expected: readonly Expected[], verbose = false): Score {
  const byId = new Map(article.actors.map((a) => [a.id, a]));
  const who = (e: Event) => e.actors.map((id) => byId.get(id)!).filter(Boolean);
  const where = (e: Event) => e.places.map((id) => byId.get(id)!).filter(Boolean);
  const free = new Set(article.events);
  const s: Score = { name, expected: expected.length, predicted: article.events.length, matched: 0, extraSameKey: 0, whoF1: [], whereF1: [] };
  const matchedKeys = new Set<string>();
  for (const x of expected) {
    const candidates = [...free].filter(
      (e) => sameValue(e.value, x.value) && (e.mod ?? null) === (x.mod ?? null) && norm(e.sentence).startsWith(norm(x.sentenceStart)),
    );
    if (candidates.length === 0) {
      if (verbose) console.log(`  ${name}: MISSED ${x.value}${x.mod ? ` ${x.mod}` : ''} «${x.sentenceStart}…»`);
      continue;
    }
    const rated = candidates.map((e) => ({ e, w: setF1(x.who, who(e)), p: setF1(x.where, where(e)) }));
    rated.sort((a, b) => b.w + b.p - (a.w + a.p));
    const best = rated[0]!;
    free.delete(best.e);
    matchedKeys.add(keyOf(best.e));
    s.matched++;
    s.whoF1.push(best.w);
    s.whereF1.push(best.p);
    if (verbose && (best.w < 1 || best.p < 1)) {
      const names = (as: Actor[]) => as.map((a) => a.name).join(', ');
      console.log(
        `  ${name}: ${x.value} «${x.sentenceStart}…» who [${names(who(best.e))}] want [${x.who.join(', ')}]; where [${names(where(best.e))}] want [${x.where.join(', ')}]`,
      );
    }
  }
  for (const e of free) {
    if (matchedKeys.has(keyOf(e))) s.extraSameKey++;
    else if (verbose) console.log(`  ${name}: EXTRA ${e.value}${e.mod ? ` ${e.mod}` : ''} "${e.trigger}" «${e.sentence.slice(0, 60)}…»`);
  }
  return s;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);

export interface Totals {
  recall: number;
  precision: number;
  lenientPrecision: number;
  who: number;
  where: number;
}

function table(title: string, scores: readonly Score[]): Totals {
  const sum = (f: (s: Score) => number) => scores.reduce((a, s) => a + f(s), 0);
  const exp = sum((s) => s.expected);
  const pred = sum((s) => s.predicted);
  const hit = sum((s) => s.matched);
  const extra = sum((s) => s.extraSameKey);
  const totals: Totals = {
    recall: hit / exp,
    precision: hit / pred,
    lenientPrecision: hit / (pred - extra),
    who: mean(scores.flatMap((s) => s.whoF1)),
    where: mean(scores.flatMap((s) => s.whereF1)),
  };
  const lines = [
    `${title}`,
    `${'article'.padEnd(24)} exp pred  hit recall  prec   who where`,
    ...scores.map(
      (s) =>
        `${s.name.padEnd(24)} ${String(s.expected).padStart(3)} ${String(s.predicted).padStart(4)} ${String(s.matched).padStart(4)}  ${pct(s.matched / s.expected)} ${pct(s.predicted ? s.matched / s.predicted : 0)} ${pct(mean(s.whoF1))} ${pct(mean(s.whereF1))}`,
    ),
    `${'TOTAL'.padEnd(24)} ${String(exp).padStart(3)} ${String(pred).padStart(4)} ${String(hit).padStart(4)}  ${pct(totals.recall)} ${pct(totals.precision)} ${pct(totals.who)} ${pct(totals.where)}   (lenient precision ${pct(totals.lenientPrecision).trim()})`,
  ];
  console.log(lines.join('\n'));
  return totals;
}

function runSet(dir: string): Totals | null {
  const url = new URL(`../../fixtures/events/${dir}/`, import.meta.url);
  let files: string[];
  try {
    files = readdirSync(url).filter((f) => f.endsWith('.md')).sort();
  } catch {
    return null;
  }
  if (files.length === 0) return null;
  const verbose = process.env['EVAL_VERBOSE'] === '1';
  const scores = files.map((f) => {
    const name = f.replace(/\.md$/, '');
    const source = readFileSync(new URL(f, url), 'utf8');
    const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, url), 'utf8')) as Expected[];
    return score(name, extract(source, { file: f }), expected, verbose);
  });
  return table(`events on fixtures/events/${dir} (${files.length} articles)`, scores);
}

/** Asserts a set's figures against its floors; a missing set fails rather than passing silently. */
function expectFloors(dir: string, floors: (typeof FLOORS)[keyof typeof FLOORS]): void {
  const t = runSet(dir);
  expect(t, `fixtures/events/${dir} has no articles`).not.toBeNull();
  expect(t!.recall).toBeGreaterThanOrEqual(floors.recall);
  expect(t!.precision).toBeGreaterThanOrEqual(floors.precision);
  expect(t!.who).toBeGreaterThanOrEqual(floors.who);
  expect(t!.where).toBeGreaterThanOrEqual(floors.where);
}

describe('events on unseen-style news (honest proxy; floors are what the extractor reaches, not targets)', () => {
  it('development set: fixtures/events/eval', () => expectFloors('eval', FLOORS.eval));
  it('held-out set: fixtures/events/heldout', () => expectFloors('heldout', FLOORS.heldout));
});

describe('a second held-out set, written and annotated after the fixes', () => {
  it('held-out set: fixtures/events/heldout2', () => expectFloors('heldout2', FLOORS.heldout));
});

describe('a third held-out set, written and annotated before any run on it', () => {
  it('held-out set: fixtures/events/heldout3', () => expectFloors('heldout3', FLOORS.heldout3));
});

/**
 * Modest floors below the figures reached, with a margin for the dates and actors stages changing under us.
 * Figures (recall / precision / who F1 / where F1):
 * - eval, first run before any events change: 83% / 91% / 73% / 62% (82 expected events);
 * - eval after the general fixes: 93% / 92% / 87% / 86%;
 * - heldout, first run (annotated before it, after the fixes): 86% / 83% / 84% / 77% (29 expected events).
 * - heldout2, first run (written after more fixes, annotated before it): 80% / 83% / 80% / 99% (25 expected events).
 * - heldout3, first run (6 articles written and annotated before it; no annotation slip found): 80% / 87% / 69% / 85%
 *   (75 expected events; lenient precision 87%). Below the heldout floor on who: team nicknames and pronouns,
 *   countries and cities as agents, organisation names split ('Angers Loire Métropole', 'Conseil de sécurité de l'ONU').
 */
const FLOORS = {
  eval: { recall: 0.85, precision: 0.85, who: 0.78, where: 0.78 },
  heldout: { recall: 0.78, precision: 0.75, who: 0.75, where: 0.7 },
  // its own floor, a few points under what it reaches now (84 / 89 / 80 / 94 after the session-2 fixes)
  heldout3: { recall: 0.78, precision: 0.82, who: 0.72, where: 0.85 },
};
