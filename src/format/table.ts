// Tables for reading a story's facts at a glance in an 80-column terminal.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { FactsDocument } from './document.js';
import type { Evidence } from '../types.js';

const WIDTH = 80;

export interface TableOptions {
  chalk: ChalkInstance;
  /** Print a header line per document (several inputs). */
  headers: boolean;
}

export function formatTable(docs: FactsDocument[], options: TableOptions): string {
  return docs.map((d) => formatDocument(d, options)).join('\n');
}

function formatDocument(doc: FactsDocument, { chalk, headers }: TableOptions): string {
  const out: string[] = [];
  if (headers) out.push(chalk.bold.underline(doc.source));
  if (doc.error) {
    out.push(chalk.red(`error ${doc.error.code}: ${doc.error.message}`));
    return `${out.join('\n')}\n`;
  }
  if (doc.skipped) {
    out.push(chalk.dim(doc.skipped.message));
    return `${out.join('\n')}\n`;
  }
  const section = (title: string, count: number) => chalk.bold(`${title} (${count})`);
  // With --explain every table gets a Rule column; the widest column gives up the room.
  const explain = [...(doc.people ?? []), ...(doc.countries ?? []), ...(doc.quotes ?? []), ...(doc.figures ?? [])].some((f) => f.evidence);
  const RULE = 18;
  const table = (head: string[], widths: number[], rowLines = false) =>
    new Table({
      ...(rowLines ? {} : { chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' } }),
      head: (explain ? [...head, 'Rule'] : head).map((h) => chalk.cyan(h)),
      colWidths: explain ? [...widths.map((w) => (w === Math.max(...widths) ? w - RULE - 1 : w)), RULE] : widths,
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: { head: [], border: [] },
    });

  const people = doc.people ?? [];
  if (people.length) {
    out.push(section('People', people.length));
    const t = table(['Name', 'Ctry', 'Titles', 'Mentions'], [22, 6, 37, 10]);
    for (const p of people) t.push(withRule([chalk.bold(p.name), p.country ?? '', p.titles.join('; '), String(p.mentions.length)], p.evidence));
    out.push(t.toString());
  }
  const countries = doc.countries ?? [];
  if (countries.length) {
    out.push(section('Countries', countries.length));
    const t = table(['Code', 'Country', 'Found as', 'Mentions'], [6, 20, 39, 10]);
    for (const c of countries) {
      const forms = [...new Set(c.mentions.map((m) => m.text))].join(', ');
      t.push(withRule([chalk.bold(c.code), c.name, forms, String(c.mentions.length)], c.evidence));
    }
    out.push(t.toString());
  }
  const quotes = (doc.quotes ?? []).filter((q) => q.direct !== false);
  if (quotes.length) {
    out.push(section('Quotes', quotes.length));
    const t = table(['Speaker', 'Cue', 'Quote'], [20, 10, WIDTH - 34], true);
    for (const q of quotes) t.push(withRule([q.speaker ? chalk.bold(q.speaker) : chalk.dim('unknown'), q.cue ?? '', `“${q.text.trim()}”`], q.evidence));
    out.push(t.toString());
  }
  const reported = (doc.quotes ?? []).filter((q) => q.direct === false);
  if (reported.length) {
    out.push(section('Reported speech', reported.length));
    const t = table(['Speaker', 'Cue', 'What they said'], [20, 10, WIDTH - 34], true);
    for (const q of reported) t.push(withRule([chalk.bold(q.speaker ?? ''), q.cue ?? '', q.text.trim()], q.evidence));
    out.push(t.toString());
  }
  const figures = doc.figures ?? [];
  if (figures.length) {
    out.push(section('Figures', figures.length));
    const t = table(['Value', 'Unit', 'As written', 'Claimed by'], [16, 14, 24, 18]);
    for (const f of figures) t.push(withRule([`${f.approximate ? '≈ ' : ''}${formatValue(f.value)}`, f.unit ?? '', f.text, f.attributedTo ?? ''], f.evidence));
    out.push(t.toString());
  }
  if (!people.length && !countries.length && !quotes.length && !reported.length && !figures.length) out.push(chalk.dim('no facts found'));
  function withRule(cells: string[], evidence: Evidence | undefined): string[] {
    return explain ? [...cells, evidence ? `${evidence.ruleId}${evidence.sieve && evidence.sieve !== evidence.ruleId ? `\nsieve ${evidence.sieve}` : ''}\n${chalk.dim(evidence.file.replace(/^.*\//, ''))}` : ''] : cells;
  }
  return `${out.join('\n')}\n`;
}

function formatValue(v: number): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/** Across many documents: how many documents mention each person, country and figure unit. */
export class SummaryCounter {
  inputs = 0;
  errors = 0;
  readonly totals = { people: 0, countries: 0, quotes: 0, figures: 0 };
  readonly people = new Map<string, number>();
  readonly countries = new Map<string, number>();
  readonly units = new Map<string, number>();

  add(doc: FactsDocument): void {
    this.inputs++;
    if (doc.error) this.errors++;
    const count = (into: Map<string, number>, keys: Iterable<string>) => {
      for (const k of new Set(keys)) into.set(k, (into.get(k) ?? 0) + 1);
    };
    count(this.people, (doc.people ?? []).map((p) => p.name));
    count(this.countries, (doc.countries ?? []).map((c) => `${c.code} ${c.name}`));
    count(this.units, (doc.figures ?? []).map((f) => f.unit ?? '(number)'));
    this.totals.people += doc.people?.length ?? 0;
    this.totals.countries += doc.countries?.length ?? 0;
    this.totals.quotes += doc.quotes?.length ?? 0;
    this.totals.figures += doc.figures?.length ?? 0;
  }

  line(seconds: number): string {
    const t = this.totals;
    return `${this.inputs} inputs: ${t.people} people, ${t.countries} countries, ${t.quotes} quotes, ${t.figures} figures; ${this.errors} errors; ${seconds.toFixed(1)} s`;
  }
}

export function formatSummaryTable(summary: SummaryCounter, { chalk }: { chalk: ChalkInstance }, top = 20): string {
  const out = [chalk.bold(`${summary.inputs} documents, ${summary.errors} errors`)];
  const block = (title: string, counts: Map<string, number>, widths: [number, number]) => {
    if (!counts.size) return;
    out.push(chalk.bold(`${title} (${counts.size}; the ${Math.min(top, counts.size)} in most documents)`));
    const t = new Table({ head: [chalk.cyan(title.replace(/ .*/, '')), chalk.cyan('Documents')], colWidths: widths, style: { head: [], border: [] } });
    for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top)) t.push([k, String(n)]);
    out.push(t.toString());
  };
  block('People', summary.people, [40, 12]);
  block('Countries', summary.countries, [40, 12]);
  block('Figure units', summary.units, [40, 12]);
  return `${out.join('\n')}\n`;
}
