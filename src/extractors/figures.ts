// Figures: numbers with what they count. "26 countries", "thousands of foreign troops"
// (approximate, floor 1000), "$5.2 billion" (USD), "12%" and "12 percent", word numbers
// ("three-and-a-half year-old war" → 3.5 year), hedges ("about 40", "more than 3").
// Does not count numbers that are names or idioms ("World War Two", "one of its reasons",
// "no one", "a few"), dates, years, times or ordinals; a word number with nothing counted is left out.
import { languageModel } from '../packages.js';
import { placeKey, tokenizePhrase, type CompiledRules, type PhraseSet } from '../rules.js';
import { endsPossessive, isCapitalised, isSentenceStart, type ParsedText, type Token } from '../parse.js';
import type { Figure } from '../types.js';
import type { CountryMatch } from '../country-match.js';
import { countryOfPhrase } from '../country-data.js';

/** "km", "rs", "kr": two or three letters and no vowel, an abbreviation and no English word. */
const VOWELLESS_ABBREVIATION = /^[^aeiouy\W\d]{2,3}$/;

interface NumberPhrase {
  first: number;
  last: number;
  value: number;
  /** ISO 4217 code, or a lower-case family ("dollar") that the story decides. */
  currency: string | null;
  percent: boolean;
  /** A unit written into the number token itself ("500m" in a race → metre, "5km"). */
  unit: string | null;
  unitRule: string | null;
  /** Product of the scales read ("5.2 billion" → 1e9): a range's low end takes it too. */
  scale: number;
  /** The scale word that ends a number in words ("three million" → 1e6), for a range's low end. */
  wordScale?: number;
  /** "10-20%": the low end written in the same token, and its length in characters. */
  low: { value: number; chars: number; gap: number } | null;
  /** "12x15", "3-by-4-metre": the first side of a size written in the same token, its length in characters and the joiner's. */
  side?: { value: number; chars: number; gap: number };
  /** Offset of a minus or plus sign written before the digits ("-1.3%"), else null. */
  signAt: number | null;
  /** Offset of a currency symbol written apart before the digits ("$ 14 million"), else null. */
  startAt: number | null;
  approximate: boolean;
  ruleId: string;
  /** Written with digits (kept without a unit) or words (kept only with a unit). */
  digits: boolean;
}

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
  const { tokens, text } = parsed;
  let story: string | null | undefined;
  // "30 mln Australian dollars ... Denominations are 1,000 and 10,000 dlrs": once a story names
  // a family's country, later bare mentions are the same currency.
  const named = new Map<string, string>();
  const currencyOf = (code: string, adjective: string | null, at?: number): string => {
    if (code !== code.toLowerCase()) return code;
    const national = adjective ? rules.currencyNational.get(`${adjective} ${code}`) : undefined;
    if (national) {
      if (!named.has(code)) named.set(code, national);
      return national;
    }
    if (named.has(code)) return named.get(code)!;
    story ??= storyCountry(parsed, rules, countryAt);
    const storyCode = story ? rules.currencyNational.get(`${story} ${code}`) : undefined;
    // "Danish shipper Maersk earned 3 billion kroner": else the one country of the sentence that uses
    // the family (figure-currency-sentence-country; not dollars, which price trade the world over).
    const local = at !== undefined && rules.currencySentenceCountry.has(code) ? sentenceCurrency(parsed, rules, countryAt, at, code) : null;
    // "Gabon … The loan of 2 billion CFA francs": else the one currency of the family that the countries
    // the story names use (figure-currency-story-country: CFA francs, West or Central African).
    const anywhere = !storyCode && !local && rules.currencyStoryCountry.has(code) ? storyFamilyCurrency(rules, countryAt, code) : null;
    return storyCode ?? local ?? anywhere ?? rules.currencyDefault.get(code) ?? code.toUpperCase();
  };
  // "50 grand" is a thousand of the story's own money: pounds in a London story, dollars in a
  // Sydney or Chicago one. The rule lists the families to try; the first is the fallback.
  const thousandCurrency = (families: string, at: number): string => {
    const list = families.split(/\s+/);
    story ??= storyCountry(parsed, rules, countryAt);
    const own = story ? list.map((f) => rules.currencyNational.get(`${story} ${f}`)).find((c) => c !== undefined) : undefined;
    return own ?? currencyOf(list[0], null, at);
  };
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

    // Hedges before the number ("about", "more than") and the unit after it.
    let hedge = phraseEndingAt(tokens, num.first - 1, rules.hedges);
    // "jailed over $45 million fraud": after a noun, "over" means "about the matter of".
    if (hedge === 1 && tokens[num.first - 1].lower === 'over' && tokens[num.first - 2]?.tags.has('Noun') && !tokens[num.first - 2].tags.has('Pronoun')) hedge = 0;
    let last = num.last;
    let readOn: number | null = null;
    let value = num.value;
    let measure: { phrase: string; length: number; unit?: string } | null = null;
    let scaled: { code: string; scale: number } | null = null;
    let unit: string | null = num.percent ? 'percent' : num.currency ? currencyOf(num.currency, null, num.first) : num.unit;
    let unitRule = num.percent ? 'figure-percent' : num.currency ? 'figure-currency' : num.unitRule ?? num.ruleId;
    // "up 0.5pc" (figure-percent): British papers write "pc" in lower case; "5 PC" is a computer.
    const pct = !unit && !(tokens[last]?.lower === 'pc' && tokens[last].word !== 'pc') ? phraseAt(tokens, last, rules.percentWords) : 0;
    // "129 Canadian dlrs", "5 mln U.S. dlrs": a country adjective between the number and the currency.
    const adjective = !unit && sameRun(tokens, last - 1, last) ? (countryAt[last]?.first === last ? countryAt[last]! : lowerCaseAdjective(tokens, last, rules)) : null;
    const currencyAt = adjective ? adjective.last : last;
    // "a gain of seven cts/shr", "400 dlrs/tonne": a money word before a slash and what it is per.
    const moneyWord = beforeSlash(tokens[currencyAt]?.lower ?? '', rules);
    // "5 euro cents", "40 deutsche marks": a money word and the word after it.
    const moneyPhrase = `${moneyWord} ${tokens[currencyAt + 1]?.lower}`;
    let endAt: number | null = null;
    // "Trump is 6’2”": the double prime closing a height marks its inches.
    const heightEnd = tokens[last - 1].end;
    if (unit === 'foot' && last === num.first + 1 && /^[1-8]['′’]\d{1,2}$/.test(tokens[last - 1].word) && /^["″”]/.test(text.slice(heightEnd, heightEnd + 1))) endAt = heightEnd + 1;
    // "10 €", "500 $": a currency symbol written after the number (tokenised or European style).
    // "rose 25 % to 34,500 tonnes": a per cent sign written apart (tokenised or French style).
    const symbolAfter = !unit && num.digits ? /^ ?([^\p{L}\p{N}\s])(?=\s|[,.;:!?)]|$)/u.exec(text.slice(tokens[last - 1].end, tokens[last - 1].end + 3)) : null;
    if (symbolAfter?.[1] === '%') {
      [unit, unitRule] = ['percent', 'figure-percent'];
      endAt = tokens[last - 1].end + symbolAfter[0].length;
    } else if (symbolAfter && rules.unitAliases.has(symbolAfter[1])) {
      // "30 ° C", "86 ° F": the degree sign apart (tokenised text), then its scale; "a 40℃ heatwave":
      // a sign with its scale in one character, which the tagger leaves out of the word.
      unit = rules.unitAliases.get(symbolAfter[1])!;
      unitRule = 'unit-alias';
      endAt = tokens[last - 1].end + symbolAfter[0].trimEnd().length;
      // "40 ° k", "491 ° r": a letter that is a scale only after the sign, as the table lists it ("° k").
      const scaleAfter = unit === 'degree' ? rules.unitAliases.get(`${symbolAfter[1]} ${tokens[last]?.lower}`) ?? rules.unitAliases.get(tokens[last]?.lower ?? '') : undefined;
      if (scaleAfter && isTemperatureScale(scaleAfter) && tokens[last].sentence === tokens[last - 1].sentence && /^[\s°]*$/.test(tokens[last - 1].post)) {
        unit = scaleAfter;
        endAt = null;
        last++;
      }
    } else if (symbolAfter && rules.currencyPrefixes.has(symbolAfter[1])) {
      unit = currencyOf(rules.currencyPrefixes.get(symbolAfter[1])!, null, num.first);
      unitRule = 'figure-currency';
      endAt = tokens[last - 1].end + symbolAfter[0].length;
    } else if (symbolAfter && rules.currencyMinor.has(symbolAfter[1]) && Number.isInteger(value)) {
      // "99 ¢" (tokenised): the cent sign apart, like "99¢" (figure-currency-minor).
      unit = currencyOf(rules.currencyMinor.get(symbolAfter[1])!, null, num.first);
      value = shiftDecimal(value, -2);
      unitRule = 'figure-currency-minor';
      endAt = tokens[last - 1].end + symbolAfter[0].length;
    } else if (!unit && num.digits && sameRun(tokens, last - 1, last) && tokens[last].word.length > 1 && /\p{Sc}/u.test(tokens[last].word) && rules.currencyPrefixes.has(tokens[last].lower)) {
      // "sold for 700 US$", "50 hk$": a prefix of figure-currency-prefix with its sign, written after the number.
      unit = currencyOf(rules.currencyPrefixes.get(tokens[last].lower)!, null, num.first);
      unitRule = 'figure-currency';
      last += 1;
    } else if (pct) {
      const words = tokens.slice(last, last + pct).map((t) => t.lower).join(' ');
      // "rose 2 pct pts", "by 3 ppts": the percentage point (figure-percentage-point).
      unitRule = rules.percentWords.ruleOf.get(words) ?? 'figure-percent';
      unit = unitRule === 'figure-percentage-point' ? 'percentage point' : 'percent';
      last += pct;
    } else if (!unit && !adjective && isThousandSlang(tokens, num, rules)) {
      // "paid 50 grand for the car" (figure-currency-thousand); not "five grand slams".
      unit = thousandCurrency(rules.currencyThousands.get(tokens[last].word)!, num.first);
      unitRule = 'figure-currency';
      value = scaleBy(value, 1000);
      last += 1;
    } else if (!unit && !adjective && isWeightPounds(parsed, num, rules)) {
      // "he lost 25 pounds", "two pounds of rice": a weight, not sterling (unit-weight-cue).
      unit = 'pound (weight)';
      unitRule = 'unit-alias';
      last += 1;
    } else if (!unit && !adjective && sameRun(tokens, last - 1, last) && (scaled = scaledCode(tokens[last]?.word ?? '', rules))) {
      // "losses in excess of 30 MUSD", "twenty MSEK": a scale letter before an ISO code.
      unit = scaled.code;
      unitRule = 'figure-currency';
      value = scaleBy(value, scaled.scale);
      last += 1;
    } else if (!unit && rules.currencyMinor.has(moneyPhrase) && sameRun(tokens, currencyAt - 1, currencyAt) && sameRun(tokens, currencyAt, currencyAt + 1)) {
      // "5 euro cents" (figure-currency-minor): the minor unit named with its currency.
      unit = currencyOf(rules.currencyMinor.get(moneyPhrase)!, adjective?.entry.code ?? null, num.first);
      value = shiftDecimal(value, -2);
      unitRule = 'figure-currency-minor';
      last = currencyAt + 2;
    } else if (!unit && rules.currencies.has(moneyPhrase) && sameRun(tokens, currencyAt - 1, currencyAt) && sameRun(tokens, currencyAt, currencyAt + 1)) {
      // "40 deutsche marks", "500 CFA francs": a currency named in two words (figure-currency).
      unit = currencyOf(rules.currencies.get(moneyPhrase)!, adjective?.entry.code ?? null, num.first);
      unitRule = 'figure-currency';
      last = currencyAt + 2;
    } else if (!unit && (rules.currencies.has(moneyWord) || capitalCode(tokens, currencyAt, rules)) && sameRun(tokens, currencyAt - 1, currencyAt)) {
      // "3,000 XOF a night": a code of figure-currency-code in capitals, after the number.
      unit = currencyOf(rules.currencies.get(moneyWord) ?? tokens[currencyAt].word, adjective?.entry.code ?? null, num.first);
      unitRule = adjective ? 'figure-currency-national' : 'figure-currency';
      last = currencyAt + 1;
      // "The cost is 500 USD,100 times more": the tagger keeps a code and the digits after a comma
      // with no space in one word; the figure ends at the comma.
      if (tokens[currencyAt].lower.startsWith(`${moneyWord},`)) endAt = tokens[currencyAt].start + moneyWord.length;
      const code = isoCode(tokens[currencyAt].word, rules) !== null;
      // "lost 75 USD million": a code written before the scale.
      if (code && num.scale === 1 && sameRun(tokens, last - 1, last) && rules.scales.has(tokens[last]?.lower ?? '') && tokens[last].lower.length > 2) {
        value = scaleBy(value, rules.scales.get(tokens[last].lower)!);
        last++;
      }
      // "3 dollars 50 cents", "will rise to 17 USD 25" (a code read before its number, "rmb 10 usd 20",
      // never gets here: that number has its currency).
      const cents = num.scale === 1 && Number.isInteger(value) && endAt === null ? minorAfter(parsed, last, rules) : null;
      if (cents) {
        // "3 dollars 50 cents", "thirteen dollars forty-five", "15 dollars and 15."
        value = exactSum(value, shiftDecimal(cents.value, -2));
        last = cents.last;
      }
    } else if (!unit && moneyWord.length > 1 && rules.currencyMinor.has(moneyWord) && sameRun(tokens, currencyAt - 1, currencyAt)) {
      // "15 cts a share" is 0.15 dollars.
      unit = currencyOf(rules.currencyMinor.get(moneyWord)!, adjective?.entry.code ?? null, num.first);
      value = shiftDecimal(value, -2);
      unitRule = 'figure-currency-minor';
      last = currencyAt + 1;
    } else if (!unit && (measure = compoundUnitAt(tokens, last, rules) ?? unitPhraseAt(tokens, last, rules))) {
      // "42 km", "11 kilometres", "600,000 barrels per day", "2,000 sq ft"; "10 meters / second" (a rate of two units).
      unit = measure.unit ?? rules.unitAliases.get(measure.phrase)!;
      // "copies at 200 MB/s": a capital B is the byte (unit-byte-capital); "Mb/s" stays the bit.
      unit = rules.unitByteCapital.get(text.slice(tokens[last].start, tokens[last + measure.length - 1].end).replace(/\s+/g, '')) ?? unit;
      unitRule = 'unit-alias';
      last += measure.length;
      // "a three-year-old boy"
      if (isHyphenPost(tokens[last - 1].post)) last += sizeWordAt(tokens, last, rules, ['size', 'age', 'count']);
      const inches = unit === 'foot' && Number.isInteger(value) ? inchesAfter(parsed, last, rules) : null;
      if (inches) {
        // "5 feet 2 inches", "12 ft 2 in": one length in feet (5 + 2/12).
        value = exactSum(value, inches.value / 12);
        last = inches.last;
      }
    } else if (!unit && num.digits && num.scale === 1 && letterUnitAt(parsed, last, rules)) {
      // "a slab of 1 m x 1 m", "a wall 5 m long": a metric symbol written apart.
      unit = rules.unitAliases.get(tokens[last].lower)!;
      unitRule = 'unit-alias';
      last += 1;
    } else if (!unit && num.digits && num.scale === 1 && wordUnitAt(parsed, last, rules)) {
      // "a pipe 3 in. wide", "the rod is 9 in." (unit-word-apart).
      unit = rules.unitWordsApart.get(tokens[last].lower)!;
      unitRule = 'unit-alias';
      last += 1;
    } else if (!unit && num.digits && num.scale === 1 && temperatureLetterAt(parsed, last, rules)) {
      // "Temperatures rose to 104 F": a scale letter apart, in a sentence about temperature (unit-temperature-cue).
      unit = rules.unitAliases.get(tokens[last].lower)!;
      unitRule = 'unit-alias';
      last += 1;
    } else if (!unit && isAge(parsed, num, rules)) {
      // "a boy aged 12"; "Williams, 29, said".
      unit = 'year';
      unitRule = 'unit-age';
    } else if (!unit && num.digits && !num.percent && afterShareLabel(tokens, num.first, rules)) {
      // Reuters tables: "Shrs out 9,138,526 vs 8,839,695", "Avg shrs 12,345,000".
      unit = 'share';
      unitRule = 'figure-share-label';
    } else if (!unit && num.digits && !num.percent && afterMoneyLabel(tokens, num.first, rules)) {
      // Reuters tables: "Net 3,446,000 vs 3,789,000", "Revs 220.9 mln": amounts in the story's dollars.
      unit = currencyOf('dollar', null);
      unitRule = 'figure-money-label';
    } else if (!unit) {
      const counted = findUnit(parsed, num, rules);
      if (counted) {
        const noun = tokens[counted.at].lower;
        // "billions of dollars" counts money.
        const money = rules.currencies.get(noun);
        unit = money ? currencyOf(money, null, num.first) : rules.unitAliases.get(noun) ?? (counted.hyphenated || rules.invariantNouns.has(noun) ? noun : COMPOUND_PLURAL.test(noun) ? noun.replace(/children$/, 'child').replace(/men$/, 'man') : (rules.pluralSingulars.get(noun) ?? nounToSingular(noun)));
        if (rules.currencies.has(noun)) unitRule = 'figure-currency';
        last = counted.last;
        // "300 18-hole courses": a number between the figure and its noun is read next, as its own figure.
        if (tokens.slice(num.last, last).some((t) => /\d/.test(t.word))) readOn = num.last;
      }
    }
    // "$ 5 and 50 cents", "c $ 100 and fifty.": the minor units after an amount written with its sign
    // before it, read as after a currency word (minorAfter); "between $15 and 20." is a range.
    const signCents = num.currency && unitRule === 'figure-currency' && last === num.last && num.scale === 1 && Number.isInteger(value) && endAt === null && !/^(between|from)$/.test(tokens[num.first - 1]?.lower ?? '') ? minorAfter(parsed, last, rules) : null;
    if (signCents) {
      value = exactSum(value, shiftDecimal(signCents.value, -2));
      last = signCents.last;
    }
    // "the 6ft 2in striker", "the baby weighed 7lb 4oz": the smaller unit attached to its digits after
    // the larger attached to theirs, one amount in the larger (unit-compound-part).
    const compound = unit && unitRule === 'unit-attached' && Number.isInteger(value) ? rules.compoundParts.get(unit) : undefined;
    const partAttached = compound && sameRun(tokens, last - 1, last) ? /^(\d{1,2})(\p{L}+)$/u.exec(tokens[last]?.word ?? '') : null;
    if (compound && partAttached && Number(partAttached[1]) < compound.per && ((compound.part === 'inch' && /^ins?$/i.test(partAttached[2])) || rules.unitAliases.get(partAttached[2].toLowerCase()) === compound.part)) {
      value = exactSum(value, Number(partAttached[1]) / compound.per);
      last++;
    }
    // "Water boils at 100° Celsius": the scale written after the degree sign.
    const scaleWord = unit === 'degree' && num.unit && sameRun(tokens, last - 1, last) ? rules.unitAliases.get(tokens[last]?.lower ?? '') : undefined;
    if (scaleWord && isTemperatureScale(scaleWord)) {
      unit = scaleWord;
      last++;
    }
    // "up four points from a survey last week", "beat him by 18 points (58 percent to 40 percent)": poll
    // margins are percentage points (unit-point-poll-cue); index and score points are not (unit-point-market-cue).
    if (unit === 'point' && isPollPoint(parsed, num.first, rules)) unit = 'percentage point';
    // "It was ten degrees below zero" (unit-temperature-below-zero).
    // "It was 20 below zero", "twenty below zero": with nothing counted, the number is a bare degree.
    const bareBelow = !unit && num.scale === 1 && !num.low && value > 0 && sameRun(tokens, last - 1, last) ? phraseAt(tokens, last, rules.belowZero) : 0;
    if (bareBelow) [unit, unitRule] = ['degree', 'unit-alias'];
    const below = (unit === 'degree' || unit?.startsWith('degree ')) && value > 0 && sameRun(tokens, last - 1, last) ? phraseAt(tokens, last, rules.belowZero) : 0;
    if (below) {
      value = -value;
      last += below;
      endAt = null;
    }
    // "it is - 5 degrees outside", "the low is - 3 ° c": tokenised text spaces the minus sign of a
    // temperature; after a number the dash joins a range ("5 - 10 degrees").
    const spacedMinus = (unit === 'degree' || (unit !== null && isTemperatureScale(unit))) && value > 0 && num.signAt === null && !num.low && !hedge ? spacedSignBefore(parsed, num.first, rules) : null;
    if (spacedMinus !== null) value = -value;
    // "Rotate 90°", "a 180-degree turn": a bare degree in a sentence about angles and not about
    // the weather is an angle (rule unit-angle-cue).
    // "she holds two degrees from Harvard", "2 degrees in physics": university degrees (unit-degree-academic-cue).
    if (unit === 'degree' && isAcademicDegree(parsed, last - 1, rules)) continue;
    if (unit === 'degree' && isAngle(parsed, num.first, rules)) unit = 'degree (angle)';
    // "eight to 10 feet", "two or three miles": a word number with nothing counted is kept for now
    // when a range or a choice goes on to another number, whose unit it may take (linkRanges).
    const joiner = tokens[last]?.lower ?? '';
    // "Six of the 11 players": kept too when "of the" and a number follow (partOfAt).
    // "compared with eight and nine pct": one of two numbers that share the unit of the second.
    // Not a share of the same number ("two and one half pct", "three and one-half hours").
    const shareFollows = tokens[last + 1]?.post === '-' || rules.fractions.has(tokens[last + 2]?.lower ?? '') || tokens[last + 2]?.lower === 'half';
    const listed = joiner === 'and' && (tokens[num.first - 1]?.lower === 'between' || (!!tokens[last + 1] && isNumberToken(tokens[last + 1], rules) && !shareFollows));
    const lowEnd = !unit && !num.digits && (/^(to|or)$/.test(joiner) || listed || (joiner === 'of' && partOfAt(tokens, last) > 0)) && sameRun(tokens, last - 1, last) && sameRun(tokens, last, last + 1);
    // (A vague plural alone is kept anyway: "from hundreds to thousands".)
    const awaitsUnit = !unit && !num.digits && num.ruleId !== 'figure-vague-plural' && ((num.wordScale ?? 1) > 1 || rules.comparisons.has(tokens[num.first - 1]?.lower ?? ''));
    // "Thousands protested", "Hundreds were killed": a vague plural alone is the floor of a crowd
    // (figure-vague-plural). Not a table's note of its scale ("in thousands -") or a size in digits
    // ("the double-digit millions": figure-vague-plural-not-after), nor "scores" without "of"
    // (figure-vague-plural-not-alone: "test scores").
    const scaleNote = rules.vaguePluralsNotAfter.has(tokens[num.first - 1]?.lower ?? '');
    const vagueAlone = !unit && num.ruleId === 'figure-vague-plural' && !scaleNote && !(rules.vaguePluralsNotAlone.has(tokens[num.first].lower) && tokens[num.first + 1]?.lower !== 'of');
    if (!unit && !num.digits && !lowEnd && !awaitsUnit && !vagueAlone) continue;
    if (isNotAFigure(parsed, num, unit, unitRule, last, rules)) continue;
    if (!Number.isFinite(value)) continue;

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
    const change = num.signAt !== null ? (value < 0 ? 'down' : 'up') : changeBefore(tokens, num.first - hedge, rules);
    if (change && (!unit || unit === 'percent' || unit === 'percentage point' || unitRule.startsWith('figure-currency') || unit === 'point' || unit === 'basis point')) figure.change = change;
    if (num.low) {
      // "10-20%": one figure per number, linked by their range.
      const lowEnd = start + num.low.chars;
      figures.push({ ...figure, text: text.slice(start, lowEnd), end: lowEnd, value: num.low.value, range: { low: num.low.value, high: value } });
      meta.push({ first: num.first, last: num.first, scale: num.scale, from: false });
      start = lowEnd + num.low.gap;
      Object.assign(figure, { start, text: text.slice(start, end), range: { low: num.low.value, high: value } });
    } else if (num.side) {
      // "a 12x15 feet room": one figure per side, each with the unit (no range).
      const sideEnd = start + num.side.chars;
      figures.push({ ...figure, text: text.slice(start, sideEnd), end: sideEnd, value: num.side.value });
      meta.push({ first: num.first, last: num.first, scale: 1, from: false });
      start = sideEnd + num.side.gap;
      Object.assign(figure, { start, text: text.slice(start, end) });
    }
    figures.push(figure);
    meta.push({ first: num.first, last, scale: num.scale, wordScale: num.wordScale, from: tokens[num.first - hedge - 1]?.lower === 'from', words: lowEnd, awaitsUnit });
    i = (readOn ?? last) - 1;
  }
  linkQuotePairs(parsed, figures, meta);
  scalesByElision(parsed, figures, meta, rules);
  linkRanges(parsed, figures, meta, rules);
  unitsByGapping(parsed, figures, meta, rules);
  // The margin's arithmetic first: "won the vote by 22 points (47 to 25)" gives shares, not votes.
  unitsFromMargin(parsed, figures, meta);
  unitsFromVoteTally(parsed, figures, meta, rules);
  unitsFromTallyNoun(parsed, figures, meta, rules);
  unitsFromSubject(parsed, figures, meta, rules);
  unitsByEllipsis(parsed, figures, meta, rules);
  unitsFromResultsTable(parsed, figures, meta, rules);
  unitsFromBody(parsed, figures, meta);
  unitsFromTableNote(parsed, figures, rules, currencyOf);
  // A word number that took no unit from the number after it is not a figure ("one or two of them").
  // Vague plurals stay, as alone ("from hundreds to thousands").
  return figures.filter((f, n) => !(meta[n].words || meta[n].awaitsUnit) || f.unit || f.ruleId === 'figure-vague-plural');
}

// "a third of the workforce", "two-thirds of voters", "three-quarters of", "half of", "half the
// seats", "cut by half" ("half a million" is a number word: readNumberWords). Ordinals ("the third quarter") and "the first half"
// have no numerator and are left out.
function readFraction(tokens: Token[], i: number, rules: CompiledRules): { first: number; last: number; value: number } | null {
  // "a quarter of a million pounds" is a number of a scale (readNumberWords).
  if (fractionOfScale(tokens, i, rules)) return null;
  const ratio = readRatio(tokens, i, rules);
  if (ratio) return ratio;
  const t = tokens[i];
  const next = tokens[i + 1];
  const joined = (a: number) => sameRun(tokens, a, a + 1);
  const hedgeBefore = phraseEndingAt(tokens, i - 1, rules.hedges);
  // "fell by nearly a third", "cut by more than half": a hedge may stand between "by" and the fraction.
  const byAt = i - 1 - hedgeBefore;
  const afterBy = tokens[byAt]?.lower === 'by' && sameRun(tokens, byAt, byAt + 1) && (byAt === i - 1 || sameRun(tokens, byAt + 1, i - 1) && sameRun(tokens, i - 1, i));
  if (t.lower === 'half' && !/-/.test(t.post)) {
    const prev = tokens[i - 1];
    // "cut by half"; "by half a percentage point" is read with its unit (readNumberWords).
    if (afterBy && !(/^(a|an)$/.test(next?.lower ?? '') && joined(i) && phraseAt(tokens, i + 2, rules.unitPhrases) + phraseAt(tokens, i + 2, rules.percentWords) > 0)) return { first: i, last: i + 1, value: 0.5 };
    if (isPollShare(tokens, i, i + 1, hedgeBefore, rules)) return { first: i, last: i + 1, value: 0.5 };
    if (!next || !joined(i)) return null;
    if (prev && /^(first|second|the|a|an|and|one)$/.test(prev.lower)) return null;
    if (/^(of|the|its|their|his|her|our|all)$/.test(next.lower)) return { first: i, last: i + 1, value: 0.5 };
    return null;
  }
  if (!next || !joined(i) || !rules.fractions.has(next.lower)) return null;
  const numerator = t.lower === 'a' || t.lower === 'an' || t.lower === 'one' ? 1 : (rules.numberWords.get(t.lower) ?? (/^\d+$/.test(t.word) ? Number(t.word) : null));
  if (numerator === null || numerator === 0.5 || numerator === 0.25) return null;
  const plural = /s$/.test(next.lower);
  if ((numerator === 1) === plural && !isFractionCompound(t, next, numerator, rules)) return null;
  // "profits fell by a third", "cut by two thirds since 2010": after "by" a fraction is the size of a
  // change and needs no "of" ("followed by a third round of talks", "hit by a third-quarter loss" are ordinals).
  const byChange = afterBy && !next.post.includes('-') && !describesNext(tokens, i + 2, rules);
  // "two-thirds majority" needs no "of"; "a third" does ("a third term" is an ordinal).
  if (!tokens[i].post.includes('-') && tokens[i + 2]?.lower !== 'of' && !byChange && !isPollShare(tokens, i, i + 2, hedgeBefore, rules)) return null;
  return { first: i, last: i + 2, value: roundNoise(numerator * rules.fractions.get(next.lower)!) };
}

// "a three-quarter stake", "a two-third majority": in a compound adjective the denominator stays
// singular, as in "a 300-page report". Only a fraction in lowest terms ("a two-quarter slump" counts
// quarters of a year).
function isFractionCompound(t: Token, denominatorWord: Token, numerator: number, rules: CompiledRules): boolean {
  const denominator = Math.round(1 / rules.fractions.get(denominatorWord.lower)!);
  const coprime = (a: number, b: number): boolean => (b === 0 ? a === 1 : coprime(b, a % b));
  return t.post === '-' && numerator > 1 && numerator < denominator && Number.isInteger(numerator) && coprime(numerator, denominator);
}

/**
 * "Nearly a third say", "just shy of half, 49%, say": the fraction from token i to before token k,
 * after a hedge (`hedgeBefore` words, or one before its "a"), is a poll's share where a verb or a
 * comma follows it; it needs no "of" ("a third term" stays an ordinal).
 */
function isPollShare(tokens: Token[], i: number, k: number, hedgeBefore: number, rules: CompiledRules): boolean {
  const t = tokens[k];
  if (!t) return false;
  const hedged = hedgeBefore > 0 || (i > 0 && /^(a|an)$/.test(tokens[i].lower) && phraseEndingAt(tokens, i - 2, rules.hedges) > 0);
  if (!hedged) return false;
  const verbAfter = /^\s*$/.test(tokens[k - 1].post) && sameSentence(tokens, k - 1, k) && t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Auxiliary');
  return verbAfter || /^,\s/.test(tokens[k - 1].post);
}

/** The record of a fraction read at `fraction` ("nearly a third of voters", "three-quarters of a percentage point"); its `last` moves past "of a percent". */
function fractionFigure(parsed: ParsedText, fraction: { first: number; last: number; value: number }, rules: CompiledRules): Figure {
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

/**
 * "One in five say", "nearly nine out of 10 voters", "1 in 4 children": a ratio of two whole numbers
 * is the fraction a reader takes from it. Not before a unit ("2 in 90 minutes") or with a second
 * number that may be a year.
 */
function readRatio(tokens: Token[], i: number, rules: CompiledRules): { first: number; last: number; value: number } | null {
  const whole = (t: Token | undefined) => (!t ? null : /^\d{1,3}$/.test(t.word) ? Number(t.word) : (rules.numberWords.get(t.lower) ?? null));
  const part = whole(tokens[i]);
  if (part === null || !Number.isInteger(part) || part < 1 || !sameRun(tokens, i, i + 1)) return null;
  let k = i + 1;
  if (tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of' && sameRun(tokens, k, k + 1)) k += 2;
  else if (tokens[k]?.lower === 'in') k += 1;
  else return null;
  if (tokens[k]?.lower === 'every' && sameRun(tokens, k - 1, k)) k++;
  const all = whole(tokens[k]);
  if (all === null || !Number.isInteger(all) || all <= part || !sameRun(tokens, k - 1, k)) return null;
  // "scored 2 in 90 minutes", "one in 10 days": a unit after it measures, it is no share.
  const after = tokens[k + 1];
  if (after && sameRun(tokens, k, k + 1) && (rules.unitAliases.has(after.lower) || rules.dateWords.has(after.lower) || rules.scales.has(after.lower))) return null;
  return { first: i, last: k + 1, value: roundNoise(part / all) };
}

// "a third party", "a third consecutive month": the word at k, in the same run as the fraction before
// it, is a noun or an adjective with a noun that the ordinal describes. A day or month ("by a fifth on
// Monday") and a time after an adjective ("by a third last year") are not described.
function describesNext(tokens: Token[], k: number, rules: CompiledRules): boolean {
  const t = tokens[k];
  if (!t || !sameRun(tokens, k - 1, k) || /[^\s]/.test(tokens[k - 1].post)) return false;
  const noun = (x: Token) => x.tags.has('Noun') && !x.tags.has('Pronoun') && !rules.dateWords.has(x.lower) && !/^(yesterday|today|tomorrow)$/.test(x.lower);
  if (noun(t)) return true;
  const after = tokens[k + 1];
  return t.tags.has('Adjective') && !!after && sameRun(tokens, k, k + 1) && noun(after) && !after.tags.has('Date');
}

interface FigureTokens {
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

// "One week gained 1/16 point to 6-5/16 3/16 pct", "the 8-1/2 pct of 2011 at 97-3/8 5/8": money and
// bond desks quote a bid and an offer as a whole number and its fraction, then a bare fraction that
// keeps the whole number (6-3/16). Both ends carry the range and the unit written after the pair
// (figure-quote-pair). Only with nothing but space between and within a point of each other.
function linkQuotePairs(parsed: ParsedText, figures: Figure[], meta: FigureTokens[]): void {
  for (let n = 0; n + 1 < figures.length; n++) {
    const [a, b] = [figures[n], figures[n + 1]];
    if (meta[n + 1].first !== meta[n].last || a.unit || a.range || b.range || b.ruleId === 'figure-currency-minor') continue;
    const bid = /^(\d+)-\d+\/\d+$/.exec(a.text);
    const offer = /^(\d+-)?\d+\/\d+(?!\S)/.exec(b.text);
    // "rose 1/2 to 14-1/4, 3/4 of them": a share of something is no offer.
    if (!bid || !offer || !/^\s+$/.test(parsed.text.slice(a.end, b.start)) || parsed.tokens[meta[n + 1].last]?.lower === 'of') continue;
    const value = offer[1] ? b.value : exactSum(Number(bid[1]), b.value);
    if (Math.abs(value - a.value) >= 1) continue;
    b.value = value;
    if (b.unit) [a.unit, a.ruleId] = [b.unit, b.ruleId];
    a.range = b.range = { low: Math.min(a.value, value), high: Math.max(a.value, value) };
  }
}

// "Turnover 140.8 mln vs 96.55", "3.65 billion crowns vs 3.40", "rose to 2.02 billion from 1.85": a
// bare number right after a word of figure-comparison, of the same order as the number before it with
// its scale word, has that scale (rule figure-elided-scale). Not a number written in full ("Revs 13.9
// mln vs 8,864,000") or far from the first ("1.2 mln crowns vs 740.2", thousands), nor one a noun follows.
function scalesByElision(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  for (let n = 0; n + 1 < figures.length; n++) {
    const [a, b, ma, mb] = [figures[n], figures[n + 1], meta[n], meta[n + 1]];
    if (ma.scale <= 1 || mb.scale !== 1 || b.unit || a.range || b.range || !/^\d{1,3}(\.\d+)?$/.test(b.text)) continue;
    if (mb.first !== ma.last + 1 || !isComparisonAt(tokens, ma.last, rules) || !sameSentence(tokens, ma.last - 1, mb.first)) continue;
    if (thingFollows(tokens, mb.last, rules)) continue;
    const ratio = b.value / (a.value / ma.scale);
    if (ratio < 0.2 || ratio > 5) continue;
    b.value = scaleBy(b.value, ma.scale);
    mb.scale = ma.scale;
  }
}

// "5 to 6 million", "between 10 and 20 percent", "$5 to $6 billion": the first number takes
// the second's scale and unit, and both carry the range. "rose from 5 to 6 pct" shares the
// unit but is two levels, not a range.
function linkRanges(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  for (let n = 0; n + 1 < figures.length; n++) {
    const [a, b] = [figures[n], figures[n + 1]];
    const [ma, mb] = [meta[n], meta[n + 1]];
    // "200 mln to 220 mln dlrs, against 238.6 mln": the high end of a range may still lend its unit.
    if (b.range || mb.first < ma.last + 1) continue;
    // "narrow to 90.2 billion dlrs in 1987/88 from an estimated 98 billion": a bare scaled number after
    // "from" (rule figure-comparison) is in the money of the figure before it in the sentence.
    if (a.ruleId.startsWith('figure-currency') && !b.unit && mb.scale > 1 && b.ruleId === 'figure-digits' && sameSentence(tokens, ma.last - 1, mb.first)) {
      let hedged = mb.first - 1;
      while (hedged > ma.last && (phraseAt(tokens, hedged, rules.hedges) || /^(a|an)$/.test(tokens[hedged].lower))) hedged--;
      if (rules.comparisons.has(tokens[hedged]?.lower ?? '') && hedged >= ma.last) {
        b.unit = a.unit;
        b.ruleId = a.ruleId;
        continue;
      }
    }
    // "Denominations are 1,000 and 10,000 dlrs": a bare number joined by "and" or "or" takes the next
    // one's unit (no range; "5 and 6 million" is left alone).
    const joinedWord = tokens[ma.last]?.lower ?? '';
    // "up 1.50, and 0.5 pct sulphur": after a comma "and" lists another item; ", or" restates the amount
    // in the same money ("net of 258,125, or 1.4 cts per share": dollars, not cents).
    // A serial comma closes a list, not a clause ("Bids were 20, 21, or 22 pct").
    const afterComma = /[,;]/.test(tokens[ma.last - 1].post) && !(n > 0 && isListedBefore(tokens, figures, meta, n - 1, ma.scale));
    // "fell to 36,510, or 1.7 pct of the workforce": a per cent after ", or" is a share of the amount, not its unit.
    if (!a.unit && b.unit && /^(and|or)$/.test(joinedWord) && !(afterComma && (joinedWord === 'and' || b.unit === 'percent')) && tokens[ma.first - 1]?.lower !== 'between' && mb.first === ma.last + 1 && sameSentence(tokens, ma.last - 1, mb.first) && (/^[\d.,]+$/.test(a.text) || ma.words) && ma.scale === mb.scale && !isYearLike(a)) {
      // "against 32.3 and 6.5 cents a year ago": minor units, like the second.
      const minor = b.ruleId === 'figure-currency-minor' && !afterComma;
      // "With WTI at 20, 21 or 22 dlrs": and the bare numbers listed before it with commas.
      let j = n;
      while (j > 0 && isListedBefore(tokens, figures, meta, j - 1, ma.scale)) j--;
      for (; j <= n; j++) {
        figures[j].unit = b.unit;
        figures[j].ruleId = b.ruleId === 'figure-currency-minor' && afterComma ? 'figure-currency' : b.ruleId;
        if (minor) figures[j].value = shiftDecimal(figures[j].value, -2);
      }
      continue;
    }
    // "a room 12 by 15 feet", "a slab of 1 m x 1 m" (unit-dimension-joiner): both sides of a size share its unit.
    if (rules.dimensionJoiners.has(joinedWord) && mb.first === ma.last + 1 && sameSentence(tokens, ma.last - 1, mb.first) && !a.unit !== !b.unit) {
      const [bare, measured] = a.unit ? [b, a] : [a, b];
      if (/^[\d.,]+$/.test(bare.text) && /^unit-(alias|attached)$/.test(measured.ruleId)) {
        bare.unit = measured.unit;
        bare.ruleId = measured.ruleId;
        // "a 3 x 3 x 3 m cube", "10 x 20 x 30 cm": every bare side before it in the chain too.
        for (let j = n - 1; bare === a && j >= 0; j--) {
          const [side, next] = [figures[j], figures[j + 1]];
          if (side.unit || !/^[\d.,]+$/.test(side.text) || meta[j + 1].first !== meta[j].last + 1 || !rules.dimensionJoiners.has(tokens[meta[j].last]?.lower ?? '') || !sameSentence(tokens, meta[j].last - 1, meta[j + 1].first)) break;
          side.unit = next.unit;
          side.ruleId = next.ruleId;
        }
        continue;
      }
    }
    // "More than 40 of the 120 passengers", "Six of the 11 players", "17 of their last 18 Tests": the
    // part counts what the whole counts.
    // Each keeps its own rule (digits or words): both count the noun.
    if (!a.unit && /^figure-(digits|number-word)$/.test(a.ruleId) && isCount(b) && partOfAt(tokens, ma.last) === mb.first && sameSentence(tokens, ma.last - 1, mb.first)) {
      a.unit = b.unit;
      continue;
    }
    // "The bill passed by 312 votes to 198", "121 seats, down 251": a bare number after a count and a
    // word of figure-comparison-count counts the same noun.
    if (isCount(a) && !b.unit && b.ruleId === 'figure-digits' && /^\d[\d,.]*$/.test(b.text) && mb.first === ma.last + 1 && rules.countComparisons.has(tokens[ma.last]?.lower ?? '') && sameSentence(tokens, ma.last - 1, mb.first)) {
      b.unit = a.unit;
      continue;
    }
    if (mb.first !== ma.last + 1 && !rules.comparisons.has(tokens[ma.last]?.lower ?? '')) continue;
    if (mb.first === ma.last + 1 && !sameSentence(tokens, ma.last - 1, mb.first)) continue;
    const word = tokens[ma.last]?.lower ?? '';
    // "6.52 billion francs vs 5.40 billion", "to 16.25 pct from 16.75", "3,446,000 vs loss 2,344,000":
    // the second figure is in the first one's unit.
    // A number in words too ("to five percent from six").
    // Not a part of something ("raised 5 mln dlrs from 3 of them"); a noun after it may be a table's
    // misspelt unit ("Revs 276.9 mln vs 290.1 mnln"), and stays.
    if (a.unit && !b.unit && (/^\d[\d,.]*(\s|$)/.test(b.text) || mb.awaitsUnit) && rules.comparisons.has(word) && !(sameRun(tokens, mb.last - 1, mb.last) && RELATIVE_OR_OF.test(tokens[mb.last].lower))) {
      let k = ma.last + 1;
      while (k < mb.first && rules.moneyLabels.has(tokens[k].lower)) k++;
      // "up 36.9 pct from three mln": a per cent has no scale, so an amount with one is not in it.
      const scaledB = mb.scale > 1 || (mb.wordScale ?? 1) > 1;
      const perCent = /^(percent|percentage point|point|basis point)$/.test(a.unit);
      if (k === mb.first && sameSentence(tokens, ma.last - 1, mb.first) && !b.ruleId.startsWith('figure-fraction') && !(perCent && scaledB)) {
        b.unit = a.unit;
        b.ruleId = a.ruleId;
        // "Shr 15 cts vs 12": minor units, like the first.
        if (a.ruleId === 'figure-currency-minor') b.value = shiftDecimal(b.value, -2);
        // "liquidation rose to 10 billion francs from six": a number in words takes the scale too
        // (digits are written in full: "Revs 13.9 mln vs 8,864,000").
        const scaleA = ma.scale > 1 ? ma.scale : (ma.wordScale ?? 1);
        if (scaleA > 1 && !scaledB && mb.awaitsUnit && a.ruleId !== 'figure-currency-minor') b.value = scaleBy(b.value, scaleA);
      }
      continue;
    }
    const between = word === 'and' && tokens[ma.first - 1]?.lower === 'between';
    if ((word !== 'to' && !between) || a.range) continue;
    // "girls aged 12 to 15", "aged between 18 and 25" (unit-age): the high end is an age too.
    if (a.ruleId === 'unit-age' && !b.unit && /^\d+$/.test(b.text) && b.value <= 125) {
      b.unit = a.unit;
      b.ruleId = a.ruleId;
    }
    if (a.unit && a.unit !== b.unit) continue;
    // "Shares rose 15 cts to 3.40 dlrs", "inflation rose 0.5 pct to 3.2 pct", "PROFITS FALL BY 35 TO 766",
    // "fell 3/8 to 31-1/8": after a change word, a number with its own unit, or one far below the next
    // with no scale word about, is the change and the next the level it reaches, not a range ("rose 5
    // to 10 pct" stays one). A bare change is in the level's unit ("rose 20 to 650 cts").
    const highAsWritten = b.ruleId === 'figure-currency-minor' ? shiftDecimal(b.value, 2) : b.value;
    if (a.change && a.value > 0 && (a.unit !== null || (ma.scale === 1 && mb.scale === 1 && (mb.wordScale ?? 1) === 1 && highAsWritten > 5 * a.value))) {
      if (!a.unit && b.unit) {
        [a.unit, a.ruleId] = [b.unit, b.ruleId];
        if (b.ruleId === 'figure-currency-minor') a.value = shiftDecimal(a.value, -2);
      }
      continue;
    }
    // "2 million to 3 million people": a bare number in digits, with its scale or without, or a word low end.
    if (!a.unit && b.unit && isNaN(Number(a.text.replace(/,/g, ''))) && !/^[\d.,]+$/.test(a.text) && !ma.words && !(ma.scale > 1 && a.ruleId === 'figure-digits')) continue;
    let low = a.value;
    const highScale = mb.scale > 1 ? mb.scale : (mb.wordScale ?? 1);
    if (ma.scale === 1 && highScale > 1 && Math.abs(low) < 1000) low = scaleBy(low, highScale);
    // "between 10 and 20 cents", "from 5 to 6 cents": the bare end is in minor units too.
    if (!a.unit && b.ruleId === 'figure-currency-minor') low = shiftDecimal(low, -2);
    // "losses of between 2.50 and 1.90 dlrs": "between" makes a range whichever end is written first.
    if (!(low < b.value) && !ma.from && !(between && low > b.value)) continue;
    a.value = low;
    if (!a.unit && b.unit) {
      a.unit = b.unit;
      a.ruleId = b.ruleId;
    }
    if (!ma.from) a.range = b.range = { low: Math.min(low, b.value), high: Math.max(low, b.value) };
  }
}

// "Ted Cruz has 11 delegates and Rubio has 10", "Apple sold 10 million phones and Samsung sold 12
// million", "Britain has 12 seats, the Netherlands has 9": a bare count closing a clause parallel to
// a count before it counts the same noun (rule figure-elliptic-count). It keeps its own rule, as the
// other counts lent a noun do.
function unitsByGapping(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  for (let n = 0; n + 1 < figures.length; n++) {
    const [a, b] = [figures[n], figures[n + 1]];
    const [ma, mb] = [meta[n], meta[n + 1]];
    if (!isCount(a) || b.unit || b.range || b.ruleId !== 'figure-digits' || !/^\d/.test(b.text)) continue;
    if (mb.first <= ma.last || !sameSentence(tokens, ma.last - 1, mb.first) || !endsClause(tokens, mb.last, rules)) continue;
    // The joint: a comma, or a word of the rule, after the first count.
    let k = ma.last;
    if (rules.countGapJoiners.has(tokens[k].lower)) k++;
    else if (!tokens[k - 1].post.includes(',')) continue;
    if (tokens[k]?.lower === 'the') k++;
    let s = k;
    while (s < mb.first && s - k < 4 && isCapitalised(tokens[s])) s++;
    // Its subject, then the number, or the first clause's verb again and the number, past any hedge
    // ("Clinton won at least 19 delegates and Bernie Sanders won at least 15").
    const bFirst = mb.first - phraseEndingAt(tokens, mb.first - 1, rules.hedges);
    const aFirst = ma.first - phraseEndingAt(tokens, ma.first - 1, rules.hedges);
    const verbAgain = s === bFirst - 1 && tokens[s].lower === tokens[aFirst - 1]?.lower;
    // "the massacre that killed 49 people and wounded 53": or, after "and", a verb of its own parallel
    // to the first count's verb.
    const parallelVerb = s === k && k === bFirst - 1 && tokens[ma.last].lower === 'and' && isVerbOrParticiple(tokens[k]) && isVerbOrParticiple(tokens[aFirst - 1]);
    if (!parallelVerb && (s === k || (s !== bFirst && !verbAgain))) continue;
    b.unit = a.unit;
  }
}

/** A verb, or a past participle the tagger may call an adjective ("wounded"). */
function isVerbOrParticiple(t: Token | undefined): boolean {
  return !!t && ((t.tags.has('Verb') && !t.tags.has('Auxiliary')) || (t.tags.has('Adjective') && /ed$/.test(t.lower)));
}

/** The figure ending before token `end` closes its clause: punctuation, the sentence's end or a word of figure-elliptic-count follows. */
function endsClause(tokens: Token[], end: number, rules: CompiledRules): boolean {
  const next = tokens[end];
  return !next || /[.,;:!?)]/.test(tokens[end - 1].post) || !sameSentence(tokens, end - 1, end) || rules.countGapJoiners.has(next.lower);
}

// "world output fell to 91.7 mln tonnes in 1986 from 123.6 mln in 1985", "45.0 mln bpd, down from
// 45.4 mln in January and 47.0 mln in the fourth quarter": news writes the unit once, and a bare
// number with a scale word compared with a measured one before it is in its unit (rule
// figure-elliptic-unit). Runs after linkRanges, so a number that took a unit there lends it on.
function unitsByEllipsis(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  for (let n = 0; n + 1 < figures.length; n++) {
    const [b, mb, ma] = [figures[n + 1], meta[n + 1], meta[n]];
    const price = priceLender(tokens, figures, meta, n, rules);
    if (price) lendPrice(price, b);
    else if (isMoneyOfSentenceBefore(tokens, figures[n], b, ma, mb, rules)) [b.unit, b.ruleId] = [figures[n].unit, figures[n].ruleId];
    else {
      const lender = ellipticLender(tokens, figures, meta, n, rules);
      if (lender) lendElliptic(lender, b, mb);
    }
  }
}

/**
 * The price or index figure n + 1 is in (rule figure-elliptic-price), else null: the figure before it, or,
 * where that is the change again in per cent, the change ("closed down 24.11 points, or 0.1 percent,
 * to close at 18,432.24": the points are lent to the level reached after both).
 */
function priceLender(tokens: Token[], figures: Figure[], meta: FigureTokens[], n: number, rules: CompiledRules): Figure | null {
  const [ma, mb] = [meta[n], meta[n + 1]];
  const inPercentToo = n > 0 && figures[n].unit === 'percent' && !!figures[n - 1].change && meta[n - 1].last + 2 >= ma.first && tokens.slice(meta[n - 1].last, ma.first).some((t) => t.lower === 'or');
  const lender = inPercentToo ? figures[n - 1] : figures[n];
  return mb.scale <= 1 && isPriceEllipsis(tokens, lender, figures[n + 1], ma, mb, rules) ? lender : null;
}

/** "shed 23p to 397": a whole price after a change in pence is in pence too; "fell 50 cts to 17.25" reaches dollars. */
function lendPrice(lender: Figure, b: Figure): void {
  b.unit = lender.unit;
  b.ruleId = lender.ruleId;
  const minor = writtenInMinorUnits(lender);
  if (minor && /^\d[\d,]*$/.test(b.text)) {
    b.value = shiftDecimal(b.value, -2);
    b.ruleId = 'figure-currency-minor';
  } else if (minor) b.ruleId = 'figure-currency';
}

interface EllipticLender {
  figure: Figure;
  meta: FigureTokens;
  /** The borrower is a bare level in digits with no scale (figure-elliptic-level). */
  bareLevel: boolean;
}

/**
 * The figure whose unit figure n + 1 is written without (rules figure-elliptic-unit, figure-elliptic-level),
 * else null: the figure before it, joined by a word of figure-elliptic-unit within six words of one
 * sentence, or the level before a change in per cent between them ("Gasoline demand averaged 6.76 mln
 * bpd, off 3.1 pct from 6.98 mln": the change lends nothing).
 */
function ellipticLender(tokens: Token[], figures: Figure[], meta: FigureTokens[], n: number, rules: CompiledRules): EllipticLender | null {
  const [b, mb, ma] = [figures[n + 1], meta[n + 1], meta[n]];
  const previous = n > 0 ? figures[n - 1] : null;
  const throughChange = !!previous?.unit && !rules.ellipticNotLent.has(previous.unit) && figures[n].unit === 'percent' && (!!figures[n].change || tokens[ma.first - 1]?.lower === 'off') && meta[n - 1].last + 3 >= ma.first && sameSentence(tokens, meta[n - 1].last - 1, ma.first) && bridges(tokens, meta[n - 1].last, ma.first, rules, true);
  const a = throughChange ? previous! : figures[n];
  const am = throughChange ? meta[n - 1] : ma;
  // "5 mln dlrs from three mln", "to 10 tonnes by March from two now": a number in words that awaits
  // its unit is lent it as digits with a scale are. "Dozens of golf courses here, and hundreds around
  // the country": a vague plural alone too.
  const scaled = b.ruleId === 'figure-digits' ? mb.scale > 1 : !!mb.awaitsUnit || b.ruleId === 'figure-vague-plural';
  // "Unemployment rose to 7.2 pct in January from 6.9 in December": a bare level in digits compared
  // with a level before it (figure-elliptic-level; not with a change, "rose 5 pct in March from 1,200").
  const bareLevel = !scaled && b.ruleId === 'figure-digits' && /^\d[\d,.]*$/.test(b.text) && !a.change && !a.range;
  if (!a.unit || b.unit || b.range || !(scaled || bareLevel)) return null;
  if (rules.ellipticNotLent.has(a.unit) && !(bareLevel && rules.ellipticLevelLent.has(a.unit))) return null;
  if (mb.first <= ma.last || !sameSentence(tokens, ma.last - 1, mb.first)) return null;
  // The joining word, before any hedge or article: "down from an estimated 98 billion", "to 9.8
  // billion dlrs from the 9.2 billion reported".
  let k = mb.first - 1;
  while (k >= ma.last) {
    const hedge = phraseEndingAt(tokens, k, rules.hedges);
    if (!hedge && !/^(a|an|the)$/.test(tokens[k].lower)) break;
    k -= Math.max(1, hedge);
  }
  // "350,000 bpd, against its OPEC-assigned quota of 299,000": a level named after the word of comparison, then "of".
  if (tokens[k]?.lower === 'of') k = comparisonBeforeOf(tokens, k, ma.last, rules);
  if (k < ma.last || !rules.ellipticJoiners.has(tokens[k].lower) || k - ma.last > 6) return null;
  if (bareLevel && !isComparedLevel(tokens, am.last, k, mb, rules)) return null;
  // "took in 2.5 mln dlrs from 4 who asked": people, which only a count of people lends to.
  if (sameRun(tokens, mb.last - 1, mb.last) && /^(who|whom)$/.test(tokens[mb.last].lower) && !isCount(a)) return null;
  // "worth about 64 mln dlrs and the three mln shares Reebok will sell": a plural after the number, which
  // the tagger reads as a verb, is what it counts, unless it is the lender's ("184.9 mln shares compared
  // to 215.7 mln shares for the month").
  const after = sameRun(tokens, mb.last - 1, mb.last) ? tokens[mb.last] : undefined;
  if (after && (after.tags.has('Noun') || after.tags.has('Verb')) && isPluralNoun(after.word) && nounToSingular(after.lower) !== a.unit) return null;
  // "fell to 36,510, or 1.7 pct of the workforce, compared with 39,700": a per cent is no level of thousands.
  if (bareLevel && /^(percent|percentage point)$/.test(a.unit) && b.value > 100 && a.value <= 100) return null;
  // "27.22 mln ordinary shares and 13.22 mln"; a count without a scale lends nothing through a list
  // ("12 ships and 40 mln in debt"), only to a number compared with it ("7,060,197 shares had been
  // tendered, down from over 7.2 mln").
  if (a.ruleId === 'figure-digits' && am.scale <= 1 && !isComparisonAt(tokens, k, rules)) return null;
  // "2.1 mln tonnes while imports fell to 1.4 mln"; "12 mln dlrs, or 1.20 dlrs a share, against 9 mln".
  if (!bridges(tokens, ma.last, k, rules, true) || /[;:(]/.test(tokens[ma.last - 1].post)) return null;
  return { figure: a, meta: am, bareLevel };
}

/**
 * Figure b takes the lender's unit and kind (the rule id says money, measure or count): in minor units
 * where a bare level follows an amount in them ("13 cents for the year against 15 in 1985"), and with
 * the lender's scale where a number in words has none ("10 billion francs in 1986 from six in 1985").
 */
function lendElliptic(lender: EllipticLender, b: Figure, mb: FigureTokens): void {
  const { figure: a, meta: am } = lender;
  b.unit = a.unit;
  b.ruleId = a.ruleId;
  if (lender.bareLevel && a.ruleId === 'figure-currency-minor') b.value = shiftDecimal(b.value, -2);
  const lenderScale = am.scale > 1 ? am.scale : (am.wordScale ?? 1);
  if (mb.awaitsUnit && (mb.wordScale ?? 1) === 1 && lenderScale > 1) b.value = scaleBy(b.value, lenderScale);
}

/**
 * "against its OPEC-assigned quota of", "compared to its second-half quota of": the word of comparison
 * before the words that name a level and the "of" at k, not before token `from`; else k.
 */
function comparisonBeforeOf(tokens: Token[], k: number, from: number, rules: CompiledRules): number {
  for (let j = k - 1; j >= Math.max(from, k - 5); j--) {
    const t = tokens[j];
    if (isComparisonAt(tokens, j, rules)) return j;
    // "OPEC-assigned", "a revised 1986 figure of": a participle in a compound or after an article describes the level.
    const describing = tokens[j - 1]?.post === '-' || (t.tags.has('PastTense') && /^(a|an|the)$/.test(tokens[j - 1]?.lower ?? ''));
    if (/[,;:()]/.test(t.post) || t.tags.has('Preposition') || (t.tags.has('Verb') && !describing)) return k;
  }
  return k;
}

/** Figure j is a bare number in digits with `scale`, a comma and then figure j + 1 right after it, in one sentence ("at 20, 21 or 22 dlrs"). */
function isListedBefore(tokens: Token[], figures: Figure[], meta: FigureTokens[], j: number, scale: number): boolean {
  const f = figures[j];
  return !f.unit && /^[\d.,]+$/.test(f.text) && !isYearLike(f) && meta[j].scale === scale && meta[j + 1].first === meta[j].last && /^, $/.test(tokens[meta[j].last - 1].post) && sameSentence(tokens, meta[j].first, meta[j + 1].first);
}

/** Token k is a word of figure-comparison, or ends one ("compared with"). */
function isComparisonAt(tokens: Token[], k: number, rules: CompiledRules): boolean {
  return rules.comparisons.has(tokens[k].lower) || (k > 0 && rules.comparisons.has(`${tokens[k - 1].lower} ${tokens[k].lower}`));
}

/**
 * The bare level at `mb` is compared with the level that ends before token `end` through the
 * joining word at k (figure-elliptic-level): the word is one of comparison ("from", "against",
 * "compared with"), no verb of another clause stands between ("seven industrial powers endorses the yen's rise from
 * around 153"), the lender names no noun after its unit ("110,000 yen per 15 tonne lot from 90,000"),
 * and no word that could be its own unit follows the level ("to 536.0 mln cubic feet a day from 591.0 mcf").
 */
function isComparedLevel(tokens: Token[], end: number, k: number, mb: FigureTokens, rules: CompiledRules): boolean {
  if (!isComparisonAt(tokens, k, rules)) return false;
  // A verb of the lender's own clause may stand before a comma ("2,240 homes were sold, up from
  // 2,149"); a participle right before the word ("889.2 mln (revised from 889.5)", "compared with"),
  // and a word the tagger calls a verb after an article or a preposition ("an increase from", "at
  // present from"), are no verbs of another clause.
  let verb = false;
  for (let j = end; j < k; j++) {
    const t = tokens[j];
    const asNoun = j > 0 && (/^(a|an|the)$/.test(tokens[j - 1].lower) || (tokens[j - 1].tags.has('Preposition') && tokens[j - 1].lower !== 'to'));
    // Nor a particle ("sets in February") or a word before a date ("tonnes last year"), which the tagger may call verbs.
    const notVerb = t.tags.has('Particle') || !!tokens[j + 1]?.tags.has('Date') || !!tokens[j + 1]?.tags.has('Duration');
    if (t.tags.has('Verb') && !asNoun && !notVerb && !(j === k - 1 && t.tags.has('PastTense'))) verb = true;
    if (t.post.includes(',')) verb = false;
  }
  if (verb) return false;
  if (sameRun(tokens, end - 1, end) && namesThing(tokens[end], rules)) return false;
  // (On its line: "vs 5.12\n    -- Short grain" goes on to the next row of a list.)
  const next = tokens[mb.last];
  // ("39 who back Sanders" after "520 superdelegates" counts them: "who" is left to the caller.)
  return !(next && sameRun(tokens, mb.last - 1, mb.last) && !tokens[mb.last - 1].post.includes('\n') && (namesThing(next, rules) || /^(of|that|which)$/.test(next.lower) || /^\p{Lu}{2,}$/u.test(next.word)));
}

/**
 * Tokens [from, to) keep one clause between two figures: no word of figure-elliptic-unit-break, no
 * semicolon, colon or bracket after a word, and no other number (but years where `yearsPass`: "in 1985").
 */
function bridges(tokens: Token[], from: number, to: number, rules: CompiledRules, yearsPass: boolean): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (rules.ellipticBreaks.has(t.lower) || /[;:(]/.test(t.post)) return false;
    if (/\d/.test(t.word) && !(yearsPass && isYearLike({ text: t.word, value: Number(t.word) }))) return false;
  }
  return true;
}

/**
 * "The deficit narrowed to 2.75 billion dlrs from 2.91 billion. The deficit for calendar 1985 was
 * 2.61 billion.": a bare amount with a scale word, the first figure of its sentence, after a sentence
 * whose last figure is an amount of money with a scale, is in that money (figure-elliptic-money-sentence).
 * Not where a noun follows it ("About 1.5 mln people live there") or "of" ("40 mln of its shares").
 */
function isMoneyOfSentenceBefore(tokens: Token[], a: Figure, b: Figure, ma: FigureTokens, mb: FigureTokens, rules: CompiledRules): boolean {
  if (!a.unit || !a.ruleId.startsWith('figure-currency') || a.range || b.unit || b.range || b.ruleId !== 'figure-digits') return false;
  if (mb.scale <= 1 || !(ma.scale > 1 || (ma.wordScale ?? 1) > 1)) return false;
  // Not a row of a table ("Pretax profit 31.6 mln stg vs 27.0 mln\n\n    Orders 14.2 mln vs 12.0 mln"):
  // its label says what it counts (rule figure-currency-results-table).
  if (tokens[mb.first].sentence !== tokens[ma.last - 1].sentence + 1 || tokens[mb.first].furniture === 'table') return false;
  // (A plural the tagger reads as a verb too: "The placing of 82.5 mln shares last year raised".)
  // Nor an adjective before a noun or a number ("will issue some 2.05 mln new 65 franc shares").
  const next = tokens[mb.last];
  // (Not a word of comparison the tagger calls an adjective: "were 2.76 billion against 2.31 billion".)
  const describes = !!next?.tags.has('Adjective') && !rules.ellipticJoiners.has(next.lower) && sameRun(tokens, mb.last, mb.last + 1) && (namesThing(tokens[mb.last + 1], rules) || /^\d/.test(tokens[mb.last + 1].word));
  return !thingFollows(tokens, mb.last, rules) && !(describes && sameRun(tokens, mb.last - 1, mb.last));
}

/**
 * "Spot gold fell 2.40 dlrs in thin trade to 402.15": the price a change in money reached; "closed
 * at 402.15 dlrs, down 2.40": the change after a price (rule figure-elliptic-price). Both bare and
 * unscaled, in one sentence.
 */
function isPriceEllipsis(tokens: Token[], a: Figure, b: Figure, ma: FigureTokens, mb: FigureTokens, rules: CompiledRules): boolean {
  // An index in points too: "The Dow fell 24.11 points to 18,432.24".
  if (!a.unit || !(a.ruleId.startsWith('figure-currency') || a.unit === 'point') || a.range || b.unit || b.range || b.ruleId !== 'figure-digits') return false;
  if (mb.first <= ma.last || !sameSentence(tokens, ma.last - 1, mb.first) || /[;:(]/.test(tokens[ma.last - 1].post)) return false;
  // The level reached: a joining word right before the number, at most three words after the change.
  const joiner = tokens[mb.first - 1].lower;
  if (a.change && !b.change && rules.ellipticPriceJoiners.has(joiner) && mb.first - 1 - ma.last <= 3) {
    return bridges(tokens, ma.last, mb.first - 1, rules, false);
  }
  // The change after the level: only the change word (and a comma) between them.
  return !!b.change && !a.change && mb.first - ma.last === 1 && rules.changeWords.has(tokens[ma.last].lower);
}

/** Figures n and n + 1 are bare whole numbers joined by "to" in one sentence ("52 to 48", "1,428 to 1,153"). */
function isTally(tokens: Token[], figures: Figure[], meta: FigureTokens[], n: number): boolean {
  const bare = (f: Figure) => !f.unit && !f.range && f.ruleId === 'figure-digits' && /^\d[\d,]*$/.test(f.text);
  const [ma, mb] = [meta[n], meta[n + 1]];
  return bare(figures[n]) && bare(figures[n + 1]) && tokens[ma.last]?.lower === 'to' && mb.first === ma.last + 1 && sameSentence(tokens, ma.first, mb.first);
}

// "The Senate voted 52 to 48", "by a vote of 216 to 212": a tally counts votes (rule figure-vote-tally).
function unitsFromVoteTally(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  for (let n = 0; n + 1 < figures.length; n++) {
    const [a, b] = [figures[n], figures[n + 1]];
    const ma = meta[n];
    if (!isTally(tokens, figures, meta, n)) continue;
    if (!voteWordBefore(tokens, ma.first, rules)) continue;
    a.unit = b.unit = 'vote';
    a.ruleId = b.ruleId = 'figure-vote-tally';
    n++;
  }
}

// "Trump beat the senator from Texas by 22 points (47 to 25)", "leads Clinton by 4 points, 44 to 40":
// two bare shares joined by "to", right after a margin in points (a bracket or a comma between), whose
// difference is that margin, are per cents, and the margin is in percentage points (figure-margin-shares).
function unitsFromMargin(parsed: ParsedText, figures: Figure[], meta: FigureTokens[]): void {
  const tokens = parsed.tokens;
  for (let n = 1; n + 1 < figures.length; n++) {
    const [margin, a, b] = [figures[n - 1], figures[n], figures[n + 1]];
    if (!isTally(tokens, figures, meta, n) || !/^(point|percentage point)$/.test(margin.unit ?? '') || a.value > 100 || b.value > 100) continue;
    if (meta[n].first !== meta[n - 1].last || !/^\s*[(,]\s*$/.test(parsed.text.slice(margin.end, a.start)) || !sameSentence(tokens, meta[n - 1].last - 1, meta[n].first)) continue;
    if (Math.abs(exactSum(a.value, -b.value)) !== margin.value) continue;
    a.unit = b.unit = 'percent';
    a.ruleId = b.ruleId = 'figure-percent';
    margin.unit = 'percentage point';
    n++;
  }
}

/** A word of figure-vote-tally at most four words before token `first`, in its sentence ("voted 52 to 48", "by a vote of 216 to 212"). */
function voteWordBefore(tokens: Token[], first: number, rules: CompiledRules): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4) && sameSentence(tokens, k, first); k--) if (rules.voteWords.has(tokens[k].lower)) return true;
  return false;
}

// "Clinton leads Sanders 1,428 to 1,153 in pledged delegates", "516 to 39 among superdelegates": two
// bare numbers joined by "to" count the plural after a word of figure-tally-noun.
function unitsFromTallyNoun(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  for (let n = 0; n + 1 < figures.length; n++) {
    const [a, b] = [figures[n], figures[n + 1]];
    const [ma, mb] = [meta[n], meta[n + 1]];
    // Not a change from one level to another ("rose from 5 to 7 in most years").
    if (!isTally(tokens, figures, meta, n) || ma.from || !sameRun(tokens, ma.last - 1, mb.first)) continue;
    const joiner = mb.last;
    if (!rules.tallyNounJoiners.has(tokens[joiner]?.lower ?? '') || !sameRun(tokens, mb.last - 1, joiner)) continue;
    // Up to three words that describe the noun ("pledged", "Republican"), then the plural.
    let k = joiner + 1;
    while (k < joiner + 4 && tokens[k] && sameRun(tokens, k - 1, k) && !isPluralNoun(tokens[k].lower) && (tokens[k].tags.has('Adjective') || tokens[k].tags.has('Noun') || tokens[k].tags.has('PastTense')) && !tokens[k].tags.has('Plural')) k++;
    const noun = tokens[k];
    // Not a span of time ("5 to 7 in most years").
    if (!noun || !sameRun(tokens, k - 1, k) || !/^[a-z]+s$/.test(noun.word) || !(noun.tags.has('Plural') || isPluralNoun(noun.lower)) || noun.tags.has('Date') || noun.tags.has('Duration')) continue;
    a.unit = b.unit = rules.pluralSingulars.get(noun.lower) ?? nounToSingular(noun.lower);
    a.ruleId = b.ruleId = 'figure-tally-noun';
    n++;
  }
}

// "Revenue passenger miles rose 12.5 pct to 2.35 billion": the level a measured subject reached, in
// the subject's unit (rule figure-subject-unit). Runs before unitsByEllipsis, which lends it on
// ("to 2.35 billion from 2.1 billion").
function unitsFromSubject(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  figures.forEach((f, n) => {
    const m = meta[n];
    if (f.unit || f.range || f.ruleId !== 'figure-digits' || m.scale <= 1 || !rules.subjectUnitJoiners.has(tokens[m.first - 1]?.lower ?? '')) return;
    // The change verb, a few words before: "rose 12.5 pct to", "fell to" (the tagger may call "rose" a noun).
    let verb = m.first - 2;
    while (verb >= 0 && verb >= m.first - 5 && !rules.changeWords.has(tokens[verb].lower)) verb--;
    if (verb < 0 || verb < m.first - 5 || !sameSentence(tokens, verb, m.first)) return;
    for (let k = verb - 1; k >= Math.max(0, verb - 7) && sameSentence(tokens, k, verb); k--) {
      const t = tokens[k];
      // "exports rose to 3.1 mln tonnes while imports fell to 1.2 mln": another clause, another number.
      if (/\d/.test(t.word) || /[,;:()]/.test(t.post) || rules.ellipticBreaks.has(t.lower) || /\d/.test(tokens[k - 1]?.word ?? '')) return;
      const unit = t.word.length >= 3 && !rules.currencies.has(t.lower) ? rules.unitAliases.get(t.lower) : undefined;
      if (!unit || rules.ellipticNotLent.has(unit)) continue;
      f.unit = unit;
      f.ruleId = 'figure-subject-unit';
      return;
    }
  });
}

/**
 * The number read at `num`, with the unit found for it, is no figure: a size in one token with no
 * measure, a year, a list marker, a name or a code, a phone number, a time of day or a date.
 */
function isNotAFigure(parsed: ParsedText, num: NumberPhrase, unit: string | null, unitRule: string, last: number, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  // "a 4x4 vehicle", "a 2x4 board": a size in one token counts only with a unit of measurement.
  if (num.side && !/^unit-(alias|attached)$/.test(unitRule) && unitRule !== 'figure-vote-tally') return true;
  // "reliever Kyle Abbott ( 0-1 ) took the loss": two whole numbers joined by a hyphen, alone in
  // brackets after a name, are a player's record, not a range.
  if (!unit && num.low && Number.isInteger(num.low.value) && Number.isInteger(num.value) && isRecordAfterName(parsed, num)) return true;
  // "Bard had 1988 sales of $14 million", "X - 1986 Rates": a year before a counted noun.
  if (num.digits && unitRule === 'figure-digits' && num.scale === 1 && /^\d{4}$/.test(tokens[num.first].word) && isYearLike({ text: tokens[num.first].word, value: num.value })) return true;
  // "1986 year profits include a gain": a year before the word "year" names the year ("1,500
  // years" and "a 2000 year-old temple" count years).
  if (num.digits && num.scale === 1 && unit === 'year' && last === num.last + 1 && tokens[num.last].lower === 'year' && /^\s*$/.test(tokens[num.last].post) && tokens[last]?.lower !== 'old' && isYearLike({ text: tokens[num.first].word, value: num.value })) return true;
  // "1.  Anti-Trump groups did not…": a numbered list, not a figure.
  if (!unit && parsed.paragraphs[tokens[num.first].paragraph]?.start === tokens[num.first].start && /^[.)]/.test(tokens[num.last - 1].post)) return true;
  if ((!unit || unitRule === 'figure-digits' || unitRule === 'unit-attached') && isInName(parsed, num, rules)) return true;
  if (!unit && isPhoneNumber(parsed, num, rules)) return true;
  // "between 0700 and 0730 hours GMT": the 24-hour clock, not a count of hours.
  if (unit === 'hour' && num.digits && /^0\d{3}$/.test(tokens[num.first].word)) return true;
  if (!unit && isDateOrYear(parsed, num, rules)) return true;
  // "March 3 talks": a number after a month is a day, whatever follows it.
  if (num.digits && !num.currency && !num.percent && isAfterDateWord(tokens, num, rules)) return true;
  return false;
}

/** "23p", "50 cts", "99 ¢": money written in minor units (its value is the number written over 100). */
function writtenInMinorUnits(f: Figure): boolean {
  const written = /\d[\d,]*(?:\.\d+)?/.exec(f.text);
  return !!written && shiftDecimal(Number(written[0].replace(/,/g, '')), -2) === f.value;
}

/** A table row's label: [1] its indent, [2] its words, up to the first number ("    Net profit 3.4 mln vs 2.9 mln"). */
const ROW_LABEL = /^(\s*)([A-Za-z][A-Za-z .,'&/()-]*?)\s+[-(]?\$?\d/;
// "    Food seven mln vs two mln": the same label before a number in words and its scale.
const rowLabelsOfWords = new WeakMap<CompiledRules, RegExp>();
function rowLabelOfWords(rules: CompiledRules): RegExp {
  let label = rowLabelsOfWords.get(rules);
  if (!label) {
    const alternatives = (words: Iterable<string>) => [...words].filter((w) => /^[a-z]+$/.test(w)).sort((a, b) => b.length - a.length).join('|');
    label = new RegExp(`^(\\s*)([A-Za-z][A-Za-z .,'&/()-]*?)\\s+(?:${alternatives(rules.numberWords.keys())})\\s+(?:${alternatives(rules.scales.keys())})\\b`);
    rowLabelsOfWords.set(rules, label);
  }
  return label;
}

/** The line of text around offset `at`: [start, end). */
function lineAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  return [start, newline < 0 ? text.length : newline];
}

// A wire paragraph starts on an indented line and goes on at the margin. A row that wraps is a
// paragraph of two lines ("    Interest and other income less central expenses credit 16\nmln vs
// debit six mln"): read whole, from either line. Longer paragraphs are prose, read line by line.
function rowAround(text: string, at: number): [number, number] {
  const [start, end] = lineAround(text, at);
  const indented = (s: number) => s < text.length && /[ \t]/.test(text[s]);
  const endsParagraph = (s: number) => s >= text.length || indented(s) || text[s] === '\n';
  if (indented(start)) {
    if (end >= text.length || endsParagraph(end + 1)) return [start, end];
    const next = lineAround(text, end + 1);
    return next[1] >= text.length || endsParagraph(next[1] + 1) ? [start, next[1]] : [start, end];
  }
  if (start === 0 || text[start] === '\n') return [start, end];
  const previous = lineAround(text, start - 1);
  const firstOfTwo = indented(previous[0]) && /\S/.test(text.slice(previous[0], previous[1])) && (end >= text.length || endsParagraph(end + 1));
  return firstOfTwo ? [previous[0], end] : [start, end];
}

// LONDON earnings tables: "Pretax profit 78.84 mln stg vs 60.31 mln\n    Net after tax 50.71 mln
// vs 40.54 mln": the table names its money on one row and the other rows' amounts are in it (rule
// figure-currency-results-table); "Net 17.6 mln vs 37.7 mln" under "4.4 mln stg" is sterling, not the
// dollars rule figure-money-label assumes when nothing says otherwise.
function unitsFromResultsTable(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const { text } = parsed;
  // A row: a label of words at the start of the line, then numbers compared ("Net 3.4 mln vs 2.9 mln").
  // Asked of a figure once or twice, read once.
  const rows: boolean[] = [];
  const isRow = (n: number): boolean => (rows[n] ??= lineIsRow(n));
  // Each row figure's label, kept for labelUnitOf.
  const labels: (RegExpExecArray | null)[] = [];
  const lineIsRow = (n: number): boolean => {
    const [start, end] = lineAround(text, figures[n].start);
    const [rowStart, rowEnd] = rowAround(text, figures[n].start);
    // The line alone, as before, then the whole row where it wraps.
    return lineIsRowText(n, text.slice(start, end)) || ((rowStart !== start || rowEnd !== end) && lineIsRowText(n, text.slice(rowStart, rowEnd).replace(/\n/g, ' ')));
  };
  const lineIsRowText = (n: number, line: string): boolean => {
    const label = (labels[n] = ROW_LABEL.exec(line) ?? rowLabelOfWords(rules).exec(line));
    if (!label || !line.split(/\s+/).some((w) => rules.resultsTableComparisons.has(w.toLowerCase()))) return false;
    return !label[2].split(/\s+/).some((w) => rules.shareLabels.has(w.toLowerCase()) && w.toLowerCase() !== 'out');
  };
  // "Tonnes milled 2.15 mln vs 1.98 mln", "Ore treated (tonnes) 410,000 vs 395,000": a row whose label
  // names a measurement unit counts in it, whatever money the table names. Asked of rows only.
  const labelUnitOf = (n: number): string | undefined => {
    const label = labels[n];
    // An indented label that starts with a capital: a wrapped line of prose ("months of fiscal 1987
    // against 66.9 billion") is no row. Spans of time are what rows are reported over, not their unit.
    if (!label?.[1] || !/^[A-Z]/.test(label[2])) return undefined;
    for (const w of label[2].split(/[\s()]+/)) {
      const lower = w.toLowerCase();
      const unit = lower.length >= 3 && !rules.currencies.has(lower) ? rules.unitAliases.get(lower) : undefined;
      if (unit && !rules.ellipticNotLent.has(unit)) return unit;
    }
    return undefined;
  };
  // A table is a block of lines between blank lines (each row is a paragraph of its own to the layout).
  // Found once a row is (most stories have none).
  let blankLines: number[] | null = null;
  // The number of blank lines before `at`, by binary search: a long text has thousands of both.
  const blockOf = (at: number) => {
    blankLines ??= [...text.matchAll(/\n[ \t]*\n/g)].map((m) => m.index!);
    let [low, high] = [0, blankLines.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (blankLines[mid] < at) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  let n = 0;
  while (n < figures.length) {
    if (!isRow(n)) {
      n++;
      continue;
    }
    const block = blockOf(figures[n].start);
    let end = n;
    while (end < figures.length && blockOf(figures[end].start) === block) end++;
    const money = figures.slice(n, end).find((f) => f.ruleId.startsWith('figure-currency') && /^[A-Z]{3}$/.test(f.unit ?? ''));
    for (let k = n; k < end; k++) {
      const f = figures[k];
      if (!isRow(k) || f.range) continue;
      const measured = !f.unit && f.ruleId === 'figure-digits' ? labelUnitOf(k) : undefined;
      if (measured) {
        f.unit = measured;
        f.ruleId = 'unit-alias';
        continue;
      }
      if (!money) continue;
      // "Food seven mln vs two mln": a number in words with its scale is an amount too.
      const bareAmount = !f.unit && ((f.ruleId === 'figure-digits' && (meta[k].scale > 1 || f.value >= 1000) && !isYearLike(f)) || (f.ruleId === 'figure-number-word' && (meta[k].wordScale ?? 1) > 1));
      if (!bareAmount && !(f.ruleId === 'figure-money-label' && f.unit !== money.unit)) continue;
      f.unit = money.unit;
      f.ruleId = 'figure-currency-results-table';
    }
    n = Math.max(end, n + 1);
  }
}

/** A figure that counts a noun ("312 votes", "six crew"): not money, a per cent, a measure or an age. */
function isCount(f: Figure): boolean {
  return !!f.unit && !f.range && /^figure-(digits|number-word)$/.test(f.ruleId);
}

/**
 * "of the 120", "of their last 18", "of its first five": after a number, "of", a determiner and
 * perhaps a word of order, the index of the number of the whole; else -1.
 */
function partOfAt(tokens: Token[], k: number): number {
  if (tokens[k]?.lower !== 'of' || !/^(the|its|their|his|her|our|these|those)$/.test(tokens[k + 1]?.lower ?? '') || !sameRun(tokens, k, k + 1)) return -1;
  const n = /^(last|first|next|remaining|original|top|other)$/.test(tokens[k + 2]?.lower ?? '') && sameRun(tokens, k + 1, k + 2) ? k + 3 : k + 2;
  return sameRun(tokens, n - 1, n) ? n : -1;
}

// "GM LAYING OFF 5,500 AT TWO PLANTS" over "layoffs of 5,500 hourly workers"; "SPENT 3.5 MLN ON BID"
// over "spent about 3.5 mln dlrs": a headline drops the unit the story gives the same number
// (rule figure-headline-unit).
function unitsFromBody(parsed: ParsedText, figures: Figure[], meta: FigureTokens[]): void {
  const tokens = parsed.tokens;
  figures.forEach((f, n) => {
    if (f.unit || f.range || f.ruleId !== 'figure-digits' || tokens[meta[n].first].furniture !== 'headline') return;
    const echo = figures.find((g, k) => g.unit && g.value === f.value && !g.range && !tokens[meta[k].first].furniture);
    if (!echo) return;
    f.unit = echo.unit;
    f.ruleId = 'figure-headline-unit';
  });
}

// "…average price through April 7 as follows (Dlrs/Bu) -" over a table of bare prices, "(dlrs per
// tonne)", "(in yen)": a note in brackets gives the money of the table rows under it (figure-table-unit).
// The table ends at the first line of prose (long, with no column gap).
function unitsFromTableNote(parsed: ParsedText, figures: Figure[], rules: CompiledRules, currencyOf: (code: string, adjective: string | null) => string): void {
  const text = parsed.text;
  const columns = (line: string) => /\S {2,}\S/.test(line.trim());
  for (const m of text.matchAll(rules.tableUnitNote)) {
    const word = m[2].toLowerCase();
    const per = !!m[3];
    const family = word.length > 1 && (per || m[1] || rules.currencies.has(word)) ? rules.currencies.get(word) : undefined;
    const minor = !family && per && word.length > 1 ? rules.currencyMinor.get(word) : undefined;
    if (!family && !minor) continue;
    // The rows start on the next line.
    let at = text.indexOf('\n', m.index! + m[0].length);
    if (at < 0) continue;
    const rows: [number, number][] = [];
    while (at < text.length) {
      const newline = text.indexOf('\n', at + 1);
      const end = newline < 0 ? text.length : newline;
      const line = text.slice(at + 1, end);
      if (line.trim().length >= 40 && !columns(line)) break;
      if (columns(line)) rows.push([at + 1, end]);
      at = end;
    }
    for (const f of figures) {
      if (f.unit || f.ruleId !== 'figure-digits' || f.range || !rows.some(([a, b]) => f.start >= a && f.end <= b)) continue;
      f.unit = currencyOf((family ?? minor)!, null);
      if (minor) f.value = shiftDecimal(f.value, -2);
      f.ruleId = 'figure-table-unit';
    }
  }
}

/** "1988" written without a comma: a year more often than a count ("had 1988 sales of $14 million"). */
function isYearLike(f: Pick<Figure, 'text' | 'value'>): boolean {
  return /^\d{4}$/.test(f.text.trim()) && f.value >= 1900 && f.value <= 2100;
}

/** "Shrs out 9,138,526", "Avg shrs 12,345,000": share-count labels from a line start (rule figure-share-label). */
function afterShareLabel(tokens: Token[], first: number, rules: CompiledRules): boolean {
  let k = first - 1;
  let shrs = false;
  while (k >= 0 && first - k <= 3 && rules.shareLabels.has(tokens[k].lower) && sameRun(tokens, k, k + 1) && /^\s+$/.test(tokens[k].post)) {
    shrs ||= tokens[k].lower === 'shrs';
    k--;
  }
  return shrs && (k < 0 || !sameSentence(tokens, k, k + 1) || /\n/.test(tokens[k].post));
}

/** "Net 3,446,000", "Oper net profit 3,492,000", "Net loss 18.6 mln": a table label right before the number. */
function afterMoneyLabel(tokens: Token[], first: number, rules: CompiledRules): boolean {
  let k = first - 1;
  let labels = 0;
  while (k >= 0 && labels < 3 && rules.moneyLabels.has(tokens[k].lower) && sameRun(tokens, k, k + 1) && /^\s+$/.test(tokens[k].post)) {
    labels++;
    k--;
  }
  return labels > 0 && (k < 0 || !sameSentence(tokens, k, k + 1) || /\n/.test(tokens[k].post) || rules.notAUnit.has(tokens[k].lower));
}

/** "rose 5%", "down 5 pct", "fell by 2 points": the direction of a change written before the number. */
function changeBefore(tokens: Token[], k: number, rules: CompiledRules): 'up' | 'down' | null {
  let t = tokens[k - 1];
  if (t?.lower === 'by') t = tokens[k - 2];
  const direction = t ? rules.changeWords.get(t.lower) : undefined;
  return direction === 'up' || direction === 'down' ? direction : null;
}

/** A unit alias written after the number ("km", "barrels per day"); single letters only attached. */
function unitPhraseAt(tokens: Token[], k: number, rules: CompiledRules): { phrase: string; length: number } | null {
  // "a 5 - foot wall", "a 28 - year - old runner": tokenised text spaces the hyphen of a compound
  // adjective; the unit is then singular and a word follows it ("a 75 -300mm lens" is a range).
  const spacedHyphen = tokens[k - 1]?.post === ' - ';
  if (!sameRun(tokens, k - 1, k) || (/\s-|-\s/.test(tokens[k - 1].post) && !spacedHyphen)) return null;
  // "10 kilo meters", "5 milli-grams": a unit the table writes in one word, with its prefix apart.
  const [prefix, base] = [tokens[k]?.lower ?? '', tokens[k + 1]?.lower ?? ''];
  if (/^\p{L}{3,}$/u.test(prefix) && /^\p{L}{3,}$/u.test(base) && sameRun(tokens, k, k + 1) && rules.unitAliases.has(prefix + base) && rules.unitAliases.has(base)) return { phrase: prefix + base, length: 2 };
  const length = unitPhraseLength(tokens, k, rules.unitPhrases);
  if (!length) return null;
  const phrase = tokens.slice(k, k + length).map((t) => t.lower).join(' ');
  if (phrase.length === 1 || !rules.unitAliases.has(phrase)) return null;
  // "2 MLS teams", "3 CMS programs": acronyms in capitals (unit-lower-case-only).
  if (rules.unitLowerCaseOnly.has(phrase) && tokens[k].word !== tokens[k].lower) return null;
  // "the 12 - mile ( 19 - km ) stretch": a bracket with the conversion may stand between the unit and its noun.
  const bracketAfter = (/^\s*[()]\s*$/.test(tokens[k + length - 1].post) || /^\(/.test(tokens[k + length]?.word ?? '') || /\($/.test(tokens[k + length]?.pre ?? '')) && !!tokens[k + length] && sameSentence(tokens, k + length - 1, k + length);
  // "he is 40 - years - old": the plural, with "old" hyphenated after it.
  const yearsOld = tokens[k + length - 1].post === ' - ' && tokens[k + length]?.lower === 'old';
  // "he stands 6 - foot - 4": whole inches hyphenated after "foot" (inchesAfter).
  const inchesNext = phrase === 'foot' && isHyphenPost(tokens[k + length - 1].post) && /^\d{1,2}$/.test(tokens[k + length]?.word ?? '') && Number(tokens[k + length].word) < 12;
  if (spacedHyphen && !(rules.unitNames.has(rules.unitAliases.get(phrase)!) && (singularName(phrase, rules) || VOWELLESS_ABBREVIATION.test(phrase) || yearsOld) && (bracketAfter || yearsOld || inchesNext || (/^[a-z]/.test(tokens[k + length]?.word ?? '') && sameRun(tokens, k + length - 1, k + length))))) return null;
  // "5 in the morning", "10 F-16s": a unit written apart is lower case or an abbreviation.
  return { phrase, length };
}

// "10 meters / second", "30 meters/sec", "100 km per hr", "5 yards a second": a unit, "per", "a",
// "an" or a slash, and a unit, where the table has the rate they make ("metre per second"). The
// table lists the common forms whole; this reads the other spellings of the same rate. After "per"
// or a slash any two units make a rate ("8 tonnes per hectare", "500 MB/s"; unit-rate-joiner), but
// not a time per a time ("three days per week", unit-duration).
function compoundUnitAt(tokens: Token[], k: number, rules: CompiledRules): { phrase: string; length: number; unit: string } | null {
  if (!sameRun(tokens, k - 1, k) || /\s-|-\s/.test(tokens[k - 1].post)) return null;
  const rate = (a: string | undefined, b: string | undefined, joiner: string) => {
    if (!a || !b) return null;
    if (rules.unitNames.has(`${a} per ${b}`)) return `${a} per ${b}`;
    return rules.rateJoiners.get(joiner) === 'any' && a !== b && !/ per /.test(a + b) && !rules.durations.has(a) ? `${a} per ${b}` : null;
  };
  // "meters/second" in one token.
  const slash = /^(\p{L}+)\/(\p{L}+)$/u.exec(tokens[k]?.lower ?? '');
  if (slash && !rules.unitAliases.has(tokens[k].lower)) {
    const unit = rate(rules.unitAliases.get(slash[1]), rules.unitAliases.get(slash[2]) ?? rules.rateTimesAfterSlash.get(slash[2]), '/');
    return unit && slash[1].length > 1 ? { phrase: tokens[k].lower, length: 1, unit } : null;
  }
  const first = unitPhraseLength(tokens, k, rules.unitPhrases);
  if (!first) return null;
  const head = tokens.slice(k, k + first).map((t) => t.lower).join(' ');
  // "60 km / h", "343 m / s": tokenised text spaces the slash of a rate the table lists whole
  // ("km/h", "m/s"); read so, a one-letter unit is as sure as written against the slash.
  const whole = first === 1 && /^\s*\/\s*$/.test(tokens[k].post) && sameSentence(tokens, k, k + 1) ? `${head}/${tokens[k + 1]?.lower}` : '';
  if (whole && rules.unitAliases.has(whole) && / per /.test(rules.unitAliases.get(whole)!)) return { phrase: whole, length: 2, unit: rules.unitAliases.get(whole)! };
  if (head.length < 2) return null;
  let next = k + first;
  let joiner = '/';
  if (/^\s*\/\s*$/.test(tokens[next - 1].post) && sameSentence(tokens, next - 1, next)) {
    // "meters / second"
  } else if (rules.rateJoiners.has(tokens[next]?.lower ?? '') && sameRun(tokens, next - 1, next) && sameRun(tokens, next, next + 1)) joiner = tokens[next++].lower;
  else return null;
  const second = unitPhraseLength(tokens, next, rules.unitPhrases);
  // "30 miles / h": a time abbreviated after a slash.
  const denominator = !second && /\//.test(tokens[next - 1].post) && tokens[next] && sameSentence(tokens, next - 1, next) ? rules.rateTimesAfterSlash.get(tokens[next].lower) : undefined;
  if (denominator) {
    const unit = rate(rules.unitAliases.get(head), denominator, joiner);
    return unit ? { phrase: tokens.slice(k, next + 1).map((t) => t.lower).join(' '), length: next + 1 - k, unit } : null;
  }
  if (!second) return null;
  const unit = rate(rules.unitAliases.get(head), rules.unitAliases.get(tokens.slice(next, next + second).map((t) => t.lower).join(' ')), joiner);
  return unit ? { phrase: tokens.slice(k, next + second).map((t) => t.lower).join(' '), length: next + second - k, unit } : null;
}


/** "foot", "meter": the alias is the unit's own name, in either spelling (the singular a compound adjective takes). */
function singularName(phrase: string, rules: CompiledRules): boolean {
  const unit = rules.unitAliases.get(phrase);
  return unit === phrase || unit === phrase.replace(/meter/g, 'metre').replace(/liter/g, 'litre');
}

// "40 deg. C", "30 sq. ft.", "12 fl. oz.": a unit phrase whose abbreviated words keep their points
// (the tagger may end a sentence at one); the longest phrase of the unit table.
function unitPhraseLength(tokens: Token[], k: number, set: PhraseSet): number {
  let best = 0;
  for (const parts of set.byFirst.get(tokens[k]?.lower ?? '') ?? []) {
    if (parts.length > best && parts.every((p, n) => n === 0 || (tokens[k + n]?.lower === p && joinedOverPoint(tokens, k + n - 1, k + n)))) best = parts.length;
  }
  return best || phraseAt(tokens, k, set);
}

/** Tokens a and b are one run, or a is an abbreviation with its point ("ft. 10 in."). */
function joinedOverPoint(tokens: Token[], a: number, b: number): boolean {
  if (sameRun(tokens, a, b)) return true;
  const t = tokens[a];
  // "20 deg . c", "10 sq . ft" (tokenised text spaces the point).
  return !!t && !!tokens[b] && /^ ?\. ?$/.test(t.post) && /^[a-z]{2,4}$/.test(t.word) && t.paragraph === tokens[b].paragraph;
}

// A lower-case metric symbol apart from the digits (unit-alias "m", "g", "t", "l") is a unit only where
// the measure visibly ends or goes on: "1 m x 1 m", "5 m long", "2 l of water", "100 t." ("5 m people"
// is not one: a letter is never a counted noun either, see findUnit).
function letterUnitAt(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  const t = tokens[k];
  if (!t || !/^[mgtl]$/.test(t.word) || !rules.unitAliases.has(t.word) || !sameRun(tokens, k - 1, k) || /\s-|-\s/.test(tokens[k - 1].post)) return false;
  // "scp-173 m": the digits end a code.
  if (tokens[k - 2]?.post === '-' && /^[A-Za-z]+$/.test(tokens[k - 2].word)) return false;
  const next = tokens[k + 1];
  const ends = !next || !sameSentence(tokens, k, k + 1) || /[,;.!?)]/.test(t.post);
  if (!ends && (rules.dimensionJoiners.has(next.lower) || sizeWordAt(tokens, k + 1, rules, ['size']) || rules.numericToken.test(next.word))) return true;
  // "the project was worth 2 m .", "profit rose to 5 m in 1990": in a clause about money an "m" that
  // does not go on as a size is a million (figure-money-cue).
  if (t.word === 'm' && clauseNamesMoney(parsed, k, rules)) return false;
  // "the cliff drops 300 m to the sea", "it is 2 m from the wall".
  return ends || /^(and|or|is|of|in|to|from|above|below|away)$/.test(next.lower);
}

// "a pipe 3 in. wide", "8 in x 10 in", "the rod is 9 in.": a unit abbreviation that is also a word
// (unit-word-apart) where the measure visibly ends or goes on; "5 in the morning", "1 in 5" are not one.
function wordUnitAt(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  const t = tokens[k];
  if (!t || !rules.unitWordsApart.has(t.lower) || t.word !== t.lower || !sameRun(tokens, k - 1, k) || /\s-|-\s/.test(tokens[k - 1].post)) return false;
  const next = tokens[k + 1];
  // "3 in. wide": the tagger may end a sentence at the abbreviation's point.
  if (/^\s?\.?\s*$/.test(t.post) && next && sizeWordAt(tokens, k + 1, rules, ['size']) && next.paragraph === t.paragraph) return true;
  if (next && sameRun(tokens, k, k + 1) && rules.dimensionJoiners.has(next.lower) && rules.numericToken.test(tokens[k + 2]?.word ?? '')) return true;
  // The sentence ends with it: "the rod is 9 in."
  return /^\s*[.!?]/.test(t.post) && (!next || next.paragraph !== t.paragraph || !sameSentence(tokens, k, k + 1) || /^\s*[.!?]\s*$/.test(t.post)) && !/^\s*\.\s*\p{Ll}/u.test(parsed.text.slice(t.end, t.end + 4));
}

// "A temperature of 37.5 C", "rose to 104 F in the valley": an upper-case C, F or K apart from the digits
// is a temperature when the sentence speaks of one; "PA 23456 F Block" and "C-130" are not.
function temperatureLetterAt(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  const t = tokens[k];
  // "highs of 12 c" (text in lower case): the letter is read like "C" in a sentence about temperature.
  // "cooled to 77 K": kelvin too ("a salary of 50 K" has no word of temperature).
  // "temperatures of 20 - 25 c": the tagger may keep a spaced range in one term and the space before the letter out of its post.
  if (!t || !/^[CFKcfk]$/.test(t.word) || !sameRun(tokens, k - 1, k) || parsed.text.slice(tokens[k - 1].end, t.start) !== ' ' || /^-/.test(t.post)) return false;
  const next = tokens[k + 1];
  if (next && sameSentence(tokens, k, k + 1) && /^\s*$/.test(t.post) && /^[A-Z]/.test(next.word)) return false;
  // "convert 10 c to f", "what is 40 f in c": a conversion names the other scale.
  const other = next && rules.conversionWords.has(next.lower) && sameRun(tokens, k, k + 1) && sameRun(tokens, k + 1, k + 2) ? rules.unitAliases.get(tokens[k + 2].lower) : undefined;
  return (!!other && isTemperatureScale(other)) || hasTemperatureCue(parsed, k, rules);
}

/** A unit of the temperature scales: "degree celsius", "degree rankine", "kelvin" (not a bare or angle degree). */
function isTemperatureScale(unit: string): boolean {
  return (unit.startsWith('degree ') && unit !== 'degree (angle)') || unit === 'kelvin';
}

/** The sentence of token k speaks of angles (rule unit-angle-cue) and of no temperature but "degree". */
function isAngle(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
  const s = parsed.sentences[parsed.tokens[k].sentence];
  let angle = false;
  for (let n = s.first; n < s.last; n++) {
    const word = parsed.tokens[n].lower.replace(/^\d+-/, '');
    if (rules.angleCues.has(word)) angle = true;
    else if (rules.temperatureCues.has(word) && !/^degrees?$/.test(word)) return false;
  }
  return angle;
}

/** Token k, the word "degrees", counts university degrees (unit-degree-academic-cue, unit-degree-academic-subject). */
function isAcademicDegree(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  if (!/^degrees?$/.test(tokens[k]?.lower ?? '')) return false;
  const s = parsed.sentences[tokens[k].sentence];
  let study = false;
  for (let n = s.first; n < s.last; n++) {
    const word = tokens[n].lower;
    if ((rules.temperatureCues.has(word) && !/^degrees?$/.test(word)) || rules.angleCues.has(word)) return false;
    study ||= rules.academicCues.has(word);
  }
  const [next, then] = [tokens[k + 1], tokens[k + 2]];
  const after = !!next && sameRun(tokens, k, k + 1) && (next.lower === 'from' || (next.lower === 'in' && !!then && sameRun(tokens, k + 1, k + 2) && rules.academicSubjects.has(then.lower)));
  return study || after;
}

/** The sentence of token k holds one of `words` (lower case). */
function sentenceHasWord(parsed: ParsedText, k: number, words: Set<string>): boolean {
  const s = parsed.sentences[parsed.tokens[k].sentence];
  for (let n = s.first; n < s.last; n++) if (words.has(parsed.tokens[n].lower)) return true;
  return false;
}

/** The sentence of token k speaks of money (rule figure-money-cue). */
function hasMoneyCue(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
  return sentenceHasWord(parsed, k, rules.moneyCues);
}

/** The sentence of token k speaks of temperature (rule unit-temperature-cue). */
function hasTemperatureCue(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
  return sentenceHasWord(parsed, k, rules.temperatureCues);
}

function isPollPoint(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  const s = parsed.sentences[tokens[k].sentence];
  let poll = false;
  for (let n = s.first; n < s.last; n++) {
    if (phraseAt(tokens, n, rules.marketPointCues)) return false;
    poll ||= /\d%$/.test(tokens[n].word) || phraseAt(tokens, n, rules.pollPointCues) > 0;
  }
  return poll;
}

function isAge(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  if (!Number.isInteger(num.value) || num.value > 125 || num.value < 0) return false;
  const prev = tokens[num.first - 1];
  // "at the age of 85", "aged five", "at age twenty-one" (unit-age): words too, since the cue names what they count.
  const next0 = tokens[num.last];
  const nounAfter = !!next0 && sameRun(tokens, num.last - 1, num.last) && next0.tags.has('Noun') && !next0.tags.has('Pronoun');
  if (prev && phraseEndingAt(tokens, num.first - 1, rules.agePhrases) && sameRun(tokens, num.first - 1, num.first) && (num.digits || !nounAfter)) return true;
  // "two children, aged four and seven": the second of two ages joined by "and" or "or".
  if (prev && /^(and|or)$/.test(prev.lower) && num.first >= 3 && isNumberToken(tokens[num.first - 2], rules) && phraseEndingAt(tokens, num.first - 3, rules.agePhrases) && sameRun(tokens, num.first - 3, num.first - 2) && sameRun(tokens, num.first - 2, num.first - 1) && sameRun(tokens, num.first - 1, num.first) && (num.digits || !nounAfter)) return true;
  // "aged between 18 and 25": the low end of a range of ages.
  if (prev?.lower === 'between' && phraseEndingAt(tokens, num.first - 2, rules.agePhrases) && sameRun(tokens, num.first - 2, num.first - 1) && sameRun(tokens, num.first - 1, num.first) && (num.digits || !nounAfter)) return true;
  if (!num.digits || num.last - num.first !== 1) return false;
  // "Reagan, who was 69 when he took office" (unit-age-relative): the clause ends with the number.
  const next = tokens[num.last];
  if (prev && sameRun(tokens, num.first - 1, num.first) && phraseEndingAt(tokens, num.first - 1, rules.ageRelatives) && (endsClauseAfter(tokens, num.last - 1) || /^(when|at|and|but|as)$/.test(next.lower))) return true;
  // "Hollis died at 85 in his home", "she retired at 60." (unit-age-event).
  if (prev && sameRun(tokens, num.first - 1, num.first) && phraseEndingAt(tokens, num.first - 1, rules.ageEvents) && (endsClauseAfter(tokens, num.last - 1) || /^(when|at|and|but|as|in|after)$/.test(next.lower)) && !isTimeOfDayAfter(tokens, num.last)) return true;
  // "people over 70", "Americans under 30" (unit-age-bracket, unit-age-group-noun): nothing counted after it.
  const bracket = prev && sameRun(tokens, num.first - 1, num.first) ? phraseEndingAt(tokens, num.first - 1, rules.ageBrackets) : 0;
  if (bracket && !nounAfter && num.first - 1 - bracket >= 0) {
    const group = tokens[num.first - 1 - bracket];
    const joined = sameRun(tokens, num.first - 1 - bracket, num.first - bracket);
    if (joined && (phraseEndingAt(tokens, num.first - 1 - bracket, rules.ageGroupNouns) || (group.tags.has('Demonym') && group.tags.has('Plural')))) return true;
  }
  return isApposedAge(tokens, num, rules);
}

/** "died at 3 in the morning": a time of day, not an age. */
function isTimeOfDayAfter(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === 'in' && tokens[k + 1]?.lower === 'the' && /^(morning|afternoon|evening|night)$/.test(tokens[k + 2]?.lower ?? '');
}

// "Peter Hollis, 58, had…", "his wife, 52, survived": a number in commas after a name or a noun
// for a person (unit-age-person-noun) is an age.
function isApposedAge(tokens: Token[], num: NumberPhrase, rules: CompiledRules): boolean {
  const prev = tokens[num.first - 1];
  if (!prev || !/^,\s*$/.test(prev.post) || !(isCapitalised(prev) || rules.agePersonNouns.has(prev.lower)) || num.last - num.first !== 1) return false;
  // "Ahmed Hassan, 40." as a caption line of its own: the number ends the paragraph.
  const endsParagraph = /^\.\s*$/.test(tokens[num.last - 1].post) && (!tokens[num.last] || tokens[num.last].paragraph !== tokens[num.first].paragraph);
  if (/^,/.test(tokens[num.last - 1].post) || (endsParagraph && isCapitalised(prev))) return true;
  // "''This right here is a sisterhood,'' said Carla Cruz, 24.": a name after a verb of saying, then the
  // number and a full stop.
  let k = num.first - 1;
  while (k > num.first - 5 && k > 0 && isCapitalised(tokens[k]) && sameRun(tokens, k - 1, k)) k--;
  return k < num.first - 1 && /^\.\s*$/.test(tokens[num.last - 1].post) && Number.isInteger(num.value) && num.value <= 110 && rules.cueForms.has(tokens[k].lower);
}

/**
 * "USD", "usd", "rmb": a three-letter currency code of the rules (figure-currency-prefix, figure-currency),
 * as opposed to a currency word ("yen") or a symbol. In lower case only the ISO code itself or an
 * abbreviation without vowels ("rmb", "sfr") counts: "the yen 100" is not one.
 */
function isoCode(word: string, rules: CompiledRules): string | null {
  // "PHP", "TRY" (figure-currency-code): in capitals only.
  if (rules.currencyCodes.has(word)) return word;
  const w = word.toLowerCase();
  if (!/^[a-z]{3}$/.test(w)) return null;
  const code = rules.currencyPrefixes.get(w) ?? rules.currencies.get(w);
  if (!code || !/^[A-Z]{3}$/.test(code)) return null;
  return code.toLowerCase() === w || !/[aeiou]/.test(w) ? code : null;
}

/** "XOF", "PHP" at token k: a code of figure-currency-code in capitals that figure-currency does not list, in text not in capitals. */
function capitalCode(tokens: Token[], k: number, rules: CompiledRules): boolean {
  const t = tokens[k];
  return !!t && rules.currencyCodes.has(t.word) && !inCapitals(tokens, k);
}

// "TRY 3 TIMES", "TOP 10 SONGS": a word in capitals beside the number and the word in capitals (a
// headline) makes it no code; the words on either side of the code and its number are read.
function inCapitals(tokens: Token[], k: number): boolean {
  const caps = (n: number) => !!tokens[n] && tokens[n].sentence === tokens[k].sentence && /^\p{Lu}{2,}$/u.test(tokens[n].word);
  const digits = (n: number) => /\d/.test(tokens[n]?.word ?? '');
  return digits(k + 1) ? caps(k - 1) || caps(k + 2) : caps(k - 2) || caps(k + 1);
}

// "paid 500 USD 20 times": a code right after a bare number is that number's ("rmb 10 usd 20": 10
// has its code before it, so "usd" goes with 20).
function isCodeAfterNumber(tokens: Token[], k: number, rules: CompiledRules): boolean {
  const before = tokens[k - 1];
  if (!before || !sameRun(tokens, k - 1, k)) return false;
  const m = rules.numericToken.exec(before.word);
  if (!m || m[1]) return false;
  const prefix = tokens[k - 2];
  return !(prefix && sameRun(tokens, k - 2, k - 1) && rules.currencyPrefixes.has(prefix.lower));
}

/**
 * "the Hong Kong SAR 2024 budget": a code of figure-currency-prefix that ends a capitalised name,
 * before a year, is the name's last word ("Special Administrative Region"), not money.
 */
function isYearAfterName(tokens: Token[], i: number): boolean {
  const name = tokens[i - 2];
  return /^(19|20)\d\d$/.test(tokens[i].word) && !!name && sameRun(tokens, i - 2, i - 1) && /^\s$/.test(name.post) && isCapitalised(name) && /^\p{Lu}/u.test(tokens[i - 1].word);
}

/** "MUSD", "MSEK", "kEUR": a scale letter (figure-scale) written in one word with an upper-case ISO code. */
function scaledCode(word: string, rules: CompiledRules): { code: string; scale: number } | null {
  const m = /^(M|MN|Mn|k|K)([A-Z]{3})$/.exec(word);
  const code = m ? isoCode(m[2], rules) : null;
  const scale = m ? rules.scales.get(m[1].toLowerCase()) : undefined;
  return code && code === m![2] && scale ? { code, scale } : null;
}

/** "cts/shr" → "cts"; "km/h" and "b/d" are units whole (unit-alias). */
function beforeSlash(lower: string, rules: CompiledRules): string {
  const m = /^(\p{L}+)\/\p{L}+$/u.exec(lower);
  // "500 USD,100 times", "30 EUR,a rise": an ISO code glued by a comma to the next word is the code.
  const comma = /^(\p{L}{3}),\S+$/u.exec(lower);
  if (comma && isoCode(comma[1], rules)) return comma[1];
  return m && !rules.unitAliases.has(lower) ? m[1] : lower;
}

/** "-", " - ": the hyphen of a compound, as prose and tokenised text write it ("6-foot-4", "6 - foot - 4"). */
function isHyphenPost(post: string): boolean {
  return /^\s?-\s?$/.test(post);
}

/** Length of a word of unit-size-adjective of one of `kinds` at token k ("long", "in diameter"), else 0. */
function sizeWordAt(tokens: Token[], k: number, rules: CompiledRules, kinds: string[]): number {
  const length = phraseAt(tokens, k, rules.sizeAdjectives);
  const kind = length ? rules.sizeAdjectives.kind.get(tokens.slice(k, k + length).map((t) => t.lower).join(' ')) : undefined;
  return kind && kinds.includes(kind) ? length : 0;
}

function sameRun(tokens: Token[], a: number, b: number): boolean {
  return !!tokens[a] && !!tokens[b] && sameSentence(tokens, a, b) && /^[\s-]*$/.test(tokens[a].post);
}

// "279.085\nbillion dlrs" in a wrapped column: the layout reads a soft wrap as a space (ParsedText.flat),
// so the sentence goes on; a hard line break (a list, a table row) may end it.
function sameSentence(tokens: Token[], a: number, b: number): boolean {
  return tokens[a].sentence === tokens[b].sentence;
}

/** The number's one token stands alone in brackets right after a capitalised word ("Abbott ( 0-1 )"). */
function isRecordAfterName(parsed: ParsedText, num: NumberPhrase): boolean {
  const { tokens, text } = parsed;
  const [prev, t, next] = [tokens[num.first - 1], tokens[num.first], tokens[num.first + 1]];
  if (!prev || num.last !== num.first + 1 || !isCapitalised(prev)) return false;
  // The tagger may keep the brackets on the token: "Abbott (0-1)".
  const opens = /^\s*\(\s*$/.test(text.slice(prev.end, t.start)) || t.word.startsWith('(');
  return opens && (/^\s*\)/.test(text.slice(t.end, next ? next.start : text.length)) || t.word.endsWith(')'));
}

/**
 * Token k ends its clause: nothing follows in its sentence, or a comma, a stop or a closing bracket
 * (and a colon where `colon`) is written right after it ("died at 85, his family said"). Looser
 * tests remain where a mark anywhere after the word counts (endsClause, letterUnitAt) and where the
 * next word must stay in the run (findUnit).
 */
function endsClauseAfter(tokens: Token[], k: number, colon = false): boolean {
  const next = tokens[k + 1];
  return !next || !sameSentence(tokens, k, k + 1) || (colon ? /^\s*[,;:.!?)]/ : /^\s*[,;.!?)]/).test(tokens[k].post);
}

/** Length of a phrase from `set` starting at token k, or 0. */
function phraseAt(tokens: Token[], k: number, set: PhraseSet): number {
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
function phraseEndingAt(tokens: Token[], k: number, set: PhraseSet): number {
  for (let len = 1; len <= 3 && k - len + 1 >= 0; len++) {
    const start = k - len + 1;
    if (phraseAt(tokens, start, set) === len && (len === 1 || sameRun(tokens, start, k))) return len;
  }
  return 0;
}

// Reads a number starting at token i: digits ("26", "$5.2", "12%", "3,000"), words ("two",
// "twenty-five", "three-and-a-half"), scales ("5.2 billion", "two hundred") or vague plurals.
function readNumber(parsed: ParsedText, i: number, rules: CompiledRules): NumberPhrase | null {
  const tokens = parsed.tokens;
  const t = tokens[i];
  let k = i;
  let value: number | null = null;
  let currency: string | null = null;
  let percent = false;
  let approximate = false;
  let digits = false;
  let ruleId = 'figure-number-word';
  let first = i;
  let unit: string | null = null;
  let unitRule: string | null = null;
  let scale = 1;
  let wordScale = 1;
  let low: { value: number; chars: number; gap: number } | null = null;
  let signAt: number | null = null;
  let startAt: number | null = null;
  // "(58 percent to 40 percent)": the tagger may leave an opening bracket or quote on the number.
  const lead = /^[(\["“‘']*/.exec(t.word)![0];
  let word = t.word.slice(lead.length);
  // "-5 degrees fahrenheit" at the start of a text: the tagger keeps the sign on the digits. After
  // another number it is a dash ("a 75 -300mm lens").
  const before = tokens[i - 1];
  const afterNumber = !!before && before.sentence === t.sentence && rules.numericToken.test(before.word);
  const signInside = /^[-−+][\d.]/.test(word) && !afterNumber ? word[0] : null;
  if (signInside) word = word.slice(1);
  // "in '16": a year.
  if ((/^['‘’]$/.test(lead) || /['‘’]$/.test(t.pre)) && /^\d{2}$/.test(word)) return null;
  // "a woman in her early 40s", "men in their 20s": a decade of life is an age, its floor (unit-age-decade).
  const decade = decadeOfLife(parsed, i, rules);
  if (decade !== null) return { first: i, last: i + 1, value: decade, currency: null, percent: false, unit: 'year', unitRule: 'unit-age-decade', scale: 1, low: null, signAt: null, startAt: null, approximate: true, ruleId: 'unit-age-decade', digits: true };
  // "he is 6'2\"", "a 6′10 center": feet and inches with the prime marks of a height.
  const height = !signInside && !lead ? /^([1-8])['′’](\d{1,2})$/.exec(word) : null;
  if (height && Number(height[2]) < 12) {
    const value = exactSum(Number(height[1]), Number(height[2]) / 12);
    return { first: i, last: i + 1, value, currency: null, percent: false, unit: 'foot', unitRule: 'unit-alias', scale: 1, low: null, signAt: null, startAt: null, approximate: false, ruleId: 'unit-alias', digits: true };
  }
  // "a 12x15 feet room", "a 3-by-4-metre carpet", "3x4m": both sides of a size in one token
  // (unit-dimension-joiner); the second is read as the word and the first takes its unit.
  const size = !signInside && !lead ? /^(\d+(?:\.\d+)?)(-?([\p{L}×]+)-?)(\d.*)$/u.exec(word) : null;
  let side: { value: number; chars: number; gap: number } | undefined;
  if (size && rules.dimensionJoiners.has(size[3].toLowerCase()) && (size[2].length === size[3].length || /^-.+-$/.test(size[2]))) {
    side = { value: decimalValue(size[1], 0), chars: size[1].length, gap: size[2].length };
    word = size[4];
  }
  // "a 5-4 ruling", "in a 52-48 vote": a split decision in one token counts votes, one figure a side
  // (rule figure-split-decision); "won 3-1 on Sunday" (a score) stays out. "The congress voted 38-29
  // to approve": after a word of figure-vote-tally too.
  const tally = !signInside && !lead && !side ? /^(\d{1,3})[-–](\d{1,3})$/.exec(word) : null;
  // Not a range with its unit ("A vote is expected in 3-5 days", "The ballot drew 20-25 pct"): asked
  // only of a split after a word of voting, since every token a number may start at comes here.
  const unitAfter = () => sameRun(tokens, i, i + 1) && (namesThing(tokens[i + 1], rules) || rules.unitAliases.has(tokens[i + 1].lower) || phraseAt(tokens, i + 1, rules.percentWords) > 0);
  if (tally && ((sameRun(tokens, i, i + 1) && rules.splitDecisions.has(tokens[i + 1].lower)) || (voteWordBefore(tokens, i, rules) && !unitAfter()))) {
    side = { value: Number(tally[1]), chars: tally[1].length, gap: 1 };
    word = tally[2];
    [unit, unitRule] = ['vote', 'figure-vote-tally'];
  }
  // "Eskom needs R5 billion", "a R1.2bn deal", "R250,000": a one-letter currency sign before digits
  // shaped like money (figure-currency-letter-prefix); "R2-D2", "Route R5" are names.
  // "TRY2.5bn", "PHP1,500": a code of figure-currency-code attached, the same way.
  // "Sh50 billion" (figure-currency-letter-prefix): a capital and a small letter.
  const letter = !lead && !signInside && !side ? /^(\p{Lu}\p{Ll}?|[A-Z]{3})(\d.*)$/u.exec(word) : null;
  let letterCurrency: string | null = null;
  const letterCode = letter ? (rules.currencyLetterPrefixes.get(letter[1]) ?? (rules.currencyCodes.has(letter[1]) && !rules.currencyPrefixes.has(letter[1].toLowerCase()) ? letter[1] : undefined)) : undefined;
  if (letter && letterCode && isMoneyShaped(parsed, i, letter[2], rules)) {
    letterCurrency = letterCode;
    word = letter[2];
  }
  let m = rules.numericToken.exec(word);
  // "115USD": an ISO code attached after the digits.
  let codeAfter: string | null = null;
  // "10€", "100元": a currency symbol attached after them.
  const attached = m ? null : /^(.*\d)([A-Z]{3}|[^\p{N}\p{Ll}\p{Lu}\s])$/u.exec(word);
  const codeOrSymbol = attached ? (isoCode(attached[2], rules) ?? (attached[2].length === 1 ? rules.currencyPrefixes.get(attached[2]) : undefined)) : null;
  if (attached && codeOrSymbol) {
    const inner = rules.numericToken.exec(attached[1]);
    if (inner && !inner[1] && !inner[3]) [m, codeAfter] = [inner, codeOrSymbol];
  }
  // "up 1/2 to 14-1/4", "10 1/2 miles", "½ cup": a fraction written with a slash or a symbol.
  // "a coupon of 7¾%", "rates rose ½%": a fraction symbol with the per cent sign attached.
  const fractionPercent = !m && word.endsWith('%') ? fractionValue(word.slice(0, -1), rules) : null;
  if (fractionPercent !== null) percent = true;
  // "rates rose to 6-1 / 4 pct": tokenised text spaces the slash of a whole number and its fraction too.
  const spacedMixed = !m && fractionPercent === null && /^\d+-\d+$/.test(word) ? spacedFraction(parsed, i, rules) : null;
  const fraction = m ? null : fractionPercent ?? spacedMixed ?? fractionValue(word, rules);
  // "10-20%", "$5-6 million": a range in one token; "40 - 50 years old" is one for the tagger too.
  // "1986-87" (years) and "3-1" (a score) are not.
  // "5.2%-6%", "$5-$6 million": each end may repeat the sign or symbol of the other.
  const dash = m || fraction !== null ? null : /^(.*?\d[^\d\s–-]{0,3})(\s*[-–]\s*)([^\d\s–-]{0,4}\d.*)$/.exec(word);
  if (dash) {
    const left = rules.numericToken.exec(dash[1]);
    const right = rules.numericToken.exec(dash[3]);
    if (left && right && (!left[3] || left[3] === right[3]) && (!right[1] || right[1] === left[1]) && !/^\d{4}$/.test(left[2])) {
      const lowValue = decimalValue(left[2], 0);
      if (lowValue < decimalValue(right[2], 0)) {
        m = [right[0], left[1], right[2], right[3]] as unknown as RegExpExecArray;
        low = { value: lowValue, chars: dash[1].length, gap: dash[2].length };
      }
    }
  }
  // "a 2.0-litre engine", "a 10,000-square-foot home", "a $1.5-million grant": compromise keeps a
  // decimal or grouped number in one term with what is hyphenated to it (whole numbers it splits: "12-mile").
  const joined = m || fraction !== null || low ? null : hyphenatedUnit(word, rules);
  if (joined) m = joined.number;
  if (m || fraction !== null) {
    value = fraction ?? decimalValue(m![2], 0);
    // "a .45 calibre pistol", "the .25ml liquid": the tagger leaves the point before the digits.
    const point = !lead && !signInside && m && !m[1] && /^\d+$/.test(m[2]) && parsed.text[t.start - 1] === '.' && (t.start === 1 || /[\s(]/.test(parsed.text[t.start - 2])) && !afterNumber;
    if (point) {
      value = decimalValue(`.${m![2]}`, 0);
      startAt = t.start - 1;
    }
    // "40 000", "1 414 021 100", "1 234 567.89": thousands grouped by spaces (SI style). With plain
    // spaces one group must start with 0 or two must follow ("had 3 500 workers" stays two numbers).
    const groups: string[] = [];
    let narrow = false;
    if (!point && !low && m && !m[3] && /^\d{1,3}$/.test(m[2])) {
      for (let g = i + 1; tokens[g]?.sentence === t.sentence && /^\d{3}(\.\d+)?$/.test(tokens[g].word) && !groups.some((x) => x.includes('.')); g++) {
        const gap = parsed.text.slice(tokens[g - 1].end, tokens[g].start);
        if (!/^[ \u00a0\u202f\u2009]$/.test(gap)) break;
        narrow ||= gap !== ' ';
        groups.push(tokens[g].word);
      }
      if (groups.length && (narrow || groups.length >= 2 || groups.some((x) => x.startsWith('0')))) value = decimalValue(m[2] + groups.join(''), 0);
      else groups.length = 0;
    }
    // "costs $ 46 . 8 million", "1 . 8500 marks": a decimal point with spaces, in tokenised text (the
    // tagger may end a sentence at it).
    // "10 , 000 monkeys", "1 , 118 tunes": thousands grouped by a comma with spaces, in tokenised text
    // (prose never puts a space before a comma).
    const spaced = groups.length > 0;
    if (!spaced && !point && !low && m && !m[1] && !m[3] && /^\d{1,3}$/.test(m[2])) {
      for (let g = i + 1; parsed.text.slice(tokens[g - 1].end, tokens[g]?.start) === ' , ' && sameSentence(tokens, g - 1, g) && /^\d{3}$/.test(tokens[g]?.word ?? ''); g++) groups.push(tokens[g].word);
      if (groups.length) value = decimalValue(m[2] + groups.join(''), 0);
    }
    const after = tokens[i + 1 + groups.length];
    if (!spaced && !point && !low && m && !m[3] && /^\d[\d,]*$/.test(m[2]) && tokens[i + groups.length].post === ' . ' && !!after && /^\d+$/.test(after.word)) {
      value = decimalValue(`${m[2]}${groups.join('')}.${after.word}`, 0);
      groups.push(after.word);
    }
    if (lead) startAt = t.start + lead.length;
    // "-1.3%", "+2.1%": a sign written against the digits.
    const sign = signInside ?? parsed.text[t.start - 1];
    if (isMinus(tokens, i)) {
      value = -value;
      first = i - 1;
    }
    if (signInside) {
      signAt = t.start + lead.length;
      if (sign !== '+') value = -value;
    } else if (!afterNumber && (sign === '-' || sign === '−' || sign === '+') && (t.start < 2 || /[\s(]/.test(parsed.text[t.start - 2]))) {
      // "-1.3%"; "the balance is -$200", "fell to -£5m": before a currency sign too.
      signAt = t.start - 1;
      if (sign !== '+') value = -value;
    }
    if (m?.[1]) currency = rules.currencyPrefixes.get(m[1].toLowerCase()) ?? null;
    currency ??= codeAfter ?? letterCurrency;
    const suffix = m?.[3]?.toLowerCase();
    digits = true;
    ruleId = 'figure-digits';
    k += 1 + groups.length;
    if (spacedMixed !== null) k = i + 2;
    // "the pipe is 3 / 4 inch wide", "rose 1 / 2 point": tokenised text spaces the slash of a fraction.
    const spacedPart = !groups.length && !low && !point && m && !m[1] && !m[3] ? spacedFraction(parsed, i, rules) : null;
    if (spacedPart !== null) {
      value = value < 0 ? -spacedPart : spacedPart;
      k = i + 2;
    }
    // "10 1/2 miles", "2 3/4 pct": whole digits and a fraction apart.
    // "$2 1/2 billion": after a currency sign too; "1 1 / 2 cups": the fraction's slash spaced.
    const whole = spacedPart === null && m && !m[3] && /^\d+$/.test(m[2]) && tokens[k] && /^ +$/.test(t.post) && t.sentence === tokens[k].sentence;
    const spacedAfter = whole ? spacedFraction(parsed, k, rules) : null;
    const part = whole ? (spacedAfter ?? fractionValue(tokens[k].word, rules)) : null;
    if (part !== null && part < 1) {
      value = exactSum(value, value < 0 ? -part : part);
      k += spacedAfter !== null ? 2 : 1;
    }
    // "5 and a half miles", "2 and a quarter hours": digits with a spelled share, as words have ("five and a half").
    const share = m && !m[1] && !m[3] && /^\d+$/.test(m[2]) && part === null && tokens[k]?.lower === 'and' && sameRun(tokens, k - 1, k) ? andShare(tokens, k, rules) : null;
    if (share) {
      value = exactSum(value, value < 0 ? -share.value : share.value);
      k = share.last;
    }
    // "3/4 of an inch", "1/2 of a mile": a fraction in digits of one unit, as "three quarters of a mile" in words.
    if ((fraction !== null || spacedPart !== null) && !fractionPercent && Math.abs(value) < 1 && value !== 0 && tokens[k]?.lower === 'of' && /^(a|an)$/.test(tokens[k + 1]?.lower ?? '') && sameRun(tokens, k - 1, k) && sameRun(tokens, k, k + 1) && sameRun(tokens, k + 1, k + 2) && tokens[k + 2].lower.length > 1 && (phraseAt(tokens, k + 2, rules.unitPhrases) || phraseAt(tokens, k + 2, rules.percentWords))) k += 2;
    // "$5.2" and "billion" are separate terms.
    const pre = t.pre.trim().toLowerCase();
    if (!currency && pre && rules.currencyPrefixes.has(pre)) currency = rules.currencyPrefixes.get(pre)!;
    // "USD 10m", "Rs 500 crore": a code written apart, capitalised.
    const prev = tokens[i - 1];
    // "$ 14 million", "US $150 million", "HK $ 10 billion": a symbol apart from the digits.
    const gap = prev && prev.sentence === t.sentence ? parsed.text.slice(prev.end, t.start) : '';
    // "deficit of 1.6 billion ( $ 2.54 billion )", "a higher , $ 70 - a - share price": tokenised text.
    // "euros ($ 2.9 billion)": the bracket may hold the sign against it.
    // "a 5 % , $ 200 million issue": the per cent sign of the number before may stand in the gap.
    // "it costs ฿ 100": any sign of figure-currency-prefix.
    // "the balance is - $ 200" (tokenised): a minus sign spaced before the currency sign; after a number it
    // is a range's dash ("$ 5 - $ 10").
    const symbol = /^(\s*(?:%\s*[,;:]\s*|[,;:(\[“"]\s*|[-−]\s?)?)([^\p{L}\p{N}\s])\s?$/u.exec(gap);
    const minus = symbol && /[-−]/.test(symbol[1]) ? prev.end + symbol[1].search(/[-−]/) : null;
    if (!currency && symbol && rules.currencyPrefixes.has(symbol[2]) && minus !== null) {
      currency = rules.currencyPrefixes.get(symbol[2])!;
      if (isNumberToken(prev, rules)) startAt = prev.end + symbol[1].length;
      else if (signAt === null) {
        value = -value;
        signAt = minus;
      }
    }
    if (!currency && symbol && rules.currencyPrefixes.has(symbol[2])) {
      const joined = `${prev.lower}${symbol[2]}`;
      // "filed a $ 1 billion suit", "music ' s $ 500 million man" (tokenised text): an article or a
      // possessive ending is not "A$" or "S$".
      const article = prev.word === 'a' || (prev.lower === 's' && /['’]\s*$/.test(tokens[i - 2]?.post ?? ''));
      if (rules.currencyPrefixes.has(joined) && /^[a-z]{1,3}$/i.test(prev.word) && symbol[1].length <= 1 && !article) {
        currency = rules.currencyPrefixes.get(joined)!;
        first = i - 1;
      } else {
        currency = rules.currencyPrefixes.get(symbol[2]) ?? null;
        startAt = prev.end + symbol[1].length;
      }
    }
    // "usd 20", "rmb 10", "cad$ 15": written in lower case, a prefix must be a code, and not a noun
    // after an article ("a cad 5 times over").
    // "rs 500", "kr 20": an abbreviation without vowels is no English word either.
    if (!currency && prev && prev.sentence === t.sentence && /^ ?$/.test(prev.post) && rules.currencyPrefixes.has(prev.lower) && (!/^[a-z]/.test(prev.word) || ((isoCode(prev.word, rules) || /\$$/.test(prev.word) || VOWELLESS_ABBREVIATION.test(prev.lower)) && !/^(a|an|the)$/.test(tokens[i - 2]?.lower ?? ''))) && !isCodeAfterNumber(tokens, i - 1, rules) && !isYearAfterName(tokens, i)) {
      currency = rules.currencyPrefixes.get(prev.lower)!;
      first = i - 1;
    }
    // "The loan is PHP 5 billion" (figure-currency-code): a code in capitals, where the text around is not,
    // before an amount shaped like money ("PHP 8 was released" is the language, "PEN 15" a show).
    if (!currency && prev && prev.sentence === t.sentence && /^ ?$/.test(prev.post) && rules.currencyCodes.has(prev.word) && !inCapitals(tokens, i - 1) && !isCodeAfterNumber(tokens, i - 1, rules) && isMoneyShaped(parsed, i, t.word, rules) && !isYearAfterName(tokens, i)) {
      currency = prev.word;
      first = i - 1;
    }
    // "It costs Rs. 500 crore": a capitalised prefix abbreviated with its point ("rs."), where the tagger
    // ends a sentence.
    // "it costs rs . 500" (tokenised, lower case): the point spaced.
    if (!currency && prev && prev.paragraph === t.paragraph && /^ ?\. ?$/.test(prev.post) && (/^\p{Lu}/u.test(prev.word) || VOWELLESS_ABBREVIATION.test(prev.lower)) && rules.currencyPrefixes.has(`${prev.lower}.`)) {
      currency = rules.currencyPrefixes.get(`${prev.lower}.`)!;
      first = i - 1;
    }
    // "5G networks": a generation of mobile networks, not grams (a gram is "g").
    // "the new 5g network" (lower case): so before a noun of telephony (unit-mobile-generation-noun).
    if (m?.[3] === 'G' || (m?.[3] === 'g' && /^[1-9]$/.test(m[2]) && rules.mobileGenerationNouns.has(tokens[i + 1]?.lower ?? '') && sameRun(tokens, i, i + 1))) return null;
    if (m?.[3] === 'MM') {
      // "US$ 1MM": finance writes a million so; "5mm" is millimetres.
      value = scaleBy(value, rules.scales.get('million') ?? 1e6);
      scale = rules.scales.get('million') ?? 1e6;
    } else if (suffix) {
      if (rules.percentWords.byFirst.has(suffix) && !(suffix === 'pc' && m?.[3] !== 'pc')) percent = true;
      else if (suffix === 'm' && !currency && (phraseAt(tokens, k, rules.metreEvents) || afterEventVerb(tokens, i, rules)) && !side) [unit, unitRule] = ['metre', 'figure-metre-event'];
      else if (suffix === 'm' && !currency && (side || isSizeSide(tokens, i, k, rules) || isMetreByMeasure(parsed, i, k, rules))) [unit, unitRule] = ['metre', 'unit-attached'];
      else if (rules.scales.has(suffix)) {
        value = scaleBy(value, rules.scales.get(suffix)!);
        scale = rules.scales.get(suffix)!;
      }
      // "5km", "100mph", "30C" (a lower-case "15c" is cents, unless the sentence speaks of temperature
      // and not of money: "temperatures reached 40c", unit-temperature-cue; "cold drinks cost 40c", figure-money-cue).
      // "The bank paid 8.5C per share": a capital "C" is cents too where the sentence speaks of money and
      // not of temperature.
      else if (rules.unitAttached.has(suffix) && !(rules.currencyMinor.has(suffix) && (m?.[3] === 'c' ? !(hasTemperatureCue(parsed, i, rules) && !hasMoneyCue(parsed, i, rules)) : m?.[3] === 'C' && hasMoneyCue(parsed, i, rules) && !hasTemperatureCue(parsed, i, rules)))) [unit, unitRule] = [rules.unitByteCapital.get(m![3]) ?? rules.unitAliases.get(suffix) ?? suffix, 'unit-attached'];
      else if (rules.currencyMinor.has(suffix)) {
        // "50p", "15c": minor units go to the main unit.
        value = shiftDecimal(value, -2);
        currency ??= rules.currencyMinor.get(suffix)!;
      }
    }
    if (joined && joined.scale > 1) {
      value = scaleBy(value, joined.scale);
      scale = joined.scale;
    } else if (joined?.currency && /-pound$/i.test(word) && describesWeight(tokens, k, rules)) {
      // "a 1,000-pound bomb", "the 4.5-pound baby": a weight (unit-pound-money-noun; "a 1,000-pound fine" is money).
      [unit, unitRule] = ['pound (weight)', 'unit-alias'];
    } else if (joined?.currency) currency ??= joined.currency;
    else if (joined) [unit, unitRule] = [joined.unit, joined.unitRule];
    if (joined?.inches) value = exactSum(value, joined.inches / 12);
    // "revenues of MAUD 60", "MSEK 450": a scale letter before an ISO code, written apart.
    const scaled = !currency && prev && prev.sentence === t.sentence && /^ ?$/.test(prev.post) ? scaledCode(prev.word, rules) : null;
    if (scaled) {
      currency = scaled.code;
      value = scaleBy(value, scaled.scale);
      scale = scaleBy(scale, scaled.scale);
      first = i - 1;
    }
  } else if (/^(a|an|one)$/.test(t.lower) && unitAndShare(tokens, i + 1, rules)) {
    // "a mile and a half", "an hour and a quarter": one unit and a share of it, the unit between them.
    const share = unitAndShare(tokens, i + 1, rules)!;
    [value, k, unit, unitRule] = [exactSum(1, share.value), share.last, share.unit, 'unit-alias'];
  } else if (rules.vaguePlurals.has(t.lower)) {
    value = rules.vaguePlurals.get(t.lower)!;
    approximate = true;
    ruleId = 'figure-vague-plural';
    k++;
    // "tens of thousands", "hundreds of millions"
    if (tokens[k]?.lower === 'of' && rules.vaguePlurals.has(tokens[k + 1]?.lower ?? '')) {
      value = scaleBy(value, rules.vaguePlurals.get(tokens[k + 1].lower)!);
      k += 2;
    }
  } else if (vagueScaleAt(tokens, i, rules)) {
    // "a few thousand applicants", "several hundred people": the scale is the floor (rule figure-vague-count).
    const length = phraseAt(tokens, i, rules.vagueCounts);
    value = rules.scales.get(tokens[i + length].lower)!;
    approximate = true;
    ruleId = 'figure-vague-count';
    k = i + length + 1;
  } else if (t.lower === 'tens' && tokens[i + 1]?.lower === 'of' && rules.vaguePlurals.has(tokens[i + 2]?.lower ?? '')) {
    value = scaleBy(10, rules.vaguePlurals.get(tokens[i + 2].lower)!);
    approximate = true;
    ruleId = 'figure-vague-plural';
    k += 3;
  } else {
    const words = readNumberWords(tokens, i, rules);
    if (!words) return null;
    [value, k] = words;
    // "two to three million people": the scale that ends the words scales a range's low end too (linkRanges).
    const lastScale = rules.scales.get(tokens[k - 1].lower) ?? 1;
    if (lastScale >= 100 && tokens[k - 1].lower.length > 1) wordScale = lastScale;
    // "minus five percent"
    if (isMinus(tokens, i)) {
      value = -value;
      first = i - 1;
    }
  }
  // Scales after the number: "5.2 billion", "1.5 mln", "two million".
  // "$ 1.5 m", "1.5 m dollars", "10 k euros" (tokenised): a scale letter apart, with a currency before the
  // number or after the letter ("5 m people" and "1 m x 1 m" are not millions).
  // Only as the first scale: "$ 1.5 m" but not "1.5 billion m".
  const firstScale = k;
  const letterScale = (n: number) => n === firstScale && /^[mkb]$/.test(tokens[n].lower) && /^ ?$/.test(tokens[n - 1].post) && (!!currency || (rules.currencies.has(tokens[n + 1]?.lower ?? '') && sameRun(tokens, n, n + 1))) && digits;
  while (tokens[k] && sameRun(tokens, k - 1, k) && rules.scales.has(tokens[k].lower) && (tokens[k].lower.length > 1 || letterScale(k))) {
    value = scaleBy(value, rules.scales.get(tokens[k].lower)!);
    scale = scaleBy(scale, rules.scales.get(tokens[k].lower)!);
    k++;
  }
  if (low) low.value = scaleBy(low.value, scale);
  // "the price starts at dollar 22.5 million", "rupees 500 crore": a currency word before a number
  // with a scale ("against the dollar 1.5 billion" is not one).
  const word0 = tokens[first - 1];
  // "won 1.2 million votes", "won 1 million pesos": "won" is the verb when the number counts something
  // else, a currency or a plural noun after it.
  const countsNext = !!tokens[k] && sameRun(tokens, k - 1, k) && (rules.currencies.has(tokens[k].lower) || (tokens[k].tags.has('Plural') && !tokens[k].tags.has('Pronoun')));
  // "he won 3 million in the lottery": nor is a verb in the past ("won") the currency ("U.S. dlrs 5.98
  // billion", "208.8 mln marks 188.1 mln": the tagger may read "dlrs" and "marks" as verbs in the present).
  // "The firm lost Euro 5 million", "Yuan 5 billion": capitalised too, unless it ends a name ("Real Madrid").
  const nameBefore = !!tokens[first - 2] && sameRun(tokens, first - 2, first - 1) && isCapitalised(tokens[first - 2]);
  if (digits && !currency && scale > 1 && word0 && sameRun(tokens, first - 1, first) && (/^[a-z]+$/.test(word0.word) || (/^[A-Z][a-z]+$/.test(word0.word) && !nameBefore)) && rules.currencies.has(word0.lower) && !word0.tags.has('PastTense') && !/^(the|a|an)$/.test(tokens[first - 2]?.lower ?? '') && !countsNext) {
    currency = rules.currencies.get(word0.lower)!;
    first--;
  }
  // "the 4x100m relay" is four legs of 100 metres, not a size (figure-metre-event).
  if (side && phraseAt(tokens, k, rules.metreEvents)) return null;
  return { first, last: k, value, currency, percent, unit, unitRule, scale, wordScale, low, side, signAt, startAt, approximate, ruleId, digits };
}

/** "5 billion", "1.2bn", "250m", "250,000", "12.50", "1 000": digits (after a one-letter currency sign) that read as money. */
function isMoneyShaped(parsed: ParsedText, i: number, digits: string, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  const m = rules.numericToken.exec(digits);
  if (!m || m[1]) return false;
  const scaleOf = (w: string | undefined) => (w && w.length > 0 ? rules.scales.get(w.toLowerCase()) : undefined) ?? 0;
  if (m[3]) return scaleOf(m[3]) >= 1000;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(m[2]) || /^\d+\.\d{2}$/.test(m[2])) return true;
  const next = tokens[i + 1];
  if (!next || !sameRun(tokens, i, i + 1) || /-/.test(tokens[i].post)) return false;
  // "R1 000 000": thousands grouped by spaces, South African style.
  if (/^\d{1,3}$/.test(m[2]) && /^\d{3}$/.test(next.word) && /^[ \u00a0\u202f\u2009]$/.test(tokens[i].post)) return true;
  return next.lower.length > 1 && scaleOf(next.lower) >= 1000;
}

/** "2.0-litre" → the number and "litre"; "1.5-million" → a scale; "25,000-seat" → the noun "seat"; "3.5-year-old" → year. */
function hyphenatedUnit(word: string, rules: CompiledRules): { number: RegExpExecArray; unit: string | null; unitRule: string | null; scale: number; currency?: string; inches?: number } | null {
  // "a 6-foot-2 guard": feet and inches in one word.
  const height = /^(\d+)-(\p{L}+)-(\d{1,2})$/u.exec(word);
  if (height && rules.unitAliases.get(height[2].toLowerCase()) === 'foot' && Number(height[3]) < 12) {
    const number = rules.numericToken.exec(height[1]);
    if (number) return { number, unit: 'foot', unitRule: 'unit-alias', scale: 1, inches: Number(height[3]) };
  }
  const h = /^(.*\d\p{L}{0,3})-(\p{L}+(?:-\p{L}+)*)$/u.exec(word);
  const number = h ? rules.numericToken.exec(h[1]) : null;
  if (!h || !number) return null;
  const parts = tokenizePhrase(h[2]);
  const kind = parts.length === 1 ? rules.sizeAdjectives.kind.get(parts[0]) : undefined;
  // "the 2km-long tunnel", "a 1.85m-tall forward": a unit attached to the digits, then a size
  // (unit-size-adjective; the "m" is metres before one, as in figure-metre-event).
  if (number[3]) {
    const suffix = number[3].toLowerCase();
    const unit = kind === 'size' ? (suffix === 'm' ? 'metre' : rules.unitAttached.has(suffix) ? rules.unitAliases.get(suffix) : undefined) : undefined;
    return unit && !number[1] ? { number: [number[0], number[1], number[2], undefined] as unknown as RegExpExecArray, unit, unitRule: 'unit-attached', scale: 1 } : null;
  }
  // "a 3,000-strong crowd", "the 10,000-strong force": a strength counts what the noun after it names
  // (unit-size-adjective, kind "count"), so the figure is the number alone.
  if (kind === 'count' && !number[1]) return { number, unit: null, unitRule: null, scale: 1 };
  // "a $5-a-month fee", "a $2-per-share payout": money with a sign, per something (the sign gives the currency).
  if (number[1] && parts.length === 2 && /^(a|an|per)$/.test(parts[0])) return { number, unit: null, unitRule: null, scale: 1 };
  if (parts.length > 1 && /^(size|age)$/.test(rules.sizeAdjectives.kind.get(parts.at(-1)!) ?? '')) parts.pop();
  const phrase = parts.join(' ');
  // "a 7,507,000-dlr loan", "a 50,000-franc fine": money.
  if (rules.currencies.has(phrase) && phrase.length > 1) return { number, unit: null, unitRule: null, scale: 1, currency: rules.currencies.get(phrase)! };
  if (rules.unitAliases.has(phrase)) return { number, unit: rules.unitAliases.get(phrase)!, unitRule: 'unit-alias', scale: 1 };
  if (rules.scales.has(phrase) && phrase.length > 2) return { number, unit: null, unitRule: null, scale: rules.scales.get(phrase)! };
  // "a 25,000-seat stadium": a noun joined to the number is what it counts ("10,000-strong" is not one).
  if (parts.length !== 1 || !/^[a-z]{3,}$/.test(phrase)) return null;
  const nlp = languageModel();
  const asNoun = nlp(`a ${phrase}`);
  if (asNoun.has('#Noun') && !asNoun.has('#Uncountable') && !nlp(phrase).has('(#Adjective|#Conjunction|#Adverb|#Pronoun)')) return { number, unit: phrase, unitRule: null, scale: 1 };
  return null;
}

// "125 million australian dollars", "10 us dollar", "420 million finnish markka": the country
// rules read capitalised names only; before a currency word a lower-case demonym is read too.
function lowerCaseAdjective(tokens: Token[], k: number, rules: CompiledRules): CountryMatch | null {
  for (const { parts, entry } of rules.countries.byFirst.get(tokens[k]?.lower ?? '') ?? []) {
    const after = k + parts.length;
    if (!parts.every((p, n) => tokens[k + n]?.lower === p && (n === 0 || sameRun(tokens, k + n - 1, k + n)))) continue;
    const money = tokens[after]?.lower ?? '';
    if ((rules.currencies.has(money) || rules.currencyMinor.has(money)) && money.length > 1 && sameRun(tokens, after - 1, after)) return { entry, first: k, last: after };
  }
  return null;
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

// After "20-pound": a noun in lower case that the pound describes, and not one of money (unit-pound-money-noun).
function describesWeight(tokens: Token[], k: number, rules: CompiledRules): boolean {
  const next = tokens[k];
  return !!next && sameRun(tokens, k - 1, k) && /^\p{Ll}+$/u.test(next.word) && next.tags.has('Noun') && !rules.poundMoneyNouns.has(next.lower);
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

// "a room of 5m x 4m", "3m by 2m": an "m" number on either side of a size joiner (unit-dimension-joiner)
// is metres; with "by" the other side is written with "m" too ("sold 5m by 2020" is millions).
function isSizeSide(tokens: Token[], i: number, k: number, rules: CompiledRules): boolean {
  const metres = (t: Token | undefined) => !!t && /^\d+(?:\.\d+)?m$/.test(t.word);
  const plain = (t: Token | undefined) => !!t && /^\d+(?:\.\d+)?$/.test(t.word);
  const joiner = (t: Token | undefined) => !!t && rules.dimensionJoiners.has(t.lower);
  const after = joiner(tokens[k]) && sameRun(tokens, k - 1, k) && sameRun(tokens, k, k + 1) ? tokens[k + 1] : undefined;
  const before = joiner(tokens[i - 1]) && sameRun(tokens, i - 2, i - 1) && sameRun(tokens, i - 1, i) ? tokens[i - 2] : undefined;
  return [[after, tokens[k]], [before, tokens[i - 1]]].some(([other, word]) => metres(other) || (plain(other) && word!.lower !== 'by'));
}

// "1m is equal to 10 dm", "the Max. capacity is 100t and Max. outreach is 48m": a number written with
// "m" that counts nothing after it, in a sentence that measures in other units of length, mass or
// volume (unit-metre-measure-cue) and names no money, is metres, not millions.
function isMetreByMeasure(parsed: ParsedText, i: number, k: number, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  const next = tokens[k];
  // "3m tonnes", "2m customers", "a 5m deal": a scale before what it counts.
  if (next && sameRun(tokens, k - 1, k) && !tokens[k - 1].post.includes('-') && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Pronoun')) return false;
  if (clauseNamesMoney(parsed, i, rules)) return false;
  const s = clauseOf(parsed, i);
  let measure = false;
  for (let n = s.first; n < s.last; n++) {
    const t = tokens[n];
    const m = n === i ? null : rules.numericToken.exec(t.word);
    // "a 100-ton crane": a unit joined to the digits by a hyphen.
    const hyphened = n === i || m ? null : /^\d[\d.,]*-(\p{L}+)$/u.exec(t.lower);
    if (hyphened && rules.metreMeasureCues.has(rules.unitAliases.get(hyphened[1]) ?? '')) measure = true;
    if (!m) continue;
    if (m[1]) return false;
    const suffix = m[3]?.toLowerCase();
    let unit: string | undefined;
    if (suffix && suffix !== 'm') unit = rules.unitAttached.has(suffix) ? rules.unitAliases.get(suffix) : undefined;
    else if (!suffix && n + 1 < s.last && sameRun(tokens, n, n + 1)) {
      const length = unitPhraseLength(tokens, n + 1, rules.unitPhrases);
      const phrase = tokens.slice(n + 1, n + 1 + length).map((x) => x.lower).join(' ');
      if (length && phrase.length > 1) unit = rules.unitAliases.get(phrase);
    }
    measure ||= !!unit && rules.metreMeasureCues.has(unit);
  }
  return measure;
}

/** The clause of token k names money: a currency word, a sign or a word of money (figure-money-cue). */
function clauseNamesMoney(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
  const s = clauseOf(parsed, k);
  for (let n = s.first; n < s.last; n++) {
    const t = parsed.tokens[n];
    if ((rules.currencies.has(t.lower) && t.lower.length > 1) || rules.moneyCues.has(t.lower) || [...(t.word + t.pre)].some((c) => rules.currencySigns.has(c))) return true;
  }
  return false;
}

// "the Max. capacity is 100t and Max. outreach is 48m": the tagger ends a sentence at an abbreviation's
// point; a sentence that starts in lower case goes on the one before it (in the same paragraph).
function clauseOf(parsed: ParsedText, k: number): { first: number; last: number } {
  const { tokens, sentences } = parsed;
  const lower = (n: number) => /^\p{Ll}/u.test(tokens[sentences[n].first].word);
  const samePara = (a: number, b: number) => tokens[sentences[a].first].paragraph === tokens[sentences[b].first].paragraph;
  let [a, b] = [tokens[k].sentence, tokens[k].sentence];
  while (a > 0 && lower(a) && samePara(a - 1, a)) a--;
  while (b + 1 < sentences.length && lower(b + 1) && samePara(b, b + 1)) b++;
  return { first: sentences[a].first, last: sentences[b].last };
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

/** "40s", "40's", "'40s" at token i after "in her" (and "early", "mid", "late"): the decade, else null. */
function decadeOfLife(parsed: ParsedText, i: number, rules: CompiledRules): number | null {
  const tokens = parsed.tokens;
  // The tagger reads "40's" as the possessive of 40 and may leave the "'s" out of the token: read the text.
  const t = tokens[i];
  const m = /^[‘’']?([1-9]0)[‘’']?s(?![\p{L}\d])/u.exec(parsed.text.slice(t.start, Math.max(t.end, t.start + 5)));
  if (!m) return null;
  let cueEnd = i - 1;
  if (rules.ageDecadeParts.has(tokens[cueEnd]?.lower ?? '') && sameRun(tokens, cueEnd, i)) cueEnd--;
  if (cueEnd < 0) return null;
  return phraseEndingAt(tokens, cueEnd, rules.ageDecadeCues) && sameRun(tokens, cueEnd, cueEnd + 1) ? Number(m[1]) : null;
}

/** "she swam 400m", "ran the 800m": a verb of figure-metre-event-verb before the number at token i, perhaps with "the" between. */
function afterEventVerb(tokens: Token[], i: number, rules: CompiledRules): boolean {
  // "ran a 400m deficit" is money: only "the" may stand between.
  const verbAt = tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1;
  return verbAt >= 0 && rules.metreEventVerbs.has(tokens[verbAt].lower) && sameRun(tokens, verbAt, i);
}

/** A word of figure-vague-count at token i, then a scale word of a hundred or more in words ("a few thousand"), in one run. */
function vagueScaleAt(tokens: Token[], i: number, rules: CompiledRules): boolean {
  const length = phraseAt(tokens, i, rules.vagueCounts);
  const scale = length ? tokens[i + length] : undefined;
  return !!scale && /^[a-z]{4,}$/.test(scale.lower) && (rules.scales.get(scale.lower) ?? 0) >= 100 && sameRun(tokens, i + length - 1, i + length);
}

/** "minus 5", "minus five percent", "negative 3": a sign written as a word right before the number. */
function isMinus(tokens: Token[], i: number): boolean {
  // "plus or minus six percentage points": a margin either way, which is six.
  const eitherWay = tokens[i - 1]?.lower === 'minus' && tokens[i - 2]?.lower === 'or' && tokens[i - 3]?.lower === 'plus';
  return /^(minus|negative)$/.test(tokens[i - 1]?.lower ?? '') && sameRun(tokens, i - 1, i) && !eitherWay;
}

/** "and a half", "and a quarter", "and three quarters" at token k ("and"): the share and the token after it. */
function andShare(tokens: Token[], k: number, rules: CompiledRules): { value: number; last: number } | null {
  const [a, b] = [tokens[k + 1], tokens[k + 2]];
  // "and a half-dozen" is another number.
  if (!a || !b || !sameRun(tokens, k, k + 1) || !sameRun(tokens, k + 1, k + 2) || b.post.includes('-')) return null;
  if (/^(a|an)$/.test(a.lower) && /^(half|quarter)$/.test(b.lower)) return { value: rules.numberWords.get(b.lower)!, last: k + 3 };
  const numerator = rules.numberWords.get(a.lower);
  // "and one half": a half is a fraction of one here, as "a third" is.
  const denominator = b.lower === 'half' ? 0.5 : rules.fractions.get(b.lower);
  if (numerator !== undefined && Number.isInteger(numerator) && denominator !== undefined && numerator * denominator < 1) return { value: roundNoise(numerator * denominator), last: k + 3 };
  return null;
}

/** "mile and a half" at token k: the unit, the share after it and the token after that. */
function unitAndShare(tokens: Token[], k: number, rules: CompiledRules): { unit: string; value: number; last: number } | null {
  if (!sameRun(tokens, k - 1, k)) return null;
  const length = unitPhraseLength(tokens, k, rules.unitPhrases);
  const phrase = tokens.slice(k, k + length).map((t) => t.lower).join(' ');
  if (!length || phrase.length < 2 || !singularName(phrase, rules) || tokens[k + length]?.lower !== 'and' || !sameRun(tokens, k + length - 1, k + length)) return null;
  const share = andShare(tokens, k + length, rules);
  return share ? { unit: rules.unitAliases.get(phrase)!, value: share.value, last: share.last } : null;
}

/** "and" after "hundred" or "thousand", before a number word that is not itself scaled by the next word. */
function afterHundreds(tokens: Token[], k: number, rules: CompiledRules): boolean {
  const [prev, next, then] = [tokens[k - 1], tokens[k + 1], tokens[k + 2]];
  if (!prev || !next || !rules.scales.has(prev.lower) || prev.lower.length < 4 || !rules.numberWords.has(next.lower)) return false;
  if (!sameRun(tokens, k, k + 1)) return false;
  // "between three hundred and four hundred", "two million and three million"
  return !(then && rules.scales.get(then.lower) === rules.scales.get(prev.lower));
}

// "1/2", "3/8", "14-1/4" (14.25), "½", "2¾": the value of a fraction written in one token, else null.
function fractionValue(word: string, rules: CompiledRules): number | null {
  const symbol = /^(\d*)(\D)$/u.exec(word);
  if (symbol && rules.fractionSymbols.has(symbol[2])) return exactSum(symbol[1] ? Number(symbol[1]) : 0, rules.fractionSymbols.get(symbol[2])!);
  const slash = /^(?:(\d+)-)?(\d+)\/(\d+)$/.exec(word);
  if (!slash || !rules.slashDenominators.has(slash[3]) || Number(slash[2]) >= Number(slash[3]) || Number(slash[2]) === 0) return null;
  return exactSum(slash[1] ? Number(slash[1]) : 0, Number(slash[2]) / Number(slash[3]));
}

// "3 / 4", "1 / 2", "6-1 / 4" (6.25): a fraction whose slash tokenised text spaces, at tokens k and k + 1; else null.
// Not a link of a chain of slashes ("3 / 4 / 2021", a date) and not after a slash ("24 / 7").
function spacedFraction(parsed: ParsedText, k: number, rules: CompiledRules): number | null {
  const tokens = parsed.tokens;
  const [t, next, prev] = [tokens[k], tokens[k + 1], tokens[k - 1]];
  if (!t || !next || parsed.text.slice(t.end, next.start) !== ' / ' || !sameSentence(tokens, k, k + 1) || !/^(\d+-)?\d+$/.test(t.word) || !/^\d+$/.test(next.word)) return null;
  const after = tokens[k + 2];
  if ((after && /^\s*\/\s*$/.test(parsed.text.slice(next.end, after.start))) || (prev && /\/\s*$/.test(parsed.text.slice(prev.end, t.start)))) return null;
  return fractionValue(`${t.word}/${next.word}`, rules);
}

/** "a quarter of a million", "three-quarters of a billion" at token k: [value, next token] (figure-fraction, figure-scale). */
function fractionOfScale(tokens: Token[], k: number, rules: CompiledRules): [number, number] | null {
  const w = tokens[k]?.lower ?? '';
  // "an eighth of an inch": the article before a vowel too.
  const numerator = w === 'a' || w === 'an' ? 1 : rules.numberWords.get(w);
  let at = k + 1;
  let share: number | undefined;
  if (w === 'half') [share, at] = [0.5, k];
  else if (numerator !== undefined && Number.isInteger(numerator) && numerator >= 1 && numerator < 10 && tokens[at] && sameRun(tokens, k, at)) share = rules.fractions.get(tokens[at].lower);
  if (share === undefined) return null;
  if (w !== 'half') share = numerator! * share;
  // "three quarters billion dollars": the scale right after the fraction, without "of a".
  const direct = w !== 'half' && w !== 'a' && w !== 'an' && tokens[at + 1] && sameRun(tokens, at, at + 1) ? rules.scales.get(tokens[at + 1].lower) : undefined;
  if (direct && direct >= 1000 && tokens[at + 1].lower.length > 2) return [roundNoise(share * direct), at + 2];
  if (!tokens[at + 3]) return null;
  if (tokens[at + 1].lower !== 'of' || !/^(a|an)$/.test(tokens[at + 2].lower) || !sameRun(tokens, at, at + 3)) return null;
  // "three quarters of a mile", "a third of a tonne": that share of the unit, which is read after it.
  if (phraseAt(tokens, at + 3, rules.unitPhrases) && tokens[at + 3].lower.length > 1) return [roundNoise(share), at + 3];
  const scale = rules.scales.get(tokens[at + 3].lower);
  if (!scale || scale < 1000 || tokens[at + 3].lower.length < 2) return null;
  return [roundNoise(share * scale), at + 4];
}

// "costs a dollar fifty", "a euro a loaf", "a pound each": "a" or "an" at token k is one of the currency
// word after it, where the amount ends (a clause end, minor units) or a word of figure-currency-one follows.
// Not a code ("he was a cad 5 times over"), nor a word of figure-currency-one-not ("left a mark"), not
// "per" after an amount ("sugar closed at 7.18 cents a pound", "15 cnts a pound"), and not a number
// that has its own unit ("growth of a real one pct").
function oneOfCurrency(tokens: Token[], k: number, rules: CompiledRules): boolean {
  const [money, then] = [tokens[k + 1], tokens[k + 2]];
  if (!/^(a|an)$/.test(tokens[k].lower) || !money || !sameRun(tokens, k, k + 1) || !/^\p{Ll}+$/u.test(money.word) || !rules.currencies.has(money.lower) || money.lower.length < 3 || isoCode(money.word, rules) !== null) return false;
  if (rules.currencyOneNot.has(money.lower)) return false;
  if (endsAmount(tokens, k - 1, rules) || (k >= 2 && sameRun(tokens, k - 2, k) && isNumberToken(tokens[k - 2], rules))) return false;
  if (endsClauseAfter(tokens, k + 1, true)) return true;
  if (/-/.test(money.post) || !sameRun(tokens, k + 1, k + 2)) return false;
  if (rules.currencyOneAfter.has(then.lower)) return true;
  const minor = (/^\d{1,2}$/.test(then.word) && Number(then.word) < 100) || (rules.numberWords.has(then.lower) && rules.numberWords.get(then.lower)! >= 1 && rules.numberWords.get(then.lower)! < 100);
  // "a dollar fifty", but "a real one pct": a unit, percent or scale after the number is its own.
  const unitAfter = k + 3 < tokens.length && sameRun(tokens, k + 2, k + 3) && (phraseAt(tokens, k + 3, rules.percentWords) > 0 || phraseAt(tokens, k + 3, rules.unitPhrases) > 0 || rules.scales.has(tokens[k + 3].lower));
  return minor && !unitAfter;
}

/** Token k (just before "a") ends an amount: a number, a currency word or a minor unit ("12 cents a pound"). */
function endsAmount(tokens: Token[], k: number, rules: CompiledRules): boolean {
  return k >= 0 && sameRun(tokens, k, k + 1) && (isNumberToken(tokens[k], rules) || rules.currencies.has(tokens[k].lower) || rules.currencyMinor.has(tokens[k].lower));
}

/** A written number: digits as the rules' number token reads them (rules.numericToken: "7.18", "$5", "12%") or a number word. */
function isNumberToken(t: Token, rules: CompiledRules): boolean {
  return rules.numericToken.test(t.word) || rules.numberWords.has(t.lower);
}

// "three-and-a-half", "twenty-five", "two hundred", "a dozen": returns [value, next token].
function readNumberWords(tokens: Token[], i: number, rules: CompiledRules): [number, number] | null {
  let k = i;
  let total = 0;
  let current = 0;
  let any = false;
  if (oneOfCurrency(tokens, k, rules)) return [1, k + 1];
  if (tokens[k].lower === 'a' && tokens[k + 1] && (tokens[k + 1].lower === 'dozen' || rules.scales.has(tokens[k + 1].lower)) && tokens[k + 1].lower.length > 1) {
    current = 1;
    k++;
    any = true;
  }
  // "a quarter of a million pounds", "three-quarters of a billion euros", "two thirds of a million":
  // a fraction of a scale (figure-fraction) is that share of it.
  const ofScale = any ? null : fractionOfScale(tokens, k, rules);
  if (ofScale) return ofScale;
  // "half a million dollars", "a quarter million people", "half million": the scale takes the fraction.
  const part = tokens[k].lower === 'a' && /^(half|quarter)$/.test(tokens[k + 1]?.lower ?? '') && sameRun(tokens, k, k + 1) ? k + 1 : k;
  if (!any && /^(half|quarter)$/.test(tokens[part].lower)) {
    const scaleAt = /^(a|an)$/.test(tokens[part + 1]?.lower ?? '') && sameRun(tokens, part, part + 1) ? part + 2 : part + 1;
    const scale = rules.scales.get(tokens[scaleAt]?.lower ?? '');
    // "half a percentage point", "half an hour": half of a unit ("a quarter a year ago" is not one).
    if (!scale && scaleAt === part + 2 && tokens[part].lower === 'half' && sameRun(tokens, scaleAt - 1, scaleAt) && (phraseAt(tokens, scaleAt, rules.unitPhrases) || phraseAt(tokens, scaleAt, rules.percentWords))) {
      return [0.5, scaleAt];
    }
    // "a half mile", "a quarter turn", "a quarter percentage point": a share of the unit after it.
    if (!scale && part === k + 1 && scaleAt === part + 1 && sameRun(tokens, part, scaleAt) && tokens[scaleAt].lower.length > 1 && (phraseAt(tokens, scaleAt, rules.unitPhrases) || phraseAt(tokens, scaleAt, rules.percentWords))) {
      return [tokens[part].lower === 'half' ? 0.5 : 0.25, scaleAt];
    }
    // "half a dozen eggs" too.
    if (!scale || (scale < 1000 && scale !== 12) || tokens[scaleAt].lower.length < 2 || !sameRun(tokens, scaleAt - 1, scaleAt)) return null;
    current = tokens[part].lower === 'half' ? 0.5 : 0.25;
    k = scaleAt;
    any = true;
  }
  while (tokens[k]) {
    const w = tokens[k].lower;
    const joined = k > i && sameRun(tokens, k - 1, k);
    if (k > i && !joined) break;
    // "eight mln two dlr preferred", "one billion one-dlr shares": after a million or more, a
    // number word without a scale of its own starts a new number ("two million three hundred
    // thousand" goes on).
    if (rules.numberWords.has(w) && total >= 1e6 && current === 0 && !rules.scales.has(tokens[k + 1]?.lower ?? '')) break;
    // "two and one half pct", "three and one-half years", "pitched five and two-thirds innings": the
    // share goes on the whole ("a half" is a branch below); "between one and two thirds of voters" is
    // a range of shares.
    const share = w === 'and' && any && joined && tokens[i - 1]?.lower !== 'between' && rules.numberWords.has(tokens[k + 1]?.lower ?? '') ? andShare(tokens, k, rules) : null;
    if (w === 'dozen' && any && rules.scales.has(w)) {
      // "two dozen eggs", "a dozen": a multiplier after a number (figure-scale), a number alone.
      current = scaleBy(current, rules.scales.get(w)!);
    } else if (rules.numberWords.has(w) && w !== 'half' && w !== 'quarter') {
      current = exactSum(current, rules.numberWords.get(w)!);
    } else if ((w === 'half' || w === 'quarter') && any && tokens[k - 1]?.lower === 'a') {
      current = exactSum(current, rules.numberWords.get(w)!);
    } else if (share) {
      current = exactSum(current, share.value);
      k = share.last;
      continue;
    } else if ((w === 'and' && any && (tokens[k - 1].post.includes('-') || (tokens[k + 1]?.lower === 'a' && /^(half|quarter)$/.test(tokens[k + 2]?.lower ?? ''))))) {
      // "three-and-a-half", "five and a half million"
    } else if (w === 'and' && any && joined && afterHundreds(tokens, k, rules)) {
      // "one hundred and sixteen", "two thousand and five hundred": British English joins the
      // tens to the hundreds with "and" ("between three hundred and four hundred" does not).
    } else if (w === 'a' && any && tokens[k - 1]?.lower === 'and') {
      // "and a half"
    } else if (rules.scales.has(w) && any && w.length > 1) {
      const scale = rules.scales.get(w)!;
      if (scale === 100) current = scaleBy(current, 100);
      else {
        total = exactSum(total, scaleBy(current, scale));
        current = 0;
      }
    } else break;
    any = true;
    k++;
  }
  if (!any || k === i) return null;
  // "and" or "a" cannot end a number.
  while (k > i && /^(and|a)$/.test(tokens[k - 1].lower)) k--;
  // Nothing left ("a few"): not a number, and the caller must move past it.
  if (k === i) return null;
  const whole = exactSum(total, current);
  // "two hundred point zero three", "nought point five": a decimal read out digit by digit.
  const digitOf = (n: number) => (tokens[n] && sameRun(tokens, n - 1, n) ? rules.numberWords.get(tokens[n].lower) : undefined);
  let decimals = '';
  for (let d = k + 1; tokens[k]?.lower === 'point' && Number.isInteger(whole) && sameRun(tokens, k - 1, k); d++) {
    const digit = digitOf(d);
    if (digit === undefined || !Number.isInteger(digit) || digit > 9) break;
    decimals += String(digit);
  }
  if (decimals) return [decimalValue(`${whole}.${decimals}`, 0), k + 1 + decimals.length];
  return [whole, k];
}

/** The currency of the family `family` of the one country the sentence of token k names that uses it, else null. */
function sentenceCurrency(parsed: ParsedText, rules: CompiledRules, countryAt: (CountryMatch | null)[], k: number, family: string): string | null {
  const s = parsed.sentences[parsed.tokens[k].sentence];
  return familyCurrencyIn(rules, countryAt, family, s.first, s.last);
}

/** The one currency of `family` that the countries named in the story use, else null (two, or none). */
function storyFamilyCurrency(rules: CompiledRules, countryAt: (CountryMatch | null)[], family: string): string | null {
  return familyCurrencyIn(rules, countryAt, family, 0, countryAt.length);
}

/** The one currency of `family` used by the countries named in tokens [from, to), else null. */
function familyCurrencyIn(rules: CompiledRules, countryAt: (CountryMatch | null)[], family: string, from: number, to: number): string | null {
  let found: string | null = null;
  for (let n = from; n < to; n++) {
    const m = countryAt[n];
    const code = m && m.first === n ? rules.currencyNational.get(`${m.entry.code} ${family}`) : undefined;
    if (!code) continue;
    if (found && found !== code) return null;
    found = code;
  }
  return found;
}

// The country a story's bare "$", "dollars", "pesos" or "crowns" belong to: the dateline
// ("STOCKHOLM, March 3 -"), else the country named most often (at least twice).
function storyCountry(parsed: ParsedText, rules: CompiledRules, countryAt: (CountryMatch | null)[]): string | null {
  for (const p of parsed.paragraphs.slice(0, 3)) {
    // "YAOUNDÉ, March 3 -", "SÃO PAULO, May 1 -": capitals with accents too.
    const dateline = /^\s*(\p{Lu}[\p{Lu}.' ]*[\p{Lu}.])\s*(?:,([^\n]{0,30}?)\s[-–—](?:\s|$)|\()/u.exec(parsed.text.slice(p.start, p.end));
    if (!dateline) continue;
    // "BIRMINGHAM, Ala., March 3 -", "PERTH, Western Australia, May 1 -", "ADELAIDE, Australia
    // (Reuters) -": the place after the city says which one it is (rule figure-dateline-region).
    const second = /^\s*([^,(\d]+?)\s*[,(]/.exec(dateline[2] ?? '');
    const region = second ? (placeCountry(second[1], rules) ?? rules.datelineRegions.get(placeKey(second[1])) ?? rules.gazetteer().regions.get(placeKey(second[1]))) : undefined;
    if (region) return region;
    const city = placeKey(dateline[1]);
    const code = rules.datelineCities.get(city) ?? placeCountry(dateline[1], rules) ?? rules.gazetteer().cities.get(city);
    if (code) return code;
  }
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (let k = 0; k < countryAt.length; k++) {
    const m = countryAt[k];
    if (!m || m.first !== k) continue;
    const n = (counts.get(m.entry.code) ?? 0) + 1;
    counts.set(m.entry.code, n);
    if (n >= 2 && (!best || n > counts.get(best)!)) best = m.entry.code;
  }
  return best;
}

/** The country a place name is as the country rules read it whole (a name, an alias or a capital), else null. */
function placeCountry(name: string, rules: CompiledRules): string | null {
  return countryOfPhrase(rules.countries, placeKey(name).split(' '))?.code ?? null;
}

// "World War Two", "one of its reasons", "no one": numbers that are names or idioms.
function isNotACount(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  // "a few thousand applicants": the idiom "a few" alone counts nothing, before a scale it does.
  if (num.ruleId === 'figure-vague-count') return false;
  // "it touches one's soul": "one's" is a pronoun's.
  if (num.last - num.first === 1 && /^one$/i.test(tokens[num.first].word.replace(/['’]s$/, '')) && endsPossessive(tokens[num.first])) return true;
  for (let k = Math.max(0, num.first - 2); k <= num.first; k++) {
    const len = phraseAt(tokens, k, rules.notACount);
    // "that one mile", "this one kilogram": an idiom ending at the number, then a unit, is a measure
    // ("one day" goes on past the number and stays an idiom).
    if (len && k + len === num.last && k < num.first && sameRun(tokens, num.last - 1, num.last) && phraseAt(tokens, num.last, rules.unitPhrases)) continue;
    if (len && k + len > num.first) return true;
  }
  const first = tokens[num.first];
  const prev = tokens[num.first - 1];
  // "all-in-one financial services shops", "a two-for-one stock split": a number word closing a compound
  // with "in" or "for" is part of it, a name or a ratio ("six-to-eight-year", "below-six pct" count).
  if (!num.digits && prev && prev.post === '-' && /^(in|for)$/.test(prev.lower) && sameSentence(tokens, num.first - 1, num.first)) return true;
  // "LAYING OFF 5,500 AT TWO PLANTS": in a headline in capitals, capitals are not a name.
  const shouting = first.word.length > 1 && first.word === first.word.toUpperCase();
  if (!num.digits && !shouting && isCapitalised(first) && prev && prev.sentence === first.sentence && isCapitalised(prev) && /^\s*$/.test(prev.post)) return true;
  // "the Group of Seven talks", "the Gang of Four": a capitalised number word after "of" and a name.
  const owner = tokens[num.first - 2];
  if (!num.digits && !shouting && isCapitalised(first) && prev?.lower === 'of' && owner && owner.sentence === first.sentence && isCapitalised(owner) && sameRun(tokens, num.first - 2, num.first - 1) && sameRun(tokens, num.first - 1, num.first)) return true;
  // "Nine U.S. bondholders sued", "Two EU officials said": at a sentence's start an acronym or a demonym
  // after the number describes what is counted; it makes no name ("Three Mile Island" does).
  const describer = tokens[num.last];
  if (!num.digits && !shouting && isCapitalised(first) && describer && isCapitalised(describer) && /^\s*$/.test(tokens[num.last - 1].post) && !(isSentenceStart(parsed, first) && describesCount(tokens, num.last))) return true;
  // "One trade source said", "One analyst noted": "One" opening a sentence before a source that speaks
  // is "a"; counts and amounts stay ("One person died", "One dollar buys", "One year ago").
  if (first.word === 'One' && num.last - num.first === 1 && isSentenceStart(parsed, first) && isOneAsArticle(tokens, num.last, rules)) return true;
  return first.lower === 'one' && num.last - num.first === 1 && isOneAsPronounOrArticle(tokens, num.first, rules);
}

/**
 * "One need look no further", "Early one evening", "telling one person close to her", "help one
 * candidate more than another": a lone "one" at `at` that the words around make a pronoun or "a"
 * (rule figure-one-as-article), unless a unit or a currency follows it.
 */
function isOneAsPronounOrArticle(tokens: Token[], at: number, rules: CompiledRules): boolean {
  const roleOf = (k: number) => (tokens[k] && sameRun(tokens, k - 1, k) ? rules.oneAsArticle.get(tokens[k].lower) : undefined);
  // "One can of beans": a modal's word before "of" is the noun counted.
  if (roleOf(at + 1) === 'next' && tokens[at + 2]?.lower !== 'of') return true;
  // The noun after "one", past up to three words that describe it.
  let k = at + 1;
  while (k < at + 4 && tokens[k] && sameRun(tokens, k - 1, k) && tokens[k].tags.has('Adjective') && !tokens[k].tags.has('Noun')) k++;
  const noun = tokens[k];
  if (!noun || !sameRun(tokens, k - 1, k) || !noun.tags.has('Noun') || rules.unitAliases.has(noun.lower) || rules.currencies.has(noun.lower)) return false;
  if (at > 0 && sameRun(tokens, at - 1, at) && rules.oneAsArticle.get(tokens[at - 1].lower) === 'before') return true;
  // "'… pretty quickly,' said one international oil trader in Tokyo": after a verb of saying that
  // follows its quotation or clause, "one" and a singular noun that ends the clause or goes on to a
  // preposition or "who" name an unnamed source ("Police said one person died", "Noranda Inc., said
  // one miner died": a verb follows, and "one" counts its subject).
  let head = k;
  while (sameRun(tokens, head, head + 1) && tokens[head + 1].tags.has('Noun') && !tokens[head + 1].tags.has('Pronoun')) head++;
  const afterNoun = sameRun(tokens, head, head + 1) ? tokens[head + 1] : undefined;
  const sourceEnds = (!afterNoun || afterNoun.tags.has('Preposition') || /^(who|whose)$/.test(afterNoun.lower)) && !verbLaterInClause(tokens, head + 1);
  if (at > 1 && sourceEnds && tokens[head].tags.has('Singular') && rules.cueForms.has(tokens[at - 1].lower) && sameRun(tokens, at - 1, at) && /[,”"']|''/.test(tokens[at - 2].post)) return true;
  const after = tokens[k + 2] && sameRun(tokens, k, k + 1) && sameRun(tokens, k + 1, k + 2) ? rules.oneAsArticle.get(`${tokens[k + 1].lower} ${tokens[k + 2].lower}`) : undefined;
  if (after === 'after-noun') return true;
  // The other of the contrast, later in the clause, after a word that sets them against each other
  // ("one … to another", "one … more than another", "one … or another", "between one … and another");
  // "had one vessel at the scene and another on its way" counts two.
  for (let j = k + 1; j < k + 9 && tokens[j] && sameSentence(tokens, k, j) && !/[,;:]/.test(tokens[j - 1].post); j++) {
    if (rules.oneAsArticle.get(tokens[j].lower) !== 'later') continue;
    const joiner = tokens[j - 1].lower;
    return rules.oneAsArticle.get(joiner) === 'before-other' || (joiner === 'and' && tokens[at - 1]?.lower === 'between');
  }
  return false;
}

/** A verb of its own later in the clause from token k, before punctuation or a relative word ("said one soldier in the convoy died"). */
function verbLaterInClause(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 8 && tokens[j] && sameSentence(tokens, k - 1, j); j++) {
    const before = tokens[j - 1];
    // The clause ended with a mark after the word before.
    if (/[,;:.!?]/.test(before.post) || /^(who|whom|whose|that|which)$/.test(tokens[j].lower)) return false;
    // A verb in the present or the past right after a noun in lower case: its subject's
    // ("in the convoy died"; not "at a major U.S. bank", a noun the tagger may call a verb).
    if ((tokens[j].tags.has('PastTense') || tokens[j].tags.has('PresentTense')) && !tokens[j].tags.has('Auxiliary') && before.tags.has('Noun') && /^\p{Ll}/u.test(before.word)) return true;
  }
  return false;
}

/** The capitalised word at k, after a number word opening a sentence, is what is counted or describes it, not the rest of a name. */
function describesCount(tokens: Token[], k: number): boolean {
  const describer = tokens[k];
  if (describer.tags.has('Acronym') || describer.tags.has('Demonym')) return true;
  // "Three Democrats voted no" too: a plural after it is what is counted; not where a name goes on
  // ("Four Seasons Hotels") or a verb in the singular makes the plural a name ("Six Flags operates").
  const after = sameRun(tokens, k, k + 1) ? tokens[k + 1] : undefined;
  const nameGoesOn = !!after && isCapitalised(after);
  const singularVerb = !!after && after.tags.has('PresentTense') && /[^s]s$/.test(after.lower) && !after.tags.has('Noun');
  return /^[A-Z][a-z]+s$/.test(describer.word) && !nameGoesOn && !singularVerb && isPluralNoun(describer.lower);
}

/** After "One" at a sentence's start, at token k: a singular noun (past words that describe it), no unit, money or span of time, then a verb of saying: a source, not a count ("One person died" is one). */
function isOneAsArticle(tokens: Token[], k: number, rules: CompiledRules): boolean {
  for (let n = 0; n < 5 && tokens[k] && sameRun(tokens, k - 1, k); n++, k++) {
    const t = tokens[k];
    if (rules.unitAliases.has(t.lower) || rules.currencies.has(t.lower) || rules.dateWords.has(t.lower) || t.tags.has('Date') || t.tags.has('Duration')) return false;
    if (t.tags.has('Noun') && t.tags.has('Singular') && !t.tags.has('Pronoun') && !(tokens[k + 1]?.tags.has('Noun') && sameRun(tokens, k, k + 1))) return !!tokens[k + 1] && sameRun(tokens, k, k + 1) && rules.cueForms.has(tokens[k + 1].lower);
    if (!t.tags.has('Adjective') && !t.tags.has('Noun') && !t.tags.has('Gerund')) return false;
  }
  return false;
}

// "20 schoolchildren", "three firemen": plurals of compounds that the tagger reads as singular.
const COMPOUND_PLURAL = /.children$|(?:fire|police|gun|business|sales|chair|spokes|congress|fisher|service|crafts|work|sea|air)(?:wo)?men$/;

interface UnitMatch {
  at: number;
  last: number;
  hyphenated: boolean;
}

// The noun counted: "26 countries", "thousands of foreign troops", "the two landlocked EU countries",
// "three-and-a-half year-old war" (the hyphenated measure "year-old").
function findUnit(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules): UnitMatch | null {
  const tokens = parsed.tokens;
  let k = num.last;
  if (!sameRun(tokens, k - 1, k)) return null;
  // "March 3 - Exports rose": a dash with spaces ends the figure.
  if (/\s-|-\s/.test(tokens[k - 1].post)) return null;
  if (tokens[k]?.lower === 'of' && (num.ruleId === 'figure-vague-plural' || /^(dozen|pair|couple)$/.test(tokens[k - 1].lower))) k++;
  // "all 40 of the state's delegates": digits, "of" and a determiner before the noun counted.
  // "seven of the Ohio delegates" too ("one of the reasons" is an idiom: isNotACount).
  else if ((num.digits || num.value >= 2) && tokens[k]?.lower === 'of' && /^(the|its|their|his|her|our|these|those)$/.test(tokens[k + 1]?.lower ?? '') && sameRun(tokens, k, k + 1)) k += 2;
  // "nearly 20 of Sanders' colleagues", "40 of Mrs. Smith's aides": or a name that owns them.
  else if ((num.digits || num.value >= 2) && tokens[k]?.lower === 'of' && sameRun(tokens, k, k + 1)) k = afterOwner(tokens, k + 1) ?? k;
  // Four words at most; a fifth after a plural that describes it ("four large Wall Street securities firms").
  for (let n = 0; (n < 4 || (n === 4 && rules.pluralModifiers.has(tokens[k - 1].lower))) && tokens[k]; n++, k++) {
    const t = tokens[k];
    // "Automotive components 101 mln stg vs 105 mln\n    Industrial services and supplies 30 mln": an
    // indented line with figures of its own is a table's next row; nothing on it is counted by the
    // number before (a wrap width can make its line break read as soft).
    if (!sameSentence(tokens, num.first, k) || isIndentedRowAt(parsed.text, tokens[k - 1].end, t.start)) return null;
    // "nine $2,500 donations", "two $50 bills": an amount of money before the plural describes it; it
    // is read next, as its own figure.
    if (n === 0 && /^\p{Sc}\d[\d,.]*$/u.test(t.word) && /^ +$/.test(t.post) && tokens[k + 1] && sameRun(tokens, k, k + 1) && tokens[k + 1].tags.has('Plural') && tokens[k + 1].tags.has('Noun') && !rules.currencies.has(tokens[k + 1].lower)) continue;
    // "300 18-hole courses": a number joined by a hyphen to a word describes the noun counted.
    if (/^\d/.test(t.word) && rules.numericToken.test(t.word) && t.post === '-' && /^\p{L}+$/u.test(tokens[k + 1]?.word ?? '') && /^ +$/.test(tokens[k + 1].post) && sameRun(tokens, k + 1, k + 2)) {
      k++;
      continue;
    }
    // "wiped billions of marks off shares": after a vague plural and "of", a currency word is the money
    // counted, whatever the tagger makes of it (a verb here).
    if (n === 0 && num.ruleId === 'figure-vague-plural' && tokens[k - 1]?.lower === 'of' && /^[a-z]{3,}$/.test(t.word) && rules.currencies.has(t.lower)) return { at: k, last: k + 1, hyphenated: false };
    // "Dozens of private and public golf courses": adjectives joined by "and" or "or" describe the
    // noun as one; the joining word is not counted among the words before it.
    if (n > 0 && /^(and|or)$/.test(t.lower) && tokens[k - 1].tags.has('Adjective') && tokens[k + 1]?.tags.has('Adjective') && sameRun(tokens, k - 1, k) && sameRun(tokens, k, k + 1)) {
      n--;
      continue;
    }
    // "1.9 billion vs 779 mln"; "giving away 3 USD50 cards" (another number).
    if (rules.notAUnit.has(t.lower) || rules.numericToken.test(t.word) || /^\W*\d/.test(t.word) || /^[a-z]$/.test(t.word)) return null;
    if (t.post.includes('-') && tokens[k + 1] && (/^(year|month|day)$/.test(tokens[k + 1].lower) || sizeWordAt(tokens, k + 1, rules, ['size', 'age', 'count']) === 1) && t.tags.has('Noun')) {
      // "a seven-calendar-day average": the day is measured; "year-old" keeps its noun.
      return { at: /^(year|month|day)$/.test(tokens[k + 1].lower) ? k + 1 : k, last: k + 2, hyphenated: true };
    }
    // "a three-vote margin", "a five-seat majority", "a three-run homer": the word joined to the number
    // by a hyphen, before the noun it describes, is what is counted, whatever the tagger calls it (a
    // verb here). "a one-sided game", "a two-pronged approach": an adjective in -ed counts nothing.
    if (n === 0 && tokens[k - 1].post === '-' && /^[a-z]+$/.test(t.word) && /^\s+$/.test(t.post) && tokens[k + 1]?.tags.has('Noun') && sameRun(tokens, k, k + 1)) {
      // "a four-star general", "a five-alarm fire": a rank (figure-compound-rank).
      if ((/[^e]ed$/.test(t.word) && (t.tags.has('Adjective') || t.tags.has('PastTense'))) || rules.compoundRanks.has(t.lower)) return null;
      if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Auxiliary')) return { at: k, last: k + 1, hyphenated: true };
    }
    // "five grand slams": "grand" before a noun describes it (rule figure-currency-thousand).
    if (rules.currencyThousands.has(t.word) && /^\s*$/.test(t.post) && tokens[k + 1]?.tags.has('Noun')) continue;
    // "eight years" is a count of years; "March" and "Friday" are dates.
    // "bought 5.2 mln shares, or 9.9 pct": after a scale word the tagger may read a plural as a verb;
    // it is the noun counted where a clause end, a preposition or a conjunction follows it.
    // "hire 300-400 engineers": after a range in one token too; "sent a dozen questions to a dozen
    // candidates": after a scale in words.
    const pluralAfterScale = n === 0 && (num.scale > 1 || !!num.low || rules.scales.has(tokens[k - 1].lower)) && k > num.first && !rules.numericToken.test(tokens[k - 1].word) && t.tags.has('PresentTense') && pluralAfterScaleWord(tokens, k, rules, objectOfVerb(tokens, num.first, rules));
    // "won 41 total delegates", "for three Acme shares", "in four swing states": after a number
    // above one and the words that describe it, the tagger reads the plural head as a verb whose
    // subject is the word before; the number agrees with the plural, so it is the noun counted.
    // "12 suspects have been arrested": a verb cannot follow a verb in the present, so before an
    // auxiliary the plural is the noun counted too.
    const next = sameRun(tokens, k, k + 1) ? tokens[k + 1] : undefined;
    const beforeAuxiliary = !!next?.tags.has('Auxiliary');
    // "Two banks were sold", "450 creditor banks": or as a singular noun, wherever it stands.
    const misreadAsSingular = !t.tags.has('PresentTense') && t.tags.has('Noun') && t.tags.has('Singular') && !next?.tags.has('Noun');
    const misread = t.tags.has('PresentTense') ? !t.tags.has('Auxiliary') : misreadAsSingular;
    // "3,900 tanks and 680 planes.": a verb cannot end a clause right after a bare number, so there
    // the plural is the noun counted too.
    // Not where the number opens its clause as a subject ("Of the 40, 12 stays").
    const before = tokens[num.first - 1];
    const endsClauseHere = (!next || /^\s*[,;:.!?)]/.test(t.post)) && !!before && sameRun(tokens, num.first - 1, num.first);
    // Not after "a pair", "a couple", "a dozen": singular words that a verb in the present agrees with
    // ("a pair sells"). With "of" the plural is read on ("a couple of fundamental points about"), but
    // not after another plural, whose verb it is ("a pair of real Reeboks sells").
    const afterPlural = n > 0 && /s$/.test(tokens[k - 1].lower) && (tokens[k - 1].tags.has('Plural') || isCapitalised(tokens[k - 1]));
    const singularCount = /^(pair|couple|dozen)$/.test(tokens[num.last - 1].lower) && (tokens[num.last]?.lower !== 'of' || afterPlural);
    const pluralAfterModifier = (n > 0 || beforeAuxiliary || (endsClauseHere && /^[a-z]+s$/.test(t.word)) || misreadAsSingular) && num.value >= 2 && !singularCount && !pluralAfterScale && misread && isPluralNoun(t.word);
    const isNoun = (t.tags.has('Noun') || pluralAfterScale || pluralAfterModifier) && !t.tags.has('Pronoun') && !t.tags.has('Value') && !rules.dateWords.has(t.lower);
    // compromise tags some plurals Uncountable ("troops").
    // "a 22-point lead": a noun joined to the number by a hyphen is what it measures.
    const compound = n === 0 && tokens[k - 1].post === '-';
    // "20 schoolchildren", "three firemen": compounds the tagger reads as singular.
    // "3,200 staff", "500 species": nouns whose plural is the singular (figure-invariant-noun).
    // "eight crew members", "29 staff positions": not where a plural noun follows it, the head.
    // A plural noun right after it is the head, and this word describes it: "eight crew members",
    // "442 sugar mills", "50 steel plants", "40 police officers".
    // "national security officers": past other nouns that describe it too.
    let after = k + 1;
    while (after < k + 3 && tokens[after + 1] && sameRun(tokens, after - 1, after) && tokens[after].tags.has('Noun') && !tokens[after].tags.has('Plural') && !tokens[after].tags.has('Pronoun')) after++;
    const pluralNounAfter = !!tokens[after] && sameRun(tokens, after - 1, after) && tokens[after].tags.has('Plural') && tokens[after].tags.has('Noun');
    const invariant = rules.invariantNouns.has(t.lower) && !pluralNounAfter;
    // "40 police officers", "two customs officials": a plural of figure-plural-modifier right before
    // another plural describes it ("gives 52 managers bonuses" keeps its managers).
    // "17 foreign securities houses", "12 savings banks": the plural after it the tagger reads as a verb too.
    // Not a verb with its object ("each of the 2,920,280 rights allows the holder").
    const objectAfter = () => sameRun(tokens, after, after + 1) && /^(the|a|an|his|her|its|their|our|this|these|those|him|them|us)$/.test(tokens[after + 1].lower);
    const pluralModifier = after === k + 1 && rules.pluralModifiers.has(t.lower) && (pluralNounAfter || (!!tokens[after] && sameRun(tokens, k, after) && isPluralNoun(tokens[after].word) && !objectAfter()));
    const countable = t.tags.has('Plural') || pluralAfterScale || pluralAfterModifier || t.tags.has('Unit') || (t.tags.has('Uncountable') && !pluralNounAfter) || num.value === 1 || compound || COMPOUND_PLURAL.test(t.lower) || invariant;
    // "One Japanese investor", "Three Greek islands": a demonym before a noun describes it.
    // "one bond trader", "one mining sector official": after "one", a singular noun before another noun describes it.
    const describesNoun = (t.tags.has('Demonym') || (num.value === 1 && !t.tags.has('Plural') && !rules.unitAliases.has(t.lower) && !rules.currencies.has(t.lower))) && /^\s+$/.test(t.post) && !!next?.tags.has('Noun') && !next.tags.has('Pronoun');
    // "two dozen other top Democrats": a capitalised plural the tagger leaves untagged, read in lower case.
    // Not a name before the noun ("87,350 Acme Products common shares"): nothing that describes or
    // counts may follow it.
    // Nor a label before its number ("Minorities 3.3 mln") or a possessive ("British Airways'
    // receipts"); a table's next row ("22 mln\n    Steels and forgings 4 mln") ends the loop above.
    const rowOrLabel = !!next?.tags.has('Value') || /['’]/.test(t.post);
    const capitalPlural = num.value >= 2 && isCapitalised(t) && !t.tags.has('Acronym') && /^[A-Z][a-z]+s$/.test(t.word) && !rowOrLabel && !(next && (next.tags.has('Noun') || next.tags.has('Adjective') || isPluralNoun(next.word))) && isPluralNoun(t.lower);
    // "He Responds With 4 Words", "Trump Responded to Rubio With 1 Line": in a headline in title case a
    // capitalised word is read as the lexicon reads it in lower case.
    // Not after a name ("Boeing 747 Crashes"): after a word in lower case, a verb or a closed-class word.
    const titleNoun = n === 0 && isCapitalised(t) && !t.tags.has('Acronym') && !!before && (!isCapitalised(before) || NOT_A_NAME_IN_TITLES.has(String(lexiconTag(before.lower)))) && inTitleCase(parsed, t.sentence) && ((num.value >= 2 && (lexiconTag(t.lower) === 'Plural' || isPluralNoun(t.lower))) || (num.value === 1 && lexiconTag(t.lower) === 'Singular'));
    if (titleNoun) return { at: k, last: k + 1, hyphenated: false };
    // "650 MPs", "50 NGOs", "300 SUVs": an acronym with a plural s is the noun counted.
    // Not a unit's or a currency's symbol ("2 GBs", "5 USDs"), nor a model's letters ("eleven 747-SRs").
    const acronymPlural = num.value >= 2 && !tokens[k - 1].post.includes('-') && /^\p{Lu}{2,}s$/u.test(t.word) && !rules.unitAliases.has(t.lower) && !rules.unitAliases.has(t.lower.slice(0, -1)) && !rules.currencies.has(t.lower.slice(0, -1)) && !rules.currencyCodes.has(t.word.slice(0, -1));
    if (isNoun && (countable || capitalPlural || acronymPlural) && !pluralModifier && !describesNoun && (acronymPlural || !(t.tags.has('Acronym') || (isCapitalised(t) && !t.tags.has('Demonym') && !t.tags.has('Plural') && !capitalPlural)))) {
      // "a two-calendar-week wait": a unit at the end of the hyphenated nouns is what is measured.
      let head = k;
      while (compound && tokens[head].post === '-' && rules.unitAliases.has(tokens[head + 1]?.lower ?? '') && /^[a-z]+$/.test(tokens[head + 1].word)) head++;
      if (head > k) return { at: head, last: head + 1, hyphenated: true };
      return { at: k, last: k + 1, hyphenated: compound };
    }
    // "11 stolen high-performance cars": a participle describes the noun as an adjective does.
    // "dozens of large campaign donations": a word the tagger reads as a verb, before a plural noun,
    // after "of" or another modifier, is a noun that describes it ("Thousands attend rallies" has
    // its verb right after the number).
    // "comes from two state trading firms": after a preposition the number is no subject, so the word
    // after it, before a noun or a gerund, describes what is counted.
    const afterPreposition = n === 0 && !!before?.tags.has('Preposition') && sameRun(tokens, num.first - 1, num.first);
    const verbAsNoun = (n > 0 || tokens[k - 1]?.lower === 'of' || afterPreposition) && /^[a-z]+$/.test(t.word) && !/s$/.test(t.word) && t.tags.has('Verb') && !t.tags.has('Auxiliary') && !!next && ((next.tags.has('Plural') && next.tags.has('Noun')) || (afterPreposition && next.tags.has('Gerund')));
    // "eight other minority rights activists": a plural of figure-plural-modifier before the plural it describes, whatever its tag.
    const modifier = pluralModifier || t.tags.has('Adjective') || (t.tags.has('PastTense') && (/ed$/.test(t.lower) || t.tags.has('Participle'))) || t.tags.has('Acronym') || t.tags.has('Demonym') || (isCapitalised(t) && t.tags.has('ProperNoun')) || t.tags.has('Noun') || t.tags.has('Gerund') || verbAsNoun;
    if (!modifier || !/^(\s*|-)$/.test(t.post)) return null;
  }
  return null;
}

/**
 * Token t names a thing a number before it may count or measure: a noun that is no date, span of time
 * or pronoun, or a plural the tagger reads as a verb ("82.5 mln shares last year", "591.0 mcf").
 */
function namesThing(t: Token | undefined, rules: CompiledRules): boolean {
  return !!t && (t.tags.has('Noun') || isPluralNoun(t.word)) && !t.tags.has('Date') && !t.tags.has('Duration') && !t.tags.has('Pronoun') && !rules.dateWords.has(t.lower);
}

/** A thing the number counts, "of" or a relative word follows the figure ending before token `last` ("3 of them", "4 who asked"). */
function thingFollows(tokens: Token[], last: number, rules: CompiledRules): boolean {
  return sameRun(tokens, last - 1, last) && (namesThing(tokens[last], rules) || RELATIVE_OR_OF.test(tokens[last].lower));
}
const RELATIVE_OR_OF = /^(of|who|whom|that|which)$/;

/** The text from `from` to `to` breaks the line before an indented line that holds a digit. */
function isIndentedRowAt(text: string, from: number, to: number): boolean {
  if (!/\n[ \t]+$/.test(text.slice(from, to))) return false;
  const lineEnd = text.indexOf('\n', to);
  return /\d/.test(text.slice(to, lineEnd < 0 ? text.length : lineEnd));
}

/** After one to three capitalised words from token k, the last a possessive ("Sanders'", "Mrs. Smith's"), the index after them; else null. */
function afterOwner(tokens: Token[], k: number): number | null {
  for (let j = k; j < k + 3 && tokens[j] && isCapitalised(tokens[j]); j++) {
    if (endsPossessive(tokens[j]) || /^['’]\s/.test(tokens[j].post)) return sameSentence(tokens, j, j + 1) ? j + 1 : null;
    if (!sameRun(tokens, j, j + 1)) return null;
  }
  return null;
}

/**
 * Token k, tagged a verb in the present after a scale word, is a plural noun: its word reads as one
 * after "the", and a clause end or a word of figure-plural-after-scale follows ("5.2 mln shares of
 * stock"; not "2 mln stems from sales").
 */
function pluralAfterScaleWord(tokens: Token[], k: number, rules: CompiledRules, object: boolean): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!/^[a-z]+s$/.test(t.word)) return false;
  // "he owned 24 mln shares in the firm", "it issued 23.33 mln shares to the bank": after a verb or a
  // preposition the amount is an object, not a subject that "shares" or "stems from" could follow.
  const ends = object || endsClauseAfter(tokens, k, true) || (rules.pluralAfterScale.has(next.lower) && sameRun(tokens, k, k + 1));
  return ends && isPluralNoun(t.word);
}

const titleCaseSentences = new WeakMap<ParsedText, Map<number, boolean>>();
/**
 * A sentence in title case, as headlines are written ("Police Arrest 12 Suspects in Raid"): three
 * words or more, three in four of them capitalised, not all in capitals (inCapitals reads those).
 */
function inTitleCase(parsed: ParsedText, sentence: number): boolean {
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
const NOT_A_NAME_IN_TITLES = new Set(['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Copula', 'Modal', 'Auxiliary']);

/** "delegates" → "delegate", "crises" → "crisis": compromise's noun transform. */
function nounToSingular(word: string): string {
  const world = languageModel().world() as unknown as { methods: { two: { transform: { noun: { toSingular: (w: string, m: unknown) => string } } } }; model: unknown };
  return world.methods.two.transform.noun.toSingular(word, world.model);
}

/** The tag compromise's lexicon gives a word ("bank" → "Singular"), if it lists it. */
function lexiconTag(word: string): unknown {
  const world = languageModel().world() as unknown as { model: { one: { lexicon: Record<string, unknown> } } };
  return world.model.one.lexicon[word];
}

const pluralNounReadings = new Map<string, boolean>();
/** "delegates", "shares": a word ending in s that reads as a plural noun after "the" (the tagger's answer, kept per word). */
function isPluralNoun(word: string): boolean {
  if (!/^[a-z]+s$/.test(word)) return false;
  let plural = pluralNounReadings.get(word);
  if (plural === undefined) {
    // "banks": a plural compromise's lexicon lists as a noun of its own, whose singular it lists.
    plural = languageModel()(`the ${word}`).has('#Plural') || (/[^su]s$/.test(word) && lexiconTag(word.slice(0, -1)) === 'Singular');
    if (pluralNounReadings.size < 10_000) pluralNounReadings.set(word, plural);
  }
  return plural;
}

/**
 * The number at `first` follows a verb or a preposition (past any hedge: "has about 22.5 mln"): it
 * is an object. Not after "of" ("Revenue of 3 mln makes it a leader": the subject's noun phrase)
 * nor after a verb of saying, whose clause may start with the number ("He said 3 mln stays in the fund").
 */
function objectOfVerb(tokens: Token[], first: number, rules: CompiledRules): boolean {
  let k = first - 1;
  const hedge = k >= 0 ? phraseEndingAt(tokens, k, rules.hedges) : 0;
  k -= hedge;
  const before = tokens[k];
  if (!before || !sameRun(tokens, k, k + 1) || before.lower === 'of' || before.tags.has('Auxiliary')) return false;
  if (rules.cueForms.has(before.lower) || rules.reportForms.has(before.lower)) return false;
  return before.tags.has('Verb') || before.tags.has('Preposition');
}

// "the S&P 500", "iPhone 11", "Section 427", "Interstate 95", "Boeing 747 jets": a whole number
// written right after a capitalised word inside the sentence is part of a name. "Revs 1.9
// billion" (the sentence's first word, a scale) stays a figure.
function isInName(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  const t = tokens[num.first];
  const prev = tokens[num.first - 1];
  // "The 13F filing", "funds from operations were 14.7C/ per unit": a letter code, not a temperature
  // (rule unit-temperature-cue); "a 40C heatwave" keeps it.
  if (num.unitRule === 'unit-attached' && /^[\d.]+[CF]$/.test(t.word)) {
    if (t.post.startsWith('/')) return true;
    const next = tokens[num.last];
    const cue = hasTemperatureCue(parsed, num.first, rules);
    const apart = !!next && sameRun(tokens, num.last - 1, num.last) && /^\s+$/.test(t.post) && !next.tags.has('Date') && !cue;
    // "the 3F rate rose": after an article, the word the tagger may read as a verb is the noun it names.
    if (apart && /^[a-z]+$/.test(next.word) && (next.tags.has('Noun') || next.tags.has('Gerund') || (/^(a|an|the)$/.test(prev?.lower ?? '') && !next.tags.has('Preposition') && !next.tags.has('Conjunction') && !next.tags.has('Adverb')))) return true;
    // "Her flat is at 15C Baker Street": before a name.
    if (apart && /^\p{Lu}\p{Ll}+$/u.test(next.word) && next.tags.has('ProperNoun')) return true;
    // "the iPhone 5C", "bus route 42C", "Apartment 4F": after a noun, with no word of temperature, the
    // letter ends a model, route or flat number ("It was 35C in Paris", "highs of 38C" keep it).
    if (!cue && prev && sameRun(tokens, num.first - 1, num.first) && prev.post === ' ' && /^\p{L}+$/u.test(prev.word) && prev.tags.has('Noun') && !prev.tags.has('Pronoun')) return true;
  }
  // "a Boeing 777F", "SCP-173C": a letter after the digits of a name is not a unit (30C, 80F).
  if (num.unitRule === 'unit-attached' && /^\d+[A-Z]$/.test(t.word)) {
    // "Temperatures Hit 40C" (a headline) keeps its unit: only a proper noun or a hyphen joins.
    return !!prev && prev.sentence === t.sentence && /^[A-Z]/.test(prev.word) && (prev.post === '-' || (prev.post === ' ' && prev.tags.has('ProperNoun') && prev.word !== prev.word.toUpperCase() && parsed.sentences[prev.sentence].first !== prev.i));
  }
  // "Junction 15B", "Gate 4M", "Flat 9K": a scale letter attached to whole digits after a capitalised
  // word, with no currency, ends a name ("$15B", "Revs 15B" at the sentence start keep the scale).
  if (!num.currency && !num.percent && !num.unit && num.scale > 1 && /^\d+[A-Z]$/.test(t.word) && num.last - num.first === 1 && prev && prev.sentence === t.sentence && prev.post === ' ' && isCapitalised(prev) && parsed.sentences[prev.sentence].first !== prev.i && prev.word !== prev.word.toUpperCase()) return true;
  // "Teachers Association, No. 14-915", "the No. 2 official": whole numbers after the number sign "No."
  // are a label or a rank (the tagger may end a sentence at its point).
  if (prev && /^Nos?$/.test(prev.word) && /^\.\s$/.test(prev.post) && !num.currency && !num.percent && num.scale === 1 && /^\d+(-\d+)?$/.test(t.word)) return true;
  // "The S.&P. 500 closed the week down": initials joined by an ampersand name an index or a firm (the
  // tagger may end a sentence at their point, as after "No.").
  if (prev && /^\p{Lu}\.?&\p{Lu}\.?$/u.test(prev.word) && /^\.?\s$/.test(prev.post) && !num.currency && !num.percent && num.scale === 1 && /^\d+$/.test(t.word)) return true;
  if (!prev || num.currency || num.percent || num.unit || num.scale !== 1 || num.low || !/^\d+$/.test(t.word) || num.last - num.first !== 1) return false;
  // "5 COVID-19 patients", "two F-16 jets", "file scp-173": digits joined by a hyphen to a word are a
  // name or a code ("one-in-10" is not: a function word).
  if (prev.sentence === t.sentence && prev.post === '-' && /^[A-Za-z]+$/.test(prev.word) && !/^(in|of|to|by|per|and|or|than|a|an|the)$/.test(prev.lower)) return true;
  if (prev.sentence !== t.sentence || prev.post !== ' ') return false;
  // "Article 370 gave the region special status", "Bus route 38 will be diverted", "Level 4
  // restrictions": a word that names a thing by its number, first in the sentence or in lower case
  // too (figure-label-noun).
  const label = rules.labelNouns.get(prev.lower);
  if (label === 'any' || (label === 'capitalised' && isCapitalised(prev))) return true;
  // "The FTSE 100 fell 1.2%", "the ASX 200 closed lower": an acronym in capitals, in a sentence
  // that is not (a headline in capitals, "SALES 500 MLN", "CUT STAFF TO 50 FROM 112", is read as words).
  // "the EC's 17-man Commission": a possessive names the owner, not the number. The acronym names
  // what the number is about where a number or "to" and a number follows ("CRA 36 to 8.70", "owes the
  // IMF 450 to 500 mln dlrs", a table row "USSR 3400 (3440)"), or a word hyphenated to it ("USDA
  // 7-state report").
  if (/^\p{Lu}{2,}$/u.test(prev.word) && !endsPossessive(prev) && parsed.sentences[prev.sentence].first !== prev.i && !rules.currencyCodes.has(prev.word) && !inCapitals(tokens, prev.i) && hasLowerCaseWord(parsed, prev.sentence) && !numberFollows(tokens, num.last, rules) && !isHyphenPost(t.post)) return true;
  // "He Responds With 4 Words", "Police Arrest 12 Suspects": in a title-case headline a capitalised
  // preposition or verb before the number makes no name ("Boeing 747" still does).
  if (inTitleCase(parsed, t.sentence) && NOT_A_NAME_IN_TITLES.has(String(lexiconTag(prev.lower)))) return false;
  const mixed = /[a-z][A-Z]|&/.test(prev.word);
  if (!mixed && (!isCapitalised(prev) || parsed.sentences[prev.sentence].first === prev.i || prev.word === prev.word.toUpperCase())) return false;
  // "telexed to Venezuela's 450 creditor banks", "Britain's 400 MPs": a country owns the count, where
  // a firm's possessive names a model ("Boeing's 747 jets").
  return !(endsPossessive(prev) && placeCountry(prev.word.replace(/['’]s?$/, ''), rules));
}

/**
 * "Call the helpline on 0800 111 999", "the hotline number is 116 123": groups of digits written
 * apart by a space or a hyphen, in a sentence that gives a telephone number (figure-phone-cue), or
 * whose first group opens with 0, as no count does.
 */
function isPhoneNumber(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  if (!num.digits || num.currency || num.percent || num.unit || !Number.isInteger(num.value)) return false;
  // "+44 171 542 7717", "+225 21 90 90": a country code, then more groups written apart (read as
  // one number or as several).
  const groupAfter = (k: number) => !!tokens[k] && sameSentence(tokens, k - 1, k) && /^ $/.test(tokens[k - 1].post) && /^\d+$/.test(tokens[k].word);
  const countryCode = /^\+\d{1,3}$/.test(tokens[num.first].word) && groupAfter(num.first + 1) && groupAfter(num.first + 2);
  if (countryCode) return true;
  if (num.last - num.first !== 1) return false;
  // "(0315 to 0530 GMT)": the tagger leaves an opening bracket on a group; a plus sign opens a
  // country code.
  const group = (k: number) => /^\d+$/.test(tokens[k]?.word.replace(/^[(\[+]/, '') ?? '');
  const joins = (a: number, b: number) => group(a) && group(b) && sameSentence(tokens, a, b) && /^[ -]$/.test(tokens[a].post);
  let [from, to] = [num.first, num.first];
  if (!group(from)) return false;
  while (joins(from - 1, from)) from--;
  while (joins(to, to + 1)) to++;
  // "0800 111 999", "020 7946 0000": the number to dial opens with the 0 ("423 0000" is two numbers);
  // so does a time on the 24-hour clock ("between 0800 and 0830 GMT"), no figure either.
  if (/^[(\[]?0\d/.test(tokens[from].word)) return true;
  // The later groups of a number after a country code ("21" of "+225 21 90 90").
  if (/^\+\d/.test(tokens[from].word) && to > from) return true;
  // "Text 85258 to speak to a volunteer", "dial 999": a cue right before one group of three digits or
  // more ("Call 5 Gill Street" is an address).
  const cue = tokens[from - 1];
  if (cue && rules.phoneCues.has(cue.lower) && sameRun(tokens, from - 1, from) && tokens[from].word.length >= 3) return true;
  return to > from && sentenceHasWord(parsed, num.first, rules.phoneCues);
}

/** Whether a sentence has a word in lower case: one that has none is a headline or a table in capitals. */
function hasLowerCaseWord(parsed: ParsedText, sentence: number): boolean {
  const s = parsed.sentences[sentence];
  for (let n = s.first; n < s.last; n++) if (/\p{Ll}/u.test(parsed.tokens[n].word)) return true;
  return false;
}

/** "3400 (3440)", "36 to 8.70", "450 to 500 mln": another number or a bracket right after token k, or a number after "to", "from", "and", "or", "vs". */
function numberFollows(tokens: Token[], k: number, rules: CompiledRules): boolean {
  const numeric = (t: Token | undefined) => !!t && rules.numericToken.test(t.word.replace(/^[(\[]/, '').replace(/[)\],]$/, ''));
  if (!tokens[k] || !sameSentence(tokens, k - 1, k)) return false;
  // "Nicaragua SHG 109 (same)": a bracket after the number, a table row's last or previous value.
  if (numeric(tokens[k]) || /^\(/.test(tokens[k].word) || /\(/.test(tokens[k].pre) || /\($/.test(tokens[k - 1].post)) return true;
  return /^(to|from|and|or|vs)$/.test(tokens[k].lower) && !!tokens[k + 1] && sameSentence(tokens, k, k + 1) && numeric(tokens[k + 1]);
}

/** "March 3", "Feb. 1 caucuses": a month or a day's name right before the number, abbreviated with its point too. */
function isAfterDateWord(tokens: Token[], num: NumberPhrase, rules: CompiledRules): boolean {
  const prev = tokens[num.first - 1];
  if (!prev) return false;
  const word = prev.lower.replace(/\.$/, '');
  if (!rules.dateWords.has(word)) return false;
  return sameRun(tokens, num.first - 1, num.first) || (word.length <= 4 && /^\.\s+$/.test(prev.post) && sameSentence(tokens, num.first - 1, num.first));
}

function isDateOrYear(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  const next = tokens[num.last];
  if (isAfterDateWord(tokens, num, rules)) return true;
  if (next && rules.dateWords.has(next.lower.replace(/\.$/, '')) && sameRun(tokens, num.last - 1, num.last)) return true;
  // "a convention on July 18 and 19", "bought the shares between Feb 13 and 24": the second day of a
  // span after a month is a date too.
  const day = tokens[num.first - 2];
  if (day && /^(and|to|through|or|until)$/.test(tokens[num.first - 1].lower) && /^\d{1,2}$/.test(tokens[num.first].word) && num.value >= 1 && num.value <= 31 && !num.unit && !num.percent && !num.currency && /^\d{1,2}$/.test(day.word) && Number(day.word) <= 31 && sameRun(tokens, num.first - 2, num.first - 1) && sameRun(tokens, num.first - 1, num.first) && isAfterDateWord(tokens, { ...num, first: num.first - 2 }, rules)) return true;
  if (isApposedAge(tokens, num, rules)) return true;
  if (!num.currency && !num.percent && Number.isInteger(num.value) && num.value >= 1000 && num.value <= 2100 && /^\d{4}$/.test(tokens[num.first].word)) return true;
  // "Shares fell to 1,800": the tagger may call digits grouped by a comma a year; a year is written so
  // only after the word ("by the year 2,000").
  if (/^\d{1,3}(,\d{3})+$/.test(tokens[num.first].word) && tokens[num.first - 1]?.lower !== 'year') return false;
  return tokens[num.first].tags.has('Date') || tokens[num.first].tags.has('Time');
}

// Exact arithmetic on written numbers. "67.1 mln dlrs" must be 67100000, not 67.1 * 1e6 =
// 67099999.99999999: a reader sums and compares these values. Numbers are scaled by moving the
// decimal point in their shortest decimal form, so the result is the double nearest to the
// number as written.

/** The number written as `digits` ("3,000", "67.1", ".5") times 10^exp10. */
export function decimalValue(digits: string, exp10: number): number {
  return Number(`${digits.replace(/,/g, '')}e${exp10}`);
}

/** `value` times 10^n, exactly as a reader would shift the decimal point. */
export function shiftDecimal(value: number, n: number): number {
  if (n === 0 || value === 0 || !Number.isFinite(value)) return value;
  const [mantissa, exp] = value.toExponential().split('e');
  return Number(`${mantissa}e${Number(exp) + n}`);
}

/** `value` times `scale`: a power of ten shifts the decimal point; any other scale ("dozen") is rounded to 15 digits. */
export function scaleBy(value: number, scale: number): number {
  const n = Math.log10(scale);
  if (Number.isInteger(n)) return shiftDecimal(value, n);
  return roundNoise(value * scale);
}

/** a + b without binary noise ("three-and-a-half" = 3 + 0.5; "1.1 + 2.2" stays 3.3). */
export function exactSum(a: number, b: number): number {
  return roundNoise(a + b);
}

/** Drops the binary noise of one arithmetic step: 15 significant digits are exact in a double. */
export function roundNoise(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(15)) : x;
}
