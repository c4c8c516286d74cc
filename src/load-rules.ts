// Reads the built-in rule files (and an optional user file) and compiles them. The only
// module besides the CLI that touches the file system.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from './package-root.js';
import { compileRules, mergeRules, RuleError, validateRuleFile, type CompiledRules, type Rule } from './rules.js';
import { TAGGER_LABELS, type PeopleTaggerModel } from './people-tagger.js';

/** The built-in rule files, in src/rules/ of the package (the build does not copy them). */
export const BUILT_IN_RULE_FILES = ['speech-verbs.json', 'speakers.json', 'transcripts.json', 'reported-speech.json', 'titles.json', 'people.json', 'organisations.json', 'figures.json', 'units.json', 'countries.json'];

export function builtInRulesDir(): string {
  return path.join(packageRoot(), 'src', 'rules');
}

export function readRuleFile(file: string, options: { examples?: boolean } = {}): Rule[] {
  let text: string;
  let fd: number | null = null;
  try {
    // Opened without blocking and checked before reading: a FIFO would wait for a writer forever,
    // and a pipe (`--rules <(…)`) can be read only once while every worker thread reads the rules.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) throw new RuleError(file, null, '(file)', 'not a regular file (a pipe, FIFO or device): save the rules to a file');
    text = readFileSync(fd, 'utf8');
  } catch (err) {
    if (err instanceof RuleError) throw err;
    throw new RuleError(file, null, '(file)', `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  } finally {
    if (fd !== null) closeSync(fd);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new RuleError(file, null, '(file)', `invalid JSON: ${(err as Error).message}`);
  }
  return validateRuleFile(file, json, options);
}

export { packageRoot };

/** The person-name tagger's weights (src/models/people-tagger.json). */
export const PEOPLE_TAGGER_FILE = 'people-tagger.json';

// The built-in rules compiled once, when the start-up snapshot is built (src/snapshot/entry.ts).
let preloaded: CompiledRules | null = null;

/** Compiles the built-in rules and keeps them for every later `loadRules()` without extra files. */
export function preloadBuiltInRules(): CompiledRules {
  preloaded = null;
  preloaded = loadRules();
  return preloaded;
}

/** Built-in rules, extended by each of `extraFiles` in order, with the learned people tagger. Throws RuleError on a bad file. */
export function loadRules(extraFiles: string[] = [], options: { peopleTagger?: boolean } = {}): CompiledRules {
  if (preloaded && !extraFiles.length && options.peopleTagger !== false) return preloaded;
  const { rules, ruleFiles } = readRules(extraFiles);
  const compiled = compileRules(rules);
  for (const [id, file] of ruleFiles) compiled.ruleFiles.set(id, file);
  // Without the tagger (`peopleTagger: false`) the rules alone decide: its training reads them so.
  if (options.peopleTagger !== false) compiled.peopleTagger = readPeopleTagger(path.join(packageRoot(), 'src', 'models', PEOPLE_TAGGER_FILE));
  return compiled;
}

/** Reads and checks the tagger's weights: every feature has three finite numbers (O, B, I). */
export function readPeopleTagger(file: string): PeopleTaggerModel {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new RuleError(file, null, '(file)', `cannot read the tagger's weights: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const model = json as PeopleTaggerModel;
  if (!model || typeof model !== 'object' || typeof model.weights !== 'object' || model.weights === null) throw new RuleError(file, null, 'weights', 'expected an object of feature weights');
  if (!Array.isArray(model.labels) || model.labels.join(',') !== TAGGER_LABELS.join(',')) throw new RuleError(file, null, 'labels', `expected ${JSON.stringify(TAGGER_LABELS)}`);
  for (const [feat, w] of Object.entries(model.weights)) {
    if (!Array.isArray(w) || w.length !== 3 || !w.every((x) => typeof x === 'number' && Number.isFinite(x))) throw new RuleError(file, null, `weights.${feat}`, 'expected three finite numbers');
  }
  return model;
}

/** Reads and checks the rule files without compiling them (compiling loads the country data). */
export function readRules(extraFiles: string[] = []): { rules: Map<string, Rule>; ruleFiles: Map<string, string> } {
  const dir = builtInRulesDir();
  const rules = new Map<string, Rule>();
  const ruleFiles = new Map<string, string>();
  for (const name of BUILT_IN_RULE_FILES) {
    const file = path.join(dir, name);
    // The built-in examples are checked by the tests, not at every start: checking them loads
    // compromise, which a main thread that hands stories to workers never needs.
    for (const rule of readRuleFile(file, { examples: false })) {
      if (rules.has(rule.id)) throw new RuleError(file, rule.id, 'id', 'id already used in another rule file');
      rules.set(rule.id, rule);
      ruleFiles.set(rule.id, `src/rules/${name}`);
    }
  }
  for (const file of extraFiles) {
    const extra = readRuleFile(file);
    mergeRules(rules, extra, file);
    for (const rule of extra) ruleFiles.set(rule.id, `${ruleFiles.get(rule.id)} + ${file}`);
  }
  return { rules, ruleFiles };
}
