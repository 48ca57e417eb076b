#!/usr/bin/env node
// The command-line entry point: runs the CLI and sets the exit code, nothing else.
import { run } from '../dist/cli/program.js';
import { nodeIo, stdoutFailure } from '../dist/cli/node-io.js';

// A reader that goes away (`extract big.md | head`) ends the output quietly; any other write error (a full disk) is
// one line on stderr and exit status 2.
process.stdout.on('error', (error) => {
  const failure = stdoutFailure(error);
  if (failure.message) process.stderr.write(failure.message);
  process.exit(failure.exitCode ?? process.exitCode ?? 0);
});

process.exitCode = await run(process.argv.slice(2), nodeIo());
