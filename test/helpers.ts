import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, onTestFinished } from 'vitest';
import { extract } from '../src/extract.js';
import { loadRules } from '../src/load-rules.js';
import type { CompiledRules } from '../src/rules.js';

let rules: CompiledRules | null = null;

/** The built-in rules, compiled once per test file. */
export function builtInRules(): CompiledRules {
  rules ??= loadRules();
  return rules;
}

/**
 * A fresh temporary folder, removed when the test that made it ends, or when the test file ends
 * for one made at the top of a file. (An afterAll hook registered inside a test never runs: the
 * snapshot test's 15 MB copies of the package stayed in /tmp that way.)
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (expect.getState().currentTestName === undefined) afterAll(remove);
  else onTestFinished(remove);
  return dir;
}

/** Every figure of a text as [value, unit], the value to 12 significant digits (float noise aside). */
export function valuesAndUnits(text: string): (number | string | null)[][] {
  return extract(text, builtInRules(), { only: ['figures'] }).figures.map((f) => [Number(f.value.toPrecision(12)), f.unit]);
}

/** Expected [value, unit] pairs to 12 significant digits, to compare with valuesAndUnits. */
export function rounded(expected: (string | number | null)[][]): (number | string | null)[][] {
  return expected.map(([value, unit]) => [Number((value as number).toPrecision(12)), unit]);
}
