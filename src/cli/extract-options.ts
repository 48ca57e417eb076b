/**
 * The `extract` command's options as the command line gives them, shared by the
 * plain run (./program.ts) and the commander program (./commander-program.ts).
 */
import { colorAllowed } from './color.js';
import type { ExtractCommandOptions } from './extract-command.js';
import type { CliIo } from './io.js';

/** What commander parses: the command's options, with the colour still to be decided from the terminal. */
export type ExtractCliOptions = Omit<ExtractCommandOptions, 'color'> & { color?: boolean };

/** The options commander gives a command line with none written: its defaults (a test holds the two equal). */
export const PLAIN_OPTIONS: Readonly<ExtractCliOptions> = { prefer: 'nearest', format: 'json', input: 'markdown' };

/** The command's options, the colour decided. */
export function extractOptions(options: ExtractCliOptions, io: CliIo): ExtractCommandOptions {
  return { ...options, color: colorAllowed(io, options.color) };
}

/** Reports an error nothing expected: one line, and its stack with --debug. */
export function reportInternalError(error: unknown, debug: boolean, io: CliIo): void {
  io.stderr(`extract: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
}
