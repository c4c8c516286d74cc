import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';
import { describe, expect, test } from 'vitest';
import { BUILT_IN_RULE_FILES, builtInRulesDir, loadRules, readRuleFile } from '../src/load-rules.js';
import { exampleMatches, RuleError, validateRuleFile } from '../src/rules.js';
import { extract } from '../src/extract.js';

const tmp = tempDir('wire-facts-rules-');
const write = (name: string, content: unknown) => {
  const file = path.join(tmp, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

describe('built-in rule files', () => {
  const all = BUILT_IN_RULE_FILES.flatMap((f) => readRuleFile(path.join(builtInRulesDir(), f)));

  test('ids are unique across files', () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  test.each(BUILT_IN_RULE_FILES.flatMap((f) => readRuleFile(path.join(builtInRulesDir(), f)).map((r) => [r.id, r] as const)))(
    '%s: its example shows the rule',
    (_id, rule) => {
      expect(exampleMatches(rule)).toBe(true);
    },
  );
});

describe('rule validation', () => {
  test.each([
    ['not JSON', '{ rules: [', /invalid JSON/],
    ['no rules array', { description: 'x' }, /field "rules": expected an array/],
    ['unknown key', { rules: [{ id: 'cue-speech', words: ['say'], example: 'he said', colour: 'red' }] }, /rule "cue-speech", field "colour": unknown key/],
    ['wrong type', { rules: [{ id: 'cue-speech', words: 'say', example: 'he said' }] }, /rule "cue-speech", field "words": expected an array/],
    ['bad id', { rules: [{ id: 'Cue Speech', words: ['say'], example: 'he said' }] }, /field "rules\[0\]\.id": expected a kebab-case/],
    ['example that does not match', { rules: [{ id: 'cue-speech', words: ['mutter'], example: 'he said' }] }, /field "example"/],
    ['bad value', { rules: [{ id: 'figure-scale', values: { lakh: 'many' }, example: 'one lakh' }] }, /field "values\.lakh"/],
  ])('%s is refused with file, rule and field', (_name, content, message) => {
    const file = write('bad.json', content);
    expect(() => loadRules([file])).toThrow(RuleError);
    expect(() => loadRules([file])).toThrow(message);
    expect(() => loadRules([file])).toThrow(file);
  });

  test('a user file may only extend built-in rule ids', () => {
    const file = write('unknown.json', { rules: [{ id: 'my-rule', words: ['mutter'], example: 'they mutter' }] });
    expect(() => loadRules([file])).toThrow(/unknown rule id/);
  });

  test('a user file extends a built-in list', () => {
    // (Not closing its clause: verb-after-quote reads any verb that does, ",” Ferreira crooned.")
    const text = '“We will win,” Ferreira crooned to the crowd.';
    expect(extract(text, loadRules()).quotes[0].speaker).toBeNull();
    const file = write('extra.json', { rules: [{ id: 'cue-speech', words: ['croon'], example: 'he crooned softly' }] });
    const quote = extract(text, loadRules([file])).quotes[0];
    expect([quote.speaker, quote.cue]).toEqual(['Ferreira', 'crooned']);
  });

  test('validateRuleFile returns the rules of a good file', () => {
    expect(validateRuleFile('x.json', { rules: [{ id: 'a-b', words: ['say'], example: 'say it' }] })).toHaveLength(1);
  });
  test('examples: false (the built-in files at start-up) checks the shape but not the example', () => {
    const unshown = { rules: [{ id: 'cue-speech', words: ['mutter'], example: 'he said' }] };
    expect(() => validateRuleFile('x.json', unshown)).toThrow(/field "example"/);
    expect(validateRuleFile('x.json', unshown, { examples: false })).toHaveLength(1);
    expect(() => validateRuleFile('x.json', { rules: [{ id: 'cue-speech', words: 'mutter', example: 'he said' }] }, { examples: false })).toThrow(/field "words"/);
  });
});
