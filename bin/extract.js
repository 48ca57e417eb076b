#!/usr/bin/env node
// The command-line entry point: runs the CLI (src/cli/main.ts) and nothing else. The workers of `extract --jobs`
// start here too (src/cli/worker-role.ts), so that they load the code as the main thread does.
// (CommonJS, as bin/package.json says: an ES module entry makes Node load and run its ES module loader first, some
// 20 M instructions of a cold start, 1.5 % of the seed's)
'use strict';
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { cachedDataVersionTag, setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');
const { isMainThread, workerData } = require('node:worker_threads');
// Node's modules that the CLI loads, loaded before the flags below are set: Node compiles its own modules from the code
// cache built into it, which V8 rejects once the flags differ from the build's, and then compiles them from source (the
// seed's cold start: 16 M instructions fewer; process.moduleLoadList tells which ones a run loads)
require('node:fs/promises');
require('node:os');
require('node:readline');
require('node:readline/promises');
if (isMainThread) {
  // standard output and error, which every run writes to: a file, a pipe or a terminal, each its own modules
  void process.stdout;
  void process.stderr;
  // a command line that goes through commander (src/cli/program.ts: all but the plain `extract FILE…`): commander loads
  // child_process (and net and dgram with it) whether or not it spawns anything (17 M instructions compiled from source
  // on `extract --version`)
  // (isPlainExtract of src/cli/program.ts, written again here since the CLI's code is not loaded yet; a wrong answer
  // would only cost that compilation. test/cli/plain-extract.test.ts holds the two equal)
  const plainExtract = (args) => args.length > 0 && args.every((arg) => arg !== '' && !arg.startsWith('-')) && /[./\\]/.test(args[0]);
  if (!plainExtract(process.argv.slice(2))) require('node:child_process');
}

// V8's flags hold for the whole process. The main thread sets them; before it starts the workers of `extract --jobs` it
// puts V8's defaults back, so that Node starts each worker from its own code cache (src/cli/v8-defaults.ts), and a
// worker that finds them so (the tag it was given) sets them again here, before the CLI's code loads
if (isMainThread || (workerData !== null && typeof workerData === 'object' && workerData.v8Defaults === cachedDataVersionTag())) {
  // V8 compiles each regular expression once to machine code rather than first to bytecode, then
  // again to machine code once it is hot: the stages run hundreds of patterns, each a few times
  // per article, and the double compilation was a quarter of a cold start (outputs unchanged).
  setFlagsFromString('--no-regexp-tier-up');
  // V8 optimises a function once it has run for an "interrupt budget" of bytecode (66 kB by default): the
  // stages have many functions that are hot for a moment only, and optimising (then deoptimising) them cost
  // more CPU than it saved, on one article as over a corpus. Eight times the budget: -10 % CPU on the seed's
  // cold start, -20 % over the bench's 886 articles (--jobs 1); outputs unchanged.
  setFlagsFromString('--interrupt-budget=540672');
  // V8's young generation starts at 1 MB semi-spaces and doubles after a collection whose survivors filled it: a cold
  // start allocates some 30 MB (the lexicons, the code, the stages' first run), so that it took eight young
  // collections, whose survivors pushed the old generation to its first full collection. Growing fourfold instead: five
  // young collections and no full one on the seed; 8.6 % fewer instructions executed on its cold start (valgrind,
  // 1,865 -> 1,705 M), main-thread GC time about halved (--cpu-prof); +2 MB peak RSS. Over a corpus the workers'
  // young generation reaches its cap (src/cli/worker-pool.ts) sooner, for the same work (150 articles, -0.1 %).
  // A long input sets its own growth (src/cli/memory-budget.ts).
  setFlagsFromString('--semi-space-growth-factor=4');
}

// The CLI bundled as one CommonJS script, compiled with the V8 code cache beside it: the bytecode of the functions
// an extract run needs, so that a cold start compiles almost no JavaScript. npm run build makes both, the cache for
// the V8 it ran on (named by its version; V8 also checks the flags set above and the script, and compiles the script
// as usual when the cache does not fit). Without a cache for this V8: the ES module bundle, else tsc's output.
const script = join(__dirname, '../dist/bundle/extract.cjs');
const cache = join(__dirname, `../dist/bundle/extract.cjs.${process.versions.v8}.cache`);
// (the build makes the cache: EXTRACT_BUILD_CODE_CACHE names the file to write when this run ends)
const building = isMainThread ? process.env.EXTRACT_BUILD_CODE_CACHE : undefined;
if (building || existsSync(cache)) runScript(building ? undefined : readFileSync(cache));
else {
  // the ES module bundle (one file to load instead of hundreds), else tsc's output
  import('../dist/bundle/extract.js').catch((error) => {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/bundle/extract.js')) throw error;
    return import('../dist/cli/main.js');
  });
}

// (the script is ASCII: read as Latin-1, a one-byte string at once; the build wrote it inside the function that Node
// wraps a CommonJS module in, called here as Node calls it)
function runScript(cachedData) {
  const filename = script;
  const compiled = new Script(readFileSync(script, 'latin1'), { filename, cachedData });
  if (building) process.on('exit', () => writeFileSync(building, compiled.createCachedData()));
  const module = { exports: {} };
  compiled.runInThisContext().call(module.exports, module.exports, createRequire(script), module, filename, dirname(filename));
}
