// Text meant for a terminal (tables, Markdown, messages on stderr) comes from story text and file
// names, which anyone can write. A raw escape sequence in either would be run by the terminal:
// OSC 52 writes the clipboard, OSC 0 sets the window title, CSI 2J clears the screen. So control
// characters are shown as visible escapes instead, as `\x1b`.
// Does not touch JSON, NDJSON or CSV output: those are data, read by programs, and keep the text
// exactly as it was read.

// C0 (U+0000–U+001F), DEL, C1 (U+0080–U+009F), and the bidi embeddings, overrides and isolates
// that reorder what is shown (Trojan Source).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// The same without tab and newline, which a message's own layout uses.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_MESSAGE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

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
