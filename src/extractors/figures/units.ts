// Units of measure after a number: a phrase of the unit table or a rate of two units ("42 km",
// "2,000 sq ft", "10 meters / second"), a letter or an abbreviation written apart where the measure
// visibly ends ("5 m long", "3 in. wide"), a temperature scale's letter in a sentence about temperature,
// and what a degree or a point is (an angle, a university degree, poll points). Each answers at one
// token; none reads a number (numbers.ts) or a money word (money.ts), or counts a noun (counted.ts).
import type { ParsedText, Token } from '../../parse.js';
import type { CompiledRules, PhraseSet } from '../../rules.js';
import { clauseNamesMoney, hasTemperatureCue, isHyphenPost, phraseAt, sameRun, sameSentence, VOWELLESS_ABBREVIATION } from './tokens.js';

/** A unit alias written after the number ("km", "barrels per day"); single letters only attached. */
export function unitPhraseAt(tokens: Token[], k: number, rules: CompiledRules): { phrase: string; length: number } | null {
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
export function compoundUnitAt(tokens: Token[], k: number, rules: CompiledRules): { phrase: string; length: number; unit: string } | null {
  if (!sameRun(tokens, k - 1, k) || /\s-|-\s/.test(tokens[k - 1].post)) return null;
  const rate = (a: string | undefined, b: string | undefined, joiner: string) => {
    if (!a || !b) return null;
    // A rate the table names keeps its one name ("barrel per day" is "barrels per day").
    const name = rules.unitAliases.get(`${a} per ${b}`) ?? `${a} per ${b}`;
    if (rules.unitNames.has(name)) return name;
    // "500,000 tonnes a year", "700 tons a day": an amount produced, moved or used in a span of time
    // (unit-rate-output); "5 miles a day" stays miles, as news writes distances walked.
    if (rules.rateJoiners.get(joiner) === 'listed' && rules.outputUnits.has(a) && rules.durations.has(b)) return name;
    return rules.rateJoiners.get(joiner) === 'any' && a !== b && !/ per /.test(a + b) && !rules.durations.has(a) ? name : null;
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
  // "0.15 ounce of gold per ton", "5 grams of gold a tonne": the matter measured between the unit and
  // the rate's joiner (an ore's grade).
  // "700 tons of ore a day" too, where "a" makes the rate (unit-rate-output).
  const joinsRate = (w: string) => rules.rateJoiners.has(w) || rules.rateAdverbs.has(w);
  if (tokens[next]?.lower === 'of' && /^[a-z]+$/.test(tokens[next + 1]?.word ?? '') && tokens[next + 1].tags.has('Noun') && joinsRate(tokens[next + 2]?.lower ?? '') && sameRun(tokens, next - 1, next) && sameRun(tokens, next, next + 1) && sameRun(tokens, next + 1, next + 2)) next += 2;
  // "tested in excess of 1,100 barrels daily" (unit-rate-adverb): an adverb of the span makes the
  // rate as "a day" does.
  const adverbSpan = sameRun(tokens, next - 1, next) ? rules.rateAdverbs.get(tokens[next]?.lower ?? '') : undefined;
  if (adverbSpan) {
    const unit = rate(rules.unitAliases.get(head), adverbSpan, 'a');
    return unit ? { phrase: tokens.slice(k, next + 1).map((t) => t.lower).join(' '), length: next + 1 - k, unit } : null;
  }
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
  // "sold 5 tonnes a week ago": a time before "ago", "earlier"… says when, not how often (unit-rate-output-not-before).
  if (rules.rateJoiners.get(joiner) === 'listed' && sameRun(tokens, next + second - 1, next + second) && rules.rateNotBefore.has(tokens[next + second]?.lower ?? '')) return null;
  const unit = rate(rules.unitAliases.get(head), rules.unitAliases.get(tokens.slice(next, next + second).map((t) => t.lower).join(' ')), joiner);
  return unit ? { phrase: tokens.slice(k, next + second).map((t) => t.lower).join(' '), length: next + second - k, unit } : null;
}

/**
 * The unit of several words (two or three) of the unit table that ends at token `at` or, with
 * `opens`, opens there ("revenue passenger miles", "ton miles"), the longest first; null where none does.
 */
export function unitOfWordsAt(tokens: Token[], at: number, rules: CompiledRules, opens: boolean): { unit: string; first: number; last: number } | null {
  for (let length = 3; length > 1; length--) {
    const [first, last] = opens ? [at, at + length] : [at - length + 1, at + 1];
    if (first < 0 || last > tokens.length || !sameRun(tokens, first, last - 1)) continue;
    const unit = rules.unitAliases.get(tokens.slice(first, last).map((t) => t.lower).join(' '));
    if (unit) return { unit, first, last };
  }
  return null;
}

/** "foot", "meter": the alias is the unit's own name, in either spelling (the singular a compound adjective takes). */
export function singularName(phrase: string, rules: CompiledRules): boolean {
  const unit = rules.unitAliases.get(phrase);
  return unit === phrase || unit === phrase.replace(/meter/g, 'metre').replace(/liter/g, 'litre');
}

// "40 deg. C", "30 sq. ft.", "12 fl. oz.": a unit phrase whose abbreviated words keep their points
// (the tagger may end a sentence at one); the longest phrase of the unit table.
export function unitPhraseLength(tokens: Token[], k: number, set: PhraseSet): number {
  let best = 0;
  for (const parts of set.byFirst.get(tokens[k]?.lower ?? '') ?? []) {
    if (parts.length > best && parts.every((p, n) => n === 0 || (tokens[k + n]?.lower === p && joinedOverPoint(tokens, k + n - 1, k + n)))) best = parts.length;
  }
  return best || phraseAt(tokens, k, set);
}

/** Tokens a and b are one run, or a is an abbreviation with its point ("ft. 10 in."). */
export function joinedOverPoint(tokens: Token[], a: number, b: number): boolean {
  if (sameRun(tokens, a, b)) return true;
  const t = tokens[a];
  // "20 deg . c", "10 sq . ft", "45 deg. F" (tokenised text spaces the point). Not before a capitalised
  // article or pronoun, which opens a sentence ("reached 1,000 feet. A second shaft": no speed).
  const opensSentence = !!tokens[b] && /^\p{Lu}/u.test(tokens[b].word) && (tokens[b].tags.has('Determiner') || tokens[b].tags.has('Pronoun'));
  return !!t && !!tokens[b] && /^ ?\. ?$/.test(t.post) && /^[a-z]{2,4}$/.test(t.word) && !opensSentence && t.paragraph === tokens[b].paragraph;
}

// A lower-case metric symbol apart from the digits (unit-alias "m", "g", "t", "l") is a unit only where
// the measure visibly ends or goes on: "1 m x 1 m", "5 m long", "2 l of water", "100 t." ("5 m people"
// is not one: a letter is never a counted noun either, see findUnit).
export function letterUnitAt(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
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
export function wordUnitAt(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
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
export function temperatureLetterAt(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
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
export function isTemperatureScale(unit: string): boolean {
  return (unit.startsWith('degree ') && unit !== 'degree (angle)') || unit === 'kelvin';
}

/** The sentence of token k speaks of angles (rule unit-angle-cue) and of no temperature but "degree". */
export function isAngle(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
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
export function isAcademicDegree(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
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

export function isPollPoint(parsed: ParsedText, k: number, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  const s = parsed.sentences[tokens[k].sentence];
  let poll = false;
  for (let n = s.first; n < s.last; n++) {
    if (phraseAt(tokens, n, rules.marketPointCues)) return false;
    poll ||= /\d%$/.test(tokens[n].word) || phraseAt(tokens, n, rules.pollPointCues) > 0;
  }
  return poll;
}

/** Length of a word of unit-size-adjective of one of `kinds` at token k ("long", "in diameter"), else 0. */
export function sizeWordAt(tokens: Token[], k: number, rules: CompiledRules, kinds: string[]): number {
  const length = phraseAt(tokens, k, rules.sizeAdjectives);
  const kind = length ? rules.sizeAdjectives.kind.get(tokens.slice(k, k + length).map((t) => t.lower).join(' ')) : undefined;
  return kind && kinds.includes(kind) ? length : 0;
}
