/**
 * Not a check: prints precision, recall and F1 per type for the held-out sets
 * named in ACTORS_REPORT (comma-separated directory names under
 * fixtures/actors, or "all"), with the differences per article when
 * ACTORS_DIFF is set. Skipped when ACTORS_REPORT is not set.
 *   ACTORS_REPORT=heldout16 ACTORS_DIFF=1 npx vitest run test/actors/report.test.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'vitest';
import { actorsOf, countsOf, score } from './helpers.js';

const root = 'fixtures/actors';
const TYPES = ['person', 'organization', 'place'] as const;
const wanted = process.env.ACTORS_REPORT;

test.skipIf(!wanted)('report', () => {
  const dirs = wanted === 'all' ? readdirSync(root).filter((d) => d.startsWith('heldout')) : wanted!.split(',');
  const lines: string[] = [];
  const totals = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const dir of dirs) {
    for (const f of readdirSync(path.join(root, dir)).filter((x) => x.endsWith('.md'))) {
      const file = path.join(root, dir, f);
      const counts = countsOf(actorsOf(readFileSync(file, 'utf8')).actors);
      const want = JSON.parse(readFileSync(file.replace(/\.md$/, '.expected.json'), 'utf8')) as Record<string, Record<string, number>>;
      for (const type of TYPES) {
        const s = score(counts[type], want[type]);
        totals[type]!.tp += s.tp;
        totals[type]!.fp += s.fp;
        totals[type]!.fn += s.fn;
        if (process.env.ACTORS_DIFF) {
          const got = counts[type] ?? {};
          const exp = want[type] ?? {};
          for (const k of new Set([...Object.keys(got), ...Object.keys(exp)])) {
            const g = got[k] ?? 0;
            const w = exp[k] ?? 0;
            if (g > w) lines.push(`${dir}/${f} ${type} FP ${k} (${g - w})`);
            if (w > g) lines.push(`${dir}/${f} ${type} FN ${k} (${w - g})`);
          }
        }
      }
    }
  }
  for (const type of TYPES) {
    const { tp, fp, fn } = totals[type]!;
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    const f = tp ? (2 * p * r) / (p + r) : 0;
    lines.push(`${type.padEnd(13)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}  (tp ${tp} fp ${fp} fn ${fn})`);
  }
  console.log(lines.join('\n'));
});

test.skipIf(!process.env.ACTORS_TEXT)('mentions of ACTORS_TEXT', async () => {
  const { mentionsOf } = await import('./helpers.js');
  console.log(mentionsOf(process.env.ACTORS_TEXT!.replace(/\\n/g, '\n')).join('\n'));
});

test.skipIf(!process.env.ACTORS_GOLDEN)('rewrite the seed golden', async () => {
  const { writeFileSync } = await import('node:fs');
  const source = readFileSync('fixtures/lecornu-choigou.md', 'utf8');
  const { actors } = actorsOf(source);
  const summary = actors.map((a) => ({ id: a.id, type: a.type, name: a.name, aliases: a.aliases, roles: a.roles, country: a.country ?? null, mentions: a.mentions.map((m) => `${m.span.start.line}:${m.span.start.column} ${m.text}`) }));
  writeFileSync('fixtures/actors/lecornu-choigou.actors.json', JSON.stringify(summary, null, 2) + '\n');
});

test.skipIf(!process.env.ACTORS_SPEED)('time of the stage on n and 8n copies of the held-out articles', () => {
  const text = readdirSync(root).filter((d) => d.startsWith('heldout')).flatMap((d) => readdirSync(path.join(root, d)).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(root, d, f), 'utf8'))).join('\n');
  const time = (copies: number) => {
    const doc = Array.from({ length: copies }, () => text).join('\n');
    const t0 = performance.now();
    actorsOf(doc);
    return performance.now() - t0;
  };
  time(1);
  const one = time(2);
  const eight = time(16);
  console.log(`2 copies ${one.toFixed(0)} ms, 16 copies ${eight.toFixed(0)} ms, ratio ${(eight / one).toFixed(1)} (linear: 8)`);
});

test.skipIf(!process.env.ACTORS_SCAN)('candidates of ACTORS_SCAN', async () => {
  const { scanUnit } = await import('../../src/actors/recognise.js');
  const { buildLexicons } = await import('../../src/actors/lexicons.js');
  const { unitsOf } = await import('./units.js');
  const { fr } = await import('../../src/locales/fr/index.js');
  const locale = (fr as unknown as { actors: Parameters<typeof scanUnit>[1] }).actors;
  const lexicons = buildLexicons(locale, []);
  for (const unit of unitsOf(process.env.ACTORS_SCAN!)) {
    for (const c of scanUnit(unit, locale, lexicons)) console.log(unit.index, c.type, c.evidence, JSON.stringify(c.text), c.onlyKnown ? 'onlyKnown' : '', c.fallback ? `fallback:${c.fallback.type}:${c.fallback.text}` : '');
  }
});
