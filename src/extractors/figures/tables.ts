// Wire tables: the rows of a results table take the money the table names ("Pretax profit 78.84 mln stg
// vs 60.31 mln") or the unit in their label ("Tonnes milled"), rows under a bracketed note take its money
// ("(Dlrs/Bu)"), and the labels of earnings rows say shares or money ("Shrs out", "Net"). Reads lines of the
// text as written (a row that wraps is read whole). Does not lend units between figures of prose
// (links.ts).
import type { ParsedText, Token } from '../../parse.js';
import type { CompiledRules } from '../../rules.js';
import type { Figure } from '../../types.js';
import { scaleBy, shiftDecimal } from './arithmetic.js';
import { isYearLike, sameRun, sameSentence, type FigureTokens } from './tokens.js';

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
export function unitsFromResultsTable(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules): void {
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

// "…average price through April 7 as follows (Dlrs/Bu) -" over a table of bare prices, "(dlrs per
// tonne)", "(in yen)": a note in brackets gives the money of the table rows under it (figure-table-unit).
// The table ends at the first line of prose (long, with no column gap).
export function unitsFromTableNote(parsed: ParsedText, figures: Figure[], rules: CompiledRules, currencyOf: (code: string, adjective: string | null) => string): void {
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

/** A note of the scale and unit of the table rows under it, from `start` to `end` in the text. */
interface ScaleNote {
  start: number;
  end: number;
  scale: number;
  /** Empty where the table of units lacks it: the note only ends the one before. */
  unit: string;
  /** "except feedgrains, which is in mln tonnes": the row labels the note is for, else every row. */
  only: string[] | null;
}

// "…carryover stocks, as follows, in mln bushels, except feedgrains, which is in mln tonnes --",
// " Acreage (mln acres) --", "deliverable against CBT wheat futures in 000's bushels -": a note of
// the scale and unit of the table under it (rule figure-table-scale-note). The bare numbers of its
// rows are in that scale and unit (" Planted 76.7 76.7 83.4" is 76.7 mln acres), to the next note or
// the first line of prose. Not a row whose label notes its own unit or is a price, a yield or a rate
// ("Yield (bu) 119.3", "AvgPrice 1.35-1.65"), which the note's "unless noted" leaves out.
export function unitsFromTableScaleNote(parsed: ParsedText, figures: Figure[], meta: FigureTokens[], rules: CompiledRules, currencyOf: (code: string, adjective: string | null) => string): void {
  const text = parsed.text;
  let notes: ScaleNote[] | null = null;
  // A row's note, read once for all the figures of the row.
  const noteOfRow = new Map<number, ScaleNote | null>();
  figures.forEach((f, n) => {
    if (f.unit || f.ruleId !== 'figure-digits' || meta[n].scale > 1) return;
    notes ??= scaleNotes(text, rules, currencyOf);
    if (!notes.length) return;
    const [lineStart, lineEnd] = lineAround(text, f.start);
    if (!noteOfRow.has(lineStart)) noteOfRow.set(lineStart, rowNote(text, notes, lineStart, lineEnd, rules));
    const note = noteOfRow.get(lineStart);
    if (!note?.unit) return;
    f.value = scaleBy(f.value, note.scale);
    f.unit = note.unit;
    f.ruleId = 'figure-table-scale-note';
    if (f.range) f.range = { low: scaleBy(f.range.low, note.scale), high: scaleBy(f.range.high, note.scale) };
  });
}

/** The note over the table row at [lineStart, lineEnd), or null where the line is no row or its label is one the notes do not reach. */
function rowNote(text: string, notes: ScaleNote[], lineStart: number, lineEnd: number, rules: CompiledRules): ScaleNote | null {
  const line = text.slice(lineStart, lineEnd);
  if (!TABLE_COLUMNS.test(line.trim())) return null;
  const label = ROW_LABEL.exec(line)?.[2] ?? '';
  if (label.includes('(') || rules.tableScaleNoteNot.test(label)) return null;
  return noteOver(text, notes, lineStart, label);
}

/** Two columns apart on a line: a table's row. */
const TABLE_COLUMNS = /\S {2,}\S/;

/** The notes of scale and unit in the text, in order. */
function scaleNotes(text: string, rules: CompiledRules, currencyOf: (code: string, adjective: string | null) => string): ScaleNote[] {
  const notes: ScaleNote[] = [];
  for (const m of text.matchAll(rules.tableScaleNote)) {
    const scale = rules.scales.get(m[1].toLowerCase()) ?? (rules.tableScaleThousands.has(m[1].toLowerCase()) ? 1000 : undefined);
    const words = m[2].toLowerCase().trim().split(/\s+/);
    let unit: string | undefined;
    for (let length = Math.min(3, words.length); length > 0 && !unit; length--) {
      const phrase = words.slice(0, length).join(' ');
      const family = rules.currencies.get(phrase);
      unit = family ? currencyOf(family, null) : rules.unitAliases.get(phrase);
    }
    if (!scale) continue;
    // A note whose unit the table of units lacks ("Supply (mln 480-lb bales) --") still ends the one before.
    unit ??= '';
    const start = m.index!;
    // "in mln bushels, except feedgrains, which is in mln tonnes": the second is for the rows named.
    const except = /\bexcept\s+([a-z ,]+?),?\s+which\s+(?:is|are)\s*$/i.exec(text.slice(Math.max(0, start - 60), start));
    notes.push({ start, end: start + m[0].length, scale, unit, only: except ? except[1].toLowerCase().split(/\s*(?:,|and)\s*/).filter(Boolean) : null });
  }
  return notes;
}

/** The note over the row that starts at `lineStart`: the last before it with only table lines between, for the row's label. */
function noteOver(text: string, notes: ScaleNote[], lineStart: number, label: string): ScaleNote | null {
  for (let k = notes.length - 1; k >= 0; k--) {
    const note = notes[k];
    if (note.end > lineStart) continue;
    if (note.only && !note.only.some((word) => label.toLowerCase().includes(word))) continue;
    // The lines between: the rest of the note's, then short lines, rows or lines of other notes, none
    // of them prose.
    let at = text.indexOf('\n', note.end - 1) + 1;
    while (at > 0 && at < lineStart) {
      const end = text.indexOf('\n', at);
      const row = text.slice(at, end < 0 ? text.length : end).trim();
      const ofNote = notes.some((other) => other.start >= at && other.start < (end < 0 ? text.length : end));
      // " Special Producer Storage Loan Program --": a heading of the table ends with a dash.
      if (row.length >= 40 && !TABLE_COLUMNS.test(row) && !ofNote && !/-\s*$/.test(row)) return null;
      at = end + 1;
    }
    return note;
  }
  return null;
}

/** "Shrs out 9,138,526", "Avg shrs 12,345,000": share-count labels from a line start (rule figure-share-label). */
export function afterShareLabel(tokens: Token[], first: number, rules: CompiledRules): boolean {
  let k = first - 1;
  let shrs = false;
  while (k >= 0 && first - k <= 3 && rules.shareLabels.has(tokens[k].lower) && sameRun(tokens, k, k + 1) && /^\s+$/.test(tokens[k].post)) {
    shrs ||= tokens[k].lower === 'shrs';
    k--;
  }
  return shrs && (k < 0 || !sameSentence(tokens, k, k + 1) || /\n/.test(tokens[k].post));
}

/** "Net 3,446,000", "Oper net profit 3,492,000", "Net loss 18.6 mln": a table label right before the number. */
export function afterMoneyLabel(tokens: Token[], first: number, rules: CompiledRules): boolean {
  let k = first - 1;
  let labels = 0;
  while (k >= 0 && labels < 3 && rules.moneyLabels.has(tokens[k].lower) && sameRun(tokens, k, k + 1) && /^\s+$/.test(tokens[k].post)) {
    labels++;
    k--;
  }
  return labels > 0 && (k < 0 || !sameSentence(tokens, k, k + 1) || /\n/.test(tokens[k].post) || rules.notAUnit.has(tokens[k].lower));
}
