#!/usr/bin/env node
// The command-line entry point: runs the CLI and sets the exit code, nothing else.
import { run } from '../dist/cli/program.js';
import { nodeIo } from '../dist/cli/node-io.js';

// A reader that goes away (`extract big.md | head`) ends the output quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), nodeIo());
