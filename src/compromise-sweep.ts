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

/** A net's hooks by rank (their `Object.keys` order), with a number for each distinct pattern text. */
interface RankedHooks {
  rankOf: Map<string, number>;
  patterns: SweepPattern[][];
  /** patternIds[rank][j]: the number of patterns[rank][j].match. */
  patternIds: Int32Array[];
  /** Per pattern number, the last sentence that took it (a stamp instead of a fresh set per sentence). */
  takenIn: Int32Array;
  stamp: number;
}

const rankedNets = new WeakMap<SweepNet, RankedHooks>();

function rankHooks(net: SweepNet): RankedHooks {
  let ranked = rankedNets.get(net);
  if (ranked) return ranked;
  const rankOf = new Map<string, number>();
  const idOf = new Map<string, number>();
  const patterns: SweepPattern[][] = [];
  const patternIds: Int32Array[] = [];
  for (const key of Object.keys(net.hooks)) {
    rankOf.set(key, patterns.length);
    const list = net.hooks[key];
    patterns.push(list);
    patternIds.push(Int32Array.from(list, (p) => {
      let id = idOf.get(p.match);
      if (id === undefined) idOf.set(p.match, (id = idOf.size));
      return id;
    }));
  }
  ranked = { rankOf, patterns, patternIds, takenIn: new Int32Array(idOf.size), stamp: 0 };
  rankedNets.set(net, ranked);
  return ranked;
}

/** compromise's own filters (sweep/02-trim-down.js and the sentence-length test) in one pass. */
function fits(p: SweepPattern, have: Set<string>, words: number): boolean {
  for (const need of p.needs) if (!have.has(need)) return false;
  if (p.ifNo !== undefined) for (const no of p.ifNo) if (have.has(no)) return false;
  if (p.wants.length > 0) {
    let found = 0;
    for (const want of p.wants) if (have.has(want)) found++;
    if (found < p.minWant) return false;
  }
  return words >= p.minWords;
}

/** The patterns worth trying on one sentence, in compromise's order. */
function candidates(ranked: RankedHooks, have: Set<string>, words: number, always: SweepPattern[]): SweepPattern[] {
  const ranks: number[] = [];
  for (const item of have) {
    const rank = ranked.rankOf.get(item);
    if (rank !== undefined) ranks.push(rank);
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
    const list = ranked.patterns[rank];
    const ids = ranked.patternIds[rank];
    for (let j = 0; j < list.length; j++) {
      // The first pattern of a text is kept or dropped; a later one of the same text is never tried.
      if (ranked.takenIn[ids[j]] === stamp) continue;
      ranked.takenIn[ids[j]] = stamp;
      if (fits(list[j], have, words)) out.push(list[j]);
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
