// --summary: counts across all inputs instead of one record per input. Who and what come up most:
// people, countries, speakers and figure units, each by the number of documents it is in, then by
// how often it occurs (mentions of a person or country, quotes by a speaker, figures in a unit).
import type { ChalkInstance } from 'chalk';
import type { FactsDocument } from './document.js';
import { renderBox } from './box.js';
import { csvLine } from './csv.js';
import { printableInline as safe } from '../sanitize.js';
import { mergeNameVariants, type NameTally } from './name-variants.js';

export interface SummaryEntry {
  /** Person or speaker name, country name, or unit ("(number)" for figures without one). */
  name: string;
  /** ISO code, for countries. */
  code?: string;
  documents: number;
  occurrences: number;
  /** People and speakers: the spellings counted as this one, when there are several ("Trump", "Donald J. Trump"). */
  variants?: string[];
}

/** The --summary object (JSON and NDJSON output): see the README for its fields. */
export interface Summary {
  inputs: number;
  errors: number;
  skipped: number;
  totals: { people: number; countries: number; quotes: number; figures: number };
  people: { name: string; documents: number; mentions: number; variants?: string[] }[];
  countries: { code: string; name: string; documents: number; mentions: number }[];
  speakers: { name: string; documents: number; quotes: number; variants?: string[] }[];
  units: { unit: string | null; documents: number; figures: number }[];
}

export class SummaryCounter {
  inputs = 0;
  errors = 0;
  skipped = 0;
  readonly totals = { people: 0, countries: 0, quotes: 0, figures: 0 };
  // Each with the stories it is in: --summary joins the spellings of people and speakers.
  readonly people = new Map<string, NameTally>();
  readonly countries = new Map<string, NameTally>();
  readonly speakers = new Map<string, NameTally>();
  readonly units = new Map<string, NameTally>();

  add(doc: FactsDocument): void {
    this.inputs++;
    if (doc.error) this.errors++;
    if (doc.skipped) this.skipped++;
    const count = (into: Map<string, NameTally>, items: [string, number][]) => {
      for (const [k, n] of items) {
        const t = into.get(k) ?? { documents: [], occurrences: 0 };
        if (t.documents[t.documents.length - 1] !== this.inputs) t.documents.push(this.inputs);
        t.occurrences += n;
        into.set(k, t);
      }
    };
    count(this.people, (doc.people ?? []).map((p) => [p.name, p.mentions.length]));
    count(this.countries, (doc.countries ?? []).map((c) => [`${c.code}\t${c.name}`, c.mentions.length]));
    count(this.speakers, (doc.quotes ?? []).filter((q) => q.speaker).map((q) => [q.speaker!, 1]));
    count(this.units, (doc.figures ?? []).map((f) => [f.unit ?? '', 1]));
    this.totals.people += doc.people?.length ?? 0;
    this.totals.countries += doc.countries?.length ?? 0;
    this.totals.quotes += doc.quotes?.length ?? 0;
    this.totals.figures += doc.figures?.length ?? 0;
  }

  /** The one line on stderr at the end of a run on a terminal. */
  line(seconds: number): string {
    const t = this.totals;
    return `${this.inputs} inputs: ${t.people} people, ${t.countries} countries, ${t.quotes} quotes, ${t.figures} figures; ${this.errors} errors; ${seconds.toFixed(1)} s`;
  }

  /** The `top` entries of a kind (all when top is 0), in most documents first, then most occurrences, then by name. */
  ranked(kind: 'people' | 'countries' | 'speakers' | 'units', top: number): SummaryEntry[] {
    if (kind === 'people' || kind === 'speakers') return this.rankedNames(kind).slice(0, top || undefined);
    // Ties go by key: a country's code, then its name.
    return [...this[kind]]
      .map(([key, t]) => ({ name: key, documents: t.documents.length, occurrences: t.occurrences }))
      .sort(byRank)
      .slice(0, top || undefined)
      .map((entry): SummaryEntry => {
        if (kind !== 'countries') return entry;
        const [code, name] = entry.name.split('\t');
        return { ...entry, name, code };
      });
  }

  /** How many entries a kind has: people and speakers once their spellings are joined. */
  size(kind: 'people' | 'countries' | 'speakers' | 'units'): number {
    return kind === 'people' || kind === 'speakers' ? this.rankedNames(kind).length : this[kind].size;
  }

  private merged = new Map<string, { inputs: number; entries: SummaryEntry[] }>();

  private rankedNames(kind: 'people' | 'speakers'): SummaryEntry[] {
    const cached = this.merged.get(kind);
    if (cached?.inputs === this.inputs) return cached.entries;
    const entries = mergeNameVariants(this[kind])
      .sort(byRank)
      .map(({ name, variants, documents, occurrences }) => ({ name, documents, occurrences, ...(variants.length > 1 ? { variants } : {}) }));
    this.merged.set(kind, { inputs: this.inputs, entries });
    return entries;
  }

  toJSON(top: number): Summary {
    return {
      inputs: this.inputs,
      errors: this.errors,
      skipped: this.skipped,
      totals: { ...this.totals },
      people: this.ranked('people', top).map((e) => ({ name: e.name, documents: e.documents, mentions: e.occurrences, ...(e.variants ? { variants: e.variants } : {}) })),
      countries: this.ranked('countries', top).map((e) => ({ code: e.code!, name: e.name, documents: e.documents, mentions: e.occurrences })),
      speakers: this.ranked('speakers', top).map((e) => ({ name: e.name, documents: e.documents, quotes: e.occurrences, ...(e.variants ? { variants: e.variants } : {}) })),
      units: this.ranked('units', top).map((e) => ({ unit: e.name || null, documents: e.documents, figures: e.occurrences })),
    };
  }
}

/** Most documents first, then most occurrences, then by name. */
function byRank(a: { name: string; documents: number; occurrences: number }, b: { name: string; documents: number; occurrences: number }): number {
  return b.documents - a.documents || b.occurrences - a.occurrences || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

const BLOCKS = [
  ['people', 'People', 'Person', 'Mentions'],
  ['countries', 'Countries', 'Country', 'Mentions'],
  ['speakers', 'Speakers', 'Speaker', 'Quotes'],
  ['units', 'Figure units', 'Unit', 'Figures'],
] as const;

function heading(summary: SummaryCounter): string {
  return `${summary.inputs} documents, ${summary.errors} errors${summary.skipped ? `, ${summary.skipped} skipped` : ''}`;
}

function shown(summary: SummaryCounter, kind: (typeof BLOCKS)[number][0], top: number): string {
  const size = summary.size(kind);
  return top && top < size ? `${size}; the ${top} in most documents` : `${size}`;
}

export function formatSummaryTable(summary: SummaryCounter, { chalk, width, top }: { chalk: ChalkInstance; width: number; top: number }): string {
  const out = [chalk.bold(heading(summary))];
  for (const [kind, title, head, what] of BLOCKS) {
    if (!summary.size(kind)) continue;
    out.push(chalk.bold(`${title} (${shown(summary, kind, top)})`));
    const rows = summary.ranked(kind, top).map((e) => [safe(e.code ? `${e.code} ${e.name}` : e.name || '(number)'), String(e.documents), String(e.occurrences)]);
    out.push(renderBox([{ head, min: 12 }, { head: 'Documents' }, { head: what }], rows, { width, headStyle: (s) => chalk.cyan(s) }));
  }
  return `${out.join('\n')}\n`;
}

export function formatSummaryMarkdown(summary: SummaryCounter, top: number): string {
  const cell = (s: string) => safe(s).replace(/\|/g, '\\|');
  const out = [`## Summary`, heading(summary)];
  for (const [kind, title, head, what] of BLOCKS) {
    if (!summary.size(kind)) continue;
    out.push(`### ${title} (${shown(summary, kind, top)})`);
    const rows = summary.ranked(kind, top).map((e) => `| ${cell(e.code ? `${e.code} ${e.name}` : e.name || '(number)')} | ${e.documents} | ${e.occurrences} |`);
    out.push([`| ${head} | Documents | ${what} |`, '| --- | --- | --- |', ...rows].join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}

/** CSV of the summary: one row per person, country, speaker and unit, with the same columns on every row. */
export const SUMMARY_CSV_HEADER = ['kind', 'name', 'code', 'documents', 'occurrences'];

export function formatSummaryCsv(summary: SummaryCounter, top: number): string {
  const kinds = { people: 'person', countries: 'country', speakers: 'speaker', units: 'unit' } as const;
  let out = csvLine(SUMMARY_CSV_HEADER);
  for (const [kind] of BLOCKS) for (const e of summary.ranked(kind, top)) out += csvLine([kinds[kind], e.name, e.code ?? null, e.documents, e.occurrences]);
  return out;
}
