// What a bare number counts: the noun after it ("26 countries", "thousands of foreign troops", "a
// three-vote margin", "40 police officers"), past the words that describe it and the tagger's misreadings
// of plurals as verbs; or an age, from the words around the number ("aged 12", "Williams, 29, said").
// Does not read units of measure or money (units.ts, money.ts): the record asks those first.
import { endsPossessive, isCapitalised, type ParsedText, type Token } from '../../parse.js';
import type { CompiledRules } from '../../rules.js';
import type { NumberPhrase } from './numbers.js';
import { afterOwner, endsClauseAfter, inTitleCase, isNumberToken, isPluralNoun, isYearLike, lexiconTag, namesThing, NOT_A_NAME_IN_TITLES, phraseAt, phraseEndingAt, sameRun, sameSentence, sentenceHasPhrase } from './tokens.js';
import { sizeWordAt } from './units.js';

// "20 schoolchildren", "three firemen": plurals of compounds that the tagger reads as singular.
export const COMPOUND_PLURAL = /.children$|(?:fire|police|gun|business|sales|chair|spokes|congress|fisher|service|crafts|work|sea|air)(?:wo)?men$/;

interface UnitMatch {
  at: number;
  last: number;
  hyphenated: boolean;
}

// The noun counted: "26 countries", "thousands of foreign troops", "the two landlocked EU countries",
// "three-and-a-half year-old war" (the hyphenated measure "year-old").
export function findUnit(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules): UnitMatch | null {
  const head = countedHead(parsed, num, rules);
  if (head || !isCompoundWrittenApart(parsed.tokens, num, rules)) return head;
  return { at: num.last, last: num.last + 1, hyphenated: true };
}

/** The plural head noun counted after the number and the words that describe it, else null. */
function countedHead(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules): UnitMatch | null {
  const tokens = parsed.tokens;
  let k = num.last;
  if (!sameRun(tokens, k - 1, k)) return null;
  // "March 3 - Exports rose": a dash with spaces ends the figure.
  if (/\s-|-\s/.test(tokens[k - 1].post)) return null;
  if (tokens[k]?.lower === 'of' && (num.ruleId === 'figure-vague-plural' || rules.numberGroupWords.has(tokens[k - 1].lower))) k++;
  // "all 40 of the state's delegates": digits, "of" and a determiner before the noun counted.
  // "seven of the Ohio delegates" too ("one of the reasons" is an idiom: isNotACount).
  else if ((num.digits || num.value >= 2) && tokens[k]?.lower === 'of' && /^(the|its|their|his|her|our|these|those)$/.test(tokens[k + 1]?.lower ?? '') && sameRun(tokens, k, k + 1)) k += 2;
  // "nearly 20 of Sanders' colleagues", "40 of Mrs. Smith's aides": or a name that owns them.
  else if ((num.digits || num.value >= 2) && tokens[k]?.lower === 'of' && sameRun(tokens, k, k + 1)) k = afterOwner(tokens, k + 1) ?? k;
  // Four words at most; a fifth after a plural that describes it ("four large Wall Street securities firms").
  let compoundParts = 0;
  for (let n = 0; (n < 4 + compoundParts || (n === 4 + compoundParts && rules.pluralModifiers.has(tokens[k - 1].lower))) && tokens[k]; n++, k++) {
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
    // An adjective may stand before the noun: "controls 209 seats in the 391-seat lower house".
    if (n === 0 && tokens[k - 1].post === '-' && /^[a-z]+$/.test(t.word) && /^\s+$/.test(t.post) && sameRun(tokens, k, k + 1) && nounOrDescribedNounAt(tokens, k + 1)) {
      // "a two-tiered system of pay": the tiers are counted (figure-compound-having).
      if (num.value >= 2 && rules.compoundHaving.has(t.lower)) return { at: k, last: k + 1, hyphenated: true };
      // "a four-star general", "a five-alarm fire": a rank (figure-compound-rank).
      if ((/[^e]ed$/.test(t.word) && (t.tags.has('Adjective') || t.tags.has('PastTense'))) || rules.compoundRanks.has(t.lower)) return null;
      if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Auxiliary')) return { at: k, last: k + 1, hyphenated: true };
    }
    // "two weaker-than-expected early-state performances": the parts of a compound before its last
    // describe the noun as one word, whatever the tagger calls them ("than"), and count as none of
    // the four words; so does "one" before an idiom ("four of his one-time rivals"). Only before a
    // noun or an adjective ("two brothers-in-law from Mexico" counts the compound); not a compound
    // joined to the number itself ("a three-vote margin", above), nor one that opens with another
    // number ("one billion one-dlr par shares": the par value is a figure of its own). Plural counts
    // only: "gave one off-key answer" is "one" as an article as often as a count.
    if (num.value >= 2 && (n > 0 || /^ +$/.test(tokens[k - 1].post)) && isModifyingCompoundAt(tokens, k, rules)) {
      compoundParts++;
      continue;
    }
    // "nine particularly outrageous things", "three very senior officials": an adverb of degree before
    // the adjective it grades describes the noun with it.
    // Plural counts only, as for compounds ("One widely mentioned possibility is…").
    const graded = tokens[k + 1];
    // Not a hedge ("by 2,000 nearly all African countries").
    if (num.value >= 2 && t.tags.has('Adverb') && /(?:ly|^very)$/.test(t.lower) && !phraseAt(tokens, k, rules.hedges) && /^ +$/.test(t.post) && graded && (graded.tags.has('Adjective') || graded.tags.has('Participle')) && !graded.tags.has('Determiner') && sameRun(tokens, k, k + 1)) continue;
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
    const singularCount = rules.numberGroupWords.has(tokens[num.last - 1].lower) && (tokens[num.last]?.lower !== 'of' || afterPlural);
    // "struck out eight batters in seven innings": after a verb or a preposition the number is an
    // object, which no verb of its own follows.
    // Not before a determiner or a pronoun, the start of the verb's own object ("the two sides signs
    // the deal"), nor after a year ("(1986 imports 90 mln dlrs)"). ("that" is left out: "represents
    // 2,800 firms that produce" is a relative clause as often as "337,000 means that" a verb's.)
    const opensObject = !!next && (OPENS_OBJECT.test(next.lower) || next.tags.has('Pronoun'));
    const afterObject = n === 0 && /^[a-z]+s$/.test(t.word) && !opensObject && !isYearLike({ text: tokens[num.first].word, value: num.value }) && objectOfVerb(tokens, num.first, rules);
    const pluralAfterModifier = (n > 0 || beforeAuxiliary || (endsClauseHere && /^[a-z]+s$/.test(t.word)) || misreadAsSingular || afterObject) && num.value >= 2 && !singularCount && !pluralAfterScale && misread && isPluralNoun(t.word);
    // "hog slaughter at about 295,000 head versus 292,000": a noun of figure-invariant-noun the tagger
    // reads as a verb, unless a verb's object or a word of figure-invariant-noun-not-before follows it
    // ("the top 10 head to Paris", where the tagger reads it so).
    const verbFollowsOn = !!next && (OPENS_OBJECT.test(next.lower) || next.tags.has('Pronoun') || rules.invariantNotBefore.has(next.lower));
    const invariantAsVerb = n === 0 && rules.invariantNouns.has(t.lower) && t.tags.has('Verb') && !verbFollowsOn;
    const isNoun = (t.tags.has('Noun') || pluralAfterScale || pluralAfterModifier || invariantAsVerb) && !t.tags.has('Pronoun') && !t.tags.has('Value') && !rules.dateWords.has(t.lower);
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
    const pluralNounAfter = sameRun(tokens, after - 1, after) && pluralNounAt(tokens, after);
    // ("two head coaches": a plural the tagger reads as a verb is the head too.)
    const pluralAfterAsVerb = !!next && /^[a-z]+s$/.test(next.word) && isPluralNoun(next.word) && !next.tags.has('Noun');
    // (Where the tagger reads it as a noun it stays one: "sell 8,000 head of dairy cattle to Indonesia
    // and 5,000 head to Turkey".)
    const invariant = rules.invariantNouns.has(t.lower) && !pluralNounAfter && !pluralAfterAsVerb;
    // "40 police officers", "two customs officials": a plural of figure-plural-modifier right before
    // another plural describes it ("gives 52 managers bonuses" keeps its managers).
    // "17 foreign securities houses", "12 savings banks": the plural after it the tagger reads as a verb too.
    // Not a verb with its object ("each of the 2,920,280 rights allows the holder").
    const objectAfter = () => sameRun(tokens, after, after + 1) && OPENS_OBJECT.test(tokens[after + 1].lower);
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
    // "Sanders endorsed eight state legislative candidates": nor after a verb whose object it is.
    // "The 50 state legislatures": after an article, which belongs to the noun counted, too.
    // After an article the number may be a subject, so only a verb's base form: "the two had
    // revenues" keeps its verb.
    const asObject = n === 0 && (objectOfVerb(tokens, num.first, rules) || (/^(a|an|the)$/.test(tokens[num.first - 1]?.lower ?? '') && t.tags.has('Infinitive') && !t.tags.has('PastTense')));
    // (An adjective may stand between, "state legislative candidates", but not after a particle the
    // tagger calls a verb: "risen from zero in recent years".)
    const verbAsNoun = (n > 0 || tokens[k - 1]?.lower === 'of' || afterPreposition || asObject) && /^[a-z]+$/.test(t.word) && !/s$/.test(t.word) && t.tags.has('Verb') && !t.tags.has('Auxiliary') && !!next && (pluralNounAt(tokens, k + 1) || (!t.tags.has('Particle') && next.tags.has('Adjective') && sameRun(tokens, k + 1, k + 2) && pluralNounAt(tokens, k + 2)) || (afterPreposition && next.tags.has('Gerund')));
    // "eight other minority rights activists": a plural of figure-plural-modifier before the plural it describes, whatever its tag.
    const modifier = pluralModifier || t.tags.has('Adjective') || (t.tags.has('PastTense') && (/ed$/.test(t.lower) || t.tags.has('Participle'))) || t.tags.has('Acronym') || t.tags.has('Demonym') || (isCapitalised(t) && t.tags.has('ProperNoun')) || t.tags.has('Noun') || t.tags.has('Gerund') || verbAsNoun;
    // "millions of poor, unwanted people": adjectives in a row may be written apart by a comma.
    const coordinate = t.tags.has('Adjective') && !t.tags.has('Comparative') && t.post === ', ' && !!tokens[k + 1]?.tags.has('Adjective');
    if (!modifier || !(/^(\s*|-)$/.test(t.post) || coordinate)) return null;
  }
  return null;
}

/** Token k is a plural noun ("candidates"). */
function pluralNounAt(tokens: Token[], k: number): boolean {
  return !!tokens[k]?.tags.has('Plural') && tokens[k].tags.has('Noun');
}

/**
 * "the 3 million member union", "a 12 person Republican primary" (rule figure-compound-apart): after
 * an article that belongs to the noun after them, a number above one and a singular noun before
 * another word of the phrase are a compound written without its hyphen ("a 3-million-member union"),
 * and the singular noun is what is counted. Asked only where no plural head follows ("the five
 * discount rate cuts" counts cuts), and not of a rank ("a 5 star hotel", figure-compound-rank).
 */
function isCompoundWrittenApart(tokens: Token[], num: NumberPhrase, rules: CompiledRules): boolean {
  const [before, noun, head] = [tokens[num.first - 1], tokens[num.last], tokens[num.last + 1]];
  // A whole number written in whole digits or words ("the 3.03 target price" is a price; "the 16-25
  // age group" a range of ages).
  const whole = tokens.slice(num.first, num.last).every((t) => !/[.\/]\d/.test(t.word)) && !num.low;
  // Three or more digits written without a group or a scale name a model or an index ("the 386
  // machine", "the 500 index"); counts that large are written "1,237" or "3 million".
  // ("the 3B minicomputer line": a scale letter on the digits is a model's too.)
  const writtenAsCount = /^[\d,]+$|^\p{L}+$/u.test(tokens[num.first].word) && (num.scale > 1 || num.last - num.first > 1 || !/^\d{3,}$/.test(tokens[num.first].word));
  if (!before || !noun || !head || !whole || !writtenAsCount || !/^(a|an|the)$/.test(before.lower) || num.value < 2 || !sameRun(tokens, num.first - 1, num.first)) return false;
  if (!sameRun(tokens, num.last - 1, num.last) || !sameRun(tokens, num.last, num.last + 1) || !/^[a-z]{3,}$/.test(noun.word) || /(s|ed|ing|ly)$/.test(noun.word)) return false;
  // A singular noun, not a word the tagger reads as a verb ("the five comprise"; "the 1,237 delegate
  // threshold" is lost with them).
  if (!noun.tags.has('Singular') || !noun.tags.has('Noun') || noun.tags.has('Plural') || rules.compoundApartNot.has(noun.lower) || noun.tags.has('Pronoun') || noun.tags.has('Adjective') || rules.dateWords.has(noun.lower) || rules.compoundRanks.has(noun.lower) || rules.notAUnit.has(noun.lower)) return false;
  // The head: a singular noun (or an adjective the tagger calls one, "primary"), or a name before one.
  const singularNoun = (t: Token | undefined) => !!t && /^[a-z]+$/.test(t.word) && !t.tags.has('Plural') && !t.tags.has('Pronoun') && (t.tags.has('Noun') || t.tags.has('Adjective')) && !/s$/.test(t.word) && !t.tags.has('Gerund');
  return singularNoun(head) || (/^\p{Lu}\p{Ll}+$/u.test(head.word) && sameRun(tokens, num.last + 1, num.last + 2) && singularNoun(tokens[num.last + 2]));
}

/** A determiner or a pronoun that opens a verb's object ("allows the holder", "signs them"). */
const OPENS_OBJECT = /^(the|a|an|his|her|its|their|our|this|these|those|him|them|us)$/;

/**
 * Token k opens or goes on with a compound of words joined by hyphens that describes what follows it:
 * a noun, an adjective, a plural the tagger reads as a verb ("in-person interviews") or "and"/"or"
 * before another describing word ("medium-sized and large Austrian companies"). Not a cardinal number
 * ("one-dlr"; "first-place" is an ordinal), save "one" before a word of figure-one-compound-idiom
 * ("one-time rivals").
 */
function isModifyingCompoundAt(tokens: Token[], k: number, rules: CompiledRules): boolean {
  const t = tokens[k];
  if (t.post !== '-' || !/^\p{L}+$/u.test(t.word) || !tokens[k + 1] || !/^\p{L}/u.test(tokens[k + 1].word) || !sameRun(tokens, k, k + 1)) return false;
  if (t.tags.has('Cardinal') && !(t.lower === 'one' && rules.oneCompoundIdioms.has(tokens[k + 1].lower))) return false;
  let last = k + 1;
  while (tokens[last].post === '-' && tokens[last + 1] && sameRun(tokens, last, last + 1)) last++;
  const after = tokens[last + 1];
  if (!/^ +$/.test(tokens[last].post) || !after || !sameRun(tokens, last, last + 1) || after.tags.has('Pronoun')) return false;
  return after.tags.has('Noun') || after.tags.has('Adjective') || /^(and|or)$/.test(after.lower) || isPluralNoun(after.word);
}

/** The text from `from` to `to` breaks the line before an indented line that holds a digit. */
function isIndentedRowAt(text: string, from: number, to: number): boolean {
  if (!/\n[ \t]+$/.test(text.slice(from, to))) return false;
  const lineEnd = text.indexOf('\n', to);
  return /\d/.test(text.slice(to, lineEnd < 0 ? text.length : lineEnd));
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
  // "raised capital to 175 mln shares from 125 mln": the tagger may call "to" a conjunction; before a
  // number it is the preposition.
  return before.tags.has('Verb') || before.tags.has('Preposition') || before.lower === 'to';
}

export function isAge(parsed: ParsedText, num: NumberPhrase, rules: CompiledRules): boolean {
  const tokens = parsed.tokens;
  if (!Number.isInteger(num.value) || num.value > 125 || num.value < 0) return false;
  const prev = tokens[num.first - 1];
  // "at the age of 85", "aged five", "at age twenty-one" (unit-age): words too, since the cue names what they count.
  const next0 = tokens[num.last];
  const nounAfter = !!next0 && sameRun(tokens, num.last - 1, num.last) && next0.tags.has('Noun') && !next0.tags.has('Pronoun');
  if (prev && phraseEndingAt(tokens, num.first - 1, rules.agePhrases) && sameRun(tokens, num.first - 1, num.first) && (num.digits || !nounAfter)) return true;
  // "two children, aged four and seven": the second of two ages joined by "and" or "or".
  if (prev && /^(and|or)$/.test(prev.lower) && num.first >= 3 && isNumberToken(tokens[num.first - 2], rules) && phraseEndingAt(tokens, num.first - 3, rules.agePhrases) && sameRun(tokens, num.first - 3, num.first - 2) && sameRun(tokens, num.first - 2, num.first - 1) && sameRun(tokens, num.first - 1, num.first) && (num.digits || !nounAfter)) return true;
  // "aged between 18 and 25", "aged from 15 to 17": the low end of a range of ages.
  if (/^(between|from)$/.test(prev?.lower ?? '') && phraseEndingAt(tokens, num.first - 2, rules.agePhrases) && sameRun(tokens, num.first - 2, num.first - 1) && sameRun(tokens, num.first - 1, num.first) && (num.digits || !nounAfter)) return true;
  if (!num.digits || num.last - num.first !== 1) return false;
  // "Reagan, who was 69 when he took office" (unit-age-relative): the clause ends with the number.
  const next = tokens[num.last];
  // "who was then 35", "she was only 17 when she left": past a word of unit-age-relative-adverb.
  const adverb = prev && sameRun(tokens, num.first - 1, num.first) ? phraseEndingAt(tokens, num.first - 1, rules.ageRelativeAdverbs) : 0;
  const clauseEnd = num.first - 1 - adverb;
  const endsAge = endsClauseAfter(tokens, num.last - 1) || /^(when|at|and|but|as)$/.test(next.lower);
  if (prev && sameRun(tokens, clauseEnd, num.first) && phraseEndingAt(tokens, clauseEnd, rules.ageRelatives) && endsAge) return true;
  // "While Garland is 63,", "Justice Breyer will be 78" (unit-age-name-copula): after a person's name.
  const copula = prev && sameRun(tokens, clauseEnd, num.first) ? phraseEndingAt(tokens, clauseEnd, rules.ageNameCopulas) : 0;
  const name = tokens[clauseEnd - copula];
  // From 18; not in a poll ("Clinton is 48, Trump 43, in the latest poll") nor after a count of
  // something else in the sentence, which lends it its noun ("Trump is 10 points ahead and Cruz is 25").
  const namedPerson = !!name && sameRun(tokens, clauseEnd - copula, clauseEnd - copula + 1) && name.tags.has('Person') && isCapitalised(name);
  if (copula && endsAge && namedPerson && num.value >= 18 && !sentenceHasPhrase(parsed, num.first, rules.pollPointCues) && !otherCountBefore(tokens, num.first, rules)) return true;
  // "Hollis died at 85 in his home", "she retired at 60." (unit-age-event).
  if (prev && sameRun(tokens, num.first - 1, num.first) && phraseEndingAt(tokens, num.first - 1, rules.ageEvents) && (endsClauseAfter(tokens, num.last - 1) || /^(when|at|and|but|as|in|after)$/.test(next.lower)) && !isTimeOfDayAfter(tokens, num.last)) return true;
  // "adoptees younger than 18" (unit-age-comparative): an age whatever is before it.
  if (prev && sameRun(tokens, num.first - 1, num.first) && phraseEndingAt(tokens, num.first - 1, rules.ageComparatives) && !nounAfter && num.value <= 120) return true;
  // "people over 70", "Americans under 30" (unit-age-bracket, unit-age-group-noun): nothing counted after it.
  const bracket = prev && sameRun(tokens, num.first - 1, num.first) ? phraseEndingAt(tokens, num.first - 1, rules.ageBrackets) : 0;
  if (bracket && !nounAfter && num.first - 1 - bracket >= 0 && isGroupOfPeopleAt(tokens, num.first - 1 - bracket, rules)) return true;
  // "the average age of white Californians was 44" (unit-age-subject).
  if (prev && sameRun(tokens, num.first - 1, num.first) && !nounAfter && Number.isInteger(num.value) && num.value <= 120 && isCopulaAfterAge(tokens, num.first - 1, rules)) return true;
  // "among blacks 30 to 44", "voters 18-29" (unit-age-group-range): a range of ages after people.
  if (prev && isGroupOfPeopleAt(tokens, num.first - 1, rules) && isAgeRangeFrom(tokens, num, rules)) return true;
  // "voters 45 and older", "people 65 and over" (unit-age-open-bracket).
  if (prev && isGroupOfPeopleAt(tokens, num.first - 1, rules) && sameRun(tokens, num.last - 1, num.last) && phraseAt(tokens, num.last, rules.ageOpenBrackets) && num.value <= 120) return true;
  return isApposedAge(tokens, num, rules);
}

/** Token k is a copula whose subject, up to eight words back in its clause, has a head of unit-age-subject. */
function isCopulaAfterAge(tokens: Token[], k: number, rules: CompiledRules): boolean {
  if (!tokens[k]?.tags.has('Copula')) return false;
  let j = k - 1;
  // "will be 80": the auxiliary before the copula.
  if (tokens[j]?.tags.has('Auxiliary') && sameRun(tokens, j, k)) j--;
  const copula = j + 1;
  for (; j >= 0 && j >= k - 8 && sameRun(tokens, j, j + 1); j--) {
    // The head: before the copula or "of" ("the age group were 40" is no age), and no object of a
    // preposition ("The number of children of school age was 90" counts children).
    if (rules.ageSubjects.has(tokens[j].lower) && (j + 1 === copula || tokens[j + 1].lower === 'of')) return !objectOfPreposition(tokens, j);
    // A verb ends the subject ("the average age of Latinos born in California was 18" is lost: the
    // tagger reads "born" as a verb of the present).
    if (tokens[j].tags.has('Verb')) return false;
  }
  return false;
}

/** The noun at token k, past the words that describe it, follows a preposition ("of school age"). */
function objectOfPreposition(tokens: Token[], k: number): boolean {
  let i = k - 1;
  while (i >= 0 && sameRun(tokens, i, i + 1) && (tokens[i].tags.has('Adjective') || (tokens[i].tags.has('Noun') && !tokens[i].tags.has('Pronoun')))) i--;
  return i >= 0 && sameRun(tokens, i, i + 1) && tokens[i].tags.has('Preposition');
}

/** Token k names a thing counted (namesThing), in the run of the token before it. */
function thingAfter(tokens: Token[], k: number, rules: CompiledRules): boolean {
  return sameRun(tokens, k - 1, k) && namesThing(tokens[k], rules);
}

/** The number opens a range of two whole numbers of at most 120, in its token or joined by a word of unit-age-group-range, with nothing counted after it. */
function isAgeRangeFrom(tokens: Token[], num: NumberPhrase, rules: CompiledRules): boolean {
  if (!Number.isInteger(num.value) || num.value > 120) return false;
  if (num.low) return Number.isInteger(num.low.value) && num.low.value < num.value && !thingAfter(tokens, num.last, rules);
  const [joiner, high] = [tokens[num.last], tokens[num.last + 1]];
  if (!joiner || !high || !rules.ageGroupRangeJoiners.has(joiner.lower) || !sameRun(tokens, num.last - 1, num.last) || !sameRun(tokens, num.last, num.last + 1)) return false;
  const top = /^\d+$/.test(high.word) ? Number(high.word) : NaN;
  return top > num.value && top <= 120 && !thingAfter(tokens, num.last + 2, rules);
}

/** Token k ends a plural noun for people (unit-age-group-noun) or is a plural demonym ("Americans"). */
function isGroupOfPeopleAt(tokens: Token[], k: number, rules: CompiledRules): boolean {
  const group = tokens[k];
  return !!group && sameRun(tokens, k, k + 1) && (phraseEndingAt(tokens, k, rules.ageGroupNouns) > 0 || (group.tags.has('Demonym') && group.tags.has('Plural')));
}

/** "died at 3 in the morning": a time of day, not an age. */
function isTimeOfDayAfter(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === 'in' && tokens[k + 1]?.lower === 'the' && /^(morning|afternoon|evening|night)$/.test(tokens[k + 2]?.lower ?? '');
}

// "Peter Hollis, 58, had…", "his wife, 52, survived": a number in commas after a name or a noun
// for a person (unit-age-person-noun) is an age.
export function isApposedAge(tokens: Token[], num: NumberPhrase, rules: CompiledRules): boolean {
  const prev = tokens[num.first - 1];
  // "a more experienced deputy than Ms. Brainard, then 35.", "Sanders, now 74, said": a word of
  // the time (unit-age-apposed-time) between the comma and a whole number that ends the phrase.
  const named = tokens[num.first - 2];
  if (prev && named && rules.ageApposedTimes.has(prev.lower) && sameRun(tokens, num.first - 1, num.first) && /^,\s*$/.test(named.post) && (isCapitalised(named) || rules.agePersonNouns.has(named.lower))) {
    return num.last - num.first === 1 && Number.isInteger(num.value) && num.value <= 110 && /^[,.;)]/.test(tokens[num.last - 1].post);
  }
  // ("Donald Trump, Jr., 38;": an abbreviation's point may stand before the comma.)
  if (!prev || !/^\.?,\s*$/.test(prev.post) || !(isCapitalised(prev) || rules.agePersonNouns.has(prev.lower)) || num.last - num.first !== 1) return false;
  // "Ahmed Hassan, 40." as a caption line of its own: the number ends the paragraph.
  const endsParagraph = /^\.\s*$/.test(tokens[num.last - 1].post) && (!tokens[num.last] || tokens[num.last].paragraph !== tokens[num.first].paragraph);
  // "has five children: Donald Trump, Jr., 38; Ivanka, 34; Eric Trump, 32": a list of names with ages.
  if (/^[,;]/.test(tokens[num.last - 1].post) || (endsParagraph && isCapitalised(prev))) return true;
  // "''This right here is a sisterhood,'' said Carla Cruz, 24.": a name after a verb of saying, then the
  // number and a full stop.
  let k = num.first - 1;
  while (k > num.first - 5 && k > 0 && isCapitalised(tokens[k]) && sameRun(tokens, k - 1, k)) k--;
  return k < num.first - 1 && /^\.\s*$/.test(tokens[num.last - 1].post) && Number.isInteger(num.value) && num.value <= 110 && rules.cueForms.has(tokens[k].lower);
}

/** Token k is a noun, or an adjective right before one ("the 391-seat lower house"). */
function nounOrDescribedNounAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.tags.has('Noun')) return true;
  return t.tags.has('Adjective') && /^ +$/.test(t.post) && !!tokens[k + 1]?.tags.has('Noun') && sameRun(tokens, k, k + 1);
}

/** An earlier number in the sentence of token k, in digits or words and no year, counts a noun right after it ("10 points", "ten points"). */
function otherCountBefore(tokens: Token[], k: number, rules: CompiledRules): boolean {
  for (let j = k - 1; j >= 0 && sameSentence(tokens, j, k); j--) {
    const t = tokens[j];
    if (!isNumberToken(t, rules) || /^(?:19|20)\d\d$/.test(t.word)) continue;
    if (sameRun(tokens, j, j + 1) && tokens[j + 1].tags.has('Noun') && !tokens[j + 1].tags.has('Person')) return true;
  }
  return false;
}
