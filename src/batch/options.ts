// Checks of batch options that would otherwise fail silently: a --glob picomatch cannot parse
// matches nothing (zero records, exit 0, no message), and --jobs above the core count only adds
// worker heaps (24 jobs on 2 files used 1.26 GB).
import { statSync } from 'node:fs';
import type { Input } from './inputs.js';
import { fsPath } from './read-input.js';

/** Why `glob` is not a pattern (an unclosed bracket, brace or parenthesis), or null. */
export function checkGlob(glob: string): string | null {
  if (!glob.trim()) return 'empty pattern';
  const closers: Record<string, string> = { '[': ']', '{': '}', '(': ')' };
  const open: string[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') {
      i++;
      continue;
    }
    // Inside [...] only ']' counts: "[(]" is a class holding "(".
    if (open.at(-1) === '[') {
      if (c === ']') open.pop();
      continue;
    }
    if (c in closers) open.push(c);
    else if (c === ']' || c === '}' || c === ')') {
      if (closers[open.at(-1) ?? ''] !== c) return `"${glob}" has an unmatched "${c}"`;
      open.pop();
    }
  }
  return open.length ? `"${glob}" has an unclosed "${open.at(-1)}"` : null;
}

/** Below this size, one story named on the command line is extracted in the main thread. */
export const IN_THREAD_MAX_BYTES = 1024 * 1024;

/** Whether `input` is a regular file small enough to extract without a worker's bounded heap. */
export function smallRegularFile(input: Input | undefined): boolean {
  if (!input || !('file' in input) || input.file === '-') return false;
  try {
    const info = statSync(fsPath(input.file));
    return info.isFile() && info.size <= IN_THREAD_MAX_BYTES;
  } catch {
    return true; // the read fails the same way in either thread, with its record
  }
}

/** At most `cores` jobs; a note says when the request was lowered. */
export function capJobs(requested: number, cores: number, note: (s: string) => void): number {
  if (requested <= cores) return requested;
  note(`--jobs ${requested} lowered to ${cores}, the number of cores: more threads only add memory`);
  return cores;
}
