// `npm run bench -- <folder>`: times compromise out of the box against extract with 1, 2 and all
// cores on the same files, each in its own process, and prints docs/s, MB/s, peak RSS and ratios.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');
const bin = path.join(root, 'bin', 'extract.js');

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

// (a), run in a child process of its own: a fresh parse and the four views per file.
if (process.argv[2] === '--compromise-child') {
  for (const file of listFiles(process.argv[3])) {
    const doc = nlp(readFileSync(file, 'utf8'));
    doc.people().json();
    (doc as unknown as { places(): { json(): unknown } }).places().json();
    (doc as unknown as { quotations(): { json(): unknown } }).quotations().json();
    doc.numbers().json();
  }
  process.exit(0);
}

interface Run {
  name: string;
  seconds: number;
  peakRssMb: number;
  exit: number | null;
}

// Wall time and peak resident memory (VmHWM, polled from /proc) of one child process.
function timeProcess(name: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    let peakKb = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        // the process has just exited
      }
    }, 25);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ name, seconds: Number(process.hrtime.bigint() - started) / 1e9, peakRssMb: peakKb / 1024, exit: code });
    });
  });
}

async function median(n: number, args: string[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push((await timeProcess('', args)).seconds);
  return times.sort((a, b) => a - b)[Math.floor(n / 2)];
}

const folder = process.argv[2];
if (!folder || !statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('usage: npm run bench -- <folder of stories>');
  process.exit(2);
}
const files = listFiles(folder);
const megabytes = files.reduce((sum, f) => sum + statSync(f).size, 0) / 1e6;
const cores = availableParallelism();
console.log(`${files.length} files, ${megabytes.toFixed(1)} MB; ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}`);

const runs: Run[] = [];
runs.push(await timeProcess('(a) compromise out of the box', [fileURLToPath(import.meta.url), '--compromise-child', folder]));
runs.push(await timeProcess('(b) extract --jobs 1', [bin, folder, '--format', 'ndjson', '--jobs', '1']));
runs.push(await timeProcess('(c) extract --jobs 2', [bin, folder, '--format', 'ndjson', '--jobs', '2']));
if (cores > 2) runs.push(await timeProcess(`(d) extract --jobs ${cores}`, [bin, folder, '--format', 'ndjson', '--jobs', String(cores)]));

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\n${pad('run', 32)}${pad('seconds', 10)}${pad('docs/s', 10)}${pad('MB/s', 8)}${pad('peak RSS', 10)}exit`);
for (const r of runs) {
  console.log(`${pad(r.name, 32)}${pad(r.seconds.toFixed(1), 10)}${pad((files.length / r.seconds).toFixed(1), 10)}${pad((megabytes / r.seconds).toFixed(2), 8)}${pad(`${r.peakRssMb.toFixed(0)} MB`, 10)}${r.exit}`);
}
const [a, b, c] = runs;
console.log(`\nb/a (single worker vs compromise, speed): ${(a.seconds / b.seconds).toFixed(2)}`);
console.log(`c/b (2 workers vs 1, speed):              ${(b.seconds / c.seconds).toFixed(2)}`);

// One story end to end, against a plain script that imports compromise and parses it.
const seed = path.join(root, 'fixtures', 'afp-ukraine-guarantees.txt');
const plain = `import nlp from 'compromise'; import { readFileSync } from 'node:fs'; nlp(readFileSync(${JSON.stringify(seed)}, 'utf8')).json();`;
const one = await median(5, [bin, seed, '--format', 'json']);
const base = await median(5, ['--input-type=module', '-e', plain]);
console.log(`\none story, process start to exit (median of 5): extract ${one.toFixed(3)} s, node + compromise parse ${base.toFixed(3)} s`);
