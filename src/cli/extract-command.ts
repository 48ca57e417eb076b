/**
 * `extract FILE…`: reads each input, runs the pipeline, writes the article in
 * the chosen format. Loaded by ./program.ts only when this command runs, so
 * that `--help`, `--version`, `schema` and `check` never load the stages.
 *
 * Corpus mode: folders and globs as for `check`, `--files-from`, NDJSON input
 * (`--input ndjson`), `--jobs` workers. Inputs stream through a bounded
 * window (p-map's pMapIterable): at most a few articles per worker are held,
 * however large the corpus, and records come out in input order. A file that
 * fails gets a one-line error on stderr and, in NDJSON output, an error
 * record `{"file","error"}` at its place in the stream.
 */
import { join } from 'node:path';
import { pMapIterable } from 'p-map';
import type { GazetteerEntry } from '../actors/gazetteer.js';
import type { Preference } from '../context.js';
import { DEFAULT_TIMEOUT_SECONDS } from './defaults.js';
import { EXIT_ERROR, EXIT_OK } from './exit-codes.js';
import { expandPatterns } from './expand-patterns.js';
import { LONG_INPUT } from './memory-budget.js';
import type { IndexEntry, ReportSummary } from './formatters/html.js';
import { runTask, type OutputFormat, type Reply, type Task, type TaskSetup } from './extract-task.js';
import type { CliIo } from './io.js';
import { checkBytes, describeIoError, displayName, MAX_INPUT_BYTES, readInput } from './read-input.js';
import { EXTRACTOR } from './version.js';
import type { WorkerSetup } from './extract-worker.js';
import { restoreV8Defaults } from './v8-defaults.js';
import { WORKER_MARK } from './worker-role.js';

export type { OutputFormat };

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
  /** A file listing one input path per line ("-": standard input). */
  filesFrom?: string;
  /** What the inputs hold: Markdown files (default) or NDJSON records `{id|file, text, date?}`. */
  input?: 'markdown' | 'ndjson';
  /** Worker threads (default: the cores). */
  jobs?: number;
  /** The time budget of one file in a worker, in seconds. */
  timeout?: number;
}

/** The tasks a worker holds: the one it runs and three sent ahead (./worker-pool.ts). */
const WORKER_DEPTH = 4;

/** In a test run (EXTRACT_TEST_STALL=1), a worker given a text with this marker never finishes. */
const STALL_MARKER = '<!-- extract-test-stall -->';

/** One input of the run: its name, and how to get its task (or why there is none). */
interface Job {
  file: string;
  load: () => Promise<{ ok: true; task: Task } | { ok: false; message: string }>;
}

async function loadGazetteer(path: string, io: CliIo): Promise<GazetteerEntry[]> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new Error(`${displayName(path)}: ${describeIoError(error)}`);
  }
  const problem = checkBytes(bytes);
  if (problem) throw new Error(`${displayName(path)}: ${problem}`);
  const text = Buffer.from(bytes).toString('utf8');
  try {
    const data: unknown = /\.json$/i.test(path) ? JSON.parse(text) : (await import('yaml')).parse(text);
    return (await import('../actors/gazetteer.js')).parseGazetteer(data);
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

/** The lines of a file or of standard input, streamed when the io can. */
async function* linesOf(path: string, io: CliIo): AsyncGenerator<string> {
  if (io.readLines) {
    yield* io.readLines(path);
    return;
  }
  const bytes = path === '-' ? await io.readStdin() : await io.readFile(path);
  yield* Buffer.from(bytes).toString('utf8').split(/\r?\n/);
}

/** The inputs of a Markdown run: the patterns expanded, then the paths of --files-from, one per line. */
async function* markdownJobs(inputs: readonly string[], filesFrom: string | undefined, io: CliIo, onListError: (message: string) => void): AsyncGenerator<Job> {
  const fileJob = (file: string): Job => ({
    file,
    load: async () => {
      const input = await readInput(file, io);
      if (!input.ok) return { ok: false, message: input.message.replace(`extract: ${displayName(file)}: `, '') };
      return { ok: true, task: { file, source: input.source } };
    },
  });
  for (const file of inputs) yield fileJob(file);
  if (filesFrom === undefined) return;
  try {
    for await (const line of linesOf(filesFrom, io)) {
      const file = line.replace(/\r$/, '');
      if (file.trim() !== '') yield fileJob(file);
    }
  } catch (error) {
    onListError(`extract: ${filesFrom}: ${describeIoError(error)}`);
  }
}

/** The inputs of an NDJSON run: one record per non-blank line of each source. */
async function* ndjsonJobs(sources: readonly string[], io: CliIo, onListError: (message: string) => void): AsyncGenerator<Job> {
  for (const source of sources) {
    let lineNumber = 0;
    try {
      for await (const line of linesOf(source, io)) {
        lineNumber++;
        if (line.trim() === '') continue;
        const record = parseRecord(line);
        // (the record's own line: a job loads after the reader has gone on to later lines)
        const at = lineNumber;
        const file = record.name ?? `${source}:${at}`;
        yield 'error' in record
          ? { file, load: async () => ({ ok: false, message: `line ${at} of ${source}: ${record.error}` }) }
          : { file, load: async () => ({ ok: true, task: { file, source: record.text, ...(record.date !== undefined ? { refDate: record.date } : {}) } }) };
      }
    } catch (error) {
      onListError(`extract: ${source}: ${describeIoError(error)}`);
    }
  }
}

type ParsedRecord = { name?: string; text: string; date?: string } | { name?: string; error: string };

/** One NDJSON input record: `{"id"|"file": name, "text": Markdown, "date"?: reference date}`. */
function parseRecord(line: string): ParsedRecord {
  if (line.length > MAX_INPUT_BYTES) return { error: `record too large (the limit is ${MAX_INPUT_BYTES / 1048576} MiB, as for a file)` };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'not a JSON object (expected {"id", "text", "date"?} on each line)' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { error: 'not a JSON object (expected {"id", "text", "date"?} on each line)' };
  const record = value as Record<string, unknown>;
  const rawName = record.id ?? record.file;
  const name = typeof rawName === 'string' || typeof rawName === 'number' ? String(rawName) : undefined;
  const named = name !== undefined ? { name } : {};
  if (typeof record.text !== 'string') return { ...named, error: 'no "text" string in the record' };
  if (record.text.trim() === '') return { ...named, error: 'empty text (no text to read)' };
  if (record.date !== undefined && record.date !== null && typeof record.date !== 'string') return { ...named, error: '"date" is not a string' };
  return { ...named, text: record.text, ...(typeof record.date === 'string' ? { date: record.date } : {}) };
}

/** The progress line on a terminal: files, MB, MB/s, ETA when the number of files is known. */
function progressMeter(io: CliIo, total: number | null) {
  const started = Date.now();
  let files = 0;
  let bytes = 0;
  let shownAt = 0;
  let shown = false;
  const line = () => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
    const eta = total !== null && files > 0 ? ` ETA ${formatDuration(((total - files) * seconds) / files)}` : '';
    return `extract: ${files}${total !== null ? `/${total}` : ''} files, ${(bytes / 1e6).toFixed(1)} MB, ${rate.toFixed(2)} MB/s${eta}`;
  };
  return {
    step(size: number) {
      files++;
      bytes += size;
      if (!io.stderrIsTTY || Date.now() - shownAt < 250) return;
      shownAt = Date.now();
      shown = true;
      io.stderr(`\r\x1b[K${line()}`);
    },
    /** Clears the line before any other message, and at the end. */
    clear() {
      if (shown) io.stderr('\r\x1b[K');
      shown = false;
      shownAt = 0;
    },
  };
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** The first usage error in the options, or null. */
function usageError(files: readonly string[], options: ExtractCommandOptions): string | null {
  if (options.input === 'ndjson' && options.filesFrom !== undefined) return '--files-from lists Markdown files; it does not go with --input ndjson';
  if (files.length === 0 && options.filesFrom === undefined) return 'no input files (use - to read standard input; extract --help for usage)';
  const stdinUses = files.filter((f) => f === '-').length + (options.filesFrom === '-' ? 1 : 0);
  if (stdinUses > 1) return 'standard input (-) can be read only once';
  if (options.outDir !== undefined && options.format !== 'html') return '--out-dir goes with --format html';
  return null;
}

/** Runs the extraction on the files and returns the exit status. */
export async function runExtract(files: string[], options: ExtractCommandOptions, io: CliIo): Promise<number> {
  const usage = usageError(files, options);
  if (usage !== null) {
    io.stderr(`extract: ${usage}\n`);
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

  let exitCode = EXIT_OK;
  const ndjsonInput = options.input === 'ndjson';
  const expanded = ndjsonInput ? { inputs: files.map((file) => ({ file })), errors: [] } : await expandPatterns(files, io, { unique: false });
  const inputs = expanded.inputs.map((input) => input.file);
  // a corpus: more than one input, or a stream of them
  const corpus = ndjsonInput || options.filesFrom !== undefined || inputs.length + expanded.errors.length > 1;
  const compact = Boolean(options.ndjson) || corpus;
  const jsonLines = options.format === 'json' && compact;
  if (options.format === 'html' && options.outDir === undefined && corpus) {
    io.stderr('extract: several files with --format html need --out-dir DIR (one page per file and an index)\n');
    return EXIT_ERROR;
  }
  const pages = options.outDir !== undefined ? await reportFolder(options.outDir, io) : null;
  if (pages === false) return EXIT_ERROR;
  const setup: TaskSetup = {
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    ...(options.refDate !== undefined ? { refDate: options.refDate } : {}),
    prefer: options.prefer,
    actors,
    format: options.format,
    compact,
    color: options.color,
    debug: Boolean(options.debug),
    extractor: { ...EXTRACTOR },
    ...(pages ? { indexHref: 'index.html' } : {}),
  };

  const progress = progressMeter(io, ndjsonInput || options.filesFrom !== undefined ? null : inputs.length);
  const stderr = (text: string) => {
    progress.clear();
    io.stderr(text);
  };
  const fail = (file: string, message: string, detail?: string) => {
    exitCode = EXIT_ERROR;
    pages?.failed(file, message);
    stderr(`extract: ${displayName(file)}: ${message}\n${detail ? `${detail}\n` : ''}`);
    if (jsonLines) io.stdout(`${JSON.stringify({ file, error: message })}\n`);
  };
  const listError = (message: string) => {
    exitCode = EXIT_ERROR;
    stderr(`${message}\n`);
  };
  for (const error of expanded.errors) fail(error.replace(/^extract: /, '').replace(/: no files match$/, ''), 'no files match');

  // workers when the process has cores to give and the run is a corpus, or a budget was asked for
  const jobs = Math.max(1, options.jobs ?? io.parallelism ?? 1);
  const useWorkers = io.parallelism !== undefined && (corpus || options.timeout !== undefined);
  const timeoutMs = (options.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
  const workers = ndjsonInput || options.filesFrom !== undefined ? jobs : Math.min(jobs, Math.max(1, inputs.length));
  const pool = useWorkers ? await startPool(setup, workers, timeoutMs, io) : null;
  const run = pool ? (task: Task) => pool.run(task) : (task: Task) => runTask(task, setup, { inPieces: true });

  const source = ndjsonInput ? ndjsonJobs(inputs, io, listError) : markdownJobs(inputs, options.filesFrom, io, listError);
  // in flight: the tasks the workers hold (the one each runs and three sent ahead); finished or not, at most twice that
  // many articles wait for their turn in the output (as many only: the workers waited for a slow article at the head a
  // tenth of the run on a busy machine)
  const concurrency = pool ? workers * WORKER_DEPTH : 1;
  const outcomes = pMapIterable(
    source,
    async (job): Promise<{ file: string; reply: Reply; bytes: number }> => {
      const loaded = await job.load();
      if (!loaded.ok) return { file: job.file, reply: { ok: false, message: loaded.message }, bytes: 0 };
      // (the size in bytes only for the progress line, shown on a terminal: measuring each text was a tenth of the main
      // thread's work per article in a corpus run)
      return { file: job.file, reply: await run(loaded.task), bytes: io.stderrIsTTY ? Buffer.byteLength(loaded.task.source) : 0 };
    },
    { concurrency, backpressure: concurrency * 2 },
  );
  let printed = 0;
  try {
    for await (const { file, reply, bytes } of outcomes) {
      progress.step(bytes);
      if (!reply.ok) {
        fail(file, reply.message, reply.detail);
        continue;
      }
      // each article is written whole, so stdout never holds a partial object
      if ('chunks' in reply) {
        for (const chunk of reply.chunks) io.stdout(chunk);
      } else if ('bytes' in reply) {
        if (io.stdoutBytes) io.stdoutBytes(reply.bytes);
        else io.stdout(new TextDecoder().decode(reply.bytes));
      } else if (pages) {
        if (!(await pages.write(file, reply.text, reply.summary))) exitCode = EXIT_ERROR;
      } else if (options.format === 'json' || options.format === 'html') io.stdout(reply.text);
      else io.stdout(`${printed > 0 ? '\n' : ''}${corpus ? `==> ${file} <==\n` : ''}${reply.text}`);
      printed++;
    }
  } finally {
    progress.clear();
    await pool?.close();
  }
  if (pages && !(await pages.finish())) exitCode = EXIT_ERROR;
  return exitCode;
}

async function startPool(setup: TaskSetup, jobs: number, timeoutMs: number, io: CliIo) {
  const { WorkerPool } = await import('./worker-pool.js');
  // the workers start with V8's flags as Node was built (./v8-defaults.ts); the main thread runs no stage from here on
  const workerData: WorkerSetup = { ...setup, [WORKER_MARK]: true, v8Defaults: restoreV8Defaults(), ...(io.env.EXTRACT_TEST_STALL === '1' ? { stallMarker: STALL_MARKER } : {}) };
  return new WorkerPool<Task, Reply>({
    // the CLI's own entry, which loads the code as for the main thread (with V8's code cache) and runs the worker
    // (./worker-role.ts); dist/cli/, dist/bundle/ and src/cli/ all sit two folders below the package's root
    url: new URL('../../bin/extract.js', import.meta.url),
    workerData,
    size: jobs,
    timeoutMs,
    depth: WORKER_DEPTH,
    // long inputs are not sent ahead of one another, so that they spread over the workers
    weight: (task) => task.source.length,
    aheadWeight: LONG_INPUT,
    failed: (_task, reason) => ({ ok: false, message: reason }),
  });
}

interface ReportFolder {
  write(file: string, page: string, summary: ReportSummary | undefined): Promise<boolean>;
  failed(file: string, error: string): void;
  finish(): Promise<boolean>;
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
    async write(file, page, summary) {
      const name = pageName(file, taken);
      const ok = await save(name, page);
      entries.push(ok && summary ? { file, href: name, summary } : { file, href: null, error: 'the page could not be written' });
      return ok;
    },
    failed(file, error) {
      entries.push({ file, href: null, error });
    },
    finish: async () => save('index.html', (await import('./formatters/html.js')).formatHtmlIndex(entries)),
  };
}
