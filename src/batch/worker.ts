// A worker thread: loads the rules (and so compromise) once, then turns inputs into records.
import { parentPort, workerData } from 'node:worker_threads';
import { loadRules } from '../load-rules.js';
import { processInput, type ProcessOptions } from './process.js';
import type { Input } from './inputs.js';

const { ruleFiles, options } = workerData as { ruleFiles: string[]; options: ProcessOptions };
const rules = loadRules(ruleFiles);

parentPort!.on('message', async ({ id, input }: { id: number; input: Input }) => {
  parentPort!.postMessage({ id, record: await processInput(input, rules, options) });
});
