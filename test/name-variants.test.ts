import { describe, expect, test } from 'vitest';
import { mergeNameVariants, type NameTally } from '../src/format/name-variants.js';
import { SummaryCounter } from '../src/format/summary.js';
import type { FactsDocument } from '../src/format/document.js';

/** Tallies from a list of stories, each the names of its people. */
function tallies(stories: string[][]): Map<string, NameTally> {
  const m = new Map<string, NameTally>();
  stories.forEach((names, n) => {
    for (const name of names) {
      const t = m.get(name) ?? { documents: [], occurrences: 0 };
      t.documents.push(n);
      t.occurrences++;
      m.set(name, t);
    }
  });
  return m;
}

const repeat = (n: number, names: string[]) => Array.from({ length: n }, () => names);
const grouped = (stories: string[][]) =>
  Object.fromEntries(mergeNameVariants(tallies(stories)).map((g) => [g.name, [g.variants.join(' | '), g.documents]]));

describe('--summary joins one person’s spellings across stories', () => {
  test.each([
    ['a middle initial', [['Maria Lopez'], ['Maria J. Lopez'], ['Maria Lopez']], { 'Maria Lopez': ['Maria J. Lopez | Maria Lopez', 3] }],
    ['a middle name and its initial', [['Ana Ruth Costa'], ['Ana R. Costa'], ['Ana Costa']], { 'Ana Costa': ['Ana Costa | Ana R. Costa | Ana Ruth Costa', 3] }],
    ['accents', [['José Alvarez'], ['Jose Álvarez']], { 'Jose Álvarez': ['Jose Álvarez | José Alvarez', 2] }],
    ['apostrophes', [['Martin O’Neill'], ["Martin O'Neill"], ["O'Neill"]], { "Martin O'Neill": ["Martin O'Neill | Martin O’Neill | O'Neill", 3] }],
    ['a surname alone, with the only full name', [['Helen Marsh'], ['Marsh'], ['Marsh', 'Tom Reid']], { 'Helen Marsh': ['Helen Marsh | Marsh', 3], 'Tom Reid': ['Tom Reid', 1] }],
    ['a hyphenated surname alone', [['Stelios Karamanlis-Pappas'], ['Karamanlis-Pappas']], { 'Stelios Karamanlis-Pappas': ['Karamanlis-Pappas | Stelios Karamanlis-Pappas', 2] }],
  ])('%s', (_, stories, expected) => {
    expect(grouped(stories)).toEqual(expected);
  });

  test('a surname alone joins the full name that nine stories in ten with that surname name', () => {
    const stories = [...repeat(19, ['Karen Doyle']), ['Martin Doyle'], ['Doyle']];
    expect(grouped(stories)).toEqual({ 'Karen Doyle': ['Doyle | Karen Doyle', 20], 'Martin Doyle': ['Martin Doyle', 1] });
  });

  test.each([
    ['two full names share the surname', [...repeat(5, ['Karen Doyle']), ['Martin Doyle'], ['Doyle']], ['Doyle', 'Karen Doyle', 'Martin Doyle']],
    ['two middles: the bare name could be either', [['George Hale'], ['George W. Hale'], ['George H.W. Hale']], ['George H.W. Hale', 'George Hale', 'George W. Hale']],
    ['a given name alone is not a surname', [['Helen Marsh'], ['Helen']], ['Helen', 'Helen Marsh']],
    ['not names', [['the spokesman'], ['The Spokesman Smith']], ['The Spokesman Smith', 'the spokesman']],
  ])('kept apart: %s', (_, stories, names) => {
    expect(Object.keys(grouped(stories)).sort()).toEqual(names);
  });

  test('a story with two spellings counts once; mentions add up; JSON lists the variants', () => {
    const doc = (source: string, people: [string, number][]) => ({ source, people: people.map(([name, n]) => ({ name, mentions: Array(n).fill({}) })), quotes: [], countries: [], figures: [] }) as unknown as FactsDocument;
    const s = new SummaryCounter();
    s.add(doc('a', [['Maria Lopez', 3], ['Maria J. Lopez', 1]]));
    s.add(doc('b', [['Lopez', 2]]));
    s.add(doc('c', [['Tom Reid', 1]]));
    expect(s.toJSON(0).people).toEqual([
      { name: 'Maria Lopez', documents: 2, mentions: 6, variants: ['Lopez', 'Maria J. Lopez', 'Maria Lopez'] },
      { name: 'Tom Reid', documents: 1, mentions: 1 },
    ]);
    expect(s.size('people')).toBe(2);
  });
});
