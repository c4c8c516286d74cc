// --summary across stories: one entry per person, however each story wrote the name. Within a
// story the people extractor already joins "Reagan" to "Ronald Reagan"; across stories a folder
// still shows "Donald Trump", "Donald J. Trump" and, from stories that never give the full name,
// "Trump" as three people.
import { nameWordKey } from '../name-words.js';

/** A name's count across stories: the ordinals of the stories it is in, and how often it occurs. */
export interface NameTally {
  documents: number[];
  occurrences: number;
}

/** One person across stories: the name shown, every spelling joined under it, and the counts. */
export interface MergedName {
  name: string;
  variants: string[];
  documents: number;
  occurrences: number;
}

/**
 * A surname used alone joins the full name with that surname when at least this share of the
 * stories naming someone with that surname in full name that one. "Obama" joins Barack Obama
 * when Michelle Obama is in few stories; "Clinton" stays apart when Bill Clinton is in one story
 * of six and Hillary Clinton in the rest.
 */
export const SURNAME_SHARE = 0.9;

interface Group {
  names: string[];
  documents: Set<number>;
  occurrences: number;
  /** Joined into another group. */
  joined: boolean;
}

const isNameWord = (w: string) => /^\p{Lu}/u.test(w);

/**
 * The middle of a full name as initials: "J." and "John" both give "j", "H.W." gives "hw".
 * Two spellings with the same first word, last word and initials are one person.
 */
function middleInitials(middle: string[]): string {
  return middle.map((w) => (/^(\p{L}\.)+$/u.test(w) ? w.replace(/\./g, '') : w[0])).map(nameWordKey).join('');
}

/**
 * Joins spellings of one person across stories:
 * - full names with the same first and last word, when the middles they give agree: "Donald
 *   Trump" and "Donald J. Trump", "Hillary Clinton" and "Hillary Rodham Clinton" (but "George
 *   Bush" stays apart from both "George W. Bush" and "George H.W. Bush");
 * - a surname alone, with the full name that most stories with that surname name (SURNAME_SHARE).
 * Entries that are not capitalised words ("the spokesman", "(number)") are left as they are.
 * The name shown is the spelling in most stories, a full name before a surname alone.
 */
export function mergeNameVariants(tallies: Map<string, NameTally>): MergedName[] {
  const groups: Group[] = [];
  const newGroup = (name: string, t: NameTally): Group => {
    const g = { names: [name], documents: new Set(t.documents), occurrences: t.occurrences, joined: false };
    groups.push(g);
    return g;
  };
  const join = (into: Group, from: Group) => {
    into.names.push(...from.names);
    for (const d of from.documents) into.documents.add(d);
    into.occurrences += from.occurrences;
    from.joined = true;
  };

  // Full names by first and last word, then by middle initials ('' for none).
  const byEnds = new Map<string, Map<string, Group>>();
  const surnamesAlone: [string, NameTally][] = [];
  for (const [name, t] of tallies) {
    const words = name.split(/\s+/);
    if (!words.every(isNameWord)) {
      newGroup(name, t);
      continue;
    }
    if (words.length === 1) {
      surnamesAlone.push([name, t]);
      continue;
    }
    const ends = `${nameWordKey(words[0])} ${nameWordKey(words[words.length - 1])}`;
    const middles = byEnds.get(ends) ?? new Map<string, Group>();
    byEnds.set(ends, middles);
    const initials = middleInitials(words.slice(1, -1));
    const same = middles.get(initials);
    if (same) join(same, newGroup(name, t));
    else middles.set(initials, newGroup(name, t));
  }
  // "Donald Trump" with "Donald J. Trump": one middle given, so both are one person.
  for (const middles of byEnds.values()) {
    const bare = middles.get('');
    const given = [...middles.entries()].filter(([initials]) => initials !== '');
    if (bare && given.length === 1) join(given[0][1], bare);
  }

  const bySurname = new Map<string, Group[]>();
  for (const g of groups) {
    const words = g.names[0].split(/\s+/);
    if (g.joined || words.length < 2 || !words.every(isNameWord)) continue;
    const key = nameWordKey(words[words.length - 1]);
    const same = bySurname.get(key);
    if (same) same.push(g);
    else bySurname.set(key, [g]);
  }
  for (const [name, t] of surnamesAlone) {
    const alone = newGroup(name, t);
    const full = bySurname.get(nameWordKey(name)) ?? [];
    const total = full.reduce((n, g) => n + g.documents.size, 0);
    const most = full.reduce<Group | null>((best, g) => (!best || g.documents.size > best.documents.size ? g : best), null);
    if (most && most.documents.size >= SURNAME_SHARE * total) join(most, alone);
  }

  return groups.filter((g) => !g.joined).map((g) => ({
    name: shownName(g.names, tallies),
    variants: g.names.slice().sort(),
    documents: g.documents.size,
    occurrences: g.occurrences,
  }));
}

function shownName(names: string[], tallies: Map<string, NameTally>): string {
  const words = (n: string) => (n.split(/\s+/).length > 1 ? 1 : 0);
  return names.slice().sort((a, b) =>
    words(b) - words(a) ||
    tallies.get(b)!.documents.length - tallies.get(a)!.documents.length ||
    tallies.get(b)!.occurrences - tallies.get(a)!.occurrences ||
    (a < b ? -1 : a > b ? 1 : 0))[0];
}
