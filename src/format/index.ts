// Every output format behind one interface: begin() before the first record, doc() for each
// record in input order, end() after the last. Each returns the text to write; cli.ts writes it
// (to stdout or to the -o file) and never frames JSON itself. Formatters hold only the little
// state they need to frame a stream (has a record been written?), so output streams.
import type { ChalkInstance } from 'chalk';
import type { FactsDocument } from './document.js';
import { formatTable } from './table.js';
import { CSV_HEADER, csvLine, formatCsvRows, formatMarkdown } from './csv.js';
import { terminalSafeJson } from '../sanitize.js';
import { formatSummaryCsv, formatSummaryMarkdown, formatSummaryTable, type SummaryCounter } from './summary.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface Formatter {
  begin(): string;
  doc(doc: FactsDocument): string;
  end(summary: SummaryCounter): string;
}

export interface FormatOptions {
  /** One input that is one file: JSON prints one object rather than an array, tables no heading. */
  single: boolean;
  chalk: ChalkInstance;
  /** Terminal columns for tables. */
  width: number;
  /** --summary: nothing per record, one summary at the end. */
  summary: boolean;
  /** --top: entries per list in a summary (0: all). */
  top: number;
}

export function createFormatter(format: Format, options: FormatOptions): Formatter {
  if (options.summary) return summaryFormatter(format, options);
  let written = 0;
  const each = (f: (doc: FactsDocument, first: boolean) => string): Formatter['doc'] => (doc) => f(doc, written++ === 0);
  switch (format) {
    case 'ndjson':
      return { begin: () => '', doc: (d) => `${terminalSafeJson(d)}\n`, end: () => '' };
    case 'json':
      if (options.single) return { begin: () => '', doc: (d) => `${terminalSafeJson(d, 2)}\n`, end: () => '' };
      return {
        begin: () => '',
        doc: each((d, first) => `${first ? '[\n' : ',\n'}${terminalSafeJson(d, 2).replace(/^/gm, '  ')}`),
        end: () => (written ? '\n]\n' : '[]\n'),
      };
    case 'csv':
      return { begin: () => csvLine(CSV_HEADER), doc: formatCsvRows, end: () => '' };
    case 'markdown':
      return { begin: () => '', doc: each((d, first) => `${first ? '' : '\n'}${formatMarkdown(d)}`), end: () => '' };
    case 'table':
      return {
        begin: () => '',
        doc: each((d, first) => `${first ? '' : '\n'}${formatTable([d], { chalk: options.chalk, headers: !options.single, width: options.width })}`),
        end: () => '',
      };
  }
}

function summaryFormatter(format: Format, { chalk, width, top }: FormatOptions): Formatter {
  const end = (s: SummaryCounter): string => {
    switch (format) {
      case 'json':
        return `${terminalSafeJson(s.toJSON(top), 2)}\n`;
      case 'ndjson':
        return `${terminalSafeJson(s.toJSON(top))}\n`;
      case 'csv':
        return formatSummaryCsv(s, top);
      case 'markdown':
        return formatSummaryMarkdown(s, top);
      case 'table':
        return formatSummaryTable(s, { chalk, width, top });
    }
  };
  return { begin: () => '', doc: () => '', end };
}
