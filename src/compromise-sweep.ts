// compromise's bulk matcher (`methods.one.bulkMatch`, which runs its post-tagger's 570 patterns
// over every sentence), giving the same matches in the same order for less work.
//
// compromise picks each sentence's candidate patterns by testing every one of its 730 hook
// words and tags against the sentence (`Object.keys(hooks).forEach(k => cache.has(k))`), growing
// the list with `concat`, then filters the list three times. On Reuters stories that selection,
// not the matching, was 36% of a parse's CPU (a profile of 1,000 stories with compromise's
// sources). Here the sentence's own words and tags (a few dozen) are looked up in the hooks
// instead, and every filter runs in one pass.
//
// Same result, by construction: compromise orders a sentence's candidates by the first hook (in
// `Object.keys` order) that is present in the sentence and brings them, and keeps the first of
// two with the same pattern text; that is what the ranks and stamps below reproduce. The tags
// and offsets of 5,000 Reuters stories and the PolNeAR training texts are the same both ways
// (test/compromise-sweep.test.ts checks a sample).

interface SweepPattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

interface SweepNet {
  hooks: Record<string, SweepPattern[]>;
  always: SweepPattern[];
}

interface MatchResult {
  ptrs: number[][];
}

interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(docs: unknown[][], pattern: SweepPattern): MatchResult;
    bulkMatch: BulkMatch;
  };
}

export type BulkMatch = (document: unknown[][], net: SweepNet, methods: SweepMethods, opts?: { matchOne?: boolean }) => unknown[];

/** A pattern with its needs and wants as hook ranks: a sentence's hooks are a bitset of ranks. */
interface RankedPattern {
  pattern: SweepPattern;
  /** The number of the pattern's text (two patterns of one text share it). */
  id: number;
  needs: Int32Array;
  wants: Int32Array;
  /** Set when a need or a want is no hook (never so in a net compromise builds): tested as text. */
  byText: boolean;
}

/** A net's hooks by rank (their `Object.keys` order). */
interface RankedHooks {
  rankOf: Map<string, number>;
  patterns: RankedPattern[][];
  /** The hooks present in the sentence at hand, a bit per rank. */
  present: Uint32Array;
  /** Per pattern text, the last sentence that took it (a stamp instead of a fresh set per sentence). */
  takenIn: Int32Array;
  stamp: number;
}

const rankedNets = new WeakMap<SweepNet, RankedHooks>();

function rankHooks(net: SweepNet): RankedHooks {
  let ranked = rankedNets.get(net);
  if (ranked) return ranked;
  const keys = Object.keys(net.hooks);
  const rankOf = new Map(keys.map((key, rank) => [key, rank]));
  const idOf = new Map<string, number>();
  const ranksOf = (words: string[]) => Int32Array.from(words, (w) => rankOf.get(w) ?? -1);
  const patterns = keys.map((key) =>
    net.hooks[key].map((pattern): RankedPattern => {
      let id = idOf.get(pattern.match);
      if (id === undefined) idOf.set(pattern.match, (id = idOf.size));
      const needs = ranksOf(pattern.needs);
      const wants = ranksOf(pattern.wants);
      return { pattern, id, needs, wants, byText: needs.includes(-1) || wants.includes(-1) };
    }),
  );
  ranked = { rankOf, patterns, present: new Uint32Array((keys.length >> 5) + 1), takenIn: new Int32Array(idOf.size), stamp: 0 };
  rankedNets.set(net, ranked);
  return ranked;
}

/** compromise's own filters (sweep/02-trim-down.js and the sentence-length test) in one pass. */
function fits(p: RankedPattern, present: Uint32Array, have: Set<string>, words: number): boolean {
  const { pattern } = p;
  if (words < pattern.minWords) return false;
  if (p.byText) {
    if (!pattern.needs.every((need) => have.has(need))) return false;
  } else {
    for (const rank of p.needs) if ((present[rank >> 5] & (1 << (rank & 31))) === 0) return false;
  }
  if (pattern.ifNo !== undefined) for (const no of pattern.ifNo) if (have.has(no)) return false;
  if (pattern.wants.length > 0) {
    let found = 0;
    if (p.byText) found = pattern.wants.filter((want) => have.has(want)).length;
    else for (const rank of p.wants) if ((present[rank >> 5] & (1 << (rank & 31))) !== 0) found++;
    if (found < pattern.minWant) return false;
  }
  return true;
}

/** The patterns worth trying on one sentence, in compromise's order. */
function candidates(ranked: RankedHooks, have: Set<string>, words: number, always: SweepPattern[]): SweepPattern[] {
  const { present } = ranked;
  present.fill(0);
  const ranks: number[] = [];
  for (const item of have) {
    const rank = ranked.rankOf.get(item);
    if (rank === undefined) continue;
    ranks.push(rank);
    present[rank >> 5] |= 1 << (rank & 31);
  }
  ranks.sort((a, b) => a - b);
  // Stamps count up across sentences; a fresh array when they would overflow.
  if (ranked.stamp === 0x7fffffff) {
    ranked.takenIn.fill(0);
    ranked.stamp = 0;
  }
  const stamp = ++ranked.stamp;
  const out: SweepPattern[] = [];
  for (const rank of ranks) {
    for (const p of ranked.patterns[rank]) {
      // The first pattern of a text is kept or dropped; a later one of the same text is never tried.
      if (ranked.takenIn[p.id] === stamp) continue;
      ranked.takenIn[p.id] = stamp;
      if (fits(p, present, have, words)) out.push(p.pattern);
    }
  }
  for (const p of always) if (words >= p.minWords) out.push(p);
  return out;
}

/** compromise's bulkMatch with the candidate selection above; matching is compromise's own. */
export function bulkMatch(document: unknown[][], net: SweepNet, methods: SweepMethods, opts: { matchOne?: boolean } = {}): unknown[] {
  const ranked = rankHooks(net);
  const caches = methods.one.cacheDoc(document);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const pattern of candidates(ranked, caches[n], document[n].length, net.always)) {
      const found = methods.one.match([document[n]], pattern);
      if (found.ptrs.length === 0) continue;
      for (const ptr of found.ptrs) {
        ptr[0] = n;
        results.push({ ...pattern, pointer: ptr });
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

// compromise's own bulkMatch, kept when ours takes its place: tests compare the two.
const replaced = new WeakMap<SweepMethods, BulkMatch>();

/** Puts `bulkMatch` in place of compromise's in the world `nlp` parses with (once). */
export function useFastSweep(nlp: { world(): unknown }): void {
  const methods = (nlp.world() as { methods: SweepMethods }).methods;
  if (methods.one.bulkMatch === bulkMatch) return;
  replaced.set(methods, methods.one.bulkMatch);
  methods.one.bulkMatch = bulkMatch;
}

/** compromise's own bulkMatch in the world of `nlp` (whether or not ours replaced it). */
export function compromiseBulkMatch(nlp: { world(): unknown }): BulkMatch {
  const methods = (nlp.world() as { methods: SweepMethods }).methods;
  return replaced.get(methods) ?? methods.one.bulkMatch;
}
