#!/usr/bin/env node
// The cold-start benchmark (`npm run bench:cold`): runs on the built dist/, never in the tests.
//
//   node test/bench/cold.js [--runs 20] [--json] [--base OTHER/bin/extract.js] [FILE]
//
// Starts `node -e 0`, `node bin/extract.js FILE` (default: the seed, fixtures/lecornu-choigou.md)
// and markdownlint-cli2 on the same file, interleaved (A B C A B C …) so that the machine's load
// hits all alike, and reports each one's best and median wall and CPU time (user + sys, from GNU
// time when installed) and the ratios to `node -e 0` in the same run: issue 14's first row
// (target ≤ 3× `node -e 0`). On a shared machine the best of N is the figure to compare; CPU time
// is less disturbed by other processes than wall time. --base adds another build's bin (a checkout of
// the commit before a change, built) to the same interleaved runs, for a before/after in one run.
// No timing is asserted anywhere: this prints figures, it does not pass or fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin/extract.js');
const MDL = join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const hasTime = existsSync('/usr/bin/time');

let runs = 20;
let json = false;
let file = join(ROOT, 'fixtures/lecornu-choigou.md');
let base = null;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') runs = Math.max(1, Number(argv[++i]));
  else if (argv[i] === '--json') json = true;
  else if (argv[i] === '--base') base = resolve(argv[++i]);
  else if (argv[i].startsWith('--')) throw new Error(`unknown option ${argv[i]}`);
  else file = resolve(argv[i]);
}

const work = mkdtempSync(join(tmpdir(), 'extract-cold-'));
const timeFile = join(work, 'time.txt');

/** One run, output to /dev/null: wall ms and CPU ms (user + sys; NaN without GNU time). */
function measure(command) {
  const full = hasTime ? ['/usr/bin/time', '-f', '%U %S', '-o', timeFile, ...command] : command;
  const start = performance.now();
  const r = spawnSync(full[0], full.slice(1), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command.join(' ')}: ${r.signal ?? r.status}\n${r.stderr}`);
  if (!hasTime) return { wall, cpu: NaN };
  const [user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: (user + sys) * 1000 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);

const node = process.execPath;
const commands = { node: [node, '-e', '0'], extract: [node, BIN, file], ...(base ? { base: [node, base, file] } : {}), markdownlint: [node, MDL, file] };
const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
const loadBefore = loadavg()[0];
try {
  for (const c of Object.values(commands)) measure(c); // warms the file cache
  for (let i = 0; i < runs; i++) for (const [k, c] of Object.entries(commands)) samples[k].push(measure(c));
} finally {
  rmSync(work, { recursive: true, force: true });
}

const stats = Object.fromEntries(
  Object.entries(samples).map(([k, s]) => [
    k,
    { bestWall: Math.min(...s.map((x) => x.wall)), medianWall: median(s.map((x) => x.wall)), bestCpu: Math.min(...s.map((x) => x.cpu)), medianCpu: median(s.map((x) => x.cpu)) },
  ]),
);
const ratio = (k, field) => round(stats[k][field] / stats.node[field]);
const result = {
  file: file.startsWith(ROOT) ? file.slice(ROOT.length + 1) : file,
  runs,
  load: round((loadBefore + loadavg()[0]) / 2, 1),
  ms: Object.fromEntries(Object.entries(stats).map(([k, s]) => [k, Object.fromEntries(Object.entries(s).map(([f, v]) => [f, round(v, 0)]))])),
  extractVsNode: { bestWall: ratio('extract', 'bestWall'), medianWall: ratio('extract', 'medianWall'), bestCpu: ratio('extract', 'bestCpu'), medianCpu: ratio('extract', 'medianCpu') },
  markdownlintVsNode: { bestWall: ratio('markdownlint', 'bestWall'), bestCpu: ratio('markdownlint', 'bestCpu') },
  ...(base ? { baseVsNode: { bestWall: ratio('base', 'bestWall'), medianWall: ratio('base', 'medianWall'), bestCpu: ratio('base', 'bestCpu'), medianCpu: ratio('base', 'medianCpu') } } : {}),
};
if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else {
  const row = (k) => `| ${k === 'node' ? '`node -e 0`' : k} | ${result.ms[k].bestWall} / ${result.ms[k].medianWall} ms | ${result.ms[k].bestCpu} / ${result.ms[k].medianCpu} ms | ${k === 'node' ? '1' : `${ratio(k, 'bestWall')}× / ${ratio(k, 'medianWall')}×`} | ${k === 'node' ? '1' : `${ratio(k, 'bestCpu')}× / ${ratio(k, 'medianCpu')}×`} |`;
  process.stdout.write(
    [
      `cold start on ${result.file}, ${runs} interleaved runs each, load ${result.load} (best / median)`,
      '',
      '| command | wall | CPU (user + sys) | wall vs `node -e 0` | CPU vs `node -e 0` |',
      '| --- | --- | --- | --- | --- |',
      row('node'),
      row('extract'),
      ...(base ? [row('base')] : []),
      row('markdownlint'),
      '',
      `target: extract ≤ 3× \`node -e 0\``,
      '',
    ].join('\n'),
  );
}
