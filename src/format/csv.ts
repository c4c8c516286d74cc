// CSV (RFC 4180) and Markdown: the facts as rows for spreadsheets and reports.
import type { FactsDocument } from './document.js';

export const CSV_HEADER = ['source', 'kind', 'text', 'value', 'speaker_or_unit', 'start', 'end'];

type Row = (string | number | null)[];

/** One row per fact: a person, a country, a quote or a figure; a failed input is one "error" row. */
export function factRows(doc: FactsDocument): Row[] {
  const rows: Row[] = [];
  if (doc.error) return [[doc.source, 'error', doc.error.message, doc.error.code, null, null, null]];
  if (doc.skipped) return [[doc.source, 'skipped', doc.skipped.message, doc.skipped.code, null, null, null]];
  for (const p of doc.people ?? []) {
    const m = p.mentions.find((x) => x.kind === 'name') ?? p.mentions[0];
    rows.push([doc.source, 'person', p.name, p.country, p.titles.join('; '), m?.start ?? null, m?.end ?? null]);
  }
  for (const c of doc.countries ?? []) rows.push([doc.source, 'country', c.mentions[0]?.text ?? c.name, c.code, c.name, c.mentions[0]?.start ?? null, c.mentions[0]?.end ?? null]);
  for (const q of doc.quotes ?? []) rows.push([doc.source, q.direct === false ? 'reported' : 'quote', q.text, q.cue, q.speaker, q.start, q.end]);
  for (const f of doc.figures ?? []) rows.push([doc.source, 'figure', f.text, f.value, f.unit, f.start, f.end]);
  return rows;
}

// RFC 4180: fields with a comma, a quote or a line break are quoted, quotes doubled; CRLF line ends.
function csvField(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(row: Row): string {
  return `${row.map(csvField).join(',')}\r\n`;
}

export function formatCsvRows(doc: FactsDocument): string {
  return factRows(doc).map(csvLine).join('');
}

function mdCell(v: string | number | null): string {
  return (v === null ? '' : String(v)).replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
}

function mdTable(head: string[], rows: Row[]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n');
}

/** GitHub-flavoured Markdown: a heading per document, then a table per kind of fact. */
export function formatMarkdown(doc: FactsDocument): string {
  const out = [`## ${mdCell(doc.source)}`];
  if (doc.error) return `${out[0]}\n\nerror ${doc.error.code}: ${mdCell(doc.error.message)}\n`;
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
