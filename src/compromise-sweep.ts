// compromise's bulk matcher (`methods.one.bulkMatch`, which runs its post-tagger's 570 patterns
// over every sentence), giving the same matches in the same order for less work.
//
// compromise picks each sentence's candidate patterns by testing every one of its 730 hook
// words and tags against the sentence (`Object.keys(hooks).forEach(k => cache.has(k))`), growing
// the list with `concat`, then filters the list three times. On Reuters stories that selection,
// not the matching, was 36% of a parse's CPU (a profile of 1,000 stories with compromise's
// sources). Here the sentence's own words and tags (a dozen or two) are looked up in the hooks
// instead, and the filters run in one pass over a bitset of the hooks present. Once 500
// sentences have been seen, each pattern is filed under its rarest need only (59 patterns
// tested per sentence instead of 235), and the few that pass are sorted into compromise's order.
//
// Same result, by construction: compromise orders a sentence's candidates by the first hook (in
// `Object.keys` order) that is present in the sentence and brings them, and keeps the first of
// two with the same pattern text; that is what the ranks, places and stamps below reproduce.
// The tags (in the order set), offsets and words of all 19,043 Reuters stories and the 840
// PolNeAR training texts are the same both ways, in 0.61 of compromise's parse time;
// test/compromise-sweep.test.ts checks the fixtures and a made-up net.

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
  /** The hooks that bring the pattern, by rank ascending, and its place in each hook's list. */
  hookRanks: number[];
  hookPlaces: number[];
  // The pattern's own filter fields, copied: compromise's pattern objects come in many shapes.
  minWords: number;
  minWant: number;
  ifNo: string[] | null;
  /** Its place among the sentence's candidates, set while sorting them. */
  orderKey: number;
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
  /**
   * Each pattern once, under the one hook that must be present for it to be worth testing: its
   * rarest need, or each of its hooks when it has no needs. Null while the rarity of the hooks is
   * still being counted, and for a net with two patterns of one text (compromise's has none).
   */
  triggers: RankedPattern[][] | null;
  /** How many sentences each hook was present in, over the first TRIGGER_AFTER sentences. */
  presentCount: Uint32Array;
  sentences: number;
  /** A pattern of each text (null when a text has two patterns). */
  unique: RankedPattern[] | null;
}

/** Sentences counted before the patterns are filed under their rarest need. */
const TRIGGER_AFTER = 500;

const rankedNets = new WeakMap<SweepNet, RankedHooks>();

function rankHooks(net: SweepNet): RankedHooks {
  let ranked = rankedNets.get(net);
  if (ranked) return ranked;
  const keys = Object.keys(net.hooks);
  const rankOf = new Map(keys.map((key, rank) => [key, rank]));
  const idOf = new Map<string, number>();
  const ranksOf = (words: string[]) => Int32Array.from(words, (w) => rankOf.get(w) ?? -1);
  const byId: RankedPattern[] = [];
  let unique = true;
  const patterns = keys.map((key, rank) =>
    net.hooks[key].map((pattern, place): RankedPattern => {
      let id = idOf.get(pattern.match);
      if (id === undefined) idOf.set(pattern.match, (id = idOf.size));
      const known = byId[id];
      if (known && known.pattern !== pattern) unique = false;
      if (known && known.pattern === pattern) {
        known.hookRanks.push(rank);
        known.hookPlaces.push(place);
        return known;
      }
      const needs = ranksOf(pattern.needs);
      const wants = ranksOf(pattern.wants);
      const entry: RankedPattern = { pattern, id, needs, wants, byText: needs.includes(-1) || wants.includes(-1), hookRanks: [rank], hookPlaces: [place], minWords: pattern.minWords, minWant: pattern.minWant, ifNo: pattern.ifNo ?? null, orderKey: 0 };
      byId[id] ??= entry;
      return entry;
    }),
  );
  ranked = {
    rankOf,
    patterns,
    present: new Uint32Array((keys.length >> 5) + 1),
    takenIn: new Int32Array(idOf.size),
    stamp: 0,
    triggers: null,
    presentCount: new Uint32Array(keys.length),
    sentences: 0,
    unique: unique ? byId : null,
  };
  rankedNets.set(net, ranked);
  return ranked;
}

/** compromise's own filters (sweep/02-trim-down.js and the sentence-length test) in one pass. */
function fits(p: RankedPattern, present: Uint32Array, have: Set<string>, words: number): boolean {
  if (words < p.minWords) return false;
  if (p.byText) return fitsByText(p.pattern, have);
  const { needs, wants, ifNo } = p;
  for (let k = 0; k < needs.length; k++) if ((present[needs[k] >> 5] & (1 << (needs[k] & 31))) === 0) return false;
  if (ifNo !== null) for (let k = 0; k < ifNo.length; k++) if (have.has(ifNo[k])) return false;
  if (wants.length > 0) {
    let found = 0;
    for (let k = 0; k < wants.length; k++) if ((present[wants[k] >> 5] & (1 << (wants[k] & 31))) !== 0) found++;
    if (found < p.minWant) return false;
  }
  return true;
}

/** The same filters with the words looked up as text (sweep/02-trim-down.js, as compromise has them). */
function fitsByText(pattern: SweepPattern, have: Set<string>): boolean {
  if (!pattern.needs.every((need) => have.has(need))) return false;
  if (pattern.ifNo !== undefined && pattern.ifNo.some((no) => have.has(no))) return false;
  return pattern.wants.length === 0 || pattern.wants.filter((want) => have.has(want)).length >= pattern.minWant;
}

/** Files each pattern under its rarest need (by the sentences counted so far), else under each of its hooks. */
function fileByTrigger(ranked: RankedHooks, unique: RankedPattern[]): RankedPattern[][] {
  const triggers: RankedPattern[][] = ranked.patterns.map(() => []);
  for (const p of unique) {
    if (p.byText || p.needs.length === 0) {
      for (const rank of p.hookRanks) triggers[rank].push(p);
      continue;
    }
    let rarest = p.needs[0];
    for (const rank of p.needs) if (ranked.presentCount[rank] < ranked.presentCount[rarest]) rarest = rank;
    triggers[rarest].push(p);
  }
  return triggers;
}

/** Where compromise puts a pattern among a sentence's candidates: its first present hook, and its place there. */
function orderKey(p: RankedPattern, present: Uint32Array): number {
  for (let k = 0; k < p.hookRanks.length; k++) {
    const rank = p.hookRanks[k];
    if ((present[rank >> 5] & (1 << (rank & 31))) !== 0) return rank * 0x10000 + p.hookPlaces[k];
  }
  return Infinity;
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
  // Stamps count up across sentences; a fresh array when they would overflow.
  if (ranked.stamp === 0x7fffffff) {
    ranked.takenIn.fill(0);
    ranked.stamp = 0;
  }
  const stamp = ++ranked.stamp;
  let out: SweepPattern[];
  if (ranked.triggers) {
    // Only patterns whose trigger is present can fit; those that fit and that one of their own
    // hooks brings (in compromise's nets a need is always a hook) go in compromise's order.
    let fitting: RankedPattern[] = [];
    for (const rank of ranks) {
      const filed = ranked.triggers[rank];
      for (let j = 0; j < filed.length; j++) {
        const p = filed[j];
        if (ranked.takenIn[p.id] === stamp) continue;
        ranked.takenIn[p.id] = stamp;
        if (!fits(p, present, have, words)) continue;
        p.orderKey = orderKey(p, present);
        if (p.orderKey !== Infinity) fitting.push(p);
      }
    }
    if (fitting.length > 1) fitting = fitting.sort((a, b) => a.orderKey - b.orderKey);
    out = fitting.map((p) => p.pattern);
  } else {
    ranks.sort((a, b) => a - b);
    out = [];
    for (const rank of ranks) {
      ranked.presentCount[rank]++;
      for (const p of ranked.patterns[rank]) {
        // The first pattern of a text is kept or dropped; a later one of the same text is never tried.
        if (ranked.takenIn[p.id] === stamp) continue;
        ranked.takenIn[p.id] = stamp;
        if (fits(p, present, have, words)) out.push(p.pattern);
      }
    }
    if (++ranked.sentences === TRIGGER_AFTER && ranked.unique) ranked.triggers = fileByTrigger(ranked, ranked.unique);
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
