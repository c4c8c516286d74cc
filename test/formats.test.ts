import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { tempDir } from './helpers.js';
import { describe, expect, test } from 'vitest';
import { main, type Io } from '../src/cli.js';

const root = path.join(import.meta.dirname, '..');
const seed = path.join(root, 'fixtures', 'afp-ukraine-guarantees.txt');
const schema = JSON.parse(readFileSync(path.join(root, 'schema', 'facts.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

async function run(argv: string[]) {
  let stdout = '';
  const io: Io = { stdout: (s) => void (stdout += s), stderr: () => {}, readStdin: async () => '', isTTY: false, env: {} };
  const code = await main([...argv, '--jobs', '1'], io);
  return { code, stdout };
}

// RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records.
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), i++;
    } else field += ch;
  }
  return rows;
}

describe('JSON schema', () => {
  test('the seed story output is valid', async () => {
    const doc = JSON.parse((await run([seed, '--format', 'json'])).stdout);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  test('batch output, errors and skipped files included, is valid record by record', async () => {
    const dir = tempDir('wire-facts-schema-');
    writeFileSync(path.join(dir, 'a.txt'), readFileSync(seed));
    writeFileSync(path.join(dir, 'b.bin'), Buffer.from([1, 0, 2]));
    writeFileSync(path.join(dir, '.hidden'), 'x');
    const { stdout } = await run([dir, path.join(root, 'fixtures'), '--format', 'ndjson']);
    const records = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.some((r) => r.error) && records.some((r) => r.skipped) && records.some((r) => r.people)).toBe(true);
    for (const r of records) expect(validate(r), `${r.source}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  test('the schema rejects a record that breaks the contract', () => {
    expect(validate({ source: 'x', people: [], countries: [], quotes: [{ text: 'a', start: 0, end: 1, speaker: 3, cue: null }], figures: [] })).toBe(false);
    expect(validate({ people: [] })).toBe(false);
  });
});

describe('csv and markdown', () => {
  test('csv: a header, then one RFC 4180 row per fact with the same columns on every row', async () => {
    const { code, stdout } = await run([seed, '--format', 'csv']);
    expect(code).toBe(0);
    const rows = readCsv(stdout);
    expect(rows[0]).toEqual(['source', 'kind', 'text', 'start', 'end', 'name', 'country', 'titles', 'mentions', 'speaker', 'cue', 'direct', 'value', 'unit', 'approximate', 'qualifier', 'claimed_by', 'rule_id', 'error_code', 'error_message']);
    const col = Object.fromEntries(rows[0].map((h, i) => [h, i]));
    const facts = JSON.parse((await run([seed, '--format', 'json'])).stdout);
    const count = facts.people.length + facts.countries.length + facts.quotes.length + facts.figures.length;
    expect(rows).toHaveLength(count + 1);
    const text = readFileSync(seed, 'utf8');
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(20);
      // text, start and end mean the same on every row: the span as written in the story.
      expect(text.slice(Number(r[col.start]), Number(r[col.end]))).toBe(r[col.text]);
      // value is a number on figure rows and empty on every other row.
      if (r[col.kind] === 'figure') expect(Number.isFinite(Number(r[col.value])) && r[col.value] !== '').toBe(true);
      else expect(r[col.value]).toBe('');
    }
    const zelensky = rows.find((r) => r[col.kind] === 'person' && r[col.name] === 'Volodymyr Zelensky')!;
    expect([zelensky[col.country], zelensky[col.titles]]).toEqual(['UA', 'Ukrainian President']);
    expect(rows.find((r) => r[col.kind] === 'country' && r[col.country] === 'UA')?.[col.name]).toBe('Ukraine');
    const macron = rows.find((r) => r[col.kind] === 'figure' && r[col.text] === '26 countries')!;
    expect([macron[col.value], macron[col.unit], macron[col.approximate], macron[col.claimed_by]]).toEqual(['26', 'country', 'false', 'Emmanuel Macron']);
    const reported = rows.filter((r) => r[col.kind] === 'quote' && r[col.direct] === 'false');
    expect(reported.length).toBe(facts.quotes.filter((q: { direct: boolean }) => !q.direct).length);
  });

  test('csv: an input with no facts has a "none" row, a failed one an "error" row; qualifiers have a column', async () => {
    const dir = tempDir('wire-facts-csv-');
    writeFileSync(path.join(dir, 'a-empty.txt'), 'Nothing to see here.');
    writeFileSync(path.join(dir, 'b-about.txt'), 'The storm destroyed about 40 houses, officials said.');
    writeFileSync(path.join(dir, 'c-binary.bin'), Buffer.from([1, 0, 2]));
    const rows = readCsv((await run([dir, '--format', 'csv'])).stdout);
    const col = Object.fromEntries(rows[0].map((h, i) => [h, i]));
    const byFile = (name: string) => rows.filter((r) => r[col.source] === path.join(dir, name));
    expect(byFile('a-empty.txt').map((r) => r[col.kind])).toEqual(['none']);
    expect(byFile('c-binary.bin').map((r) => [r[col.kind], r[col.error_code]])).toEqual([['error', 'EBINARY']]);
    const figure = byFile('b-about.txt').find((r) => r[col.kind] === 'figure')!;
    expect([figure[col.value], figure[col.unit], figure[col.approximate], figure[col.qualifier]]).toEqual(['40', 'house', 'true', 'about']);
  });

  test('markdown: a heading per document and GFM tables, with pipes escaped', async () => {
    const { stdout } = await run([seed, '--format', 'markdown']);
    expect(stdout).toMatch(/^## .*afp-ukraine-guarantees\.txt\n\n### People \(\d+\)\n\n\| Name \| Country \| Titles \| Mentions \|\n\| --- \| --- \| --- \| --- \|\n/);
    expect(stdout).toMatch(/### Quotes/);
    // Every row of a table has as many cell separators as its header: a "|" in a cell is escaped.
    for (const table of stdout.split(/\n\n/).filter((b) => b.startsWith('|'))) {
      const counts = table.trimEnd().split('\n').map((l) => l.replace(/\\\|/g, '').split('|').length);
      expect(new Set(counts).size).toBe(1);
    }
    const dir = tempDir('wire-facts-md-');
    const pipes = path.join(dir, 'pipes.txt');
    writeFileSync(pipes, 'Russian President Vladimir Putin said: “Yes | no.”');
    const md = (await run([pipes, '--format', 'markdown'])).stdout;
    expect(md).toContain('| Vladimir Putin | said | “Yes \\| no.” |');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    expect((await run([path.join(dir, 'empty.txt'), '--format', 'markdown'])).stdout).toMatch(/_no facts found_/);
  });
});
