#!/usr/bin/env node
// The command-line entry point: runs the CLI (src/cli/main.ts) and nothing else.
import { setFlagsFromString } from 'node:v8';

// V8 compiles each regular expression once to machine code rather than first to bytecode, then
// again to machine code once it is hot: the stages run hundreds of patterns, each a few times
// per article, and the double compilation was a quarter of a cold start (outputs unchanged).
setFlagsFromString('--no-regexp-tier-up');
// V8 optimises a function once it has run for an "interrupt budget" of bytecode (66 kB by default): the
// stages have many functions that are hot for a moment only, and optimising (then deoptimising) them cost
// more CPU than it saved, on one article as over a corpus. Eight times the budget: -10 % CPU on the seed's
// cold start, -20 % over the bench's 886 articles (--jobs 1); outputs unchanged.
setFlagsFromString('--interrupt-budget=540672');

// the bundle (one file to load instead of hundreds: npm run build makes it), else tsc's output
try {
  await import('../dist/bundle/extract.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/bundle/extract.js')) throw error;
  await import('../dist/cli/main.js');
}
