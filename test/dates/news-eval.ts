/**
 * Scores the dates stage on hand-annotated French news articles
 * (fixtures/dates/<set>/*.md with a sidecar <name>.expected.json, built by
 * fixtures/dates/build-news.mjs), TempEval-style:
 * - strict: same span (start and end offsets);
 * - relaxed: spans overlap (one-to-one, in document order);
 * - value: strict match whose value and mod are both right.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extract, isWritten } from '../../src/index.js';

export interface Gold { text: string; type: string; value: string; mod: string | null; start: number }
interface Span { start: number; end: number }
export interface Counts { gold: number; pred: number; strict: number; relaxed: number; value: number }
export interface FileScore extends Counts { name: string; misses: string[] }

const f1 = (tp: number, pred: number, gold: number): number => (tp === 0 ? 0 : (2 * tp) / (pred + gold));

export function scoreFile(dir: string, name: string): FileScore {
  const md = fs.readFileSync(path.join(dir, `${name}.md`), 'utf8');
  const gold: Gold[] = JSON.parse(fs.readFileSync(path.join(dir, `${name}.expected.json`), 'utf8'));
  for (const g of gold) if (md.slice(g.start, g.start + g.text.length) !== g.text) throw new Error(`${name}: gold "${g.text}" not at ${g.start}`);
  // (implicit ends of a duration are no expressions of the text)
  const pred = extract(md, { file: name }).dates.filter(isWritten);
  const goldSpans: Span[] = gold.map((g) => ({ start: g.start, end: g.start + g.text.length }));
  const predSpans: Span[] = pred.map((d) => ({ start: d.span.start.offset, end: d.span.end.offset }));
  const misses: string[] = [];
  let strict = 0;
  let value = 0;
  const strictPred = new Set<number>();
  gold.forEach((g, i) => {
    const j = predSpans.findIndex((p) => p.start === goldSpans[i]!.start && p.end === goldSpans[i]!.end);
    if (j < 0) return;
    strict++;
    strictPred.add(j);
    const p = pred[j]!;
    if (p.value === g.value && (p.mod ?? null) === g.mod) value++;
    else misses.push(`  value  "${g.text}": ${p.type} ${p.value}${p.mod ? ` ${p.mod}` : ''}  ≠ gold ${g.type} ${g.value}${g.mod ? ` ${g.mod}` : ''}`);
  });
  const usedPred = new Set<number>();
  let relaxed = 0;
  gold.forEach((g, i) => {
    const s = goldSpans[i]!;
    const j = predSpans.findIndex((p, k) => !usedPred.has(k) && p.start < s.end && s.start < p.end);
    if (j >= 0) {
      usedPred.add(j);
      relaxed++;
      const p = pred[j]!;
      if (predSpans[j]!.start !== s.start || predSpans[j]!.end !== s.end) misses.push(`  span   "${g.text}" → "${p.text}" (${p.type} ${p.value}${p.mod ? ` ${p.mod}` : ''})`);
    } else misses.push(`  missed "${g.text}" (${g.type} ${g.value}${g.mod ? ` ${g.mod}` : ''})`);
  });
  pred.forEach((p, j) => {
    if (!usedPred.has(j) && !strictPred.has(j)) misses.push(`  extra  "${p.text}" (${p.type} ${p.value})`);
  });
  return { name, gold: gold.length, pred: pred.length, strict, relaxed, value, misses };
}

export interface SetScore { files: FileScore[]; total: Counts; strictF1: number; relaxedF1: number; valueF1: number; strictP: number; strictR: number }

export function scoreSet(dir: string): SetScore {
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, '')).sort();
  const files = names.map((n) => scoreFile(dir, n));
  const total = files.reduce<Counts>((t, f) => ({ gold: t.gold + f.gold, pred: t.pred + f.pred, strict: t.strict + f.strict, relaxed: t.relaxed + f.relaxed, value: t.value + f.value }), { gold: 0, pred: 0, strict: 0, relaxed: 0, value: 0 });
  return {
    files,
    total,
    strictP: total.strict / total.pred,
    strictR: total.strict / total.gold,
    strictF1: f1(total.strict, total.pred, total.gold),
    relaxedF1: f1(total.relaxed, total.pred, total.gold),
    valueF1: f1(total.value, total.pred, total.gold),
  };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

export function table(title: string, s: SetScore, verbose = false): string {
  const rows = [`${title}`, `${'article'.padEnd(26)} gold pred  strictP strictR strictF1 relaxF1 valueF1`];
  for (const f of [...s.files, { name: 'TOTAL', ...s.total, misses: [] }]) {
    rows.push(
      `${f.name.padEnd(26)} ${String(f.gold).padStart(4)} ${String(f.pred).padStart(4)}  ${pct(f.strict / (f.pred || 1))}   ${pct(f.strict / f.gold)}   ${pct(f1(f.strict, f.pred, f.gold))}   ${pct(f1(f.relaxed, f.pred, f.gold))}  ${pct(f1(f.value, f.pred, f.gold))}`,
    );
    if (verbose && f.misses.length) rows.push(...f.misses);
  }
  return rows.join('\n');
}
