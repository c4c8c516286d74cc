import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import { builtInRules } from './helpers.js';

const quotes = (text: string) => extract(text, builtInRules(), { only: ['quotes'] }).quotes.map((q) => [q.text, q.speaker, q.cue]);

describe('quotes', () => {
  test.each([
    ['after the quote', '“Russian oil has no future,” Zelensky said.', [['Russian oil has no future,', 'Zelensky', 'said']]],
    ['inverted', '"It is over," said Helen Marsh, an analyst.', [['It is over,', 'Helen Marsh', 'said']]],
    ['before the quote', 'Costa said that “the work is starting”.', [['the work is starting', 'Costa', 'said']]],
    ['partial inline', 'Trump said he was “very disappointed” in the talks.', [['very disappointed', 'Trump', 'said']]],
    ['straight quotes', 'Fico said "no" to the plan.', [['no', 'Fico', 'said']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  test('a pronoun after the quote is the latest speaking person, not a name inside the quote', () => {
    const text = 'Canadian Prime Minister Mark Carney said on Friday, “Mr. Putin is the cause of this war,” he told a news conference.';
    expect(quotes(text)).toEqual([['Mr. Putin is the cause of this war,', 'Mark Carney', 'told']]);
  });

  test('a description after the quote resolves to the person who holds that role', () => {
    const text = 'Russian President Vladimir Putin spoke.\n“Full stop,” the Russian president added.';
    expect(quotes(text)).toEqual([['Full stop,', 'Vladimir Putin', 'added']]);
  });

  test('a pronoun in the next paragraph is the subject of the previous one, not an object', () => {
    const text = 'US President Donald Trump spoke.\nTrump’s efforts have included talks with Putin.\nHe said this week he was “very disappointed” in Putin.';
    expect(quotes(text)).toEqual([['very disappointed', 'Donald Trump', 'said']]);
  });

  test('a paragraph that goes on quoting keeps the speaker', () => {
    const text = '“We knew we had to be patient,” Ferreira said. “The goals came.”';
    expect(quotes(text)).toEqual([
      ['We knew we had to be patient,', 'Ferreira', 'said'],
      ['The goals came.', 'Ferreira', null],
    ]);
  });

  test('a quote that runs over paragraphs is found in each paragraph, with a warning only at the end', () => {
    const text = '“The first part,” Costa said. “It goes on\n“and on.”';
    const facts = extract(text, builtInRules(), { only: ['quotes'] });
    expect(facts.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['The first part,', 'Costa'],
      ['It goes on', 'Costa'],
      ['and on.', 'Costa'],
    ]);
    expect(facts.warnings.filter((w) => w.code === 'unclosed-quote')).toEqual([]);
  });

  test('an unknown speaker is null, never a random name', () => {
    expect(quotes('Sales rose. “A good year” lies ahead, Paris analysts think Smith knows.')).toEqual([['A good year', null, null]]);
  });

  test('an unclosed quote is a warning, not an error', () => {
    const facts = extract('Zelensky said “this never ends', builtInRules(), { only: ['quotes'] });
    expect(facts.quotes.map((q) => q.text)).toEqual(['this never ends']);
    expect(facts.warnings.map((w) => w.code)).toContain('unclosed-quote');
  });
});
