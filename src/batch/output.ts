// The real process's side of the CLI's io: writing with backpressure, stopping on a signal between
// whole records, write failures as one line and an exit code, and command-line paths as bytes.
// Kept out of cli.ts so that main() stays testable in-process with plain functions.
import { readFileSync, readlinkSync } from 'node:fs';
import { printable } from '../sanitize.js';

export const EXIT_OUTPUT_FAILED = 1;
/** 128 + the signal number, as shells report a run ended by a signal. */
export const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

export interface ProcessOutput {
  stdout: (s: string) => void;
  /** Resolves when stdout has taken what was written (at once when nothing is queued). */
  drain: () => Promise<void>;
  /** The signal that asked the run to stop, if any. */
  interrupted: () => string | null;
  /** True when the process started with standard output closed (`extract … >&-`). */
  stdoutClosed: boolean;
  rawPath: (p: string) => string | Uint8Array;
}

/**
 * process.stdout wrapped so that:
 * - a write waits for 'drain' before the CLI takes the next record: a slow or stalled reader no
 *   longer makes memory grow with the output (485 MB to a stalled reader held 1.41 GB);
 * - SIGINT/SIGTERM stop the run as soon as what was already written has reached the reader: no
 *   record is started after the signal, none is left half written (a second signal ends it at
 *   once). Writes are whole records, so stdout ends on a line end;
 * - EPIPE (`| head -1`) ends quietly with the run's code; any other write error (ENOSPC on
 *   /dev/full, EBADF) is one line on stderr and exit 1, never a stack trace.
 */
export function processOutput(args: string[] = process.argv.slice(2)): ProcessOutput {
  const out = process.stdout;
  let signal: string | null = null;
  let failed: NodeJS.ErrnoException | null = null;
  const waiting = new Set<() => void>();
  const release = () => {
    for (const w of waiting) w();
    waiting.clear();
  };
  out.on('drain', release);
  out.on('error', (err: NodeJS.ErrnoException) => {
    release();
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (failed) return;
    failed = err;
    process.stderr.write(`extract: cannot write the output: ${printable(err.message)}\n`);
    process.exit(EXIT_OUTPUT_FAILED);
  });
  for (const name of Object.keys(SIGNAL_EXIT) as NodeJS.Signals[]) {
    process.on(name, () => {
      if (signal) process.exit(SIGNAL_EXIT[name]);
      signal = name;
      process.stderr.write(`extract: stopped by ${name}\n`);
      release();
      // An empty write completes after every write before it: then all records are whole.
      out.write('', () => process.exit(SIGNAL_EXIT[name]));
    });
  }
  return {
    // Nothing is started after a signal: a record arriving while earlier ones drain is dropped.
    stdout: (s) => {
      if (!signal) out.write(s);
    },
    drain: () => (out.writableNeedDrain && !failed ? new Promise<void>((resolve) => waiting.add(resolve)) : Promise.resolve()),
    interrupted: () => signal,
    stdoutClosed: startedWithStdoutClosed(),
    rawPath: rawArguments(args),
  };
}

// Node puts /dev/null, opened read-write, on a standard stream that was closed at start. A user's
// `> /dev/null` opens it write-only, so the two can be told apart (Linux; elsewhere: false).
function startedWithStdoutClosed(): boolean {
  try {
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /flags:\s*([0-7]+)/.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
    return flags !== undefined && (parseInt(flags, 8) & 3) === 2;
  } catch {
    return false;
  }
}

/**
 * Node decodes arguments as UTF-8, so a Latin-1 name ("caf\xe9.txt") arrives with U+FFFD and
 * names no file. /proc/self/cmdline keeps the bytes: the user's arguments (`args`, as Node
 * decoded them) are its last ones, after the script or, from the start-up snapshot, after `--`.
 */
function rawArguments(args: string[]): (p: string) => string | Uint8Array {
  let raw: Buffer[] = [];
  try {
    const all = readFileSync('/proc/self/cmdline');
    const parts: Buffer[] = [];
    let from = 0;
    for (let i = 0; i < all.length; i++) if (all[i] === 0) (parts.push(all.subarray(from, i)), (from = i + 1));
    raw = args.length > 0 ? parts.slice(-args.length) : [];
  } catch {
    // no /proc: names stay as Node decoded them
  }
  return (p) => {
    if (!p.includes('\ufffd')) return p;
    const i = args.indexOf(p);
    const bytes = i === -1 ? undefined : raw[i];
    return bytes && bytes.toString('utf8') === p ? bytes : p;
  };
}
