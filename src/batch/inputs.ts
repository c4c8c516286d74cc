// What the command line names, as an ordered list of inputs: files, folders read recursively
// (sorted paths), standard input, and NDJSON lines. Every input becomes exactly one record.
//
// Inside a folder, symbolic links are not followed unless asked (--follow), as ripgrep does: a
// link out of the folder would read files the user did not name, and 14 levels of 2 links gave
// 16,384 records of one file. FIFOs, sockets and devices in a folder are skipped (reading a FIFO
// waits for a writer forever). No real file (device and inode) is read twice in a run. Names are
// handled as bytes, so a file named in Latin-1 ("caf\xe9.txt") is still read; its source shows
// U+FFFD where the bytes are not UTF-8.
import { readdirSync, statSync, Stats, type Dirent } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { describeReadError, fsPath, specialFile } from './read-input.js';

export { describeReadError };

export type Input =
  /** A file to read (`path` as given or found below a folder; bytes when not valid UTF-8). */
  | { source: string; file: string | Uint8Array; regularOnly?: boolean }
  /** A document whose text is already here (standard input, an NDJSON line). */
  | { source: string; text: string }
  /** An input that yields an error record without being read. */
  | { source: string; error: { code: string; message: string } }
  /** A file below a folder that is not read, with a record saying why. */
  | { source: string; skipped: { code: string; message: string } };

export interface ListOptions {
  /** Which files below a folder to read (default every file; hidden ones are skipped). */
  glob?: string;
  /** Follow symbolic links found inside folders (links named on the command line always are). */
  follow?: boolean;
  /** The bytes of a command-line path, when the shell gave bytes that are not UTF-8. */
  rawPath?: (p: string) => string | Uint8Array;
}

/** Files of each path in order; a folder's files sorted by path. */
export async function* listInputs(paths: string[], options: ListOptions = {}): AsyncGenerator<Input> {
  const matches = options.glob ? picomatch(options.glob) : null;
  // A hidden file gets a record saying it was skipped only if the pattern would otherwise take it.
  const matchesHidden = options.glob ? picomatch(options.glob, { dot: true }) : null;
  const seen = new Map<string, string>(); // dev:ino of each file read so far → its source
  const once = (info: Stats, source: string, file: string | Uint8Array, regularOnly: boolean): Input => {
    const key = `${info.dev}:${info.ino}`;
    const first = seen.get(key);
    if (first !== undefined) return { source, skipped: { code: 'EDUPLICATE', message: `same file as ${first}, skipped` } };
    seen.set(key, source);
    return regularOnly ? { source, file, regularOnly } : { source, file };
  };
  for (const p of paths) {
    if (p === '-') {
      yield { source: '-', file: '-' };
      continue;
    }
    const file = options.rawPath?.(p) ?? p;
    let info: Stats;
    try {
      info = statSync(fsPath(file));
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      yield { source: p, error: { code: e.code ?? 'EREAD', message: describeReadError(e) } };
      continue;
    }
    if (!info.isDirectory()) {
      // A FIFO or /dev/stdin named here is read to its end; it has no identity worth keeping.
      yield info.isFile() ? once(info, p, file, false) : { source: p, file };
      continue;
    }
    const root = typeof file === 'string' ? Buffer.from(file) : Buffer.from(file);
    for (const f of walk(root, p, options.follow ?? false)) {
      if ('skipped' in f || 'error' in f) {
        yield f;
        continue;
      }
      const rel = f.rel;
      if (f.hidden) {
        if (!matchesHidden || matchesHidden(rel)) yield { source: f.source, skipped: { code: 'EHIDDEN', message: 'hidden file, skipped' } };
      } else if (!matches || matches(rel)) {
        if (f.special) {
          yield { source: f.source, skipped: f.special };
          continue;
        }
        // Stat only what will be read: a folder of 130,000 files mostly left out by --glob costs no stats.
        let info: Stats;
        try {
          info = statSync(fsPath(f.file));
        } catch (err) {
          const e = err as NodeJS.ErrnoException;
          yield { source: f.source, error: { code: e.code ?? 'EREAD', message: describeReadError(e) } };
          continue;
        }
        yield once(info, f.source, f.file, true);
      }
    }
  }
}

type Found =
  | { source: string; rel: string; file: string | Uint8Array; hidden?: boolean; special?: { code: string; message: string } }
  | { source: string; skipped: { code: string; message: string } }
  | { source: string; error: { code: string; message: string } };

const SLASH = Buffer.from('/');

// Depth-first, entries sorted by bytes. A generator: one folder of 130,000 files is never spread
// into an argument list (that overflowed the stack). Recursion depth is the folder depth only.
function* walk(root: Buffer, rootSource: string, follow: boolean): Generator<Found> {
  const dirsSeen = new Set<string>();
  const rootInfo = statSync(root);
  dirsSeen.add(`${rootInfo.dev}:${rootInfo.ino}`);
  const display = (rel: Buffer) => joinSource(rootSource, rel.toString('utf8'));

  function* visit(dir: Buffer, relDir: Buffer | null): Generator<Found> {
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      yield { source: relDir ? display(relDir) : rootSource, error: { code: e.code ?? 'EREAD', message: describeReadError(e) } };
      return;
    }
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const e of entries) {
      const full = Buffer.concat([dir, SLASH, e.name]);
      const rel = relDir ? Buffer.concat([relDir, SLASH, e.name]) : e.name;
      const source = display(rel);
      const relText = rel.toString('utf8');
      const file = asPath(full);
      const hidden = e.name[0] === 0x2e; // '.'
      let kind: Dirent<Buffer> | Stats = e;
      if (e.isSymbolicLink()) {
        if (!follow) {
          // A link goes through the same hidden-file and --glob checks as a file.
          yield { source, rel: relText, file, hidden, special: { code: 'ESYMLINK', message: 'symbolic link, not followed (use --follow)' } };
          continue;
        }
        try {
          kind = statSync(full);
        } catch (err) {
          const x = err as NodeJS.ErrnoException;
          yield { source, error: { code: x.code ?? 'EREAD', message: describeReadError(x) } };
          continue;
        }
      }
      if (kind.isDirectory()) {
        if (hidden) continue;
        // A followed link was stat'ed above; a plain folder's entry has no device and inode yet.
        let info: Stats;
        try {
          info = kind instanceof Stats ? kind : statSync(full);
        } catch (err) {
          const x = err as NodeJS.ErrnoException;
          yield { source, error: { code: x.code ?? 'EREAD', message: describeReadError(x) } };
          continue;
        }
        const key = `${info.dev}:${info.ino}`;
        // With --follow, a folder reached twice (a loop, or two links to one folder) is read once.
        if (dirsSeen.has(key)) {
          yield { source, skipped: { code: 'EDUPLICATE', message: 'folder already read (symbolic link loop or second link), skipped' } };
          continue;
        }
        dirsSeen.add(key);
        yield* visit(full, rel);
      } else yield { source, rel: relText, file, hidden, special: specialFile(kind) ?? undefined };
    }
  }
  yield* visit(root, null);
}

function joinSource(root: string, rel: string): string {
  return path.join(root, rel);
}

// A name that is valid UTF-8 is passed as a string (what the record shows); other names as bytes.
function asPath(bytes: Buffer): string | Uint8Array {
  const s = bytes.toString('utf8');
  return Buffer.from(s, 'utf8').equals(bytes) ? s : bytes;
}
