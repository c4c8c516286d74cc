import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';
import { describe, expect, test } from 'vitest';
import { main, type Io } from '../src/cli.js';

const root = path.join(import.meta.dirname, '..');
const seed = path.join(root, 'fixtures', 'afp-ukraine-guarantees.txt');
const seedText = readFileSync(seed, 'utf8');
const tmp = tempDir('wire-facts-cli-');

async function run(argv: string[], opts: { stdin?: string; isTTY?: boolean; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: async () => opts.stdin ?? '',
    isTTY: opts.isTTY ?? false,
    env: opts.env ?? {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('extract (in-process)', () => {
  test('json is the default off a terminal: one document object with the contract fields', async () => {
    const { code, stdout, stderr } = await run([seed]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const doc = JSON.parse(stdout);
    expect(doc.source).toBe(seed);
    expect(doc.people.map((p: { name: string }) => p.name)).toContain('Volodymyr Zelensky');
    for (const q of doc.quotes) expect(seedText.slice(q.start, q.end)).toBe(q.text);
  });

  test('several inputs give an array in input order; ndjson gives one line each', async () => {
    const other = path.join(root, 'fixtures', 'court-fraud-trial.txt');
    const json = JSON.parse((await run([seed, other, '--format', 'json'])).stdout);
    expect(json.map((d: { source: string }) => d.source)).toEqual([seed, other]);
    const nd = (await run([seed, other, '--format', 'ndjson'])).stdout.trimEnd().split('\n');
    expect(nd.map((l) => JSON.parse(l).source)).toEqual([seed, other]);
  });

  test('table is the default on a terminal, without colour under NO_COLOR, within 80 columns', async () => {
    const { code, stdout } = await run([seed], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(code).toBe(0);
    expect(stdout).toContain('People (10)');
    expect(stdout).toContain('Quotes (13)');
    expect(stdout).not.toMatch(/\x1b\[/);
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  test('--only keeps the other lists empty', async () => {
    const doc = JSON.parse((await run([seed, '--only', 'figures'])).stdout);
    expect(doc.figures.length).toBeGreaterThan(0);
    expect(doc.people).toEqual([]);
    expect(doc.quotes).toEqual([]);
  });

  test('- reads standard input', async () => {
    const doc = JSON.parse((await run(['-'], { stdin: '“We are ready,” said Helen Marsh.' })).stdout);
    expect(doc.source).toBe('-');
    expect(doc.quotes[0].speaker).toBe('Helen Marsh');
  });

  test('a missing file gets its own error record and exit 1; the other input is still processed', async () => {
    const missing = path.join(tmp, 'nope.txt');
    const { code, stdout, stderr } = await run([missing, seed]);
    expect(code).toBe(1);
    const docs = JSON.parse(stdout);
    expect(docs[0]).toEqual({ source: missing, people: [], countries: [], quotes: [], figures: [], organisations: [], warnings: [], error: { code: 'ENOENT', message: 'no such file' } });
    expect(docs[1].people.length).toBe(10);
    expect(stderr).toBe(`extract: ${missing}: no such file\n`);
  });

  test.each([
    [['--format', 'xml', seed], /argument 'xml' is invalid/],
    [['--bogus', seed], /unknown option '--bogus'/],
    [[], /no input/],
    [['--only', 'people,cats', seed], /unknown fact kind "cats"/],
    [['--jobs', '0', seed], /whole number above 0/],
  ])('usage error %j exits 2 with one message', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test('an invalid rule file exits 2 naming the file and field, before reading any input', async () => {
    const bad = path.join(tmp, 'bad-rules.json');
    writeFileSync(bad, JSON.stringify({ rules: [{ id: 'cue-speech', words: 7, example: 'said' }] }));
    const { code, stdout, stderr } = await run(['--rules', bad, path.join(tmp, 'missing.txt')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`extract: invalid rule file: ${bad}: rule "cue-speech", field "words": expected an array of non-empty strings\n`);
  });

  test('--help shows formats, examples and exit codes', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--format/);
    expect(stdout).toMatch(/Exit codes:/);
  });
});

describe('bin/extract.js (spawned)', () => {
  const bin = path.join(root, 'bin', 'extract.js');

  test('prints the seed facts as JSON and exits 0', () => {
    const out = execFileSync(process.execPath, [bin, seed, '--format', 'json'], { encoding: 'utf8' });
    const doc = JSON.parse(out);
    expect(doc.countries.map((c: { code: string }) => c.code)).toContain('SK');
  });

  test('exits 2 on a usage error with no stack trace', () => {
    const r = spawnSync(process.execPath, [bin, '--format', 'xml', seed], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('--version prints the package version', () => {
    const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toBe(version);
  });
});
