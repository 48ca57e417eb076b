/**
 * The process around the CLI: runs it with the real io and sets the exit
 * code. bin/extract.js loads it (bundled into dist/bundle/ by
 * src/build/bundle.mjs, or as compiled by tsc when there is no bundle). In a
 * worker of `extract --jobs` (./worker-role.ts), it runs the worker instead.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { nodeIo, stdoutFailure } from './node-io.js';
import { run } from './program.js';
import { isExtractWorker } from './worker-role.js';

if (!isMainThread && isExtractWorker(workerData)) void import('./extract-worker.js');
else {
  // A reader that goes away (`extract big.md | head`) ends the output quietly; any other write error (a full disk) is
  // one line on stderr and exit status 2.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    const failure = stdoutFailure(error);
    if (failure.message) process.stderr.write(failure.message);
    process.exit(failure.exitCode ?? process.exitCode ?? 0);
  });

  // (no top-level await: the CLI is also bundled as one CommonJS script, which loads with V8's code cache)
  void run(process.argv.slice(2), nodeIo()).then((code) => {
    process.exitCode = code;
  });
}
