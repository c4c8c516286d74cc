import { describe, expect, test } from 'vitest';
import { conventionOf, kindOf, mapUnit, sameUnit, scoreQuantities, type QuantitySentence } from '../src/eval/quantities.js';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scoreFiguresGold, type GoldDocument } from '../src/eval/figures-gold.js';
import type { Figure } from '../src/types.js';

const figure = (text: string, start: number, value: number, unit: string | null, ruleId: string): Figure => ({ text, start, end: start + text.length, value, unit, approximate: false, ruleId, attributedTo: null });

describe('quantities eval', () => {
  test('maps Recognizers unit names to ours', () => {
    expect(mapUnit('CurrencyModel', { Text: '', TypeName: 'currency', Start: 0, End: 0, Resolution: { value: '5', unit: 'Dollar' } }).units).toContain('CAD');
    expect(mapUnit('CurrencyModel', { Text: '', TypeName: 'currency', Start: 0, End: 0, Resolution: { value: '5', unit: 'Cent' } }).scale).toBe(0.01);
    expect(mapUnit('DimensionModel', { Text: '', TypeName: 'dimension', Start: 0, End: 0, Resolution: { value: '5', unit: 'Kilometer per hour' } }).units).toEqual(['kilometre per hour']);
    expect(mapUnit('TemperatureModel', { Text: '', TypeName: 'temperature', Start: 0, End: 0, Resolution: { value: '5', unit: 'C' } }).units).toEqual(['degree celsius']);
    expect(mapUnit('TemperatureModel', { Text: '', TypeName: 'temperature', Start: 0, End: 0, Resolution: { value: '5', unit: 'K' } }).units).toEqual(['kelvin']);
    expect(mapUnit('TemperatureModel', { Text: '', TypeName: 'temperature', Start: 0, End: 0, Resolution: { value: '5', unit: 'R' } }).units).toEqual(['degree rankine']);
    expect(mapUnit('DimensionModel', { Text: '', TypeName: 'dimension', Start: 0, End: 0, Resolution: { value: '5', unit: 'Ton' } }).units).toEqual(['ton', 'tonne']);
    expect(mapUnit('DimensionModel', { Text: '', TypeName: 'dimension', Start: 0, End: 0, Resolution: { value: '5', unit: 'Metric ton' } }).units).toEqual(['tonne']);
  });

  test('kelvin is a temperature, not a dimension; a bare degree is scored in both', () => {
    const kelvin = figure('4 kelvins', 0, 4, 'kelvin', 'unit-alias');
    const degree = figure('40 degrees', 0, 40, 'degree', 'unit-alias');
    const celsius = figure('40C', 0, 40, 'degree celsius', 'unit-attached');
    expect([kelvin, degree, celsius].map((f) => kindOf('TemperatureModel', f))).toEqual([true, true, true]);
    expect([kelvin, degree, celsius].map((f) => kindOf('DimensionModel', f))).toEqual([false, true, false]);
  });

  test('a figure matches by overlap and value; the unit is scored apart; other kinds are not counted', () => {
    const sentence: QuantitySentence = { id: 'CurrencyModel:0', input: 'it paid $ 5 million for 3 farms', gold: [{ start: 8, end: 19, value: 5e6, units: ['USD'] }], skipped: 0 };
    const figures = [figure('$ 5 million', 8, 5e6, 'CAD', 'figure-currency'), figure('3 farms', 24, 3, 'farm', 'figure-digits')];
    expect(kindOf('CurrencyModel', figures[1])).toBe(false);
    const score = scoreQuantities('CurrencyModel', [sentence], () => figures);
    expect(score.value).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.valueUnit).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  test('number spans of another labelling convention are counted and set aside in a separate score', () => {
    const at = (input: string, text: string) => ({ start: input.indexOf(text), end: input.indexOf(text) + text.length });
    expect(conventionOf('NumberModel', 'sixteen', at('sixteen', 'sixteen'))).toBe('word-alone');
    expect(conventionOf('NumberModel', 'meet on 5/17/2018?', at('meet on 5/17/2018?', '17'))).toBe('identifier');
    expect(conventionOf('NumberModel', 'Exercises nrs. 22,24,26,31.', at('Exercises nrs. 22,24,26,31.', '24'))).toBe('identifier');
    expect(conventionOf('NumberModel', 'it is 1,234,567.89.', at('it is 1,234,567.89.', '1,234,567.89'))).toBeNull();
    expect(conventionOf('CurrencyModel', 'sixteen', at('sixteen', 'sixteen'))).toBeNull();
    const sentence: QuantitySentence = { id: 'NumberModel:0', input: 'sixteen and 40', gold: [{ start: 0, end: 7, value: 16, units: null }, { start: 12, end: 14, value: 40, units: null }], skipped: 0 };
    const score = scoreQuantities('NumberModel', [sentence], () => [figure('40', 12, 40, null, 'figure-digits')]);
    expect(score.value).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(score.valueOurConvention).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.conventions).toEqual({ 'word-alone': 1 });
  });

  test('a rate of the gold unit agrees with it; other units do not (branch issue-12f)', () => {
    expect(sameUnit(['barrel'], 'barrels per day')).toBe(true);
    expect(sameUnit(['mile'], 'mile per hour')).toBe(true);
    expect(sameUnit(['barrel'], 'barrel')).toBe(true);
    expect(sameUnit(['mile per hour'], 'mile')).toBe(false);
    expect(sameUnit(['metre'], 'millimetre')).toBe(false);
    expect(sameUnit(['kilometre per hour'], 'kilometre per second')).toBe(false);
    expect(sameUnit(['barrel'], null)).toBe(false);
  });

  test('the low end of a matched range is set aside, neither right nor wrong (convention range-low)', () => {
    const input = 'walls eight to 10 feet tall and 3 miles';
    const gold = [{ start: 15, end: 22, value: 10, units: ['foot'] }];
    const eight = { ...figure('eight', 6, 8, 'foot', 'unit-alias'), range: { low: 8, high: 10 } };
    const ten = { ...figure('10 feet', 15, 10, 'foot', 'unit-alias'), range: { low: 8, high: 10 } };
    const miles = figure('3 miles', 32, 3, 'mile', 'unit-alias');
    const score = scoreQuantities('DimensionModel', [{ id: 'DimensionModel:0', input, gold, skipped: 0 }], () => [eight, ten, miles]);
    expect(score.value).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(score.conventions).toEqual({ 'range-low': 1 });
    // A low end whose high end did not match is wrong as usual.
    const unmatched = scoreQuantities('DimensionModel', [{ id: 'DimensionModel:0', input, gold: [], skipped: 0 }], () => [eight, ten]);
    expect(unmatched.value).toEqual({ tp: 0, fp: 2, fn: 0 });
  });
});

describe('hand-annotated figures eval', () => {
  // An invented wire story in a corpora folder of its own, and its gold annotation.
  const story = 'Output rose to 1.2 mln barrels per day from 900,000.\nOfficials said 40 wells were shut.';
  const corpora = mkdtempSync(path.join(tmpdir(), 'figures-gold-'));
  mkdirSync(path.join(corpora, 'reuters21578/stories'), { recursive: true });
  writeFileSync(path.join(corpora, 'reuters21578/stories/1.txt'), story);
  const gold = (text: string, value: number, unit: string | null) => ({ start: story.indexOf(text), end: story.indexOf(text) + text.length, text, value, unit });
  const doc = (figures: ReturnType<typeof gold>[], end = story.length): GoldDocument => ({ corpus: 'reuters21578', file: '1.txt', window: { start: 0, end }, holdout: false, figures });
  const at = (text: string, value: number, unit: string | null) => figure(text, story.indexOf(text), value, unit, 'figure-digits');
  const predicted = [at('1.2 mln barrels per day', 1.2e6, 'barrels per day'), at('900,000', 900000, null), at('40 wells', 40, 'well')];

  test('matches by overlap and value, scores the unit apart, and counts what is left over', () => {
    const score = scoreFiguresGold([doc([gold('1.2 mln barrels per day', 1.2e6, 'barrels per day'), gold('900,000', 900000, 'barrels per day'), gold('Officials', 3, null)])], corpora, 'tune', () => predicted);
    expect(score.value).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(score.valueUnit).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(score.misses.map((m) => m.kind).sort()).toEqual(['missed', 'spurious', 'wrong-unit']);
  });

  test('a gold unit the unit table lists as another name of ours is ours; other names are not', () => {
    const aliases = new Map([['barrel per day', 'barrels per day']]);
    const unitName = (unit: string) => aliases.get(unit) ?? unit;
    const singular = [doc([gold('1.2 mln barrels per day', 1.2e6, 'barrel per day')], story.indexOf('from'))];
    expect(scoreFiguresGold(singular, corpora, 'tune', () => predicted, undefined, unitName).valueUnit).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreFiguresGold(singular, corpora, 'tune', () => predicted).valueUnit).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  test('figures outside the annotated window and documents of the other split are not scored', () => {
    const short = doc([gold('1.2 mln barrels per day', 1.2e6, 'barrels per day')], story.indexOf('\n'));
    expect(scoreFiguresGold([short], corpora, 'tune', () => predicted).value).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(scoreFiguresGold([short], corpora, 'holdout', () => predicted).documents).toBe(0);
  });
});
