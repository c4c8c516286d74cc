// Reading a number where a figure may start: digits ("26", "$5.2", "12%", "3,000", "40 000", "-1.3%"),
// words ("twenty-five", "three-and-a-half", "a dozen"), scales ("5.2 billion", "two hundred"), vague
// plurals ("thousands") and counts ("a few thousand"), with what is written in or against the number:
// a sign, a currency sign or code, a unit attached ("5km"), a range or a size in one token ("10-20%",
// "12x15"). Also a fraction or a ratio that is a figure itself ("a third of", "one in five").
// Does not look for the unit written after the number or decide whether it is a figure (records.ts,
// filters.ts).
import { languageModel } from '../../packages.js';
import { isCapitalised, type ParsedText, type Token } from '../../parse.js';
import { tokenizePhrase, type CompiledRules } from '../../rules.js';
import { decimalValue, exactSum, roundNoise, scaleBy, shiftDecimal } from './arithmetic.js';
import { inCapitals, isCodeAfterNumber, isoCode, isYearAfterName, scaledCode } from './money.js';
import { clauseNamesMoney, clauseOf, endsClauseAfter, hasMoneyCue, hasTemperatureCue, isHyphenPost, isNumberToken, namesThing, phraseAt, phraseEndingAt, sameRun, sameSentence, VOWELLESS_ABBREVIATION } from './tokens.js';
import { singularName, unitPhraseLength } from './units.js';
import { voteWordBefore } from './votes.js';

export interface NumberPhrase {
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

// Reads a number starting at token i: digits ("26", "$5.2", "12%", "3,000"), words ("two",
// "twenty-five", "three-and-a-half"), scales ("5.2 billion", "two hundred") or vague plurals.
export function readNumber(parsed: ParsedText, i: number, rules: CompiledRules): NumberPhrase | null {
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
  // "The dollar opened at 1.5140/47 Swiss francs", "fell to 152.35/40 yen", "421.90/422.40": a
  // two-way quote in one token, the bid in full, then after a slash the offer's last digits or the
  // offer in full (rule figure-quote-pair). Read as a range in one token, the bid first.
  const quote = m ? null : /^(\d+\.\d+)\/(\d+(?:\.\d+)?)$/.exec(word);
  const offer = quote ? offerOfQuote(quote[1], quote[2]) : null;
  if (quote && offer !== null) {
    m = [offer, undefined, offer, undefined] as unknown as RegExpExecArray;
    low = { value: decimalValue(quote[1], 0), chars: quote[1].length, gap: 1 };
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
  // "Rios claimed a 4-6 6-1 6-4 6-2 victory": a pair in a run of pairs is a set of a match, no range.
  // "a 10-to-15 pct rise", "a poll of 18-to-34-year-olds": "to" hyphenated between the ends; the high
  // end may carry a unit hyphenated to it (as "18-34-year-olds" does).
  const dash = m || fraction !== null || inRunOfScores(tokens, i) ? null : /^(.*?\d[^\d\s–-]{0,3})(\s*[-–]\s*|-to-)([^\d\s–-]{0,4}\d.*)$/.exec(word);
  let joinedHigh: ReturnType<typeof hyphenatedUnit> = null;
  if (dash) {
    const left = rules.numericToken.exec(dash[1]);
    const plain = rules.numericToken.exec(dash[3]);
    const unitHigh = plain ? null : hyphenatedUnit(dash[3], rules);
    const right = plain ?? unitHigh?.number ?? null;
    if (left && right && (!left[3] || left[3] === right[3]) && (!right[1] || right[1] === left[1]) && !/^\d{4}$/.test(left[2])) {
      const lowValue = decimalValue(left[2], 0);
      if (lowValue < decimalValue(right[2], 0)) {
        m = [right[0], left[1], right[2], right[3]] as unknown as RegExpExecArray;
        low = { value: lowValue, chars: dash[1].length, gap: dash[2].length };
        // "a $5-to-10-million grant": the sign of the low end is the high end's too.
        joinedHigh = unitHigh && { ...unitHigh, number: [unitHigh.number[0], left[1] ?? unitHigh.number[1], unitHigh.number[2], unitHigh.number[3]] as unknown as RegExpExecArray };
      }
    }
  }
  // "a 2.0-litre engine", "a 10,000-square-foot home", "a $1.5-million grant": compromise keeps a
  // decimal or grouped number in one term with what is hyphenated to it (whole numbers it splits: "12-mile").
  const joined = joinedHigh ?? (m || fraction !== null || low ? null : hyphenatedUnit(word, rules));
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
  // "100 mln marks (54.9 mln US dlrs)": or names its own currency after a capitalised word (a country's).
  const currencyAfterName = !!tokens[k + 1] && isCapitalised(tokens[k]) && sameRun(tokens, k, k + 1) && rules.currencies.has(tokens[k + 1].lower);
  const countsNext = !!tokens[k] && sameRun(tokens, k - 1, k) && (rules.currencies.has(tokens[k].lower) || currencyAfterName || (tokens[k].tags.has('Plural') && !tokens[k].tags.has('Pronoun')));
  // "he won 3 million in the lottery": nor is a verb in the past ("won") the currency ("U.S. dlrs 5.98
  // billion", "208.8 mln marks 188.1 mln": the tagger may read "dlrs" and "marks" as verbs in the present).
  // "The firm lost Euro 5 million", "Yuan 5 billion": capitalised too, unless it ends a name ("Real Madrid").
  const nameBefore = !!tokens[first - 2] && sameRun(tokens, first - 2, first - 1) && isCapitalised(tokens[first - 2]);
  if (digits && !currency && scale > 1 && word0 && sameRun(tokens, first - 1, first) && (/^[a-z]+$/.test(word0.word) || (/^[A-Z][a-z]+$/.test(word0.word) && !nameBefore)) && rules.currencies.has(word0.lower) && !word0.tags.has('PastTense') && !/^(the|a|an)$/.test(tokens[first - 2]?.lower ?? '') && !countsNext) {
    currency = rules.currencies.get(word0.lower)!;
    // "Surplus on commission 208.8 mln marks 188.1 mln", "2.39 billion dlrs (1.35 billion excluding
    // Brazil)": a word that already ends the amount before it, or stands before a bracket, lends its
    // currency but stays out of the span, so that no two figures share a word.
    const endsAmountBefore = !!tokens[first - 2] && sameRun(tokens, first - 2, first - 1) && (/^\d[\d.,]*$/.test(tokens[first - 2].word) || rules.scales.has(tokens[first - 2].lower));
    if (!endsAmountBefore && !/\(/.test(word0.post + tokens[first].pre)) first--;
  }
  // "the 4x100m relay" is four legs of 100 metres, not a size (figure-metre-event).
  if (side && phraseAt(tokens, k, rules.metreEvents)) return null;
  return { first, last: k, value, currency, percent, unit, unitRule, scale, wordScale, low, side, signAt, startAt, approximate, ruleId, digits };
}

/**
 * (In code, no list.) Token i and a token beside it, apart by space or a bracket only, are both the games of a set: two
 * whole numbers up to 7 joined by a dash ("6-1 7-6 ( 7-2 ) 6-2"). A table's ranges side by side are
 * larger ("COPPER 15-19 24-28") or apart by a comma ("choice 2-3, 70-85 pct").
 */
function inRunOfScores(tokens: Token[], i: number): boolean {
  const set = (k: number) => {
    const m = tokens[k] ? /^(\d)[-–](\d)$/.exec(tokens[k].word) : null;
    return !!m && Number(m[1]) <= 7 && Number(m[2]) <= 7;
  };
  const apart = (k: number) => /^[\s()]*$/.test(tokens[k].post + tokens[k + 1].pre) && sameSentence(tokens, k, k + 1);
  return set(i) && ((set(i - 1) && apart(i - 1)) || (set(i + 1) && apart(i)));
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
  // "a $5-a-month fee", "a £1.2m-a-year deal", "a $2-per-share payout": money with a sign, per
  // something (the sign gives the currency; a scale attached is read as on any amount).
  const perSomething = parts.length === 2 && /^(a|an|per)$/.test(parts[0]);
  if (number[1] && perSomething && (!number[3] || rules.scales.has(number[3].toLowerCase()))) return { number, unit: null, unitRule: null, scale: 1 };
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

// After "20-pound": a noun in lower case that the pound describes, and not one of money (unit-pound-money-noun).
export function describesWeight(tokens: Token[], k: number, rules: CompiledRules): boolean {
  const next = tokens[k];
  return !!next && sameRun(tokens, k - 1, k) && /^\p{Ll}+$/u.test(next.word) && next.tags.has('Noun') && !rules.poundMoneyNouns.has(next.lower);
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
    } else if (w === 'of' && any && rules.numberGroupWords.has(tokens[k - 1].lower) && joined && sameRun(tokens, k, k + 1) && (rules.scales.get(tokens[k + 1]?.lower ?? '') ?? 0) >= 100 && tokens[k + 1].lower.length > 1 && !isHyphenPost(tokens[k + 1].post)) {
      // "a couple of hundred people", "a couple of million dollars": a group word (figure-group-word)
      // multiplies the scale ("a pair of million-dollar homes" counts homes).
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

// "a third of the workforce", "two-thirds of voters", "three-quarters of", "half of", "half the
// seats", "cut by half" ("half a million" is a number word: readNumberWords). Ordinals ("the third quarter") and "the first half"
// have no numerator and are left out.
export function readFraction(tokens: Token[], i: number, rules: CompiledRules): { first: number; last: number; value: number } | null {
  // "a quarter of a million pounds" is a number of a scale (readNumberWords).
  if (fractionOfScale(tokens, i, rules)) return null;
  const ratio = readRatio(tokens, i, rules) ?? readExchangeRatio(tokens, i, rules);
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

/**
 * "One in five say", "nearly nine out of 10 voters", "1 in 4 children": a ratio of two whole numbers
 * is the fraction a reader takes from it. Not before a unit ("2 in 90 minutes") or with a second
 * number that may be a year.
 */
function readRatio(tokens: Token[], i: number, rules: CompiledRules): { first: number; last: number; value: number } | null {
  const whole = (t: Token | undefined) => (t ? wholeNumberOf(t.word, rules) : null);
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

/** "12", "five": a whole number of up to three digits, or a number word (figure-number-word); else null. */
function wholeNumberOf(word: string, rules: CompiledRules): number | null {
  return /^\d{1,3}$/.test(word) ? Number(word) : (rules.numberWords.get(word.toLowerCase()) ?? null);
}

/**
 * "a two-for-one stock split", "a 3-for-2 split", "SETS ONE-FOR-FIVE OFFER": shares given for shares in
 * one hyphenated compound, the ratio a reader takes from it (2, 1.5, 0.2; rule figure-exchange-ratio):
 * the word "for" in it and a word of the issue within three words after ("went 5-for-5 at the plate"
 * is a batter's record).
 */
function readExchangeRatio(tokens: Token[], i: number, rules: CompiledRules): { first: number; last: number; value: number } | null {
  const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && Number.isInteger(a) && Number.isInteger(b) && a > 0 && b > 0 ? roundNoise(a / b) : null);
  const joiner = (word: string) => rules.exchangeRatioWords.get(word.toLowerCase()) === 'joiner';
  const issueAfter = (last: number) => {
    for (let k = last; k < last + 3 && tokens[k] && sameSentence(tokens, last - 1, k); k++) if (/^(issue|shares)$/.test(rules.exchangeRatioWords.get(tokens[k].lower) ?? '')) return true;
    return false;
  };
  // In digits the tagger keeps the compound one token ("2-for-1"); in words three ("two", "for", "one").
  const parts = tokens[i].word.split('-');
  if (parts.length === 3 && joiner(parts[1])) {
    const value = ratio(wholeNumberOf(parts[0], rules), wholeNumberOf(parts[2], rules));
    return value === null || !issueAfter(i + 1) ? null : { first: i, last: i + 1, value };
  }
  // Written apart only before a word of the issue ("a one for four rights issue", "a 100 for 13 rights offering").
  const [mid, end] = [tokens[i + 1], tokens[i + 2]];
  const hyphens = tokens[i].post === '-' && mid?.post === '-';
  const apart = !hyphens && /^ $/.test(tokens[i].post) && /^ $/.test(mid?.post ?? '');
  if (!mid || !end || !(hyphens || apart) || !joiner(mid.word) || !sameSentence(tokens, i, i + 2)) return null;
  // (Not before a word of 'shares' alone: "paid 12 for five shares" is a price.)
  const issueWord = (k: number) => rules.exchangeRatioWords.get(tokens[k]?.lower ?? '') === 'issue';
  if (apart && !issueWord(i + 3) && !issueWord(i + 4)) return null;
  const value = ratio(wholeNumberOf(tokens[i].word, rules), wholeNumberOf(end.word, rules));
  return value === null || !issueAfter(i + 3) ? null : { first: i, last: i + 3, value };
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

/**
 * The offer of a two-way quote as written after the bid: in full ("421.90/422.40"), or as the bid's last
 * digits ("1.5140/47" → "1.5147", "146.00/10" → "146.10", "1.2490/2510" → "1.2510", carrying when that
 * is nearer the bid: "1.5195/05" → "1.5205", but "5.74/72" → "5.72"). Null when the digits outrun the
 * bid's decimals ("6.5/10" is a rating) or a full offer is not within half the bid either way.
 */
function offerOfQuote(bid: string, written: string): string | null {
  if (written.includes('.')) {
    const [b, o] = [Number(bid), Number(written)];
    return o >= b / 1.5 && o <= b * 1.5 ? written : null;
  }
  const decimals = bid.split('.')[1].length;
  if (written.length > decimals) return null;
  const bidDigits = BigInt(bid.replace('.', ''));
  const step = 10n ** BigInt(written.length);
  // The nearer of the two readings: "1.5195/05" carries (1.5205), "5.74/72 pct" (a yield, offered
  // below the bid) does not (5.72).
  let offerDigits = (bidDigits / step) * step + BigInt(written);
  if (offerDigits < bidDigits && offerDigits + step - bidDigits < bidDigits - offerDigits) offerDigits += step;
  const digits = offerDigits.toString().padStart(decimals + 1, '0');
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

