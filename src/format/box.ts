// Box-drawn tables that fit a given width. Column widths follow the content: a table is only as
// wide as it needs to be, and when the terminal is narrower every column gives up room in turn
// (water filling), down to a floor of a few characters. Cells wrap at spaces; a word longer than
// its column is broken across lines, never cut: every character of the text is still shown.
// Colour is applied after wrapping, line by line, so escape codes never count towards a width.

export interface Column {
  head: string;
  /** The narrowest this column may become while it has content that long (default 4). */
  min?: number;
}

export interface Cell {
  text: string;
  style?: (line: string) => string;
}

export interface BoxOptions {
  width: number;
  /** A rule between rows (for long, wrapped text like quotes). */
  rowLines?: boolean;
  headStyle?: (line: string) => string;
}

/** Columns of a terminal a string takes: wide East Asian characters 2, combining marks 0. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

function charWidth(cp: number): number {
  if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (cp >= 0x0300 && COMBINING.test(String.fromCodePoint(cp))) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) return 2;
  return 1;
}
const COMBINING = /^[\p{Mn}\p{Me}]$/u;

/**
 * Lines of at most `width` columns: greedy at spaces; a word too long for the column is broken
 * after its hyphens or slashes ("figure-vague-plural", "three-and-a-half"), and only when a piece
 * is still too long, between characters. Explicit line breaks are kept.
 */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of para.split(' ').filter(Boolean)) {
      const parts = displayWidth(word) <= width ? [word] : word.split(/(?<=[-/])(?=.)/).flatMap((p) => breakWord(p, width));
      parts.forEach((piece, k) => {
        const w = displayWidth(piece);
        const gap = k === 0 ? 1 : 0;
        if (lineWidth && lineWidth + gap + w <= width) {
          line += `${gap ? ' ' : ''}${piece}`;
          lineWidth += gap + w;
        } else {
          if (lineWidth) out.push(line);
          line = piece;
          lineWidth = w;
        }
      });
    }
    out.push(line);
  }
  return out;
}

function breakWord(word: string, width: number): string[] {
  if (displayWidth(word) <= width) return [word];
  const pieces: string[] = [];
  let piece = '';
  let w = 0;
  for (const ch of word) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (w + cw > width && piece) {
      pieces.push(piece);
      piece = '';
      w = 0;
    }
    piece += ch;
    w += cw;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Content widths for columns whose widest lines are `natural`, fitting `available` columns of
 * text. Narrow columns (a code, a cue verb, a rule id) get all they need first, as long as that is
 * no more than an even share; the long ones (titles, quotes) share the rest in proportion to their
 * content, each keeping its floor.
 */
export function fitWidths(natural: number[], floors: number[], available: number): number[] {
  if (natural.reduce((a, b) => a + b, 0) <= available) return natural;
  const widths = [...natural];
  let open = natural.map((_, i) => i);
  let budget = available;
  for (;;) {
    const fair = budget / open.length;
    const settled = open.filter((i) => natural[i] <= fair);
    if (!settled.length) break;
    for (const i of settled) budget -= natural[i];
    open = open.filter((i) => natural[i] > fair);
  }
  const want = open.reduce((a, i) => a + natural[i], 0);
  for (const i of open) widths[i] = Math.max(floors[i], Math.floor((budget * natural[i]) / want));
  const all = natural.map((_, i) => i);
  const best = (score: (i: number) => number) => all.reduce((b, i) => (score(i) > score(b) ? i : b), 0);
  let over = widths.reduce((a, b) => a + b, 0) - available;
  // Too wide (rounding up to floors): narrow the column with most room above its floor.
  while (over > 0) {
    const i = best((k) => widths[k] - floors[k]);
    if (widths[i] <= floors[i]) break;
    widths[i]--;
    over--;
  }
  // Room left (rounding down): widen the column that lacks most.
  while (over < 0) {
    const i = best((k) => natural[k] - widths[k]);
    if (widths[i] >= natural[i]) break;
    widths[i]++;
    over++;
  }
  return widths;
}

export function renderBox(columns: Column[], rows: (Cell | string)[][], options: BoxOptions): string {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'string' ? { text: c } : c)));
  const natural = columns.map((col, i) => Math.max(...[col.head, ...cells.map((r) => r[i]?.text ?? '')].flatMap((t) => t.split('\n')).map(displayWidth), 1));
  // Each column costs its text, a space either side and one border; plus the closing border.
  const available = options.width - (3 * columns.length + 1);
  // A column keeps room for its longest word (up to 10) when the width allows it, so that short
  // words ("Mentions", "saying") are never broken while a long column could give up room.
  const longestWord = columns.map((col, i) => Math.max(...[col.head, ...cells.map((r) => r[i]?.text ?? '')].flatMap((t) => t.split(/[ \n]/)).map(displayWidth)));
  const floors = columns.map((col, i) => Math.min(natural[i], Math.max(col.min ?? 4, Math.min(longestWord[i], 10))));
  // Too narrow for that: the column with the most room above its own minimum gives up one at a time.
  const least = columns.map((col, i) => Math.min(natural[i], col.min ?? 4));
  for (let over = floors.reduce((a, b) => a + b, 0) - available; over > 0; over--) {
    const i = floors.reduce((b, _, k) => (floors[k] - least[k] > floors[b] - least[b] ? k : b), 0);
    if (floors[i] <= least[i]) break;
    floors[i]--;
  }
  const widths = fitWidths(natural, floors, available);
  const rule = (l: string, m: string, r: string) => `${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`;
  const line = (row: Cell[], style?: (s: string) => string) => {
    const wrapped = row.map((c, i) => wrapText(c.text, widths[i]));
    const height = Math.max(...wrapped.map((w) => w.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      out.push(
        `│${wrapped
          .map((lines, i) => {
            const text = lines[k] ?? '';
            const styled = text && (row[i].style ?? style) ? (row[i].style ?? style)!(text) : text;
            return ` ${styled}${' '.repeat(Math.max(0, widths[i] - displayWidth(text)))} `;
          })
          .join('│')}│`,
      );
    }
    return out.join('\n');
  };
  const out = [rule('┌', '┬', '┐'), line(columns.map((c) => ({ text: c.head })), options.headStyle), rule('├', '┼', '┤')];
  cells.forEach((row, k) => {
    if (k && options.rowLines) out.push(rule('├', '┼', '┤'));
    out.push(line(row));
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
