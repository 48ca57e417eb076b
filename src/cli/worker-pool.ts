/**
 * A fixed pool of worker threads for `extract` over a corpus. Each worker
 * loads the stages once, says "ready", then answers its tasks one at a time,
 * in the order it got them. A worker holds up to `depth` tasks: the one it
 * runs and the next ones, sent ahead so that it never waits for the main
 * thread between two tasks (on a busy machine the main thread may wait
 * several milliseconds for a core: with one task at a time, a sixth of the
 * workers' time over news articles went in such waits). A task's time budget starts when its worker
 * starts it (when it receives it idle, or when the task before it ends), so
 * loading a worker or waiting behind another task never counts against a
 * file. A task over its budget, or a worker that dies (out of memory, a crash
 * in a dependency), ends that worker: the task gets a one-line reason, the
 * tasks sent ahead to it go to the other workers, and a fresh worker takes
 * its place. A worker that dies before it is ready fails the whole pool
 * (every task gets the reason) rather than restarting forever.
 */
import { Worker } from 'node:worker_threads';

export interface PoolOptions<T, R> {
  /** The worker module: it posts "ready" once loaded, then one reply per task message, in order. */
  url: URL;
  workerData: unknown;
  size: number;
  /** The time budget of one task, in milliseconds. */
  timeoutMs: number;
  /** The reply of a task that did not finish: its worker was ended or died. */
  failed: (task: T, reason: string) => R;
  /** The tasks a worker holds at most, the one it runs included (default 4). */
  depth?: number;
  /**
   * The weight of a task (its size), and the weight a worker may hold beyond its running task: a task is sent ahead
   * to a busy worker only while that worker's tasks weigh less than `aheadWeight`, so that a few long tasks never
   * queue behind one another on a worker while another one is free (default: no limit).
   */
  weight?: (task: T) => number;
  aheadWeight?: number;
}

interface Job<T, R> {
  task: T;
  weight: number;
  resolve: (reply: R) => void;
}

interface Slot<T, R> {
  worker: Worker;
  ready: boolean;
  /** The tasks sent to the worker, oldest (the running one) first. */
  jobs: Job<T, R>[];
  timer?: NodeJS.Timeout;
}

/** setTimeout takes at most 2^31 - 1 ms. */
const MAX_DELAY = 2 ** 31 - 1;

export class WorkerPool<T, R> {
  private readonly queue: Job<T, R>[] = [];
  private slots: Slot<T, R>[] = [];
  private broken: string | null = null;
  private readonly depth: number;

  constructor(private readonly options: PoolOptions<T, R>) {
    this.depth = Math.max(1, options.depth ?? 4);
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }

  /** Runs a task on the next free worker; never rejects. */
  run(task: T): Promise<R> {
    return new Promise((resolve) => {
      if (this.broken !== null) resolve(this.options.failed(task, this.broken));
      else {
        this.queue.push({ task, weight: this.options.weight?.(task) ?? 0, resolve });
        this.pump();
      }
    });
  }

  /** Ends every worker. */
  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    for (const slot of slots) clearTimeout(slot.timer);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot<T, R> {
    // a young generation of 16 MB instead of V8's 48: as fast on articles, and a third less memory per worker
    const worker = new Worker(this.options.url, { workerData: this.options.workerData, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const slot: Slot<T, R> = { worker, ready: false, jobs: [] };
    worker.on('message', (message: unknown) => {
      if (message === 'ready') slot.ready = true;
      else {
        const job = slot.jobs.shift();
        if (job) {
          clearTimeout(slot.timer);
          // the next task sent ahead starts now
          if (slot.jobs.length > 0) this.startTimer(slot);
          job.resolve(message as R);
        }
      }
      this.pump();
    });
    worker.on('error', (error) => this.lost(slot, `internal error: ${error.message.split('\n')[0]}`));
    worker.on('exit', (code) => this.lost(slot, `internal error: the worker stopped (exit code ${code})`));
    return slot;
  }

  /** A worker ended on its own: its task fails, the ones sent ahead go back to the queue, and a fresh worker takes its place. */
  private lost(slot: Slot<T, R>, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // ended by the pool itself
    clearTimeout(slot.timer);
    const jobs = slot.jobs.splice(0);
    if (!slot.ready) {
      this.broken = reason;
      void this.close();
      for (const queued of [...jobs, ...this.queue.splice(0)]) queued.resolve(this.options.failed(queued.task, reason));
      return;
    }
    this.slots[index] = this.spawn();
    this.requeue(jobs.slice(1));
    if (jobs[0]) jobs[0].resolve(this.options.failed(jobs[0].task, reason));
    this.pump();
  }

  /** Tasks sent to a worker that did not start them: first in the queue again, in their order. */
  private requeue(jobs: Job<T, R>[]): void {
    this.queue.unshift(...jobs);
  }

  /** Sends queued tasks to the ready workers, the least busy first, up to `depth` (and `aheadWeight`) each. */
  private pump(): void {
    const limit = this.options.aheadWeight ?? Infinity;
    while (this.queue.length > 0) {
      let best: Slot<T, R> | null = null;
      for (const slot of this.slots) {
        if (!slot.ready || slot.jobs.length >= this.depth) continue;
        if (slot.jobs.length > 0 && slot.jobs.reduce((sum, job) => sum + job.weight, 0) >= limit) continue;
        if (best === null || slot.jobs.length < best.jobs.length) best = slot;
      }
      if (best === null) return;
      const job = this.queue.shift()!;
      best.jobs.push(job);
      if (best.jobs.length === 1) this.startTimer(best);
      best.worker.postMessage(job.task);
    }
  }

  private startTimer(slot: Slot<T, R>): void {
    slot.timer = setTimeout(() => this.expire(slot), Math.min(MAX_DELAY, Math.max(1, this.options.timeoutMs)));
  }

  /** A task over its budget: its worker is ended and replaced, and the tasks sent ahead to it go back to the queue. */
  private expire(slot: Slot<T, R>): void {
    const index = this.slots.indexOf(slot);
    const [job, ...ahead] = slot.jobs.splice(0);
    if (index < 0 || !job) return;
    this.slots[index] = this.spawn();
    void slot.worker.terminate();
    this.requeue(ahead);
    job.resolve(this.options.failed(job.task, `timed out after ${this.options.timeoutMs / 1000} s (--timeout); the file was skipped`));
    this.pump();
  }
}
