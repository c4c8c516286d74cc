// Text meant for a terminal (tables, Markdown, messages on stderr) comes from story text and file
// names, which anyone can write. A raw escape sequence in either would be run by the terminal:
// OSC 52 writes the clipboard, OSC 0 sets the window title, CSI 2J clears the screen. So control
// characters are shown as visible escapes instead, as `\x1b`.
// JSON and NDJSON keep the text exactly: the characters JSON.stringify leaves raw but a terminal
// would act on are written as \u escapes, which every JSON reader turns back into the same text.
// CSV has no escape, so there they are made visible like in a table (`extract … --format csv`
// is read on terminals as often as in spreadsheets).

// The classes of characters a terminal acts on, named once and combined per output below.
// C0 controls but the three a layout uses (tab, line feed, carriage return).
const C0_BUT_LAYOUT = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f';
// DEL and C1 (U+009B is CSI on its own).
const DEL_AND_C1 = '\\u007f-\\u009f';
// The bidi embeddings, overrides and isolates that reorder what is shown (Trojan Source).
const BIDI = '\\u202a-\\u202e\\u2066-\\u2069';
// Line and paragraph separators, which some terminals and editors break lines on.
const SEPARATORS = '\\u2028\\u2029';
const anyOf = (...classes: string[]) => new RegExp(`[${classes.join('')}]`, 'g');

// Story text in a table or Markdown: every control, tab and line breaks too.
const UNSAFE = anyOf(C0_BUT_LAYOUT, '\\t\\n\\r', DEL_AND_C1, BIDI);
// A message keeps tab and newline, which its own layout uses.
const UNSAFE_IN_MESSAGE = anyOf(C0_BUT_LAYOUT, '\\r', DEL_AND_C1, BIDI);

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A message for stderr (a file name, an error, a stack): control characters but tab and newline made visible. */
export function printable(s: string): string {
  return s.replace(UNSAFE_IN_MESSAGE, visible);
}

/** Text from a story for a table or Markdown: every control character made visible, line breaks and tabs too. */
export function printableText(s: string): string {
  return s.replace(UNSAFE, visible);
}

/** For one line of a table cell: runs of white space (line breaks, tabs) become one space, other controls visible. */
export function printableInline(s: string): string {
  return printableText(s.replace(/[\t\n\v\f\r\u0085\u2028\u2029 ]+/g, ' '));
}

// What JSON.stringify leaves raw (it escapes C0 itself) but a terminal acts on or reorders.
const UNSAFE_IN_JSON = anyOf(DEL_AND_C1, SEPARATORS, BIDI);

/** JSON text safe to print on a terminal and equal, once parsed, to JSON.stringify's. */
export function terminalSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// A CSV cell keeps tab and line breaks (quoted per RFC 4180); every other control is made visible.
const UNSAFE_IN_CSV = anyOf(C0_BUT_LAYOUT, DEL_AND_C1, BIDI);

/** Text for a CSV cell: control characters but tab, CR and LF shown as `\xHH`. */
export function printableCell(s: string): string {
  return s.replace(UNSAFE_IN_CSV, visible);
}
