import { loadRules } from '../src/load-rules.js';
import type { CompiledRules } from '../src/rules.js';

let rules: CompiledRules | null = null;

/** The built-in rules, compiled once per test file. */
export function builtInRules(): CompiledRules {
  rules ??= loadRules();
  return rules;
}
