import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';
import { describe, expect, test } from 'vitest';
import { main, type Io } from '../src/cli.js';
import { workerLimits } from '../src/batch/pool.js';

const root = path.join(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'extract.js');
const fixtures = path.join(root, 'fixtures');
const seedText = readFileSync(path.join(fixtures, 'afp-ukraine-guarantees.txt'), 'utf8');
const courtText = readFileSync(path.join(fixtures, 'court-fraud-trial.txt'), 'utf8');

const format = (argv: string[]) => argv[argv.indexOf('--format') + 1];

async function run(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), readStdin: async () => stdin, isTTY: false, env: {} };
  const code = await main(argv, io);
  const records = () => stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { code, stdout, stderr, records: format(argv) === 'ndjson' ? records() : [] };
}

// A folder with a good story, an empty file, a binary, a file too large for --max-bytes 5000,
// a dangling symlink, a hidden file and a nested folder.
const dir = tempDir('wire-facts-batch-');
writeFileSync(path.join(dir, 'a-seed.txt'), seedText);
writeFileSync(path.join(dir, 'b-empty.txt'), '');
writeFileSync(path.join(dir, 'c-binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
writeFileSync(path.join(dir, 'd-large.txt'), 'word '.repeat(4000));
symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'e-dangling.txt'));
writeFileSync(path.join(dir, '.hidden.txt'), seedText);
mkdirSync(path.join(dir, 'nested'));
writeFileSync(path.join(dir, 'nested', 'f-court.txt'), courtText);

describe('batch', () => {
  test('a folder yields one record per file, in sorted path order, and exit 1 when some failed', async () => {
    const { code, records, stderr } = await run([dir, '--format', 'ndjson', '--max-bytes', '12000', '--jobs', '1']);
    expect(records.map((r) => path.relative(dir, r.source))).toEqual(['.hidden.txt', 'a-seed.txt', 'b-empty.txt', 'c-binary.bin', 'd-large.txt', 'e-dangling.txt', 'nested/f-court.txt']);
    const by = (name: string) => records.find((r) => r.source.endsWith(name));
    expect(by('.hidden.txt').skipped.code).toBe('EHIDDEN');
    expect(by('a-seed.txt').people.length).toBeGreaterThan(5);
    expect(by('b-empty.txt')).toMatchObject({ people: [], quotes: [], figures: [], countries: [] });
    expect(by('c-binary.bin').error.code).toBe('EBINARY');
    expect(by('d-large.txt').error.code).toBe('ETOOLARGE');
    // Links inside a folder are not followed (README: symbolic links); this one is dangling anyway.
    expect(by('e-dangling.txt').skipped.code).toBe('ESYMLINK');
    expect(by('f-court.txt').quotes.length).toBeGreaterThan(0);
    expect(code).toBe(1);
    // One stderr line per failed input, naming it.
    expect(stderr.trimEnd().split('\n')).toHaveLength(2);
    expect(stderr).toMatch(/c-binary\.bin: binary file/);
  });

  test('--glob chooses the files below a folder', async () => {
    const { code, records } = await run([dir, '--glob', '**/*-court.txt', '--format', 'ndjson']);
    expect(code).toBe(0);
    expect(records.map((r) => path.basename(r.source))).toEqual(['f-court.txt']);
  });

  test('json over a folder is one array, streamed', async () => {
    const { stdout } = await run([path.join(dir, 'nested'), '--format', 'json']);
    const docs = JSON.parse(stdout);
    expect(Array.isArray(docs)).toBe(true);
    expect(docs).toHaveLength(1);
  });

  test('NDJSON in, NDJSON out: one line per input line with the id as source; a bad line is its own error record', async () => {
    const lines = [JSON.stringify({ id: 'seed', text: seedText }), 'not json', JSON.stringify({ id: 'court', text: courtText })].join('\n');
    const { code, records } = await run(['-', '--input-format', 'ndjson', '--format', 'ndjson'], lines);
    expect(records.map((r) => r.source)).toEqual(['seed', '-:2', 'court']);
    expect(records[1].error.code).toBe('EBADLINE');
    expect(code).toBe(1);
    const direct = await run([path.join(fixtures, 'afp-ukraine-guarantees.txt'), '--format', 'ndjson']);
    expect({ ...records[0], source: null }).toEqual({ ...direct.records[0], source: null });
  });

  test('--jobs 2 gives byte-identical output to --jobs 1', () => {
    const args = (jobs: string) => [bin, dir, fixtures, '--format', 'ndjson', '--max-bytes', '12000', '--jobs', jobs];
    const one = spawnSync(process.execPath, args('1'), { encoding: 'utf8' });
    const two = spawnSync(process.execPath, args('2'), { encoding: 'utf8' });
    expect(one.stdout.split('\n').length).toBeGreaterThan(8);
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(1);
  });

  test('a closed pipe ends quietly', () => {
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(bin)} ${JSON.stringify(fixtures)} --format ndjson | head -1`], { encoding: 'utf8' });
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
  });

  const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
  test.skipIf(!hasParallel)('GNU parallel --pipe gives the same records as a direct run', () => {
    const docs = [seedText, courtText, seedText.slice(0, 800), courtText.slice(0, 500)].map((text, n) => JSON.stringify({ id: `doc-${n}`, text })).join('\n') + '\n';
    const input = path.join(dir, 'docs.ndjson');
    writeFileSync(input, docs);
    const direct = spawnSync(process.execPath, [bin, input, '--input-format', 'ndjson', '--format', 'ndjson'], { encoding: 'utf8' });
    const cmd = `parallel --will-cite --pipe -N 1 --keep-order ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} - --input-format ndjson --format ndjson --jobs 1 < ${JSON.stringify(input)}`;
    const piped = spawnSync('bash', ['-c', cmd], { encoding: 'utf8' });
    expect(piped.status).toBe(0);
    // parallel names every chunk's document by its own id, so the records match line for line.
    expect(piped.stdout).toBe(direct.stdout);
    expect(direct.stdout.trimEnd().split('\n')).toHaveLength(4);
  });

  // Peak memory at --jobs 2 stays under 300 MB: the young generation is shared out (48 MB each,
  // at most half the old one; V8 rounds 40 up to the same 16 MB semi-spaces as 48), and the main
  // thread does not load compromise.
  test.each([
    [1, {}, 48, 160],
    [2, {}, 40, 80],
    [4, {}, 24, 64],
    [8, {}, 16, 64],
    [2, { WIRE_FACTS_WORKER_HEAP_MB: '20' }, 10, 20],
  ])('worker limits at --jobs %i %o: young %i MB, old %i MB', (jobs, env, young, old) => {
    expect(workerLimits(jobs, env)).toEqual({ maxYoungGenerationSizeMb: young, maxOldGenerationSizeMb: old });
  });
});
