// One input to one record: read (bounded), decode, extract. Runs in the main thread or in a
// worker; a failure is a record with `error`, never a thrown exception.
import { extract } from '../extract.js';
import type { CompiledRules } from '../rules.js';
import type { FactKind } from '../types.js';
import { errorDocument, toDocument, type FactsDocument } from '../format/document.js';
import { decodeInput } from './decode.js';
import type { Input } from './inputs.js';
import { readFileBounded } from './read-input.js';

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
    const read = readFileBounded(input.file, options.maxBytes, input.regularOnly);
    if ('error' in read) return { doc: errorDocument(input.source, read.error) };
    if ('skipped' in read) return { doc: { source: input.source, skipped: read.skipped } };
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
