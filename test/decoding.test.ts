// Input decoding and faults, through the command line: every input gets one record, offsets index
// the decoded text, and nothing crashes.
import { mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';
import { describe, expect, test } from 'vitest';
import { main, type Io } from '../src/cli.js';
import type { FactsDocument } from '../src/format/document.js';

const root = path.join(import.meta.dirname, '..');
const seedText = readFileSync(path.join(root, 'fixtures', 'afp-ukraine-guarantees.txt'), 'utf8');
const dir = tempDir('wire-facts-decoding-');

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), readStdin: async () => '', isTTY: false, env: {} };
  const code = await main([...argv, '--format', 'ndjson', '--jobs', '1'], io);
  const records: FactsDocument[] = stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { code, stderr, records };
}

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

function expectOffsets(text: string, doc: FactsDocument): void {
  const spans = [...(doc.people ?? []).flatMap((p) => p.mentions), ...(doc.countries ?? []).flatMap((c) => c.mentions), ...(doc.quotes ?? []), ...(doc.figures ?? [])];
  expect(spans.length).toBeGreaterThan(10);
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
}

const names = (doc: FactsDocument) => (doc.people ?? []).map((p) => p.name);

describe('decoding', () => {
  test('UTF-8 with a byte-order mark: the mark is removed and offsets index the rest', async () => {
    const { code, records } = await run([file('bom.txt', `\ufeff${seedText}`)]);
    expect(code).toBe(0);
    expectOffsets(seedText, records[0]);
  });

  test('UTF-16 LE and BE with a byte-order mark read like UTF-8', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const plain = (await run([file('plain.txt', seedText)])).records[0];
    for (const [name, bytes] of [['le.txt', le], ['be.txt', be]] as const) {
      const { code, records } = await run([file(name, bytes)]);
      expect(code).toBe(0);
      expect(names(records[0])).toEqual(names(plain));
      expectOffsets(seedText, records[0]);
    }
  });

  test('CRLF and CR line ends: same people, offsets index the text as it is', async () => {
    for (const [name, eol] of [['crlf.txt', '\r\n'], ['cr.txt', '\r']]) {
      const text = seedText.replace(/\n/g, eol);
      const { code, records } = await run([file(name, text)]);
      expect(code).toBe(0);
      expect(names(records[0])).toEqual(names((await run([file('plain.txt', seedText)])).records[0]));
      expectOffsets(text, records[0]);
    }
  });

  test('invalid UTF-8 is decoded with replacement characters and a warning, not refused', async () => {
    const bytes = Buffer.concat([Buffer.from(seedText.slice(0, 2000)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(seedText.slice(2000))]);
    const { code, records } = await run([file('bad-utf8.txt', bytes)]);
    expect(code).toBe(0);
    expect(records[0].warnings?.[0]).toMatchObject({ code: 'decoding' });
    expect(records[0].people?.length).toBeGreaterThan(5);
  });

  test('NUL bytes: a binary file, an error record, exit 1', async () => {
    const { code, records, stderr } = await run([file('nul.txt', `${seedText}\u0000\u0000`)]);
    expect(code).toBe(1);
    expect(records[0].error?.code).toBe('EBINARY');
    expect(stderr).toMatch(/nul\.txt: binary file/);
  });

  test('empty and whitespace-only files give empty facts', async () => {
    const { code, records } = await run([file('empty.txt', ''), file('blank.txt', ' \n\t\r\n  ')]);
    expect(code).toBe(0);
    for (const r of records) expect(r).toMatchObject({ people: [], countries: [], quotes: [], figures: [] });
  });

  test('a 50 MB file is refused by the default --max-bytes without being read', async () => {
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const { code, records, stderr } = await run([big]);
    expect(code).toBe(1);
    expect(records[0].error?.code).toBe('ETOOLARGE');
    expect(stderr).toMatch(/big\.txt: too large: 52428800 bytes, over --max-bytes 10485760/);
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
    rmSync(big);
  });

  test('HTML pasted as text still extracts, and tags are not people', async () => {
    const html = '<html><body><div class="story"><p>Kremlin spokesman Dmitry Peskov said on Friday that talks were <b>possible</b>.</p>\n<p>“We are ready,” Peskov told reporters in <a href="/moscow">Moscow</a>.</p></div></body></html>';
    const { records } = await run([file('page.html', html)]);
    expect(names(records[0])).toEqual(['Dmitry Peskov']);
    expect(records[0].quotes?.find((q) => q.direct)).toMatchObject({ text: 'We are ready,', speaker: 'Dmitry Peskov' });
  });
});

describe('batch faults', () => {
  test('a path with spaces and unicode', async () => {
    const p = file('Zürich story — draft 2.txt', seedText);
    const { code, records } = await run([p]);
    expect(code).toBe(0);
    expect(records[0].source).toBe(p);
  });

  test('a symlink loop inside a folder is reported once and the walk goes on', async () => {
    const folder = path.join(dir, 'loop');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a.txt'), seedText);
    symlinkSync(folder, path.join(folder, 'again'));
    const { code, records } = await run([folder]);
    expect(records.map((r) => path.basename(r.source))).toEqual(['a.txt', 'again']);
    expect(records[1].skipped?.code).toBe('ESYMLINK');
    expect(code).toBe(0);
    // With --follow the link is followed, and the folder it leads back to is not read again.
    const followed = await run([folder, '--follow']);
    expect(followed.records.map((r) => path.basename(r.source))).toEqual(['a.txt', 'again']);
    expect(followed.records[1].skipped?.code).toBe('EDUPLICATE');
    expect(followed.code).toBe(0);
  });

  test('a file deleted after the folder was listed still gets its record', async () => {
    const folder = path.join(dir, 'vanishing');
    mkdirSync(folder);
    for (const n of [1, 2, 3]) writeFileSync(path.join(folder, `${n}.txt`), seedText);
    // Delete the last file while the first is being extracted.
    let stdout = '';
    const io: Io = {
      stdout: (s) => {
        stdout += s;
        rmSync(path.join(folder, '3.txt'), { force: true });
      },
      stderr: () => {},
      readStdin: async () => '',
      isTTY: false,
      env: {},
    };
    const code = await main([folder, '--format', 'ndjson', '--jobs', '1'], io);
    const records = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => [path.basename(r.source), r.error?.code ?? null])).toEqual([['1.txt', null], ['2.txt', null], ['3.txt', 'ENOENT']]);
    expect(code).toBe(1);
  });

  test('a rule file with a regular expression is refused at load time (rules hold words, never patterns)', async () => {
    const bad = file('regex-rules.json', JSON.stringify({ rules: [{ id: 'cue-speech', words: ['say'], pattern: '(a+)+$' }] }));
    let stderr = '';
    const io: Io = { stdout: () => {}, stderr: (s) => void (stderr += s), readStdin: async () => '', isTTY: false, env: {} };
    const code = await main(['--rules', bad, path.join(dir, 'never-read.txt')], io);
    expect(code).toBe(2);
    expect(stderr).toMatch(/regex-rules\.json.*cue-speech.*pattern.*unknown key/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
