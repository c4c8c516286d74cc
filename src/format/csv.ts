// CSV (RFC 4180) and Markdown: the facts as rows for spreadsheets and reports.
//
// CSV is one table whose columns mean the same on every row, whatever the row's kind; a column
// that does not apply to a kind is empty. Every input has at least one row: its facts, or one
// row of kind "none" (no facts), "error" or "skipped". Numbers (offsets, value, mentions) are
// written as plain numbers so that spreadsheets and csvstat type those columns as numbers.
//
// Spreadsheet formula injection (OWASP, "CSV Injection"): a text cell that starts with =, +, -,
// @, a tab or a carriage return would be run as a formula by Excel, LibreOffice or Google Sheets
// (a quote `=HYPERLINK("http://…", "click")`). Such a cell gets a leading apostrophe, which the
// spreadsheet shows as text; strip it to get the story text back. Number columns are written from
// numbers and are never changed.
import type { FactsDocument } from './document.js';
import { printableCell, printableInline } from '../sanitize.js';

export const CSV_HEADER = [
  'source', 'kind', 'text', 'start', 'end',
  'name', 'country', 'titles', 'mentions',
  'speaker', 'cue', 'direct',
  'value', 'unit', 'approximate', 'qualifier', 'claimed_by',
  'rule_id', 'error_code', 'error_message',
] as const;

type Value = string | number | boolean | null | undefined;
type Row = Partial<Record<(typeof CSV_HEADER)[number], Value>>;

/** The rows of one input: one per person, country, quote and figure, or one saying why there are none. */
export function factRows(doc: FactsDocument): Row[] {
  const source = doc.source;
  if (doc.error) return [{ source, kind: 'error', error_code: doc.error.code, error_message: doc.error.message }];
  if (doc.skipped) return [{ source, kind: 'skipped', error_code: doc.skipped.code, error_message: doc.skipped.message }];
  const rows: Row[] = [];
  for (const p of doc.people ?? []) {
    const m = p.mentions.find((x) => x.kind === 'name') ?? p.mentions[0];
    rows.push({ source, kind: 'person', text: m?.text, start: m?.start, end: m?.end, name: p.name, country: p.country, titles: p.titles.join('; '), mentions: p.mentions.length, rule_id: m?.ruleId });
  }
  for (const c of doc.countries ?? []) {
    const m = c.mentions[0];
    rows.push({ source, kind: 'country', text: m?.text, start: m?.start, end: m?.end, name: c.name, country: c.code, mentions: c.mentions.length, rule_id: m ? (m.ruleId ?? `country-${m.via}`) : null });
  }
  for (const q of doc.quotes ?? []) {
    rows.push({ source, kind: 'quote', text: q.text, start: q.start, end: q.end, speaker: q.speaker, cue: q.cue, direct: q.direct !== false, rule_id: q.ruleId });
  }
  for (const f of doc.figures ?? []) {
    const qualifier = (f as { qualifier?: string }).qualifier;
    rows.push({ source, kind: 'figure', text: f.text, start: f.start, end: f.end, value: f.value, unit: f.unit, approximate: f.approximate, qualifier, claimed_by: f.attributedTo, rule_id: f.ruleId });
  }
  if (!rows.length) rows.push({ source, kind: 'none' });
  return rows;
}

// OWASP's list of first characters that make a spreadsheet read a cell as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: control characters made visible, formulas neutralised, then quoted per RFC 4180 when needed. */
export function csvField(v: Value): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const shown = printableCell(v);
  const s = FORMULA_START.test(shown) ? `'${shown}` : shown;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record with CRLF, as RFC 4180 says. */
export function csvLine(values: readonly Value[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function formatCsvRows(doc: FactsDocument): string {
  return factRows(doc).map((r) => csvLine(CSV_HEADER.map((k) => r[k]))).join('');
}

// Markdown is read on terminals too: control characters are made visible (src/sanitize.ts).
function mdCell(v: string | number | null): string {
  return printableInline(v === null ? '' : String(v)).replace(/\|/g, '\\|');
}

function mdTable(head: string[], rows: (string | number | null)[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n');
}

/** GitHub-flavoured Markdown: a heading per document, then a table per kind of fact. */
export function formatMarkdown(doc: FactsDocument): string {
  const out = [`## ${mdCell(doc.source)}`];
  if (doc.error) return `${out[0]}\n\nerror ${mdCell(doc.error.code)}: ${mdCell(doc.error.message)}\n`;
  if (doc.skipped) return `${out[0]}\n\n${mdCell(doc.skipped.message)}\n`;
  const people = doc.people ?? [];
  if (people.length) out.push(`### People (${people.length})`, mdTable(['Name', 'Country', 'Titles', 'Mentions'], people.map((p) => [p.name, p.country, p.titles.join('; '), p.mentions.length])));
  const countries = doc.countries ?? [];
  if (countries.length) out.push(`### Countries (${countries.length})`, mdTable(['Code', 'Country', 'Found as', 'Mentions'], countries.map((c) => [c.code, c.name, [...new Set(c.mentions.map((m) => m.text))].join(', '), c.mentions.length])));
  const quotes = (doc.quotes ?? []).filter((q) => q.direct !== false);
  if (quotes.length) out.push(`### Quotes (${quotes.length})`, mdTable(['Speaker', 'Cue', 'Quote'], quotes.map((q) => [q.speaker, q.cue, `“${q.text.trim()}”`])));
  const reported = (doc.quotes ?? []).filter((q) => q.direct === false);
  if (reported.length) out.push(`### Reported speech (${reported.length})`, mdTable(['Speaker', 'Cue', 'What they said'], reported.map((q) => [q.speaker, q.cue, q.text.trim()])));
  const figures = doc.figures ?? [];
  if (figures.length) out.push(`### Figures (${figures.length})`, mdTable(['Value', 'Unit', 'Approximate', 'As written', 'Claimed by'], figures.map((f) => [f.value, f.unit, f.approximate ? 'yes' : '', f.text, f.attributedTo])));
  if (out.length === 1) out.push('_no facts found_');
  return `${out.join('\n\n')}\n`;
}
