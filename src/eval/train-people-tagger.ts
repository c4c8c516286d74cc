// `npm run train:people-tagger -- --conll ../shared/corpora/conll2003/eng.train`: trains the
// person-name tagger (src/people-tagger.ts) on the TUNE part of eng.train and writes its weights to
// src/models/people-tagger.json. Never reads the holdout part. Deterministic: documents are
// shuffled by a seeded generator, so the same data gives the same weights.
// With --dev, 20% of the tune documents (by the same hash as the split, another seed) are kept out
// of training and scored after every epoch: that is the number to choose epochs and pruning by.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { loadRules } from '../load-rules.js';
import { parseText } from '../parse.js';
import { findCountryMatches } from '../country-match.js';
import { isTitleWord } from '../titles.js';
import { personTaggerTokens } from '../extractors/people.js';
import { allFeatures, combineSpans, decode, previousLabel, scoreToken, TAGGER_LABELS, type PeopleTaggerModel, type Span, type TaggerLabel, type TaggerToken } from '../people-tagger.js';
import { readConll } from './conll.js';
import { inPart } from './split.js';

const SEED = 13;

const positive = (v: string) => {
  const n = Number(v);
  if (!(n >= 0)) throw new InvalidArgumentError('expected a number ≥ 0');
  return n;
};

const program = new Command('train-people-tagger')
  .requiredOption('--conll <file>', 'CoNLL-2003 eng.train (only its tune documents are read)')
  .option('--out <file>', 'where to write the weights', 'src/models/people-tagger.json')
  .option('--epochs <n>', 'passes over the training documents', positive, 8)
  .option('--prune <x>', 'drop features whose averaged weights are all below this in absolute value', positive, 0.05)
  .option('--keep-margin <x>', "a rule run the tagger drops stays when the tagger's margin against it is below this (src/people-tagger.ts combineSpans)", positive, 0)
  .option('--dev', 'keep 20% of the tune documents out of training and score them after each epoch; writes nothing', false)
  .parse();
const options = program.opts<{ conll: string; out: string; epochs: number; prune: number; keepMargin: number; dev: boolean }>();

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

interface Example {
  id: string;
  toks: TaggerToken[];
  ruleRuns: Span[];
  gold: TaggerLabel[];
  /** Gold person spans as token ranges "first:last". */
  goldSpans: Set<string>;
}

const rules = loadRules([], { peopleTagger: false });
const started = Date.now();
const docs = readConll(readFileSync(options.conll, 'utf8')).filter((d) => inPart(d.id, 'tune'));
const examples: Example[] = docs.map((doc) => {
  const parsed = parseText(doc.text);
  const countryAt = findCountryMatches(parsed, rules.countries, (t) => isTitleWord(t, rules));
  const { toks, ruleRuns } = personTaggerTokens(parsed, rules, countryAt);
  const goldSpans = new Set<string>();
  const labelAt = new Map<number, TaggerLabel>();
  for (const g of doc.people) {
    let first = -1;
    let last = -1;
    for (const t of parsed.tokens) {
      if (t.start < g.start || t.end > g.end) continue;
      if (first < 0) first = t.i;
      last = t.i + 1;
      labelAt.set(t.i, t.start === g.start ? 1 : 2);
    }
    if (first >= 0) goldSpans.add(`${first}:${last}`);
  }
  return { id: doc.id, toks, ruleRuns, gold: toks.map((t) => labelAt.get(t.i) ?? 0), goldSpans };
});
const isDev = (id: string) => options.dev && fnv(`dev:${id}`) % 100 < 20;
const train = examples.filter((e) => !isDev(e.id));
const dev = examples.filter((e) => isDev(e.id));
console.error(`${examples.length} tune documents read (${train.length} train, ${dev.length} dev) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// Averaged perceptron with lazy averaging: `total` holds the sum of each weight over all updates so far.
const current: Record<string, number[]> = {};
const totals = new Map<string, number[]>();
const stamps = new Map<string, number>();
let step = 0;
const update = (feat: string, label: number, delta: number) => {
  let w = Object.hasOwn(current, feat) ? current[feat] : undefined;
  let tot = totals.get(feat);
  if (!w || !tot) {
    w = [0, 0, 0];
    tot = [0, 0, 0];
    current[feat] = w;
    totals.set(feat, tot);
    stamps.set(feat, step);
  }
  const since = step - stamps.get(feat)!;
  for (let k = 0; k < 3; k++) tot[k] += since * w[k];
  stamps.set(feat, step);
  w[label] += delta;
};
const averaged = (): Record<string, number[]> => {
  const out: Record<string, number[]> = {};
  for (const [feat, w] of Object.entries(current)) {
    const tot = totals.get(feat)!;
    const since = step - stamps.get(feat)!;
    out[feat] = w.map((x, k) => (tot[k] + since * x) / Math.max(step, 1));
  }
  return out;
};

function predictSpans(weights: Record<string, number[]>, e: Example, keepMargin: number): Set<string> {
  return new Set(combineSpans({ weights, keepMargin }, e.toks, e.ruleRuns).map(({ span }) => `${span.first}:${span.last}`));
}

function score(model: Record<string, number[]>, set: Example[], keepMargin = options.keepMargin): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of set) {
    const pred = predictSpans(model, e, keepMargin);
    for (const s of pred) (e.goldSpans.has(s) ? tp++ : fp++);
    for (const s of e.goldSpans) if (!pred.has(s)) fn++;
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`;
}

const random = mulberry32(SEED);
const order = train.map((_, n) => n);
for (let epoch = 1; epoch <= options.epochs; epoch++) {
  for (let n = order.length - 1; n > 0; n--) {
    const m = Math.floor(random() * (n + 1));
    [order[n], order[m]] = [order[m], order[n]];
  }
  let errors = 0;
  for (const n of order) {
    const e = train[n];
    let last: TaggerLabel = 0;
    e.toks.forEach((tok, k) => {
      step++;
      const prev = previousLabel(tok, last);
      const guess = decode(scoreToken(current, tok, prev), tok, prev);
      const gold = e.gold[k];
      if (guess !== gold) {
        errors++;
        for (const feat of allFeatures(tok, prev)) {
          update(feat, gold, 1);
          update(feat, guess, -1);
        }
      }
      last = guess;
    });
  }
  console.error(`epoch ${epoch}: ${errors} training errors${options.dev ? `; dev ${score(averaged(), dev)}` : ''}`);
}

const final = averaged();
const pruned: Record<string, number[]> = {};
for (const feat of Object.keys(final).sort()) {
  const w = final[feat].map((x) => Math.round(x * 100) / 100);
  if (w.some((x) => Math.abs(x) >= options.prune)) pruned[feat] = w.map((x) => (Object.is(x, -0) ? 0 : x));
}
console.error(`${Object.keys(final).length} features, ${Object.keys(pruned).length} kept after pruning at ${options.prune}`);
if (options.dev) {
  console.error(`dev, pruned weights: ${score(pruned, dev)}`);
  for (const m of [0, 1, 2, 5, 10, 20, 50, Infinity]) console.error(`  keep-margin ${m}: ${score(pruned, dev, m)}`);
} else {
  const model: PeopleTaggerModel = {
    description: 'Averaged perceptron for person names (src/people-tagger.ts): weights of O, B, I per feature. Data, not code: regenerate with the command below.',
    training: {
      command: `npm run train:people-tagger -- --conll ${options.conll} --epochs ${options.epochs} --prune ${options.prune} --keep-margin ${options.keepMargin}`,
      data: 'CoNLL-2003 eng.train, tune documents only (eval-splits/conll-eng-train.json)',
      documents: train.length,
      epochs: options.epochs,
      seed: SEED,
      prune: options.prune,
      keepMargin: options.keepMargin,
      features: Object.keys(pruned).length,
    },
    keepMargin: options.keepMargin,
    labels: [...TAGGER_LABELS],
    weights: pruned,
  };
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, JSON.stringify(model) + '\n');
  console.error(`written ${options.out}`);
}
