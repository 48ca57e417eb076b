#!/usr/bin/env node
// The benchmark over real articles (`npm run bench`): runs on the built dist/, never in the tests.
//
//   node test/bench/real.js [--json] [--save FILE] [--runs 2] [--cold-runs 10] [--articles N] [--rss-mb 0.5]
//
// Input: test/bench/corpus/wikinews-fr.ndjson (886 French Wikinews articles, 1.30 MB, CC BY 2.5).
// Every row of issue 14's table, as a ratio to an anchor measured in the same run, the runs of
// each row interleaved (A B A B …) so that the machine's load hits both sides alike:
//   1. cold start on the seed: extract vs `node -e 0` vs markdownlint-cli2 on the same file;
//   2. one core (taskset -c 0 when there is taskset): `extract --jobs 1 --input ndjson` over the
//      corpus vs bare remark-parse over the same texts in one process (node start-up included on
//      both sides);
//   3. one core: `extract check` (default rules) vs markdownlint-cli2 (default rules) over the
//      corpus written as one .md file per article;
//   4. --jobs 2 vs --jobs 1 on all cores (and CPU/wall: how many cores it used);
//   5. peak RSS of one long document (the articles joined up to --rss-mb MB) vs the seed:
//      MB of RSS per MB of input, and the bound 40 MB per MB + 100 MB;
//   6. linearity: time per MB of extract() on one document of 8S vs S (S = 25 kB), in-process;
//   7. where the time goes: each stage's CPU time over one pass of the corpus in one process, with the CLI's V8 flags
//      (test/bench/stages.js; run.js reports the same on its generated, markup-heavy input, where the parse weighs more).
// Wall and CPU time of a child come from GNU time (/usr/bin/time) when installed, else wall only.
// No timing is asserted anywhere: this prints figures, it does not pass or fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAGES, STAGE_LABELS, loadStages, runStagesAfterParse } from './stages.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = join(ROOT, 'test/bench/corpus/wikinews-fr.ndjson');
const SEED = join(ROOT, 'fixtures/lecornu-choigou.md');
const BIN = join(ROOT, 'bin/extract.js');
const MDL = join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const MB = 1e6;

function parseArgs(argv) {
  const opts = { json: false, save: null, runs: 2, coldRuns: 10, articles: Infinity, rssMb: 0.5, child: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i];
    if (a === '--json') opts.json = true;
    else if (a === '--save') opts.save = value();
    else if (a === '--runs') opts.runs = Math.max(1, Number(value()));
    else if (a === '--cold-runs') opts.coldRuns = Math.max(1, Number(value()));
    else if (a === '--articles') opts.articles = Math.max(1, Number(value()));
    else if (a === '--rss-mb') opts.rssMb = Number(value());
    else if (a === '--child') opts.child = value();
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = (msg) => process.stderr.write(`bench: ${msg}\n`);
const round = (x, d = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);
const hasTime = existsSync('/usr/bin/time');
const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
/** The V8 flags that bin/extract.js sets for the CLI, for the in-process child that times the stages. */
const CLI_V8_FLAGS = ['--no-regexp-tier-up', '--interrupt-budget=540672', '--semi-space-growth-factor=4'];

/** Runs a command once, output to /dev/null: wall ms, CPU ms (user + sys), peak RSS MB (GNU time), exit status. */
function measure(argv, { pin = false } = {}) {
  const out = join(work, 'time.txt');
  const command = [...(pin && hasTaskset ? ['taskset', '-c', '0'] : []), ...(hasTime ? ['/usr/bin/time', '-f', '%U %S %M', '-o', out] : []), ...argv];
  const start = performance.now();
  const r = spawnSync(command[0], command.slice(1), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * MB });
  const wall = performance.now() - start;
  if (r.status === null || r.status > 2) throw new Error(`${argv.join(' ')}: ${r.signal ?? r.status}\n${r.stderr}`);
  if (!hasTime) return { wall, cpu: NaN, rss: NaN };
  const [user, sys, rssKb] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: (user + sys) * 1000, rss: rssKb / 1024 };
}

/** Runs the commands of a row interleaved, `runs` times each; the median wall and CPU time of each. */
function row(commands, runs, options) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((argv, k) => samples[k].push(measure(argv, options)));
  return samples.map((s) => ({ wall: median(s.map((x) => x.wall)), cpu: median(s.map((x) => x.cpu)), rss: Math.max(...s.map((x) => x.rss)) }));
}

// ---- child: bare remark-parse over the corpus, and the linearity of extract() ----

async function child(kind, opts) {
  const records = readFileSync(CORPUS, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).slice(0, opts.articles);
  if (kind === 'remark') {
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const parser = unified().use(remarkParse);
    let nodes = 0;
    for (const { text } of records) nodes += parser.parse(text).children.length;
    process.stdout.write(`${nodes}\n`);
    return;
  }
  if (kind === 'linearity') {
    const { extract } = await import(`${ROOT}/dist/index.js`);
    const cpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    // one document from the articles, from the k-th on, up to n bytes: each article a section
    const doc = (from, n) => {
      let s = '';
      for (let k = from; k < records.length && Buffer.byteLength(s) < n; k++) s += `## ${records[k].id}\n\n${records[k].text}\n\n`;
      return s;
    };
    const S = 25_000;
    extract(doc(records.length - 40, S), { refDate: '2017-01-01' }); // warm-up on other articles
    const time = (text, runs) => {
      const xs = [];
      for (let i = 0; i < runs; i++) {
        const c = cpu();
        extract(text, { refDate: '2017-01-01' });
        xs.push(cpu() - c);
      }
      return median(xs) / (Buffer.byteLength(text) / MB);
    };
    const small = doc(0, S);
    const large = doc(0, 8 * S);
    const perMbS = time(small, 5);
    const perMb8S = time(large, 3);
    process.stdout.write(JSON.stringify({ sBytes: Buffer.byteLength(small), s8Bytes: Buffer.byteLength(large), perMbS, perMb8S }));
  }
  if (kind === 'stages') {
    // one pass, as the CLI makes it: each article's stages timed in turn (CPU; no gc between them, so that a stage
    // pays for the collections its own allocations cause)
    const S = await loadStages(ROOT);
    const ms = Object.fromEntries(STAGES.map((s) => [s, 0]));
    const cpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const time = (stage, fn) => {
      const c = cpu();
      const result = fn();
      ms[stage] += cpu() - c;
      return result;
    };
    for (const { text, date } of records) runStagesAfterParse(S, text, time('parse', () => S.parseMarkdown(text)), time, { refDate: date });
    process.stdout.write(JSON.stringify(ms));
  }
}

// ---- main ----

const opts = parseArgs(process.argv.slice(2));
let work = '';
if (opts.child) {
  await child(opts.child, opts);
  process.exit(0);
}

work = mkdtempSync(join(tmpdir(), 'extract-bench-'));
try {
  const records = readFileSync(CORPUS, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).slice(0, opts.articles);
  const corpusBytes = records.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
  const ndjson = join(work, 'corpus.ndjson');
  writeFileSync(ndjson, `${records.map((r) => JSON.stringify({ id: r.id, date: r.date, text: r.text })).join('\n')}\n`);
  const folder = join(work, 'md');
  mkdirSync(folder);
  records.forEach((r, i) => writeFileSync(join(folder, `${String(i).padStart(4, '0')}.md`), r.text));
  let long = '';
  for (const r of records) {
    if (Buffer.byteLength(long) >= opts.rssMb * MB) break;
    long += `## ${r.id}\n\n${r.text}\n\n`;
  }
  const longFile = join(work, 'long.md');
  writeFileSync(longFile, long);
  const longMb = Buffer.byteLength(long) / MB;
  const mb = corpusBytes / MB;
  const node = process.execPath;
  const cores = availableParallelism();
  log(`${records.length} articles, ${mb.toFixed(2)} MB; ${cores} cores, load ${loadavg()[0].toFixed(1)}; GNU time ${hasTime ? 'yes' : 'no'}, taskset ${hasTaskset ? 'yes' : 'no'}`);

  log(`1/7 cold start on the seed (${opts.coldRuns} runs each, interleaved)`);
  const [bare, seedRun, mdlSeed] = row([[node, '-e', '0'], [node, BIN, SEED], [node, MDL, SEED]], opts.coldRuns);

  log(`2/7 one core: extract --jobs 1 --input ndjson vs bare remark-parse (${opts.runs} runs each)`);
  const [oneCore, remark] = row([[node, BIN, '--jobs', '1', '--input', 'ndjson', ndjson], [node, 'test/bench/real.js', '--child', 'remark', ...(Number.isFinite(opts.articles) ? ['--articles', String(opts.articles)] : [])]], opts.runs, { pin: true });

  log(`3/7 one core: extract check vs markdownlint-cli2 (${opts.runs} runs each)`);
  const [check, mdl] = row([[node, BIN, 'check', folder], [node, MDL, `${folder}/**/*.md`]], opts.runs, { pin: true });

  log(`4/7 --jobs 2 vs --jobs 1 (${opts.runs} runs each)`);
  const [jobs1, jobs2] = row([[node, BIN, '--jobs', '1', '--input', 'ndjson', ndjson], [node, BIN, '--jobs', '2', '--input', 'ndjson', ndjson]], opts.runs);

  log(`5/7 peak RSS: one ${longMb.toFixed(2)} MB document vs the seed`);
  const [rssLong, rssSeed] = row([[node, BIN, longFile], [node, BIN, SEED]], 1);

  log('6/7 linearity of extract(), one document of 8S vs S');
  const lin = JSON.parse(spawnSync(node, ['test/bench/real.js', '--child', 'linearity'], { cwd: ROOT, encoding: 'utf8' }).stdout);

  log('7/7 where the time goes: the stages over one pass of the corpus, in one process');
  const stageArgs = [...CLI_V8_FLAGS, 'test/bench/real.js', '--child', 'stages', ...(Number.isFinite(opts.articles) ? ['--articles', String(opts.articles)] : [])];
  const stageMs = JSON.parse(spawnSync(node, stageArgs, { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * MB }).stdout);
  const stageTotal = STAGES.reduce((a, s) => a + stageMs[s], 0);

  const result = {
    articles: records.length,
    mb: round(mb, 3),
    cores,
    load: round(loadavg()[0], 1),
    coldStart: { nodeMs: round(bare.wall, 0), extractMs: round(seedRun.wall, 0), markdownlintMs: round(mdlSeed.wall, 0), vsNode: round(seedRun.wall / bare.wall), cpuVsNode: round(seedRun.cpu / bare.cpu), markdownlintVsNode: round(mdlSeed.wall / bare.wall), vsMarkdownlint: round(seedRun.wall / mdlSeed.wall) },
    oneCore: { extractMBs: round(mb / (oneCore.wall / 1000), 3), remarkMBs: round(mb / (remark.wall / 1000), 3), vsRemark: round(oneCore.wall / remark.wall), cpuVsRemark: round(oneCore.cpu / remark.cpu) },
    check: { checkMBs: round(mb / (check.wall / 1000), 3), markdownlintMBs: round(mb / (mdl.wall / 1000), 3), vsMarkdownlint: round(check.wall / mdl.wall), cpuVsMarkdownlint: round(check.cpu / mdl.cpu) },
    jobs: { jobs1MBs: round(mb / (jobs1.wall / 1000), 3), jobs2MBs: round(mb / (jobs2.wall / 1000), 3), speedup: round(jobs1.wall / jobs2.wall), speedupVsOneCore: round(oneCore.wall / jobs2.wall), cpuPerWall1: round(jobs1.cpu / jobs1.wall), cpuPerWall2: round(jobs2.cpu / jobs2.wall), cpu1S: round(jobs1.cpu / 1000, 1), cpu2S: round(jobs2.cpu / 1000, 1) },
    rss: { inputMb: round(longMb, 3), peakMb: round(rssLong.rss, 0), seedPeakMb: round(rssSeed.rss, 0), perMb: round((rssLong.rss - rssSeed.rss) / longMb, 1), boundMb: round(40 * longMb + 100, 0) },
    linearity: { sKb: round(lin.sBytes / 1000, 1), ratio8S: round(lin.perMb8S / lin.perMbS), perMbSms: round(lin.perMbS, 0) },
    stages: { totalMs: round(stageTotal, 0), ms: Object.fromEntries(STAGES.map((s) => [s, round(stageMs[s], 0)])), share: Object.fromEntries(STAGES.map((s) => [s, round((100 * stageMs[s]) / stageTotal, 1)])) },
  };
  const c = result;
  const table = [
    '| what | extract | anchor, same run | ratio | target |',
    '| --- | --- | --- | --- | --- |',
    `| cold start on the seed | ${c.coldStart.extractMs} ms, ${c.coldStart.vsNode}× \`node -e 0\` (CPU ${c.coldStart.cpuVsNode}×) | \`node -e 0\` ${c.coldStart.nodeMs} ms; markdownlint-cli2 ${c.coldStart.markdownlintMs} ms, ${c.coldStart.markdownlintVsNode}× | ${c.coldStart.vsMarkdownlint}× markdownlint-cli2 | ≤ 3× \`node -e 0\` |`,
    `| one core, \`--input ndjson\` over ${c.articles} articles | ${c.oneCore.extractMBs} MB/s | bare remark-parse, ${c.oneCore.remarkMBs} MB/s | ${c.oneCore.vsRemark}× the time (CPU ${c.oneCore.cpuVsRemark}×) | ≤ 2.5× |`,
    `| one core, \`check\` (default rules) | ${c.check.checkMBs} MB/s | markdownlint-cli2, ${c.check.markdownlintMBs} MB/s | ${c.check.vsMarkdownlint}× the time (CPU ${c.check.cpuVsMarkdownlint}×) | ≤ 1× |`,
    `| \`--jobs 2\` vs \`--jobs 1\` | ${c.jobs.jobs2MBs} vs ${c.jobs.jobs1MBs} MB/s (CPU ${c.jobs.cpu2S} vs ${c.jobs.cpu1S} s, CPU/wall ${c.jobs.cpuPerWall2} vs ${c.jobs.cpuPerWall1}) | one core: ${c.oneCore.extractMBs} MB/s | ${c.jobs.speedup}× (${c.jobs.speedupVsOneCore}× one core) | ≥ 1.7× |`,
    `| peak RSS, one ${c.rss.inputMb} MB document | ${c.rss.peakMb} MB (seed: ${c.rss.seedPeakMb} MB) | bound 40 MB/MB + 100 = ${c.rss.boundMb} MB | +${c.rss.perMb} MB per MB | ≤ 40 MB per MB + 100 MB |`,
    `| linearity, per-MB time of one document, 8S / S (S = ${c.linearity.sKb} kB) | ${c.linearity.perMbSms} ms CPU per MB at S | — | ${c.linearity.ratio8S} | ≤ 1.1 |`,
  ].join('\n');
  const stageTable = [
    `Where the time goes: the stages over one pass of the ${c.articles} articles in one process (CPU ms, the CLI's V8 flags)`,
    '',
    '| stage | ms | share |',
    '| --- | --- | --- |',
    ...STAGES.map((s) => `| ${STAGE_LABELS[s]} | ${c.stages.ms[s]} | ${c.stages.share[s]} % |`),
    `| all stages | ${c.stages.totalMs} | 100 % |`,
  ].join('\n');
  if (opts.save) writeFileSync(opts.save, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${c.articles} real articles, ${c.mb} MB, ${c.cores} cores, load ${c.load}\n\n${table}\n\n${stageTable}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
