/**
 * The command-line shell: `run(argv, io)` returns the exit code; it never
 * touches `process` itself, so tests run it in-process.
 *
 * The plain `extract FILE…` (paths only: no option, no command) runs the
 * extract command straight away; every other command line goes through
 * commander (./commander-program.ts), which this module loads only then:
 * loading commander and building the program was a tenth of a cold start's
 * work beyond node's own. A test holds both ways to the same output.
 */
import { EXIT_ERROR } from './exit-codes.js';
import { extractOptions, PLAIN_OPTIONS, reportInternalError } from './extract-options.js';
import type { CliIo } from './io.js';

export { EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS } from './exit-codes.js';
export { colorAllowed } from './color.js';

/**
 * Whether commander would read `argv` as files and nothing else: no argument is an option (or "-", standard
 * input, or empty), and the first holds a dot or a slash, so it is no command, nor a mistyped one.
 */
export function isPlainExtract(argv: readonly string[]): boolean {
  return argv.length > 0 && argv.every((arg) => arg !== '' && !arg.startsWith('-')) && /[./\\]/.test(argv[0]!);
}

/** Runs the CLI with the user's arguments (without node and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  if (!isPlainExtract(argv)) {
    const { runCommander } = await import('./commander-program.js');
    return runCommander(argv, io);
  }
  try {
    const { runExtract } = await import('./extract-command.js');
    return await runExtract([...argv], extractOptions(PLAIN_OPTIONS, io), io);
  } catch (error) {
    reportInternalError(error, false, io);
    return EXIT_ERROR;
  }
}
