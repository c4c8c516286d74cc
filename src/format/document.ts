// The document object of the JSON contract: one per input.
import type { Facts } from '../types.js';

export interface DocumentError {
  code: string;
  message: string;
}

export interface FactsDocument extends Partial<Facts> {
  source: string;
  error?: DocumentError;
  /** An input below a folder that was not read (a hidden file), with the reason. */
  skipped?: DocumentError;
}

export function toDocument(source: string, facts: Facts): FactsDocument {
  return { source, ...facts };
}

export function errorDocument(source: string, error: DocumentError): FactsDocument {
  return { source, error };
}
