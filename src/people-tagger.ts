// A small learned tagger for person names: a greedy averaged perceptron that labels capitalised
// words O (not a name), B (starts a name) or I (goes on with one). Its features are the word, its
// shape, compromise's tags, the neighbouring words, and what the hand-written rules of
// src/extractors/people.ts said about the word (accepted by rule X, a candidate nobody accepted,
// rejected as an organisation or a place). The rules find most names; the tagger learns from
// CoNLL-2003 when to trust them: bare surnames on sports results lines, names the rules cut
// short, company names the rules took for people.
// The weights are data (src/models/people-tagger.json), trained by scripts/train-people-tagger.ts
// on the tune part of eng.train; only capitalised words (and name particles between them) are
// scored, so the cost is a few map lookups per capitalised word.
import type { CompiledRules } from './rules.js';
import type { CountryMatch } from './country-match.js';
import type { ParsedText, Token } from './parse.js';

export const TAGGER_LABELS = ['O', 'B', 'I'] as const;
export type TaggerLabel = 0 | 1 | 2;

export interface PeopleTaggerModel {
  description: string;
  /** How the weights were made: command, data, epochs, pruning. */
  training: Record<string, unknown>;
  labels: readonly string[];
  /** combineSpans: a rule run the tagger drops stays when the tagger's margin against it is below this. */
  keepMargin?: number;
  /** Feature → weights for O, B, I. */
  weights: Record<string, number[]>;
}

/** What the rules of people.ts said about each token, for the tagger's features. */
export interface RuleMarks {
  /** The rule id of the accepted name run covering the token, "candidate" for a run nobody accepted, "org" / "place" for one rejected, or "". */
  mark: string[];
  /** Whether the token opens its run. */
  opens: boolean[];
  /** Lower-case words of names the rules accepted anywhere in the story. */
  nameWords: Set<string>;
  lexiconTags: (lower: string) => string[];
  titleCase: boolean[];
  /** Words the rules rule out of any name (party tags, titles, organisations): never scored, always O. */
  blocked: boolean[];
}

const TAG_FEATURES = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City', 'Region', 'Organization',
  'ProperNoun', 'Noun', 'Plural', 'Verb', 'Adjective', 'Adverb', 'Acronym', 'Demonym', 'Value', 'Date', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun'];

/** "Xx", "X.", "XX", "Xx-Xx", "d", "x": the word with letters and digits folded to their kind, runs shortened. */
export function wordShape(word: string): string {
  return word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\d/g, 'd')
    .replace(/(.)\1+/g, '$1$1')
    .slice(0, 6);
}

/** Tokens the tagger scores: capitalised words, and name particles ("van", "bin") between two of them. */
export function taggable(tokens: Token[], i: number, rules: CompiledRules): boolean {
  const t = tokens[i];
  if (/^\p{Lu}/u.test(t.word)) return t.furniture !== 'byline' && t.furniture !== 'credit';
  return rules.nameParticles.has(t.word) && !!tokens[i - 1] && !!tokens[i + 1] && /^\p{Lu}/u.test(tokens[i - 1].word) && /^\p{Lu}/u.test(tokens[i + 1].word);
}

/** The features of token i that do not depend on the previous label. */
export function tokenFeatures(parsed: ParsedText, i: number, rules: CompiledRules, countryAt: (CountryMatch | null)[], marks: RuleMarks): string[] {
  const tokens = parsed.tokens;
  const t = tokens[i];
  const prev = tokens[i - 1]?.sentence === t.sentence ? tokens[i - 1] : undefined;
  const next = tokens[i + 1]?.sentence === t.sentence ? tokens[i + 1] : undefined;
  const shape = wordShape(t.word);
  const f = ['bias', `w=${t.lower}`, `s=${shape}`, `suf=${t.lower.slice(-3)}`, `m=${marks.mark[i] || '-'}`, `m=${marks.mark[i] || '-'}|o=${marks.opens[i]}`];
  for (const tag of TAG_FEATURES) if (t.tags.has(tag)) f.push(`t=${tag}`);
  const lex = marks.lexiconTags(t.lower);
  f.push(lex.length ? `lex=${lex.some((x) => x.endsWith('Name')) ? 'name' : 'other'}` : 'lex=none');
  if (marks.nameWords.has(t.lower)) f.push('known');
  if (countryAt[i]) f.push('country');
  if (t.furniture) f.push(`furn=${t.furniture}`);
  if (parsed.sentences[t.sentence].first === i) f.push('first');
  if (marks.titleCase[t.sentence]) f.push('titlecase');
  if (t.possessive) f.push('poss');
  if (rules.stateAbbreviations.has(t.lower)) f.push('state');
  f.push(`post=${t.post.trim().slice(0, 2)}`);
  if (prev) {
    f.push(`pw=${prev.lower}`, `ps=${wordShape(prev.word)}`, `pm=${marks.mark[i - 1] || '-'}`);
    if (rules.cueForms.has(prev.lower)) f.push('pcue');
    if (rules.honorifics.has(prev.lower.replace(/\.$/, '')) || rules.titleHeads.byFirst.has(prev.lower)) f.push('ptitle');
    if (!/^[\s-]*$/.test(prev.post)) f.push(`gap=${prev.post.trim().slice(0, 2)}`);
  } else f.push('pw=<s>');
  if (next) {
    f.push(`nw=${next.lower}`, `ns=${wordShape(next.word)}`, `nm=${marks.mark[i + 1] || '-'}`);
    if (rules.cueForms.has(next.lower)) f.push('ncue');
    if (/^\d/.test(next.word)) f.push('ndigit');
  } else f.push('nw=</s>');
  f.push(`s=${shape}|ps=${prev ? wordShape(prev.word) : '<s>'}`, `s=${shape}|ns=${next ? wordShape(next.word) : '</s>'}`);
  return f;
}

/** Features that join the previous token's label to this one's. */
function historyFeatures(prevLabel: TaggerLabel, joined: boolean, shape: string, mark: string): string[] {
  const p = TAGGER_LABELS[prevLabel];
  return [`pl=${p}`, `pl=${p}|j=${joined}`, `pl=${p}|s=${shape}`, `pl=${p}|m=${mark}`];
}

export interface TaggerToken {
  i: number;
  features: string[];
  /** Whether it runs on from the previous taggable token (same sentence, adjacent, only space or a hyphen between). */
  joined: boolean;
  shape: string;
  mark: string;
}

/** The taggable tokens of a text with their static features. */
export function taggerTokens(parsed: ParsedText, rules: CompiledRules, countryAt: (CountryMatch | null)[], marks: RuleMarks): TaggerToken[] {
  const tokens = parsed.tokens;
  const out: TaggerToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (marks.blocked[i] || !taggable(tokens, i, rules)) continue;
    const prev = out.at(-1);
    const p = tokens[i - 1];
    // As people.ts joins name words: across spaces and hyphens and an initial's full stop, not into a
    // bracket or quote, nor across a spaced dash ("Andreas Kappes - Carsten Wolf (Germany)").
    const joined = !!prev && prev.i === i - 1 && p.sentence === tokens[i].sentence && !p.possessive && !/[([{“"‘]/.test(tokens[i].pre) &&
      (/^(\s*|-)$/.test(p.post) || (/^\.\s*$/.test(p.post) && /^\p{Lu}$/u.test(p.word)));
    out.push({ i, features: tokenFeatures(parsed, i, rules, countryAt, marks), joined, shape: wordShape(tokens[i].word), mark: marks.mark[i] || '-' });
  }
  return out;
}

/** Scores of O, B, I for one token given the previous label. */
export function scoreToken(weights: Record<string, number[]>, tok: TaggerToken, prevLabel: TaggerLabel): number[] {
  const s = [0, 0, 0];
  const add = (feat: string) => {
    const w = Object.hasOwn(weights, feat) ? weights[feat] : undefined;
    if (w) for (let k = 0; k < 3; k++) s[k] += w[k];
  };
  for (const feat of tok.features) add(feat);
  for (const feat of historyFeatures(prevLabel, tok.joined, tok.shape, tok.mark)) add(feat);
  return s;
}

/** The history features of a token, for training. */
export function allFeatures(tok: TaggerToken, prevLabel: TaggerLabel): string[] {
  return [...tok.features, ...historyFeatures(prevLabel, tok.joined, tok.shape, tok.mark)];
}

/** Greedy left to right: I only after B or I on a joined token. */
export function decode(scores: number[], tok: TaggerToken, prevLabel: TaggerLabel): TaggerLabel {
  const canContinue = tok.joined && prevLabel !== 0;
  let best: TaggerLabel = 0;
  for (const k of [1, 2] as TaggerLabel[]) {
    if (k === 2 && !canContinue) continue;
    if (scores[k] > scores[best]) best = k;
  }
  return best;
}

/** The previous label a token sees: O when it does not run on from the previous taggable token. */
export function previousLabel(tok: TaggerToken, last: TaggerLabel): TaggerLabel {
  return tok.joined ? last : 0;
}

/** Person name spans (token ranges) the model reads in the text, and how sure it was that each token opens no name (score of O minus B). */
export function tagPersonSpans(weights: Record<string, number[]>, toks: TaggerToken[]): { spans: Span[]; notOpening: Map<number, number> } {
  const spans: Span[] = [];
  const notOpening = new Map<number, number>();
  let last: TaggerLabel = 0;
  for (const tok of toks) {
    const prev = previousLabel(tok, last);
    const scores = scoreToken(weights, tok, prev);
    notOpening.set(tok.i, scores[0] - scores[1]);
    const label = decode(scores, tok, prev);
    if (label === 1) spans.push({ first: tok.i, last: tok.i + 1 });
    else if (label === 2) spans[spans.length - 1].last = tok.i + 1;
    last = label;
  }
  return { spans, notOpening };
}

export interface Span {
  first: number;
  last: number;
}

/**
 * The tagger's spans, and the rule runs it dropped or cut short without conviction: a rule run
 * that tagger spans overlap only inside it ("Stelios Haji-Ioannou" where the tagger kept
 * "Haji-Ioannou") or not at all stays, in place of those spans, when the tagger's margin against
 * its first word opening a name is below `keepMargin` (model field). The training data is 1996
 * Reuters, much of it sports results; on US political copy ("And Rick Santorum turned on Cruz")
 * the rules know better.
 */
export function combineSpans(model: Pick<PeopleTaggerModel, 'weights' | 'keepMargin'>, toks: TaggerToken[], ruleRuns: Span[]): { span: Span; fromRule: boolean }[] {
  const { spans, notOpening } = tagPersonSpans(model.weights, toks);
  // The tagger span covering each token.
  const spanAt = new Map<number, number>();
  spans.forEach((s, n) => {
    for (let k = s.first; k < s.last; k++) spanAt.set(k, n);
  });
  const dropped = new Set<number>();
  const kept: Span[] = [];
  for (const r of ruleRuns) {
    if ((notOpening.get(r.first) ?? Infinity) >= (model.keepMargin ?? 0)) continue;
    const inside: number[] = [];
    let within = true;
    for (let k = r.first; k < r.last; k++) {
      const n = spanAt.get(k);
      if (n === undefined) continue;
      if (spans[n].first < r.first || spans[n].last > r.last || (spans[n].first === r.first && spans[n].last === r.last)) within = false;
      inside.push(n);
    }
    if (!within) continue;
    for (const n of inside) dropped.add(n);
    kept.push(r);
  }
  const out = spans.filter((_, n) => !dropped.has(n)).map((span) => ({ span, fromRule: false }));
  for (const r of kept) out.push({ span: r, fromRule: true });
  return out.sort((a, b) => a.span.first - b.span.first);
}
