#!/usr/bin/env node
// Thin shim: all behaviour lives in src/cli.ts. bin/extract starts the same CLI from the start-up
// snapshot when there is a fresh one, and runs this file when there is not.
import { runCli } from '../dist/src/run.js';

void runCli(process.argv.slice(2));
