import type { CliIo } from './io.js';

/** Whether colour may be used on stdout: a terminal, and NO_COLOR unset (https://no-color.org), unless --color/--no-color says. */
export function colorAllowed(io: CliIo, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}
