/**
 * `extract FILE…`: reads each input, runs the pipeline, writes the article in
 * the chosen format. Loaded by ./program.ts only when this command runs, so
 * that `--help`, `--version`, `schema` and `check` never load the stages.
 */
import { parse as parseYaml } from 'yaml';
import { parseGazetteer, type GazetteerEntry } from '../actors/gazetteer.js';
import type { Preference } from '../context.js';
import { extract, ExtractError } from '../pipeline.js';
import type { Article } from '../types.js';
import { EXIT_ERROR, EXIT_OK } from './exit-codes.js';
import { formatJson } from './formatters/json.js';
import type { CliIo } from './io.js';
import { checkBytes, describeIoError, displayName, readInput } from './read-input.js';

export type OutputFormat = 'json' | 'timeline' | 'text';

export interface ExtractCommandOptions {
  refDate?: string;
  lang?: string;
  prefer: Preference;
  ndjson?: boolean;
  format: OutputFormat;
  actors?: string;
  /** Colour the timeline and text output (decided by the caller from the terminal, NO_COLOR, --color). */
  color: boolean;
  debug?: boolean;
}

async function loadGazetteer(path: string, io: CliIo): Promise<GazetteerEntry[]> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new ExtractError(`${displayName(path)}: ${describeIoError(error)}`);
  }
  const problem = checkBytes(bytes);
  if (problem) throw new ExtractError(`${displayName(path)}: ${problem}`);
  const text = Buffer.from(bytes).toString('utf8');
  try {
    const data: unknown = /\.json$/i.test(path) ? JSON.parse(text) : parseYaml(text);
    return parseGazetteer(data);
  } catch (error) {
    throw new ExtractError(`${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

/** Runs the extraction on the files and returns the exit status. */
export async function runExtract(files: string[], options: ExtractCommandOptions, io: CliIo): Promise<number> {
  if (files.length === 0) {
    io.stderr('extract: no input files (use - to read standard input; extract --help for usage)\n');
    return EXIT_ERROR;
  }
  if (files.filter((f) => f === '-').length > 1) {
    io.stderr('extract: standard input (-) can be read only once\n');
    return EXIT_ERROR;
  }
  let actors: GazetteerEntry[] = [];
  if (options.actors) {
    try {
      actors = await loadGazetteer(options.actors, io);
    } catch (error) {
      io.stderr(`extract: ${(error as Error).message}\n`);
      return EXIT_ERROR;
    }
  }
  const compact = Boolean(options.ndjson) || files.length > 1;
  const { color } = options;
  // the timeline and text views (and chalk) load only when asked for
  const formatView =
    options.format === 'timeline' ? (await import('./formatters/timeline.js')).formatTimeline : options.format === 'text' ? (await import('./formatters/text.js')).formatText : null;
  let exitCode = EXIT_OK;
  let printed = 0;
  for (const file of files) {
    const input = await readInput(file, io);
    if (!input.ok) {
      io.stderr(`${input.message}\n`);
      exitCode = EXIT_ERROR;
      continue;
    }
    let article: Article;
    try {
      article = extract(input.source, { file, refDate: options.refDate, lang: options.lang, prefer: options.prefer, actors });
    } catch (error) {
      exitCode = EXIT_ERROR;
      if (error instanceof ExtractError) io.stderr(`extract: ${displayName(file)}: ${error.message}\n`);
      else {
        io.stderr(`extract: ${displayName(file)}: internal error: ${error instanceof Error ? error.message : String(error)}${options.debug ? '' : ' (run with --debug for details)'}\n`);
        if (options.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
      }
      continue;
    }
    // each article is formatted whole before it is written, so stdout never holds a partial object; a formatting
    // failure (an output beyond the longest string V8 can build) is this file's error, and the next files go on
    let output: string;
    try {
      output = formatView
        ? `${printed > 0 ? '\n' : ''}${files.length > 1 ? `==> ${file} <==\n` : ''}${formatView(article, { color })}`
        : formatJson(article, { compact });
    } catch (error) {
      exitCode = EXIT_ERROR;
      const tooLarge = error instanceof RangeError && /string length/i.test(error.message);
      io.stderr(`extract: ${displayName(file)}: ${tooLarge ? 'the output is too large to be written' : `internal error: ${error instanceof Error ? error.message : String(error)}`}\n`);
      continue;
    }
    io.stdout(output);
    printed++;
  }
  return exitCode;
}
