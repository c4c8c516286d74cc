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
// Each candidate is then tried only at the starts whose first terms can begin a match (see
// "Trying a pattern at each start" below), with compromise's own matcher.
// The tags (in the order set), offsets and words of all 19,043 Reuters stories and the 840
// PolNeAR training texts are the same both ways; test/compromise-sweep.test.ts checks the
// fixtures, a made-up net of candidates and a net of each shape of pattern.

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
  /** Set when a need, a want or an ifNo is no hook (never so in a net compromise builds): tested as text. */
  byText: boolean;
  /** The hooks that bring the pattern, by rank ascending, and its place in each hook's list. */
  hookRanks: number[];
  hookPlaces: number[];
  // The pattern's own filter fields, copied: compromise's pattern objects come in many shapes.
  minWords: number;
  minWant: number;
  ifNo: Int32Array | null;
  /** Its place among the sentence's candidates, set while sorting them. */
  orderKey: number;
}

/** A net's hooks by rank (their `Object.keys` order). */
interface RankedHooks {
  rankOf: Map<string, number>;
  /** The ranks of the tag hooks ('#Noun') by tag, and of the switch hooks ('%Noun|Verb%') by switch. */
  tagRank: Map<string, number>;
  switchRank: Map<string, number>;
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
      const ifNo = pattern.ifNo === undefined ? null : ranksOf(pattern.ifNo);
      const byText = needs.includes(-1) || wants.includes(-1) || (ifNo?.includes(-1) ?? false);
      const entry: RankedPattern = { pattern, id, needs, wants, byText, hookRanks: [rank], hookPlaces: [place], minWords: pattern.minWords, minWant: pattern.minWant, ifNo, orderKey: 0 };
      byId[id] ??= entry;
      return entry;
    }),
  );
  const tagRank = new Map<string, number>();
  const switchRank = new Map<string, number>();
  keys.forEach((key, rank) => {
    if (key.startsWith('#')) tagRank.set(key.slice(1), rank);
    else if (key.length > 1 && key.startsWith('%') && key.endsWith('%')) switchRank.set(key.slice(1, -1), rank);
  });
  ranked = {
    rankOf,
    tagRank,
    switchRank,
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

/** Whether the hook of this rank is in the bitset. */
function hasRank(present: Uint32Array, rank: number): boolean {
  return (present[rank >> 5] & (1 << (rank & 31))) !== 0;
}

/** compromise's own filters (sweep/02-trim-down.js and the sentence-length test) in one pass. */
function fits(p: RankedPattern, present: Uint32Array, sentenceText: () => Set<string>, words: number): boolean {
  if (words < p.minWords) return false;
  if (p.byText) return fitsByText(p.pattern, sentenceText());
  const { needs, wants, ifNo } = p;
  for (let k = 0; k < needs.length; k++) if (!hasRank(present, needs[k])) return false;
  if (ifNo !== null) for (let k = 0; k < ifNo.length; k++) if (hasRank(present, ifNo[k])) return false;
  if (wants.length > 0) {
    let found = 0;
    for (let k = 0; k < wants.length; k++) if (hasRank(present, wants[k])) found++;
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
    if (hasRank(present, rank)) return rank * 0x10000 + p.hookPlaces[k];
  }
  return Infinity;
}

/**
 * Sets the bits of the hooks a sentence has and lists their ranks: the words and tags compromise's
 * `cacheDoc` (cache/methods/cacheDoc.js) collects, looked up from the terms without building its
 * set of strings ('#' + every tag of every term), which was 2% of a parse.
 */
function markHooks(ranked: RankedHooks, terms: SweepTerm[], ranks: number[]): void {
  const { present, rankOf } = ranked;
  const mark = (rank: number | undefined) => {
    if (rank === undefined || hasRank(present, rank)) return;
    present[rank >> 5] |= 1 << (rank & 31);
    ranks.push(rank);
  };
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (t.normal !== '') mark(rankOf.get(t.normal));
    if (t.switch) mark(ranked.switchRank.get(t.switch));
    if (t.implicit) mark(rankOf.get(t.implicit));
    if (t.machine) mark(rankOf.get(t.machine));
    if (t.root) mark(rankOf.get(t.root));
    if (t.alias) for (const alias of t.alias) mark(rankOf.get(alias));
    for (const tag of t.tags) mark(ranked.tagRank.get(tag));
  }
}

/** The patterns worth trying on one sentence, in compromise's order. */
function candidates(ranked: RankedHooks, terms: SweepTerm[], sentenceText: () => Set<string>, always: SweepPattern[]): SweepPattern[] {
  const { present } = ranked;
  const words = terms.length;
  present.fill(0);
  const ranks: number[] = [];
  markHooks(ranked, terms, ranks);
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
        if (!fits(p, present, sentenceText, words)) continue;
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
        if (fits(p, present, sentenceText, words)) out.push(p.pattern);
      }
    }
    if (++ranked.sentences === TRIGGER_AFTER && ranked.unique) ranked.triggers = fileByTrigger(ranked, ranked.unique);
  }
  for (const p of always) if (words >= p.minWords) out.push(p);
  return out;
}

// Trying a pattern at each start. compromise's `match` (match/index.js) copies the rest of the
// sentence (`terms.slice(i)`) and sets up a match state at every start, although most patterns
// begin with a word, a tag or a block of them that the term there does not have: that was 20% of
// a parse (a profile of 1,000 Reuters stories). For such a pattern the first term (and the
// second, when the first step takes one term and the second is plain) is tested here, and
// compromise's matcher runs only where they pass, on the rest of the sentence with the first
// step anchored (`^`), which is how compromise itself runs a pattern that begins with `^`. What
// compromise does after its loop is done here in its order, on the same matches: going on past a
// match, `notIf`, the group, the term ids. (Its `$` check is made in the anchored run: only a
// pattern whose last step must take a term comes here, and such a match ends at the end or fails.)
// The parse takes 0.85-0.88 of the CPU it took with compromise's loop (2,000 Reuters stories,
// 8 rounds each way in one process).

interface SweepTerm {
  id: unknown;
  text: string;
  normal: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  switch?: string;
  tags: Set<string>;
}

interface SweepReg {
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  pos?: string;
  switch?: string;
  choices?: SweepReg[][];
  operator?: string;
  start?: boolean;
  end?: boolean;
  optional?: boolean;
  negative?: boolean;
}

interface MatchTodo {
  regs: SweepReg[];
  group?: string | number;
  justOne?: boolean;
  notIf?: SweepReg[];
}

interface MatchFound {
  ptrs: number[][];
  byGroup: Record<string, number[][]>;
}

type TermTest = (term: SweepTerm) => boolean;

/** How a pattern is tried: at the starts its first term passes. */
interface StartPlan {
  firstTerm: TermTest;
  /** When the first step takes exactly one term: a test the next term must pass, if the second step is plain. */
  secondTerm: TermTest | null;
  /** The pattern with its first step anchored, and no group or notIf: the whole match and its groups come back. */
  anchored: MatchTodo;
  group: string | undefined;
  notIf: MatchTodo | null;
  /** Steps that must each take a term (compromise's `minLength`): no match starts closer to the end. */
  minLength: number;
}

// A first step tested here matches one word, tag, switch or set of words (`greedy`: then the
// terms after it), or is a block of such steps. With any other key (optional, negative, a method,
// a regex, `.`) the pattern is left to compromise.
const PLAIN_KEYS = new Set(['word', 'tag', 'fastOr', 'operator', 'pos', 'switch', 'group', 'groupStart', 'groupEnd', 'greedy', 'min', 'max']);
const BLOCK_KEYS = new Set(['choices', 'operator', 'group', 'groupStart', 'groupEnd', 'greedy']);

const onlyKeys = (reg: SweepReg, keys: Set<string>) => Object.entries(reg).every(([key, value]) => value === undefined || value === false || keys.has(key));

/** compromise's test of one term against one plain step (match/term/doesMatch.js), or null. */
function plainTermTest(reg: SweepReg): TermTest | null {
  if (!onlyKeys(reg, PLAIN_KEYS)) return null;
  const { word, tag, fastOr, pos } = reg;
  const kinds = Number(word !== undefined) + Number(tag !== undefined) + Number(fastOr !== undefined) + Number(reg.switch !== undefined);
  if (kinds !== 1 || (reg.operator !== undefined && fastOr === undefined)) return null;
  if (word !== undefined) return (t) => (t.machine !== null && t.machine === word) || (t.alias !== undefined && t.alias.some((a) => a === word)) || word === t.text || word === t.normal;
  if (tag !== undefined) return (t) => t.tags.has(tag);
  if (fastOr !== undefined) {
    return (t) => {
      if (pos && !t.tags.has(pos)) return false;
      const form = t.root || t.implicit || t.machine || t.normal;
      return fastOr.has(form) || fastOr.has(t.text);
    };
  }
  const wanted = reg.switch;
  return (t) => t.switch === wanted;
}

/** A test the first term must pass for the pattern to match there, or null when there is none here. */
function firstTermTest(reg: SweepReg): TermTest | null {
  if (reg.choices === undefined) return plainTermTest(reg);
  // A block: '(a b|c)' needs one choice's first step on the term, '(#Noun && foo)' every choice's.
  // A choice that begins with `^` is no plain step (it is tested by position, and the position
  // changes once the sentence is cut), so such a block stays with compromise.
  if (!onlyKeys(reg, BLOCK_KEYS) || reg.choices.some((c) => !Array.isArray(c) || c.length === 0)) return null;
  const firsts = reg.choices.map((c) => plainTermTest(c[0]));
  if (reg.operator === 'or') {
    if (firsts.some((f) => f === null)) return null;
    const tests = firsts as TermTest[];
    return (t) => tests.some((f) => f(t));
  }
  if (reg.operator === 'and') {
    const tests = firsts.filter((f): f is TermTest => f !== null);
    return tests.length === 0 ? null : (t) => tests.every((f) => f(t));
  }
  return null;
}

const startPlans = new WeakMap<object, StartPlan | null>();

function startPlan(pattern: MatchTodo): StartPlan | null {
  let plan = startPlans.get(pattern);
  if (plan !== undefined) return plan;
  plan = null;
  const { regs, notIf } = pattern;
  const last = regs?.[regs.length - 1];
  // A last step with `$` that may take no term lets compromise's loop find matches its `$` check
  // then drops, and skip past them: only its own loop gives the same matches.
  const usable = last !== undefined && regs[0].start !== true && pattern.justOne !== true && !(last.end === true && (last.optional === true || last.negative === true)) && (notIf === undefined || (Array.isArray(notIf) && notIf.length > 0 && notIf[notIf.length - 1].end !== true));
  const firstTerm = usable ? firstTermTest(regs[0]) : null;
  if (firstTerm) {
    // A first step of one plain word or tag takes one term (two for a contraction, tested there).
    const oneTerm = regs[0].choices === undefined && (regs[0] as { greedy?: boolean }).greedy !== true;
    plan = {
      firstTerm,
      secondTerm: oneTerm && regs.length > 1 ? plainTermTest(regs[1]) : null,
      anchored: { regs: [{ ...regs[0], start: true }, ...regs.slice(1)] },
      group: pattern.group === undefined ? undefined : String(pattern.group),
      notIf: notIf === undefined ? null : { regs: notIf },
      minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length,
    };
  }
  startPlans.set(pattern, plan);
  return plan;
}

/**
 * compromise's `match` of one pattern on one sentence (match/index.js), pointers and all, trying
 * only the starts whose term passes the plan's first test.
 */
function matchFromTestedStarts(terms: SweepTerm[], plan: StartPlan, match: (docs: unknown[][], todo: MatchTodo) => MatchFound): MatchResult {
  const ptrs: number[][] = [];
  for (let i = 0; i < terms.length; i++) {
    if (terms.length - i < plan.minLength) break;
    if (!plan.firstTerm(terms[i])) continue;
    // "we've" is [we, have]: a step that matches 'we' takes both (steps/contraction-skip.js).
    // (A second step counts in minLength, so there is a next term.)
    if (plan.secondTerm !== null && !terms[i].implicit && !plan.secondTerm(terms[i + 1])) continue;
    const at = i;
    const found = match([terms.slice(at)], plan.anchored);
    if (found.ptrs.length === 0) continue;
    const whole = found.ptrs[0];
    const end = whole[2] + at;
    // Go on after the match, as compromise does before its checks.
    if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
    if (plan.notIf !== null && match([terms.slice(at, end)], plan.notIf).ptrs.length > 0) continue;
    const picked = plan.group === undefined ? whole : found.byGroup[plan.group]?.[0];
    if (picked === undefined) continue;
    const from = picked[1] + at;
    const to = picked[2] + at;
    ptrs.push([0, from, to, terms[from].id as number, terms[to - 1].id as number]);
  }
  return { ptrs };
}

/** compromise's bulkMatch with the candidate selection above, and the matching at plain starts. */
export function bulkMatch(document: unknown[][], net: SweepNet, methods: SweepMethods, opts: { matchOne?: boolean } = {}): unknown[] {
  const ranked = rankHooks(net);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n++) {
    // compromise's set of the sentence's words and tags, made only for a pattern that needs a word
    // no hook brings (none in compromise's own net).
    let text: Set<string> | null = null;
    const sentenceText = () => (text ??= methods.one.cacheDoc([document[n]])[0]);
    for (const pattern of candidates(ranked, document[n] as SweepTerm[], sentenceText, net.always)) {
      const plan = startPlan(pattern as unknown as MatchTodo);
      const found = plan ? matchFromTestedStarts(document[n] as SweepTerm[], plan, methods.one.match as unknown as (docs: unknown[][], todo: MatchTodo) => MatchFound) : methods.one.match([document[n]], pattern);
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
