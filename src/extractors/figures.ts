// Figures: numbers with what they count. "26 countries", "thousands of foreign troops"
// (approximate, floor 1000), "$5.2 billion" (USD), "12%" and "12 percent", word numbers
// ("three-and-a-half year-old war" → 3.5 year), hedges ("about 40", "more than 3").
// Does not count numbers that are names or idioms ("World War Two", "one of its reasons",
// "no one", "a few"), dates, years, times or ordinals; a word number with nothing counted is left out.
//
// This file runs the stages, which live in figures/: find where a number or a fraction starts and
// read it (numbers.ts), drop the numbers that are names or idioms (filters.ts), build each figure's
// record with its hedge and unit (records.ts, with units.ts, money.ts and counted.ts), then pass over
// the records in text order, lending units, scales and ranges from one figure to another (links.ts,
// votes.ts, scores.ts, tables.ts). tokens.ts and arithmetic.ts hold what the stages share.
import type { CountryMatch } from '../country-match.js';
import type { ParsedText } from '../parse.js';
import type { CompiledRules } from '../rules.js';
import type { Figure } from '../types.js';
import { isNotACount } from './figures/filters.js';
import { centsOfSentenceMoney, linkQuotePairs, linkRanges, scalesByElision, unitsByEllipsis, unitsByGapping, unitsBySubjectGapping, unitsFromBody, unitsFromSentenceAmount, unitsFromCountedSubject, unitsFromSharePrice, unitsFromStoryMoney, unitsOfPerShare, unitsOfVagueMoney, unitsFromSubject, unitsOfBracketedComparison, unitsOfComparedQuote, unitsOfCountBeforeLevel, unitsOfExchangeRate, unitsOfPeople } from './figures/links.js';
import { codesOfStoryYear, storyMoney } from './figures/money.js';
import { readFraction, readNumber } from './figures/numbers.js';
import { unitsFromCricketRuns, unitsFromCricketScore } from './figures/scores.js';
import { addNumberFigure, fractionFigure } from './figures/records.js';
import { unitsFromResultsTable, unitsFromTableNote, unitsFromTableScaleNote } from './figures/tables.js';
import type { FigureTokens } from './figures/tokens.js';
import { unitsFromMargin, unitsFromTallyNoun, unitsFromVoteTally } from './figures/votes.js';

export { decimalValue, exactSum, roundNoise, scaleBy, shiftDecimal } from './figures/arithmetic.js';

const PLAIN_WORD = /^[A-Za-z][A-Za-z.'’]*$/;
const figureStartWordSets = new WeakMap<CompiledRules, Set<string>>();
/**
 * The plain words a figure or a fraction can start with: number words, scales, vague plurals and
 * counts, fractions, "a", "an" ("a third", "a dollar fifty") and "tens" ("tens of thousands").
 * Found once per rules.
 */
function figureStartWords(rules: CompiledRules): Set<string> {
  let words = figureStartWordSets.get(rules);
  if (!words) {
    words = new Set(['a', 'an', 'tens', ...rules.numberWords.keys(), ...rules.scales.keys(), ...rules.vaguePlurals.keys(), ...rules.fractions.keys()]);
    for (const first of rules.vagueCounts.byFirst.keys()) words.add(first);
    figureStartWordSets.set(rules, words);
  }
  return words;
}

export function extractFigures(parsed: ParsedText, rules: CompiledRules, countryAt: (CountryMatch | null)[] = []): Figure[] {
  const { tokens } = parsed;
  const money = storyMoney(parsed, rules, countryAt);
  const figures: Figure[] = [];
  const meta: FigureTokens[] = [];

  const starts = figureStartWords(rules);
  for (let i = 0; i < tokens.length; i++) {
    // Most tokens are plain words no figure starts with: pass them before the readers' many tests.
    if (!starts.has(tokens[i].lower) && PLAIN_WORD.test(tokens[i].word)) continue;
    const fraction = readFraction(tokens, i, rules);
    if (fraction) {
      figures.push(fractionFigure(parsed, fraction, rules));
      meta.push({ first: fraction.first, last: fraction.last, scale: 1, from: false });
      i = fraction.last - 1;
      continue;
    }
    const num = readNumber(parsed, i, rules);
    if (!num) continue;
    i = Math.max(i, num.last - 1);
    if (isNotACount(parsed, num, rules)) continue;
    const next = addNumberFigure(parsed, num, rules, countryAt, money, figures, meta);
    if (next !== null) i = next - 1;
  }
  linkQuotePairs(parsed, figures, meta);
  centsOfSentenceMoney(parsed, figures, meta, rules);
  scalesByElision(parsed, figures, meta, rules);
  linkRanges(parsed, figures, meta, rules);
  unitsByGapping(parsed, figures, meta, rules);
  unitsBySubjectGapping(parsed, figures, meta, rules);
  // The margin's arithmetic first: "won the vote by 22 points (47 to 25)" gives shares, not votes.
  unitsFromMargin(parsed, figures, meta);
  unitsFromVoteTally(parsed, figures, meta, rules);
  unitsFromTallyNoun(parsed, figures, meta, rules);
  unitsFromCricketScore(parsed, figures, meta, rules);
  unitsFromCricketRuns(parsed, figures, meta, rules);
  unitsFromSubject(parsed, figures, meta, rules);
  unitsFromCountedSubject(parsed, figures, meta, rules);
  unitsOfExchangeRate(parsed, figures, meta, rules, countryAt, money.currencyOf);
  unitsByEllipsis(parsed, figures, meta, rules);
  unitsOfComparedQuote(parsed, figures, meta, rules);
  unitsOfBracketedComparison(parsed, figures, meta, rules);
  unitsOfPeople(parsed, figures, meta, rules);
  unitsOfCountBeforeLevel(parsed, figures, meta, rules);
  unitsFromResultsTable(parsed, figures, meta, rules);
  unitsFromBody(parsed, figures, meta);
  unitsFromTableNote(parsed, figures, rules, money.currencyOf);
  unitsFromTableScaleNote(parsed, figures, meta, rules, money.currencyOf);
  unitsFromSentenceAmount(parsed, figures, meta, rules);
  unitsFromSharePrice(parsed, figures, meta, rules, money.currencyOf);
  unitsOfPerShare(parsed, figures, meta, rules, money.currencyOf);
  unitsOfVagueMoney(parsed, figures, meta, rules, money.currencyOf);
  unitsFromStoryMoney(parsed, figures, meta, rules);
  codesOfStoryYear(parsed, figures, rules);
  // A word number that took no unit from the number after it is not a figure ("one or two of them").
  // Vague plurals stay, as alone ("from hundreds to thousands").
  return figures.filter((f, n) => !(meta[n].words || meta[n].awaitsUnit) || f.unit || f.ruleId === 'figure-vague-plural');
}
