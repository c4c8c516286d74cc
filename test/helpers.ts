import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import { loadRules } from '../src/load-rules.js';
import type { CompiledRules } from '../src/rules.js';

let rules: CompiledRules | null = null;

/** The built-in rules, compiled once per test file. */
export function builtInRules(): CompiledRules {
  rules ??= loadRules();
  return rules;
}

/** A fresh temporary folder, removed when the test file (at top level) or the test (inside one) ends. */
export function tempDir(prefix: string, scope: 'file' | 'test' = 'file'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (scope === 'file') afterAll(remove);
  else onTestFinished(remove);
  return dir;
}
