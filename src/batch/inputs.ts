// What the command line names, as an ordered list of inputs: files, folders read recursively
// (sorted paths), standard input, and NDJSON lines. Every input becomes exactly one record.
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';

export type Input =
  /** A file to read (`path` as given or found below a folder). */
  | { source: string; file: string }
  /** A document whose text is already here (standard input, an NDJSON line). */
  | { source: string; text: string }
  /** An input that yields an error record without being read. */
  | { source: string; error: { code: string; message: string } }
  /** A file below a folder that is not read, with a record saying why. */
  | { source: string; skipped: { code: string; message: string } };

export interface ListOptions {
  /** Which files below a folder to read (default every file; hidden ones are skipped). */
  glob?: string;
}

/** Files of each path in order; a folder's files sorted by path. */
export async function* listInputs(paths: string[], options: ListOptions = {}): AsyncGenerator<Input> {
  const matches = options.glob ? picomatch(options.glob) : null;
  // A hidden file gets a record saying it was skipped only if the pattern would otherwise take it.
  const matchesHidden = options.glob ? picomatch(options.glob, { dot: true }) : null;
  for (const p of paths) {
    if (p === '-') {
      yield { source: '-', file: '-' };
      continue;
    }
    const info = await stat(p).catch((err: NodeJS.ErrnoException) => err);
    if (info instanceof Error) {
      yield { source: p, error: { code: info.code ?? 'EREAD', message: describeReadError(info) } };
    } else if (info.isDirectory()) {
      for (const f of await walk(p, new Set())) {
        const rel = path.relative(p, f.path).split(path.sep).join('/');
        if (f.hidden) {
          if (!matchesHidden || matchesHidden(rel)) yield { source: f.path, skipped: { code: 'EHIDDEN', message: 'hidden file, skipped' } };
        }
        else if (f.error) yield { source: f.path, error: f.error };
        else if (!matches || matches(rel)) yield { source: f.path, file: f.path };
      }
    } else yield { source: p, file: p };
  }
}

interface Found {
  path: string;
  hidden?: boolean;
  error?: { code: string; message: string };
}

// Depth-first, entries sorted; symlinked folders are followed once (a loop is reported, not walked).
async function walk(dir: string, seen: Set<string>): Promise<Found[]> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return [{ path: dir, error: { code: 'ELOOP', message: 'symbolic link loop, skipped' } }];
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return [{ path: dir, error: { code: e.code ?? 'EREAD', message: describeReadError(e) } }];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: Found[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    const hidden = e.name.startsWith('.');
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) isDir = (await stat(full).catch(() => null))?.isDirectory() ?? false;
    if (isDir) {
      if (!hidden) out.push(...(await walk(full, new Set(seen))));
    } else out.push(hidden ? { path: full, hidden } : { path: full });
  }
  return out;
}

export function describeReadError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return `cannot read (${e.code ?? e.message})`;
  }
}
