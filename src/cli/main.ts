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
    exitOnceFlushed(code);
  });
}

/**
 * Ends the process as soon as standard output and error have handed all they were given to the system: the run is
 * over (workers ended, files written), and a natural exit would first tear V8's heap down, object by object (2.4 % of
 * the instructions of the seed's cold start, measured with valgrind). A write's callback comes after the writes before
 * it, so nothing is cut where writes are asynchronous (pipes on macOS); a failed write exits through the handler above.
 */
function exitOnceFlushed(code: number): void {
  let pending = 2;
  const flushed = (error?: Error | null) => {
    if (!error && --pending === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}
