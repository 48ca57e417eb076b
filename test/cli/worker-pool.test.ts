/**
 * The worker pool of `extract --jobs` (src/cli/worker-pool.ts), on a small
 * worker written here: each reply goes to its own task although workers hold
 * tasks sent ahead, and a worker that is ended (over its budget, or dead)
 * fails its running task only, the tasks sent ahead to it being run by the
 * fresh worker. No timing is asserted: the budgets only end tasks that never
 * finish.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/cli/worker-pool.js';

interface Task {
  id: number;
  kind?: 'stall' | 'crash';
  size?: number;
}
type Reply = { ok: true; id: number; thread: number; held: number } | { ok: false; id: number; message: string };

const dir = mkdtempSync(join(tmpdir(), 'extract-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// answers in order, one task at a time; a "stall" task never ends, a "crash" task ends the thread. `held` is how many
// tasks had come in and were not answered yet when this one was answered (itself included)
const workerFile = join(dir, 'worker.mjs');
writeFileSync(
  workerFile,
  `import { parentPort, threadId, workerData } from 'node:worker_threads';
if (workerData.failAtStart) throw new Error('cannot load');
let received = 0, answered = 0;
const queue = [];
parentPort.on('message', (task) => {
  received++;
  queue.push(task);
  if (queue.length === 1) setImmediate(drain);
});
function drain() {
  while (queue.length > 0) {
    const task = queue[0];
    if (task.kind === 'stall') for (;;);
    if (task.kind === 'crash') process.exit(3);
    parentPort.postMessage({ ok: true, id: task.id, thread: threadId, held: received - answered });
    answered++;
    queue.shift();
  }
}
parentPort.postMessage('ready');
`,
);

const pool = (options: { size: number; depth?: number; timeoutMs?: number; failAtStart?: boolean; aheadWeight?: number }) =>
  new WorkerPool<Task, Reply>({
    url: pathToFileURL(workerFile),
    workerData: { failAtStart: options.failAtStart ?? false },
    size: options.size,
    timeoutMs: options.timeoutMs ?? 60_000,
    ...(options.depth !== undefined ? { depth: options.depth } : {}),
    ...(options.aheadWeight !== undefined ? { weight: (task: Task) => task.size ?? 0, aheadWeight: options.aheadWeight } : {}),
    failed: (task, message) => ({ ok: false, id: task.id, message }),
  });

describe('the worker pool', { timeout: 60_000 }, () => {
  it('answers each task with its own reply, a worker holding at most `depth` tasks', async () => {
    const p = pool({ size: 2, depth: 3 });
    try {
      const replies = await Promise.all(Array.from({ length: 60 }, (_, id) => p.run({ id })));
      expect(replies.map((r) => r.id)).toEqual(Array.from({ length: 60 }, (_, id) => id));
      expect(replies.every((r) => r.ok)).toBe(true);
      const ok = replies.filter((r): r is Extract<Reply, { ok: true }> => r.ok);
      expect(Math.max(...ok.map((r) => r.held))).toBeLessThanOrEqual(3);
    } finally {
      await p.close();
    }
  });

  it('sends no task ahead to a worker whose tasks weigh `aheadWeight` or more', async () => {
    const p = pool({ size: 1, depth: 4, aheadWeight: 100 });
    try {
      const held = async (sizes: number[]) => {
        const replies = await Promise.all(sizes.map((size, id) => p.run({ id, size })));
        return Math.max(...replies.map((r) => (r.ok ? r.held : Infinity)));
      };
      // heavy tasks: one at a time; light ones: up to four; a heavy one never behind another
      expect(await held([200, 200, 200, 200, 200])).toBe(1);
      expect(await held([1, 1, 1, 1, 1, 1, 1, 1])).toBeLessThanOrEqual(4);
      expect(await held([200, 1, 200, 1, 200])).toBeLessThanOrEqual(2);
    } finally {
      await p.close();
    }
  });

  it('a task over its budget fails alone: the tasks sent ahead to its worker run on the fresh one', async () => {
    const p = pool({ size: 1, depth: 3, timeoutMs: 300 });
    try {
      const replies = await Promise.all([p.run({ id: 0 }), p.run({ id: 1, kind: 'stall' }), p.run({ id: 2 }), p.run({ id: 3 }), p.run({ id: 4 })]);
      expect(replies.map((r) => r.ok)).toEqual([true, false, true, true, true]);
      expect(replies[1]).toEqual({ ok: false, id: 1, message: 'timed out after 0.3 s (--timeout); the file was skipped' });
      const threads = replies.flatMap((r) => (r.ok ? [r.thread] : []));
      // the task before the stalled one ran on the first worker, the ones after it on its replacement
      expect(threads[0]).not.toBe(threads[1]);
      expect(new Set(threads.slice(1)).size).toBe(1);
    } finally {
      await p.close();
    }
  });

  it('a worker that dies fails its running task only', async () => {
    const p = pool({ size: 1, depth: 2 });
    try {
      const replies = await Promise.all([p.run({ id: 0, kind: 'crash' }), p.run({ id: 1 }), p.run({ id: 2 })]);
      expect(replies.map((r) => r.ok)).toEqual([false, true, true]);
      expect(replies[0]).toEqual({ ok: false, id: 0, message: 'internal error: the worker stopped (exit code 3)' });
    } finally {
      await p.close();
    }
  });

  it('a worker that cannot load fails every task, once', async () => {
    const p = pool({ size: 2, failAtStart: true });
    try {
      const replies = await Promise.all([p.run({ id: 0 }), p.run({ id: 1 }), p.run({ id: 2 })]);
      expect(replies.every((r) => !r.ok && r.message.startsWith('internal error: cannot load'))).toBe(true);
      expect((await p.run({ id: 3 })).ok).toBe(false);
    } finally {
      await p.close();
    }
  });
});
