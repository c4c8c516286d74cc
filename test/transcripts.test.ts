// Transcripts and interviews with speaker labels (sieve transcript-label, src/rules/transcripts.json).
import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import { builtInRules } from './helpers.js';

const turns = (text: string) =>
  extract(text, builtInRules(), { only: ['quotes'] })
    .quotes.filter((q) => q.direct)
    .map((q) => [q.text.split(/\s+/).slice(0, 3).join(' '), q.speaker, q.speakerKind, q.sieve]);

describe('transcript turns: hits', () => {
  test.each([
    [
      'a surname label is the full name the story gave',
      'Vice President Mike Pence defended the tariffs. Fox News host Chris Wallace interviewed Pence on Sunday.\n\nWALLACE: Mr. Vice President, farmers are hurting.\n\nPENCE: Chris, the president has been clear.',
      [
        ['Mr. Vice President,', 'Chris Wallace', 'person', 'transcript-label'],
        ['Chris, the president', 'Mike Pence', 'person', 'transcript-label'],
      ],
    ],
    [
      'an honorific label',
      'Economist John Smith and Senator Ann Ruiz debated the budget.\n\nMR. SMITH: The deficit is too high.\n\nSEN. RUIZ: It is falling.',
      [
        ['The deficit is', 'John Smith', 'person', 'transcript-label'],
        ['It is falling.', 'Ann Ruiz', 'person', 'transcript-label'],
      ],
    ],
    [
      'Q is the interviewer the introduction names, A the other person',
      "Former first lady Laura Bush sat down this week with USA TODAY's Susan Page to discuss the war.\n\nQ: Why Afghanistan?\n\nA: Because they needed help, I think.",
      [
        ['Why Afghanistan?', 'Susan Page', 'person', 'transcript-label'],
        ['Because they needed', 'Laura Bush', 'person', 'transcript-label'],
      ],
    ],
    [
      'an interviewer the story does not name',
      'Mayor Ellen Boyd spoke about the port. Questions have been edited for length.\n\nQ: Why now?\n\nA: Because the money is there.',
      [
        ['Why now?', 'the interviewer', 'description', 'transcript-label'],
        ['Because the money', 'Ellen Boyd', 'person', 'transcript-label'],
      ],
    ],
    [
      'a name given only as labels, full then short',
      'The campaign declined a debate.\n\nKATE BOULDUAN: Why not debate?\n\nJOEL BENSON: He is running negative ads.\n\nBOULDUAN: You said you never would.',
      [
        ['Why not debate?', 'Kate Boulduan', 'person', 'transcript-label'],
        ['He is running', 'Joel Benson', 'person', 'transcript-label'],
        ['You said you', 'Kate Boulduan', 'person', 'transcript-label'],
      ],
    ],
    [
      'a quotation inside a turn is part of the turn',
      'On Sunday, broadcaster Daniel Okafor interviewed Transport Minister Aroha Tane.\n\nOKAFOR: Mr. Leckie calls it "a fire sale." What do you say?\n\nTANE: He has not read the contract.',
      [
        ['Mr. Leckie calls', 'Daniel Okafor', 'person', 'transcript-label'],
        ['He has not', 'Aroha Tane', 'person', 'transcript-label'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(turns(text)).toEqual(expected);
  });
});

describe('transcript turns: misses', () => {
  test.each([
    ['one label is not a transcript', 'UPDATE: The minister resigned on Monday.\n\nShe gave no reason.'],
    ['labels that head furniture', 'UPDATE: The minister resigned on Monday.\n\nEDITOR\'S NOTE: This story was corrected.'],
    ['a dateline-like capital with a colon, once', 'WASHINGTON: The Senate passed the bill on Friday.\n\nThe vote was 60-40.'],
    ['mixed-case labels are section heads', 'Sources: three officials.\n\nBackground: the bill failed in 2019.'],
    ['a time is not a label', 'At 10:30 the vote began.\n\nAt 11:15 it ended.'],
  ])('%s', (_name, text) => {
    expect(extract(text, builtInRules(), { only: ['quotes'] }).quotes.filter((q) => q.sieve === 'transcript-label')).toEqual([]);
  });

  test('an answer with nobody named is left unattributed, not given to the interviewer', () => {
    const text = 'Questions have been edited for length.\n\nQ: Why now?\n\nA: Because the money is there.';
    expect(turns(text)).toEqual([
      ['Why now?', 'the interviewer', 'description', 'transcript-label'],
      ['Because the money', null, 'unknown', 'quote-unattributed'],
    ]);
  });

  test('turns slice back to their text and carry the label as speaker in the shape', () => {
    const text = 'On Sunday, broadcaster Daniel Okafor interviewed Transport Minister Aroha Tane.\n\nOKAFOR: Will jobs go?\n\nTANE: No.';
    const quotes = extract(text, builtInRules(), { only: ['quotes'] }).quotes;
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(quotes.map((q) => [q.text, q.shape])).toEqual([
      ['Will jobs go?', 'SQ'],
      ['No.', 'SQ'],
    ]);
  });
});
