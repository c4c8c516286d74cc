// `npm run eval -- --conll FILE --brat DIR`: scores the public output against annotated corpora.
// Not part of the tests: the corpora are not in the repository and take minutes to run.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import Table from 'cli-table3';
import { compromiseOutOfTheBox } from '../packages.js';
import { extract } from '../extract.js';
import { loadRules } from '../load-rules.js';
import type { CountryLexicon } from '../country-data.js';
import type { Facts } from '../types.js';
import { addCounts, prf, type Counts } from './score.js';
import { countryNamed, readConll, scoreConll, type ConllScore } from './conll.js';
import { buildSplit, inPart, type SplitPart } from './split.js';
import { hardWrap } from './wrap.js';
import { checkNoise } from './figures-check.js';
import { readFiguresGold, scoreFiguresGold } from './figures-gold.js';
import { readPeopleGold, scorePeopleGold } from './people-gold.js';
import { QUANTITY_MODELS, readQuantitySpecs, scoreQuantities, sentencesInPart } from './quantities.js';
import { emptyBratScore, readAnnotations, scoreBratDocument, type BratScore } from './brat.js';

// The baselines are compromise as a user gets it: all three levels, its views and its chunker.
const nlp = compromiseOutOfTheBox();

interface Options {
  conll?: string;
  brat?: string;
  errors: number;
  json: string;
  limit?: number;
  baseline: boolean;
  split: SplitPart;
  writeSplits?: string;
  wrap?: number;
  reuters?: string;
  noise?: string;
  quantities?: string;
  figuresGold?: string;
  peopleGold?: string;
  corpora: string;
}

const positive = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
};

const program = new Command('eval')
  .description('Score wire-facts against annotated news (CoNLL-2003, PolNeAR brat standoff).')
  .option('--conll <file>', 'CoNLL-2003 file: PER mention and document-level country scores')
  .option('--brat <dir>', 'PolNeAR folder with text/ and attributions/: direct quotes and speakers')
  .option('--errors <n>', 'print the N worst misses of each kind with context', positive, 0)
  .option('--json <file>', 'where to write the JSON summary', 'eval-summary.json')
  .option('--limit <n>', 'score only the first N documents of each corpus', positive)
  .option('--baseline', 'score compromise out of the box instead of wire-facts', false)
  .option('--split <part>', 'tune (the ~80% rules are tuned on), holdout (the ~20% never read while tuning) or all', (v) => {
    if (v !== 'tune' && v !== 'holdout' && v !== 'all') throw new InvalidArgumentError('expected tune, holdout or all');
    return v;
  }, 'all')
  .option('--wrap <columns>', 'also score every text hard-wrapped at this many columns (spaces turned into newlines, offsets unchanged) and print both side by side', positive)
  .option('--reuters <dir>', 'wire archive check on the first 2,000 stories of a folder (by number): the share of direct quotes that start with a space or punctuation, i.e. paired across a wrapped line (use --limit for another count)')
  .option('--quantities <dir>', 'Microsoft Recognizers-Text English specs (CurrencyModel.json, …): figure value F1 and value + unit F1 per model file')
  .option('--figures-gold <file>', 'hand-annotated figures (eval-gold/figures.json): value F1 and value + unit F1')
  .option('--people-gold <file>', 'hand-listed people per story (eval-gold/people-handcheck-3.json): precision, recall, duplicates; every document, whatever --split')
  .option('--corpora <dir>', 'the corpora folder the --figures-gold and --people-gold texts are read from', '../shared/corpora')
  .option('--noise <dir>', 'count figure values with binary floating-point noise in a folder of stories (target 0)')
  .option('--write-splits <dir>', 'write the tune/holdout document lists of the given corpora to DIR (kept in eval-splits/)')
  .showHelpAfterError();
program.parse();
const options = program.opts<Options>();
if (!options.conll && !options.brat && !options.reuters && !options.noise && !options.quantities && !options.figuresGold && !options.peopleGold) program.error('give --conll FILE, --brat DIR, --reuters DIR, --quantities DIR, --figures-gold FILE, --people-gold FILE and/or --noise DIR');

if (options.writeSplits) writeSplits(options.writeSplits);

const rules = loadRules();
const run: (text: string) => Facts = options.baseline ? (text) => compromiseFacts(text, rules.countries) : (text) => extract(text, rules);
const system = options.baseline ? 'compromise' : 'wire-facts';
const started = Date.now();
const fmt = (x: number) => x.toFixed(3);

type Row = [string, string, string, string, string];
interface Scored {
  rows: Row[];
  summary: Record<string, unknown>;
}

/** Scores every corpus given; `layout` turns a text into the form the extractor reads (the gold always reads the original). */
function scoreCorpora(layout: (text: string) => string, printErrors: boolean, facts: Map<string, Facts>): Scored {
  const rows: Row[] = [];
  const summary: Record<string, unknown> = {};
  const addPrf = (name: string, c: Counts) => {
    const s = prf(c);
    rows.push([name, fmt(s.precision), fmt(s.recall), fmt(s.f1), `tp ${c.tp} fp ${c.fp} fn ${c.fn}`]);
    return { ...s, ...c };
  };
  const extractFrom = (text: string) => {
    const result = run(layout(text));
    facts.set(text, result);
    return result;
  };
  if (options.conll) {
    const docs = readConll(readFileSync(options.conll, 'utf8')).filter((d) => inPart(d.id, options.split)).slice(0, options.limit);
    const score = scoreConll(docs, extractFrom, rules.countries);
    summary.conll = { file: options.conll, documents: score.documents, people: addPrf('CoNLL PER mentions (exact span)', score.people), countries: addPrf('CoNLL countries named (per document)', score.countries), countriesAnyVia: addPrf('  same, also via demonym/capital', score.countriesAnyVia) };
    if (printErrors) printConllMisses(score, options.errors);
  }
  if (options.brat) {
    const score = scoreBrat(options.brat, extractFrom, options.split, options.limit);
    const accuracy = (v: { right: number; total: number }) => ({ accuracy: v.total ? v.right / v.total : 0, ...v });
    const accuracyRow = (name: string, v: { right: number; total: number }) =>
      rows.push([name, '', '', v.total ? fmt(v.right / v.total) : '-', `${v.right} / ${v.total}`]);
    const quotes = addPrf('PolNeAR direct quotes (≥50% overlap)', score.quotes);
    const attributed = addPrf('PolNeAR attributed quotes (span + speaker)', score.attributed);
    for (const [kind, v] of Object.entries(score.speakers)) accuracyRow(`PolNeAR speaker accuracy: ${kind} sources`, v);
    const indirect = addPrf('PolNeAR indirect quotes (≥50% overlap)', score.indirect);
    accuracyRow('PolNeAR indirect speaker accuracy (matched)', score.indirectSpeakers);
    accuracyRow('PolNeAR speaker accuracy: organisation sources', score.organisationSpeakers);
    for (const [sieve, v] of Object.entries(score.bySieve).sort((a, b) => b[1].total - a[1].total)) accuracyRow(`  speaker accuracy by sieve: ${sieve}`, v);
    summary.brat = {
      dir: options.brat,
      documents: score.documents,
      quotes,
      speakers: Object.fromEntries(Object.entries(score.speakers).map(([k, v]) => [k, accuracy(v)])),
      attributed,
      indirect,
      indirectSpeakers: accuracy(score.indirectSpeakers),
      organisationSpeakers: accuracy(score.organisationSpeakers),
      bySieve: Object.fromEntries(Object.entries(score.bySieve).map(([k, v]) => [k, accuracy(v)])),
    };
    if (printErrors) printBratMisses(score, options.errors);
  }
  return { rows, summary };
}

const unwrappedFacts = new Map<string, Facts>();
const unwrapped = scoreCorpora((text) => text, options.errors > 0 && !options.wrap, unwrappedFacts);
const summary: Record<string, unknown> = { system, split: options.split, ...unwrapped.summary };
const table = new Table({ head: [`${system}`, 'precision', 'recall', 'F1 / acc.', 'counts'], style: { head: [] } });
table.push(...unwrapped.rows);
console.log(table.toString());

if (options.wrap) {
  // The same texts hard-wrapped at N columns, as wire archives store them: the scores should not move.
  const width = options.wrap;
  const wrappedFacts = new Map<string, Facts>();
  const wrapped = scoreCorpora((text) => hardWrap(text, width), options.errors > 0, wrappedFacts);
  // Figures and people have no gold here: the wrapped text should give what the unwrapped one gives.
  const agreement = agreementWithUnwrapped(unwrappedFacts, wrappedFacts);
  // Only the texts scored against gold of quotes or entities are kept in both layouts; with none
  // (only --figures-gold, scored on its own unwrapped text) there is nothing to agree on.
  const compared = [...unwrappedFacts.keys()].some((text) => wrappedFacts.has(text));
  summary.wrapped = { width, ...wrapped.summary, ...(compared ? { agreement } : {}) };
  const sideBySide = new Table({ head: ['metric (F1 / acc.)', 'unwrapped', `wrapped at ${width}`, 'difference'], style: { head: [] } });
  unwrapped.rows.forEach((row, n) => {
    const w = wrapped.rows[n];
    const diff = row[3] === '-' || w[3] === '-' ? '' : (Number(w[3]) - Number(row[3])).toFixed(3);
    sideBySide.push([row[0], row[3], w[3], diff]);
  });
  if (compared) for (const [name, counts] of Object.entries(agreement)) sideBySide.push([`${name}: wrapped output agrees with unwrapped (F1)`, '1.000', fmt(prf(counts).f1), (prf(counts).f1 - 1).toFixed(3)]);
  console.log(sideBySide.toString());
}

/** Figures (span, value, unit) and people (name, mention spans) found in both layouts of each text. */
function agreementWithUnwrapped(plain: Map<string, Facts>, wrapped: Map<string, Facts>): Record<string, Counts> {
  const figures: Counts = { tp: 0, fp: 0, fn: 0 };
  const people: Counts = { tp: 0, fp: 0, fn: 0 };
  const compare = (into: Counts, a: string[], b: string[]) => {
    const left = new Set(a);
    const right = new Set(b);
    for (const k of right) if (left.has(k)) into.tp++; else into.fp++;
    for (const k of left) if (!right.has(k)) into.fn++;
  };
  for (const [text, facts] of plain) {
    const other = wrapped.get(text);
    if (!other) continue;
    const figureKeys = (f: Facts) => f.figures.map((x) => `${x.start}:${x.end}:${x.value}:${x.unit}`);
    const personKeys = (f: Facts) => f.people.flatMap((p) => p.mentions.filter((m) => m.kind === 'name').map((m) => `${p.name.replace(/\s+/g, ' ')}@${m.start}:${m.end}`));
    compare(figures, figureKeys(facts), figureKeys(other));
    compare(people, personKeys(facts), personKeys(other));
  }
  return { figures, people };
}

// People against a hand-written list of who each story names. The list's stories were never
// tuned on, so every document is scored whatever --split says.
if (options.peopleGold) {
  const read = readPeopleGold(options.peopleGold);
  const gold = Array.isArray(read) ? read : program.error(`--people-gold: ${read.error}`);
  const score = scorePeopleGold(gold, options.corpora, (text) => extract(text, rules, { only: ['people'] }).people, options.limit);
  const s = prf(score.counts);
  const c = score.counts;
  console.log(`People per document (${score.documents} hand-listed stories): precision ${fmt(s.precision)}, recall ${fmt(s.recall)}, F1 ${fmt(s.f1)} (right ${c.tp}, wrong ${c.fp - score.duplicates}, duplicate ${score.duplicates}, missed ${c.fn})`);
  summary.peopleGold = { file: options.peopleGold, documents: score.documents, ...s, ...c, duplicates: score.duplicates };
  if (options.errors) for (const v of score.verdicts.filter((x) => x.verdict !== 'right')) console.log(`${v.verdict}\t${v.source}\t${v.name}`);
}

if (options.reuters) {
  const check = checkWireQuotes(options.reuters, run, options.limit ?? 2000);
  summary.reuters = check;
  console.log(`Reuters quotes starting mid-line (space or punctuation first): ${check.midLine} of ${check.quotes} direct quotes (${(100 * check.share).toFixed(2)}%) in ${check.stories} stories`);
  for (const example of check.examples) console.log(`  ${example}`);
}

// Figures against their gold: scored once, on the texts as given.
const rows: Row[] = [];
const addPrf = (name: string, c: Counts) => {
  const s = prf(c);
  rows.push([name, fmt(s.precision), fmt(s.recall), fmt(s.f1), `tp ${c.tp} fp ${c.fp} fn ${c.fn}`]);
  return { ...s, ...c };
};

if (options.quantities) {
  const models: Record<string, unknown> = {};
  // The five models with units, pooled: the targets are on this micro-average.
  const pooled = { value: { tp: 0, fp: 0, fn: 0 }, valueUnit: { tp: 0, fp: 0, fn: 0 } };
  for (const model of QUANTITY_MODELS) {
    const sentences = sentencesInPart(readQuantitySpecs(options.quantities, model), options.split).slice(0, options.limit);
    const score = scoreQuantities(model, sentences, (text) => extract(text, rules, { only: ['figures'] }).figures);
    const value = addPrf(`Quantities ${model}: value (${score.sentences} sentences)`, score.value);
    const valueUnit = model === 'NumberModel' ? null : addPrf(`Quantities ${model}: value + unit`, score.valueUnit);
    if (model !== 'NumberModel') {
      addCounts(pooled.value, score.value);
      addCounts(pooled.valueUnit, score.valueUnit);
    }
    const asideCount = Object.values(score.conventions).reduce((a, b) => a + b, 0);
    const aside = Object.entries(score.conventions).map(([k, n]) => `${k} ${n}`).join(', ');
    const valueOurConvention = asideCount ? addPrf(`Quantities ${model}: value, ${asideCount} of other conventions set aside (${aside})`, score.valueOurConvention) : null;
    models[model] = { sentences: score.sentences, skippedGold: score.skipped, value, valueUnit, ...(valueOurConvention ? { valueOurConvention, conventions: score.conventions } : {}) };
    if (options.errors) {
      for (const kind of ['missed', 'spurious', 'wrong-unit'] as const) {
        for (const m of score.misses.filter((x) => x.kind === kind).slice(0, options.errors)) console.log(`${kind}\t${m.id}\t"${m.text}"\t${m.detail.slice(0, 200)}`);
      }
    }
  }
  const micro = { value: addPrf('Quantities, models with units pooled (micro): value', pooled.value), valueUnit: addPrf('Quantities, models with units pooled (micro): value + unit', pooled.valueUnit) };
  summary.quantities = { dir: options.quantities, models, micro };
}

if (options.figuresGold) {
  const score = scoreFiguresGold(readFiguresGold(options.figuresGold), options.corpora, options.split, (text) => extract(text, rules, { only: ['figures'] }).figures, options.limit, (unit) => rules.unitAliases.get(unit.toLowerCase()) ?? unit);
  const value = addPrf(`Hand-annotated figures: value (${score.documents} documents)`, score.value);
  const valueUnit = addPrf('Hand-annotated figures: value + unit', score.valueUnit);
  summary.figuresGold = { file: options.figuresGold, documents: score.documents, value, valueUnit };
  if (options.errors) {
    for (const kind of ['missed', 'spurious', 'wrong-unit'] as const) {
      for (const m of score.misses.filter((x) => x.kind === kind).slice(0, options.errors)) console.log(`${kind}\t${m.file}\t${JSON.stringify(m.text)}\t${m.detail}`);
    }
  }
}

if (options.noise) {
  const report = checkNoise(options.noise, (text) => extract(text, rules, { only: ['figures'] }).figures, options.limit);
  rows.push(['Figures with floating-point noise', '', '', String(report.noisy.length), `${report.noisy.length} of ${report.figures} figures in ${report.stories} stories`]);
  summary.noise = { dir: options.noise, stories: report.stories, figures: report.figures, noisy: report.noisy.length };
  for (const n of report.noisy.slice(0, Math.max(options.errors, 10))) console.log(`noise: ${n.file}: "${n.text}" → ${n.value}`);
}

if (rows.length) {
  const figuresTable = new Table({ head: [`${system}: figures`, 'precision', 'recall', 'F1 / count', 'counts'], style: { head: [] } });
  figuresTable.push(...rows);
  console.log(figuresTable.toString());
}

summary.seconds = (Date.now() - started) / 1000;
console.log(`${summary.seconds} s; summary written to ${options.json}`);
writeFileSync(options.json, JSON.stringify(summary, null, 2) + '\n');

/**
 * Hard-wrapped wire copy: a quotation mark paired across a wrapped line gives a "quote" that
 * starts with a space or punctuation (` he said.`). Counts them over the first stories by number.
 */
function checkWireQuotes(dir: string, extractFacts: (text: string) => Facts, limit: number) {
  const files = readdirSync(dir).filter((f) => /^\d+\.txt$/.test(f)).sort((a, b) => parseInt(a) - parseInt(b)).slice(0, limit);
  let quotes = 0;
  let midLine = 0;
  const examples: string[] = [];
  for (const f of files) {
    const facts = extractFacts(readFileSync(path.join(dir, f), 'utf8'));
    for (const q of facts.quotes) {
      if (q.direct === false) continue;
      quotes++;
      if (/^[\s\p{P}]/u.test(q.text)) {
        midLine++;
        if (examples.length < 10) examples.push(`${f}: ${JSON.stringify(q.text.slice(0, 70))}`);
      }
    }
  }
  return { stories: files.length, quotes, midLine, share: quotes ? midLine / quotes : 0, examples };
}

/** PolNeAR texts with their annotation file: one annotator per text, the first file in sorted order. */
function bratTexts(dir: string): Map<string, string> {
  const anns = readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const byText = new Map<string, string>();
  for (const f of anns) {
    const name = f.replace(/_[^_]+\.ann$/, '');
    if (!byText.has(name)) byText.set(name, f);
  }
  return byText;
}

function scoreBrat(dir: string, extractFacts: (text: string) => Facts, part: SplitPart, limit?: number): BratScore {
  const score = emptyBratScore();
  const annDir = path.join(dir, 'attributions');
  const texts = [...bratTexts(dir)].filter(([name]) => inPart(name, part));
  for (const [name, ann] of texts.slice(0, limit)) {
    const text = readFileSync(path.join(dir, 'text', `${name}.txt`), 'utf8');
    const attributions = readAnnotations(readFileSync(path.join(annDir, ann), 'utf8'), text);
    scoreBratDocument(score, name, text, attributions, extractFacts(text), rules.organisationNameHeads);
  }
  return score;
}

function writeSplits(dir: string): void {
  mkdirSync(dir, { recursive: true });
  if (options.brat) {
    const split = buildSplit('polnear/train', [...bratTexts(options.brat).keys()], 'PolNeAR train, by text file name (without .txt).');
    writeFileSync(path.join(dir, 'polnear-train.json'), JSON.stringify(split, null, 1) + '\n');
  }
  if (options.quantities) {
    const ids = QUANTITY_MODELS.flatMap((m) => readQuantitySpecs(options.quantities!, m).map((s) => `quantities/${s.id}`));
    const split = buildSplit('quantities (Recognizers-Text English specs)', ids, 'By sentence: quantities/<Model>:<index in the spec file>.');
    writeFileSync(path.join(dir, 'quantities.json'), JSON.stringify(split, null, 1) + '\n');
  }
  if (options.conll) {
    const ids = readConll(readFileSync(options.conll, 'utf8')).map((d) => d.id);
    const split = buildSplit('conll2003/eng.train', ids, 'CoNLL-2003 eng.train, by document position (doc-1 is the first -DOCSTART- document).');
    writeFileSync(path.join(dir, 'conll-eng-train.json'), JSON.stringify(split, null, 1) + '\n');
  }
  console.log(`splits written to ${dir}`);
  process.exit(0);
}

function printConllMisses(score: ConllScore, n: number): void {
  for (const kind of ['missed', 'spurious'] as const) {
    console.log(`\n== CoNLL PER ${kind} (most frequent first)`);
    for (const m of score.personMisses.filter((m) => m.kind === kind).slice(0, n)) console.log(`${m.count}\t${m.text}\t| ${m.context.slice(0, 160)}`);
    console.log(`\n== CoNLL countries ${kind}`);
    for (const m of score.countryMisses.filter((m) => m.kind === kind).slice(0, n)) console.log(`${m.count}\t${m.text}\t| ${m.context.slice(0, 160)}`);
  }
}

function printBratMisses(score: BratScore, n: number): void {
  for (const kind of ['missed', 'spurious', 'wrong-speaker', 'no-speaker', 'indirect-missed', 'indirect-spurious', 'indirect-wrong-speaker'] as const) {
    const list = score.misses.filter((m) => m.kind === kind);
    console.log(`\n== PolNeAR quotes ${kind}: ${list.length}`);
    // Spread the sample over the corpus rather than showing one document's misses.
    const step = Math.max(1, Math.floor(list.length / n));
    for (let i = 0; i < list.length && i / step < n; i += step) {
      const m = list[i];
      console.log(`- ${m.file}: "${m.quote.slice(0, 60)}" gold=${m.gold ?? '-'} predicted=${m.predicted ?? '-'}\n    ${m.context}`);
    }
  }
}

// compromise out of the box, in the contract's shape: .people(), .places() read as countries, .quotations().
function compromiseFacts(text: string, lexicon: CountryLexicon): Facts {
  const doc = nlp(text);
  type Match = { text: string; offset: { start: number; length: number } };
  const spans = (view: { json(o: object): unknown }) =>
    (view.json({ offset: true }) as Match[]).map((m) => ({ text: m.text, start: m.offset.start, end: m.offset.start + m.offset.length }));
  const people = spans(doc.people()).map((s) => ({ name: s.text, titles: [], country: null, mentions: [{ ...s, text: text.slice(s.start, s.end), kind: 'name' as const, ruleId: 'compromise' }] }));
  const countries = new Map<string, Facts['countries'][number]>();
  for (const s of spans((doc as unknown as { places(): { json(o: object): unknown } }).places())) {
    const phrase = text.slice(s.start, s.end).replace(/[’']s$/, '');
    const code = countryNamed(lexicon, phrase);
    if (code && !countries.has(code)) countries.set(code, { code, name: code, mentions: [{ text: phrase, start: s.start, end: s.start + phrase.length, via: 'name' }] });
  }
  const quotes = spans((doc as unknown as { quotations(): { json(o: object): unknown } }).quotations()).map((s) => {
    // compromise's match includes the marks; the contract's quote text does not.
    const inner = /^[“"„«]?([\s\S]*?)[”"»]?$/.exec(text.slice(s.start, s.end))![1];
    const start = s.start + text.slice(s.start, s.end).indexOf(inner);
    return { text: inner, start, end: start + inner.length, direct: true, speaker: null, speakerKind: 'unknown' as const, cue: null, ruleId: 'compromise', sieve: 'compromise', confidence: 0, shape: 'Q' };
  });
  return { people, countries: [...countries.values()], quotes, figures: [], organisations: [], warnings: [] };
}
