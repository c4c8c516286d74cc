// Passes over the records in text order that lend one figure's unit, scale or range to another: bid and
// offer quotes, elided scales ("140.8 mln vs 96.55"), ranges and lists ("5 to 6 million", "1,000 and
// 10,000 dlrs"), parallel clauses ("11 delegates and Rubio has 10"), the unit of a measured subject, units
// left out after the first ("from 123.6 mln in 1985"), and a headline's number echoed in the story. Each
// pass reads the records' FigureTokens. Does not read the text for new figures; tallies and tables are
// votes.ts's and tables.ts's.
import type { CountryMatch } from '../../country-match.js';
import { isCapitalised, type ParsedText, type Token } from '../../parse.js';
import type { CompiledRules } from '../../rules.js';
import type { Figure } from '../../types.js';
import { exactSum, scaleBy, shiftDecimal } from './arithmetic.js';
import { countryBeforeMoneyAt, lowerCaseAdjective, type StoryMoney } from './money.js';
import { afterShareLabel } from './tables.js';
import { unitOfWordsAt } from './units.js';
import { afterCasualtyVerb, afterOwner, isPluralNoun, isYearLike, namesThing, nounToSingular, opensGappedClause, opensPredicate, partOfAt, levelModifierEndingAt, phraseAt, phraseEndingAt, sameRun, sameSentence, startBeforeHedge, VOWELLESS_ABBREVIATION, type FigureTokens } from './tokens.js';

/** The currency of a family or code for a figure at a token, as the story reads it (money.ts). */
type CurrencyOf = StoryMoney['currencyOf'];

// "One week gained 1/16 point to 6-5/16 3/16 pct", "the 8-1/2 pct of 2011 at 97-3/8 5/8": money and
// bond desks quote a bid and an offer as a whole number and its fraction, then a bare fraction that
// keeps the whole number (6-3/16). Both ends carry the range and the unit written after the pair
// (figure-quote-pair). Only with nothing but space between and within a point of each other.
export function linkQuotePairs(parsed: ParsedText, figures: Figure[], meta: FigureTokens[]): void {
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
export function scalesByElision(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  for (let n = 0; n + 1 < figures.length; n++) {
    const [a, b, ma, mb] = [figures[n], figures[n + 1], meta[n], meta[n + 1]];
    if (ma.scale <= 1 || mb.scale !== 1 || b.unit || a.range || b.range || !/^\d{1,3}(\.\d+)?$/.test(b.text)) continue;
    if (mb.first !== ma.last + 1 || !isComparisonAt(tokens, ma.last, rules) || !sameSentence(tokens, ma.last - 1, mb.first)) continue;
    if (thingFollows(tokens, mb.last, rules)) continue;
    if (!isSameOrder(b.value, a.value / ma.scale)) continue;
    b.value = scaleBy(b.value, ma.scale);
    mb.scale = ma.scale;
  }
}

// "Grootvlei eased 40 cents at 16.60 rand", "20.10 rupees per kilo, up five cents": cents with no
// country named are cents of the money of their sentence, when that money is divided into cents (rule
// figure-currency-cents); with none, the story's dollar as before ("world prices at about 7.60 cents
// per pound"). "50 U.S. cents" names its own.
export function centsOfSentenceMoney(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  figures.forEach((f, n) => {
    const writtenAttached = f.ruleId === 'figure-currency' && /^\d[\d.,]*[c¢]$/i.test(f.text);
    if ((f.ruleId !== 'figure-currency-minor' && !writtenAttached) || f.range) return;
    const word = tokens[meta[n].last - 1];
    const attached = /\d(c|¢)$/i.exec(word.word)?.[1];
    if (rules.currencyMinor.get(attached?.toLowerCase() ?? word.lower) !== 'dollar' || /\s\p{Lu}/u.test(f.text)) return;
    const sentence = tokens[meta[n].first].sentence;
    let money: Figure | null = null;
    for (let distance = 1; distance < figures.length && !money; distance++) {
      for (const j of [n - distance, n + distance]) {
        const g = figures[j];
        if (!g || money || tokens[meta[j].first].sentence !== sentence) continue;
        if (g.unit && /^figure-currency(-national)?$/.test(g.ruleId) && rules.centCurrencies.has(g.unit)) money = g;
      }
    }
    if (money) f.unit = money.unit;
  });
}

// "The dollar opened at 1.5140/47 Swiss francs against 1.5180/90 in Europe", "fell to 152.35/40 yen
// from 153.35/40": a two-way quote compared with a quote before it (both read as ranges in one token,
// rule figure-quote-pair) is in its unit, both ends.
export function unitsOfComparedQuote(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  for (let n = 1; n + 1 < figures.length; n++) {
    const [before, bid, offer] = [figures[n - 1], figures[n], figures[n + 1]];
    const quoteToken = meta[n].first === meta[n].last && meta[n + 1].first === meta[n].first && tokens[meta[n].first].word.includes('/');
    if (!quoteToken || bid.unit || offer.unit || !before.unit || !before.range || !sameSentence(tokens, meta[n - 1].last - 1, meta[n].first)) continue;
    const between = tokens.slice(meta[n - 1].last, meta[n].first);
    if (between.length === 0 || between.length > 4 || !between.some((t) => rules.ellipticJoiners.has(t.lower)) || between.some((t) => /\d/.test(t.word))) continue;
    for (const end of [bid, offer]) [end.unit, end.ruleId] = [before.unit, before.ruleId];
  }
}

// "Average CD rates all banks 4.27 pct (4.32)", "other areas 17.8 tonnes (56.4)": a bare number
// alone in brackets right after a figure with a unit is the comparison a wire writes in brackets (a
// year or week earlier) and in its unit, with its scale where it has none, when of the same order
// (rule figure-bracketed-comparison). Not "won by 22 points (47 to 25)": the bracket holds more.
export function unitsOfBracketedComparison(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  for (let n = 0; n + 1 < figures.length; n++) {
    const [a, b, ma, mb] = [figures[n], figures[n + 1], meta[n], meta[n + 1]];
    if (!a.unit || a.range || b.unit || b.range || b.ruleId !== 'figure-digits' || !/^\d[\d,]*(\.\d+)?$/.test(b.text) || isYearLike(b)) continue;
    if (mb.first !== ma.last || !/^\s*\(\s*$/.test(tokens[ma.last - 1].post.trim() + tokens[mb.first].pre) || !/^\s*\)/.test(tokens[mb.last - 1].post) || !sameSentence(tokens, ma.last - 1, mb.first)) continue;
    const minor = a.ruleId === 'figure-currency-minor';
    const aWritten = minor ? shiftDecimal(a.value, 2) : a.value / (mb.scale === 1 ? ma.scale : 1);
    if (!isSameOrder(b.value, aWritten)) continue;
    [b.unit, b.ruleId] = [a.unit, a.ruleId];
    if (minor) b.value = shiftDecimal(b.value, -2);
    else if (mb.scale === 1 && ma.scale > 1) b.value = scaleBy(b.value, ma.scale);
  }
}

// "Malta, with a population of 365,000, has 195,000 registered vehicles", "a crowd of about 8,000",
// "the blast killed 12": a bare number after a word of figure-population or a verb of
// figure-casualty (past any hedge) counts people.
export function unitsOfPeople(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  figures.forEach((f, n) => {
    const m = meta[n];
    if (f.unit || f.range || !/^figure-(digits|number-word|vague-plural)$/.test(f.ruleId)) return;
    // "for Zaire's 35 mln population": the word itself after the number.
    if (sameRun(tokens, m.last - 1, m.last) && tokens[m.last].lower === 'population') {
      [f.unit, f.ruleId] = ['person', 'figure-population'];
      return;
    }
    if (thingFollows(tokens, m.last, rules)) return;
    const k = startBeforeHedge(tokens, m.first, rules) - 1;
    if (k < 0 || !sameRun(tokens, k, k + 1)) return;
    if (phraseEndingAt(tokens, k, rules.populationWords)) [f.unit, f.ruleId] = ['person', 'figure-population'];
    // "Truck attack in France kills at least 80", "the blast killed 12 and wounded 30".
    else if (phraseEndingAt(tokens, k, rules.casualtyVerbs)) [f.unit, f.ruleId] = ['person', 'figure-casualty'];
  });
}

// "bring its outstanding capital shares to 65.02 mln": a bare level after a phrase of
// figure-count-before-level (past any hedge) counts what the phrase names.
export function unitsOfCountBeforeLevel(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  const { phrases, units } = rules.countsBeforeLevel;
  figures.forEach((f, n) => {
    const m = meta[n];
    // A capital of a thousand or more ("sold its shares to 3 of them" is a count of something else).
    if (f.unit || f.range || f.ruleId !== 'figure-digits' || f.value < 1000 || thingFollows(tokens, m.last, rules)) return;
    const k = startBeforeHedge(tokens, m.first, rules) - 1;
    const len = k >= 0 && sameRun(tokens, k, k + 1) ? phraseEndingAt(tokens, k, phrases) : 0;
    if (!len) return;
    const phrase = tokens.slice(k - len + 1, k + 1).map((t) => t.lower).join(' ');
    [f.unit, f.ruleId] = [units.get(phrase)!, 'figure-count-before-level'];
  });
}

// "5 to 6 million", "between 10 and 20 percent", "$5 to $6 billion": the first number takes
// the second's scale and unit, and both carry the range. "rose from 5 to 6 pct" shares the
// unit but is two levels, not a range.
export function linkRanges(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
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
      // (Or a qualifier: "compared with a revised 209.4 mln deficit".)
      while (hedged > ma.last && (phraseAt(tokens, hedged, rules.hedges) || phraseAt(tokens, hedged, rules.levelQualifiers) || /^(a|an)$/.test(tokens[hedged].lower))) hedged--;
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
    // "5 or 6 million dlrs": a small whole number before "or" and a scaled number is in its scale, as
    // a number in words is (below) and a range's low end ("5 to 6 million").
    const digitsBeforeScale = joinedWord === 'or' && ma.scale === 1 && mb.scale > 1 && /^\d{1,3}$/.test(a.text) && !afterComma;
    // "94,000 jobless ... against 120,000 or 2.8 pct of the workforce": a count restated as a share, no per cent.
    const restatedAsShare = b.unit === 'percent' && a.value > 100 && a.value > 10 * b.value;
    if (!a.unit && b.unit && /^(and|or)$/.test(joinedWord) && !restatedAsShare && !(afterComma && (joinedWord === 'and' || b.unit === 'percent')) && tokens[ma.first - 1]?.lower !== 'between' && mb.first === ma.last + 1 && sameSentence(tokens, ma.last - 1, mb.first) && (/^[\d.,]+$/.test(a.text) || ma.words) && (ma.scale === mb.scale || digitsBeforeScale) && !isYearLike(a)) {
      // "against 32.3 and 6.5 cents a year ago": minor units, like the second.
      const minor = b.ruleId === 'figure-currency-minor' && !afterComma;
      // "With WTI at 20, 21 or 22 dlrs": and the bare numbers listed before it with commas.
      let j = n;
      while (j > 0 && isListedBefore(tokens, figures, meta, j - 1, ma.scale)) j--;
      for (; j <= n; j++) {
        figures[j].unit = b.unit;
        figures[j].ruleId = b.ruleId === 'figure-currency-minor' && afterComma ? 'figure-currency' : b.ruleId;
        if (minor) figures[j].value = shiftDecimal(figures[j].value, -2);
        // "20, 21 or 22 mln dlrs": each in the scale.
        if (digitsBeforeScale && /^\d{1,3}$/.test(figures[j].text)) figures[j].value = scaleBy(figures[j].value, mb.scale);
      }
      // "seven or eight thousand votes", "two or three million dlrs": a number in words written before
      // the scale word of the other takes it too, as before "to" (below).
      if (ma.words && (ma.wordScale ?? 1) === 1 && (mb.wordScale ?? 1) > 1) a.value = scaleBy(a.value, mb.wordScale!);
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
    if (!a.unit && /^figure-(digits|number-word)$/.test(a.ruleId) && isCount(b) && partOfAt(tokens, ma.last, rules) === mb.first && sameSentence(tokens, ma.last - 1, mb.first)) {
      a.unit = b.unit;
      continue;
    }
    // "The bill passed by 312 votes to 198", "121 seats, down 251": a bare number after a count and a
    // word of figure-comparison-count counts the same noun.
    // "led by about 1,500 votes out of nearly 620,000 cast": the whole after "out of" too, past a hedge.
    if (isCount(a) && !b.unit && b.ruleId === 'figure-digits' && /^\d[\d,.]*$/.test(b.text) && countComparisonEndsAt(tokens, ma.last, mb.first, rules) && sameSentence(tokens, ma.last - 1, mb.first)) {
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
    if (a.unit && !b.unit && (/^\d[\d,.]*(\s|$)/.test(b.text) || mb.awaitsUnit) && rules.comparisons.has(word) && !(sameRun(tokens, mb.last - 1, mb.last) && RELATIVE_OR_OF.test(tokens[mb.last].lower)) && !hasUnreadUnit(tokens, mb, rules)) {
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
    // "rising to 58.6 mln from 32.6 mln tonnes", "exports to 5,944 from 6,106 tonnes": the unit
    // written once after the level before it; the level takes it back (figure-level-before-from).
    if (isLevelBeforeFrom(tokens, a, b, ma, mb, rules)) {
      [a.unit, a.ruleId] = [b.unit, b.ruleId];
      if (b.ruleId === 'figure-currency-minor') a.value = shiftDecimal(a.value, -2);
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
    // "Liabilities rose 200 mln to 11.9 billion guilders": scaled, the change is far below the level too.
    // "Unemployment fell by 25,000 to 1.3 million": so is a change in full digits that is no low end
    // written in the level's scale (as "37,000 to 38,000 billion" is).
    const farBelowScaled = (ma.scale > 1 && mb.scale > ma.scale && b.value > 5 * a.value) || (ma.scale === 1 && mb.scale > 1 && a.value >= 1000 && b.value > 5 * a.value && !isSameOrder(a.value, b.value / mb.scale));
    if (a.change && a.value > 0 && (a.unit !== null || farBelowScaled || (ma.scale === 1 && mb.scale === 1 && (mb.wordScale ?? 1) === 1 && highAsWritten > 5 * a.value))) {
      if (!a.unit && b.unit) lendToChange(b, a);
      continue;
    }
    // "raised the cash it offers for each share by 75 cts to 42.75 dlrs": cents before dollars far
    // above them are a change and the level it reaches, whatever word names the change.
    if (a.ruleId === 'figure-currency-minor' && b.ruleId === 'figure-currency' && a.unit === b.unit && !ma.from && b.value > 5 * a.value) continue;
    // "2 million to 3 million people": a bare number in digits, with its scale or without, or a word low end.
    // A fraction too ("traded between 6-1/16 and 6-1/4 pct").
    if (!a.unit && b.unit && isNaN(Number(a.text.replace(/,/g, ''))) && !/^[\d.,]+$|^(\d+-)?\d+\/\d+$/.test(a.text) && !ma.words && !(ma.scale > 1 && a.ruleId === 'figure-digits')) continue;
    let low = a.value;
    const highScale = mb.scale > 1 ? mb.scale : (mb.wordScale ?? 1);
    // "37,000 to 38,000 billion lire": a low end written in full digits of the same order as the high's too.
    if (ma.scale === 1 && highScale > 1 && (Math.abs(low) < 1000 || isSameOrder(low, b.value / highScale))) low = scaleBy(low, highScale);
    // "between 10 and 20 cents", "from 5 to 6 cents": the bare end is in minor units too.
    if (!a.unit && b.ruleId === 'figure-currency-minor') low = shiftDecimal(low, -2);
    // "losses of between 2.50 and 1.90 dlrs": "between" makes a range whichever end is written first.
    if (!(low < b.value) && !ma.from && !(between && low > b.value)) {
      // "won by a compelling margin, 35 to 12 percent": two shares of a whole, the larger first; the
      // first is a per cent too, but no range.
      if (!a.unit && b.unit === 'percent' && low > b.value && ma.scale === 1 && /^[\d.]+$/.test(a.text)) [a.unit, a.ruleId] = [b.unit, b.ruleId];
      // "fees of -0.90 to -1.10 pct": below zero the range runs to the larger loss; both ends carry it.
      else if (!a.unit && b.unit && low < 0 && b.value < low && ma.scale === 1 && /^[-−][\d.]+$/.test(a.text)) {
        [a.unit, a.ruleId] = [b.unit, b.ruleId];
        a.range = b.range = { low: b.value, high: low };
      }
      continue;
    }
    a.value = low;
    if (!a.unit && b.unit) {
      a.unit = b.unit;
      a.ruleId = b.ruleId;
    }
    if (!ma.from) a.range = b.range = { low: Math.min(low, b.value), high: Math.max(low, b.value) };
  }
}

/** "3.65 billion crowns vs 3.40", "4.27 pct (4.32)": a number of the same order as another, a fifth to five times it (or within `times` either way). */
function isSameOrder(value: number, other: number, times = 5): boolean {
  const ratio = value / other;
  return ratio >= 1 / times && ratio <= times;
}

/**
 * Bare figure a is a level written before the earlier level b that carries the unit (rule
 * figure-level-before-from: "to 2.90 billion from 2.72 billion dlrs"): same scale word, and, written
 * in full, within ten times of it ("commitments to 439 from 16 airlines" names whom, not what).
 */
function isLevelBeforeFrom(tokens: Token[], a: Figure, b: Figure, ma: FigureTokens, mb: FigureTokens, rules: CompiledRules): boolean {
  // (A level in per cent or points takes them, as in figure-elliptic-level; durations stay unlent.)
  const notLent = rules.ellipticNotLent.has(b.unit ?? '') && !rules.ellipticLevelLent.has(b.unit ?? '');
  if (a.unit || !b.unit || b.range || notLent || !/^figure-(digits|fraction)$/.test(a.ruleId) || isYearLike(a)) return false;
  const [before, joiner] = [tokens[ma.first - 1]?.lower ?? '', tokens[ma.last]?.lower ?? ''];
  if (rules.levelBeforeFrom.get(before) !== joiner || mb.first !== ma.last + 1 || ma.scale !== mb.scale) return false;
  if (ma.scale > 1) return a.ruleId === 'figure-digits';
  const earlier = b.ruleId === 'figure-currency-minor' ? shiftDecimal(b.value, 2) : b.value;
  return a.value > 0 && earlier > 0 && isSameOrder(a.value, earlier, 10);
}

// "Ted Cruz has 11 delegates and Rubio has 10", "Apple sold 10 million phones and Samsung sold 12
// million", "Britain has 12 seats, the Netherlands has 9": a bare count closing a clause parallel to
// a count before it counts the same noun (rule figure-elliptic-count). It keeps its own rule, as the
// other counts lent a noun do. A number in words too ("Democrats won 12 seats and Republicans won
// eight"); the subject may be a noun after "the" ("the army lost 40 tanks while the rebels lost 12"),
// and the first clause may go on past its count ("named five people to the committee, while Clinton
// named six").
export function unitsByGapping(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  for (let n = 0; n + 1 < figures.length; n++) {
    const [a, b] = [figures[n], figures[n + 1]];
    const [ma, mb] = [meta[n], meta[n + 1]];
    const bare = (b.ruleId === 'figure-digits' && /^\d/.test(b.text)) || (b.ruleId === 'figure-number-word' && !!mb.awaitsUnit);
    if (!isCount(a) || b.unit || b.range || !bare) continue;
    if (isCountListByPreposition(tokens, b, ma, mb, rules)) {
      b.unit = a.unit;
      continue;
    }
    if (mb.first <= ma.last || !sameSentence(tokens, ma.last - 1, mb.first) || !endsClause(tokens, mb.last, rules)) continue;
    // The joint: a comma, or a word of the rule, after the first count or at most four words on.
    let k = ma.last;
    while (k < ma.last + 4 && k < mb.first && !rules.countGapJoiners.has(tokens[k].lower) && !/[,:;(]/.test(tokens[k - 1].post) && !/\d/.test(tokens[k].word)) k++;
    const past = k > ma.last;
    if (rules.countGapJoiners.has(tokens[k].lower)) k++;
    else if (!tokens[k - 1].post.includes(',')) continue;
    if (rules.countGapJoiners.has(tokens[k]?.lower ?? '')) k++;
    const afterThe = tokens[k]?.lower === 'the';
    if (afterThe) k++;
    let s = k;
    while (s < mb.first && s - k < 4 && (isCapitalised(tokens[s]) || (afterThe && tokens[s].tags.has('Noun') && !tokens[s].tags.has('Pronoun') && !isVerbOrParticiple(tokens[s])))) s++;
    // Its subject, then the number, or the first clause's verb again and the number, past any hedge
    // ("Clinton won at least 19 delegates and Bernie Sanders won at least 15").
    const bFirst = startBeforeHedge(tokens, mb.first, rules);
    const aFirst = startBeforeHedge(tokens, ma.first, rules);
    const verbAgain = s === bFirst - 1 && tokens[s].lower === tokens[aFirst - 1]?.lower;
    // "the massacre that killed 49 people and wounded 53": or, after "and", a verb of its own parallel
    // to the first count's verb.
    const parallelVerb = s === k && k === bFirst - 1 && tokens[ma.last].lower === 'and' && isVerbOrParticiple(tokens[k]) && isVerbOrParticiple(tokens[aFirst - 1]);
    if (!parallelVerb && (s === k || (s !== bFirst && !verbAgain))) continue;
    // "The storm injured 14, destroyed 300 homes and killed 2": the killed are people (figure-casualty).
    if (parallelVerb && afterCasualtyVerb(tokens, mb.first, rules)) continue;
    // A number in words only with a subject or the first verb again: "destroyed 40 homes and killed
    // two" counts people (small counts are written in words, so a verb of its own is another count).
    if (b.ruleId === 'figure-number-word' && parallelVerb && !verbAgain) continue;
    // (Past the first count only with its verb again: "named five people to the committee, while Clinton
    // named six"; "has five children: Donald Trump, Jr., 38" lists ages.)
    if (past && !verbAgain) continue;
    b.unit = a.unit;
  }
}

/**
 * "Georgia Republicans will cast 42 votes for Trump, 18 for Cruz and 16 for Rubio": a bare count in a
 * list after a count, each followed by the same preposition, counts the same noun (figure-elliptic-count).
 * The list's joint is a comma or "and"/"or" (perhaps a hedge after it); between the two, only the
 * first count's phrase, with no number and no verb.
 */
function isCountListByPreposition(tokens: Token[], b: Figure, ma: FigureTokens, mb: FigureTokens, rules: CompiledRules): boolean {
  const preposition = tokens[ma.last];
  if (!preposition?.tags.has('Preposition') || preposition.lower === 'of' || !sameRun(tokens, ma.last - 1, ma.last)) return false;
  if (tokens[mb.last]?.lower !== preposition.lower || !sameRun(tokens, mb.last - 1, mb.last) || isYearLike(b)) return false;
  const joint = startBeforeHedge(tokens, mb.first, rules) - 1;
  if (joint <= ma.last || joint - ma.last > 5 || !sameSentence(tokens, ma.last, mb.first)) return false;
  if (!(tokens[joint].post.includes(',') || /^(and|or)$/.test(tokens[joint].lower))) return false;
  return tokens.slice(ma.last + 1, joint + 1).every((t) => !/\d/.test(t.word) && !(t.tags.has('Verb') && !t.tags.has('Noun')) && !/[;:(]/.test(t.post));
}

/**
 * "At least nine people were killed and 21 were wounded": a bare count that opens a clause parallel
 * to the first count's, going straight on to its verb, counts the same noun (figure-elliptic-count).
 * The joint is a word of the rule or a comma, perhaps a hedge after it ("and more than 260 were
 * injured"); each count is followed at once by a verb, an auxiliary or a complement ("left 14
 * people dead and more than 20 wounded").
 */
export function unitsBySubjectGapping(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  for (let n = 0; n + 1 < figures.length; n++) {
    const [a, b] = [figures[n], figures[n + 1]];
    const [ma, mb] = [meta[n], meta[n + 1]];
    const bare = (b.ruleId === 'figure-digits' && /^\d[\d,]*$/.test(b.text)) || (b.ruleId === 'figure-number-word' && !!mb.awaitsUnit);
    if (!isCount(a) || b.unit || b.range || !bare || !sameSentence(tokens, ma.last - 1, mb.first)) continue;
    const bFirst = startBeforeHedge(tokens, mb.first, rules);
    if (!opensGappedClause(tokens, mb.first, mb.last, rules) || !opensPredicate(tokens, ma.last)) continue;
    // The first count is no subject of a clause set under another (reported-subordinator): "200 were
    // feared dead after two ferries sank near Dhaka, 174 drowned" sets the drowned against the dead.
    const aFirst = startBeforeHedge(tokens, ma.first, rules);
    const opener = tokens[aFirst - 1];
    if (opener && sameRun(tokens, aFirst - 1, aFirst) && rules.reportedWords.subordinators.has(opener.lower) && !rules.countGapJoiners.has(opener.lower)) continue;
    // Only the verb phrase of the first count lies between: no third number, no new subject (the
    // word that carries a comma joint is left out: "with eight senators voting for it, 10 against").
    if (tokens.slice(ma.last, bFirst - 1).some((t) => /\d/.test(t.word) || t.tags.has('Pronoun'))) continue;
    // "At least 200 houses were destroyed and 15 were killed": the killed are people, whatever the
    // first clause counted, unless it counted people or the dead too ("About 135,000 people were
    // evacuated and 31 were killed", "left 14 people dead and more than 20 wounded").
    const people = a.unit === 'person' || rules.agePersonNouns.has(a.unit ?? '');
    if (casualtyVerbAfter(tokens, mb.last, rules) && !people && !casualtyVerbAfter(tokens, ma.last, rules) && !complementAfter(tokens, ma.last)) continue;
    b.unit = a.unit;
  }
}

/** Token k, or the one after it where k is an auxiliary or a copula ("were killed"): the word that says what happened. */
function pastAuxiliary(tokens: Token[], k: number): number {
  return tokens[k]?.tags.has('Auxiliary') || tokens[k]?.tags.has('Copula') ? k + 1 : k;
}

/** A verb of figure-casualty at token k, perhaps after an auxiliary ("were killed", "injured"). */
function casualtyVerbAfter(tokens: Token[], k: number, rules: CompiledRules): boolean {
  const verb = pastAuxiliary(tokens, k);
  return !!tokens[verb] && sameRun(tokens, verb - 1, verb) && phraseAt(tokens, verb, rules.casualtyVerbs) > 0;
}

/** An adjective at token k, perhaps after an auxiliary: a state ("14 people dead", "two people were missing"). */
function complementAfter(tokens: Token[], k: number): boolean {
  const at = pastAuxiliary(tokens, k);
  return !!tokens[at] && sameRun(tokens, at - 1, at) && tokens[at].tags.has('Adjective') && !tokens[at].tags.has('Verb');
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
export function unitsByEllipsis(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  for (let n = 0; n + 1 < figures.length; n++) {
    const [b, mb, ma] = [figures[n + 1], meta[n + 1], meta[n]];
    if (isChangeBeforePrice(tokens, figures[n], b, ma, mb, rules)) lendToChange(b, figures[n]);
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

/**
 * "Stork ended just 0.20 up at 51.00 guilders", "fell 20 to 397p": a bare change in digits right before
 * a word of figure-elliptic-price (past the direction written after it) and the price it reaches, in
 * money or points (figure-elliptic-price).
 */
function isChangeBeforePrice(tokens: Token[], a: Figure, b: Figure, ma: FigureTokens, mb: FigureTokens, rules: CompiledRules): boolean {
  if (!a.change || a.unit || a.range || a.ruleId !== 'figure-digits' || ma.scale > 1 || !/^[\d.,\/-]+$/.test(a.text)) return false;
  if (!b.unit || !(b.ruleId.startsWith('figure-currency') || b.unit === 'point') || b.change || b.range) return false;
  // "July was up 13.1 at 6.785 dlrs", "July soybeans ended 4 up at 5.40 dlrs" (cents), "flaxseed up 4.90
  // to 4.00 dlrs" (a range of gains): a change not far below the price it reaches (a fifth, as in
  // linkRanges) is in another unit.
  const priceWritten = writtenInMinorUnits(b) ? shiftDecimal(b.value, 2) : b.value;
  if (priceWritten <= 5 * a.value) return false;
  let k = ma.last;
  if (rules.changeAfterWords.has(tokens[k]?.lower ?? '')) k++;
  return k + 1 === mb.first && rules.ellipticPriceJoiners.has(tokens[k].lower) && sameSentence(tokens, ma.last - 1, mb.first) && tokens.slice(ma.last - 1, k).every((t) => /^\s*$/.test(t.post));
}

/** The change takes the price's unit and kind, in minor units where the price is written in them. */
function lendToChange(price: Figure, change: Figure): void {
  change.unit = price.unit;
  change.ruleId = price.ruleId;
  if (writtenInMinorUnits(price)) change.value = shiftDecimal(change.value, -2);
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
  // "46.50 Ecus per 100 kilos, compared to last week's 46.864": the measure a rate is per lends
  // nothing; the amount of the rate before it does.
  const perMeasure = !!previous?.unit && rules.rateJoiners.get(tokens[ma.first - 1]?.lower ?? '') === 'any' && meta[n - 1].last === ma.first - 1;
  const a = throughChange || perMeasure ? previous! : figures[n];
  const am = throughChange || perMeasure ? meta[n - 1] : ma;
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
  // Or the time whose level it is, or a qualifier: "1.2470 marks, down from yesterday's 1.2480".
  while (k >= ma.last) {
    const hedge = levelModifierEndingAt(tokens, k, rules);
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
  if (hasUnreadUnit(tokens, mb, rules)) return null;
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

// "Revenue passenger miles rose 12.5 pct to 2.35 billion": the level a measured subject reached, in
// the subject's unit (rule figure-subject-unit). Runs before unitsByEllipsis, which lends it on
// ("to 2.35 billion from 2.1 billion").
export function unitsFromSubject(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
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
      // "Revenue passenger miles rose": the longest unit the subject ends with.
      f.unit = unitOfWordsAt(tokens, k, rules, false)?.unit ?? unit;
      f.ruleId = 'figure-subject-unit';
      return;
    }
  });
}

// "the number of active rotary rigs fell by 38 to a total of 801", "the number of unemployed rose to
// 702,600 from 699,600": bare numbers after the change verb of a subject "number of <noun>" count that
// noun (rule figure-counted-subject). Only "by", "to", "from", "a total of" or a hedge may stand
// between the verb and each number ("fell in all 12 member states" counts states, not the subject).
export function unitsFromCountedSubject(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  let noun: string | null = null;
  let reach = -1; // the token up to which the subject's clause may still hold its numbers
  figures.forEach((f, n) => {
    const m = meta[n];
    if (f.unit || f.range || !/^figure-(digits|number-word)$/.test(f.ruleId) || !/^[\d,.]+$|^[a-z]+$/.test(f.text)) return;
    let k = m.first - 1;
    if (!(noun && k === reach && sameSentence(tokens, k, m.first))) {
      noun = null;
      // "The number of children in care rose by 2% to 83,840": past a change in per cent too.
      const inPercentChange = (j: number) => figures.some((g, o) => g.unit === 'percent' && !!g.change && meta[o].first <= j && j < meta[o].last);
      while (k >= 0 && k >= m.first - 6 && (rules.countedSubjectWords.get(tokens[k].lower) === 'joiner' || phraseEndingAt(tokens, k, rules.hedges) > 0 || inPercentChange(k)) && sameRun(tokens, k, k + 1)) k--;
      if (k < 0 || !rules.changeWords.has(tokens[k].lower) || !sameRun(tokens, k, k + 1)) return;
      noun = countedSubjectBefore(tokens, k, rules);
      if (!noun) return;
    }
    f.unit = noun;
    f.ruleId = f.ruleId === 'figure-digits' ? 'figure-counted-subject' : f.ruleId;
    // "fell by 38 to a total of 801": the next number may follow through the joiners.
    reach = m.last;
    while (reach < tokens.length && rules.countedSubjectWords.get(tokens[reach].lower) === 'joiner' && sameRun(tokens, reach - 1, reach)) reach++;
    reach--;
  });
}

/** The noun of "the number of active rotary rigs" before the change verb at `verb` (auxiliaries between), singular. */
function countedSubjectBefore(tokens: Token[], verb: number, rules: CompiledRules): string | null {
  let end = verb - 1;
  while (end >= 0 && rules.countedSubjectWords.get(tokens[end].lower) === 'auxiliary' && sameRun(tokens, end, end + 1)) end--;
  // "In Canada, the rig count was up 14 to 164": a subject written after the noun it counts.
  const before = tokens[end - 1];
  if (end > 0 && rules.countedSubjectWords.get(tokens[end].lower) === 'subject after' && sameRun(tokens, end - 1, end) && /^[a-z]+$/.test(before.word) && before.tags.has('Noun') && !before.tags.has('Pronoun')) return nounToSingular(before.lower);
  // "Truck sales were off 6.1 pct to 347,441": goods sold one by one (figure-counted-goods).
  if (end > 0 && rules.countedSubjectWords.get(tokens[end].lower) === 'goods after' && sameRun(tokens, end - 1, end) && rules.countedGoods.has(before.lower)) return before.lower === 'housing' ? 'home' : nounToSingular(before.lower);
  let of = end - 1;
  while (of >= 1 && of >= end - 5 && !(tokens[of].lower === 'of' && rules.countedSubjectWords.get(tokens[of - 1].lower) === 'subject')) of--;
  if (of < 1 || of < end - 5 || !sameRun(tokens, of - 1, end)) return null;
  // "the number of workers on short time", "the number of people killed": the head noun stops at a
  // preposition or a participle after it.
  let head = -1;
  const hyphenated = (k: number) => tokens[k].post === '-' || tokens[k - 1].post === '-';
  for (let k = of + 1; k <= end && !tokens[k].tags.has('Preposition') && !(k > of + 1 && tokens[k].tags.has('Verb') && !hyphenated(k)); k++) {
    if (tokens[k].tags.has('Noun') && /^[a-z][a-z-]*$/.test(tokens[k].word)) head = k;
  }
  // An adjective standing for people right after "of" ("the number of unemployed rose").
  if (head < 0 && of + 1 === end && /^[a-z]+$/.test(tokens[end].word)) head = end;
  return head < 0 ? null : nounToSingular(tokens[head].lower);
}

/** "23p", "50 cts", "99 ¢": money written in minor units (its value is the number written over 100). */
function writtenInMinorUnits(f: Figure): boolean {
  const written = /\d[\d,]*(?:\.\d+)?/.exec(f.text);
  // "Lloyds was one penny higher at 488": a number in words, read as minor units.
  if (!written) return f.ruleId === 'figure-currency-minor';
  return shiftDecimal(Number(written[0].replace(/,/g, '')), -2) === f.value;
}

/**
 * "536.0 mln cubic feet a day from 591.0 mcf a day": right after the number an abbreviation that the
 * unit and currency tables lack is the number's own unit, not read, so none is lent to it.
 */
function hasUnreadUnit(tokens: Token[], m: FigureTokens, rules: CompiledRules): boolean {
  const after = sameRun(tokens, m.last - 1, m.last) ? tokens[m.last] : undefined;
  return !!after && VOWELLESS_ABBREVIATION.test(after.lower) && !rules.unitAliases.has(after.lower) && !rules.currencies.has(after.lower);
}

/**
 * A word or phrase of figure-comparison-count from token k, perhaps a hedge or a name's possessive
 * after it ("1,163 delegates to Sanders' 844", "568 billionaires to America's 535"), then token `next`.
 */
function countComparisonEndsAt(tokens: Token[], k: number, next: number, rules: CompiledRules): boolean {
  const len = phraseAt(tokens, k, rules.countComparisons);
  if (!len) return false;
  let at = k + len;
  if (at < next) at += phraseAt(tokens, at, rules.hedges);
  if (at < next) at = afterOwner(tokens, at) ?? at;
  return at === next && (at === k + len || sameRun(tokens, k + len - 1, k + len));
}

/** A figure that counts a noun ("312 votes", "six crew"): not money, a per cent, a measure or an age. */
function isCount(f: Figure): boolean {
  return !!f.unit && !f.range && /^figure-(digits|number-word)$/.test(f.ruleId);
}

// "GM LAYING OFF 5,500 AT TWO PLANTS" over "layoffs of 5,500 hourly workers"; "SPENT 3.5 MLN ON BID"
// over "spent about 3.5 mln dlrs": a headline drops the unit the story gives the same number
// (rule figure-headline-unit).
export function unitsFromBody(parsed: ParsedText, figures: Figure[], meta: FigureTokens[]): void {
  const tokens = parsed.tokens;
  figures.forEach((f, n) => {
    if (f.unit || f.range || f.ruleId !== 'figure-digits' || tokens[meta[n].first].furniture !== 'headline') return;
    const echo = figures.find((g, k) => g.unit && g.value === f.value && !g.range && !tokens[meta[k].first].furniture);
    if (!echo) return;
    f.unit = echo.unit;
    f.ruleId = 'figure-headline-unit';
  });
}

/** A thing the number counts, "of" or a relative word follows the figure ending before token `last` ("3 of them", "4 who asked"). */
function thingFollows(tokens: Token[], last: number, rules: CompiledRules): boolean {
  return sameRun(tokens, last - 1, last) && (namesThing(tokens[last], rules) || RELATIVE_OR_OF.test(tokens[last].lower));
}

const RELATIVE_OR_OF = /^(of|who|whom|that|which)$/;

// "said its bonuses totaled 167 mln dlrs, slightly behind the rival's 169.1 mln", "earnings dropped to
// 2.94 billion dlrs from 1985's 3.99 billion": a bare amount with a scale word that no nearer pass gave
// a unit is in the unit of an amount before it in its sentence, news naming the unit once (rule
// figure-elliptic-sentence-amount; which amount: sentenceAmountBefore). A bare amount written in full
// with its thousands grouped takes one too ("gains of 1,213,471 vs 937,801 in nine mths, and 604,172
// vs 474,556 in qtr"). Never a per cent or a span of time (figure-elliptic-unit-not-lent); not where
// a noun, an adjective before a noun, "of" or a relative word follows the amount, nor in a table or a
// headline, whose passes are tables.ts's and unitsFromBody's.
export function unitsFromSentenceAmount(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  figures.forEach((b, n) => {
    const mb = meta[n];
    const grouped = mb.scale <= 1 && /^\d{1,3}(?:,\d{3})+$/.test(b.text);
    if (b.unit || b.range || b.ruleId !== 'figure-digits' || !(mb.scale > 1 || grouped) || tokens[mb.first].furniture) return;
    if (!standsAlone(tokens, mb, rules)) return;
    const lender = sentenceAmountBefore(tokens, figures, meta, n, rules, grouped);
    if (lender) [b.unit, b.ruleId] = [lender.unit, lender.ruleId];
  });
}

/**
 * The bare amount at `m` stands for an amount of something named before, not for a noun after it: no
 * noun, "of" or relative word follows it (the tagger may call "vs" a noun: "604,172 vs 474,556"), nor
 * an adjective before "and", "or" or a noun, which describes a noun left out ("for 7.6 mln common and
 * 2.3 mln non-voting shares"; "15.1 mln outstanding.", "24.15 billion under the" stand alone).
 */
function standsAlone(tokens: Token[], m: FigureTokens, rules: CompiledRules): boolean {
  if (thingFollows(tokens, m.last, rules) && !(tokens[m.last] && isComparisonAt(tokens, m.last, rules))) return false;
  const adjective = tokens[m.last];
  const afterAdjective = tokens[m.last + 1];
  return !(adjective?.tags.has('Adjective') && sameRun(tokens, m.last - 1, m.last) && afterAdjective && sameRun(tokens, m.last, m.last + 1) && (/^(and|or)$/.test(afterAdjective.lower) || afterAdjective.tags.has('Noun')));
}

// "The group earlier reported a 19 pct rise in profits to 1.39 billion", "Financial services saw
// profits double to 282 mln", "the current account surplus widened to a provisional 6.6 billion": a
// bare amount of a million or more that no pass gave a unit, standing alone in a sentence with a word
// of money (rule figure-story-money), is in the story's money when every amount with a scale word
// and a currency in the story is in that one currency. Not in a table or a headline, nor after a
// label of shares ("Avg shrs 35.9 mln").
export function unitsFromStoryMoney(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  let money: string | null | undefined;
  figures.forEach((f, n) => {
    const m = meta[n];
    if (f.unit || f.range || f.ruleId !== 'figure-digits' || m.scale < 1e6 || tokens[m.first].furniture) return;
    if (!standsAlone(tokens, m, rules) || afterShareLabel(tokens, m.first, rules)) return;
    // "a deficit of 1.6 billion ( $ 2.54 billion )": money converted in brackets is in another currency.
    const converted = figures[n + 1];
    if (converted?.unit && tokens[m.last - 1].post.includes('(') && meta[n + 1].first === m.last) return;
    const sentence = parsed.sentences[tokens[m.first].sentence];
    let moneyWord = false;
    for (let k = sentence.first; k < sentence.last && !moneyWord; k++) moneyWord = rules.storyMoneyWords.has(tokens[k].lower);
    if (!moneyWord) return;
    money ??= storyCurrency(figures, meta);
    if (money) [f.unit, f.ruleId] = [money, 'figure-story-money'];
  });
}

/**
 * The story's currency among the amounts with a scale word of a million or more and a currency: the
 * one currency of them all, or one that dominates (at least three amounts, three times as many as
 * any other: a London company's results in sterling that name its U.S. unit's sales in dollars once);
 * else null.
 */
function storyCurrency(figures: Figure[], meta: FigureTokens[]): string | null {
  const codes = new Map<string, number>();
  figures.forEach((g, j) => {
    if (g.unit && /^[A-Z]{3}$/.test(g.unit) && Math.max(meta[j].scale, meta[j].wordScale ?? 1) >= 1e6) codes.set(g.unit, (codes.get(g.unit) ?? 0) + 1);
  });
  const [first, second] = [...codes].sort((a, b) => b[1] - a[1]);
  if (!first) return null;
  return !second || (first[1] >= 3 && first[1] >= 3 * second[1]) ? first[0] : null;
}

/**
 * The amount before figure n in its sentence that lends it its unit (unitsFromSentenceAmount), else
 * null: one with the same scale ("lent 2 billion dlrs to a country of 40 mln people and pledged 1.5
 * billion more"), else the nearest with a scale, else the nearest in money ("net income of 4,572,000
 * dlrs … on revenues of 35.0 mln"). `anyKind` (a number in
 * full): the nearest of a thousand or more, whatever its unit ("110,000 yen per 15 tonne lot from
 * 90,000": the yen, not the tonnes of the lot). Not back past a semicolon, which ends a clause of its own.
 */
function sentenceAmountBefore(tokens: Token[], figures: Figure[], meta: FigureTokens[], n: number, rules: CompiledRules, anyKind: boolean): Figure | null {
  let [sameScale, scaledOne, money]: (Figure | null)[] = [null, null, null];
  for (const j of earlierInClause(tokens, meta, n)) {
    const a = figures[j];
    if (!a.unit || rules.ellipticNotLent.has(a.unit)) continue;
    const scale = meta[j].scale > 1 ? meta[j].scale : (meta[j].wordScale ?? 1);
    // (A verb between them was tried as a bar, for "paid 240 mln stg for the plant and hired 1,700":
    // in the NDJSON of the Reuters stories it cost far more right units than it saved, since lists
    // and comparisons hold verbs too: "32,000 tonnes, including 24,000 for Egypt", "taking 167,700
    // tonnes while Poland was credited with 54,500".)
    if (anyKind) {
      if (scale > 1 || a.value >= 1000) return a;
      continue;
    }
    if (scale === meta[n].scale) sameScale ??= a;
    else if (scale > 1) scaledOne ??= a;
    else if (a.ruleId.startsWith('figure-currency')) money ??= a;
  }
  return sameScale ?? scaledOne ?? money;
}

// "Its shares were trading off 1-3/4 at 37-1/4", "the stock rose 1-3/8 to 32-1/4": American exchanges
// quoted share prices in fractions of a dollar, and the story names the money of neither the change
// nor the price (rule figure-share-price). A bare fraction or mixed number in halves to sixty-fourths,
// right after a change word or "to"/"at", in a sentence that names shares or stock before it, is in
// the story's dollars. Decimal prices are left alone: a bare decimal after shares may be a per cent.
// A market report names the company, not its stock ("Pay N' Pak fell 1-1/2 to 19", "Housecall was
// off 7-3/8 to 7-1/8 in morning trading"): there a change in halves to sixteenths with its level
// after "to" or "at" is a share price when the story names shares or stock anywhere. The level, in
// whole dollars or fractions, is in the same dollars ("Temple Inland jumped 2-7/8 to 73").
export function unitsFromSharePrice(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules, currencyOf: CurrencyOf): void {
  const tokens = parsed.tokens;
  let storyNamesShares: boolean | undefined;
  figures.forEach((f, n) => {
    const m = meta[n];
    if (f.unit || f.range || f.ruleId !== 'figure-digits' || !PRICE_IN_FRACTIONS.test(f.text)) return;
    const before = tokens[m.first - 1];
    if (!before || !sameRun(tokens, m.first - 1, m.first)) return;
    const changed = rules.changeWords.has(before.lower) || rules.sharePriceWords.get(before.lower) === 'joiner';
    if (!changed && !rules.ellipticPriceJoiners.has(before.lower)) return;
    const sentence = parsed.sentences[tokens[m.first].sentence];
    let subject = -1;
    for (let k = sentence.first; k < m.first && subject < 0; k++) if (rules.sharePriceWords.get(tokens[k].lower) === 'subject') subject = k;
    const level = levelAfterChange(tokens, figures, meta, n, rules);
    if (subject < 0) {
      if (!changed || !level || !MARKET_MOVE_FRACTIONS.test(f.text)) return;
      storyNamesShares ??= tokens.some((t) => rules.sharePriceWords.get(t.lower) === 'subject');
      if (!storyNamesShares) return;
    }
    // "The 11-3/4 pct Treasury stock due 2003/07 rose 1/4 to 107-5/8": a bond, quoted per hundred of its face value.
    // With no subject, a per cent before the level marks the bond ("The 6-3/8 pct two-year notes fell 1/4 to 99-1/2").
    const couponBefore = subject >= 0 ? subject : meta[n + 1].last;
    if (figures.some((g, j) => g.unit === 'percent' && meta[j].last <= couponBefore && tokens[meta[j].first].sentence === tokens[m.first].sentence)) return;
    f.unit = currencyOf('dollar', null, m.first);
    f.ruleId = 'figure-share-price';
    if (level) [level.unit, level.ruleId] = [f.unit, f.ruleId];
  });
}

// "she has accepted millions from the financial industry", "he's going to give away billions": a
// vague plural of a scale word of a thousand or more, standing alone right after a verb of
// figure-vague-money-verb, is money: the story's one currency of scaled amounts, else its dollars.
export function unitsOfVagueMoney(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules, currencyOf: CurrencyOf): void {
  const tokens = parsed.tokens;
  const storyMoney = storyMoneyOr(figures, meta, currencyOf);
  figures.forEach((f, n) => {
    const m = meta[n];
    if (f.unit || f.ruleId !== 'figure-vague-plural' || f.value < 1000 || m.last !== m.first + 1) return;
    const before = m.first - 1;
    if (before < 0 || !sameRun(tokens, before, m.first) || !phraseEndingAt(tokens, before, rules.vagueMoneyVerbs)) return;
    // Alone: not "thousands of emails", "millions more employees", "billions who".
    const next = tokens[m.last];
    if (next && sameRun(tokens, m.last - 1, m.last) && (thingFollows(tokens, m.last, rules) || /^(more|fewer|less)$/.test(next.lower) || next.tags.has('Adjective'))) return;
    f.unit = storyMoney(m.first);
    f.ruleId = 'figure-vague-money-verb';
  });
}

// "net income of 111.2 mln dlrs, or 2.57 per share", "rose another 50 cents Monday to 8.375 a share":
// a bare amount in digits with no scale word right before a phrase of figure-per-share is money per
// share, in the money of the nearest amount before it in the sentence, else in the story's one
// currency, else in the story's dollars.
export function unitsOfPerShare(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules, currencyOf: CurrencyOf): void {
  const tokens = parsed.tokens;
  const storyMoney = storyMoneyOr(figures, meta, currencyOf);
  figures.forEach((f, n) => {
    const m = meta[n];
    if (f.unit || f.ruleId !== 'figure-digits' || m.scale > 1 || !/^\d[\d,]*(?:\.\d+)?$|^(?:\d+-)?\d+\/\d+$/.test(f.text)) return;
    if (!sameRun(tokens, m.last - 1, m.last) || !phraseAt(tokens, m.last, rules.perShare)) return;
    const lender = moneyBeforeInClause(tokens, figures, meta, n);
    f.unit = lender?.unit ?? storyMoney(m.first);
    f.ruleId = 'figure-per-share';
    // "45 cts a share, while the dividend was held at 12 per share": a whole number in the lender's cents.
    if (lender && writtenInMinorUnits(lender) && /^\d[\d,]*$/.test(f.text)) f.value = shiftDecimal(f.value, -2);
  });
}

/** The nearest amount of money before figure n in its sentence, not back past a semicolon, else null. */
function moneyBeforeInClause(tokens: Token[], figures: Figure[], meta: FigureTokens[], n: number): Figure | null {
  for (const j of earlierInClause(tokens, meta, n)) if (figures[j].ruleId.startsWith('figure-currency') && figures[j].unit) return figures[j];
  return null;
}

/**
 * The figures before figure n in its sentence, nearest first, up to a semicolon: "; " ends a clause
 * of its own ("paid 240 mln stg; hired 1,700").
 */
function* earlierInClause(tokens: Token[], meta: FigureTokens[], n: number): Generator<number> {
  // Tokens [meta[j].last - 1, scannedFrom) are the ones the semicolon test has not read yet.
  let scannedFrom = meta[n].first;
  for (let j = n - 1; j >= 0 && sameSentence(tokens, meta[j].last - 1, meta[n].first); j--) {
    if (tokens.slice(meta[j].last - 1, scannedFrom).some((t) => t.post.includes(';'))) return;
    scannedFrom = Math.min(scannedFrom, meta[j].last - 1);
    yield j;
  }
}

/** The story's money for a figure at a token: its one currency of scaled amounts (storyCurrency), found once, else its dollars. */
function storyMoneyOr(figures: Figure[], meta: FigureTokens[], currencyOf: CurrencyOf): (at: number) => string {
  let story: string | null | undefined;
  return (at) => {
    story ??= storyCurrency(figures, meta);
    return story ?? currencyOf('dollar', null, at);
  };
}

// "The Bank of Korea today quoted the won unchanged at 812.05 against the dollar", "the franc was
// quoted at 3.4210 per mark", "the yen would be kept at around 154 to the dollar": a bare rate
// before a word of figure-exchange-rate and a base currency is a price of the base in the currency
// the sentence named before it, and in that currency (as "264.53 dinars per dollar" writes it).
export function unitsOfExchangeRate(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules, countryAt: (CountryMatch | null)[], currencyOf: CurrencyOf): void {
  const tokens = parsed.tokens;
  figures.forEach((f, n) => {
    const m = meta[n];
    if (f.unit || f.range || f.ruleId !== 'figure-digits' || m.scale > 1 || !sameRun(tokens, m.last - 1, m.last)) return;
    const base = baseCurrencyAt(tokens, m.last, rules, countryAt, currencyOf);
    if (!base) return;
    // The currency quoted: the nearest money word before the rate in its sentence, outside other
    // figures and no base itself ("Sterling closed at 1.5340 against the dollar and 2.8290 against the mark").
    const sentence = parsed.sentences[tokens[m.first].sentence];
    for (let k = m.first - 1; k >= sentence.first; k--) {
      if (meta.some((o) => o.first <= k && k < o.last)) continue;
      const family = rules.currencies.get(tokens[k].lower);
      if (!family || isBaseCurrency(tokens, k, rules)) continue;
      const quoted = currencyOf(family, currencyAdjectiveBefore(tokens, k, rules, countryAt), k);
      if (quoted !== base) [f.unit, f.ruleId] = [rateCurrency(quoted, base, rules), 'figure-exchange-rate'];
      return;
    }
  });
}

/** After a word of figure-exchange-rate at token k ("to the", "against the", "per"), perhaps a country's name or "U.S.", a currency word: its code. */
function baseCurrencyAt(tokens: Token[], k: number, rules: CompiledRules, countryAt: (CountryMatch | null)[], currencyOf: CurrencyOf): string | null {
  const len = phraseAt(tokens, k, rules.exchangeRateJoiners);
  if (!len) return null;
  let at = k + len;
  const adjective = countryBeforeMoneyAt(tokens, at, rules, countryAt);
  if (adjective) at = adjective.last;
  const family = tokens[at] && sameRun(tokens, at - 1, at) ? rules.currencies.get(tokens[at].lower) : undefined;
  // "Copper rose to 1.05 per pound": after "per" a weight (figure-exchange-rate-not-per).
  if (!family || (tokens[k].lower === 'per' && rules.exchangeRateNotPer.has(tokens[at].lower))) return null;
  return currencyOf(family, adjective?.entry.code ?? null, at);
}

/**
 * The currency a rate of `quoted` against `base` is written in. The dollar, and the currencies of
 * figure-exchange-rate-in-dollars, are priced in the base ("the dollar at 1.80 against the mark",
 * "sterling at 1.5340 against the dollar", "sterling at 2.8290 against the mark"); any other
 * currency is the price of the base in it ("the won at 812.05 against the dollar", "the franc at
 * 3.4210 per mark").
 */
function rateCurrency(quoted: string, base: string, rules: CompiledRules): string {
  return quoted === 'USD' || rules.ratesInDollars.has(quoted) ? base : quoted;
}

/** The currency word at token k follows a word of figure-exchange-rate, perhaps past "U.S." or a country's name. */
function isBaseCurrency(tokens: Token[], k: number, rules: CompiledRules): boolean {
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
    if (phraseEndingAt(tokens, j, rules.exchangeRateJoiners) && sameRun(tokens, j, j + 1)) return true;
    if (!isCapitalised(tokens[j]) || !sameRun(tokens, j, j + 1)) return false;
  }
  return false;
}

/** The country code of a name or a lower-case adjective right before the currency word at token k ("Taiwan dollar"), else null. */
function currencyAdjectiveBefore(tokens: Token[], k: number, rules: CompiledRules, countryAt: (CountryMatch | null)[]): string | null {
  const named = countryAt[k - 1];
  if (named && named.last === k && sameRun(tokens, k - 1, k)) return named.entry.code;
  const j = k - 1;
  return j >= 0 && sameRun(tokens, j, k) ? (lowerCaseAdjective(tokens, j, rules)?.entry.code ?? null) : null;
}

/** The bare level a change in a price reaches: "rose 1-3/8 to 32", "was up 5/8 at 12-3/8". */
function levelAfterChange(tokens: Token[], figures: Figure[], meta: FigureTokens[], n: number, rules: CompiledRules): Figure | null {
  const [level, ml, m] = [figures[n + 1], meta[n + 1], meta[n]];
  if (!level || ml.first !== m.last + 1 || !rules.ellipticPriceJoiners.has(tokens[m.last]?.lower ?? '') || !sameSentence(tokens, m.last - 1, ml.first)) return null;
  if (level.unit || level.range || level.ruleId !== 'figure-digits' || ml.scale > 1 || !/^\d+(?:-\d+\/\d+)?$|^\d+\/\d+$/.test(level.text)) return null;
  return level;
}

/** "37-1/4", "1-3/4", "5/8": a price in halves to sixty-fourths, as exchanges quoted them. */
const PRICE_IN_FRACTIONS = /^(?:\d+-)?\d+\/(?:2|4|8|16|32|64)$/;
/** A share's move in halves to sixteenths; thirty-seconds are a bond's ("the long bond down 1-3/32 to 95-1/32"). */
const MARKET_MOVE_FRACTIONS = /^(?:\d+-)?\d+\/(?:2|4|8|16)$/;
