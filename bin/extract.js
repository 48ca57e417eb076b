#!/usr/bin/env node
// The command-line entry point: runs the CLI (src/cli/main.ts) and nothing else. The workers of `extract --jobs`
// start here too (src/cli/worker-role.ts), so that they load the code as the main thread does.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';

// (V8's flags hold for the whole process: the main thread sets them, before it starts any worker)
if (isMainThread) {
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
const script = new URL('../dist/bundle/extract.cjs', import.meta.url);
const cache = new URL(`../dist/bundle/extract.cjs.${process.versions.v8}.cache`, import.meta.url);
// (the build makes the cache: EXTRACT_BUILD_CODE_CACHE names the file to write when this run ends)
const building = isMainThread ? process.env.EXTRACT_BUILD_CODE_CACHE : undefined;
if (building || existsSync(cache)) runScript(building ? undefined : readFileSync(cache));
else {
  // the ES module bundle (one file to load instead of hundreds), else tsc's output
  try {
    await import('../dist/bundle/extract.js');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/bundle/extract.js')) throw error;
    await import('../dist/cli/main.js');
  }
}

// (the script is ASCII: read as Latin-1, a one-byte string at once)
function runScript(cachedData) {
  const filename = fileURLToPath(script);
  const compiled = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(script, 'latin1')}\n})`, { filename, cachedData });
  if (building) process.on('exit', () => writeFileSync(building, compiled.createCachedData()));
  const module = { exports: {} };
  compiled.runInThisContext().call(module.exports, module.exports, createRequire(script), module, filename, dirname(filename));
}
