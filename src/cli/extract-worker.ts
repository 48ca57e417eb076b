/**
 * A worker thread of `extract` over a corpus (./worker-pool.ts): loads the
 * stages, says "ready", then answers each task with runTask's reply, one task
 * at a time and in the order they came (the pool sends some ahead).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type Reply, type Task, type TaskSetup } from './extract-task.js';

/**
 * The setup of the run, the mark of a worker (./worker-role.ts), and the test-only marker of a file that never finishes
 * (to test --timeout without a race).
 */
export type WorkerSetup = TaskSetup & { extractWorker: true; stallMarker?: string };

const setup = workerData as WorkerSetup;
const port = parentPort!;

// (no top-level await: the CLI is also bundled as one CommonJS script)
void Promise.all([import('../pipeline.js'), import('./formatters/json.js')]).then(() => {
  let last: Promise<unknown> = Promise.resolve();
  port.on('message', (task: Task) => {
    last = last.then(() => {
      if (setup.stallMarker && task.source.includes(setup.stallMarker)) for (;;);
      return runTask(task, setup).then((reply: Reply) => port.postMessage(reply));
    });
  });
  port.postMessage('ready');
});
