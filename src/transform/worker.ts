/** A transform worker (see pool.ts): loads the stylesheets it is given once, then runs each task it receives. */
import { parentPort, workerData } from 'node:worker_threads';
import { taskRunner, type TransformTask } from './pool.js';

const run = taskRunner((workerData as { sefs: Record<string, unknown> }).sefs);
parentPort?.on('message', (task: TransformTask) => parentPort?.postMessage(run(task)));
