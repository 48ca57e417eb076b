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
import { join } from 'node:path';
import type { IndexEntry } from './formatters/html.js';
import { formatJson } from './formatters/json.js';
import type { CliIo } from './io.js';
import { describeIoError, readInput } from './read-input.js';

export type OutputFormat = 'json' | 'timeline' | 'text' | 'html';

export interface ExtractCommandOptions {
  refDate?: string;
  lang?: string;
  prefer: Preference;
  ndjson?: boolean;
  format: OutputFormat;
  actors?: string;
  /** With --format html: the folder to write one page per file and an index into. */
  outDir?: string;
  /** Colour the timeline and text output (decided by the caller from the terminal, NO_COLOR, --color). */
  color: boolean;
  debug?: boolean;
}

async function loadGazetteer(path: string, io: CliIo): Promise<GazetteerEntry[]> {
  let text: string;
  try {
    text = Buffer.from(await io.readFile(path)).toString('utf8');
  } catch (error) {
    throw new ExtractError(`${path}: ${describeIoError(error)}`);
  }
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
  if (options.outDir !== undefined && options.format !== 'html') {
    io.stderr('extract: --out-dir goes with --format html\n');
    return EXIT_ERROR;
  }
  if (options.format === 'html' && options.outDir === undefined && files.length > 1) {
    io.stderr('extract: several files with --format html need --out-dir DIR (one page per file and an index)\n');
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
  const html = options.format === 'html' ? await import('./formatters/html.js') : null;
  const pages = options.outDir !== undefined ? await reportFolder(options.outDir, io) : null;
  if (pages === false) return EXIT_ERROR;
  let exitCode = EXIT_OK;
  let printed = 0;
  for (const file of files) {
    const input = await readInput(file, io);
    if (!input.ok) {
      io.stderr(`${input.message}\n`);
      exitCode = EXIT_ERROR;
      pages?.failed(file, input.message.replace(/^extract: /, ''));
      continue;
    }
    let article: Article;
    try {
      article = extract(input.source, { file, refDate: options.refDate, lang: options.lang, prefer: options.prefer, actors });
    } catch (error) {
      exitCode = EXIT_ERROR;
      if (error instanceof ExtractError) io.stderr(`extract: ${file}: ${error.message}\n`);
      else {
        io.stderr(`extract: ${file}: internal error: ${error instanceof Error ? error.message : String(error)}${options.debug ? '' : ' (run with --debug for details)'}\n`);
        if (options.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
      }
      pages?.failed(file, 'could not be read (see the error)');
      continue;
    }
    // each article is written whole, so stdout never holds a partial object
    if (html) {
      if (!pages) io.stdout(html.formatHtml(article, input.source));
      else if (!(await pages.write(file, article, (indexHref) => html.formatHtml(article, input.source, { indexHref })))) exitCode = EXIT_ERROR;
    } else if (!formatView) io.stdout(formatJson(article, { compact }));
    else {
      const view = formatView(article, { color });
      io.stdout(`${printed > 0 ? '\n' : ''}${files.length > 1 ? `==> ${file} <==\n` : ''}${view}`);
    }
    printed++;
  }
  if (pages && html && !(await pages.finish(html.formatHtmlIndex))) exitCode = EXIT_ERROR;
  return exitCode;
}

interface ReportFolder {
  write(file: string, article: Article, page: (indexHref: string) => string): Promise<boolean>;
  failed(file: string, error: string): void;
  finish(index: (entries: readonly IndexEntry[]) => string): Promise<boolean>;
}

/** The file name of a page: the input's name without its extension, made safe and unique in the folder. */
export function pageName(file: string, taken: Set<string>): string {
  const base =
    file === '-'
      ? 'stdin'
      : (file
          .split(/[\\/]/)
          .pop()!
          .replace(/\.[^.]*$/, '')
          .replace(/[^\p{L}\p{N}._-]+/gu, '-')
          .replace(/^[-.]+/, '') || 'article');
  let name = `${base}.html`;
  for (let n = 2; taken.has(name.toLowerCase()) || name === 'index.html'; n++) name = `${base}-${n}.html`;
  taken.add(name.toLowerCase());
  return name;
}

/** `--out-dir`: creates the folder, writes one page per article and the index last; false when the folder cannot be made. */
async function reportFolder(dir: string, io: CliIo): Promise<ReportFolder | false> {
  try {
    await io.makeDir(dir);
  } catch (error) {
    io.stderr(`extract: ${dir}: ${describeIoError(error)}\n`);
    return false;
  }
  const entries: IndexEntry[] = [];
  const taken = new Set<string>();
  const save = async (name: string, text: string) => {
    const path = join(dir, name);
    try {
      await io.writeFileAtomic(path, text);
      io.stdout(`${path}\n`);
      return true;
    } catch (error) {
      io.stderr(`extract: ${path}: ${describeIoError(error)}\n`);
      return false;
    }
  };
  return {
    async write(file, article, page) {
      const name = pageName(file, taken);
      const ok = await save(name, page('index.html'));
      entries.push(ok ? { file, href: name, article } : { file, href: null, error: 'the page could not be written' });
      return ok;
    },
    failed(file, error) {
      entries.push({ file, href: null, error });
    },
    finish: (index) => save('index.html', index(entries)),
  };
}
