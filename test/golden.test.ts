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
  /** Reported speech ("direct": false): the first 40 characters of the content. */
  reported: { text: string; speaker: string | null; cue: string | null }[];
  figures: { text: string; value: number; unit: string | null; approximate: boolean; attributedTo: string | null }[];
  /** Organisation names, in order of first mention (fixtures written since organisations were added). */
  organisations?: string[];
  /** speakerKind of every quote, direct and reported, in text order. */
  speakerKinds?: string[];
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
    const brief = (q: (typeof facts.quotes)[number]) => ({ text: q.text.slice(0, 40), speaker: q.speaker, cue: q.cue });
    expect(facts.quotes.filter((q) => q.direct).map(brief)).toEqual(expected.quotes);
    expect(facts.quotes.filter((q) => !q.direct).map(brief)).toEqual(expected.reported);
  });
  test.runIf(expected.organisations !== undefined)('organisations and speaker kinds', () => {
    expect(facts.organisations.map((o) => o.name)).toEqual(expected.organisations);
    expect(facts.quotes.map((q) => q.speakerKind)).toEqual(expected.speakerKinds);
  });
  test('figures, and who claimed them', () => {
    expect(facts.figures.map((f) => ({ text: f.text, value: f.value, unit: f.unit, approximate: f.approximate, attributedTo: f.attributedTo }))).toEqual(expected.figures);
  });
  test('every offset slices back to its text', () => {
    const spans = [
      ...facts.people.flatMap((p) => p.mentions),
      ...facts.countries.flatMap((c) => c.mentions),
      ...facts.quotes,
      ...facts.figures,
      ...facts.organisations.flatMap((o) => o.mentions),
    ];
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
