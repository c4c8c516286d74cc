// Text bound for a terminal (stderr messages, file names) shows no control character raw: a file
// named "\x1b]52;c;…\x07.txt" must not write the clipboard when its error line is printed.
// C0 (U+0000–U+001F except tab and newline), DEL and C1 (U+0080–U+009F) become visible escapes
// like "\x1b"; everything else, including U+FFFD from undecodable names, is kept.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `s` with every C0/C1 control character but tab and newline written as a visible \xHH escape. */
export function printable(s: string): string {
  return s.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
