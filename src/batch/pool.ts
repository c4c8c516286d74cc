// Records in input order from N workers, with at most a window of inputs in flight: memory stays
// bounded however many files there are, and output streams as soon as the next record is ready.
// A worker that runs out of memory (a 6 MB story, 2 MB of "a a a", a large --explain) costs only
// its input: that input gets an EMEMORY record, a fresh worker takes its place, the run goes on.
import type { Worker } from 'node:worker_threads';
import path from 'node:path';
import { packageRoot } from '../load-rules.js';
import type { CompiledRules } from '../rules.js';
import { errorDocument } from '../format/document.js';
import type { Input } from './inputs.js';
import { processInput, type ProcessedRecord, type ProcessOptions } from './process.js';

/**
 * The workers' heaps together, in MB: peak memory must stay under 300 MB with default flags, and
 * each worker also holds ~40 MB outside its heap (compromise's code, country data). On 2 cores:
 * 80 MB each, 273 MB peak for a folder of 1.2 MB "a a a" files (256 MB each gave 564 MB).
 */
export const WORKER_HEAP_BUDGET_MB = 160;
const MIN_WORKER_HEAP_MB = 64;
const MAX_WORKER_HEAP_MB = 256;
/**
 * Young generation shared by all workers, and the least and most one gets. At --jobs 2 that is
 * 40 MB each (at most half the old generation), which V8 rounds to the same 16 MB semi-spaces as
 * its own default of 48 MB (a semi-space is a third, rounded up to a power of two). It was 24 MB
 * each until the main thread stopped loading compromise (about 45 MB less). On 5,000 Reuters
 * stories, 2 runs each: scavenges 2,595 → 1,321, their pauses 8.0–8.5 → 5.6–5.9 s, peak RSS
 * 246–254 → 269–293 MB.
 */
const YOUNG_GENERATION_BUDGET_MB = 96;
const YOUNG_GENERATION_MIN_MB = 16;
const YOUNG_GENERATION_MAX_MB = 48;
/** Inputs sent to one worker before it has answered the first: 2 keeps it busy across a dispatch. */
const PER_WORKER = 2;

/** Each worker's heap: the budget shared out, or WIRE_FACTS_WORKER_HEAP_MB (tests use a small one). */
export function workerLimits(jobs: number, env: Record<string, string | undefined> = process.env): { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number } {
  const asked = Number(env.WIRE_FACTS_WORKER_HEAP_MB);
  const shared = Math.min(MAX_WORKER_HEAP_MB, Math.max(MIN_WORKER_HEAP_MB, Math.floor(WORKER_HEAP_BUDGET_MB / Math.max(1, jobs))));
  const old = Number.isInteger(asked) && asked >= 16 ? asked : shared;
  // A story's parse is garbage once its record is sent: with room for a whole parse in the young
  // generation it dies there. The 16 MB cap this replaced (V8's own default is 48) made
  // scavenges promote live parses to the old generation: on 1,000 Reuters stories, 48 MB took
  // 5-12% less CPU with one and two workers, for 20-50 MB more peak memory.
  // The budget is shared out like the heap budget (YOUNG_GENERATION_BUDGET_MB).
  const young = Math.min(YOUNG_GENERATION_MAX_MB, Math.max(YOUNG_GENERATION_MIN_MB, Math.floor(YOUNG_GENERATION_BUDGET_MB / Math.max(1, jobs))));
  return { maxYoungGenerationSizeMb: Math.min(young, Math.max(2, old >> 1)), maxOldGenerationSizeMb: old };
}

export interface PoolOptions extends ProcessOptions {
  jobs: number;
  ruleFiles: string[];
}

/** Records of `inputs`, in order: in this thread when given compiled `rules`, else in `jobs` workers that compile their own. */
export async function* processAll(inputs: AsyncIterable<Input>, rules: CompiledRules | null, options: PoolOptions): AsyncGenerator<ProcessedRecord> {
  const perInput = { only: options.only, maxBytes: options.maxBytes, explain: options.explain };
  if (rules) {
    for await (const input of inputs) yield await processInput(input, rules, perInput);
    return;
  }
  // The compiled worker, also when this module runs from the TypeScript sources (tests).
  const script = path.join(packageRoot(), 'dist', 'src', 'batch', 'worker.js');
  // Loaded only now: node:worker_threads loaded while the start-up snapshot is built leaves a
  // process started from it with workers that cannot start ("undefined is not an integer typed
  // array": the main thread's shared cwd counter needs a SharedArrayBuffer the builder lacks).
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const jobs = Math.max(1, options.jobs);
  const limits = workerLimits(jobs);
  const all = new Set<Worker>();
  const pending = new Map<number, { resolve: (r: ProcessedRecord) => void; reject: (e: Error) => void; input: Input }>();
  // Each worker's inputs in the order it was sent them: it answers them in that order. More than
  // one per worker, so that a worker finishing a story finds the next one already in its queue
  // instead of waiting for the main thread to hear of it and dispatch another.
  const held = new Map<Worker, number[]>();
  let wake = () => {};
  let closing = false;

  const send = (worker: Worker, id: number) => {
    held.get(worker)!.push(id);
    worker.postMessage({ id, input: pending.get(id)!.input });
  };
  const start = (): Worker => {
    const w = new Worker(script, { workerData: { ruleFiles: options.ruleFiles, options: perInput }, resourceLimits: limits });
    all.add(w);
    held.set(w, []);
    w.on('message', ({ id, record }: { id: number; record: ProcessedRecord }) => {
      const queue = held.get(w)!;
      queue.splice(queue.indexOf(id), 1);
      pending.get(id)?.resolve(record);
      pending.delete(id);
      wake();
    });
    // Out of memory, or any other death: the input it was working on gets an error record, the
    // ones queued behind it go to a fresh worker. Failing to start at all (bad build) is a bug:
    // stop rather than loop.
    let failure: Error | null = null;
    w.on('error', (err) => (failure = err));
    w.on('exit', () => {
      all.delete(w);
      const ids = held.get(w) ?? [];
      held.delete(w);
      if (closing) return;
      const err = failure as (Error & { code?: string }) | null;
      if (!ids.length) {
        // Died without an input: it could not even load the rules.
        for (const p of pending.values()) p.reject(err ?? new Error('worker thread exited'));
        pending.clear();
        wake();
        return;
      }
      const [current, ...queued] = ids;
      const p = pending.get(current);
      pending.delete(current);
      const memory = err?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      p?.resolve({
        doc: errorDocument(p.input.source, memory
          ? { code: 'EMEMORY', message: `out of memory while extracting (worker heap ${limits.maxOldGenerationSizeMb} MB); input skipped` }
          : { code: 'EWORKER', message: `worker thread failed: ${err?.message ?? 'exited'}` }),
        stack: err?.stack,
      });
      const fresh = start();
      for (const id of queued) send(fresh, id);
      wake();
    });
    return w;
  };
  for (let i = 0; i < jobs; i++) start();
  /** The worker with the fewest inputs, if it has room for one more. */
  const freeWorker = (): Worker | undefined => {
    let best: Worker | undefined;
    for (const [w, ids] of held) if (ids.length < PER_WORKER && (!best || ids.length < held.get(best)!.length)) best = w;
    return best;
  };

  const window = jobs * 4;
  const queue: Promise<ProcessedRecord>[] = [];
  const iterator = inputs[Symbol.asyncIterator]();
  let next = 0;
  let done = false;
  try {
    for (;;) {
      let worker: Worker | undefined;
      while (!done && queue.length < window && (worker = freeWorker())) {
        const item = await iterator.next();
        if (item.done) {
          done = true;
          break;
        }
        const id = next++;
        const record = new Promise<ProcessedRecord>((resolve, reject) => pending.set(id, { resolve, reject, input: item.value }));
        record.catch(() => {}); // rejections are rethrown when this record's turn comes
        queue.push(record);
        send(worker, id);
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
    closing = true;
    await Promise.all([...all].map((w) => w.terminate()));
  }
}
