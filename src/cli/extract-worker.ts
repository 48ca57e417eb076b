/**
 * A worker thread of `extract` over a corpus (./worker-pool.ts): loads the
 * stages, says "ready", then answers each task with runTask's reply.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type Task, type TaskSetup } from './extract-task.js';

/** The setup of the run, and the test-only marker of a file that never finishes (to test --timeout without a race). */
export type WorkerSetup = TaskSetup & { stallMarker?: string };

const setup = workerData as WorkerSetup;
const port = parentPort!;

await Promise.all([import('../pipeline.js'), import('./formatters/json.js')]);
port.on('message', (task: Task) => {
  if (setup.stallMarker && task.source.includes(setup.stallMarker)) for (;;);
  void runTask(task, setup).then((reply) => port.postMessage(reply));
});
port.postMessage('ready');
