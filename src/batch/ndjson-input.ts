// `--input-format ndjson`: documents as JSON lines {"id": "...", "text": "..."}, streamed. Each
// line is bounded by --max-bytes like a file is (a 600 MB line is refused, never held).
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Input } from './inputs.js';
import { describeReadError } from './inputs.js';
import { boundedLines, fsPath, tooLarge } from './read-input.js';

/** One input per non-blank line of each stream; a bad line is an error record naming its line. */
export async function* ndjsonInputs(sources: { name: string; open: () => Readable }[], maxBytes = Infinity): AsyncGenerator<Input> {
  for (const { name, open } of sources) {
    let failed: NodeJS.ErrnoException | null = null;
    try {
      const stream = open();
      for await (const item of boundedLines(stream, maxBytes)) {
        const where = `${name}:${item.number}`;
        if ('tooLong' in item) yield { source: where, error: tooLarge(maxBytes, item.tooLong) };
        else if (item.line.trim()) yield parseLine(item.line, where);
      }
    } catch (err) {
      failed = err as NodeJS.ErrnoException;
    }
    if (failed) yield { source: name, error: { code: failed.code ?? 'EREAD', message: describeReadError(failed) } };
  }
}

function parseLine(line: string, where: string): Input {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { source: where, error: { code: 'EBADLINE', message: `not JSON: ${(err as Error).message}` } };
  }
  const doc = value as { id?: unknown; text?: unknown };
  if (!doc || typeof doc !== 'object' || typeof doc.text !== 'string') {
    return { source: where, error: { code: 'EBADLINE', message: 'expected an object with a "text" string' } };
  }
  const id = typeof doc.id === 'string' || typeof doc.id === 'number' ? String(doc.id) : where;
  return { source: id, text: doc.text.charCodeAt(0) === 0xfeff ? doc.text.slice(1) : doc.text };
}

export function fileSource(file: string | Uint8Array, name = String(file)): { name: string; open: () => Readable } {
  return { name, open: () => createReadStream(fsPath(file)) };
}
