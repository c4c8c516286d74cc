// One input to one record: read (bounded), decode, extract. Runs in the main thread or in a
// worker; a failure is a record with `error`, never a thrown exception.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extract } from '../extract.js';
import type { CompiledRules } from '../rules.js';
import type { FactKind } from '../types.js';
import { errorDocument, toDocument, type FactsDocument } from '../format/document.js';
import { decodeInput } from './decode.js';
import { describeReadError, type Input } from './inputs.js';

export interface ProcessOptions {
  only?: FactKind[];
  maxBytes: number;
  explain?: boolean;
}

export interface ProcessedRecord {
  doc: FactsDocument;
  /** The stack of an unexpected failure, for --verbose. */
  stack?: string;
}

export async function processInput(input: Input, rules: CompiledRules, options: ProcessOptions): Promise<ProcessedRecord> {
  if ('error' in input) return { doc: errorDocument(input.source, input.error) };
  if ('skipped' in input) return { doc: { source: input.source, skipped: input.skipped } };
  let text: string;
  const warnings: string[] = [];
  if ('text' in input) text = input.text;
  else {
    const read = readBounded(input.file, options.maxBytes);
    if ('error' in read) return { doc: errorDocument(input.source, read.error) };
    const decoded = decodeInput(read.bytes);
    if ('error' in decoded) return { doc: errorDocument(input.source, decoded.error) };
    text = decoded.text;
    warnings.push(...decoded.warnings);
  }
  try {
    const doc = toDocument(input.source, extract(text, rules, { only: options.only, explain: options.explain }));
    for (const w of warnings) doc.warnings!.unshift({ code: 'decoding', message: w });
    return { doc };
  } catch (err) {
    const e = err as Error;
    return { doc: errorDocument(input.source, { code: 'EEXTRACT', message: `internal error while extracting: ${e.message}` }), stack: e.stack };
  }
}

// Reads at most maxBytes + 1 bytes, so a 50 MB file is refused without being loaded. Synchronous:
// each worker reads one file at a time, and awaiting the thread pool only adds idle time.
function readBounded(file: string, maxBytes: number): { bytes: Uint8Array } | { error: { code: string; message: string } } {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) return { error: { code: 'EISDIR', message: 'is a folder' } };
    if (info.size > maxBytes) return { error: { code: 'ETOOLARGE', message: `too large: ${info.size} bytes, over --max-bytes ${maxBytes}` } };
    const buf = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      const read = readSync(fd, buf, n, buf.length - n, null);
      if (read === 0) break;
      n += read;
      if (n > maxBytes) return { error: { code: 'ETOOLARGE', message: `too large: over --max-bytes ${maxBytes}` } };
      if (n === buf.length) break;
    }
    return { bytes: buf.subarray(0, n) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { error: { code: e.code ?? 'EREAD', message: describeReadError(e) } };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
