#!/usr/bin/env node
// Thin shim: all behaviour lives in src/cli.ts.
import { main, processIo } from '../dist/src/cli.js';

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`extract: unexpected error: ${err?.message ?? err}${['--verbose', '-v', '--debug'].some((f) => process.argv.includes(f)) ? `\n${err?.stack}` : ''}\n`);
    process.exitCode = 70;
  },
);
