/**
 * Finding and reading `extract check` configuration files through the CliIo:
 * `.extractrc.json` / `.extractrc.jsonc` / `.extractrc.yaml` / `.extractrc.yml`
 * in the file's directory or the nearest parent (the nearest file wins), or
 * `--config FILE`. JSON files may have comments and trailing commas (JSONC).
 * A file may `extends` others (paths relative to it), skip files (`ignores`)
 * and set rules for some files (`overrides`), globs relative to the file.
 * Validation and merging are pure (src/check/config.ts).
 */
import path from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import { resolveConfig, splitConfigFile, type ConfigLayer, type ConfigResult } from '../check/config.js';
import type { CliIo } from './io.js';
import { describeIoError } from './read-input.js';

/** Names looked for in each directory, in this order of preference. */
export const CONFIG_FILE_NAMES = ['.extractrc.json', '.extractrc.jsonc', '.extractrc.yaml', '.extractrc.yml'] as const;

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

/** Globs anchored at a configuration file's directory. */
interface Globs {
  readonly base: string;
  readonly match: (relative: string) => boolean;
}

/** A configuration file with everything it extends, ready to give each input its settings. */
export interface LoadedConfig {
  /** The rules of the extended files, then the file's own, in order. */
  readonly layers: readonly ConfigLayer[];
  readonly ignores: readonly Globs[];
  readonly overrides: readonly (Globs & { readonly layer: ConfigLayer })[];
}

export type LoadResult = { ok: true; config: LoadedConfig } | { ok: false; message: string };

const globs = (base: string, patterns: readonly string[]): Globs => {
  const test = picomatch([...patterns], { dot: true });
  return { base, match: (relative) => test(relative) };
};

/** Parses a configuration file's text: JSON with comments and trailing commas, or YAML. */
function parseConfigText(file: string, text: string): { ok: true; data: unknown } | { ok: false; reason: string; kind: string } {
  if (/\.jsonc?$/i.test(file)) {
    const errors: ParseError[] = [];
    const data: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
    const first = errors[0];
    if (!first) return { ok: true, data: data ?? {} };
    const line = text.slice(0, first.offset).split(/\r\n|\r|\n/).length;
    return { ok: false, kind: 'JSON', reason: `${printParseErrorCode(first.error)} at line ${line}` };
  }
  try {
    return { ok: true, data: parseYaml(text) ?? {} };
  } catch (error) {
    return { ok: false, kind: 'YAML', reason: (error instanceof Error ? error.message : String(error)).split('\n')[0]! };
  }
}

/** Reads one configuration file and those it extends (relative paths, cycles refused); messages are one line. */
export async function loadConfig(file: string, io: CliIo, seen: readonly string[] = []): Promise<LoadResult> {
  const absolute = path.resolve(io.cwd, file);
  const shown = displayPath(absolute, io);
  if (seen.includes(absolute)) return { ok: false, message: `extract: ${shown}: extends itself (${[...seen, absolute].map((f) => displayPath(f, io)).join(' -> ')})` };
  let text: string;
  try {
    text = Buffer.from(await io.readFile(absolute)).toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    return { ok: false, message: `extract: ${shown}: ${describeIoError(error)}` };
  }
  const parsed = parseConfigText(absolute, text);
  if (!parsed.ok) return { ok: false, message: `extract: ${shown}: not valid ${parsed.kind} (${parsed.reason})` };
  const split = splitConfigFile(parsed.data, shown);
  if (!split.ok) return { ok: false, message: `extract: ${split.message}` };
  const base = path.dirname(absolute);
  const layers: ConfigLayer[] = [];
  const ignores: Globs[] = [];
  const overrides: (Globs & { layer: ConfigLayer })[] = [];
  for (const parent of split.parts.extends) {
    const loaded = await loadConfig(path.resolve(base, parent), io, [...seen, absolute]);
    if (!loaded.ok) return loaded.message.includes('extends itself') || seen.length > 0 ? loaded : { ok: false, message: `${loaded.message} (extended by ${shown})` };
    layers.push(...loaded.config.layers);
    ignores.push(...loaded.config.ignores);
    overrides.push(...loaded.config.overrides);
  }
  layers.push({ source: shown, data: split.parts.rules });
  if (split.parts.ignores.length > 0) ignores.push(globs(base, split.parts.ignores));
  split.parts.overrides.forEach((o, i) => overrides.push({ ...globs(base, o.files), layer: { source: `${shown} (overrides.${i})`, data: o.rules } }));
  // every layer is checked now, so that a bad rule in an override that matches no file is still reported
  const checked = resolveConfig([...layers, ...overrides.map((o) => o.layer)]);
  if (!checked.ok) return { ok: false, message: `extract: ${checked.message}` };
  return { ok: true, config: { layers, ignores, overrides } };
}

/** Whether globs anchored at a directory match a file (absolute path). */
const matches = (g: Globs, file: string) => {
  const relative = path.relative(g.base, file);
  return !relative.startsWith('..') && !path.isAbsolute(relative) && g.match(relative.split(path.sep).join('/'));
};

/** The settings of one input under a loaded configuration, or null when the configuration ignores it. */
export function configForFile(config: LoadedConfig, file: string | null): ConfigResult | null {
  if (file !== null && config.ignores.some((g) => matches(g, file))) return null;
  const extra = file === null ? [] : config.overrides.filter((o) => matches(o, file)).map((o) => o.layer);
  return resolveConfig([...config.layers, ...extra]);
}

/** Reads, parses, validates and merges one configuration file over the defaults (no overrides applied). */
export async function loadConfigFile(file: string, io: CliIo): Promise<ConfigResult> {
  const loaded = await loadConfig(file, io);
  return loaded.ok ? (configForFile(loaded.config, null) as ConfigResult) : loaded;
}

/** Resolves the configuration for each input, reading every configuration file once. */
export class ConfigFinder {
  private readonly byFile = new Map<string, Promise<LoadResult>>();
  private readonly byDirectory = new Map<string, Promise<string | null>>();

  /** `explicit`: the --config file, used for every input instead of discovery. */
  constructor(
    private readonly io: CliIo,
    private readonly explicit?: string,
  ) {}

  /**
   * The configuration for an input path ("-": the working directory), and the
   * file it came from; `ignored` when the configuration's `ignores` match it.
   */
  async forInput(input: string): Promise<{ result: ConfigResult; file: string | null; ignored?: boolean }> {
    const file = this.explicit ?? (await this.nearest(input === '-' ? this.io.cwd : path.dirname(path.resolve(this.io.cwd, input))));
    if (file === null) return { result: resolveConfig([]), file: null };
    let loading = this.byFile.get(file);
    if (!loading) {
      loading = loadConfig(file, this.io);
      this.byFile.set(file, loading);
    }
    const loaded = await loading;
    if (!loaded.ok) return { result: loaded, file };
    const result = configForFile(loaded.config, input === '-' ? null : path.resolve(this.io.cwd, input));
    return result === null ? { result: resolveConfig([]), file, ignored: true } : { result, file };
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
