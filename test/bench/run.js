#!/usr/bin/env node
// The benchmark (`npm run bench`): runs on the built dist/, never in the tests.
//
//   node test/bench/run.js [--json] [--save FILE] [--mb N | --budget 50] [--runs 3] [--seed 20260401] [--cold-runs 10]
//
// --json prints the figures as one JSON object instead of the tables; --save FILE
// writes that JSON object to FILE as well.
// The input size: --mb N, or by default the largest size of SIZE_LADDER that the
// time budget (--budget seconds, for this script; the build comes on top) allows
// at the speed measured on a first small input: extract() runs at well under 1 MB/s
// once the stages are in, so a fixed several-MB input would not fit a minute.
//
// 1. throughput of extract() vs the baseline unified().use(remarkParse).parse on a
//    generated French news input (test/bench/generate.js, seeded: same text every run);
// 2. each stage's share of the time (the stages of src/pipeline.ts, called one by one);
// 3. linearity: extract, the baseline and the dates/actors/events stages on S, 2S, 4S, 8S
//    (prefixes of one stream of articles, so the larger inputs hold more distinct names);
// 4. cold start of the CLI (--version, --help, the seed fixture, check) vs `node -e 0`;
// 5. memory (peak RSS, retained heap) of extract vs the baseline, each in a fresh process.
// In-process times are CPU time (process.cpuUsage), medians of --runs runs after a gc():
// the machines are shared, and wall-clock time there mostly measures waiting for a core.
// CPU time counts V8's helper threads too (GC, compiler), so on an idle machine it can
// exceed the wall clock; the throughput table shows both.
// No timing is asserted anywhere: this prints figures, it does not pass or fail.
// Progress goes to stderr; the report (or with --json a JSON object) to stdout.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { generateArticles } from './generate.js';
import { STAGES, STAGE_LABELS, loadStages, runStagesAfterParse } from './stages.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MB = 1e6; // bytes (UTF-8) per MB in every figure
const CALIBRATION_BYTES = 100_000;
/** Sizes (MB) of the largest input the budget picks from. */
const SIZE_LADDER = [0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1, 1.5, 2, 3, 4];

// ---- options ---------------------------------------------------------------

function parseArgs(argv) {
  const opts = { json: false, save: null, mb: null, budget: 50, runs: 3, seed: 20260401, coldRuns: 10, child: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`missing value for ${a}`);
      return v;
    };
    if (a === '--json') opts.json = true;
    else if (a.startsWith('--mb')) opts.mb = Number(value());
    else if (a.startsWith('--budget')) opts.budget = Number(value());
    else if (a.startsWith('--save')) opts.save = value();
    else if (a.startsWith('--runs')) opts.runs = Math.max(1, Math.floor(Number(value())));
    else if (a.startsWith('--seed')) opts.seed = Math.floor(Number(value()));
    else if (a.startsWith('--cold-runs')) opts.coldRuns = Math.max(1, Math.floor(Number(value())));
    else if (a.startsWith('--child')) opts.child = value();
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: node test/bench/run.js [--json] [--save FILE] [--mb N | --budget 50] [--runs 3] [--seed N] [--cold-runs 10]\n');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (opts.mb !== null && !(opts.mb > 0)) throw new Error('--mb must be a positive number');
  if (!(opts.budget > 0)) throw new Error('--budget must be a positive number of seconds');
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

/** CPU time of this process (user + system) in ms. */
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Times fn once after a gc; returns [cpu ms, result, wall ms]. The figures use
 * the CPU time: on a machine shared with other busy processes, the wall-clock
 * time mostly measures how long this process waited for a core.
 */
function timeOnce(fn) {
  gc();
  const w = now();
  const c = cpuNow();
  const result = fn();
  return [cpuNow() - c, result, now() - w];
}

// ---- the stages, called one by one as src/pipeline.ts does (test/bench/stages.js) ----

const LINEARITY_KEYS = ['baseline', 'extract', 'dates', 'actors', 'events'];

/**
 * One staged run: every stage timed on its own, in the order of src/pipeline.ts.
 * The parse (the costliest with the stages as placeholders) runs once; the later
 * stages run `repeat` times on the same tree (each time afresh: they allocate their
 * own objects) and keep their median, except the events stage which with
 * `eventsOnce` runs only the first time.
 */
function stagedRun(S, source, repeat, eventsOnce = false) {
  const times = Object.fromEntries(STAGES.map((s) => [s, []]));
  const [tParse, tree] = timeOnce(() => S.parseMarkdown(source));
  times.parse.push(tParse);
  const time = (stage, fn) => {
    const [t, result] = timeOnce(fn);
    times[stage].push(t);
    return result;
  };
  let counts = null;
  for (let r = 0; r < repeat; r++) {
    const { units, dated, found, told } = runStagesAfterParse(S, source, tree, time, { events: r === 0 || !eventsOnce });
    counts = { units: units.length, dates: dated.dates.length, actors: found.actors.length, events: told?.events.length ?? counts.events };
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

/** Preloaded into the spawned processes: reports their total CPU time at exit. */
const CPU_REPORTER = `data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\nBENCH_CPU "+(u.user+u.system)+"\\n")})`;

/** The CLI commands whose cold start is measured; `seed` is the one the summary figures use. */
const COLD_COMMANDS = [
  { key: 'version', label: 'extract --version', args: ['bin/extract.js', '--version'] },
  { key: 'help', label: 'extract --help', args: ['bin/extract.js', '--help'] },
  { key: 'seed', label: 'extract fixtures/lecornu-choigou.md', args: ['bin/extract.js', 'fixtures/lecornu-choigou.md'] },
  { key: 'check', label: 'extract check fixtures/check', args: ['bin/extract.js', 'check', 'fixtures/check'], okStatus: [0, 1] },
];

function measureColdStart(runs) {
  const spawnOnce = (args) => {
    const t = now();
    const r = spawnSync(process.execPath, ['--import', CPU_REPORTER, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, encoding: 'utf8' });
    const wall = now() - t;
    const m = /BENCH_CPU (\d+)\s*$/.exec(r.stderr ?? '');
    const error = r.status === 0 ? null : (r.stderr ?? '').replace(/\s*BENCH_CPU \d+\s*$/, '').trim().split('\n').slice(0, 2).join(' ');
    return { wall, cpu: m ? Number(m[1]) / 1000 : NaN, status: r.status, error };
  };
  const bare = ['-e', '0'];
  // warm-up (disk cache), and every command must work
  const checks = Object.fromEntries(COLD_COMMANDS.map((c) => [c.key, spawnOnce(c.args)]));
  spawnOnce(bare);
  const samples = { bare: [], ...Object.fromEntries(COLD_COMMANDS.map((c) => [c.key, []])) };
  // interleaved, so that a busy spell of the machine weighs on every command alike
  for (let i = 0; i < runs; i++) {
    samples.bare.push(spawnOnce(bare));
    for (const c of COLD_COMMANDS) samples[c.key].push(spawnOnce(c.args));
  }
  const figures = (key, what) => {
    const cliMs = median(samples[key].map((x) => x[what]));
    const nodeMs = median(samples.bare.map((x) => x[what]));
    return { cliMs, nodeMs, ratio: cliMs / nodeMs, differenceMs: cliMs - nodeMs };
  };
  const commands = COLD_COMMANDS.map((c) => {
    const failed = [checks[c.key], ...samples[c.key]].filter((x) => !(c.okStatus ?? [0]).includes(x.status));
    return { key: c.key, label: c.label, failedRuns: failed.length, firstError: failed[0]?.error ?? null, ...figures(c.key, 'wall'), cpu: figures(c.key, 'cpu') };
  });
  const seed = commands.find((c) => c.key === 'seed');
  return { runs, exitCode: checks.seed.status, failedRuns: seed.failedRuns, firstError: seed.firstError, ...figures('seed', 'wall'), cpu: figures('seed', 'cpu'), commands };
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
  out.push('Times are CPU time of this process (user + system, V8 helper threads included), little disturbed by other processes on the machine; wall clock where said.');
  out.push(`extract benchmark: ${fmt(r.input.mb, 2)} MB of generated French news (${r.input.articles} articles, seed ${r.input.seed}; size set by ${r.input.chosenBy}), median of ${r.runs} runs, node ${r.node}`);
  out.push('');
  out.push('Throughput');
  out.push(table(['', 'CPU ms', 'MB/s (CPU)', 'wall ms', 'MB/s (wall)'], [
    ['baseline unified().use(remarkParse).parse', fmt(t.baselineMs, 0), fmt(t.baselineMBs, 2), fmt(t.wall.baselineMs, 0), fmt(t.wall.baselineMBs, 2)],
    ['extract()', fmt(t.extractMs, 0), fmt(t.extractMBs, 2), fmt(t.wall.extractMs, 0), fmt(t.wall.extractMBs, 2)],
    ['ratio extract / baseline', fmt(t.ratio, 2), '', fmt(t.wall.ratio, 2), ''],
  ], ['l', 'r', 'r', 'r', 'r']));
  out.push('');
  const c = r.stages.counts;
  out.push(`Stage shares, CPU time (on the ${fmt(r.input.mb, 2)} MB input; found: ${c.units} units, ${c.dates} dates, ${c.actors} actors, ${c.events} events)`);
  out.push(table(['stage', 'ms', 'share'], [
    ...STAGES.map((s) => [STAGE_LABELS[s], fmt(r.stages.ms[s], 0), `${fmt(r.stages.share[s] * 100, 1)} %`]),
    ['sum of the stages', fmt(r.stages.totalMs, 0), '100.0 %'],
    ['extract() as a whole (throughput run)', fmt(t.extractMs, 0), ''],
  ], ['l', 'r', 'r']));
  if (r.stages.placeholders.length) out.push(`(returned nothing on this input, likely still placeholders: ${r.stages.placeholders.join(', ')})`);
  out.push('');
  out.push('Linearity (CPU ms per MB at each size)');
  const L = r.linearity;
  out.push(table(['size', 'MB', ...LINEARITY_KEYS], [
    ...L.points.map((p) => [p.label, fmt(p.mb, 3), ...LINEARITY_KEYS.map((k) => fmt(p.msPerMB[k], 0))]),
    ['ratio 8S/S', '', ...LINEARITY_KEYS.map((k) => fmt(L.ratio[k], 2))],
    ['marginal', '', ...LINEARITY_KEYS.map((k) => fmt(L.marginal[k], 2))],
  ], ['l', 'r', 'r', 'r', 'r', 'r', 'r']));
  out.push('(ratio 8S/S: per-MB time at 8S over that at S; marginal: cost of an MB between 4S and 8S over one between S and 2S,');
  out.push(' without the fixed cost per call: ≈1 linear, ≈4 quadratic. n/a: under 1 ms at S, noise)');
  out.push('');
  const cs = r.coldStart;
  out.push(`Cold start (median of ${cs.runs} spawns each, interleaved; ratio to \`node -e 0\` in the same run)`);
  out.push(table(['', 'wall ms', 'ratio', 'CPU ms', 'ratio'], [
    ['node -e 0', fmt(cs.nodeMs, 0), '1.00', fmt(cs.cpu.nodeMs, 0), '1.00'],
    ...cs.commands.map((c) => [c.label, fmt(c.cliMs, 0), fmt(c.ratio, 2), fmt(c.cpu.cliMs, 0), fmt(c.cpu.ratio, 2)]),
  ], ['l', 'r', 'r', 'r', 'r']));
  for (const c of cs.commands) {
    if (c.failedRuns > 0) out.push(`(${c.label} failed in ${c.failedRuns} of ${cs.runs + 1} runs: ${c.firstError}; is dist/ being rebuilt meanwhile?)`);
  }
  out.push('');
  const m = r.memory;
  out.push(`Memory (each in a fresh process, on the ${fmt(r.input.mb, 2)} MB input)`);
  out.push(table(['', 'peak RSS MB', 'RSS growth MB', 'retained heap MB'], [
    ['baseline parse', fmt(m.baseline.peakRssMB, 0), fmt(m.baseline.rssGrowthMB, 0), fmt(m.baseline.retainedHeapMB, 0)],
    ['extract()', fmt(m.extract.peakRssMB, 0), fmt(m.extract.rssGrowthMB, 0), fmt(m.extract.retainedHeapMB, 0)],
    ['ratio extract / baseline', '', fmt(m.peakGrowthRatio, 2), ''],
  ], ['l', 'r', 'r', 'r']));
  out.push('');
  out.push(`Total bench time: ${fmt(r.elapsedSeconds, 1)} s${r.input.chosenBy.startsWith('budget') && r.elapsedSeconds > r.budget * 1.2 ? ` (over the ${r.budget} s budget: the machine is busier than at calibration, or a stage grows faster than linearly)` : ''}; 1-min load average ${fmt(r.loadAverage.before, 1)} before, ${fmt(r.loadAverage.after, 1)} after, on ${r.loadAverage.cores} cores (above the core count, the figures are inflated)`);
  out.push('');
  out.push('README table');
  out.push('');
  out.push(r.readmeTable);
  return out.join('\n');
}

function readmeTable(r) {
  const t = r.throughput;
  const rows = [
    ['Throughput, `extract()` (CPU time)', `${fmt(t.extractMBs, 2)} MB/s`],
    ['Throughput, baseline `unified().use(remarkParse).parse` (CPU time)', `${fmt(t.baselineMBs, 2)} MB/s`],
    ['Time ratio extract / baseline', `${fmt(t.ratio, 2)}×`],
    ...STAGES.map((s) => [`Share: ${STAGE_LABELS[s]}`, `${fmt(r.stages.share[s] * 100, 1)} %`]),
    ['Input sizes S … 8S', `${fmt(r.input.sizesMB[0], 3)} … ${fmt(r.input.sizesMB[3], 2)} MB`],
    ...['extract', 'dates', 'actors', 'events'].map((k) => [
      `Linearity, ${k === 'extract' ? '`extract()`' : `${k} stage`} (per-MB time 8S / S; marginal)`,
      `${fmt(r.linearity.ratio[k], 2)}; ${fmt(r.linearity.marginal[k], 2)}`,
    ]),
    ...r.coldStart.commands.map((c) => [`Cold start, \`${c.label}\` vs \`node -e 0\` (wall; CPU)`, `+${fmt(c.differenceMs, 0)} ms, ${fmt(c.ratio, 1)}×; +${fmt(c.cpu.differenceMs, 0)} ms, ${fmt(c.cpu.ratio, 1)}×`]),
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
  const loadBefore = loadavg()[0];
  // cold start first: its cost (a CLI spawn) also tells what the memory children will cost
  log(`cold start: ${opts.coldRuns} spawns each`);
  const coldStart = measureColdStart(opts.coldRuns);
  const S = await loadStages(ROOT);
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const baseline = unified().use(remarkParse);

  // calibration and warm-up on the first articles (the JIT sees every path): extract
  // on 50 and 100 kB gives its speed and how it grows (a stage that is not linear
  // makes a larger input cost more than its size says)
  log('warm-up and calibration');
  const calArticles = generateArticles({ seed: opts.seed, bytes: CALIBRATION_BYTES });
  const calibration = calArticles.join('\n');
  const calMB = bytes(calibration) / MB;
  const halfText = calArticles.slice(0, Math.max(1, calArticles.length >> 1)).join('\n');
  const halfMB = bytes(halfText) / MB;
  const cal = { baseline: [], extract: [] };
  for (let i = 0; i < 2; i++) cal.baseline.push(timeOnce(() => baseline.parse(calibration))[2]);
  for (let i = 0; i < 2; i++) cal.extract.push(timeOnce(() => S.extract(halfText, { file: 'bench.md' })));
  const [calExtractCpu, , calExtractMs] = timeOnce(() => S.extract(calibration, { file: 'bench.md' }));
  stagedRun(S, calibration, 1);
  const secPerMB = calExtractMs / 1000 / calMB; // wall clock: it is the wall time the budget counts
  const growth = Math.min(2, Math.max(1, Math.log(calExtractCpu / cal.extract[1][0]) / Math.log(calMB / halfMB)));

  // input: articles in order; size kS is the prefix reaching k/8 of the full size
  let chosenMB = opts.mb;
  if (chosenMB === null) {
    // predicted seconds of everything below for a largest input of `mb` MB
    const R = opts.runs;
    const extractSec = (mb) => (calExtractMs / 1000) * (mb / calMB) ** growth;
    const baselineSec = (mb) => (cal.baseline[1] / 1000) * (mb / calMB);
    const predict = (mb) => {
      let total = 0;
      for (const k of [1, 2, 4, 8]) {
        const x = (mb * k) / 8;
        total += R * (extractSec(x) + baselineSec(x)); // throughput runs
        total += k === 8 ? R * extractSec(x) : (0.8 + 0.4 * R) * extractSec(x); // staged run
      }
      // memory children; then 1.3: the gc() between runs, fixed costs per call
      return 1.3 * (total + extractSec(mb) + baselineSec(mb)) + (2 * coldStart.cliMs) / 1000;
    };
    const room = opts.budget - (now() - started) / 1000;
    chosenMB = SIZE_LADDER.filter((mb) => predict(mb) <= room).pop() ?? SIZE_LADDER[0];
    log(`extract at ${(1 / secPerMB).toFixed(2)} MB/s on ${(calMB * 1000).toFixed(0)} kB, time growing as size^${growth.toFixed(2)}: ${chosenMB} MB fits the ${opts.budget} s budget (predicted ${predict(chosenMB).toFixed(0)} s)`);
  }
  const totalBytes = Math.round(chosenMB * MB);
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

  // each size: baseline and extract interleaved, then the stages one by one
  const points = [];
  let stagesFull = null;
  for (const size of sizes) {
    log(`size ${size.label} (${size.mb.toFixed(2)} MB): baseline, extract, stages`);
    const base = [];
    const ext = [];
    for (let i = 0; i < opts.runs; i++) {
      base.push(timeOnce(() => baseline.parse(size.text)));
      ext.push(timeOnce(() => S.extract(size.text, { file: 'bench.md' })));
    }
    const staged = stagedRun(S, size.text, opts.runs, size !== full);
    const ms = { baseline: median(base.map((x) => x[0])), extract: median(ext.map((x) => x[0])), dates: staged.ms.dates, actors: staged.ms.actors, events: staged.ms.events };
    points.push({
      label: size.label,
      mb: size.mb,
      wallMs: { baseline: median(base.map((x) => x[2])), extract: median(ext.map((x) => x[2])) },
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
    wall: {
      baselineMs: big.wallMs.baseline,
      extractMs: big.wallMs.extract,
      baselineMBs: full.mb / (big.wallMs.baseline / 1000),
      extractMBs: full.mb / (big.wallMs.extract / 1000),
      ratio: big.wallMs.extract / big.wallMs.baseline,
    },
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
    // per-MB time at 8S / at S: ≈1 when linear (a fixed cost per call makes it < 1)
    ratio: Object.fromEntries(LINEARITY_KEYS.map((k) => [k, points[0].ms[k] >= 1 ? big.msPerMB[k] / points[0].msPerMB[k] : null])),
    // cost of the last MB over that of the first: (t8S - t4S) / 4S over (t2S - tS) / S; a fixed
    // cost per call cancels out; ≈1 when linear, ≈4 when quadratic
    marginal: Object.fromEntries(LINEARITY_KEYS.map((k) => {
      const [p1, p2, p4, p8] = points;
      const low = (p2.ms[k] - p1.ms[k]) / (p2.mb - p1.mb);
      const high = (p8.ms[k] - p4.ms[k]) / (p8.mb - p4.mb);
      return [k, p1.ms[k] >= 1 && low > 0 ? high / low : null];
    })),
  };

  const memory = measureMemory(full.text);

  const report = {
    node: process.version,
    runs: opts.runs,
    budget: opts.budget,
    input: { seed: opts.seed, articles: articles.length, mb: full.mb, sizesMB: sizes.map((s) => s.mb), chosenBy: opts.mb === null ? `budget ${opts.budget} s` : '--mb' },
    calibration: { mb: calMB, extractMBs: 1 / secPerMB, baselineMBs: calMB / (cal.baseline[1] / 1000), growthExponent: growth },
    throughput,
    stages,
    linearity: linearityFigures,
    coldStart,
    memory,
    elapsedSeconds: (now() - started) / 1000,
    loadAverage: { before: loadBefore, after: loadavg()[0], cores: availableParallelism() },
  };
  report.readmeTable = readmeTable(report);
  const json = `${JSON.stringify(report, (k, v) => (typeof v === 'number' ? round(v, 3) : v), 2)}\n`;
  if (opts.save) writeFileSync(opts.save, json);
  if (opts.json) process.stdout.write(json);
  else process.stdout.write(`${render(report)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
