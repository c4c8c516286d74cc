// Golden fixtures: each fixtures/<slug>.txt has a reviewed <slug>.expected.json with its facts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import { builtInRules } from './helpers.js';

const dir = path.join(import.meta.dirname, '..', 'fixtures');
const slugs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));

interface Expected {
  people: { name: string; titles: string[]; country: string | null }[];
  countries: string[];
  notCountries?: string[];
  quotes: { text: string; speaker: string | null; cue: string | null }[];
  figures: { text: string; value: number; unit: string | null; approximate: boolean }[];
}

test('every fixture story has reviewed expectations', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(4);
  for (const slug of slugs) expect(readdirSync(dir)).toContain(`${slug}.expected.json`);
});

describe.each(slugs)('%s', (slug) => {
  const text = readFileSync(path.join(dir, `${slug}.txt`), 'utf8');
  const expected = JSON.parse(readFileSync(path.join(dir, `${slug}.expected.json`), 'utf8')) as Expected;
  const facts = extract(text, builtInRules());

  test('people', () => {
    expect(facts.people.map((p) => ({ name: p.name, titles: p.titles, country: p.country }))).toEqual(expected.people);
  });
  test('countries', () => {
    expect(facts.countries.map((c) => c.code).sort()).toEqual([...expected.countries].sort());
    for (const code of expected.notCountries ?? []) expect(facts.countries.map((c) => c.code)).not.toContain(code);
  });
  test('quotes and speakers', () => {
    expect(facts.quotes.map((q) => ({ text: q.text.slice(0, 40), speaker: q.speaker, cue: q.cue }))).toEqual(expected.quotes);
  });
  test('figures', () => {
    expect(facts.figures.map((f) => ({ text: f.text, value: f.value, unit: f.unit, approximate: f.approximate }))).toEqual(expected.figures);
  });
  test('every offset slices back to its text', () => {
    const spans = [
      ...facts.people.flatMap((p) => p.mentions),
      ...facts.countries.flatMap((c) => c.mentions),
      ...facts.quotes,
      ...facts.figures,
    ];
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
