// Output for terminals and pipelines (issue 15), and the terminal and spreadsheet injection cases
// of issue 14 (cases 4 and 5): widths, colour, stdin, -o and --resume, CSV, summaries, the package.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main, type Io } from '../src/cli.js';
import { createFormatter } from '../src/format/index.js';
import { csvField } from '../src/format/csv.js';
import { fitWidths, wrapText } from '../src/format/box.js';
import { printableText } from '../src/sanitize.js';
import { useColour } from '../src/output/colour.js';
import { SummaryCounter } from '../src/format/summary.js';
import { Chalk } from 'chalk';
import { tempDir } from './helpers.js';

const root = path.join(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'extract.js');
const fixture = (name: string) => path.join(root, 'fixtures', `${name}.txt`);
const seed = fixture('afp-ukraine-guarantees');
const stories = ['afp-ukraine-guarantees', 'court-fraud-trial', 'markets-oil-prices'].map(fixture);
const tmp = tempDir('wire-facts-output-');

interface RunOptions extends Partial<Io> {
  stdin?: string;
}

async function run(argv: string[], opts: RunOptions = {}) {
  let stdout = '';
  let stderr = '';
  const writes: { to: 'stdout' | 'stderr'; text: string }[] = [];
  const io: Io = {
    readStdin: async () => opts.stdin ?? '',
    isTTY: false,
    env: {},
    ...opts,
    stdout: (s) => void ((stdout += s), writes.push({ to: 'stdout', text: s })),
    stderr: (s) => void ((stderr += s), writes.push({ to: 'stderr', text: s })),
  };
  const code = await main([...argv, '--jobs', '1'], io);
  return { code, stdout, stderr, writes };
}

/** What a terminal shows after these writes: \r goes to the line start, ESC[K clears to its end. */
function screen(writes: { text: string }[]): string[] {
  const lines = [''];
  let col = 0;
  for (const { text } of writes) {
    for (let i = 0; i < text.length; i++) {
      const line = lines.length - 1;
      if (text.startsWith('\x1b[K', i)) {
        lines[line] = lines[line].slice(0, col);
        i += 2;
      } else if (text[i] === '\r') col = 0;
      else if (text[i] === '\n') {
        lines.push('');
        col = 0;
      } else {
        lines[line] = lines[line].slice(0, col) + text[i] + lines[line].slice(col + 1);
        col++;
      }
    }
  }
  return lines;
}

/** The cells of one column of a box table, each row's lines joined, for every table in `text`. */
function columnCells(text: string, title: string, column: string, rowLines: boolean): string[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith(title));
  const head = lines[start + 2].split('│').map((c) => c.trim());
  const index = head.indexOf(column);
  const cells: string[] = [];
  let current: string[] | null = null;
  for (const line of lines.slice(start + 4)) {
    if (line.startsWith('└')) break;
    if (line.startsWith('├')) {
      if (current) cells.push(current.join(' '));
      current = null;
      continue;
    }
    const cells_ = line.split('│');
    const cell = cells_[index].trim();
    // Without rules between rows, a row starts where the first column has text.
    if (!rowLines && current && cells_[1].trim()) {
      cells.push(current.join(' '));
      current = null;
    }
    current ??= [];
    if (cell) current.push(cell);
    else if (!current.length) current.push('');
  }
  if (current) cells.push(current.join(' '));
  return cells;
}

const noSpace = (s: string) => s.replace(/\s+/g, '');
const width = (line: string) => [...line.replace(/\x1b\[[0-9;]*m/g, '')].length;

describe('tables sized to the terminal (pseudo-terminal)', () => {
  const pty = (cols: number, args: string) =>
    execFileSync('script', ['-qec', `stty cols ${cols}; ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} ${args}`, '/dev/null'], { encoding: 'utf8', cwd: root }).replace(/\r/g, '');

  test('120 columns are used, 60 columns hold every table whole; no word is lost, quotes and the "As written" column included', () => {
    const facts = JSON.parse(execFileSync(process.execPath, [bin, seed, '--format', 'json', '--explain'], { encoding: 'utf8' }));
    const wide = pty(120, `${JSON.stringify(seed)} --color never`);
    const lines = wide.split('\n');
    expect(Math.max(...lines.map(width))).toBeGreaterThan(80);
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(120);

    const narrow = pty(60, `${JSON.stringify(seed)} --color never --explain`);
    for (const line of narrow.split('\n')) expect(width(line), line).toBeLessThanOrEqual(60);
    // Box lines intact: every table row has as many borders as its header.
    const quotes = columnCells(narrow, 'Quotes', 'Quote', true);
    const direct = facts.quotes.filter((q: { direct: boolean }) => q.direct);
    expect(quotes.map(noSpace)).toEqual(direct.map((q: { text: string }) => noSpace(`“${q.text.trim()}”`)));
    const written = columnCells(narrow, 'Figures', 'As written', false);
    expect(written.map(noSpace)).toEqual(facts.figures.map((f: { text: string }) => noSpace(f.text)));
    // Usable: the column is at least 10 wide, so "As written" is not 3 characters as before.
    const border = narrow.split('\n').find((l, i, all) => all[i - 1]?.startsWith('Figures'))!;
    expect(border.split('┬')[2].length - 2).toBeGreaterThanOrEqual(10);
    expect(narrow).not.toContain('…');
  });
});

describe('tables, progress and colour (in-process)', () => {
  test('a word longer than its column is broken, never cut; widths fit and short columns stay whole', () => {
    expect(wrapText('a supercalifragilistic word', 8)).toEqual(['a', 'supercal', 'ifragili', 'stic', 'word']);
    expect(wrapText('three-and-a-half years', 10)).toEqual(['three-and-', 'a-half', 'years']);
    const widths = fitWidths([18, 6, 300, 15], [10, 6, 16, 10], 47);
    expect(widths.reduce((a, b) => a + b)).toBe(47);
    expect(widths[1]).toBe(6);
  });

  test('unknown width: 80 columns; the width given by the terminal is used', async () => {
    const at80 = await run([seed, '--format', 'table'], { isTTY: true });
    expect(Math.max(...at80.stdout.split('\n').map(width))).toBe(80);
    const at100 = await run([seed, '--format', 'table'], { isTTY: true, columns: () => 100 });
    expect(Math.max(...at100.stdout.split('\n').map(width))).toBe(100);
  });

  test('the progress bar leaves no line behind between tables, and is never wider than the terminal', async () => {
    const { writes } = await run([...stories, '--format', 'table', '--color', 'never'], { isTTY: true, stderrIsTTY: true, columns: () => 100, stderrColumns: () => 30 });
    const bars = writes.filter((w) => w.to === 'stderr' && /docs\/s/.test(w.text));
    expect(bars.length).toBeGreaterThan(0);
    for (const b of bars) expect(width(b.text.replace(/\r|\x1b\[K/g, ''))).toBeLessThanOrEqual(29);
    const shown = screen(writes);
    expect(shown.filter((l) => /docs\/s|\[#/.test(l))).toEqual([]);
    expect(shown.filter((l) => l.endsWith('.txt'))).toEqual(stories);
  });

  test('-q: no progress bar and no summary line; errors are still reported', async () => {
    const missing = path.join(tmp, 'missing.txt');
    const loud = await run([...stories, '--format', 'ndjson'], { stderrIsTTY: true });
    expect(screen(loud.writes.filter((w) => w.to === 'stderr')).filter((l) => /^3 inputs: /.test(l))).toHaveLength(1);
    const quiet = await run([...stories, missing, '--format', 'ndjson', '-q'], { stderrIsTTY: true });
    expect(quiet.stderr).toBe(`extract: ${missing}: no such file\n`);
  });

  test.each([
    [['--color', 'always'], false, {}, true],
    [['--color=always'], false, {}, true],
    [['--color', 'never'], true, {}, false],
    [['--no-color'], true, {}, false],
    [[], true, {}, true],
    [[], false, {}, false],
    [[], true, { NO_COLOR: '1' }, false],
    [[], true, { NO_COLOR: '' }, true],
    [[], false, { FORCE_COLOR: '1' }, true],
    [[], false, { FORCE_COLOR: '' }, false],
    [[], true, { FORCE_COLOR: '0' }, false],
    [[], true, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    [['--color', 'never'], true, { FORCE_COLOR: '1' }, false],
    [[], true, { TERM: 'dumb' }, false],
  ] as [string[], boolean, Record<string, string>, boolean][])('colour %j on a terminal: %s, env %j → %s', async (flags, isTTY, env, coloured) => {
    expect(useColour(flags.length ? (flags.includes('--no-color') || flags.includes('never') ? 'never' : 'always') : 'auto', isTTY, env)).toBe(coloured);
    const { stdout } = await run([fixture('court-fraud-trial'), '--format', 'table', ...flags], { isTTY, env });
    expect(/\x1b\[/.test(stdout)).toBe(coloured);
  });
});

describe('one formatter interface', () => {
  const chalk = new Chalk({ level: 0 });
  const doc = { source: 'a.txt', people: [], countries: [], quotes: [], figures: [], warnings: [] };

  test('json framing lives in the formatter: an array for several, [] for none, an object for one', () => {
    const frame = (docs: object[], single = false) => {
      const f = createFormatter('json', { single, chalk, width: 80, summary: false, top: 20 });
      return f.begin() + docs.map((d) => f.doc(d as typeof doc)).join('') + f.end(new SummaryCounter());
    };
    expect(JSON.parse(frame([]))).toEqual([]);
    expect(JSON.parse(frame([doc, { ...doc, source: 'b.txt' }])).map((d: { source: string }) => d.source)).toEqual(['a.txt', 'b.txt']);
    expect(JSON.parse(frame([doc], true))).toEqual(doc);
  });

  test('the unused formatJson and formatNdjson are gone', () => {
    expect(existsSync(path.join(root, 'src', 'format', 'json.ts'))).toBe(false);
    expect(readFileSync(path.join(root, 'src', 'cli.ts'), 'utf8')).not.toMatch(/'\[\\n'|JSON\.stringify\(doc/);
  });
});

describe('records for jq', () => {
  test('error and skipped records carry empty fact lists', async () => {
    const dir = tempDir('wire-facts-lists-');
    writeFileSync(path.join(dir, '.hidden'), 'x');
    writeFileSync(path.join(dir, 'bin.dat'), Buffer.from([0, 1, 2]));
    const { stdout } = await run([dir, path.join(dir, 'gone.txt'), seed, '--format', 'ndjson']);
    const records = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.error?.code ?? (r.skipped ? 'skipped' : 'ok'))).toEqual(['skipped', 'EBINARY', 'ENOENT', 'ok']);
    for (const r of records.slice(0, 3)) expect([r.people, r.countries, r.quotes, r.figures]).toEqual([[], [], [], []]);
    // `jq '.people[].name'` over every record: no record stops it.
    expect(records.flatMap((r) => r.people.map((p: { name: string }) => p.name))).toContain('Volodymyr Zelensky');
  });
});

describe('--summary in every format', () => {
  test('json: one object with counts per person, country, speaker and unit; --top limits each list', async () => {
    const { code, stdout } = await run([...stories, '--summary', '--format', 'json']);
    expect(code).toBe(0);
    const s = JSON.parse(stdout);
    expect(s.inputs).toBe(3);
    expect(Object.keys(s)).toEqual(['inputs', 'errors', 'skipped', 'totals', 'people', 'countries', 'speakers', 'units']);
    expect(s.people.find((p: { name: string }) => p.name === 'Volodymyr Zelensky')).toEqual({ name: 'Volodymyr Zelensky', documents: 1, mentions: 8 });
    expect(s.speakers.length).toBeGreaterThan(1);
    expect(s.units.length).toBeGreaterThan(1);
    expect(s.countries[0]).toHaveProperty('code');
    const top = JSON.parse((await run([...stories, '--summary', '--format', 'json', '--top', '2'])).stdout);
    for (const list of [top.people, top.countries, top.speakers, top.units]) expect(list.length).toBeLessThanOrEqual(2);
    expect(top.people).toEqual(s.people.slice(0, 2));
  });

  test.each(['ndjson', 'csv', 'markdown', 'table'])('%s gives the summary instead of the records', async (format) => {
    const { stdout } = await run([...stories, '--summary', '--format', format, '--top', '3']);
    if (format === 'ndjson') expect(Object.keys(JSON.parse(stdout))).toContain('speakers');
    if (format === 'csv') expect(stdout.split('\r\n')[0]).toBe('kind,name,code,documents,occurrences');
    if (format === 'markdown' || format === 'table') expect(stdout).toMatch(/Speakers \(\d+; the 3 in most documents\)/);
    expect(stdout).not.toContain('“');
  });
});

describe('CSV', () => {
  test('case 5: cells starting with =, +, -, @, tab or CR are neutralised (OWASP CSV injection)', async () => {
    const story = path.join(tmp, 'formula.txt');
    writeFileSync(story, [
      '“=HYPERLINK(""http://evil.example"", ""click"")” said Maria Lopez.',
      '“+1 and up,” said Maria Lopez.',
      '“-2 for us,” said Maria Lopez.',
      '“@SUM(A1),” said Maria Lopez.',
      '“\tcmd|calc,” said Maria Lopez.',
    ].join('\n'));
    const { stdout } = await run([story, '--format', 'csv']);
    const texts = stdout.split('\r\n').filter((l) => l.includes(',quote,')).map((l) => l.split(',quote,')[1]);
    expect(texts.length).toBe(5);
    for (const t of texts) expect(t).toMatch(/^"?'[=+\-@\t]/);
    // Quoting per RFC 4180 is kept: the doubled quotes inside the formula are still escaped.
    expect(stdout).toContain(`"'=HYPERLINK(""""http://evil.example""""`);
    // Numbers are not text: a negative value stays a number; the same characters as text are neutralised.
    expect([csvField(-5), csvField('-5'), csvField(0.5), csvField(true), csvField('plain'), csvField('\r=1'), csvField('@x')]).toEqual(['-5', "'-5", '0.5', 'true', 'plain', '"\'\r=1"', "'@x"]);
  });
});

describe('case 4: terminal escape injection', () => {
  const hostile = 'Officials in \x1b]52;c;ZWNobyBwd25lZA==\x07Kyiv said “We are \x1b[2Jready\x9b31m now,” said Helen\x1b]0;pwned\x07 Marsh.';

  test('case 4: table and Markdown output show no C0 or C1 control character raw, from story text or file names', async () => {
    const dir = tempDir('wire-facts-esc-');
    const story = path.join(dir, 'bad\x1b[2Jname.txt');
    writeFileSync(story, hostile);
    for (const format of ['table', 'markdown']) {
      const { stdout } = await run([story, path.join(dir, 'gone\x1b]0;x\x07.txt'), '--format', format, '--color', 'never']);
      expect(stdout.replace(/\n/g, ''), format).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      expect(stdout).toContain('\\x1b');
    }
    const { stderr } = await run([path.join(dir, 'gone\x1b]0;x\x07.txt')]);
    expect(stderr.replace(/\n$/, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(printableText('a\x1b[2Jb\x9bc\u202ed')).toBe('a\\x1b[2Jb\\x9bc\\u202ed');
  });

  test('case 4: JSON keeps the text exactly as read, and prints no control character raw', async () => {
    const story = path.join(tmp, 'esc.txt');
    writeFileSync(story, hostile);
    const { stdout } = await run([story]);
    expect(stdout.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    const doc = JSON.parse(stdout);
    expect(doc.quotes.length).toBeGreaterThan(0);
    for (const q of doc.quotes) expect(hostile.slice(q.start, q.end)).toBe(q.text);
    const ndjson = (await run([story, '--format', 'ndjson'])).stdout;
    expect(ndjson.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(JSON.parse(ndjson).quotes).toEqual(doc.quotes);
  });

  test('case 4: CSV shows control characters as \\xHH, so `--format csv` on a terminal is safe', async () => {
    const story = path.join(tmp, 'esc-csv.txt');
    writeFileSync(story, hostile);
    const { stdout } = await run([story, '--format', 'csv']);
    expect(stdout.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('\\x1b[2Jready\\x9b31m');
  });
});

describe('-o FILE and --resume', () => {
  test('-o writes the file (format from its name) and nothing to stdout; no temporary file stays', async () => {
    const dir = tempDir('wire-facts-o-');
    const out = path.join(dir, 'facts.ndjson');
    const { code, stdout } = await run([...stories, '-o', out]);
    expect([code, stdout]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).source)).toEqual(stories);
    expect(readdirSync(dir)).toEqual(['facts.ndjson']);
    const csv = path.join(dir, 'facts.csv');
    await run([seed, '-o', csv]);
    expect(readFileSync(csv, 'utf8')).toMatch(/^source,kind,text,/);
  });

  test('--resume keeps whole records, drops a cut last line, and adds only the missing sources', async () => {
    const dir = tempDir('wire-facts-resume-');
    const out = path.join(dir, 'facts.ndjson');
    await run([stories[0], '-o', out]);
    const first = readFileSync(out, 'utf8');
    writeFileSync(out, `${first}{"source":"${stories[1]}","people":[`); // a run killed mid-line
    const { code, stdout } = await run([...stories, '-o', out, '--resume']);
    expect([code, stdout]).toEqual([0, '']);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(first.trimEnd());
    expect(lines.map((l) => JSON.parse(l).source)).toEqual(stories);
  });

  test('-o to a path that is not a regular file (/dev/null, /dev/stdout) writes to it directly, never renames over it', async () => {
    const { code } = await run([seed, '-o', '/dev/null']);
    expect(code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync('/dev').filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test.each([
    [['--resume', seed], /--resume needs -o FILE/],
    [['--resume', '-o', 'x.json', seed], /NDJSON output only/],
  ])('usage error %j', async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  test('an interrupted run leaves a whole file: JSON closed, NDJSON resumable to the same records', async () => {
    const dir = tempDir('wire-facts-int-');
    const many = path.join(dir, 'stories');
    execFileSync('mkdir', [many]);
    for (let i = 0; i < 40; i++) writeFileSync(path.join(many, `s${String(i).padStart(2, '0')}.txt`), readFileSync(stories[i % 3]));
    const interrupt = (out: string) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [bin, many, '--jobs', '1', '-o', out], { stdio: 'ignore' });
        const temp = () => readdirSync(dir).find((f) => f.endsWith('.tmp'));
        const poll = setInterval(() => {
          const t = temp();
          if (t && statSync(path.join(dir, t)).size > 0) {
            clearInterval(poll);
            child.kill('SIGINT');
          }
        }, 20);
        child.on('exit', (code) => {
          clearInterval(poll);
          resolve(code);
        });
      });
    const json = path.join(dir, 'facts.json');
    expect(await interrupt(json)).toBe(130);
    const partial = JSON.parse(readFileSync(json, 'utf8'));
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(40);

    const nd = path.join(dir, 'facts.ndjson');
    expect(await interrupt(nd)).toBe(130);
    const held = readFileSync(nd, 'utf8').trimEnd().split('\n').length;
    expect(held).toBeLessThan(40);
    const r = spawnSync(process.execPath, [bin, many, '--jobs', '1', '-o', nd, '--resume'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const sources = readFileSync(nd, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).source);
    expect(sources).toEqual(readdirSync(many).sort().map((f) => path.join(many, f)));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120000);
});

describe('standard input', () => {
  test('no path and piped input: standard input is read, through the file path (decoding warning, --max-bytes)', async () => {
    const file = path.join(tmp, 'stdin.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('“We are ready,” said Helen Marsh. '), Buffer.from([0xff])]));
    const { code, stdout } = await run([], { stdinPiped: true, stdinFile: file });
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.source).toBe('-');
    expect(doc.quotes[0].speaker).toBe('Helen Marsh');
    expect(doc.warnings.map((w: { code: string }) => w.code)).toContain('decoding');
    const big = await run(['-', '--max-bytes', '10'], { stdinFile: file });
    expect(JSON.parse(big.stdout).error.code).toBe('ETOOLARGE');
    expect((await run([], { stdinPiped: false })).code).toBe(2);
  });

  test('spawned: `extract < story.txt` with no path reads standard input', () => {
    const r = spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} --format json < ${JSON.stringify(fixture('court-fraud-trial'))}`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source).toBe('-');
    expect(JSON.parse(r.stdout).people.length).toBeGreaterThan(0);
  });

  // Standard input is read as /dev/stdin by processInput, which reads pipes to their end (a pipe
  // reports size 0: it used to give an empty record).
  test('spawned: `cat story.txt | extract` reads the whole pipe', () => {
    const r = spawnSync(process.execPath, [bin, '--format', 'json'], { input: readFileSync(fixture('court-fraud-trial')), encoding: 'utf8' });
    expect(JSON.parse(r.stdout).people.length).toBeGreaterThan(0);
  });
});

describe('the package', () => {
  test('npm pack ships what runs: bin, dist without eval and bench, rules, schema, LICENSE', () => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
    const files: string[] = packed[0].files.map((f: { path: string }) => f.path);
    for (const needed of ['LICENSE', 'README.md', 'package.json', 'bin/extract', 'bin/extract.js', 'dist/snapshot/entry.cjs', 'scripts/build-snapshot.mjs', 'dist/src/cli.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/batch/worker.js', 'src/rules/people.json', 'schema/facts.schema.json']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => /^dist\/src\/(eval|bench)\/|^test\/|^fixtures\/|^src\/.*\.ts$|^eval-splits\//.test(f))).toEqual([]);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ extract: 'bin/extract', 'wire-facts': 'bin/extract' });
    expect(files.filter((f) => f.endsWith('.blob'))).toEqual([]); // built for the installing Node, at install
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  test('README links resolve inside the repository', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^https?:/.test(l));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(path.resolve(root, link).startsWith(`${root}${path.sep}`), link).toBe(true);
      expect(existsSync(path.join(root, link)), link).toBe(true);
    }
  });

  test("the README's Usage section and --help name the same options", async () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const usage = readme.slice(readme.indexOf('## Usage'), readme.indexOf('### Batch and pipelines'));
    const { stdout: help } = await run(['--help']);
    const options = (text: string) => new Set([...text.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]));
    const inHelp = options(help.slice(0, help.indexOf('Formats:')));
    const inReadme = options(usage.slice(0, usage.indexOf('Examples:')));
    expect([...inHelp].sort()).toEqual([...inReadme].sort());
  });
});
