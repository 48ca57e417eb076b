/**
 * One article in, its formatted output (or a one-line reason) out: the unit
 * of work of `extract`, run in the main thread or in a worker
 * (./extract-worker.ts). The stages and the views load on the first task.
 */
import type { GazetteerEntry } from '../actors/gazetteer.js';
import type { Preference } from '../context.js';
import type { ReportSummary } from './formatters/html.js';
import { budgetMemoryFor } from './memory-budget.js';

export type OutputFormat = 'json' | 'timeline' | 'text' | 'html';

/** What every task of a run shares (cloned once into each worker). */
export interface TaskSetup {
  lang?: string;
  prefer: Preference;
  refDate?: string;
  actors: GazetteerEntry[];
  format: OutputFormat;
  /** One JSON object per line rather than pretty JSON. */
  compact: boolean;
  color: boolean;
  debug: boolean;
  extractor: { name: string; version: string };
  /** With --format html --out-dir: the index each page links back to. */
  indexHref?: string;
}

export interface Task {
  /** The name reported in `file`: a path, "-", or the id of an NDJSON record. */
  file: string;
  source: string;
  /** The record's own reference date (NDJSON input), before the run's. */
  refDate?: string;
}

/**
 * The formatted article, or why there is none (`message` is one line; `detail` the stack with --debug); an HTML
 * report also sends the line of the index that lists it. Pretty JSON asked for `inPieces` comes as `chunks`: pieces
 * of the text, each made when it is asked for. A worker sends JSON as `bytes`, the text encoded as UTF-8
 * (./extract-worker.ts).
 */
export type Reply =
  | { ok: true; text: string; summary?: ReportSummary }
  | { ok: true; chunks: Iterable<string> }
  | { ok: true; bytes: Uint8Array }
  | { ok: false; message: string; detail?: string };

/**
 * Runs the pipeline on one article and formats it; never throws. With `inPieces` (the main thread, which writes the
 * pieces to standard output as they come), pretty JSON comes in pieces: a long article's output never stands whole
 * in memory (its peak RSS was a fifth higher for it).
 */
export async function runTask(task: Task, setup: TaskSetup, { inPieces = false } = {}): Promise<Reply> {
  const [{ extract, ExtractError }, format] = await Promise.all([import('../pipeline.js'), loadFormat(setup.format)]);
  try {
    const refDate = task.refDate ?? setup.refDate;
    budgetMemoryFor(task.source);
    const article = extract(task.source, { file: task.file, ...(refDate !== undefined ? { refDate } : {}), ...(setup.lang !== undefined ? { lang: setup.lang } : {}), prefer: setup.prefer, actors: setup.actors });
    if (inPieces && setup.format === 'json' && !setup.compact) {
      const { formatJsonChunks } = await import('./formatters/json.js');
      return { ok: true, chunks: formatJsonChunks(article, { extractor: setup.extractor }) };
    }
    return { ok: true, ...format(article, setup, task.source) };
  } catch (error) {
    if (error instanceof ExtractError) return { ok: false, message: error.message };
    // an output beyond the longest string V8 can build: this file's error, and the next files go on
    if (error instanceof RangeError && /string length/i.test(error.message)) return { ok: false, message: 'the output is too large to be written' };
    const message = `internal error: ${error instanceof Error ? error.message : String(error)}${setup.debug ? '' : ' (run with --debug for details)'}`;
    return { ok: false, message, ...(setup.debug && error instanceof Error && error.stack ? { detail: error.stack } : {}) };
  }
}

type Format = (article: import('../types.js').Article, setup: TaskSetup, source: string) => { text: string; summary?: ReportSummary };

// the timeline and text views (and chalk) load only when asked for
async function loadFormat(format: OutputFormat): Promise<Format> {
  if (format === 'timeline') {
    const { formatTimeline } = await import('./formatters/timeline.js');
    return (article, { color }) => ({ text: formatTimeline(article, { color }) });
  }
  if (format === 'text') {
    const { formatText } = await import('./formatters/text.js');
    return (article, { color }) => ({ text: formatText(article, { color }) });
  }
  if (format === 'html') {
    const { formatHtml, summarize } = await import('./formatters/html.js');
    return (article, { indexHref }, source) => ({
      text: formatHtml(article, source, indexHref !== undefined ? { indexHref } : {}),
      ...(indexHref !== undefined ? { summary: summarize(article) } : {}),
    });
  }
  const { formatJson } = await import('./formatters/json.js');
  return (article, { compact, extractor }) => ({ text: formatJson(article, { compact, extractor }) });
}
