import { describe, expect, test } from 'vitest';
import { exactCounts, matchSpans, prf, setCounts } from '../src/eval/score.js';
import { countryNamed, readConll } from '../src/eval/conll.js';
import { emptyBratScore, goldQuotes, readAnnotations, scoreBratDocument, sourceKind } from '../src/eval/brat.js';
import { judgePeople, nameKey, readPeopleGold } from '../src/eval/people-gold.js';
import { extract } from '../src/extract.js';
import { builtInRules } from './helpers.js';

describe('eval scoring', () => {
  test('precision, recall and F1 from counts, 0 when nothing was found', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toEqual({ precision: 0.75, recall: 0.6, f1: (2 * 0.75 * 0.6) / 1.35 });
    expect(prf({ tp: 0, fp: 0, fn: 4 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  test('span matching is one-to-one and needs half the gold span covered', () => {
    const gold = [{ start: 0, end: 10 }, { start: 12, end: 20 }];
    // One long prediction covers both gold spans but may match only one of them.
    expect(matchSpans(gold, [{ start: 0, end: 20 }])).toEqual([0, -1]);
    expect(matchSpans(gold, [{ start: 6, end: 11 }])).toEqual([-1, -1]);
    expect(matchSpans(gold, [{ start: 4, end: 11 }, { start: 12, end: 20 }])).toEqual([0, 1]);
  });

  test('exact and set counts', () => {
    expect(exactCounts([{ start: 0, end: 5 }], [{ start: 0, end: 5 }, { start: 0, end: 4 }])).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(setCounts(['UA', 'RU'], ['UA', 'US'])).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('CoNLL reader', () => {
  test('rebuilds text with spaces and newlines and reads IOBES and IOB1 spans', () => {
    const conll = ['-DOCSTART- O', '', 'Helen B-PER', 'Marsh E-PER', 'visited O', 'Peru S-LOC', '. O', '', 'Tom I-PER', 'Ford I-PER', 'left O', '', '-DOCSTART- O', '', 'Oslo S-LOC'].join('\n');
    const docs = readConll(conll);
    expect(docs).toHaveLength(2);
    expect(docs[0].text).toBe('Helen Marsh visited Peru .\n\nTom Ford left');
    expect(docs[0].people.map((r) => docs[0].text.slice(r.start, r.end))).toEqual(['Helen Marsh', 'Tom Ford']);
    expect(docs[0].locations.map((l) => l.text)).toEqual(['Peru']);
  });

  test('gold countries are names and aliases, not capitals', () => {
    const lexicon = builtInRules().countries;
    expect(countryNamed(lexicon, 'Peru')).toBe('PE');
    expect(countryNamed(lexicon, 'Britain')).toBe('GB');
    expect(countryNamed(lexicon, 'Oslo')).toBeNull();
  });
});

describe('brat gold quotes', () => {
  const text = 'Kerry said the plan was “a good start” for talks.\n“We will see,” he added.\nCritics called it a “summit” of sorts.';
  const at = (s: string) => text.indexOf(s);
  const ann = [
    `T1\tSource ${at('Kerry')} ${at('Kerry') + 5}\tKerry`,
    `T2\tCue ${at('said')} ${at('said') + 4}\tsaid`,
    `T3\tContent ${at('the plan')} ${at(' for talks')}\tthe plan was “a good start”`,
    'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
    `T4\tSource ${at('he added')} ${at('he added') + 2}\the`,
    `T5\tContent ${at('“We')} ${at('“We') + 14}\t“We will see,”`,
    `T6\tCue ${at('added')} ${at('added') + 5}\tadded`,
    'E2\tAttribution:T6 Content:T5 Cue:T6 Source:T4',
  ].join('\n');

  test('the quoted parts of attributed content, without trailing commas', () => {
    const gold = goldQuotes(text, readAnnotations(ann, text));
    expect(gold.map((g) => [text.slice(g.start, g.end), g.kind])).toEqual([
      ['a good start', 'named'],
      ['We will see', 'pronoun'],
    ]);
  });

  test('an unattributed scare quote counts against precision', () => {
    const score = emptyBratScore();
    scoreBratDocument(score, 'doc', text, readAnnotations(ann, text), extract(text, builtInRules()));
    expect(score.quotes).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(score.misses.filter((m) => m.kind === 'spurious').map((m) => m.quote)).toEqual(['summit']);
    expect(score.speakers.named).toEqual({ right: 1, total: 1 });
  });

  test('source kinds', () => {
    expect(sourceKind('he')).toBe('pronoun');
    expect(sourceKind('Former Secretary of State Madeleine Albright')).toBe('named');
    expect(sourceKind('the congressional report')).toBe('other');
  });
});

describe('tune/holdout split', () => {
  test('the kept split files agree with the seeded hash, hold out about 20% and list each document once', async () => {
    const { readSplit, isHoldout } = await import('../src/eval/split.js');
    for (const file of ['eval-splits/polnear-train.json', 'eval-splits/conll-eng-train.json']) {
      const split = readSplit(file);
      const all = [...split.holdout, ...split.tune];
      expect(new Set(all).size).toBe(all.length);
      expect(split.holdout.every(isHoldout)).toBe(true);
      expect(split.tune.some(isHoldout)).toBe(false);
      const share = split.holdout.length / all.length;
      expect(share).toBeGreaterThan(0.15);
      expect(share).toBeLessThan(0.25);
    }
  });
});

describe('people against a hand-written list', () => {
  test('a gold list reads; a file of judged entries (hand-checks 1 and 2) is refused with the reason, not a stack', () => {
    const gold = readPeopleGold('eval-gold/people-handcheck-3.json');
    expect(Array.isArray(gold) && gold.length).toBe(30);
    expect(readPeopleGold('eval-gold/people-handcheck.json')).toEqual({ error: expect.stringMatching(/people-handcheck\.json: document 1, person 1 has no "name" and "forms"/) });
    expect(readPeopleGold('eval-gold/no-such-file.json')).toEqual({ error: expect.stringMatching(/no-such-file\.json: ENOENT/) });
  });
  const gold = [
    { name: 'Hillary Clinton', forms: ['Hillary Clinton', 'Clinton', 'Hillary'] },
    { name: 'Martin O’Malley', forms: ['Martin O’Malley', 'O’Malley'] },
    { name: 'José Álvarez', forms: ['José Álvarez'] },
  ];
  test.each([
    // name given by the extractor, verdict
    ['Hillary Clinton', 'right'],
    ['Clinton', 'right'],
    ["Martin O'Malley", 'right'],
    ['Jose Alvarez', 'right'],
    ['State Hillary Clinton', 'wrong'],
    ['Morgan Stanley', 'wrong'],
    ['Clinton Foundation', 'wrong'],
  ])('%s is %s', (name, verdict) => {
    expect(judgePeople([{ name }], gold)[0].verdict).toBe(verdict);
  });

  test('a second entry for one person is a duplicate, and people without an entry are missed', () => {
    const verdicts = judgePeople([{ name: 'Hillary Clinton' }, { name: 'Clinton' }], gold);
    expect(verdicts.map((v) => v.verdict)).toEqual(['right', 'duplicate', 'missed', 'missed']);
    expect(verdicts.slice(2).map((v) => v.name)).toEqual(['Martin O’Malley', 'José Álvarez']);
  });

  test('names compare word by word, a handle without its @', () => {
    expect(nameKey('@HillaryClinton')).toBe('hillaryclinton');
    expect(nameKey('Gen.  Colin  Powell')).toBe('gen colin powell');
  });
});
