// JSON and NDJSON: exactly the contract's document objects, nothing else on stdout.
import type { FactsDocument } from './document.js';

/** One object for one input, an array for several. */
export function formatJson(docs: FactsDocument[]): string {
  return `${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`;
}

/** One document a line, in input order. */
export function formatNdjson(docs: FactsDocument[]): string {
  return docs.map((d) => `${JSON.stringify(d)}\n`).join('');
}
