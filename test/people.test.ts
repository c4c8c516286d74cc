import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import { builtInRules } from './helpers.js';

const people = (text: string) => extract(text, builtInRules(), { only: ['people'] }).people;

describe('people', () => {
  test.each([
    ['Ukrainian President Volodymyr Zelensky said on Friday. Zelensky urged calm.', 'Volodymyr Zelensky', ['Ukrainian President'], 'UA', 2],
    ['Kremlin spokesman Dmitry Peskov said talks were possible. Peskov gave no date.', 'Dmitry Peskov', ['Kremlin spokesman'], 'RU', 2],
    ['Vladimir Putin spoke first. “Mr. Putin is wrong,” he said.', 'Vladimir Putin', [], null, 3],
    ['Costa, who is President of the European Council, said so. Antonio Costa left.', 'Antonio Costa', ['President of the European Council'], null, 2],
    ['Saudi Energy Minister Prince Abdulaziz bin Salman told reporters.', 'Abdulaziz bin Salman', ['Saudi Energy Minister Prince'], 'SA', 1],
    ['"It is over," said Helen Marsh, an analyst at Northgate Capital.', 'Helen Marsh', ['analyst at Northgate Capital'], null, 1],
  ])('%s', (text, name, titles, country, mentions) => {
    const found = people(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name, titles, country });
    expect(found[0].mentions).toHaveLength(mentions);
    for (const m of found[0].mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('a role description that one person holds is a mention of that person', () => {
    const text = 'Russian President Vladimir Putin spoke. The talks were long, the Russian president added.';
    const [putin] = people(text);
    expect(putin.mentions.map((m) => [m.text, m.kind])).toEqual([
      ['Vladimir Putin', 'name'],
      ['the Russian president', 'description'],
    ]);
  });

  test('names carry no possessive, title or punctuation', () => {
    const found = people('Trump’s efforts failed, US President Donald Trump said. Mr. Trump, however, smiled.');
    expect(found.map((p) => p.name)).toEqual(['Donald Trump']);
    expect(found[0].mentions.map((m) => m.text)).toEqual(['Trump', 'Donald Trump', 'Trump']);
  });

  test.each([
    ['Agence France-Presse reported the story.'],
    ['Brent crude futures climbed $2.10 to $84.50 a barrel.'],
    ['The Washington Post said the European Council met in Brussels.'],
    ['This has led to friction between Bratislava and Kyiv’s forces.'],
    ['In Vladivostok on Friday, the forum opened.'],
  ])('not people: %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});
