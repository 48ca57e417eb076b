/**
 * Blind, broad phrase-level test sets for French temporal expressions
 * (fixtures/dates/<set>/phrases.json, each built from its phrases.src.txt and meta.json by fixtures/dates/build-phrases.mjs): one short
 * phrase or two-sentence item per document, run through extract() with the
 * set's reference date and prefer "future" unless the item says otherwise.
 *
 * Scores, over all expressions of a set:
 * - strict span P/R/F1: same start and end offsets;
 * - value accuracy: among span matches, type, value and mod all right;
 * - exact F1: strict span match with type, value and mod right;
 * - items right: every expression of the item exact and nothing extra.
 * Each set has its own floor. Set PHRASES_VERBOSE=1 to list every miss.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, isWritten } from '../../src/index.js';

interface Expected { text: string; type: string; value: string; mod: string | null }
interface Item { text: string; cat: string; expect: Expected[]; prefer?: 'future' | 'past' }
interface PhraseSet { ref: string; note: string; items: Item[] }

interface Counts { items: number; itemsRight: number; gold: number; pred: number; span: number; exact: number }

interface SetSpec { dir: string; it: string; floor: { spanF1: number; exactF1: number } }

const SETS: readonly SetSpec[] = [
  // First run (blind, gold as written, with the dates code that splits a day and its clock time into two
  // expressions): strict span F1 97.0, exact F1 94.3 (after 1 annotation slip fixed: 97.2 / 94.5).
  // Floors are the first-run figures minus 3 points. With the older code that merges "samedi à 15 heures"
  // into one expression the set scores 89.2 / 87.0 and this test fails: the gold follows the split.
  { dir: 'phrases', it: 'stays above the first-run floor (strict span F1 and exact F1)', floor: { spanF1: 0.94, exactF1: 0.913 } },
  // Second blind set (300 items, reference 2025-06-18T09:00), written and annotated without running the tagger.
  // Provisional floor until its first run: the lead sets the real one from the first-run figures.
  { dir: 'phrases2', it: 'phrases2: stays above the provisional floor (strict span F1 ≥ 0.85, exact F1 ≥ 0.80)', floor: { spanF1: 0.85, exactF1: 0.8 } },
];
const load = (dir: string): PhraseSet =>
  JSON.parse(fs.readFileSync(fileURLToPath(new URL(`../../fixtures/dates/${dir}/phrases.json`, import.meta.url)), 'utf8'));
const verbose = !!process.env.PHRASES_VERBOSE;

const f1 = (tp: number, pred: number, gold: number): number => (tp === 0 ? 0 : (2 * tp) / (pred + gold));
const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
const show = (e: { type: string; value: string; mod?: string | null }): string => `${e.type} ${e.value}${e.mod ? ` ${e.mod}` : ''}`;

function scoreItem(set: PhraseSet, item: Item): { counts: Counts; misses: string[] } {
  const source = item.text;
  let from = 0;
  const gold = item.expect.map((g) => {
    const start = source.indexOf(g.text, from);
    if (start < 0) throw new Error(`"${g.text}" not found in "${source}"`);
    from = start + g.text.length;
    return { ...g, start, end: start + g.text.length };
  });
  const pred = extract(source, { file: 'phrase', refDate: set.ref, prefer: item.prefer ?? 'future' }).dates.filter(isWritten);
  const spans = pred.map((p) => ({ start: p.span.start.offset, end: p.span.end.offset }));
  const misses: string[] = [];
  let span = 0;
  let exact = 0;
  const used = new Set<number>();
  for (const g of gold) {
    const j = spans.findIndex((s, k) => !used.has(k) && s.start === g.start && s.end === g.end);
    if (j >= 0) {
      used.add(j);
      span++;
      const p = pred[j]!;
      if (p.type === g.type && p.value === g.value && (p.mod ?? null) === g.mod) exact++;
      else misses.push(`value  "${g.text}": ${show(p)}  ≠ gold ${show(g)}`);
      continue;
    }
    const k = spans.findIndex((s, k2) => !used.has(k2) && s.start < g.end && g.start < s.end);
    if (k >= 0) {
      used.add(k);
      misses.push(`span   "${g.text}" → "${pred[k]!.text}" (${show(pred[k]!)})  ≠ gold ${show(g)}`);
    } else misses.push(`missed "${g.text}" (${show(g)})`);
  }
  pred.forEach((p, j) => {
    if (!used.has(j)) misses.push(`extra  "${p.text}" (${show(p)})`);
  });
  const right = misses.length === 0 ? 1 : 0;
  return { counts: { items: 1, itemsRight: right, gold: gold.length, pred: pred.length, span, exact }, misses };
}

const add = (a: Counts, b: Counts): Counts => ({
  items: a.items + b.items,
  itemsRight: a.itemsRight + b.itemsRight,
  gold: a.gold + b.gold,
  pred: a.pred + b.pred,
  span: a.span + b.span,
  exact: a.exact + b.exact,
});
const zero: Counts = { items: 0, itemsRight: 0, gold: 0, pred: 0, span: 0, exact: 0 };

function row(name: string, c: Counts): string {
  return `${name.padEnd(16)} ${String(c.items).padStart(5)} ${pct(c.itemsRight / (c.items || 1))} ${String(c.gold).padStart(5)} ${String(c.pred).padStart(5)} ${pct(c.pred ? c.span / c.pred : c.gold ? 0 : 1)} ${pct(c.gold ? c.span / c.gold : 1)} ${pct(c.gold + c.pred ? f1(c.span, c.pred, c.gold) : 1)} ${pct(c.span ? c.exact / c.span : 0)} ${pct(c.gold + c.pred ? f1(c.exact, c.pred, c.gold) : 1)}`;
}

describe('dates on the blind phrase-level test set', () => {
  for (const spec of SETS) {
    it(spec.it, () => {
      const set = load(spec.dir);
      const byCat = new Map<string, Counts>();
      let total = zero;
      const lines: string[] = [];
      for (const item of set.items) {
        const { counts, misses } = scoreItem(set, item);
        total = add(total, counts);
        byCat.set(item.cat, add(byCat.get(item.cat) ?? zero, counts));
        if (verbose && misses.length) lines.push(`[${item.cat}] ${item.text}${item.prefer ? ` (prefer ${item.prefer})` : ''}`, ...misses.map((m) => `    ${m}`));
      }
      const out = [
        `fixtures/dates/${spec.dir} (ref ${set.ref}; blind, annotated before the first run)`,
        `${'category'.padEnd(16)} items  right  gold  pred spanP  spanR  spanF1 valAcc exactF1`,
        ...[...byCat.entries()].map(([cat, c]) => row(cat, c)),
        row('TOTAL', total),
      ];
      if (verbose) out.push('', 'misses:', ...lines);
      console.log(out.join('\n'));
      expect(f1(total.span, total.pred, total.gold)).toBeGreaterThanOrEqual(spec.floor.spanF1);
      expect(f1(total.exact, total.pred, total.gold)).toBeGreaterThanOrEqual(spec.floor.exactF1);
    });
  }
});
