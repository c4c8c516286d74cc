// The record of a number as read (numbers.ts): its hedge ("about 40"), the unit written after it (a
// sign, money or a per cent in words, a unit of measure, an age, a table's label or the noun counted),
// the amount's last parts ("3 dollars 50 cents", "5 feet 2 inches", "10 degrees below zero"), whether it
// is kept, and its span and direction ("rose 5%"); a range or a size in one token gives two records. Also
// the record of a fraction ("nearly a third of voters"). Does not link one figure to another (links.ts,
// votes.ts, tables.ts).
import type { CountryMatch } from '../../country-match.js';
import { isCapitalised, type ParsedText, type Token } from '../../parse.js';
import type { CompiledRules } from '../../rules.js';
import type { Figure } from '../../types.js';
import { exactSum, scaleBy, shiftDecimal } from './arithmetic.js';
import { COMPOUND_PLURAL, findUnit, isAge } from './counted.js';
import { isNotAFigure } from './filters.js';
import { beforeSlash, capitalCode, countryBeforeMoneyAt, isoCode, scaledCode, type StoryMoney } from './money.js';
import { describesWeight, readNumber, type NumberPhrase } from './numbers.js';
import { afterMoneyLabel, afterShareLabel } from './tables.js';
import { afterCasualtyVerb, endsClauseAfter, isHyphenPost, isNumberToken, nounToSingular, opensGappedClause, partOfAt, phraseAt, phraseEndingAt, sameRun, sameSentence, type FigureTokens } from './tokens.js';
import { compoundUnitAt, isAcademicDegree, isAngle, isPollPoint, isTemperatureScale, joinedOverPoint, letterUnitAt, sizeWordAt, temperatureLetterAt, unitOfWordsAt, unitPhraseAt, wordUnitAt } from './units.js';

/** What the words after a number make of it; the stages below fill it in, in order. */
interface UnitReading {
  value: number;
  unit: string | null;
  unitRule: string;
  /** The token after the figure's last. */
  last: number;
  /** Offset the figure's text ends at where a mark after the digits ends it ("6’2”", "25 %"), else null (the end of token last - 1). */
  endAt: number | null;
  /** "300 18-hole courses": the token to read on from where a number stands before the noun counted, else null (last). */
  readOn: number | null;
  /** "it is - 5 degrees": the offset of a minus sign spaced before a temperature, else null. */
  spacedMinus: number | null;
}

/**
 * Adds the record of the number read at `num` (two for a range or a size written in one token:
 * "10-20%", "a 12x15 feet room"), with its hedge and unit, unless it is no figure. Returns the token
 * to read on from, or null where nothing was added.
 */
export function addNumberFigure(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules, countryAt: (CountryMatch | null)[], storyMoney: StoryMoney, figures: Figure[], meta: FigureTokens[]): number | null {
  // Hedges before the number ("about", "more than") and the unit after it.
  const hedge = hedgeBefore(parsed.tokens, num, rules);
  const reading = readUnit(parsed, num, rules, countryAt, storyMoney);
  if (!finishReading(parsed, num, reading, hedge, rules)) return null;
  const kept = keptReading(parsed, num, reading, rules);
  if (!kept) return null;
  pushFigures(parsed, num, reading, hedge, kept, figures, meta, rules);
  return reading.readOn ?? reading.last;
}

/** The length of the hedge right before the number ("about", "more than"), else 0. */
function hedgeBefore(tokens: Token[], num: NumberPhrase, rules: CompiledRules): number {
  let hedge = phraseEndingAt(tokens, num.first - 1, rules.hedges);
  // "jailed over $45 million fraud": after a noun, "over" means "about the matter of".
  if (hedge === 1 && tokens[num.first - 1].lower === 'over' && tokens[num.first - 2]?.tags.has('Noun') && !tokens[num.first - 2].tags.has('Pronoun')) hedge = 0;
  return hedge;
}

/**
 * The unit of the number: the one read with it (a per cent, a currency sign, a unit attached), else
 * the first found after it, in this order: a sign written after the digits, money or a per cent in
 * words, a unit of measure, then an age, a table label or the noun counted.
 */
function readUnit(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules, countryAt: (CountryMatch | null)[], storyMoney: StoryMoney): UnitReading {
  const { tokens, text } = parsed;
  const { currencyOf } = storyMoney;
  const r: UnitReading = {
    value: num.value,
    unit: num.percent ? 'percent' : num.currency ? currencyOf(num.currency, null, num.first) : num.unit,
    unitRule: num.percent ? 'figure-percent' : num.currency ? 'figure-currency' : num.unitRule ?? num.ruleId,
    last: num.last,
    endAt: null,
    readOn: null,
    spacedMinus: null,
  };
  // "Trump is 6’2”": the double prime closing a height marks its inches.
  const heightEnd = tokens[r.last - 1].end;
  if (r.unit === 'foot' && r.last === num.first + 1 && /^[1-8]['′’]\d{1,2}$/.test(tokens[r.last - 1].word) && /^["″”]/.test(text.slice(heightEnd, heightEnd + 1))) r.endAt = heightEnd + 1;
  if (!readSignAfter(parsed, num, rules, storyMoney, r) && !readMoneyAfter(parsed, num, rules, countryAt, storyMoney, r) && !readMeasureAfter(parsed, num, rules, r)) readCountAfter(parsed, num, rules, storyMoney, r);
  return r;
}

/** A sign written after the digits: a per cent sign apart, a degree sign and its scale, a currency or a cent sign. True where one is read. */
function readSignAfter(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules, storyMoney: StoryMoney, r: UnitReading): boolean {
  const { tokens, text } = parsed;
  const { currencyOf } = storyMoney;
  // "10 €", "500 $": a currency symbol written after the number (tokenised or European style).
  // "rose 25 % to 34,500 tonnes": a per cent sign written apart (tokenised or French style).
  const symbolAfter = !r.unit && num.digits ? /^ ?([^\p{L}\p{N}\s])(?=\s|[,.;:!?)]|$)/u.exec(text.slice(tokens[r.last - 1].end, tokens[r.last - 1].end + 3)) : null;
  if (symbolAfter?.[1] === '%') {
    [r.unit, r.unitRule] = ['percent', 'figure-percent'];
    r.endAt = tokens[r.last - 1].end + symbolAfter[0].length;
  } else if (symbolAfter && rules.unitAliases.has(symbolAfter[1])) {
    // "30 ° C", "86 ° F": the degree sign apart (tokenised text), then its scale; "a 40℃ heatwave":
    // a sign with its scale in one character, which the tagger leaves out of the word.
    r.unit = rules.unitAliases.get(symbolAfter[1])!;
    r.unitRule = 'unit-alias';
    r.endAt = tokens[r.last - 1].end + symbolAfter[0].trimEnd().length;
    // "40 ° k", "491 ° r": a letter that is a scale only after the sign, as the table lists it ("° k").
    const scaleAfter = r.unit === 'degree' ? rules.unitAliases.get(`${symbolAfter[1]} ${tokens[r.last]?.lower}`) ?? rules.unitAliases.get(tokens[r.last]?.lower ?? '') : undefined;
    if (scaleAfter && isTemperatureScale(scaleAfter) && tokens[r.last].sentence === tokens[r.last - 1].sentence && /^[\s°]*$/.test(tokens[r.last - 1].post)) {
      r.unit = scaleAfter;
      r.endAt = null;
      r.last++;
    }
  } else if (symbolAfter && rules.currencyPrefixes.has(symbolAfter[1])) {
    r.unit = currencyOf(rules.currencyPrefixes.get(symbolAfter[1])!, null, num.first);
    r.unitRule = 'figure-currency';
    r.endAt = tokens[r.last - 1].end + symbolAfter[0].length;
  } else if (symbolAfter && rules.currencyMinor.has(symbolAfter[1]) && Number.isInteger(r.value)) {
    // "99 ¢" (tokenised): the cent sign apart, like "99¢" (figure-currency-minor).
    r.unit = currencyOf(rules.currencyMinor.get(symbolAfter[1])!, null, num.first);
    r.value = shiftDecimal(r.value, -2);
    r.unitRule = 'figure-currency-minor';
    r.endAt = tokens[r.last - 1].end + symbolAfter[0].length;
  } else return false;
  return true;
}

/**
 * Money or a per cent written in words or codes after the number, perhaps after a country adjective
 * ("129 Canadian dlrs"), with the minor units after a currency word ("3 dollars 50 cents"); or a weight
 * in pounds, which is no sterling. True where one is read.
 */
function readMoneyAfter(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules, countryAt: (CountryMatch | null)[], storyMoney: StoryMoney, r: UnitReading): boolean {
  const tokens = parsed.tokens;
  const { currencyOf, thousandCurrency } = storyMoney;
  let scaled: { code: string; scale: number } | null = null;
  // "up 0.5pc" (figure-percent): British papers write "pc" in lower case; "5 PC" is a computer.
  const pct = !r.unit && !(tokens[r.last]?.lower === 'pc' && tokens[r.last].word !== 'pc') ? phraseAt(tokens, r.last, rules.percentWords) : 0;
  // "129 Canadian dlrs", "5 mln U.S. dlrs": a country adjective between the number and the currency.
  const adjective = !r.unit && sameRun(tokens, r.last - 1, r.last) ? countryBeforeMoneyAt(tokens, r.last, rules, countryAt) : null;
  const currencyAt = adjective ? adjective.last : r.last;
  // "a gain of seven cts/shr", "400 dlrs/tonne": a money word before a slash and what it is per.
  const moneyWord = beforeSlash(tokens[currencyAt]?.lower ?? '', rules);
  // "5 euro cents", "40 deutsche marks": a money word and the word after it.
  const moneyPhrase = `${moneyWord} ${tokens[currencyAt + 1]?.lower}`;
  if (!r.unit && num.digits && sameRun(tokens, r.last - 1, r.last) && tokens[r.last].word.length > 1 && /\p{Sc}/u.test(tokens[r.last].word) && rules.currencyPrefixes.has(tokens[r.last].lower)) {
    // "sold for 700 US$", "50 hk$": a prefix of figure-currency-prefix with its sign, written after the number.
    r.unit = currencyOf(rules.currencyPrefixes.get(tokens[r.last].lower)!, null, num.first);
    r.unitRule = 'figure-currency';
    r.last += 1;
  } else if (pct) {
    const words = tokens.slice(r.last, r.last + pct).map((t) => t.lower).join(' ');
    // "rose 2 pct pts", "by 3 ppts": the percentage point (figure-percentage-point).
    r.unitRule = rules.percentWords.ruleOf.get(words) ?? 'figure-percent';
    r.unit = r.unitRule === 'figure-percentage-point' ? 'percentage point' : 'percent';
    r.last += pct;
  } else if (!r.unit && !adjective && isThousandSlang(tokens, num, rules)) {
    // "paid 50 grand for the car" (figure-currency-thousand); not "five grand slams".
    r.unit = thousandCurrency(rules.currencyThousands.get(tokens[r.last].word)!, num.first);
    r.unitRule = 'figure-currency';
    r.value = scaleBy(r.value, 1000);
    r.last += 1;
  } else if (!r.unit && !adjective && isWeightPounds(parsed, num, rules)) {
    // "he lost 25 pounds", "two pounds of rice": a weight, not sterling (unit-weight-cue).
    r.unit = 'pound (weight)';
    r.unitRule = 'unit-alias';
    r.last += 1;
  } else if (!r.unit && !adjective && sameRun(tokens, r.last - 1, r.last) && (scaled = scaledCode(tokens[r.last]?.word ?? '', rules))) {
    // "losses in excess of 30 MUSD", "twenty MSEK": a scale letter before an ISO code.
    r.unit = scaled.code;
    r.unitRule = 'figure-currency';
    r.value = scaleBy(r.value, scaled.scale);
    r.last += 1;
  } else if (!r.unit && rules.currencyMinor.has(moneyPhrase) && sameRun(tokens, currencyAt - 1, currencyAt) && sameRun(tokens, currencyAt, currencyAt + 1)) {
    // "5 euro cents" (figure-currency-minor): the minor unit named with its currency.
    r.unit = currencyOf(rules.currencyMinor.get(moneyPhrase)!, adjective?.entry.code ?? null, num.first);
    r.value = shiftDecimal(r.value, -2);
    r.unitRule = 'figure-currency-minor';
    r.last = currencyAt + 2;
  } else if (!r.unit && rules.currencies.has(moneyPhrase) && sameRun(tokens, currencyAt - 1, currencyAt) && sameRun(tokens, currencyAt, currencyAt + 1)) {
    // "40 deutsche marks", "500 CFA francs": a currency named in two words (figure-currency).
    r.unit = currencyOf(rules.currencies.get(moneyPhrase)!, adjective?.entry.code ?? null, num.first);
    r.unitRule = 'figure-currency';
    r.last = currencyAt + 2;
  } else if (!r.unit && !adjective && rules.milestoneWords.has(tokens[currencyAt]?.word ?? '') && tokens[num.first - 1]?.lower === 'the' && r.value !== 1 && !describesNounAfter(tokens, currencyAt)) {
    // "Cases could eclipse the 600 mark", "passed the 1,000 mark": a milestone, not Deutsche marks
    // (figure-milestone); the number stands alone. Before a noun it is money ("the 500 mln mark drop").
  } else if (!r.unit && (rules.currencies.has(moneyWord) || capitalCode(tokens, currencyAt, rules)) && sameRun(tokens, currencyAt - 1, currencyAt)) {
    // "3,000 XOF a night": a code of figure-currency-code in capitals, after the number.
    r.unit = currencyOf(rules.currencies.get(moneyWord) ?? tokens[currencyAt].word, adjective?.entry.code ?? null, num.first);
    r.unitRule = adjective ? 'figure-currency-national' : 'figure-currency';
    r.last = currencyAt + 1;
    // "The cost is 500 USD,100 times more": the tagger keeps a code and the digits after a comma
    // with no space in one word; the figure ends at the comma.
    if (tokens[currencyAt].lower.startsWith(`${moneyWord},`)) r.endAt = tokens[currencyAt].start + moneyWord.length;
    const code = isoCode(tokens[currencyAt].word, rules) !== null;
    // "lost 75 USD million": a code written before the scale.
    if (code && num.scale === 1 && sameRun(tokens, r.last - 1, r.last) && rules.scales.has(tokens[r.last]?.lower ?? '') && tokens[r.last].lower.length > 2) {
      r.value = scaleBy(r.value, rules.scales.get(tokens[r.last].lower)!);
      r.last++;
    }
    // "3 dollars 50 cents", "will rise to 17 USD 25" (a code read before its number, "rmb 10 usd 20",
    // never gets here: that number has its currency).
    const cents = num.scale === 1 && Number.isInteger(r.value) && r.endAt === null ? minorAfter(parsed, r.last, rules) : null;
    if (cents) {
      // "3 dollars 50 cents", "thirteen dollars forty-five", "15 dollars and 15."
      r.value = exactSum(r.value, shiftDecimal(cents.value, -2));
      r.last = cents.last;
    }
  } else if (!r.unit && moneyWord.length > 1 && rules.currencyMinor.has(moneyWord) && sameRun(tokens, currencyAt - 1, currencyAt)) {
    // "15 cts a share" is 0.15 dollars.
    r.unit = currencyOf(rules.currencyMinor.get(moneyWord)!, adjective?.entry.code ?? null, num.first);
    r.value = shiftDecimal(r.value, -2);
    r.unitRule = 'figure-currency-minor';
    r.last = currencyAt + 1;
  } else return false;
  return true;
}

/** A unit of measure after the number: a unit phrase or a rate, with the inches after feet; a letter, an abbreviation or a temperature scale written apart. True where one is read. */
function readMeasureAfter(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules, r: UnitReading): boolean {
  const { tokens, text } = parsed;
  let measure: { phrase: string; length: number; unit?: string } | null = null;
  if (!r.unit && (measure = compoundUnitAt(tokens, r.last, rules) ?? unitPhraseAt(tokens, r.last, rules))) {
    // "42 km", "11 kilometres", "600,000 barrels per day", "2,000 sq ft"; "10 meters / second" (a rate of two units).
    r.unit = measure.unit ?? rules.unitAliases.get(measure.phrase)!;
    // "copies at 200 MB/s": a capital B is the byte (unit-byte-capital); "Mb/s" stays the bit.
    r.unit = rules.unitByteCapital.get(text.slice(tokens[r.last].start, tokens[r.last + measure.length - 1].end).replace(/\s+/g, '')) ?? r.unit;
    r.unitRule = 'unit-alias';
    r.last += measure.length;
    // "a three-year-old boy"
    if (isHyphenPost(tokens[r.last - 1].post)) r.last += sizeWordAt(tokens, r.last, rules, ['size', 'age', 'count']);
    const inches = r.unit === 'foot' && Number.isInteger(r.value) ? inchesAfter(parsed, r.last, rules) : null;
    if (inches) {
      // "5 feet 2 inches", "12 ft 2 in": one length in feet (5 + 2/12).
      r.value = exactSum(r.value, inches.value / 12);
      r.last = inches.last;
    }
  } else if (!r.unit && num.digits && num.scale === 1 && letterUnitAt(parsed, r.last, rules)) {
    // "a slab of 1 m x 1 m", "a wall 5 m long": a metric symbol written apart.
    r.unit = rules.unitAliases.get(tokens[r.last].lower)!;
    r.unitRule = 'unit-alias';
    r.last += 1;
  } else if (!r.unit && num.digits && num.scale === 1 && wordUnitAt(parsed, r.last, rules)) {
    // "a pipe 3 in. wide", "the rod is 9 in." (unit-word-apart).
    r.unit = rules.unitWordsApart.get(tokens[r.last].lower)!;
    r.unitRule = 'unit-alias';
    r.last += 1;
  } else if (!r.unit && num.digits && num.scale === 1 && temperatureLetterAt(parsed, r.last, rules)) {
    // "Temperatures rose to 104 F": a scale letter apart, in a sentence about temperature (unit-temperature-cue).
    r.unit = rules.unitAliases.get(tokens[r.last].lower)!;
    r.unitRule = 'unit-alias';
    r.last += 1;
  } else return false;
  return true;
}

/** Else an age, a table's share or money label, or the noun the number counts (findUnit). */
function readCountAfter(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules, storyMoney: StoryMoney, r: UnitReading): void {
  const tokens = parsed.tokens;
  const { currencyOf } = storyMoney;
  if (!r.unit && isAge(parsed, num, rules)) {
    // "a boy aged 12"; "Williams, 29, said".
    r.unit = 'year';
    r.unitRule = 'unit-age';
  } else if (!r.unit && num.digits && !num.percent && afterShareLabel(tokens, num.first, rules)) {
    // Reuters tables: "Shrs out 9,138,526 vs 8,839,695", "Avg shrs 12,345,000".
    r.unit = 'share';
    r.unitRule = 'figure-share-label';
  } else if (!r.unit && num.digits && !num.percent && afterMoneyLabel(tokens, num.first, rules)) {
    // Reuters tables: "Net 3,446,000 vs 3,789,000", "Revs 220.9 mln": amounts in the story's dollars.
    r.unit = currencyOf('dollar', null);
    r.unitRule = 'figure-money-label';
  } else if (!r.unit) {
    const counted = findUnit(parsed, num, rules);
    if (counted) {
      const noun = tokens[counted.at].lower;
      // "billions of dollars" counts money.
      const money = rules.currencies.get(noun);
      // "85.6 mln cargo ton miles": a unit of several words that opens at the noun is read whole.
      const longer = money ? null : unitOfWordsAt(tokens, counted.at, rules, true);
      if (longer) counted.last = longer.last;
      r.unit = money ? currencyOf(money, null, num.first) : longer?.unit ?? rules.unitAliases.get(noun) ?? rules.compoundHaving.get(noun) ?? (counted.hyphenated || rules.invariantNouns.has(noun) ? noun : COMPOUND_PLURAL.test(noun) ? noun.replace(/children$/, 'child').replace(/men$/, 'man') : (rules.pluralSingulars.get(noun) ?? nounToSingular(noun)));
      if (rules.currencies.has(noun)) r.unitRule = 'figure-currency';
      r.last = counted.last;
      // "300 18-hole courses": a number between the figure and its noun is read next, as its own figure.
      if (tokens.slice(num.last, r.last).some((t) => /\d/.test(t.word))) r.readOn = num.last;
    }
  }
}

/**
 * The amount's last parts and the unit's finer reading, once the unit is found: minor units after an
 * amount with its sign before it, the smaller part of a compound unit, a temperature's scale and sign,
 * poll points, angles. False where the number counts university degrees.
 */
function finishReading(parsed: ParsedText, num: NumberPhrase, r: UnitReading, hedge: number, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  // "$ 5 and 50 cents", "c $ 100 and fifty.": the minor units after an amount written with its sign
  // before it, read as after a currency word (minorAfter); "between $15 and 20." is a range.
  const signCents = num.currency && r.unitRule === 'figure-currency' && r.last === num.last && num.scale === 1 && Number.isInteger(r.value) && r.endAt === null && !/^(between|from)$/.test(tokens[num.first - 1]?.lower ?? '') ? minorAfter(parsed, r.last, rules) : null;
  if (signCents) {
    r.value = exactSum(r.value, shiftDecimal(signCents.value, -2));
    r.last = signCents.last;
  }
  // "the 6ft 2in striker", "the baby weighed 7lb 4oz": the smaller unit attached to its digits after
  // the larger attached to theirs, one amount in the larger (unit-compound-part).
  const compound = r.unit && r.unitRule === 'unit-attached' && Number.isInteger(r.value) ? rules.compoundParts.get(r.unit) : undefined;
  const partAttached = compound && sameRun(tokens, r.last - 1, r.last) ? /^(\d{1,2})(\p{L}+)$/u.exec(tokens[r.last]?.word ?? '') : null;
  if (compound && partAttached && Number(partAttached[1]) < compound.per && ((compound.part === 'inch' && /^ins?$/i.test(partAttached[2])) || rules.unitAliases.get(partAttached[2].toLowerCase()) === compound.part)) {
    r.value = exactSum(r.value, Number(partAttached[1]) / compound.per);
    r.last++;
  }
  // "Water boils at 100° Celsius": the scale written after the degree sign.
  const scaleWord = r.unit === 'degree' && num.unit && sameRun(tokens, r.last - 1, r.last) ? rules.unitAliases.get(tokens[r.last]?.lower ?? '') : undefined;
  if (scaleWord && isTemperatureScale(scaleWord)) {
    r.unit = scaleWord;
    r.last++;
  }
  // "up four points from a survey last week", "beat him by 18 points (58 percent to 40 percent)": poll
  // margins are percentage points (unit-point-poll-cue); index and score points are not (unit-point-market-cue).
  if (r.unit === 'point' && isPollPoint(parsed, num.first, rules)) r.unit = 'percentage point';
  // "It was ten degrees below zero" (unit-temperature-below-zero).
  // "It was 20 below zero", "twenty below zero": with nothing counted, the number is a bare degree.
  const bareBelow = !r.unit && num.scale === 1 && !num.low && r.value > 0 && sameRun(tokens, r.last - 1, r.last) ? phraseAt(tokens, r.last, rules.belowZero) : 0;
  if (bareBelow) [r.unit, r.unitRule] = ['degree', 'unit-alias'];
  const below = (r.unit === 'degree' || r.unit?.startsWith('degree ')) && r.value > 0 && sameRun(tokens, r.last - 1, r.last) ? phraseAt(tokens, r.last, rules.belowZero) : 0;
  if (below) {
    r.value = -r.value;
    r.last += below;
    r.endAt = null;
  }
  // "it is - 5 degrees outside", "the low is - 3 ° c": tokenised text spaces the minus sign of a
  // temperature; after a number the dash joins a range ("5 - 10 degrees").
  r.spacedMinus = (r.unit === 'degree' || (r.unit !== null && isTemperatureScale(r.unit))) && r.value > 0 && num.signAt === null && !num.low && !hedge ? spacedSignBefore(parsed, num.first, rules) : null;
  if (r.spacedMinus !== null) r.value = -r.value;
  // "Rotate 90°", "a 180-degree turn": a bare degree in a sentence about angles and not about
  // the weather is an angle (rule unit-angle-cue).
  // "she holds two degrees from Harvard", "2 degrees in physics": university degrees (unit-degree-academic-cue).
  if (r.unit === 'degree' && isAcademicDegree(parsed, r.last - 1, rules)) return false;
  if (r.unit === 'degree' && isAngle(parsed, num.first, rules)) r.unit = 'degree (angle)';
  return true;
}

/**
 * Whether the number as read is kept: with a unit, in digits, or a number in words that may yet take
 * a unit from another figure (`words`, `awaitsUnit`: see FigureTokens); null where it is none, or no
 * figure (isNotAFigure).
 */
function keptReading(parsed: ParsedText, num: NumberPhrase, r: UnitReading, rules: CompiledRules): { words: boolean; awaitsUnit: boolean } | null {
  const tokens = parsed.tokens;
  const { value, unit, unitRule, last } = r;
  // "eight to 10 feet", "two or three miles": a word number with nothing counted is kept for now
  // when a range or a choice goes on to another number, whose unit it may take (linkRanges).
  const joiner = tokens[last]?.lower ?? '';
  // "Six of the 11 players": kept too when "of the" and a number follow (partOfAt).
  // "compared with eight and nine pct": one of two numbers that share the unit of the second.
  // Not a share of the same number ("two and one half pct", "three and one-half hours").
  const shareFollows = tokens[last + 1]?.post === '-' || rules.fractions.has(tokens[last + 2]?.lower ?? '') || tokens[last + 2]?.lower === 'half';
  const listed = joiner === 'and' && (tokens[num.first - 1]?.lower === 'between' || (!!tokens[last + 1] && isNumberToken(tokens[last + 1], rules) && !shareFollows));
  const lowEnd = !unit && !num.digits && (/^(to|or)$/.test(joiner) || listed || (joiner === 'of' && partOfAt(tokens, last, rules) > 0)) && sameRun(tokens, last - 1, last) && sameRun(tokens, last, last + 1);
  const before = tokens[num.first - 1];
  // "while Clinton named six.": a number in words that closes its clause right after a verb may count
  // the noun of a parallel clause before it (unitsByGapping).
  const gapped = Number.isInteger(value) && value >= 2 && !!before && before.tags.has('Verb') && !before.tags.has('Auxiliary') && sameRun(tokens, num.first - 1, num.first) && endsClauseAfter(tokens, last - 1);
  // "Nine people were killed and two were wounded": a number in words that opens a clause going
  // straight to its verb may count the noun of a parallel clause before it (unitsBySubjectGapping).
  // (Asked only of a number in words with nothing counted: most numbers are neither.)
  const subjectGapped = () => Number.isInteger(value) && value >= 2 && opensGappedClause(tokens, num.first, last, rules);
  // "The storm killed two and injured five": a number in words after a verb of figure-casualty
  // counts people (unitsOfPeople).
  const casualties = () => afterCasualtyVerb(tokens, num.first, rules);
  // "Australia were 225 for five": the wickets of a cricket score (unitsFromCricketScore).
  const wicketsAfterRuns = before?.lower === 'for' && /^\d+$/.test(tokens[num.first - 2]?.word ?? '') && sameRun(tokens, num.first - 2, num.first - 1);
  // (A vague plural alone is kept anyway: "from hundreds to thousands".)
  const awaitsUnit = !unit && !num.digits && num.ruleId !== 'figure-vague-plural' && ((num.wordScale ?? 1) > 1 || rules.comparisons.has(before?.lower ?? '') || gapped || wicketsAfterRuns || subjectGapped() || casualties());
  // "Thousands protested", "Hundreds were killed": a vague plural alone is the floor of a crowd
  // (figure-vague-plural). Not a table's note of its scale ("in thousands -") or a size in digits
  // ("the double-digit millions": figure-vague-plural-not-after), nor "scores" without "of"
  // (figure-vague-plural-not-alone: "test scores").
  const scaleNote = rules.vaguePluralsNotAfter.has(before?.lower ?? '');
  const vagueAlone = !unit && num.ruleId === 'figure-vague-plural' && !scaleNote && !(rules.vaguePluralsNotAlone.has(tokens[num.first].lower) && tokens[num.first + 1]?.lower !== 'of');
  if (!unit && !num.digits && !lowEnd && !awaitsUnit && !vagueAlone) return null;
  if (isNotAFigure(parsed, num, unit, unitRule, last, rules)) return null;
  if (!Number.isFinite(value)) return null;
  return { words: lowEnd, awaitsUnit };
}

/** Pushes the record of the number with its span, hedge and direction, and its tokens; a range or a size in one token gives one record a number. */
function pushFigures(parsed: ParsedText, num: NumberPhrase, r: UnitReading, hedge: number, kept: { words: boolean; awaitsUnit: boolean }, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const { tokens, text } = parsed;
  const { value, unit, unitRule, last, endAt, spacedMinus } = r;
  const orSo = tokens[last]?.lower === 'or' && tokens[last + 1]?.lower === 'so';
  let start = num.signAt ?? spacedMinus ?? num.startAt ?? tokens[num.first].start;
  let end = endAt ?? tokens[last - 1].end;
  // "thousands (of troops)": keep the bracket the figure opened.
  if (text.slice(start, end).includes('(') && text[end] === ')') end++;
  if (num.percent && tokens[num.last - 1].word.endsWith('%')) end = Math.max(end, tokens[num.last - 1].end);
  const figure: Figure & { qualifier?: string } = {
    text: text.slice(start, end),
    start,
    end,
    value,
    unit,
    approximate: num.approximate || hedge > 0 || orSo,
    ruleId: unitRule,
    attributedTo: null,
  };
  if (hedge) figure.qualifier = text.slice(tokens[num.first - hedge].start, tokens[num.first - 1].end);
  const change = num.signAt !== null ? (value < 0 ? 'down' : 'up') : (changeBefore(tokens, num.first - hedge, rules) ?? changeAfter(tokens, num.first - hedge, last, rules));
  if (change && (!unit || unit === 'percent' || unit === 'percentage point' || unitRule.startsWith('figure-currency') || unit === 'point' || unit === 'basis point')) figure.change = change;
  if (num.low) {
    // "10-20%": one figure per number, linked by their range.
    // A quote's offer may be below its bid ("5.74/72 pct"): the range runs from the smaller.
    const lowEnd = start + num.low.chars;
    // "an operating loss of 19-24 cts a share": the low end in minor units too.
    const low = unitRule === 'figure-currency-minor' ? shiftDecimal(num.low.value, -2) : num.low.value;
    const range = { low: Math.min(low, value), high: Math.max(low, value) };
    figures.push({ ...figure, text: text.slice(start, lowEnd), end: lowEnd, value: low, range });
    meta.push({ first: num.first, last: num.first, scale: num.scale, from: false });
    start = lowEnd + num.low.gap;
    Object.assign(figure, { start, text: text.slice(start, end), range: { ...range } });
  } else if (num.side) {
    // "a 12x15 feet room": one figure per side, each with the unit (no range).
    const sideEnd = start + num.side.chars;
    figures.push({ ...figure, text: text.slice(start, sideEnd), end: sideEnd, value: num.side.value });
    meta.push({ first: num.first, last: num.first, scale: 1, from: false });
    start = sideEnd + num.side.gap;
    Object.assign(figure, { start, text: text.slice(start, end) });
  }
  figures.push(figure);
  meta.push({ first: num.first, last, scale: num.scale, wordScale: num.wordScale, from: tokens[num.first - hedge - 1]?.lower === 'from', words: kept.words, awaitsUnit: kept.awaitsUnit });
}

/** The record of a fraction read at `fraction` ("nearly a third of voters", "three-quarters of a percentage point"); its `last` moves past "of a percent". */
export function fractionFigure(parsed: ParsedText, fraction: { first: number; last: number; value: number }, rules: CompiledRules): Figure {
  const { tokens, text } = parsed;
  // "three-quarters of a percentage point", "half of one percent": the fraction is that many of the percent
  // (figure-fraction; the unit and its rule are figure-percent's or figure-percentage-point's).
  const ofOne = tokens[fraction.last]?.lower === 'of' && /^(a|one)$/.test(tokens[fraction.last + 1]?.lower ?? '') && sameRun(tokens, fraction.last - 1, fraction.last) && sameRun(tokens, fraction.last, fraction.last + 1) && sameRun(tokens, fraction.last + 1, fraction.last + 2);
  const pctOf = ofOne ? phraseAt(tokens, fraction.last + 2, rules.percentWords) : 0;
  const pctRule = pctOf ? rules.percentWords.ruleOf.get(tokens.slice(fraction.last + 2, fraction.last + 2 + pctOf).map((t) => t.lower).join(' ')) ?? 'figure-percent' : null;
  if (pctOf) fraction.last += 2 + pctOf;
  const [start, end] = [tokens[fraction.first].start, tokens[fraction.last - 1].end];
  // "nearly a third of voters", "more than half of the flights" (figure-hedge).
  const hedge = phraseEndingAt(tokens, fraction.first - 1, rules.hedges);
  const figure: Figure = { text: text.slice(start, end), start, end, value: fraction.value, unit: pctRule ? (pctRule === 'figure-percentage-point' ? 'percentage point' : 'percent') : null, approximate: hedge > 0, ruleId: pctRule ?? 'figure-fraction', attributedTo: null };
  if (hedge) figure.qualifier = text.slice(tokens[fraction.first - hedge].start, tokens[fraction.first - 1].end);
  // "profits fell by a third", "cut by half": a change word before "by" gives the direction (figure-change).
  const change = tokens[fraction.first - hedge - 1]?.lower === 'by' ? changeBefore(tokens, fraction.first - hedge, rules) : null;
  if (change) figure.change = change;
  return figure;
}

/** "rose 5%", "down 5 pct", "fell by 2 points": the direction of a change written before the number. */
function changeBefore(tokens: Token[], k: number, rules: CompiledRules): 'up' | 'down' | null {
  let j = k - 1;
  // "rose another 50 cents Monday to 8.375 a share", "fell a further 2 pct" (figure-change-extent).
  if (tokens[j]?.lower === 'by') j--;
  else if (j >= 0) j -= phraseEndingAt(tokens, j, rules.changeExtents);
  const t = tokens[j];
  const direction = t ? rules.changeWords.get(t.lower) : undefined;
  return direction === 'up' || direction === 'down' ? direction : null;
}

/**
 * "The AEX index closed 4.54 points easier at 556.19", "closed 2.40 guilders down at 80.70": the
 * direction written right after the amount, token `last` (figure-change-after), where a verb of
 * figure-change-after-verb comes before the amount at `first` (past adverbs: "ended just 0.20 up").
 * Not before a noun it describes ("a 5,000 dlr down payment"); a day may follow ("ended 12 cents
 * higher Friday").
 */
function changeAfter(tokens: Token[], first: number, last: number, rules: CompiledRules): 'up' | 'down' | null {
  const t = tokens[last];
  if (!t || !sameRun(tokens, last - 1, last)) return null;
  let verb = first - 1;
  while (verb > 0 && tokens[verb].tags.has('Adverb') && sameRun(tokens, verb - 1, verb)) verb--;
  if (verb < 0 || !rules.changeAfterVerbs.has(tokens[verb].lower) || !sameRun(tokens, verb, first)) return null;
  const direction = rules.changeAfterWords.get(t.lower);
  if (direction !== 'up' && direction !== 'down') return null;
  const next = tokens[last + 1];
  const describes = !!next && sameRun(tokens, last, last + 1) && next.tags.has('Noun') && !next.tags.has('Date') && !next.tags.has('Duration');
  // "rose from 805.50 up to 807 stg": "up to" brings in the level reached; the number before is a level too.
  const upTo = next?.lower === 'to' && sameRun(tokens, last, last + 1);
  return describes || upTo ? null : direction;
}

/**
 * The minor units after a currency word: "50 cents" in "3 dollars 50 cents", or a bare number
 * under 100 that ends the sentence or clause ("15 dollars 50.", "15 dollars and 15").
 */
function minorAfter(parsed: ParsedText, k: number, rules: CompiledRules): { value: number; last: number } | null {
  const tokens = parsed.tokens;
  if (!sameRun(tokens, k - 1, k) || /\s-|-\s/.test(tokens[k - 1].post)) return null;
  const and = tokens[k]?.lower === 'and' && sameRun(tokens, k, k + 1);
  const at = and ? k + 1 : k;
  const num = readNumber(parsed, at, rules);
  // "17 USD 25": the code just read is also a prefix of the number after it.
  const codeBefore = !!num && !and && num.first === at - 1 && isoCode(tokens[at - 1].word, rules) !== null;
  if (!num || (num.first !== at && !codeBefore) || (num.currency && !codeBefore) || num.percent || num.unit || num.scale !== 1 || !Number.isInteger(num.value) || num.value < 1 || num.value > 99) return null;
  const next = tokens[num.last];
  if (next && rules.currencyMinor.has(next.lower) && next.lower.length > 1 && sameRun(tokens, num.last - 1, num.last)) return { value: num.value, last: num.last + 1 };
  // A bare number must end the clause: "15 dollars 50 times" is two figures; after "and" it must
  // end the sentence ("it costs only 15 dollars and 15."), else it is another figure ("earned 2 dlrs
  // in 1986 and 3 in 1987").
  const endsClause = endsClauseAfter(tokens, num.last - 1);
  const endsSentence = !next || !sameSentence(tokens, num.last - 1, num.last) || /^\s*[.!?]/.test(tokens[num.last - 1].post);
  if (and ? endsSentence : endsClause) return { value: num.value, last: num.last };
  return null;
}

// "50 grand", "owes him 10 grand.", "100 grand last year": slang for a thousand, in lower case after a
// number with no scale, where no noun follows that it would describe ("five grand slams", "the 2009 grand prix").
function isThousandSlang(tokens: Token[], num: NumberPhrase, rules: CompiledRules): boolean {
  const t = tokens[num.last];
  if (!t || !rules.currencyThousands.has(t.word) || num.scale !== 1 || num.currency || num.percent || num.unit || !sameRun(tokens, num.last - 1, num.last)) return false;
  const next = tokens[num.last + 1];
  if (!next || !sameRun(tokens, num.last, num.last + 1)) return true;
  return !(next.tags.has('Noun') && !next.tags.has('Date')) && !isCapitalised(next);
}

function isWeightPounds(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  const t = tokens[num.last];
  if (!t || !/^(pound|pounds)$/.test(t.lower) || num.currency || !sameRun(tokens, num.last - 1, num.last)) return false;
  // "two pounds of rice", "15 mln pounds of copper" (a scale too): what is weighed follows, unless it
  // is money ("5 million pounds of new investment", "of public money": unit-pound-money-noun, figure-money-cue).
  if (tokens[num.last + 1]?.lower === 'of' && sameRun(tokens, num.last, num.last + 1)) {
    for (let k = num.last + 2; k < num.last + 5 && tokens[k] && sameRun(tokens, k - 1, k); k++) {
      const word = tokens[k].lower;
      if (rules.currencies.has(word) || rules.poundMoneyNouns.has(word) || rules.moneyCues.has(word)) return false;
      if (!tokens[k].tags.has('Adjective') && !tokens[k].tags.has('Determiner') && !tokens[k].tags.has('Possessive')) break;
    }
    return true;
  }
  if (num.scale !== 1) return false;
  // "a 20-pound turkey", "a 300 - pound linebacker": joined by a hyphen to the number before a noun,
  // a weight whatever word of money the sentence has, unless the noun is money (unit-pound-money-noun:
  // "a 5-pound note").
  if (t.lower === 'pound' && /^\s*-\s*$/.test(tokens[num.last - 1].post) && describesWeight(tokens, num.last + 1, rules)) return true;
  // "445,000 unsold 100-pound (45-kg) bags": a conversion in brackets to a metric weight is a weight,
  // whatever word of money the sentence has ("lined up to receive their last pay").
  const converted = /^\s*\(\s*(?:about\s+|some\s+)?[\d.,]+(?:\s*|-)(\p{L}+)/u.exec(parsed.text.slice(t.end, t.end + 40));
  if (converted && /^(kilogram|gram|tonne|milligram)$/.test(rules.unitAliases.get(converted[1].toLowerCase()) ?? '')) return true;
  // "it weighs 5 . 5 pounds": the tagger may end a sentence at a spaced decimal point, so the number's
  // sentences are read from the first to the one with "pounds".
  const [from, to] = [parsed.sentences[tokens[num.first].sentence], parsed.sentences[t.sentence]];
  let weight = false;
  for (let k = from.first; k < to.last; k++) {
    // "the newborn formula costs two pounds": a word of money keeps sterling (figure-money-cue).
    if (rules.moneyCues.has(tokens[k].lower)) return false;
    weight ||= rules.weightCues.has(tokens[k].lower);
  }
  return weight;
}

/** "2 inches" or "2 in" after a length in feet ("5 feet 2 inches", "5 feet and 2 inches"). */
function inchesAfter(parsed: ParsedText, k: number, rules: CompiledRules): { value: number; last: number } | null {
  const tokens = parsed.tokens;
  // "he stands 6 - foot - 4" (tokenised "6-foot-4"): inches hyphenated after a number hyphenated to "foot".
  const chained = tokens[k - 1]?.lower === 'foot' && isHyphenPost(tokens[k - 1].post) && isHyphenPost(tokens[k - 2]?.post ?? '') && /^\d{1,2}$/.test(tokens[k]?.word ?? '') && Number(tokens[k].word) < 12 && sameSentence(tokens, k - 1, k);
  if (chained && !(tokens[k + 1] && sameRun(tokens, k, k + 1) && (phraseAt(tokens, k + 1, rules.unitPhrases) > 0 || rules.numericToken.test(tokens[k + 1].word) || /^\s?-/.test(tokens[k].post)))) return { value: Number(tokens[k].word), last: k + 1 };
  if (!joinedOverPoint(tokens, k - 1, k) || /\s-|-\s/.test(tokens[k - 1].post)) return null;
  const at = tokens[k]?.lower === 'and' && sameRun(tokens, k, k + 1) ? k + 1 : k;
  const num = readNumber(parsed, at, rules);
  if (!num || num.first !== at || num.currency || num.percent || num.unit || num.scale !== 1 || num.value < 0 || num.value >= 12) return null;
  const t = tokens[num.last];
  // "he is 6 foot 2.": whole inches after "foot" with no unit, where the clause ends ("6 feet 2 times"
  // is two figures).
  if (at === k && Number.isInteger(num.value) && tokens[k - 1].lower === 'foot' && endsClauseAfter(tokens, num.last - 1)) return { value: num.value, last: num.last };
  if (!t || !sameRun(tokens, num.last - 1, num.last)) return null;
  if (rules.unitAliases.get(t.lower) === 'inch') return { value: num.value, last: num.last + 1 };
  // "he is 5 ft 2 in", "12 ft 2 in more or less"; not "5 ft 2 in the morning".
  const next = tokens[num.last + 1];
  if (t.lower === 'in' && (endsClauseAfter(tokens, num.last) || !/^(the|a|an|this|that|its|his|her|their|our|\d.*)$/.test(next.lower))) return { value: num.value, last: num.last + 1 };
  return null;
}

// "is - 5": the offset of a minus sign with a space after it, before token k, where the word before the
// sign (if any) is no number; else null.
function spacedSignBefore(parsed: ParsedText, k: number, rules: CompiledRules): number | null {
  const t = parsed.tokens[k];
  const prev = parsed.tokens[k - 1];
  const from = prev && prev.sentence === t.sentence ? prev.end : t.start - t.pre.length;
  const gap = /^(\s*)[-−] $/.exec(parsed.text.slice(from, t.start));
  if (!gap || (prev && prev.sentence === t.sentence && (gap[1] === '' || isNumberToken(prev, rules)))) return null;
  return from + gap[1].length;
}

/**
 * "the 500 mln mark drop", "the 44 billion mark tax reform": the word at k describes what follows it,
 * unless the clause ends there or a preposition, a determiner, a conjunction or an adverb follows
 * ("passed the 2400 mark for the first time", "the 600 mark this week", "the three million mark before long").
 */
function describesNounAfter(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || !sameRun(tokens, k, k + 1)) return false;
  return !['Preposition', 'Determiner', 'Conjunction', 'Adverb'].some((tag) => next.tags.has(tag));
}

