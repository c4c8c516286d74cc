// Tallies: two bare whole numbers joined by "to" count votes after a word of voting ("The Senate voted
// 52 to 48"), are shares after a margin in points ("by 22 points (47 to 25)"), or count the plural named
// after them ("1,428 to 1,153 in pledged delegates"). A split decision in one token ("a 5-4 ruling") is
// read by readNumber, which asks voteWordBefore too.
import type { ParsedText, Token } from '../../parse.js';
import type { CompiledRules } from '../../rules.js';
import type { Figure } from '../../types.js';
import { exactSum } from './arithmetic.js';
import { isPluralNoun, nounToSingular, sameRun, sameSentence, type FigureTokens } from './tokens.js';

/** Figures n and n + 1 are bare whole numbers joined by "to" in one sentence ("52 to 48", "1,428 to 1,153"). */
function isTally(tokens: Token[], figures: Figure[], meta: FigureTokens[], n: number): boolean {
  const bare = (f: Figure) => !f.unit && !f.range && f.ruleId === 'figure-digits' && /^\d[\d,]*$/.test(f.text);
  const [ma, mb] = [meta[n], meta[n + 1]];
  return bare(figures[n]) && bare(figures[n + 1]) && tokens[ma.last]?.lower === 'to' && mb.first === ma.last + 1 && sameSentence(tokens, ma.first, mb.first);
}

// "The Senate voted 52 to 48", "by a vote of 216 to 212": a tally counts votes (rule figure-vote-tally).
export function unitsFromVoteTally(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
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
export function unitsFromMargin(parsed: ParsedText, figures: Figure[], meta: FigureTokens[]): void {
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
export function voteWordBefore(tokens: Token[], first: number, rules: CompiledRules): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4) && sameSentence(tokens, k, first); k--) if (rules.voteWords.has(tokens[k].lower)) return true;
  return false;
}

// "Clinton leads Sanders 1,428 to 1,153 in pledged delegates", "516 to 39 among superdelegates": two
// bare numbers joined by "to" count the plural after a word of figure-tally-noun.
export function unitsFromTallyNoun(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
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
