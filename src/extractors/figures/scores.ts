// Scores in sports copy that count something: a cricket side's total and the wickets it lost
// ("Australia were 225 for five at the close": 225 runs, 5 wickets). Results that only rank two sides
// ("beat Groningen 4-1", "won 6-3 6-4") are no figures and are left out by readNumber and the filters.
import type { ParsedText } from '../../parse.js';
import type { CompiledRules } from '../../rules.js';
import type { Figure } from '../../types.js';
import { sameRun, type FigureTokens } from './tokens.js';

/** A cricket side's wickets: ten at most. */
const MAX_WICKETS = 10;

// "Australia were 225 for five at the close", "India 180 for 3": in a story of cricket (a word of the
// rule figure-cricket-score), a bare whole number, "for" and a number of ten or less are runs for
// wickets lost.
export function unitsFromCricketScore(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  let cricket: boolean | undefined;
  for (let n = 0; n + 1 < figures.length; n++) {
    const [runs, wickets] = [figures[n], figures[n + 1]];
    const [mr, mw] = [meta[n], meta[n + 1]];
    if (runs.unit || wickets.unit || runs.range || wickets.range || runs.ruleId !== 'figure-digits' || !/^\d+$/.test(runs.text)) continue;
    if (mw.first !== mr.last + 1 || tokens[mr.last].lower !== 'for' || !sameRun(tokens, mr.last - 1, mr.last) || !sameRun(tokens, mr.last, mw.first)) continue;
    if (!Number.isInteger(wickets.value) || wickets.value > MAX_WICKETS || wickets.value > runs.value) continue;
    cricket ??= tokens.some((t) => rules.cricketWords.has(t.lower));
    if (!cricket) return;
    [runs.unit, runs.ruleId] = ['run', 'figure-cricket-score'];
    [wickets.unit, wickets.ruleId] = ['wicket', 'figure-cricket-score'];
  }
}
