import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import { builtInRules } from './helpers.js';

const mentions = (text: string) =>
  extract(text, builtInRules(), { only: ['countries'] }).countries.flatMap((c) => c.mentions.map((m) => [c.code, m.text, m.via]));

describe('countries', () => {
  test.each([
    ['Talks between Kyiv and Moscow stalled.', [['UA', 'Kyiv', 'capital'], ['RU', 'Moscow', 'capital']]],
    ['The U.S. and Britain agreed.', [['US', 'U.S.', 'alias'], ['GB', 'Britain', 'alias']]],
    ['US President Donald Trump spoke.', [['US', 'US', 'alias']]],
    ['Russian oil has no future, the Slovak leader said.', [['RU', 'Russian', 'demonym'], ['SK', 'Slovak', 'demonym']]],
    ['The United States and Europe are discussing sanctions.', [['US', 'United States', 'name']]],
    ['A team is travelling to Washington D.C. and Beijing.', [['US', 'Washington D.C.', 'capital'], ['CN', 'Beijing', 'capital']]],
    ['Russia’s economy is stagnating.', [['RU', 'Russia', 'name']]],
    ['Kremlin spokesman Dmitry Peskov said.', [['RU', 'Kremlin', 'capital']]],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  test.each([
    ['The work is starting in Brussels on the new sanctions package.'],
    ['The European Union and the EU Commission met.'],
    ['Agence France-Presse'],
    ['He flew to Vladivostok and Uzhgorod.'],
    ['Let us meet.'],
    ['The Washington Post and New Jersey officials.'],
    ['They qualified for South American football.'],
    ['LONDON, March 4 (Wire) - Oil prices rose.'],
  ])('no country in: %s', (text) => {
    expect(mentions(text)).toEqual([]);
  });
});
