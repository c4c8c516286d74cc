// `npm run eval -- --people-gold eval-gold/people-handcheck-3.json`: people per document against a
// hand-written list of every person each story names (the texts are read from the corpora folder).
// An output entry is right when its name is one of the forms a gold person goes by in that story
// and that person has no entry yet; a second entry for the same person is a duplicate, and a name
// that is no form of anyone (an organisation, a title fragment, a place) is wrong. Gold people
// with no entry are missed. Names compare word by word as the people extractor compares them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Person } from '../types.js';
import { nameWordKey } from '../name-words.js';
import type { Counts } from './score.js';

export interface GoldPerson {
  name: string;
  /** Every way the story names the person, titles and possessives stripped; `name` first. */
  forms: string[];
  note?: string;
}

export interface PeopleGoldDocument {
  /** Path under the corpora folder, e.g. "reuters21578/stories/945.txt". */
  source: string;
  people: GoldPerson[];
}

/**
 * The documents of a gold file, or a one-line reason it is not one. hand-checks 1 and 2 judge the
 * entries of one past run (`person: true|false`, no `forms`): they cannot score another run.
 */
export function readPeopleGold(file: string): PeopleGoldDocument[] | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return { error: `${file}: ${(err as Error).message}` };
  }
  const documents = (json as { documents?: unknown }).documents;
  if (!Array.isArray(documents)) return { error: `${file}: no "documents" list` };
  for (const [d, doc] of documents.entries()) {
    const people = (doc as { people?: unknown }).people;
    if (typeof (doc as { source?: unknown }).source !== 'string' || !Array.isArray(people)) return { error: `${file}: document ${d + 1} needs "source" and a "people" list` };
    for (const [n, person] of people.entries()) {
      const p = person as { name?: unknown; forms?: unknown };
      if (typeof p.name !== 'string' || !Array.isArray(p.forms)) {
        return { error: `${file}: document ${d + 1}, person ${n + 1} has no "name" and "forms": not a gold list of people (hand-checks 1 and 2 judge one past run's entries and are not scored by --people-gold)` };
      }
    }
  }
  return documents as PeopleGoldDocument[];
}

export type PeopleVerdict = 'right' | 'duplicate' | 'wrong' | 'missed';

export interface PeopleGoldScore {
  documents: number;
  counts: Counts;
  /** Duplicates and wrong entries among the false positives. */
  duplicates: number;
  /** Every entry and every missed gold person, for --errors. */
  verdicts: { source: string; name: string; verdict: PeopleVerdict }[];
}

/** A name as compared here: its words' keys, "@" of a handle dropped, one space between. */
export function nameKey(name: string): string {
  return name
    .replace(/^@/, '')
    .split(/\s+/)
    .filter(Boolean)
    .map(nameWordKey)
    .join(' ');
}

/** Judges one document's entries against its gold people. */
export function judgePeople(people: Pick<Person, 'name'>[], gold: GoldPerson[]): { name: string; verdict: PeopleVerdict }[] {
  const byForm = new Map<string, number>();
  gold.forEach((g, k) => [g.name, ...g.forms].forEach((f) => byForm.set(nameKey(f), k)));
  const matched = new Set<number>();
  const out: { name: string; verdict: PeopleVerdict }[] = [];
  for (const p of people) {
    const k = byForm.get(nameKey(p.name));
    if (k === undefined) out.push({ name: p.name, verdict: 'wrong' });
    else if (matched.has(k)) out.push({ name: p.name, verdict: 'duplicate' });
    else {
      matched.add(k);
      out.push({ name: p.name, verdict: 'right' });
    }
  }
  gold.forEach((g, k) => {
    if (!matched.has(k)) out.push({ name: g.name, verdict: 'missed' });
  });
  return out;
}

export function scorePeopleGold(docs: PeopleGoldDocument[], corpora: string, peopleOf: (text: string) => Pick<Person, 'name'>[], limit?: number): PeopleGoldScore {
  const score: PeopleGoldScore = { documents: 0, counts: { tp: 0, fp: 0, fn: 0 }, duplicates: 0, verdicts: [] };
  for (const doc of docs.slice(0, limit ?? docs.length)) {
    const text = readFileSync(path.join(corpora, doc.source), 'utf8');
    score.documents++;
    for (const v of judgePeople(peopleOf(text), doc.people)) {
      score.verdicts.push({ source: doc.source, ...v });
      if (v.verdict === 'right') score.counts.tp++;
      else if (v.verdict === 'missed') score.counts.fn++;
      else {
        score.counts.fp++;
        if (v.verdict === 'duplicate') score.duplicates++;
      }
    }
  }
  return score;
}
