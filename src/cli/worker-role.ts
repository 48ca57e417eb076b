/**
 * How a thread of the CLI's process knows it is a worker of `extract --jobs`.
 * The pool starts its workers on the CLI's own entry (bin/extract.js), so that
 * they load the code the way the main thread does (the CommonJS script with
 * V8's code cache: src/build/bundle.mjs) rather than compile it again; the
 * entry (./main.ts) then runs the worker (./extract-worker.ts) instead of the
 * command line when its workerData carries this mark.
 */
export const WORKER_MARK = 'extractWorker';

/** Whether a thread's workerData is that of an extract worker. */
export function isExtractWorker(workerData: unknown): boolean {
  return workerData !== null && typeof workerData === 'object' && (workerData as Record<string, unknown>)[WORKER_MARK] === true;
}
