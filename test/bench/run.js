#!/usr/bin/env node
// The benchmark (`npm run bench`): runs on the built dist/, never in the tests.
//
//   node test/bench/run.js [--json] [--mb 2] [--runs 3] [--seed 20260401] [--cold-runs 10]
//
// 1. throughput of extract() vs the baseline unified().use(remarkParse).parse on a
//    generated French news input (test/bench/generate.js, seeded: same text every run);
// 2. each stage's share of the time (the stages of src/pipeline.ts, called one by one);
// 3. linearity: extract, the baseline and the dates/actors stages on S, 2S, 4S, 8S;
// 4. cold start of the CLI vs `node -e 0`;
// 5. memory (peak RSS, retained heap) of extract vs the baseline, each in a fresh process.
// Progress goes to stderr; the report (or with --json a JSON object) to stdout.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { generateArticles } from './generate.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MB = 1e6; // bytes (UTF-8) per MB in every figure

// ---- options ---------------------------------------------------------------

function parseArgs(argv) {
  const opts = { json: false, mb: 2, runs: 3, seed: 20260401, coldRuns: 10, child: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`missing value for ${a}`);
      return v;
    };
    if (a === '--json') opts.json = true;
    else if (a.startsWith('--mb')) opts.mb = Number(value());
    else if (a.startsWith('--runs')) opts.runs = Math.max(1, Math.floor(Number(value())));
    else if (a.startsWith('--seed')) opts.seed = Math.floor(Number(value()));
    else if (a.startsWith('--cold-runs')) opts.coldRuns = Math.max(1, Math.floor(Number(value())));
    else if (a.startsWith('--child')) opts.child = value();
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: node test/bench/run.js [--json] [--mb 2] [--runs 3] [--seed N] [--cold-runs 10]\n');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (!(opts.mb > 0)) throw new Error('--mb must be a positive number');
  return opts;
}

// ---- helpers ---------------------------------------------------------------

/** A gc() without --expose-gc on the command line (between runs, never timed). */
const gc = (() => {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc');
})();

const now = () => performance.now();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const log = (msg) => process.stderr.write(`bench: ${msg}\n`);
const round = (x, d = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);

/** Times fn once after a gc; returns [ms, result]. */
function timeOnce(fn) {
  gc();
  const t = now();
  const result = fn();
  return [now() - t, result];
}

// ---- the stages, called one by one as src/pipeline.ts does ---------------

async function loadStages() {
  const [pipeline, parse, fm, sections, units, lineIndex, locales, dates, actors, events] = await Promise.all([
    import(`${ROOT}/dist/pipeline.js`),
    import(`${ROOT}/dist/markdown/parse-markdown.js`),
    import(`${ROOT}/dist/markdown/front-matter.js`),
    import(`${ROOT}/dist/markdown/sections.js`),
    import(`${ROOT}/dist/text/text-units.js`),
    import(`${ROOT}/dist/text/line-index.js`),
    import(`${ROOT}/dist/locales/index.js`),
    import(`${ROOT}/dist/dates/index.js`),
    import(`${ROOT}/dist/actors/index.js`),
    import(`${ROOT}/dist/events/index.js`),
  ]);
  return {
    extract: pipeline.extract,
    parseReferenceDate: pipeline.parseReferenceDate,
    parseMarkdown: parse.parseMarkdown,
    readFrontMatter: fm.readFrontMatter,
    frontMatterString: fm.frontMatterString,
    buildSections: sections.buildSections,
    toTextUnits: units.toTextUnits,
    LineIndex: lineIndex.LineIndex,
    getLocale: locales.getLocale,
    findDates: dates.findDates,
    findActors: actors.findActors,
    findEvents: events.findEvents,
  };
}

const STAGES = ['parse', 'setup', 'sections', 'sentences', 'dates', 'actors', 'events'];
const STAGE_LABELS = {
  parse: 'parse (remark + gfm + front matter)',
  setup: 'line index, front matter, ref. date',
  sections: 'sections (buildSections)',
  sentences: 'sentences (toTextUnits)',
  dates: 'dates (findDates)',
  actors: 'actors (findActors)',
  events: 'events (findEvents)',
};

/** The reference date as src/pipeline.ts resolves it from the front matter (no option given). */
function referenceDateOf(S, data) {
  const fromFrontMatter = S.frontMatterString(data, 'date');
  if (fromFrontMatter === undefined) return { value: null, source: 'none' };
  const wallClock = fromFrontMatter.replace(' ', 'T').replace(/(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/, '');
  const value = S.parseReferenceDate(wallClock) ?? S.parseReferenceDate(wallClock.slice(0, 10));
  return value ? { value, source: 'frontmatter' } : { value: null, source: 'none' };
}

/**
 * One staged run: every stage timed on its own. The stages after the parse are
 * run `repeat` times on the same tree (each a fresh run: they allocate their own
 * objects) and each stage keeps its median; the parse, the costliest, runs once.
 */
function stagedRun(S, source, repeat) {
  const times = Object.fromEntries(STAGES.map((s) => [s, []]));
  const [tParse, tree] = timeOnce(() => S.parseMarkdown(source));
  times.parse.push(tParse);
  let counts = null;
  for (let r = 0; r < repeat; r++) {
    const [tSetup, ctx] = timeOnce(() => {
      const lines = new S.LineIndex(source);
      const frontMatter = S.readFrontMatter(tree, lines);
      const lang = S.frontMatterString(frontMatter.data, 'lang') ?? 'fr';
      const locale = S.getLocale(lang);
      return { source, lines, referenceDate: referenceDateOf(S, frontMatter.data), prefer: 'nearest', locale, gazetteer: [] };
    });
    const [tSections, built] = timeOnce(() => S.buildSections(tree, source, ctx.lines));
    const [tUnits, units] = timeOnce(() => {
      const us = S.toTextUnits(built.blocks, ctx.locale.sentences, ctx.lines);
      for (const block of built.blocks) if (block.paragraph) block.paragraph.sentences = [];
      const paragraphs = new Map(built.blocks.flatMap((b) => (b.paragraph ? [[b.paragraph.id, b.paragraph]] : [])));
      for (const unit of us) if (unit.paragraph) paragraphs.get(unit.paragraph)?.sentences.push({ text: unit.text, span: unit.span });
      return us;
    });
    const [tDates, dated] = timeOnce(() => S.findDates(units, ctx));
    const [tActors, found] = timeOnce(() => S.findActors(units, ctx));
    const [tEvents, told] = timeOnce(() => S.findEvents(units, dated.dates, found.actors, ctx));
    times.setup.push(tSetup);
    times.sections.push(tSections);
    times.sentences.push(tUnits);
    times.dates.push(tDates);
    times.actors.push(tActors);
    times.events.push(tEvents);
    counts = { units: units.length, dates: dated.dates.length, actors: found.actors.length, events: told.events.length };
  }
  return { ms: Object.fromEntries(STAGES.map((s) => [s, median(times[s])])), counts };
}

// ---- child processes: memory -----------------------------------------------

/** In a fresh process: read the input on stdin, run one operation, report memory. */
async function childMemory(what) {
  const input = readFileSync(0, 'utf8');
  let op;
  if (what === 'extract') {
    const { extract } = await import(`${ROOT}/dist/index.js`);
    extract('# Titre\nLe 3 avril, Marie Martin a parlé à Paris.\n'); // load everything lazily loaded
    op = () => extract(input, { file: 'bench.md' });
  } else {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const processor = unified().use(remarkParse);
    processor.parse('# Titre\n');
    op = () => processor.parse(input);
  }
  gc();
  gc();
  const before = process.memoryUsage();
  const result = op();
  const maxRssKb = process.resourceUsage().maxRSS;
  gc();
  gc();
  const after = process.memoryUsage();
  process.stdout.write(JSON.stringify({
    rssBeforeMB: before.rss / MB,
    peakRssMB: (maxRssKb * 1024) / MB,
    retainedHeapMB: (after.heapUsed - before.heapUsed) / MB,
    keep: typeof result,
  }));
}

function measureMemory(input) {
  const run = (what) => {
    const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', `memory:${what}`], {
      cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 20,
    });
    if (r.status !== 0) throw new Error(`memory child (${what}) failed: ${r.stderr}`);
    const m = JSON.parse(r.stdout);
    return { peakRssMB: m.peakRssMB, rssGrowthMB: m.peakRssMB - m.rssBeforeMB, retainedHeapMB: m.retainedHeapMB };
  };
  log('memory: baseline parse in a fresh process');
  const baseline = run('parse');
  log('memory: extract in a fresh process');
  const extract = run('extract');
  return { baseline, extract, peakGrowthRatio: extract.rssGrowthMB / baseline.rssGrowthMB };
}

// ---- cold start -------------------------------------------------------------

function measureColdStart(runs) {
  const fixture = 'fixtures/lecornu-choigou.md';
  const spawnMs = (args) => {
    const t = now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
    const ms = now() - t;
    return [ms, r];
  };
  const cli = ['bin/extract.js', fixture];
  const bare = ['-e', '0'];
  const [, check] = spawnMs(cli); // warm-up (disk cache), and the CLI must work
  spawnMs(bare);
  const exitCode = check.status;
  const cliMs = [];
  const bareMs = [];
  for (let i = 0; i < runs; i++) {
    bareMs.push(spawnMs(bare)[0]);
    cliMs.push(spawnMs(cli)[0]);
  }
  const cliMedian = median(cliMs);
  const bareMedian = median(bareMs);
  return { runs, exitCode, cliMs: cliMedian, nodeMs: bareMedian, ratio: cliMedian / bareMedian, differenceMs: cliMedian - bareMedian };
}

// ---- report ---------------------------------------------------------------

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const fmt = (x, d = 1) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(d));

function table(header, rows, align) {
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (align[i] === 'r' ? lpad(c, widths[i]) : pad(c, widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function mdTable(header, rows, align) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function render(r) {
  const out = [];
  const t = r.throughput;
  out.push(`extract benchmark: ${fmt(r.input.mb, 2)} MB of generated French news (${r.input.articles} articles, seed ${r.input.seed}), median of ${r.runs} runs, node ${r.node}`);
  out.push('');
  out.push('Throughput');
  out.push(table(['', 'ms', 'MB/s'], [
    ['baseline unified().use(remarkParse).parse', fmt(t.baselineMs, 0), fmt(t.baselineMBs, 2)],
    ['extract()', fmt(t.extractMs, 0), fmt(t.extractMBs, 2)],
    ['ratio extract / baseline', fmt(t.ratio, 2), ''],
  ], ['l', 'r', 'r']));
  out.push('');
  const c = r.stages.counts;
  out.push(`Stage shares (on the ${fmt(r.input.mb, 2)} MB input; found: ${c.units} units, ${c.dates} dates, ${c.actors} actors, ${c.events} events)`);
  out.push(table(['stage', 'ms', 'share'], [
    ...STAGES.map((s) => [STAGE_LABELS[s], fmt(r.stages.ms[s], 0), `${fmt(r.stages.share[s] * 100, 1)} %`]),
    ['sum of the stages', fmt(r.stages.totalMs, 0), '100.0 %'],
    ['extract() as a whole (throughput run)', fmt(t.extractMs, 0), ''],
  ], ['l', 'r', 'r']));
  if (r.stages.placeholders.length) out.push(`(returned nothing on this input, likely still placeholders: ${r.stages.placeholders.join(', ')})`);
  out.push('');
  out.push('Linearity (ms per MB; ratio = per-MB time at 8S / at S, ≈1 is linear)');
  const L = r.linearity;
  out.push(table(['size', 'MB', 'baseline', 'extract', 'dates', 'actors'], [
    ...L.points.map((p) => [p.label, fmt(p.mb, 2), fmt(p.msPerMB.baseline, 0), fmt(p.msPerMB.extract, 0), fmt(p.msPerMB.dates, 1), fmt(p.msPerMB.actors, 1)]),
    ['ratio', '', fmt(L.ratio.baseline, 2), fmt(L.ratio.extract, 2), fmt(L.ratio.dates, 2), fmt(L.ratio.actors, 2)],
  ], ['l', 'r', 'r', 'r', 'r', 'r']));
  out.push('');
  const cs = r.coldStart;
  out.push(`Cold start (median of ${cs.runs} spawns)`);
  out.push(table(['', 'ms'], [
    ['node -e 0', fmt(cs.nodeMs, 0)],
    ['node bin/extract.js fixtures/lecornu-choigou.md', fmt(cs.cliMs, 0)],
    ['difference', fmt(cs.differenceMs, 0)],
    ['ratio', fmt(cs.ratio, 2)],
  ], ['l', 'r']));
  if (cs.exitCode !== 0) out.push(`(the CLI exited with ${cs.exitCode})`);
  out.push('');
  const m = r.memory;
  out.push(`Memory (each in a fresh process, on the ${fmt(r.input.mb, 2)} MB input)`);
  out.push(table(['', 'peak RSS MB', 'RSS growth MB', 'retained heap MB'], [
    ['baseline parse', fmt(m.baseline.peakRssMB, 0), fmt(m.baseline.rssGrowthMB, 0), fmt(m.baseline.retainedHeapMB, 0)],
    ['extract()', fmt(m.extract.peakRssMB, 0), fmt(m.extract.rssGrowthMB, 0), fmt(m.extract.retainedHeapMB, 0)],
    ['ratio extract / baseline', '', fmt(m.peakGrowthRatio, 2), ''],
  ], ['l', 'r', 'r', 'r']));
  out.push('');
  out.push(`Total bench time: ${fmt(r.elapsedSeconds, 1)} s`);
  out.push('');
  out.push('README table');
  out.push('');
  out.push(r.readmeTable);
  return out.join('\n');
}

function readmeTable(r) {
  const t = r.throughput;
  const rows = [
    ['Throughput, `extract()`', `${fmt(t.extractMBs, 2)} MB/s`],
    ['Throughput, baseline `unified().use(remarkParse).parse`', `${fmt(t.baselineMBs, 2)} MB/s`],
    ['Time ratio extract / baseline', `${fmt(t.ratio, 2)}×`],
    ...STAGES.map((s) => [`Share: ${STAGE_LABELS[s]}`, `${fmt(r.stages.share[s] * 100, 1)} %`]),
    ['Linearity, extract (per-MB time at 8S / at S)', fmt(r.linearity.ratio.extract, 2)],
    ['Linearity, dates stage', fmt(r.linearity.ratio.dates, 2)],
    ['Linearity, actors stage', fmt(r.linearity.ratio.actors, 2)],
    ['Cold start, CLI on the fixture vs `node -e 0`', `+${fmt(r.coldStart.differenceMs, 0)} ms (${fmt(r.coldStart.ratio, 2)}×)`],
    ['Peak RSS growth, extract vs baseline parse', `${fmt(r.memory.extract.rssGrowthMB, 0)} MB vs ${fmt(r.memory.baseline.rssGrowthMB, 0)} MB`],
  ];
  return `${mdTable(['Measure', `Value (${fmt(r.input.mb, 1)} MB input, node ${r.node})`], rows, ['l', 'r'])}\n`;
}

// ---- main -------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.child) {
    const [kind, what] = opts.child.split(':');
    if (kind === 'memory') return childMemory(what);
    throw new Error(`unknown child ${opts.child}`);
  }
  const started = now();
  const S = await loadStages();
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const baseline = unified().use(remarkParse);

  // input: articles in order; size kS is the prefix reaching k/8 of the full size
  const totalBytes = Math.round(opts.mb * MB);
  const articles = generateArticles({ seed: opts.seed, bytes: totalBytes });
  const sizes = [1, 2, 4, 8].map((k) => {
    const target = (totalBytes * k) / 8;
    let n = 0;
    let b = 0;
    while (n < articles.length && b < target) b += bytes(articles[n++]) + 1;
    const text = articles.slice(0, n).join('\n');
    return { label: k === 1 ? 'S' : `${k}S`, text, mb: bytes(text) / MB };
  });
  const full = sizes[sizes.length - 1];
  log(`input: ${articles.length} articles, ${full.mb.toFixed(2)} MB; ${opts.runs} runs per measure`);

  // warm-up: let the JIT see every path on a small input
  log('warm-up');
  const warm = sizes[0].text;
  for (let i = 0; i < 2; i++) {
    baseline.parse(warm);
    S.extract(warm, { file: 'bench.md' });
  }
  stagedRun(S, warm, 1);

  // each size: baseline and extract interleaved, then the stages one by one
  const points = [];
  let stagesFull = null;
  for (const size of sizes) {
    log(`size ${size.label} (${size.mb.toFixed(2)} MB): baseline, extract, stages`);
    const base = [];
    const ext = [];
    for (let i = 0; i < opts.runs; i++) {
      base.push(timeOnce(() => baseline.parse(size.text))[0]);
      ext.push(timeOnce(() => S.extract(size.text, { file: 'bench.md' }))[0]);
    }
    const staged = stagedRun(S, size.text, opts.runs);
    const ms = { baseline: median(base), extract: median(ext), dates: staged.ms.dates, actors: staged.ms.actors };
    points.push({
      label: size.label,
      mb: size.mb,
      ms,
      msPerMB: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, v / size.mb])),
    });
    if (size === full) stagesFull = staged;
  }

  const big = points[points.length - 1];
  const throughput = {
    baselineMs: big.ms.baseline,
    extractMs: big.ms.extract,
    baselineMBs: full.mb / (big.ms.baseline / 1000),
    extractMBs: full.mb / (big.ms.extract / 1000),
    ratio: big.ms.extract / big.ms.baseline,
  };
  const totalMs = STAGES.reduce((a, s) => a + stagesFull.ms[s], 0);
  const stages = {
    ms: stagesFull.ms,
    share: Object.fromEntries(STAGES.map((s) => [s, stagesFull.ms[s] / totalMs])),
    totalMs,
    counts: stagesFull.counts,
    placeholders: ['dates', 'actors', 'events'].filter((s) => stagesFull.counts[s] === 0),
  };
  const linearityFigures = {
    points: points.map((p) => ({ label: p.label, mb: p.mb, ms: p.ms, msPerMB: p.msPerMB })),
    ratio: {
      baseline: big.msPerMB.baseline / points[0].msPerMB.baseline,
      extract: big.msPerMB.extract / points[0].msPerMB.extract,
      // under a millisecond at S the figure is noise, not a trend
      dates: points[0].ms.dates >= 1 ? big.msPerMB.dates / points[0].msPerMB.dates : null,
      actors: points[0].ms.actors >= 1 ? big.msPerMB.actors / points[0].msPerMB.actors : null,
    },
  };

  log(`cold start: ${opts.coldRuns} spawns each`);
  const coldStart = measureColdStart(opts.coldRuns);
  const memory = measureMemory(full.text);

  const report = {
    node: process.version,
    runs: opts.runs,
    input: { seed: opts.seed, articles: articles.length, mb: full.mb, sizesMB: sizes.map((s) => s.mb) },
    throughput,
    stages,
    linearity: linearityFigures,
    coldStart,
    memory,
    elapsedSeconds: (now() - started) / 1000,
  };
  report.readmeTable = readmeTable(report);
  if (opts.json) process.stdout.write(`${JSON.stringify(report, (k, v) => (typeof v === 'number' ? round(v, 3) : v), 2)}\n`);
  else process.stdout.write(`${render(report)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
