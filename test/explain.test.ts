import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import { main, type Io } from '../src/cli.js';
import { builtInRules } from './helpers.js';

const seed = path.join(import.meta.dirname, '..', 'fixtures', 'afp-ukraine-guarantees.txt');
const text = readFileSync(seed, 'utf8');

describe('--explain', () => {
  const facts = extract(text, builtInRules(), { explain: true });

  test('every fact has its sentence, which holds the fact, and the rule that produced it', () => {
    const all = [...facts.people, ...facts.countries, ...facts.quotes, ...facts.figures];
    expect(all.length).toBeGreaterThan(30);
    for (const f of all) {
      expect(f.evidence?.ruleId).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(f.evidence?.file).toBeTruthy();
    }
    for (const f of facts.figures) expect(f.evidence!.sentence).toContain(f.text.replace(/\s+/g, ' '));
  });

  test('rules from rule files name their file; rules in code name their module', () => {
    const thousands = facts.figures.find((f) => f.text === 'thousands of foreign troops');
    expect(thousands?.evidence).toMatchObject({ ruleId: 'figure-vague-plural', file: 'src/rules/figures.json' });
    expect(facts.countries.find((c) => c.code === 'HU')?.evidence).toMatchObject({ ruleId: 'country-name', file: 'world-countries + i18n-iso-countries' });
    const zelensky = facts.people.find((p) => p.name === 'Volodymyr Zelensky');
    expect(zelensky?.evidence?.file).toBe('src/extractors/people.ts');
    const macron = facts.quotes.find((q) => q.direct === false && q.speaker === 'Emmanuel Macron');
    expect(macron?.evidence).toMatchObject({ ruleId: 'indirect-that', sieve: 'indirect-that', file: 'src/rules/speakers.json' });
    expect(macron?.evidence?.sentence).toMatch(/^.*Macron.*said.*26 countries/);
  });

  test('without --explain there is no evidence', () => {
    expect(extract(text, builtInRules()).quotes.some((q) => q.evidence)).toBe(false);
  });

  test('the table gets a Rule column and stays within 80 columns', async () => {
    let stdout = '';
    const io: Io = { stdout: (s) => void (stdout += s), stderr: () => {}, readStdin: async () => '', isTTY: true, env: { NO_COLOR: '1' } };
    await main([seed, '--explain', '--jobs', '1'], io);
    expect(stdout).toMatch(/│ Rule\s+│/);
    expect(stdout).toContain('cue-after-quote');
    for (const line of stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });
});
