/**
 * Runs the CLI in-process the way src/cli/program.ts's run() does, with the
 * check command registered (until the lead wires it into buildProgram, this
 * is also the wiring test).
 */
import { CommanderError } from 'commander';
import { buildProgram } from '../../src/cli/program.js';
import { registerCheckCommand } from '../../src/cli/check-command.js';
import type { CliIo } from '../../src/cli/io.js';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = buildProgram(io, setExit);
  if (!program.commands.some((c) => c.name() === 'check')) registerCheckCommand(program, io, setExit);
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: (s, write) => write(s.startsWith('error:') ? `extract: ${s}` : s) });
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}
