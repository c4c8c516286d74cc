// The layout of a story as the writer meant it: paragraphs, soft line wraps and story furniture.
// Wire archives store stories hard-wrapped at 60–80 columns, a paragraph marked by a blank line
// or an indented first line (Reuters: `    The company said`). A line break inside a paragraph is
// a soft wrap: extractors read it as a space (`flat`), while every span still slices the input.
// Furniture (headline, dateline, byline, reporting credits, tables of figures) is marked so that
// it neither runs into the story's sentences nor yields people or quotes.
// Does not unwrap words hyphenated across lines, and does not guess paragraphs in text that has
// neither blank lines, indents nor a wrap width (a text of long lines keeps every line break hard).

export type FurnitureKind = 'headline' | 'dateline' | 'byline' | 'credit' | 'table';

export interface Paragraph {
  start: number;
  end: number;
  /** Set when the whole paragraph is story furniture rather than prose. */
  furniture?: FurnitureKind;
}

export interface Furniture {
  kind: FurnitureKind;
  start: number;
  end: number;
}

export interface Layout {
  paragraphs: Paragraph[];
  /** The input with each soft line break (\n, \r or \r\n inside a paragraph) turned into spaces: same length. */
  flat: string;
  /** Furniture spans in text order (whole paragraphs, and datelines at a paragraph's start). */
  furniture: Furniture[];
  /** The wrap width read off the text, or null when its lines are not hard-wrapped. */
  wrapWidth: number | null;
}

interface Line {
  /** First character of the line and end of its content (before the line terminator). */
  start: number;
  end: number;
  /** End including the line terminator. */
  next: number;
  /** Leading spaces and tabs. */
  indent: number;
  blank: boolean;
}

/** Lines longer than this are paragraphs written on one line, not a wrapped column. */
const MAX_WRAP_WIDTH = 100;
/** Archives wrap at 60–80 columns: text whose lines are all shorter than this is a list, not a column. */
const MIN_WRAP_WIDTH = 40;

export function findLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const next = end >= text.length ? end : text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
    let indent = 0;
    while (start + indent < end && (text[start + indent] === ' ' || text[start + indent] === '\t')) indent++;
    lines.push({ start, end, next, indent, blank: start + indent === end || !/\S/.test(text.slice(start, end)) });
    if (end >= text.length) break;
    start = next;
  }
  return lines;
}

/**
 * The column a text was wrapped at: its longest line that runs on into the next (not a table row,
 * not the last line of a paragraph), when most such lines are at most MAX_WRAP_WIDTH long. Null
 * for text written a paragraph a line.
 */
export function wrapWidthOf(text: string, lines: Line[]): number | null {
  let runOn = 0;
  let long = 0;
  let width = 0;
  for (let n = 0; n + 1 < lines.length; n++) {
    const line = lines[n];
    const next = lines[n + 1];
    if (line.blank || next.blank || next.indent > line.indent) continue;
    const length = line.end - line.start;
    runOn++;
    if (length > MAX_WRAP_WIDTH) long++;
    else if (length > width && !isTableRow(text, line) && !isTableRow(text, next)) width = length;
  }
  if (runOn < 2 || long > runOn / 10 || width < MIN_WRAP_WIDTH) return null;
  return width;
}

/**
 * How far short of the wrap width a wrapped line may stop. A greedy wrapper fills every line, but
 * archives were often wrapped by other means: over 2,000 Reuters stories, 99.8% of the lines
 * followed by a lower-case word (a soft wrap for sure) come within 3 columns of fitting the next word.
 */
const WRAP_SLACK = 4;

function firstWordLength(text: string, line: Line): number {
  let i = line.start + line.indent;
  while (i < line.end && text[i] !== ' ' && text[i] !== '\t') i++;
  return i - (line.start + line.indent);
}

/**
 * A table row: figures set out in columns rather than prose. Reuters earnings tables
 * (`Shr 95.30 pesos vs 29.71 pesos`, `Net 1.9 billion vs 779 mln`) and column layouts with runs
 * of spaces between fields that hold digits.
 */
export function isTableRow(text: string, line: Line): boolean {
  const content = text.slice(line.start + line.indent, line.end).trimEnd();
  if (!/\d/.test(content) || content.length > 60) return false;
  // Prose that compares two figures ("…4,841,000 or nine cts for 1986 qtr and six mths vs
  // 2,285,000 or") has a wrapped line's length and the small words of a sentence.
  if (line.indent > 0 && content.length <= 50 && /\d.*\s(vs?\.?|versus)\s+[-+(]?[\d$£€¥.]|\s(vs?\.?|versus)\s+.*\d/i.test(content) && !TABLE_PROSE_WORD.test(content)) return true;
  const columns = content.split(/\s{2,}|\t/);
  return columns.length >= 3 && columns.filter((c) => /\d/.test(c)).length >= 2;
}

const TABLE_PROSE_WORD = /\b(of|in|the|for|and|to|from|on|at|by|with|which|that|was|were|is|said)\b|[.!?]$/;

/**
 * Is the break after line `a` a soft wrap? Hard when the next line is indented more (a new
 * paragraph), when either line is a table row, or when the next line's first word would have fitted
 * on this line (a greedy wrapper would have put it there: the writer ended the line).
 */
function isSoftBreak(text: string, a: Line, b: Line, width: number | null): boolean {
  if (width === null) return false;
  if (b.indent > a.indent) return false;
  if (isTableRow(text, a) || isTableRow(text, b)) return false;
  // A line that starts in lower case goes on with the sentence before it, however short that line
  // ("NEW DELHI, March 1 - Opposition politicians, businessmen\nand newspapers criticised…").
  if (/^\p{Ll}/u.test(text.slice(b.start + b.indent, b.start + b.indent + 1))) return true;
  return a.end - a.start + 1 + firstWordLength(text, b) > width - WRAP_SLACK;
}

export function findLayout(text: string): Layout {
  const lines = findLines(text);
  const width = wrapWidthOf(text, lines);
  const paragraphs: Paragraph[] = [];
  const flat = text.split('');
  let open: { start: number; end: number; lines: Line[] } | null = null;
  const close = () => {
    if (open) paragraphs.push({ start: open.start, end: open.end });
    open = null;
  };
  const tableLines = new Set<number>();
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.blank) {
      close();
      continue;
    }
    if (isTableRow(text, line)) tableLines.add(line.start);
    let contentEnd = line.end;
    while (contentEnd > line.start && /\s/.test(text[contentEnd - 1])) contentEnd--;
    if (open) {
      const previous: Line = open.lines[open.lines.length - 1];
      if (isSoftBreak(text, previous, line, width)) {
        for (let k = previous.end; k < previous.next; k++) flat[k] = ' ';
        open.end = contentEnd;
        open.lines.push(line);
        continue;
      }
      close();
    }
    open = { start: line.start + line.indent, end: contentEnd, lines: [line] };
  }
  close();
  const furniture = markFurniture(text, paragraphs, tableLines);
  return { paragraphs, flat: flat.join(''), furniture, wrapWidth: width };
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/**
 * A dateline at a paragraph's start: a place in capitals, or any place followed by the agency in
 * brackets, then an optional region and date, then a dash. `HARTFORD, Conn., March 26 - `,
 * `WASHINGTON, Feb 26 -`, `LONDON (Reuters) -`, `PARIS (AFP) –`, `NEW YORK (AP) — `.
 */
const DATELINE = new RegExp(
  '^(?:' +
    // A place in capitals, then an optional region, date and agency.
    "[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3}(?:,[ ][A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+){0,2})?" +
    `(?:,?[ ]${MONTH}[ ]\\d{1,2})?(?:[ ]\\([A-Za-z ]{2,30}\\))?` +
    '|' +
    // A place in any case, then the agency in brackets.
    "[A-Z][A-Za-z.'’-]+(?:[ ][A-Z][A-Za-z.'’-]+){0,3}(?:,[ ][A-Z][A-Za-z.]+)?(?:,?[ ]${MONTH}[ ]\\d{1,2})?[ ]\\([A-Z][A-Za-z ]{1,29}\\)" +
    ')[ ]?[-–—]+[ ]',
);

/** `By Jane Smith`, `By Jane Smith and John Doe, Reuters`: a byline paragraph. */
const BYLINE = /^By [A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,3}(?:(?:,| and| &) [\p{L}.'’ -]{2,40})?$/u;
/** `(Reporting by …; Editing by …)` and `Additional reporting by …`. */
const CREDIT = /^\(?(?:(?:Additional )?(?:reporting|writing|editing|compiled|graphics?)(?: and (?:writing|editing|reporting))? by\b)/i;

function markFurniture(text: string, paragraphs: Paragraph[], tableLines: Set<number>): Furniture[] {
  const furniture: Furniture[] = [];
  paragraphs.forEach((p, n) => {
    const content = text.slice(p.start, p.end);
    let kind: FurnitureKind | undefined;
    if (n === 0 && isHeadline(text, paragraphs, content)) kind = 'headline';
    else if (tableLines.has(lineStartOf(text, p.start)) || isTableLabel(text, paragraphs, n, tableLines)) kind = 'table';
    else if (n <= 3 && content.length <= 80 && BYLINE.test(content)) kind = 'byline';
    else if (CREDIT.test(content) && content.length <= 300) kind = 'credit';
    if (kind) {
      p.furniture = kind;
      furniture.push({ kind, start: p.start, end: p.end });
      return;
    }
    // A dateline opens one of the story's first paragraphs.
    if (n <= 3) {
      const m = DATELINE.exec(flatParagraph(text, p));
      if (m) furniture.push({ kind: 'dateline', start: p.start, end: p.start + m[0].trimEnd().length });
    }
  });
  return furniture;
}

function flatParagraph(text: string, p: Paragraph): string {
  return text.slice(p.start, Math.min(p.end, p.start + 120)).replace(/\r\n|[\r\n]/g, (m) => ' '.repeat(m.length));
}

function lineStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/**
 * The first paragraph is a headline when it is short, followed by a blank line, and reads as one:
 * in capitals, or in title case, or with no closing full stop. (`ROGERS <ROG> SEES 1ST QTR NET UP
 * SIGNIFICANTLY`; `Ad sales boost Time Warner profit`.) An archive wraps a long headline like any
 * paragraph (`Poll: Senator Ties Governor With Mayor in a Three-Way\nContest`): its soft wraps
 * are read as spaces; a line break the wrapper did not make keeps it from being one.
 */
function isHeadline(text: string, paragraphs: Paragraph[], rawContent: string): boolean {
  if (paragraphs.length < 2 || rawContent.length > 200) return false;
  const breaks = lineBreaks(rawContent);
  if (breaks > HEADLINE_MAX_WRAPS) return false;
  if (lineBreaks(text.slice(paragraphs[0].end, paragraphs[1].start)) < 2) return false;
  const content = breaks ? rawContent.replace(/\s+/g, ' ') : rawContent;
  const letters = content.replace(/[^\p{L}]/gu, '');
  if (letters.length && letters === letters.toUpperCase()) return true;
  if (!/[.!?]["”’']?$/.test(content)) return true;
  const words = content.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

/** A headline of 200 characters wraps at most twice at 60-80 columns. */
const HEADLINE_MAX_WRAPS = 2;

/** Line ends in `s`, CRLF counted once. */
function lineBreaks(s: string): number {
  return s.match(/\r\n|\r|\n/g)?.length ?? 0;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'vs', 'is', 'up']);

/** A short label line inside a table (`Nine mths`, `Year`, `4th qtr`): no verb-like prose, between table rows. */
function isTableLabel(text: string, paragraphs: Paragraph[], n: number, tableLines: Set<number>): boolean {
  const p = paragraphs[n];
  if (p.end - p.start > 30 || /[.!?]$/.test(text.slice(p.start, p.end))) return false;
  const next = paragraphs[n + 1];
  return !!next && tableLines.has(lineStartOf(text, next.start));
}
