// Numbers that are no figures: idioms and names in words ("World War Two", "one of its reasons", "One
// analyst said": isNotACount, asked of the number as read), and, once its unit is known, numbers in names
// and codes ("Boeing 747", "iPhone 11", "No. 2"), phone numbers, dates and years, list markers and a
// player's record (isNotAFigure). Does not drop a number in words that found no unit: the entry does, after
// the passes that may lend it one.
import { endsPossessive, isCapitalised, isSentenceStart, type ParsedText, type Token } from '../../parse.js';
import type { CompiledRules } from '../../rules.js';
import { isApposedAge } from './counted.js';
import { inCapitals, placeCountry } from './money.js';
import type { NumberPhrase } from './numbers.js';
import { hasTemperatureCue, inTitleCase, isHyphenPost, isPluralNoun, isYearLike, lexiconTag, namesThing, NOT_A_NAME_IN_TITLES, phraseAt, sameRun, sameSentence, sentenceHasWord } from './tokens.js';

/**
 * The number read at `num`, with the unit found for it, is no figure: a size in one token with no
 * measure, a year, a list marker, a name or a code, a phone number, a time of day or a date.
 */
export function isNotAFigure(parsed: ParsedText, num: NumberPhrase, unit: string | null, unitRule: string, last: number, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  // "a 4x4 vehicle", "a 2x4 board": a size in one token counts only with a unit of measurement.
  if (num.side && !/^unit-(alias|attached)$/.test(unitRule) && unitRule !== 'figure-vote-tally') return true;
  // "reliever Kyle Abbott ( 0-1 ) took the loss": two whole numbers joined by a hyphen, alone in
  // brackets after a name, are a player's record, not a range.
  if (!unit && num.low && Number.isInteger(num.low.value) && Number.isInteger(num.value) && isRecordAfterName(parsed, num)) return true;
  // "Olympic champion Lindsay Davenport ( 8 ) and Karina Habsudova of Slovakia ( 17 )": in a story
  // of seeds (figure-seed-bracket), a whole number alone in brackets after a name is a player's seed.
  if (!unit && !num.low && Number.isInteger(num.value) && num.value <= 128 && isRecordAfterName(parsed, num) && tokens.some((t) => rules.seedWords.has(t.lower))) return true;
  // "Bard had 1988 sales of $14 million", "X - 1986 Rates": a year before a counted noun.
  if (num.digits && unitRule === 'figure-digits' && num.scale === 1 && /^\d{4}$/.test(tokens[num.first].word) && isYearLike({ text: tokens[num.first].word, value: num.value })) return true;
  // "1986 year profits include a gain": a year before the word "year" names the year ("1,500
  // years" and "a 2000 year-old temple" count years).
  if (num.digits && num.scale === 1 && unit === 'year' && last === num.last + 1 && tokens[num.last].lower === 'year' && /^\s*$/.test(tokens[num.last].post) && tokens[last]?.lower !== 'old' && isYearLike({ text: tokens[num.first].word, value: num.value })) return true;
  // "1.  Anti-Trump groups did not…": a numbered list, not a figure.
  if (!unit && parsed.paragraphs[tokens[num.first].paragraph]?.start === tokens[num.first].start && /^[.)]/.test(tokens[num.last - 1].post)) return true;
  if ((!unit || unitRule === 'figure-digits' || unitRule === 'unit-attached') && isInName(parsed, num, rules)) return true;
  if (!unit && isPhoneNumber(parsed, num, rules)) return true;
  // "in 000's bushels": a table's mark of thousands (figure-table-scale-note), no count of nought.
  // (The tagger keeps the possessive apart: "000" with its "'s".)
  const thousandsMark = tokens[num.first].lower + (tokens[num.first].possessive ? "'s" : '');
  if (num.digits && num.value === 0 && rules.tableScaleThousands.has(thousandsMark)) return true;
  // "- IP / 96 / 804 : Commission approves acquisition": three or more parts joined by slashes are a
  // reference, as "IP/96/804" written close is one word (a fraction has two parts).
  if (!unit && num.digits && num.last === num.first + 1 && inSlashChain(tokens, num.first)) return true;
  // "between 0700 and 0730 hours GMT", "at 1100 local hours", "by 1200 hrs EST": the 24-hour clock, not
  // a count of hours ("logged 1500 hours of flying time"): opening with 0, or after a word of a time
  // of day or before "local" or "hrs".
  if (unit === 'hour' && num.digits && isClockHours(tokens, num, rules)) return true;
  // "After 1530 EST market-on-close orders can be entered": four digits of the 24-hour clock before a
  // time zone (figure-time-zone) are a time of day, whatever follows.
  const zone = tokens[num.first + 1];
  // ("(1400 GMT)": the bracket is read with the number.)
  if (num.digits && num.last === num.first + 1 && /^\(?(?:[01]\d|2[0-4])[0-5]\d$/.test(tokens[num.first].word) && zone && rules.timeZones.has(zone.word) && sameRun(tokens, num.first, num.first + 1)) return true;
  // "after 10 o'clock", "between 10-11 a.m.", "their 6 a.m.-to-4:30 p.m. shift" (figure-clock-word).
  if (isClockTimeAt(tokens, num, rules)) return true;
  if (!unit && isDateOrYear(parsed, num, rules)) return true;
  // "March 3 talks": a number after a month is a day, whatever follows it.
  if (num.digits && !num.currency && !num.percent && isAfterDateWord(tokens, num, rules)) return true;
  return false;
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

// "World War Two", "one of its reasons", "no one": numbers that are names or idioms.
export function isNotACount(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules): boolean {
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
    // "pretax profits passed the one billion stg level": an idiom ending at the number's first word,
    // which a scale word goes on, is no pronoun ("the one" stands alone, "the one billion" counts).
    if (len && k + len === num.first + 1 && k < num.first && num.last > num.first + 1 && rules.scales.has(tokens[num.first + 1].lower) && sameRun(tokens, num.first, num.first + 1)) continue;
    if (len && k + len > num.first) return true;
  }
  const first = tokens[num.first];
  const prev = tokens[num.first - 1];
  // "all-in-one financial services shops", "a two-for-all deal": a number word closing a compound with
  // "in" or "for" is part of it ("six-to-eight-year", "below-six pct" count; a ratio of two numbers,
  // "a two-for-one stock split", was read whole before: readExchangeRatio).
  if (!num.digits && prev && prev.post === '-' && /^(in|for)$/.test(prev.lower) && sameSentence(tokens, num.first - 1, num.first)) return true;
  // "agreed to make a one-time payment", "a one-off gain": "one" hyphenated to a word of
  // figure-one-compound-idiom makes an adjective that counts nothing ("arrested only one time" counts).
  const joinedAfter = tokens[num.last];
  if (!num.digits && num.value === 1 && num.last === num.first + 1 && first.post === '-' && joinedAfter && rules.oneCompoundIdioms.has(joinedAfter.lower) && sameSentence(tokens, num.first, num.last)) return true;
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
  // "…, one banker said.", "'…talks are in the latter stages,' one representative of the German Banking
  // Association in Cologne said": after its quotation or clause, "one" and a singular noun before a verb
  // of saying, past a prepositional phrase, name an unnamed source too.
  if (at > 0 && /[,”"']|''/.test(tokens[at - 1].post) && tokens[head].tags.has('Singular') && cueAfterSource(tokens, head + 1, rules)) return true;
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

/** A verb of saying at token k, or after a prepositional phrase from k, before any mark ("in Cologne said"). */
function cueAfterSource(tokens: Token[], k: number, rules: CompiledRules): boolean {
  if (!tokens[k] || !sameRun(tokens, k - 1, k)) return false;
  if (rules.cueForms.has(tokens[k].lower)) return true;
  if (!tokens[k].tags.has('Preposition')) return false;
  for (let j = k + 1; j < k + 8 && tokens[j] && sameRun(tokens, j - 1, j); j++) {
    if (rules.cueForms.has(tokens[j].lower)) return true;
    if (tokens[j].tags.has('Verb') && !tokens[j].tags.has('Noun')) return false;
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
  if (isDashedPairInName(parsed, num, rules)) return true;
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
  // "Belgium/Luxembourg 114 (118), Denmark 69 (69)": a row of a list whose number is compared with
  // another in brackets right after it is a figure after its label, as after an acronym above.
  const bracket = tokens[num.last];
  if (bracket && sameSentence(tokens, num.first, num.last) && (/\(/.test(bracket.pre) || /\($/.test(t.post)) && rules.numericToken.test(bracket.word.replace(/^\(/, '').replace(/[),]+$/, ''))) return false;
  const mixed = /[a-z][A-Z]|&/.test(prev.word);
  if (!mixed && (!isCapitalised(prev) || parsed.sentences[prev.sentence].first === prev.i || prev.word === prev.word.toUpperCase())) return false;
  // "telexed to Venezuela's 450 creditor banks", "Britain's 400 MPs": a country owns the count, where
  // a firm's possessive names a model ("Boeing's 747 jets"); so does a person ("Trump has 739
  // delegates to Cruz's 465").
  return !(endsPossessive(prev) && (placeCountry(prev.word.replace(/['’]s?$/, ''), rules) || prev.tags.has('Person')));
}

/**
 * "the Trax et al Morinville 10-23 logged 28 feet", "the Garrington 4-8 has reached total depth":
 * two whole numbers in one token after a capitalised word (not a month's, not in capitals, not
 * first in the sentence) name a well, a site or a model, not a range, where nothing counted follows.
 */
function isDashedPairInName(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  const [prev, t] = [tokens[num.first - 1], tokens[num.first]];
  if (!prev || !num.low || num.currency || num.percent || num.unit || num.scale !== 1 || num.last - num.first !== 1 || !/^\d+[-–]\d+$/.test(t.word)) return false;
  const name = prev.post === ' ' && prev.sentence === t.sentence && isCapitalised(prev) && prev.word !== prev.word.toUpperCase() && parsed.sentences[prev.sentence].first !== prev.i && !rules.dateWords.has(prev.lower.replace(/\.$/, ''));
  return name && !(tokens[num.last] && sameRun(tokens, num.first, num.last) && namesThing(tokens[num.last], rules));
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
  // A group may hold hyphens ("+91-22-265 9000", "+301 3311812-4"), and an area code its brackets
  // ("newsroom (852) 2843 6441").
  const group = (k: number) => /^\d+(?:-\d+)*$/.test(tokens[k]?.word.replace(/^[(\[+]/, '') ?? '');
  const joins = (a: number, b: number) => group(a) && group(b) && sameSentence(tokens, a, b) && /^(?:[ -]| ?\) )$/.test(tokens[a].post);
  const plusBefore = (k: number) => /^\+\d/.test(tokens[k].word) || tokens[k].pre.endsWith('+');
  let [from, to] = [num.first, num.first];
  if (!group(from)) return false;
  while (joins(from - 1, from)) from--;
  while (joins(to, to + 1)) to++;
  // "0800 111 999", "020 7946 0000": the number to dial opens with the 0 ("423 0000" is two numbers);
  // so does a time on the 24-hour clock ("between 0800 and 0830 GMT"), no figure either.
  if (/^[(\[]?0\d/.test(tokens[from].word)) return true;
  // The later groups of a number after a country code ("21" of "+225 21 90 90").
  if (plusBefore(from) && to > from) return true;
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
  const prev = dateWordBefore(tokens, num, rules);
  if (!prev) return false;
  const word = prev.lower.replace(/\.$/, '');
  // "Bread wheat prev 1,655.8, Feb 872.0, March 164.6": a day has no decimals and no thousands.
  if (WRITTEN_WITH_DECIMALS.test(tokens[num.first].word) || /\d,\d/.test(tokens[num.first].word)) return false;
  if (isAfterDashedMonth(tokens, num, rules)) return false;
  return sameRun(tokens, num.first - 1, num.first) || (word.length <= 4 && /^\.\s+$/.test(prev.post) && sameSentence(tokens, num.first - 1, num.first));
}

/** " April - 21 ov May bid, 22 offered": a month, then a spaced dash, sets a table's label off its value (no day). */
function isAfterDashedMonth(tokens: Token[], num: NumberPhrase, rules: CompiledRules): boolean {
  const prev = dateWordBefore(tokens, num, rules);
  return !!prev && /\s-\s/.test(prev.post) && sameSentence(tokens, num.first - 1, num.first);
}

/** The token right before the number when it is a month or a day's name (figure-date-word), its point dropped; else null. */
function dateWordBefore(tokens: Token[], num: NumberPhrase, rules: CompiledRules): Token | null {
  const prev = tokens[num.first - 1];
  // "against Friday's 694 mln", "from March's 5.2 pct": a possessive names whose figure it is, no day.
  return prev && !prev.possessive && rules.dateWords.has(prev.lower.replace(/\.$/, '')) ? prev : null;
}

/** "872.0", "1,655.8": digits with decimals, which no day or year has. */
const WRITTEN_WITH_DECIMALS = /^\d[\d,]*\.\d+$/;

function isDateOrYear(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  const next = tokens[num.last];
  if (isAfterDashedMonth(tokens, num, rules)) return false;
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
  // "Bread wheat prev 1,655.8, Feb 872.0": nor is a number with decimals a date ("at 3.30" is a time).
  if (WRITTEN_WITH_DECIMALS.test(tokens[num.first].word) && !tokens[num.first].tags.has('Time')) return false;
  // "against Friday's 694 mln": the tagger's date runs on from a day's name; a possessive ends it.
  const afterPossessive = !!tokens[num.first - 1]?.possessive && sameRun(tokens, num.first - 1, num.first);
  return (tokens[num.first].tags.has('Date') && !afterPossessive) || tokens[num.first].tags.has('Time');
}

/** The token at k is one of three or more parts joined by slashes ("IP / 96 / 804", "12 / 03 / 96"). */
function inSlashChain(tokens: Token[], k: number): boolean {
  const slashAfter = (j: number) => j >= 0 && j + 1 < tokens.length && /^ ?\/ ?$/.test(tokens[j].post) && /^[\p{L}\d]+$/u.test(tokens[j].word) && /^[\p{L}\d]+$/u.test(tokens[j + 1].word);
  let first = k;
  while (slashAfter(first - 1)) first--;
  let last = k;
  while (slashAfter(last)) last++;
  return last - first >= 2;
}


/** The number is an hour of 1 to 12 (or a range of two) right before a word of figure-clock-word, or a token that opens with "a.m."/"p.m.". */
function isClockTimeAt(tokens: Token[], num: NumberPhrase, rules: CompiledRules): boolean {
  const clock = tokens[num.last];
  if (!clock || !sameRun(tokens, num.last - 1, num.last)) return false;
  const hours = [num.value, num.low?.value ?? num.value];
  if (!hours.every((h) => Number.isInteger(h) && h >= 1 && h <= 12)) return false;
  // ("a.m.-to-4:30": the tagger runs the next time on.)
  return rules.clockWords.has(clock.lower) || rules.clockWords.has(clock.lower.replace(/-.*$/, ''));
}

/** Four digits of the 24-hour clock before hours: "0700", or after "at", "by", "until"… ("at 1650 hours"), or before "hrs", "local" or a time zone ("1900 hours local"). */
function isClockHours(tokens: Token[], num: NumberPhrase, rules: CompiledRules): boolean {
  const word = tokens[num.first].word;
  if (/^0\d{3}$/.test(word)) return true;
  if (!/^(?:[01]\d|2[0-3])[0-5]\d$/.test(word)) return false;
  const before = tokens[num.first - 1]?.lower ?? '';
  const after = tokens[num.first + 1]?.lower ?? '';
  const zone = tokens[num.first + 2];
  if (zone && (zone.lower === 'local' || rules.timeZones.has(zone.word.toUpperCase()))) return true;
  // "between 1900 and 2300 hours": "and" only after "between" and a first time.
  const betweenAnd = before === 'and' && tokens[num.first - 3]?.lower === 'between';
  return CLOCK_BEFORE.test(before) || betweenAnd || /^(local|hrs)$/.test(after);
}

/** Words before a time of day on the 24-hour clock ("at 1650 hours", "by 1200 hrs"). */
const CLOCK_BEFORE = /^(at|by|until|till|after|before|since|between|from)$/;
