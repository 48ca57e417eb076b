/** Runs the CLI in-process exactly as bin/extract.js does (the check command is mounted by buildProgram). */
import { run } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/io.js';

export function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  return run(argv, io);
}
