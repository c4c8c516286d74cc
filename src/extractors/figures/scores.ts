// Scores in sports copy that count something: a cricket side's total and the wickets it lost
// ("Australia were 225 for five at the close": 225 runs, 5 wickets), and a batsman's or a side's runs
// ("Anwar made 57", "37 not out"). Results that only rank two sides
// ("beat Groningen 4-1", "won 6-3 6-4") are no figures and are left out by readNumber and the filters.
import type { ParsedText, Token } from '../../parse.js';
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

/** A batsman's innings or a side's total: more runs than this are no score. */
const MAX_RUNS = 999;

// "Anwar, who struck a superb 176 at The Oval, made 57 from 75 balls", "Inzamam-ul-Haq, 37 not out",
// "an opening partnership of 82", "England were all out for 183", "three wickets for 19": in a story of
// cricket a bare whole number in one of these places counts runs (rule figure-cricket-runs).
export function unitsFromCricketRuns(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
  const tokens = parsed.tokens;
  let cricket: boolean | undefined;
  figures.forEach((f, n) => {
    const m = meta[n];
    if (f.unit || f.range || f.ruleId !== 'figure-digits' || !/^\d+$/.test(f.text) || f.value > MAX_RUNS) return;
    // "made 57 of them": a part of something, not runs.
    if (tokens[m.last]?.lower === 'of') return;
    const wicketsBefore = n > 0 && figures[n - 1].unit === 'wicket' && meta[n - 1].last === m.first - 1 && tokens[m.first - 1].lower === 'for';
    if (!wicketsBefore && !placeOfRuns(tokens, m.first, m.last, rules)) return;
    cricket ??= tokens.some((t) => rules.cricketWords.has(t.lower));
    if (!cricket) return;
    f.unit = 'run';
    f.ruleId = 'figure-cricket-runs';
  });
}

/** Where the number at [first, last) stands for runs: after a verb of scoring ("struck an unbeaten 113"), "partnership of", "out for", or before "not out". */
function placeOfRuns(tokens: Token[], first: number, last: number, rules: CompiledRules): boolean {
  const role = (k: number) => (k >= 0 && k < tokens.length ? rules.cricketRunWords.get(tokens[k].lower) : undefined);
  const joined = (k: number) => sameRun(tokens, k, k + 1);
  if (last + 1 < tokens.length && joined(last - 1) && joined(last) && rules.cricketRunWords.get(`${tokens[last].lower} ${tokens[last + 1].lower}`) === 'unbeaten') return true;
  const before = tokens[first - 1];
  if (!before || !joined(first - 1)) return false;
  if (before.lower === 'of') return role(first - 2) === 'stand' && joined(first - 2);
  if (before.lower === 'for') return role(first - 2) === 'out' && joined(first - 2);
  // "made 57", "struck a superb 176": an article and adjectives may stand between the verb and the runs.
  let k = first - 1;
  for (let skipped = 0; skipped < 3 && k >= 0 && (/^(a|an)$/.test(tokens[k].lower) || tokens[k].tags.has('Adjective') || role(k) === 'adjective') && joined(k); skipped++) k--;
  return role(k) === 'verb' && joined(k);
}
