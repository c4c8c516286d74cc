// -o FILE: output goes to a temporary file next to FILE, renamed over FILE only when the run ends
// (or is interrupted, after the format's closing text). A killed run leaves FILE as it was, never
// a JSON array without its "]". Written synchronously, record by record: a signal handler that
// commits always sees whole records.
//
// --resume: the records already in an NDJSON FILE are kept (whole lines that parse as a record
// with a "source"), their sources are not read again, and the new records follow them.
import { closeSync, createReadStream, existsSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';

export class FileOutput {
  private fd: number | null;
  /** Where the output goes until commit(): a temporary file, or the target itself when that is not a regular file (`-o /dev/stdout`). */
  readonly temp: string;

  constructor(readonly target: string) {
    const existing = statOrNull(target);
    this.temp = existing && !existing.isFile() ? target : path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    this.fd = openSync(this.temp, 'w');
  }

  write(s: string): void {
    if (this.fd === null || !s) return;
    const buf = Buffer.from(s, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off);
  }

  /** Puts the output in place: flushed to disk, then renamed over the target in one step. */
  commit(): void {
    if (this.fd === null) return;
    if (this.temp === this.target) {
      closeSync(this.fd);
      this.fd = null;
      return;
    }
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
    renameSync(this.temp, this.target);
  }

  /** Leaves the target as it was. */
  abandon(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    if (this.temp === this.target) return;
    try {
      unlinkSync(this.temp);
    } catch {
      // already gone
    }
  }
}

/**
 * The sources of the records an NDJSON output file already holds (none when it does not exist);
 * each whole, valid line is passed to `keepLine` with its line break, to be written again first.
 * Streamed: a large file is never held in memory. A cut or unreadable line is dropped.
 */
export async function readHeldRecords(file: string, keepLine: (line: string) => void): Promise<Set<string>> {
  const sources = new Set<string>();
  if (!existsSync(file)) return sources;
  const keep = (line: string) => {
    try {
      const record = JSON.parse(line) as { source?: unknown };
      if (record && typeof record === 'object' && typeof record.source === 'string') {
        sources.add(record.source);
        keepLine(`${line}\n`);
      }
    } catch {
      // half a line from a run killed mid-write, or not ours
    }
  };
  // readline also yields a last line without a line break; only whole lines count, so keep each
  // line back until the next one shows it was ended.
  let pending: string | null = null;
  // Loaded when needed: Node has not verified node:readline in a start-up snapshot.
  const { createInterface } = process.getBuiltinModule('node:readline');
  for await (const line of createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })) {
    if (pending !== null) keep(pending);
    pending = line;
  }
  if (pending !== null && (await endsWithNewline(file))) keep(pending);
  return sources;
}

async function endsWithNewline(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (!size) return false;
    const buf = Buffer.alloc(1);
    await handle.read(buf, 0, 1, size - 1);
    return buf[0] === 0x0a;
  } finally {
    await handle.close();
  }
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}
