/**
 * Finding and reading `extract check` configuration files through the CliIo:
 * `.extractrc.json` / `.extractrc.yaml` / `.extractrc.yml` in the file's
 * directory or the nearest parent (the nearest file wins), or `--config FILE`.
 * Validation and merging are pure (src/check/config.ts).
 */
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { resolveConfig, type ConfigResult } from '../check/config.js';
import type { CliIo } from './io.js';
import { describeIoError } from './read-input.js';

/** Names looked for in each directory, in this order of preference. */
export const CONFIG_FILE_NAMES = ['.extractrc.json', '.extractrc.yaml', '.extractrc.yml'] as const;

/** The nearest configuration file at or above `directory` (absolute), or null. */
export async function findConfigFile(directory: string, io: CliIo): Promise<string | null> {
  let dir = path.resolve(io.cwd, directory);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (await io.exists(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** A path as the user would write it: relative to the working directory when inside it. */
export function displayPath(file: string, io: CliIo): string {
  const relative = path.relative(io.cwd, path.resolve(io.cwd, file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}

/** Reads, parses, validates and merges one configuration file over the defaults; messages are one line. */
export async function loadConfigFile(file: string, io: CliIo): Promise<ConfigResult> {
  const shown = displayPath(file, io);
  let text: string;
  try {
    text = Buffer.from(await io.readFile(file)).toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    return { ok: false, message: `extract: ${shown}: ${describeIoError(error)}` };
  }
  let data: unknown;
  try {
    data = /\.json$/i.test(file) ? JSON.parse(text) : (parseYaml(text) ?? {});
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return { ok: false, message: `extract: ${shown}: not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'} (${reason})` };
  }
  const result = resolveConfig([{ source: shown, data }]);
  return result.ok ? result : { ok: false, message: `extract: ${result.message}` };
}

/** Resolves the configuration for each input, reading every configuration file once. */
export class ConfigFinder {
  private readonly byFile = new Map<string, Promise<ConfigResult>>();
  private readonly byDirectory = new Map<string, Promise<string | null>>();

  /** `explicit`: the --config file, used for every input instead of discovery. */
  constructor(
    private readonly io: CliIo,
    private readonly explicit?: string,
  ) {}

  /** The configuration for an input path ("-": the working directory), and the file it came from. */
  async forInput(input: string): Promise<{ result: ConfigResult; file: string | null }> {
    const file = this.explicit ?? (await this.nearest(input === '-' ? this.io.cwd : path.dirname(path.resolve(this.io.cwd, input))));
    if (file === null) return { result: resolveConfig([]), file: null };
    let result = this.byFile.get(file);
    if (!result) {
      result = loadConfigFile(file, this.io);
      this.byFile.set(file, result);
    }
    return { result: await result, file };
  }

  private nearest(directory: string): Promise<string | null> {
    let found = this.byDirectory.get(directory);
    if (!found) {
      found = findConfigFile(directory, this.io);
      this.byDirectory.set(directory, found);
    }
    return found;
  }
}
