// wire-facts as a library: `extract(text, loadRules())`.
export { extract, type ExtractOptions } from './extract.js';
export { loadRules, readRuleFile, BUILT_IN_RULE_FILES } from './load-rules.js';
export { compileRules, validateRuleFile, RuleError, type CompiledRules, type Rule, type RuleFile } from './rules.js';
export * from './types.js';
