// Records in input order from N workers, with at most a window of inputs in flight: memory stays
// bounded however many files there are, and output streams as soon as the next record is ready.
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { packageRoot } from '../load-rules.js';
import type { CompiledRules } from '../rules.js';
import type { Input } from './inputs.js';
import { processInput, type ProcessedRecord, type ProcessOptions } from './process.js';

// Each worker keeps a small heap: a story's parse is garbage once its record is sent, and a
// large young generation only lets dead parses pile up (peak memory is a target of the bench).
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256 };

export interface PoolOptions extends ProcessOptions {
  jobs: number;
  ruleFiles: string[];
}

/** Records of `inputs`, in order. jobs = 1 runs in this thread with `rules`; more jobs compile their own. */
export async function* processAll(inputs: AsyncIterable<Input>, rules: CompiledRules | null, options: PoolOptions): AsyncGenerator<ProcessedRecord> {
  const process = { only: options.only, maxBytes: options.maxBytes, explain: options.explain };
  if (options.jobs <= 1) {
    if (!rules) throw new Error('processAll: one job needs compiled rules');
    for await (const input of inputs) yield await processInput(input, rules, process);
    return;
  }
  // The compiled worker, also when this module runs from the TypeScript sources (tests).
  const script = path.join(packageRoot(), 'dist', 'src', 'batch', 'worker.js');
  const workers = Array.from({ length: options.jobs }, () => new Worker(script, { workerData: { ruleFiles: options.ruleFiles, options: process }, resourceLimits: WORKER_LIMITS }));
  const idle = [...workers];
  const pending = new Map<number, { resolve: (r: ProcessedRecord) => void; reject: (e: Error) => void }>();
  let wake = () => {};
  for (const w of workers) {
    w.on('message', ({ id, record }: { id: number; record: ProcessedRecord }) => {
      idle.push(w);
      pending.get(id)!.resolve(record);
      pending.delete(id);
      wake();
    });
    // A worker that dies is a bug, not a bad input: stop rather than lose records silently.
    w.on('error', (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      wake();
    });
  }

  const window = options.jobs * 4;
  const queue: Promise<ProcessedRecord>[] = [];
  const iterator = inputs[Symbol.asyncIterator]();
  let next = 0;
  let done = false;
  try {
    for (;;) {
      while (!done && queue.length < window && idle.length) {
        const item = await iterator.next();
        if (item.done) {
          done = true;
          break;
        }
        const id = next++;
        const worker = idle.shift()!;
        const record = new Promise<ProcessedRecord>((resolve, reject) => pending.set(id, { resolve, reject }));
        record.catch(() => {}); // rejections are rethrown when this record's turn comes
        queue.push(record);
        worker.postMessage({ id, input: item.value });
      }
      if (!queue.length) break;
      // While more inputs could be sent, wake for a free worker as well as for the next record.
      if (!done && queue.length < window) {
        const freed = new Promise<boolean>((resolve) => (wake = () => resolve(false)));
        const headReady = await Promise.race([queue[0].then(() => true), freed]);
        if (!headReady) continue;
      }
      yield await queue.shift()!;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
