// Paragraphs, soft wraps and story furniture in hard-wrapped wire copy (issue: wire text as
// archives store it). Stories here are written for the tests in wire style.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findLayout } from '../src/layout.js';
import { extract } from '../src/extract.js';
import { hardWrap } from '../src/eval/wrap.js';
import { builtInRules } from './helpers.js';

const REUTERS_STYLE = [
  'HOLM MARINE <HOLM> SEES HIGHER FIRST QUARTER NET',
  '',
  'BERGEN, Norway, March 3 - Holm Marine A/S said first quarter',
  'earnings would rise to about 40 mln crowns, helped by higher',
  'rates for its supply ships in the North Sea.',
  '    Chief financial officer Anne Lise Dahl told reporters the',
  'company had "seen the worst of the downturn" and would cut its',
  'debt by 10',
  'billion crowns over five years.',
  '    "We are not selling any ships this year," Dahl said. "The',
  'market is too weak for that."',
  '    Qtr to Dec 31',
  '    Shr 1.40 crowns vs 1.10 crowns',
  '    Net 40.2 mln vs 31.5 mln',
  '',
].join('\n');

const AP_STYLE = [
  "Mayor defends 'difficult' budget",
  '',
  'By Rachel Okafor',
  '',
  'DENVER (AP) — The mayor of Denver on Monday defended a budget that cuts',
  'library hours and raises parking fees, saying the city had no other way',
  'to close a gap of $42 million.',
  '',
  '"Nobody likes these choices, but we have no other way," said Mayor Thomas',
  'Greer, who took office in January.',
  '',
  '(Reporting by Rachel Okafor; Editing by Sam Lyle)',
  '',
].join('\n');

describe('paragraphs as the writer meant them', () => {
  test('an indented line starts a paragraph in Reuters copy; wrapped lines do not', () => {
    const layout = findLayout(REUTERS_STYLE);
    const texts = layout.paragraphs.map((p) => REUTERS_STYLE.slice(p.start, p.end));
    expect(texts[0]).toBe('HOLM MARINE <HOLM> SEES HIGHER FIRST QUARTER NET');
    expect(texts[1]).toMatch(/^BERGEN, Norway, March 3 - Holm Marine A\/S said first quarter\nearnings .* North Sea\.$/s);
    expect(texts[2]).toMatch(/^Chief financial officer .* over five years\.$/s);
    expect(texts[3]).toMatch(/^"We are not selling .* for that\."$/s);
    expect(texts.slice(4)).toEqual(['Qtr to Dec 31', 'Shr 1.40 crowns vs 1.10 crowns', 'Net 40.2 mln vs 31.5 mln']);
  });

  test('a blank line starts a paragraph in AP copy', () => {
    const layout = findLayout(AP_STYLE);
    expect(layout.paragraphs.map((p) => AP_STYLE.slice(p.start, p.start + 12))).toEqual(["Mayor defend", 'By Rachel Ok', 'DENVER (AP) ', '"Nobody like', '(Reporting b']);
  });

  test('soft wraps read as spaces, and the text keeps its length', () => {
    const layout = findLayout(REUTERS_STYLE);
    expect(layout.flat).toHaveLength(REUTERS_STYLE.length);
    expect(layout.flat).toContain('debt by 10 billion crowns');
    expect(layout.flat).toContain('first quarter earnings would rise');
    // Paragraph breaks stay line breaks.
    expect(layout.flat).toContain('North Sea.\n    Chief');
    expect(layout.flat).toContain('Dec 31\n    Shr');
  });

  test('CRLF line ends: a soft wrap is two spaces', () => {
    const crlf = AP_STYLE.replace(/\n/g, '\r\n');
    const layout = findLayout(crlf);
    expect(layout.flat).toHaveLength(crlf.length);
    expect(layout.flat).toContain('cuts  library hours');
    expect(layout.paragraphs).toHaveLength(5);
  });

  test.each([
    ['one paragraph a line, lines longer than a wrap column', 'The council met on Tuesday to discuss the plan, which would cost the city more than it has spent on roads in a decade.\nThe plan was approved by seven votes to two after a debate that lasted into the night and left several members angry.\nIt goes to the mayor next week, who is expected to sign it without changes despite the objections of residents.\n'],
    ['a list of short lines', 'Peter Blackburn\nBRUSSELS 1996-08-22\nResults of the vote:\nYes 214\nNo 187\n'],
  ])('every line break is hard: %s', (_name, text) => {
    const layout = findLayout(text);
    expect(layout.flat).toBe(text);
    expect(layout.paragraphs).toHaveLength(text.trim().split('\n').length);
  });

  test('a short line in wrapped copy ends its paragraph when the next word would have fitted', () => {
    const text = [
      'The board met on Monday and agreed to sell the shipping unit to a',
      'group of investors led by its former managers for an undisclosed',
      'sum.',
      'Shares rose 4 pct.',
      'The sale is expected to close in the second half of the year once',
      'regulators in three countries have approved it.',
    ].join('\n');
    const layout = findLayout(text);
    expect(layout.paragraphs.map((p) => text.slice(p.start, p.start + 10))).toEqual(['The board ', 'Shares ros', 'The sale i']);
  });
});

describe('story furniture', () => {
  test.each([
    ['HARTFORD, Conn., March 26 - Rogers Corp said first quarter earnings would rise.', 'HARTFORD, Conn., March 26 -'],
    ['WASHINGTON, Feb 26 - The Senate voted on Tuesday to extend the program.', 'WASHINGTON, Feb 26 -'],
    ['LONDON (Reuters) - British factory output rose in June, figures showed.', 'LONDON (Reuters) -'],
    ['PARIS (AFP) – France will send more troops to the region, the minister said.', 'PARIS (AFP) –'],
    ['NEW YORK (AP) — Stocks fell sharply on Wall Street on Friday.', 'NEW YORK (AP) —'],
  ])('dateline: %s', (text, dateline) => {
    const layout = findLayout(`Headline here\n\n${text}\n`);
    const found = layout.furniture.find((f) => f.kind === 'dateline');
    expect(found && `Headline here\n\n${text}\n`.slice(found.start, found.end)).toBe(dateline);
  });

  test.each([
    ['a sentence that starts with a name', 'Prime Minister Anna Berg - who took office in May - said the cuts would stay.'],
    ['a place in ordinary case with no agency', 'Paris, Feb 26 - was not a dateline but part of a list.'],
    ['a dash later in the sentence', 'The company said profits rose - but only slightly - in the quarter.'],
  ])('not a dateline: %s', (_name, text) => {
    expect(findLayout(`Headline here\n\n${text}\n`).furniture.filter((f) => f.kind === 'dateline')).toEqual([]);
  });

  test('headline, byline, dateline, table and credits are marked', () => {
    expect(findLayout(REUTERS_STYLE).furniture.map((f) => f.kind)).toEqual(['headline', 'dateline', 'table', 'table', 'table']);
    expect(findLayout(AP_STYLE).furniture.map((f) => f.kind)).toEqual(['headline', 'byline', 'dateline', 'credit']);
  });

  test.each([
    ['a first paragraph that is a sentence', 'The central bank raised interest rates on Thursday for the third time this year.\n\nThe move was expected by most economists.\n'],
    ['a first line that runs on into the story', 'The central bank raised interest rates on Thursday\nfor the third time this year, saying inflation was too high.\n'],
    [
      'a wrapped first paragraph that is a sentence',
      'The central bank raised interest rates on Thursday for the third time this\nyear, saying inflation was still far too high for comfort.\n\nThe move was expected by most economists and by\nthe markets, which had priced in a rise of a quarter point.\n',
    ],
  ])('not a headline: %s', (_name, text) => {
    expect(findLayout(text).furniture.filter((f) => f.kind === 'headline')).toEqual([]);
  });

  // The shape PolNeAR-style web copy takes once an archive wraps it: a long title-case headline
  // over two lines must still be furniture, or its words turn into people ("Governor Ties Senator").
  test.each([
    ['title case', 'Poll: Senator Ties Governor With Former Mayor in a Three-Way Race for the\nNomination.\n\nThe senator does better in a match-up against the governor than\nhis rivals in the party do, according to a poll released on Monday.\n'],
    ['no closing stop', 'Mayor says the city will rebuild the bridge after the floods of last spring,\nwhatever the cost\n\nThe mayor told reporters on Monday that work would start in May and\nthat the city would borrow to pay for it if it had to.\n'],
  ])('a headline wrapped over two lines: %s', (_name, text) => {
    const headline = findLayout(text).furniture.find((f) => f.kind === 'headline');
    expect(headline && text.slice(headline.start, headline.end)).toBe(text.slice(0, text.indexOf('\n\n')));
  });
});

describe('extractors read soft wraps as spaces', () => {
  const rules = builtInRules();

  test('a quotation wrapped over lines is one quote, with its speaker; spans keep their newlines', () => {
    const facts = extract(REUTERS_STYLE, rules);
    const direct = facts.quotes.filter((q) => q.direct);
    expect(direct.map((q) => [q.text.replace(/\n/g, ' '), q.speaker])).toEqual([
      ['seen the worst of the downturn', 'Anne Lise Dahl'],
      ['We are not selling any ships this year,', 'Anne Lise Dahl'],
      ['The market is too weak for that.', 'Anne Lise Dahl'],
    ]);
    expect(direct[2].text).toBe('The\nmarket is too weak for that.');
    for (const q of facts.quotes) expect(REUTERS_STYLE.slice(q.start, q.end)).toBe(q.text);
  });

  test('a name wrapped over two lines is one person; the label has a space, the mention its newline', () => {
    const facts = extract(AP_STYLE, rules);
    const greer = facts.people.find((p) => p.name === 'Thomas Greer');
    expect(greer?.mentions[0].text).toBe('Thomas\nGreer');
    expect(facts.quotes.find((q) => q.direct)?.speaker).toBe('Thomas Greer');
  });

  test('a number keeps its scale from the next line', () => {
    const facts = extract(REUTERS_STYLE, rules);
    const debt = facts.figures.find((f) => f.text.startsWith('10'));
    expect(debt).toMatchObject({ text: '10\nbillion crowns', value: 10_000_000_000 });
  });

  test('furniture yields no people and no quotes, and a dateline does not join the first sentence', () => {
    const facts = extract(AP_STYLE, rules);
    expect(facts.people.map((p) => p.name)).not.toContain('Rachel Okafor');
    expect(facts.people.map((p) => p.name)).not.toContain('Sam Lyle');
    expect(facts.quotes.map((q) => q.text)).not.toContain('difficult');
    const reuters = extract(REUTERS_STYLE, rules);
    expect(reuters.people.map((p) => p.name)).not.toContain('Holm');
    expect(reuters.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['1.40 crowns', '1.10 crowns', '40.2 mln', '31.5 mln']));
  });
});

describe('hard-wrapping for the evaluation', () => {
  test('only spaces become newlines, lines fit the column, words stay whole', () => {
    const text = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'afp-ukraine-guarantees.txt'), 'utf8');
    const wrapped = hardWrap(text, 70);
    expect(wrapped).toHaveLength(text.length);
    for (let i = 0; i < text.length; i++) if (wrapped[i] !== text[i]) expect([text[i], wrapped[i]]).toEqual([' ', '\n']);
    for (const line of wrapped.split('\n')) if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(70);
  });

  // Every fixture story gives the same facts hard-wrapped at 70 columns as written.
  const dir = path.join(import.meta.dirname, '..', 'fixtures');
  const stories = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  test.each(stories)('%s gives the same facts wrapped at 70 columns', (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const rules = builtInRules();
    const brief = (facts: ReturnType<typeof extract>) => ({
      people: facts.people.map((p) => [p.name, p.titles, p.country]),
      countries: facts.countries.map((c) => c.code).sort(),
      quotes: facts.quotes.map((q) => [q.start, q.end, q.direct, q.speaker, q.cue]),
      figures: facts.figures.map((f) => [f.start, f.end, f.value, f.unit, f.approximate]),
    });
    expect(brief(extract(hardWrap(text, 70), rules))).toEqual(brief(extract(text, rules)));
  });
});
