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

/** A failed input: empty fact lists, so that `jq '.people[]'` reads every record, and the error. */
export function errorDocument(source: string, error: DocumentError): FactsDocument {
  return { source, ...emptyFacts(), error };
}

function emptyFacts(): Facts {
  return { people: [], countries: [], quotes: [], figures: [], organisations: [], warnings: [] };
}

/** The record as written: error and skipped records get empty fact lists too (in the contract's key order). */
export function withFactLists(doc: FactsDocument): FactsDocument {
  if (doc.people && doc.countries && doc.quotes && doc.figures && doc.organisations && doc.warnings) return doc;
  const { source, ...rest } = doc;
  return { source, ...emptyFacts(), ...rest };
}
