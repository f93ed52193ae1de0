/**
 * Transforms on both cores: a pool of worker threads, each with the compiled stylesheets loaded once,
 * runs the tasks it is given (a stylesheet on a cable, or on the corpus) and sends back what they made.
 * With one job the same tasks run in this thread. The caller writes the results in its own order, so the
 * outputs are the same whatever the number of workers.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { internalError, type Diagnostic } from '../diagnostics.js';
import { parseXml, runStylesheet, type ParsedXml } from './run.js';

/** A stylesheet to run: its SEF by name (as the pool was given them), the source and the parameters. */
export interface TransformTask {
  sheet: string;
  /** The source text; `corpus` names a document several tasks read, parsed once by each thread that reads it. */
  source: string;
  corpus?: string;
  /** The file messages are reported under. */
  file: string;
  params: Record<string, unknown>;
}

export interface TransformResult {
  output?: string;
  diagnostics: Diagnostic[];
  /** Milliseconds the task took in its thread, parsing included (for the bench's stage times). */
  ms?: number;
}

/** What runs tasks: `run` resolves with the task's result, never rejects (a failure is a diagnostic). */
export interface TransformRunner {
  readonly jobs: number;
  run(task: TransformTask): Promise<TransformResult>;
  close(): Promise<void>;
}

/** The number of jobs when none is asked for: one a core. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Runs tasks on parsed stylesheets, keeping the corpus document it parsed while tasks on it follow; never throws. Shared by the worker and the one-job runner. */
export function taskRunner(sefs: Record<string, unknown>): (task: TransformTask) => TransformResult {
  let corpus: { name: string; doc: string | ParsedXml } | undefined;
  const run = (task: TransformTask): TransformResult => {
    const sef = sefs[task.sheet];
    if (sef === undefined) return { diagnostics: [internalError(task.file, 'transform', new Error(`no stylesheet “${task.sheet}”`))] };
    let source: string | ParsedXml = task.source;
    // The corpus is kept for the tasks on it that follow, and let go at the first task on something else.
    if (task.corpus === undefined) corpus = undefined;
    else {
      if (corpus?.name !== task.corpus) {
        let doc: string | ParsedXml = task.source;
        try {
          doc = parseXml(task.source);
        } catch {
          // Left as text: the stylesheet then reports what is wrong with it.
        }
        corpus = { name: task.corpus, doc };
      }
      source = corpus.doc;
    }
    try {
      return runStylesheet(sef, source, task.file, task.params);
    } catch (e) {
      return { diagnostics: [internalError(task.file, 'transform', e)] };
    }
  };
  return (task) => {
    const started = performance.now();
    return { ...run(task), ms: performance.now() - started };
  };
}

/** A runner for `jobs` threads: this one when `jobs` is 1, else a pool of workers. */
export function transformRunner(sefs: Record<string, unknown>, jobs: number): TransformRunner {
  if (jobs <= 1) {
    const run = taskRunner(sefs);
    return { jobs: 1, run: async (task) => run(task), close: async () => {} };
  }
  return new WorkerPool(sefs, jobs);
}

interface Slot {
  worker: Worker;
  /** The corpus document the worker holds: a task on it is sent without its text. */
  corpus?: string;
  busy?: { task: TransformTask; resolve: (r: TransformResult) => void };
}

/** Worker threads, each running one task at a time; a worker that dies fails its task and is replaced. */
class WorkerPool implements TransformRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: { task: TransformTask; resolve: (r: TransformResult) => void }[] = [];
  private closed = false;

  constructor(
    private readonly sefs: Record<string, unknown>,
    readonly jobs: number,
  ) {
    for (let i = 0; i < jobs; i++) this.slots.push(this.spawn());
  }

  run(task: TransformTask): Promise<TransformResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    // The worker is TypeScript: a small module registers tsx in its thread, then loads it.
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { sefs: this.sefs } });
    worker.unref();
    const slot: Slot = { worker };
    worker.on('message', (result: TransformResult) => this.settle(slot, result));
    worker.on('error', (e) => this.fail(slot, e));
    worker.on('exit', (code) => this.fail(slot, new Error(`the worker stopped (exit code ${code})`)));
    return slot;
  }

  private settle(slot: Slot, result: TransformResult): void {
    const busy = slot.busy;
    slot.busy = undefined;
    busy?.resolve(result);
    this.dispatch();
  }

  private fail(slot: Slot, e: Error): void {
    if (this.closed) return;
    const busy = slot.busy;
    slot.busy = undefined;
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.slots[i] = this.spawn();
    busy?.resolve({ diagnostics: [internalError(busy.task.file, 'transform', e)] });
    this.dispatch();
  }

  /**
   * Gives each idle worker the first task it may take: a task on a corpus goes to the worker that holds that
   * corpus (only one worker parses and keeps it: a corpus document is the largest thing in memory).
   */
  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const i = this.queue.findIndex(({ task }) => task.corpus === undefined || slot.corpus === task.corpus || !this.slots.some((s) => s.corpus === task.corpus));
      if (i < 0) continue;
      const next = (i === 0 ? this.queue.shift() : this.queue.splice(i, 1)[0])!;
      slot.busy = next;
      slot.worker.ref();
      const { task } = next;
      const held = task.corpus !== undefined && slot.corpus === task.corpus;
      // A worker lets its corpus go when it is given other work (see taskRunner).
      slot.corpus = task.corpus;
      slot.worker.postMessage(held ? { ...task, source: '' } : task);
    }
    for (const slot of this.slots) if (!slot.busy) slot.worker.unref();
  }
}
