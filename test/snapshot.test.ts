// The start-up snapshot (scripts/build-snapshot.mjs, bin/extract): a run from it gives exactly
// the facts an ordinary start gives, and a snapshot that no longer matches the code, the rules or
// the folder is not used.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from './helpers.js';

const root = path.join(import.meta.dirname, '..');
const launcher = path.join(root, 'bin', 'extract');
const fixtures = path.join(root, 'fixtures');
const SLOW = 120_000;

function launch(bin: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(bin, args, { encoding: 'utf8', env: { ...process.env, WIRE_FACTS_SNAPSHOT: 'trace', ...env } });
}

describe('bin/extract and the start-up snapshot', () => {
  test('the build made a snapshot, and bin/extract starts from it', () => {
    const r = launch(launcher, ['--version']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^extract: starting from .*wire-facts\.blob$/m);
  });

  test('every fixture: the same NDJSON from the snapshot as from an ordinary start', { timeout: SLOW }, () => {
    const stories = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => path.join(fixtures, f));
    const fromSnapshot = launch(launcher, [...stories, '--format', 'ndjson', '--jobs', '1']);
    const ordinary = spawnSync(process.execPath, [path.join(root, 'bin', 'extract.js'), ...stories, '--format', 'ndjson', '--jobs', '1'], { encoding: 'utf8' });
    expect(fromSnapshot.stderr).toMatch(/starting from/);
    expect(ordinary.status).toBe(0);
    expect(fromSnapshot.status).toBe(0);
    expect(fromSnapshot.stdout.split('\n').length).toBe(stories.length + 1);
    expect(fromSnapshot.stdout).toBe(ordinary.stdout);
    // One story, extracted in the main thread: the path a one-story run takes.
    const one = launch(launcher, [stories[0], '--format', 'json']);
    const oneOrdinary = execFileSync(process.execPath, [path.join(root, 'bin', 'extract.js'), stories[0], '--format', 'json'], { encoding: 'utf8' });
    expect(one.stdout).toBe(oneOrdinary);
  });

  test('arguments that look like Node options reach extract, not Node', () => {
    const r = launch(launcher, ['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--format/);
    const bad = launch(launcher, ['--format', 'xml', path.join(fixtures, 'afp-ukraine-guarantees.txt')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  test('WIRE_FACTS_SNAPSHOT=0 starts the ordinary way', () => {
    const r = launch(launcher, ['--version'], { WIRE_FACTS_SNAPSHOT: '0' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  test('runs that extract in worker threads start the ordinary way: the snapshot would only add memory', { timeout: SLOW }, () => {
    const story = path.join(fixtures, 'afp-ukraine-guarantees.txt');
    const cases: [string[], RegExp][] = [
      [[fixtures, '--version'], /no snapshot: several inputs/],
      [[story, story, '--version'], /no snapshot: several inputs/],
      [[story, '--jobs', '2', '--version'], /no snapshot: --jobs 2/],
      [[story, '--jobs=3', '--version'], /no snapshot: --jobs 3/],
      [[fixtures, '-j', '1', '--version'], /starting from/],
      [[story, '--version'], /starting from/],
    ];
    for (const [args, trace] of cases) expect(launch(launcher, args).stderr).toMatch(trace);
  });

  test('a copy of the package: not used from another folder, rebuilt there, stale once a rule file changes', { timeout: SLOW }, () => {
    const copy = tempDir('snapshot-copy');
    for (const part of ['bin', 'dist/src', 'dist/snapshot', 'src/rules', 'src/models', 'scripts', 'package.json'].filter((p) => existsSync(path.join(root, p)))) cpSync(path.join(root, part), path.join(copy, part), { recursive: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
    const bin = path.join(copy, 'bin', 'extract');
    const story = path.join(fixtures, 'afp-ukraine-guarantees.txt');
    const expected = execFileSync(process.execPath, [path.join(root, 'bin', 'extract.js'), story, '--format', 'json'], { encoding: 'utf8' });

    const moved = launch(bin, [story, '--format', 'json']);
    expect(moved.stderr).toMatch(/no snapshot: built in another folder/);
    expect(moved.stdout).toBe(expected);

    execFileSync(process.execPath, [path.join(copy, 'scripts', 'build-snapshot.mjs'), '--blob-only'], { cwd: copy, encoding: 'utf8' });
    const rebuilt = launch(bin, [story, '--format', 'json']);
    expect(rebuilt.stderr).toMatch(/starting from .*snapshot-copy/);
    expect(rebuilt.stdout).toBe(expected);

    const rule = path.join(copy, 'src', 'rules', 'titles.json');
    const later = new Date(Date.now() + 60_000);
    utimesSync(rule, later, later);
    const stale = launch(bin, [story, '--format', 'json']);
    expect(stale.stderr).toMatch(/no snapshot: code or rules newer than the snapshot/);
    expect(stale.stdout).toBe(expected);

    writeFileSync(path.join(copy, 'dist', 'snapshot', 'node-path'), '/no/such/node\n' + copy + '\n');
    expect(launch(bin, ['--version']).stderr).toMatch(/no snapshot: built by another node/);
  });
});
