// `--input-format ndjson`: documents as JSON lines {"id": "...", "text": "..."}, streamed.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Input } from './inputs.js';
import { describeReadError } from './inputs.js';

/** One input per non-blank line of each stream; a bad line is an error record naming its line. */
export async function* ndjsonInputs(sources: { name: string; open: () => Readable }[]): AsyncGenerator<Input> {
  for (const { name, open } of sources) {
    const stream = open();
    let failed: NodeJS.ErrnoException | null = null;
    stream.on('error', (err) => (failed = err as NodeJS.ErrnoException));
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let n = 0;
    try {
      for await (const line of lines) {
        n++;
        if (!line.trim()) continue;
        yield parseLine(line, `${name}:${n}`);
      }
    } catch (err) {
      failed = err as NodeJS.ErrnoException;
    }
    if (failed) yield { source: name, error: { code: (failed as NodeJS.ErrnoException).code ?? 'EREAD', message: describeReadError(failed) } };
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

export function fileSource(file: string): { name: string; open: () => Readable } {
  return { name: file, open: () => createReadStream(file) };
}
