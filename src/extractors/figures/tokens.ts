// What the figures stages share: readers of tokens at one place (two tokens run on in one sentence,
// a phrase of a rule's list at or before a token, the end of a clause, the words of a sentence or a
// clause), the tagger's reading of a word (a plural noun, its singular, a headline in title case), and
// FigureTokens, the token range each record keeps for the passes. None decides what a figure is.
import { languageModel } from '../../packages.js';
import { endsPossessive, isCapitalised, type ParsedText, type Token } from '../../parse.js';
import type { CompiledRules, PhraseSet } from '../../rules.js';
import type { Figure } from '../../types.js';

/** "km", "rs", "kr": two or three letters and no vowel, an abbreviation and no English word. */
export const VOWELLESS_ABBREVIATION = /^[^aeiouy\W\d]{2,3}$/;

/** The tokens of a figure (meta[n] for figures[n]) and how it was read, kept for the passes. */
export interface FigureTokens {
  first: number;
  last: number;
  scale: number;
  /** "from 5 to 6 pct" is a change between two levels, not a range. */
  from: boolean;
  /** A number in words kept only as a range's low end ("eight to 10 feet"): dropped if it gets no unit. */
  words?: boolean;
  /** A number in words that counts nothing yet, kept for a unit from elsewhere and dropped if it gets
   * none: with its scale ("Food seven mln vs two mln", from a results table or a number it is
   * compared with), or right after a word of comparison ("to five percent from six"). */
  awaitsUnit?: boolean;
  wordScale?: number;
}

export function sameRun(tokens: Token[], a: number, b: number): boolean {
  return !!tokens[a] && !!tokens[b] && sameSentence(tokens, a, b) && /^[\s-]*$/.test(tokens[a].post);
}

// "279.085\nbillion dlrs" in a wrapped column: the layout reads a soft wrap as a space (ParsedText.flat),
// so the sentence goes on; a hard line break (a list, a table row) may end it.
export function sameSentence(tokens: Token[], a: number, b: number): boolean {
  return tokens[a].sentence === tokens[b].sentence;
}

/**
 * Token k ends its clause: nothing follows in its sentence, or a comma, a stop or a closing bracket
 * (and a colon where `colon`) is written right after it ("died at 85, his family said"). Looser
 * tests remain where a mark anywhere after the word counts (endsClause, letterUnitAt) and where the
 * next word must stay in the run (findUnit).
 */
export function endsClauseAfter(tokens: Token[], k: number, colon = false): boolean {
  const next = tokens[k + 1];
  return !next || !sameSentence(tokens, k, k + 1) || (colon ? /^\s*[,;:.!?)]/ : /^\s*[,;.!?)]/).test(tokens[k].post);
}

/** "-", " - ": the hyphen of a compound, as prose and tokenised text write it ("6-foot-4", "6 - foot - 4"). */
export function isHyphenPost(post: string): boolean {
  return /^\s?-\s?$/.test(post);
}

// "the Max. capacity is 100t and Max. outreach is 48m": the tagger ends a sentence at an abbreviation's
// point; a sentence that starts in lower case goes on the one before it (in the same paragraph).
export function clauseOf(parsed: ParsedText, k: number): { first: number; last: number } {
  const { tokens, sentences } = parsed;
  const lower = (n: number) => /^\p{Ll}/u.test(tokens[sentences[n].first].word);
  const samePara = (a: number, b: number) => tokens[sentences[a].first].paragraph === tokens[sentences[b].first].paragraph;
  let [a, b] = [tokens[k].sentence, tokens[k].sentence];
  while (a > 0 && lower(a) && samePara(a - 1, a)) a--;
  while (b + 1 < sentences.length && lower(b + 1) && samePara(b, b + 1)) b++;
  return { first: sentences[a].first, last: sentences[b].last };
}

/** Length of a phrase from `set` starting at token k, or 0. */
export function phraseAt(tokens: Token[], k: number, set: PhraseSet): number {
  const t = tokens[k];
  if (!t) return 0;
  // "rose 25 %" (a sign apart); "in 2006 95% of them" is another number.
  const word = t.word.endsWith('%') && !/\d/.test(t.word) ? '%' : t.lower;
  for (const parts of set.byFirst.get(word) ?? []) {
    if (parts.every((p, n) => (n === 0 ? true : tokens[k + n]?.lower === p && sameRun(tokens, k + n - 1, k + n)))) return parts.length;
  }
  return 0;
}

/** Length of a phrase from `set` ending at token k, or 0. */
export function phraseEndingAt(tokens: Token[], k: number, set: PhraseSet): number {
  for (let len = 1; len <= 3 && k - len + 1 >= 0; len++) {
    const start = k - len + 1;
    if (phraseAt(tokens, start, set) === len && (len === 1 || sameRun(tokens, start, k))) return len;
  }
  return 0;
}

/**
 * "yesterday's", "last week's", "the previous year's", "Friday's": the length of a time that owns the
 * level after it, ending at token k (rule figure-time-owner: a possessive of its words or a day's or
 * month's name, after its modifiers); else 0.
 */
function timeOwnerEndingAt(tokens: Token[], k: number, rules: CompiledRules): number {
  const t = tokens[k];
  if (!t?.possessive || !(rules.timeOwners.has(t.lower) || rules.dateWords.has(t.lower))) return 0;
  let first = k;
  while (first > 0 && first > k - 3 && rules.timeOwnerModifiers.has(tokens[first - 1].lower) && sameRun(tokens, first - 1, first)) first--;
  return k - first + 1;
}

/**
 * The length of the words before a level that ending at token k qualify it, else 0: a hedge ("an
 * estimated"), a time that owns it ("yesterday's", figure-time-owner) or a word of figure-level-qualifier
 * ("a revised 209.4 mln deficit"). Articles are left to the caller.
 */
export function levelModifierEndingAt(tokens: Token[], k: number, rules: CompiledRules): number {
  return phraseEndingAt(tokens, k, rules.hedges) || timeOwnerEndingAt(tokens, k, rules) || phraseEndingAt(tokens, k, rules.levelQualifiers);
}

/** The sentence of token k holds one of `words` (lower case). */
export function sentenceHasWord(parsed: ParsedText, k: number, words: Set<string>): boolean {
  const s = parsed.sentences[parsed.tokens[k].sentence];
  for (let n = s.first; n < s.last; n++) if (words.has(parsed.tokens[n].lower)) return true;
  return false;
}

/** The sentence of token k holds a phrase of `phrases` ("poll", "opinion survey"). */
export function sentenceHasPhrase(parsed: ParsedText, k: number, phrases: PhraseSet): boolean {
  const s = parsed.sentences[parsed.tokens[k].sentence];
  for (let n = s.first; n < s.last; n++) if (phraseAt(parsed.tokens, n, phrases)) return true;
  return false;
}

/** The sentence of token k speaks of money (rule figure-money-cue). */
export function hasMoneyCue(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
  return sentenceHasWord(parsed, k, rules.moneyCues);
}

/** The sentence of token k speaks of temperature (rule unit-temperature-cue). */
export function hasTemperatureCue(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
  return sentenceHasWord(parsed, k, rules.temperatureCues);
}

/** The clause of token k names money: a currency word, a sign or a word of money (figure-money-cue). */
export function clauseNamesMoney(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
  const s = clauseOf(parsed, k);
  for (let n = s.first; n < s.last; n++) {
    const t = parsed.tokens[n];
    if ((rules.currencies.has(t.lower) && t.lower.length > 1) || rules.moneyCues.has(t.lower) || [...(t.word + t.pre)].some((c) => rules.currencySigns.has(c))) return true;
  }
  return false;
}

/** A written number: digits as the rules' number token reads them (rules.numericToken: "7.18", "$5", "12%") or a number word. */
export function isNumberToken(t: Token, rules: CompiledRules): boolean {
  return rules.numericToken.test(t.word) || rules.numberWords.has(t.lower);
}

/** "1988" written without a comma: a year more often than a count ("had 1988 sales of $14 million"). */
export function isYearLike(f: Pick<Figure, 'text' | 'value'>): boolean {
  return /^\d{4}$/.test(f.text.trim()) && f.value >= 1900 && f.value <= 2100;
}

/** After one to three capitalised words from token k, the last a possessive ("Sanders'", "Mrs. Smith's"), the index after them; else null. */
export function afterOwner(tokens: Token[], k: number): number | null {
  for (let j = k; j < k + 3 && tokens[j] && isCapitalised(tokens[j]); j++) {
    if (endsPossessive(tokens[j]) || /^['’]\s/.test(tokens[j].post)) return sameSentence(tokens, j, j + 1) ? j + 1 : null;
    if (!sameRun(tokens, j, j + 1)) return null;
  }
  return null;
}

/**
 * "of the 120", "of their last 18", "of its first five", "of Brazil's 40,000", "of 61": after a
 * number, "of", a determiner or a name's possessive and perhaps a word of order, the index of the
 * number of the whole; else -1. With neither between, the number must follow "of" at once.
 */
export function partOfAt(tokens: Token[], k: number, rules: CompiledRules): number {
  const owner = tokens[k + 1];
  if (tokens[k]?.lower !== 'of' || !owner || !sameRun(tokens, k, k + 1)) return -1;
  // "About 14,000 of Brazil's 40,000 seamen": a name's possessive stands where "the" would.
  const named = afterOwner(tokens, k + 1);
  if (!/^(the|its|their|his|her|our|these|those)$/.test(owner.lower) && named === null) {
    // "larger than 58 of 61 Democratic and Republican debates".
    return isNumberToken(owner, rules) ? k + 1 : -1;
  }
  const from = named ?? k + 2;
  const n = /^(last|first|next|remaining|original|top|other)$/.test(tokens[from]?.lower ?? '') && sameRun(tokens, from - 1, from) ? from + 1 : from;
  return sameRun(tokens, n - 1, n) ? n : -1;
}

/** The first token of the number that starts at `first`, with any hedge before it ("more than 260"). */
export function startBeforeHedge(tokens: Token[], first: number, rules: CompiledRules): number {
  return first > 0 ? first - phraseEndingAt(tokens, first - 1, rules.hedges) : first;
}

/** The number at `first` follows a verb of figure-casualty, past any hedge ("killed at least 80", "raising the death toll to 42"). */
export function afterCasualtyVerb(tokens: Token[], first: number, rules: CompiledRules): boolean {
  const k = startBeforeHedge(tokens, first, rules) - 1;
  return k >= 0 && sameRun(tokens, k, k + 1) && phraseEndingAt(tokens, k, rules.casualtyVerbs) > 0;
}

/**
 * A verb, an auxiliary or a complement ("left 14 people dead and more than 20 wounded") at token k,
 * in the run of the token before it. Not a plural or a word before a noun the tagger reads as a verb
 * or an adjective ("800 houses were flattened and 19 boats sunk", "derailed two locomotives and four
 * train wagons").
 */
export function opensPredicate(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !sameRun(tokens, k - 1, k)) return false;
  if (t.tags.has('Auxiliary') || t.tags.has('Copula')) return true;
  const next = sameRun(tokens, k, k + 1) ? tokens[k + 1] : undefined;
  const nounAfter = !!next && next.tags.has('Noun') && !next.tags.has('Pronoun');
  // An adjective only where it ends its phrase: "three redeemable common stock purchase warrants".
  const complement = t.tags.has('Adjective') && !next?.tags.has('Adjective');
  return (t.tags.has('Verb') || complement) && !t.tags.has('Noun') && !isPluralNoun(t.word) && !nounAfter;
}

/**
 * "… and 21 were wounded", "…, more than 260 were injured": the number from `first` to `last`
 * (exclusive) opens a clause after a word of figure-elliptic-count or a comma, perhaps past a hedge,
 * and goes straight on to its verb.
 */
export function opensGappedClause(tokens: Token[], first: number, last: number, rules: CompiledRules): boolean {
  const start = startBeforeHedge(tokens, first, rules);
  const joint = tokens[start - 1];
  return !!joint && ((rules.countGapJoiners.has(joint.lower) && sameRun(tokens, start - 1, start)) || /[,;]/.test(joint.post)) && opensPredicate(tokens, last);
}

/**
 * Token t names a thing a number before it may count or measure: a noun that is no date, span of time
 * or pronoun, or a plural the tagger reads as a verb ("82.5 mln shares last year", "591.0 mcf").
 */
export function namesThing(t: Token | undefined, rules: CompiledRules): boolean {
  return !!t && (t.tags.has('Noun') || isPluralNoun(t.word)) && !t.tags.has('Date') && !t.tags.has('Duration') && !t.tags.has('Pronoun') && !rules.dateWords.has(t.lower);
}

/** "delegates" → "delegate", "crises" → "crisis": compromise's noun transform. */
export function nounToSingular(word: string): string {
  const world = languageModel().world() as unknown as { methods: { two: { transform: { noun: { toSingular: (w: string, m: unknown) => string } } } }; model: unknown };
  return world.methods.two.transform.noun.toSingular(word, world.model);
}

/** The tag compromise's lexicon gives a word ("bank" → "Singular"), if it lists it. */
export function lexiconTag(word: string): unknown {
  const world = languageModel().world() as unknown as { model: { one: { lexicon: Record<string, unknown> } } };
  return world.model.one.lexicon[word];
}

const pluralNounReadings = new Map<string, boolean>();

/** "delegates", "shares": a word ending in s that reads as a plural noun after "the" (the tagger's answer, kept per word). */
export function isPluralNoun(word: string): boolean {
  if (!/^[a-z]+s$/.test(word)) return false;
  let plural = pluralNounReadings.get(word);
  if (plural === undefined) {
    // "banks": a plural compromise's lexicon lists as a noun of its own, whose singular it lists.
    plural = languageModel()(`the ${word}`).has('#Plural') || (/[^su]s$/.test(word) && lexiconTag(word.slice(0, -1)) === 'Singular');
    if (pluralNounReadings.size < 10_000) pluralNounReadings.set(word, plural);
  }
  return plural;
}

const titleCaseSentences = new WeakMap<ParsedText, Map<number, boolean>>();

/**
 * A sentence in title case, as headlines are written ("Police Arrest 12 Suspects in Raid"): three
 * words or more, three in four of them capitalised, not all in capitals (inCapitals reads those).
 */
export function inTitleCase(parsed: ParsedText, sentence: number): boolean {
  let known = titleCaseSentences.get(parsed);
  if (!known) titleCaseSentences.set(parsed, (known = new Map()));
  let titled = known.get(sentence);
  if (titled === undefined) {
    const s = parsed.sentences[sentence];
    const words = parsed.tokens.slice(s.first, s.last).filter((t) => /^\p{L}/u.test(t.word));
    const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.word)).length;
    const allCaps = words.filter((t) => /^\p{Lu}{2,}$/u.test(t.word)).length;
    titled = words.length >= 3 && capitalised >= 0.75 * words.length && allCaps < capitalised / 2;
    known.set(sentence, titled);
  }
  return titled;
}

/** Closed-class words and verbs, as the lexicon tags them: in a title-case headline these are no name before a number. */
export const NOT_A_NAME_IN_TITLES = new Set(['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Copula', 'Modal', 'Auxiliary']);
