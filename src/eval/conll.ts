// CoNLL-2003 scoring: PER mentions (span-level exact match) and countries (document level, ISO
// codes). Gold countries are LOC spans whose text is a country name or alias in the lexicon
// built from the country packages.
import type { CountryLexicon } from '../country-data.js';
import type { Facts } from '../types.js';
import { addCounts, exactCounts, setCounts, type Counts, type Range } from './score.js';

export interface ConllDocument {
  /** Position in the file, 1-based (`doc-1`): the id the tune/holdout split uses. */
  id: string;
  /** Tokens joined by spaces, sentences by blank lines. */
  text: string;
  people: Range[];
  locations: (Range & { text: string })[];
}

/** Documents of a CoNLL file (one token a line, `-DOCSTART-` between documents, IOB or IOBES tags). */
export function readConll(source: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let sentences: { word: string; tag: string }[][] = [];
  let sentence: { word: string; tag: string }[] = [];
  const flush = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const finish = () => {
    flush();
    if (sentences.length) docs.push({ id: `doc-${docs.length + 1}`, ...buildDocument(sentences) });
    sentences = [];
  };
  for (const line of source.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (!line.trim()) flush();
    else if (cols[0] === '-DOCSTART-') finish();
    else sentence.push({ word: cols[0], tag: cols[cols.length - 1] });
  }
  finish();
  return docs;
}

function buildDocument(sentences: { word: string; tag: string }[][]): Omit<ConllDocument, 'id'> {
  let text = '';
  const spans: { type: string; start: number; end: number }[] = [];
  let open: { type: string; start: number; end: number } | null = null;
  const close = () => {
    if (open) spans.push(open);
    open = null;
  };
  sentences.forEach((s, n) => {
    // A blank line between sentences: CoNLL's sentences follow the wrapped lines of the Reuters
    // source ("Steve Jones , Phil" / "Mickelson , Greg Norman"), and its gold never runs a name
    // from one into the next, so each is given as a paragraph of its own.
    if (n > 0) text += '\n\n';
    s.forEach((t, k) => {
      if (k > 0) text += ' ';
      const start = text.length;
      text += t.word;
      const [prefix, type] = t.tag.includes('-') ? t.tag.split('-', 2) : ['O', ''];
      // IOBES: B/S begin; IOB1: I continues a span of the same type, B splits two adjacent ones.
      const begins = prefix === 'B' || prefix === 'S' || !open || open.type !== type;
      if (prefix === 'O') close();
      else {
        if (begins) {
          close();
          open = { type, start, end: text.length };
        } else open!.end = text.length;
        if (prefix === 'E' || prefix === 'S') close();
      }
    });
    close();
  });
  return {
    text,
    people: spans.filter((s) => s.type === 'PER').map(({ start, end }) => ({ start, end })),
    locations: spans.filter((s) => s.type === 'LOC').map(({ start, end }) => ({ start, end, text: text.slice(start, end) })),
  };
}

/** The ISO code of a phrase that is a country's name or alias (not a demonym or capital). */
export function countryNamed(lexicon: CountryLexicon, phrase: string): string | null {
  const parts = phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
  for (const cand of lexicon.byFirst.get(parts[0]) ?? []) {
    if (cand.parts.length === parts.length && cand.parts.every((p, n) => p === parts[n]) && (cand.entry.via === 'name' || cand.entry.via === 'alias')) {
      return cand.entry.code;
    }
  }
  return null;
}

export interface ConllMiss {
  kind: 'missed' | 'spurious';
  text: string;
  count: number;
  context: string;
}

export interface ConllScore {
  documents: number;
  people: Counts;
  /** Countries the output finds by name or alias, like the gold (LOC spans that name a country). */
  countries: Counts;
  /** Every country in the output, also those found only through a demonym or capital (MISC / other LOC in the gold). */
  countriesAnyVia: Counts;
  /** Misses grouped by surface text, most frequent first. */
  personMisses: ConllMiss[];
  countryMisses: ConllMiss[];
}

export function scoreConll(docs: ConllDocument[], extractFacts: (text: string) => Facts, lexicon: CountryLexicon): ConllScore {
  const people: Counts = { tp: 0, fp: 0, fn: 0 };
  const countries: Counts = { tp: 0, fp: 0, fn: 0 };
  const countriesAnyVia: Counts = { tp: 0, fp: 0, fn: 0 };
  const personMisses = new Map<string, ConllMiss>();
  const countryMisses = new Map<string, ConllMiss>();
  const note = (into: Map<string, ConllMiss>, kind: ConllMiss['kind'], text: string, context: string) => {
    const key = `${kind}\t${text}`;
    const m = into.get(key);
    if (m) m.count++;
    else into.set(key, { kind, text, count: 1, context });
  };
  const lineOf = (text: string, at: number) => text.slice(text.lastIndexOf('\n', at - 1) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);

  for (const doc of docs) {
    const facts = extractFacts(doc.text);
    const predicted = facts.people.flatMap((p) => p.mentions.filter((m) => m.kind === 'name'));
    addCounts(people, exactCounts(doc.people, predicted));
    const goldKeys = new Set(doc.people.map((r) => `${r.start}:${r.end}`));
    const predKeys = new Set(predicted.map((r) => `${r.start}:${r.end}`));
    for (const g of doc.people) if (!predKeys.has(`${g.start}:${g.end}`)) note(personMisses, 'missed', doc.text.slice(g.start, g.end), lineOf(doc.text, g.start));
    for (const p of predicted) if (!goldKeys.has(`${p.start}:${p.end}`)) note(personMisses, 'spurious', `${p.text} [${p.ruleId}]`, lineOf(doc.text, p.start));

    const gold = new Map<string, string>();
    for (const loc of doc.locations) {
      const code = countryNamed(lexicon, loc.text);
      if (code && !gold.has(code)) gold.set(code, lineOf(doc.text, loc.start));
    }
    addCounts(countriesAnyVia, setCounts(gold.keys(), facts.countries.map((c) => c.code)));
    const named = facts.countries.filter((c) => c.mentions.some((m) => m.via === 'name' || m.via === 'alias'));
    const found = new Map(named.map((c) => [c.code, c]));
    addCounts(countries, setCounts(gold.keys(), found.keys()));
    for (const [code, context] of gold) if (!found.has(code)) note(countryMisses, 'missed', code, context);
    for (const [code, c] of found) if (!gold.has(code)) {
      const m = c.mentions.find((m) => m.via === 'name' || m.via === 'alias')!;
      note(countryMisses, 'spurious', `${code} (${m.text})`, lineOf(doc.text, m.start));
    }
  }
  const ranked = (m: Map<string, ConllMiss>) => [...m.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  return { documents: docs.length, people, countries, countriesAnyVia, personMisses: ranked(personMisses), countryMisses: ranked(countryMisses) };
}
