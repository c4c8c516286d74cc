// Our bulk matcher for compromise's post-tagger (src/compromise-sweep.ts) must give exactly
// compromise's own matches in compromise's order: the same tags on every term.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { languageModel } from '../src/packages.js';
import { bulkMatch, compromiseBulkMatch, type BulkMatch } from '../src/compromise-sweep.js';

// The model extract parses with: compromise's second level with our matcher put in place.
const nlp = languageModel();
const compromiseOwn = compromiseBulkMatch(nlp);
const methods = (nlp.world() as unknown as { methods: { one: { bulkMatch: BulkMatch } } }).methods;

/** Every term's text, tags (in the order set) and offset, parsed with the given bulk matcher. */
function termsWith(matcher: BulkMatch, text: string): string[] {
  const saved = methods.one.bulkMatch;
  methods.one.bulkMatch = matcher;
  try {
    const doc = nlp(text);
    doc.compute('offset');
    const terms = (doc as unknown as { document: { text: string; tags: Set<string>; offset: { start: number } }[][] }).document.flat();
    return terms.map((t) => `${t.text} ${[...t.tags].join(',')} @${t.offset.start}`);
  } finally {
    methods.one.bulkMatch = saved;
  }
}

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');

describe('the same tags as compromise’s own post-tagger', () => {
  test('ours is the one in place in the model extract parses with, and compromise’s own is kept', () => {
    expect(methods.one.bulkMatch).toBe(bulkMatch);
    expect(compromiseOwn).not.toBe(bulkMatch);
  });

  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.txt'))) {
    test(`fixture ${file}`, () => {
      const text = readFileSync(path.join(fixtures, file), 'utf8');
      expect(termsWith(bulkMatch, text)).toEqual(termsWith(compromiseOwn, text));
    });
  }

  // Sentences whose tags come from post-tagger patterns: contractions, auxiliaries, numbers and
  // units, titles before names, "will"/"may" as names or verbs, dates.
  test.each([
    "He's said he won't go, but they'd already left by 5 p.m. on Tuesday.",
    'Prime Minister Rishi Sunak told reporters in London that the plan was "not dead".',
    'May said Will Smith will be in Paris in May, and that prices rose 3.5 pct to 1.2 billion dlrs.',
    'The U.S. Federal Reserve raised rates by a quarter of a point, its first increase since 2018.',
    'Shares of Acme Corp fell 12 cts to 4.50 dlrs after the company cut its 1987 forecast.',
    'I am not going to do that, the senator said, adding that he had been misquoted.',
    'Police said a 29-year-old man, who was not named, was arrested on Friday night.',
  ])('%s', (text) => {
    expect(termsWith(bulkMatch, text)).toEqual(termsWith(compromiseOwn, text));
  });
});

describe('candidate order and filters, against compromise’s own on a made-up net', () => {
  const pattern = (match: string, extra: Partial<{ needs: string[]; wants: string[]; minWant: number; minWords: number; ifNo: string[] }> = {}) => ({ match, needs: [], wants: [], minWant: 0, minWords: 1, ...extra });
  const shared = pattern('shared #Noun', { needs: ['#Noun'] });
  // Keys in Object.keys order: '1' (integer-like) comes first although written last.
  const net = {
    hooks: {
      '#Verb': [pattern('verb only', { needs: ['#Verb'] }), shared],
      '#Noun': [pattern('needs noun and verb', { needs: ['#Noun', '#Verb'] }), { ...shared, tag: 'Other' }],
      will: [pattern('wants two of three', { wants: ['will', 'may', 'can'], minWant: 2 }), pattern('not before a date', { needs: ['will'], ifNo: ['#Date'] })],
      // '#Date' is no hook here (tested on the sentence's words and tags), '#Verb' is one (a bit).
      long: [pattern('long sentences only', { needs: ['long'], minWords: 5 }), pattern('not with a verb', { needs: ['long'], ifNo: ['#Verb'] })],
      '1': [pattern('the number one', { needs: ['1'] })],
    },
    always: [pattern('always tried')],
  };
  // A fake document whose terms carry each sentence's words and tags (the first term: its word,
  // the other words as aliases, all the tags; then empty terms up to the sentence's length), read
  // with compromise's own cacheDoc; every pattern tried "matches" once.
  const sentences: { have: string[]; words: number }[] = [
    { have: ['#Noun', '#Verb', 'will', 'may', '1'], words: 6 },
    { have: ['#Noun', 'will', '#Date', 'long'], words: 3 },
    { have: ['long', 'will', 'can', '#Verb'], words: 7 },
    { have: ['nothing', 'here'], words: 1 },
  ];
  const termsOf = ({ have, words }: { have: string[]; words: number }) => {
    const [normal = '', ...alias] = have.filter((h) => !h.startsWith('#'));
    const first = { normal, alias, tags: new Set(have.filter((h) => h.startsWith('#')).map((h) => h.slice(1))) };
    return [first, ...Array.from({ length: words - 1 }, () => ({ normal: '', tags: new Set<string>() }))];
  };
  const cacheDoc = (nlp.world() as unknown as { methods: { one: { cacheDoc: (d: unknown[][]) => Set<string>[] } } }).methods.one.cacheDoc;
  const fake = {
    one: {
      cacheDoc,
      match: (_docs: unknown[][], p: { match: string }) => ({ ptrs: [[0, 0, 1, p.match.length]] }),
    },
  };
  const document = sentences.map(termsOf);
  const run = (matcher: BulkMatch, opts = {}) => (matcher(document, net as never, fake as never, opts) as { match: string; pointer: number[]; tag?: string }[]).map((r) => `${r.pointer[0]}: ${r.match}${r.tag ? ` (${r.tag})` : ''}`);

  test('the same matches in the same order', () => {
    const ours = run(bulkMatch);
    expect(ours).toEqual(run(compromiseOwn));
    // Read by hand: sentence 0 takes the integer key first, and the shared pattern from '#Verb'.
    expect(ours.filter((r) => r.startsWith('0:'))).toEqual(['0: the number one', '0: verb only', '0: shared #Noun', '0: needs noun and verb', '0: wants two of three', '0: not before a date', '0: always tried']);
    expect(ours.filter((r) => r.startsWith('1:'))).toEqual(['1: shared #Noun (Other)', '1: not with a verb', '1: always tried']);
    expect(ours.filter((r) => r.startsWith('2:'))).not.toContain('2: not with a verb');
  });

  test('the same after 500 sentences, when each pattern is filed under its rarest need', () => {
    // A fresh net (a net's hooks are ranked and counted the first time it is seen) without the
    // second pattern of one text: the rarest-need filing is for nets of one pattern per text.
    const again = { hooks: Object.fromEntries(Object.entries(net.hooks).map(([k, v]) => [k, v.filter((p) => !('tag' in p))])), always: net.always };
    const many = Array.from({ length: 160 }, () => sentences).flat();
    const doc = many.map(termsOf);
    const runMany = (matcher: BulkMatch) => (matcher(doc, again as never, fake as never, {}) as { match: string; pointer: number[] }[]).map((r) => `${r.pointer[0]}: ${r.match}`);
    const ours = runMany(bulkMatch);
    expect(ours).toEqual(runMany(compromiseOwn));
    // The last sentences (after the first 500) are the first four's, in the same order.
    const last = ours.filter((r) => r.startsWith(`${many.length - 4}:`)).map((r) => r.replace(/^\d+/, '0'));
    expect(last).toEqual(ours.filter((r) => r.startsWith('0:')));
  });

  test('a word in a term’s implicit, machine or root form counts, as in compromise’s cacheDoc', () => {
    const blank = { normal: '', tags: new Set<string>() };
    const forms = [
      [{ ...blank, implicit: 'will' }, { ...blank, machine: 'can' }],
      [{ ...blank, machine: '1' }],
      [{ ...blank, root: 'long' }, blank, blank, blank, blank],
    ];
    const found = (matcher: BulkMatch) => (matcher(forms, net as never, fake as never, {}) as { match: string; pointer: number[] }[]).map((r) => `${r.pointer[0]}: ${r.match}`);
    const ours = found(bulkMatch);
    expect(ours).toEqual(found(compromiseOwn));
    expect(ours).toEqual(expect.arrayContaining(['0: wants two of three', '1: the number one', '2: long sentences only']));
  });

  test('matchOne stops at the first match, as compromise does', () => {
    expect(run(bulkMatch, { matchOne: true })).toEqual(run(compromiseOwn, { matchOne: true }));
  });
});

describe('matching at the starts whose first term passes, against compromise’s own loop', () => {
  const world = nlp.world() as unknown as { methods: { one: { buildNet(list: object[], world: unknown): unknown } } };
  // Patterns of each shape the first-term test takes or leaves to compromise, with a tag each so
  // that every match is told apart: groups, `notIf`, `$` after a step that must or may take a
  // term, greedy first steps, blocks of words or tags, a block with an anchor inside, and
  // overlapping matches (compromise goes on after a match, not at the next term).
  const patterns = [
    { match: '#Determiner [#Adjective] #Noun', group: 0, tag: 'A' },
    { match: '#Noun #Noun', tag: 'B' },
    { match: '#Noun+ #Verb', tag: 'C' },
    { match: '(the|a|an) #Noun', notIf: '(price|prices)', tag: 'D' },
    { match: '(#Value|#Noun) (pct|percent|dlrs)$', tag: 'E' },
    { match: '#Verb #Adverb?$', tag: 'F' },
    { match: '(#Noun && @hasComma) #Noun', tag: 'G' },
    { match: '(^the|a) [#Noun]', group: 0, tag: 'H' },
    { match: 'we [have]', group: 0, tag: 'I' },
    // "We've said": the step "we've" takes both halves of the contraction, so 'said' comes next.
    { match: "we've #PastTense", tag: 'N' },
    { match: '!#Verb #Noun', tag: 'J' },
    { match: '#Value+ [#Noun]', group: 0, notIf: 'shares', tag: 'K' },
    { match: '(said|told) [.]', group: 0, tag: 'L' },
    // 'the stock market index.': compromise finds 'stock market' (no adverb, so not at the end),
    // drops it at its `$` check but has gone on past it, so 'market index' is never tried.
    { match: '#Noun #Noun #Adverb?$', tag: 'M' },
  ];
  const net = world.methods.one.buildNet(patterns, nlp.world());
  const sentences = [
    'The big stock market price index fell 3.5 pct, the first fall in a week.',
    "We've said the prices of oil, gas and coal rose 12 dlrs.",
    'A man, police said, told reporters that 300 shares and 40 tonnes went quickly.',
    'the new plan was approved',
    'Analysts said a sharp fall in the dollar was likely.',
    'Traders watched the stock market index.',
    'Prices rose in the oil market.',
  ];
  const doc = nlp(sentences.join(' '));
  const document = (doc as unknown as { document: unknown[][] }).document;
  const run = (matcher: BulkMatch) => (matcher(document, net as never, (nlp.world() as unknown as { methods: never }).methods, {}) as { tag: string; pointer: number[] }[]).map((r) => `${r.tag} ${r.pointer.join(',')}`);

  test('the same matches, pointers and term ids, in the same order', () => {
    const ours = run(bulkMatch);
    expect(ours).toEqual(run(compromiseOwn));
    // Every pattern above matches somewhere, so each shape is compared, not only skipped.
    expect(new Set(ours.map((r) => r.split(' ')[0]))).toEqual(new Set(patterns.map((p) => p.tag)));
  });
});
