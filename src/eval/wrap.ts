// Hard-wrapping for the evaluation: the shape wire archives store stories in. Only spaces turn
// into newlines, so the text keeps its length and every gold offset stays valid.

/** Wraps every line at `width` columns: the last space before the column becomes a newline (a word longer than the column stays whole). */
export function hardWrap(text: string, width: number): string {
  const out = text.split('');
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n' && text[i] !== '\r') continue;
    wrapLine(text, out, lineStart, i, width);
    lineStart = i + 1;
  }
  return out.join('');
}

function wrapLine(text: string, out: string[], start: number, end: number, width: number): void {
  let from = start;
  while (end - from > width) {
    // The last space at or before the column: the line then holds `width` characters at most.
    let cut = -1;
    for (let k = Math.min(from + width, end - 1); k > from; k--) {
      if (text[k] === ' ') {
        cut = k;
        break;
      }
    }
    if (cut < 0) {
      // One word longer than the column: break after it.
      cut = text.indexOf(' ', from + width);
      if (cut < 0 || cut >= end) return;
    }
    out[cut] = '\n';
    from = cut + 1;
  }
}
