import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import { builtInRules } from './helpers.js';
import { hasNoise, significantDigits } from '../src/eval/figures-check.js';

const figures = (text: string) =>
  extract(text, builtInRules(), { only: ['figures'] }).figures.map((f) => [f.text, f.value, f.unit, f.approximate]);

describe('figures', () => {
  test.each([
    ['26 countries had pledged', [['26 countries', 26, 'country', false]]],
    ['thousands of foreign troops could be deployed', [['thousands of foreign troops', 1000, 'troop', true]]],
    ['it will be in the thousands (of troops), not just a few', [['thousands (of troops)', 1000, 'troop', true]]],
    ['the bank lost $5.2 billion last year', [['$5.2 billion', 5.2e9, 'USD', false]]],
    ['inflation hit 12% in May', [['12%', 12, 'percent', false]]],
    ['inflation hit 12 percent', [['12 percent', 12, 'percent', false]]],
    ['profit was 1.5 mln dlrs', [['1.5 mln dlrs', 1.5e6, 'USD', false]]],
    ['its three-and-a-half year-old war', [['three-and-a-half year-old', 3.5, 'year', false]]],
    ['the two landlocked EU countries', [['two landlocked EU countries', 2, 'country', false]]],
    ['about 40 people were hurt', [['40 people', 40, 'person', true]]],
    ['more than 300 customers', [['300 customers', 300, 'customer', true]]],
    ['tens of thousands of protesters', [['tens of thousands of protesters', 10000, 'protester', true]]],
    ['billions of dollars in lost sales', [['billions of dollars', 1e9, 'USD', true]]],
    ['sentenced to eight years in prison', [['eight years', 8, 'year', false]]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  test.each([
    ['since World War Two.'],
    ['one of its reasons for going to war'],
    ['no one is going to sit in the dark'],
    ['not just a few'],
    ['The meeting is on March 3 in Paris.'],
    ['It happened in 1987.'],
    ['Peter Hollis, 58, had shown no remorse.'],
    ['One day he will win.'],
  ])('not a figure: %s', (text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe('figures: inputs that once hung', () => {
  test('"a few hundred" (an article that is not a number) ends', () => {
    const text = 'Miller told a few hundred current and former officials.';
    expect(extract(text, builtInRules(), { only: ['figures'] }).figures).toEqual([]);
  });
});

describe('figures: exact values', () => {
  test.each([
    ['Net profit was 67.1 mln dlrs.', 67100000],
    ['Exports reached 16.74 billion dlrs.', 16740000000],
    ['Sales rose to 1.15 billion dlrs.', 1150000000],
    ['It earned 0.07 mln dlrs.', 70000],
    ['The fund holds 2.3 trillion yen.', 2300000000000],
    ['about 4.35 million people', 4350000],
    ['some 1.1 billion people', 1100000000],
  ])('%s → %d', (text, value) => {
    const [figure] = extract(text, builtInRules(), { only: ['figures'] }).figures;
    expect(figure.value).toBe(value);
    expect(hasNoise(figure)).toBe(false);
  });

  test('the noise check catches a value read with binary noise', () => {
    expect(significantDigits(67099999.99999999)).toBe(16);
    expect(hasNoise({ text: '67.1 mln dlrs', value: 67099999.99999999 })).toBe(true);
    expect(hasNoise({ text: '16.74 billion', value: 16739999999.999998 })).toBe(true);
    expect(hasNoise({ text: '67.1 mln dlrs', value: 67100000 })).toBe(false);
    expect(hasNoise({ text: 'three-and-a-half', value: 3.5 })).toBe(false);
  });
});
