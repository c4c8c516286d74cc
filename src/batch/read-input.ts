// Reading one input's bytes, bounded by --max-bytes, to end of file. The size a file reports is
// only used to refuse a large regular file early: pipes, FIFOs, /proc files and /dev/stdin report
// 0, and a file may grow while it is read, so every reader reads until read() returns 0.
// Does not decode (decode.ts) and does not decide what a folder holds (inputs.ts).
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Readable } from 'node:stream';

export type ReadResult = { bytes: Uint8Array } | { error: { code: string; message: string } } | { skipped: { code: string; message: string } };

const CHUNK = 64 * 1024;

/** A path as fs takes it: names that are not UTF-8 travel as bytes (a Uint8Array after postMessage). */
export function fsPath(file: string | Uint8Array): string | Buffer {
  return typeof file === 'string' ? file : Buffer.from(file.buffer, file.byteOffset, file.byteLength);
}

export function tooLarge(maxBytes: number, size?: number): { code: string; message: string } {
  return { code: 'ETOOLARGE', message: size === undefined ? `too large: over --max-bytes ${maxBytes}` : `too large: ${size} bytes, over --max-bytes ${maxBytes}` };
}

/** What kind of non-regular file `info` is, as a skipped record (null for a regular file). */
export function specialFile(info: Stats | { isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean; isFile(): boolean }): { code: string; message: string } | null {
  if (info.isFile()) return null;
  if (info.isFIFO()) return { code: 'EFIFO', message: 'named pipe (FIFO), not a regular file, skipped' };
  if (info.isSocket()) return { code: 'ESOCKET', message: 'socket, not a regular file, skipped' };
  if (info.isBlockDevice() || info.isCharacterDevice()) return { code: 'EDEVICE', message: 'device, not a regular file, skipped' };
  return { code: 'ESPECIAL', message: 'not a regular file, skipped' };
}

/**
 * Reads `file` to end of file, at most maxBytes (maxBytes + 1 bytes are read to know it is over).
 * With `regularOnly` (files found below a folder) the file is opened without blocking and anything
 * but a regular file is skipped: a FIFO in a folder would otherwise wait forever for a writer.
 * A path named on the command line is read whatever it is, like cat does: `extract /dev/stdin`.
 * Synchronous: each worker reads one file at a time.
 */
export function readFileBounded(file: string | Uint8Array, maxBytes: number, regularOnly = false): ReadResult {
  let fd: number | null = null;
  try {
    // A path named on the command line is opened blocking, once: a probe open of a FIFO would let
    // its writer finish into a pipe that is then closed, and the second open would wait forever.
    fd = openSync(fsPath(file), regularOnly ? constants.O_RDONLY | constants.O_NONBLOCK : constants.O_RDONLY);
    const info = fstatSync(fd);
    if (info.isDirectory()) return { error: { code: 'EISDIR', message: 'is a folder' } };
    const special = specialFile(info);
    if (special && regularOnly) return { skipped: special };
    if (!special && info.size > maxBytes) return { error: tooLarge(maxBytes, info.size) };
    return readFd(fd, maxBytes);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { error: { code: e.code ?? 'EREAD', message: describeReadError(e) } };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

// Made when first needed: the start-up snapshot's builder has no SharedArrayBuffer.
let pause: Int32Array | null = null;

function readFd(fd: number, maxBytes: number): ReadResult {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      // A pipe inherited in non-blocking mode: wait a little for the writer rather than spin.
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait((pause ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, 5);
        continue;
      }
      throw err;
    }
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
    if (total > maxBytes) return { error: tooLarge(maxBytes) };
  }
  return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
}

/** Reads a stream (standard input) to its end, at most maxBytes; stops reading once over. */
export async function readStreamBounded(stream: Readable, maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
      total += buf.length;
      // 600 MB on standard input must not be held: refuse as soon as it is over the bound.
      if (total > maxBytes) {
        stream.destroy();
        return { error: tooLarge(maxBytes) };
      }
      chunks.push(buf);
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { error: { code: e.code ?? 'EREAD', message: describeReadError(e) } };
  }
  return { bytes: Buffer.concat(chunks, total) };
}

export type Line = { line: string; number: number } | { tooLong: number; number: number };

/**
 * The lines of a stream, each at most maxBytes: a longer line is not held, only its length is
 * reported, and reading goes on at the next line. A UTF-8 byte-order mark before the first line
 * is dropped (a file saved by Notepad would otherwise lose its first document). CRLF ends count.
 */
export async function* boundedLines(stream: Readable, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  let number = 0;
  const finish = (): Line => {
    number++;
    if (over) return { tooLong: size, number };
    let buf = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    if (number === 1 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    if (buf[buf.length - 1] === 0x0d) buf = buf.subarray(0, buf.length - 1);
    return { line: buf.toString('utf8'), number };
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    let from = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, from);
      const end = nl === -1 ? buf.length : nl;
      size += end - from;
      if (size > maxBytes) over = true;
      if (!over && end > from) parts.push(buf.subarray(from, end));
      if (over) parts = [];
      if (nl === -1) break;
      yield finish();
      parts = [];
      size = 0;
      over = false;
      from = nl + 1;
    }
  }
  if (size > 0 || parts.length) yield finish();
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
