// Tables for reading a story's facts at a glance, sized to the terminal: as wide as their content
// needs and no wider than `width` (the terminal's columns, 80 when unknown). They stay whole down
// to 60 columns; long text wraps, and no word is cut off (see box.ts).
// Every piece of story text and every file name goes through printableInline: a table is for a
// terminal, and story text must not be able to send it escape sequences.
import type { ChalkInstance } from 'chalk';
import type { FactsDocument } from './document.js';
import type { Evidence } from '../types.js';
import { renderBox, type Cell, type Column } from './box.js';
import { printableInline as safe } from '../sanitize.js';

export interface TableOptions {
  chalk: ChalkInstance;
  /** Print a header line per document (several inputs). */
  headers: boolean;
  /** The terminal's width in columns. */
  width: number;
}

export function formatTable(docs: FactsDocument[], options: TableOptions): string {
  return docs.map((d) => formatDocument(d, options)).join('\n');
}

function formatDocument(doc: FactsDocument, { chalk, headers, width }: TableOptions): string {
  const out: string[] = [];
  if (headers) out.push(chalk.bold.underline(safe(doc.source)));
  if (doc.error) {
    out.push(chalk.red(`error ${safe(doc.error.code)}: ${safe(doc.error.message)}`));
    return `${out.join('\n')}\n`;
  }
  if (doc.skipped) {
    out.push(chalk.dim(safe(doc.skipped.message)));
    return `${out.join('\n')}\n`;
  }
  const section = (title: string, count: number) => chalk.bold(`${title} (${count})`);
  // With --explain every table gets a Rule column: the rule id and, below it, its file.
  const explain = [...(doc.people ?? []), ...(doc.countries ?? []), ...(doc.quotes ?? []), ...(doc.figures ?? [])].some((f) => f.evidence);
  const bold = (s: string) => chalk.bold(s);
  const table = (head: Column[], rows: (Cell | string)[][], rowLines = false) =>
    renderBox(explain ? [...head, { head: 'Rule', min: 8 }] : head, rows, { width, rowLines, headStyle: (s) => chalk.cyan(s) });
  function withRule(cells: (Cell | string)[], evidence: Evidence | undefined): (Cell | string)[] {
    if (!explain) return cells;
    const sieve = evidence?.sieve && evidence.sieve !== evidence.ruleId ? `\nsieve ${safe(evidence.sieve)}` : '';
    return [...cells, evidence ? { text: `${safe(evidence.ruleId)}${sieve}\n${safe(evidence.file.replace(/^.*\//, ''))}` } : ''];
  }

  const people = doc.people ?? [];
  if (people.length) {
    out.push(section('People', people.length));
    const rows = people.map((p) => withRule([{ text: safe(p.name), style: bold }, safe(p.country ?? ''), safe(p.titles.join('; ')), String(p.mentions.length)], p.evidence));
    out.push(table([{ head: 'Name', min: 10 }, { head: 'Ctry' }, { head: 'Titles', min: 10 }, { head: 'Mentions' }], rows));
  }
  const countries = doc.countries ?? [];
  if (countries.length) {
    out.push(section('Countries', countries.length));
    const rows = countries.map((c) => {
      const forms = [...new Set(c.mentions.map((m) => m.text))].join(', ');
      return withRule([{ text: safe(c.code), style: bold }, safe(c.name), safe(forms), String(c.mentions.length)], c.evidence);
    });
    out.push(table([{ head: 'Code' }, { head: 'Country', min: 10 }, { head: 'Found as', min: 10 }, { head: 'Mentions' }], rows));
  }
  const quoteRows = (direct: boolean) =>
    (doc.quotes ?? [])
      .filter((q) => (q.direct !== false) === direct)
      .map((q) =>
        withRule(
          [
            q.speaker ? { text: safe(q.speaker), style: bold } : { text: 'unknown', style: (s: string) => chalk.dim(s) },
            safe(q.cue ?? ''),
            direct ? `“${safe(q.text.trim())}”` : safe(q.text.trim()),
          ],
          q.evidence,
        ),
      );
  const quotes = quoteRows(true);
  if (quotes.length) {
    out.push(section('Quotes', quotes.length));
    out.push(table([{ head: 'Speaker', min: 10 }, { head: 'Cue' }, { head: 'Quote', min: 16 }], quotes, true));
  }
  const reported = quoteRows(false);
  if (reported.length) {
    out.push(section('Reported speech', reported.length));
    out.push(table([{ head: 'Speaker', min: 10 }, { head: 'Cue' }, { head: 'What they said', min: 16 }], reported, true));
  }
  const figures = doc.figures ?? [];
  if (figures.length) {
    out.push(section('Figures', figures.length));
    const rows = figures.map((f) => withRule([`${f.approximate ? '≈\u00a0' : ''}${formatValue(f.value)}`, safe(f.unit ?? ''), safe(f.text), safe(f.attributedTo ?? '')], f.evidence));
    out.push(table([{ head: 'Value', min: 6 }, { head: 'Unit', min: 6 }, { head: 'As written', min: 12 }, { head: 'Claimed by', min: 8 }], rows));
  }
  if (!people.length && !countries.length && !quotes.length && !reported.length && !figures.length) out.push(chalk.dim('no facts found'));
  return `${out.join('\n')}\n`;
}

export function formatValue(v: number): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: 4 });
}
