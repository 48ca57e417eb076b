/**
 * A worker thread of `extract` over a corpus (./worker-pool.ts): loads the
 * stages, says "ready", then answers each task with runTask's reply, one task
 * at a time and in the order they came (the pool sends some ahead).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type Reply, type Task, type TaskSetup } from './extract-task.js';
import { utf8Bytes } from './utf8-bytes.js';

/**
 * The setup of the run, the mark of a worker (./worker-role.ts), the tag of V8's default flags (./v8-defaults.ts: the
 * worker's entry, bin/extract.js, sets the CLI's flags when it finds them), and the test-only marker of a file that
 * never finishes (to test --timeout without a race).
 */
export type WorkerSetup = TaskSetup & { extractWorker: true; v8Defaults?: number; stallMarker?: string };

const setup = workerData as WorkerSetup;
const port = parentPort!;

/**
 * Sends a reply to the main thread. JSON goes as UTF-8 bytes whose buffer is handed over rather than copied: the main
 * thread writes them as they are, where a string (often a rope of two-byte characters) was copied into the message,
 * copied out again, then encoded as it was written (postMessage was a tenth of a worker's time over news articles).
 */
function post(reply: Reply): void {
  if (reply.ok && 'text' in reply && setup.format === 'json') {
    const bytes = utf8Bytes(reply.text);
    port.postMessage({ ok: true, bytes } satisfies Reply, [bytes.buffer]);
  } else port.postMessage(reply);
}

// (no top-level await: the CLI is also bundled as one CommonJS script)
void Promise.all([import('../pipeline.js'), import('./formatters/json.js')]).then(() => {
  let last: Promise<unknown> = Promise.resolve();
  port.on('message', (task: Task) => {
    last = last.then(() => {
      if (setup.stallMarker && task.source.includes(setup.stallMarker)) for (;;);
      return runTask(task, setup).then(post);
    });
  });
  port.postMessage('ready');
});
