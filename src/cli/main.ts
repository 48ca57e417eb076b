/**
 * The process around the CLI: runs it with the real io and sets the exit
 * code. bin/extract.js loads it (bundled into dist/bundle/ by
 * scripts/bundle.js, or as compiled by tsc when there is no bundle).
 */
import { nodeIo } from './node-io.js';
import { run } from './program.js';

// A reader that goes away (`extract big.md | head`) ends the output quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), nodeIo());
