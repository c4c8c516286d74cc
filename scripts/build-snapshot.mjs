#!/usr/bin/env node
// Builds the start-up snapshot that bin/extract.js starts from (src/launch.ts):
//   1. with esbuild (a dev dependency), bundle dist/src/snapshot/entry.js and the packages it
//      uses into dist/snapshot/entry.cjs: a snapshot holds one script, no module loader;
//   2. with this Node, run it under --build-snapshot into dist/snapshot/wire-facts.blob, and
//      record which Node built it (a blob only loads in that Node); bin/extract checks it is
//      that node and that no code or rule file is newer than the blob.
// `--blob-only` skips step 1 (an install from the registry ships the bundle, not esbuild). Never
// fails an install: without a snapshot, extract starts the ordinary way, only slower.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'dist', 'snapshot');
const bundle = path.join(dir, 'entry.cjs');
const blob = path.join(dir, 'wire-facts.blob');
const builtBy = path.join(dir, 'node-path');
const blobOnly = process.argv.includes('--blob-only');

function skip(why) {
  console.error(`build-snapshot: ${why}; extract will start without a snapshot`);
  process.exit(0);
}

rmSync(builtBy, { force: true });
rmSync(blob, { force: true });
if (!blobOnly) {
  if (!existsSync(path.join(root, 'dist', 'src', 'snapshot', 'entry.js'))) skip('dist/src is not built (npm run build)');
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    skip('esbuild is not installed');
  }
  mkdirSync(dir, { recursive: true });
  const swapPackages = {
    name: 'static-packages',
    setup(build) {
      build.onResolve({ filter: /\/packages\.js$/ }, (args) =>
        args.importer.startsWith(path.join(root, 'dist', 'src')) ? { path: path.join(root, 'scripts', 'snapshot-packages.mjs') } : undefined,
      );
    },
  };
  // world-countries is 1.4 MB of JSON (translations, borders, coordinates…): the bundle keeps the
  // fields src/world-country-fields.ts keeps, which src/country-data.ts reads. Everything a
  // snapshot's script holds is deserialised at every start: 18.3 MB of blob before this, 0.3 s.
  const { trimWorldCountry } = await import(pathToFileURL(path.join(root, 'dist', 'src', 'world-country-fields.js')).href);
  const trimWorldCountries = {
    name: 'trim-world-countries',
    setup(build) {
      build.onLoad({ filter: /world-countries[\\/]countries\.json$/ }, (args) => {
        const keep = JSON.parse(readFileSync(args.path, 'utf8')).map(trimWorldCountry);
        return { contents: JSON.stringify(keep), loader: 'json' };
      });
    },
  };
  await esbuild.build({
    entryPoints: [path.join(root, 'dist', 'src', 'snapshot', 'entry.js')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // import.meta.url is where the bundle is: packageRoot() finds the package from dist/snapshot.
    banner: { js: 'var __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__bundle_url' },
    plugins: [swapPackages, trimWorldCountries],
    logLevel: 'warning',
  });
}
// A checkout before its first build has no bundle yet (npm ci runs postinstall before prepare).
if (!existsSync(bundle)) process.exit(0);

const run = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', bundle], { cwd: root, encoding: 'utf8' });
// Node warns of built-in modules it has not verified in a snapshot. Two are known and harmless:
// commander loads node:child_process (for subcommands this CLI does not have), and chalk's
// supports-color reads node:tty once at load (extract sets the colour level itself). Any other is
// a bug to fix here, as node:worker_threads and node:readline were (they are loaded when used).
const KNOWN = /built-in module "node:(child_process|tty)"/;
for (const line of run.stderr.split('\n')) if (/Warning/.test(line) && !KNOWN.test(line)) console.error(`build-snapshot: ${line}`);
if (run.status !== 0) skip(`node --build-snapshot failed: ${(run.stderr || run.error?.message || '').trim().split('\n').slice(-3).join(' ')}`);
writeFileSync(builtBy, `${process.execPath}\n${root}\n`);
console.error(`build-snapshot: ${path.relative(root, blob)} for Node ${process.version}`);
