// The command line: reads inputs, runs the pure core, writes one format. Only this module
// writes output; main() returns the exit code so tests can run it in-process.
import { fstatSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Command, CommanderError, Option } from 'commander';
import { Chalk } from 'chalk';
import { loadRules, packageRoot, readRules } from './load-rules.js';
import { RuleError } from './rules.js';
import { FACT_KINDS, type FactKind } from './types.js';
import { withFactLists } from './format/document.js';
import { createFormatter, FORMATS, type Format } from './format/index.js';
import { SummaryCounter } from './format/summary.js';
import { useColour, type ColourWhen } from './output/colour.js';
import { FileOutput, readHeldRecords } from './output/file.js';
import { describeReadError, listInputs, type Input } from './batch/inputs.js';
import { ndjsonInputs, fileSource } from './batch/ndjson-input.js';
import { decodeInput } from './batch/decode.js';
import { processAll } from './batch/pool.js';
import { Progress } from './batch/progress.js';
import { readStreamBounded, tooLarge } from './batch/read-input.js';
import { processOutput, SIGNAL_EXIT } from './batch/output.js';
import { checkGlob, capJobs, smallRegularFile } from './batch/options.js';
import { printable } from './sanitize.js';

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string | Buffer>;
  /** Standard input as a stream, for NDJSON input (falls back to readStdin). */
  stdinStream?: () => Readable;
  /** A path that reads standard input (/dev/stdin): `-` is then read like a file, bounded and decoded. */
  stdinFile?: string;
  /** Standard input is a pipe or a file (not a terminal, not /dev/null): read it when no path is given. */
  stdinPiped?: boolean;
  /** Whether stdout is a terminal: decides the default format and colour. */
  isTTY: boolean;
  /** Whether stderr is a terminal: a progress bar and a summary line go there. */
  stderrIsTTY?: boolean;
  /** The terminal's width for tables (stdout) and the progress bar (stderr); 80 when unknown. */
  columns?: () => number | undefined;
  stderrColumns?: () => number | undefined;
  /** Calls the handler on SIGINT or SIGTERM; returns a function that removes it. */
  onInterrupt?: (handler: (signal: NodeJS.Signals) => void) => () => void;
  /** Ends the process at once (after an interrupt). */
  exit?: (code: number) => never;
  env: Record<string, string | undefined>;
  /** The bytes of a command-line argument when they are not valid UTF-8 (batch/output.ts). */
  rawPath?: (p: string) => string | Uint8Array;
  /** Resolves when stdout can take more: the next record waits for a slow reader. */
  drain?: () => Promise<void>;
  /** The signal (SIGINT, SIGTERM) that asked the run to stop after the current record. */
  interrupted?: () => string | null;
  /** Standard output was closed when the process started: the output would be lost. */
  stdoutClosed?: boolean;
}

const VERSION = (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;

const EXAMPLES = `
Formats:
  table     tables for reading, as wide as the terminal (default on a terminal)
  json      one document object, or an array for several inputs (default in a pipe)
  ndjson    one document object a line, streamed in input order
  csv       one RFC 4180 table, the same columns on every row: a row per fact, or one
            saying why an input has none (kind none, error or skipped); formula-safe
  markdown  the tables as GitHub-flavoured Markdown, for reports

With --summary every format gives counts across all inputs instead of one record
per input: people, countries, speakers and figure units, by documents (--top N).

Examples:
  $ extract story.txt                                    facts of one story, as tables
  $ cat story.txt | extract --format json                standard input, when no path is given
  $ extract stories/ -o facts.ndjson                     a folder, one line a story, into a file
  $ extract stories/ -o facts.ndjson --resume            after an interruption: only the rest
  $ extract story.txt --format json | jq '.quotes[] | select(.speaker == "Vladimir Putin") | .text'
  $ extract stories/ --summary --format json --top 5     who and what, across the folder
  $ parallel --pipe -N 500 extract - --input-format ndjson --format ndjson < docs.ndjson

Environment:
  NO_COLOR     a non-empty value turns colour off (unless --color always)
  FORCE_COLOR  a non-empty value turns colour on, also in a pipe; 0 or false turns it off

Exit codes:
  0  every input processed (an empty result counts)
  1  some inputs failed; each still has a record with "error" (or the output could not be written)
  2  usage error or invalid rule file; nothing processed
  130, 143  stopped by SIGINT, SIGTERM after a whole record; an -o file holds the records written so far`;

interface Options {
  format?: Format;
  only?: FactKind[];
  rules?: string[];
  color: ColourWhen | boolean;
  quiet?: boolean;
  output?: string;
  resume?: boolean;
  verbose?: boolean;
  glob?: string;
  inputFormat: 'text' | 'ndjson';
  jobs?: number;
  maxBytes: number;
  summary?: boolean;
  top: number;
  progress: boolean;
  explain?: boolean;
  follow?: boolean;
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

class UsageError extends Error {}

export async function main(argv: string[], io: Io): Promise<number> {
  const program = new Command('extract')
    .description('Extract people, countries, quotes and figures from news wire stories.')
    .argument('[paths...]', 'story files or folders (read recursively); - reads standard input, as does no path when input is piped')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal; with -o, from the file name: .ndjson/.jsonl, .csv, .md; else json)').choices(FORMATS))
    .option('-o, --output <file>', 'write to this file instead of stdout: a temporary file is renamed over it at the end, so an interrupted run never leaves a broken file')
    .option('--resume', 'with -o FILE in ndjson: keep the records FILE already holds, skip their sources, and add the rest')
    .option('--only <kinds>', `fact kinds to extract, comma-separated: ${FACT_KINDS.join(',')}`, parseKinds)
    .option('--rules <file>', 'a JSON rule file merged over the built-in rules (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .addOption(new Option('--color <when>', 'colour in tables: auto (on a terminal; NO_COLOR and FORCE_COLOR are honoured), always, never').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-color', 'the same as --color never')
    .option('--glob <pattern>', "which files below a folder to read, e.g. '**/*.txt' (default: all but hidden ones)")
    .option('--follow', 'follow symbolic links inside folders (default: a link gets a skipped record)')
    .addOption(new Option('--input-format <format>', 'text: each input is one story; ndjson: lines of {"id", "text"}').choices(['text', 'ndjson']).default('text'))
    .option('-j, --jobs <n>', 'worker threads (default and most: the number of cores)', positiveInt)
    .option('--max-bytes <n>', 'refuse files (and standard input) larger than this', positiveInt, DEFAULT_MAX_BYTES)
    .option('--explain', 'give each fact the sentence it came from and the rule that produced it ("evidence"; a Rule column in tables)')
    .option('--summary', 'in any format: counts across all inputs (people, countries, speakers, figure units) instead of one record per input')
    .option('--top <n>', 'with --summary: entries per list, most documents first (0: all)', nonNegativeInt, 20)
    .option('--no-progress', 'no progress bar on a terminal')
    .option('-q, --quiet', 'no progress bar and no summary line on stderr (errors are still reported)')
    .option('-v, --verbose', 'add stack traces of unexpected errors to their messages')
    .addOption(new Option('--debug').hideHelp().implies({ verbose: true }))
    .version(VERSION, '-V, --version')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (s, write) => write(s) })
    .showHelpAfterError('(run extract --help for usage)');

  let paths: string[];
  let options: Options;
  try {
    program.parse(argv, { from: 'user' });
    paths = program.args;
    options = program.opts<Options>();
    if (options.resume && !options.output) throw new UsageError('--resume needs -o FILE: the output file to resume');
    if (options.resume && (options.format ?? formatFromFileName(options.output!)) !== 'ndjson') throw new UsageError('--resume works on NDJSON output only: use --format ndjson or a .ndjson file');
    if (options.resume && options.summary) throw new UsageError('--resume cannot be used with --summary');
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      io.stderr(`extract: ${printable(err.message)}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }

  // `cat story.txt | extract`: no path but piped input reads standard input.
  if (paths.length === 0 && io.stdinPiped) paths = ['-'];
  if (paths.length === 0) {
    io.stderr('extract: no input: give one or more story files, - for standard input, or pipe a story in\n(run extract --help for usage)\n');
    return EXIT_USAGE;
  }

  if (io.stdoutClosed && options.output === undefined) {
    io.stderr('extract: standard output is closed: the facts would be lost; nothing was read\n');
    return EXIT_USAGE;
  }
  const globProblem = options.glob === undefined ? null : checkGlob(options.glob);
  if (globProblem) {
    io.stderr(`extract: --glob: ${printable(globProblem)}\n`);
    return EXIT_USAGE;
  }

  // Rule files are checked before any input is read; they are compiled (which loads the country
  // data) only in the thread that extracts: here with one job, else in each worker.
  let rules: ReturnType<typeof loadRules> | null = null;
  try {
    readRules(options.rules ?? []);
  } catch (err) {
    // Anything a rule file provokes is a usage error in one line, never exit 70 with a stack.
    const message = err instanceof RuleError ? err.message : `${(err as Error).message}`;
    io.stderr(`extract: invalid rule file: ${printable(message.length > 300 ? `${message.slice(0, 300)}…` : message)}\n`);
    return EXIT_USAGE;
  }

  const toFile = options.output !== undefined;
  const format: Format = options.format ?? (toFile ? formatFromFileName(options.output!) : io.isTTY ? 'table' : 'json');
  // -o: everything goes to a temporary file first; with --resume it starts with the records kept.
  let file: FileOutput | null = null;
  let held: Set<string> | null = null;
  try {
    if (toFile) file = new FileOutput(options.output!);
    if (file && options.resume) held = await readHeldRecords(options.output!, (line) => file!.write(line));
  } catch (err) {
    file?.abandon();
    io.stderr(`extract: cannot write ${printable(options.output!)}: ${describeReadError(err as NodeJS.ErrnoException)}\n`);
    return EXIT_USAGE;
  }
  const inputs = await collectInputs(paths, options, io, held);
  // One file in text mode prints one JSON object; anything that can be several prints an array.
  const single = inputs.count === 1 && options.inputFormat === 'text' && inputs.firstIsFile;
  const when: ColourWhen = options.color === false ? 'never' : options.color === true ? 'auto' : options.color;
  const chalk = new Chalk({ level: useColour(when, io.isTTY && !toFile, io.env) ? 1 : 0 });
  const width = (!toFile && io.columns?.()) || 80;
  const progress = options.progress && !options.quiet && io.stderrIsTTY && !single ? new Progress(io.stderr, inputs.count, io.stderrColumns) : null;
  const formatter = createFormatter(format, { single, chalk, width, summary: Boolean(options.summary), top: options.top });
  const summary = new SummaryCounter();
  const started = Date.now();
  let failed = 0;

  // Table text goes to the same screen as the bar: clear the bar first, so no bar line stays between tables.
  const out = (s: string) => {
    if (!s) return;
    if (file) return file.write(s);
    progress?.clear();
    io.stdout(s);
  };
  // Interrupted with -o: close the format (JSON's "]") and put the records so far in place.
  const removeInterrupt = file
    ? io.onInterrupt?.((signal) => {
        progress?.clear();
        file!.write(formatter.end(summary));
        file!.commit();
        io.stderr(`extract: interrupted: ${printable(options.output!)} holds the ${(held?.size ?? 0) + summary.inputs} records written so far${format === 'ndjson' ? ' (--resume adds the rest)' : ''}\n`);
        io.exit?.(signal === 'SIGINT' ? 130 : 143);
      })
    : undefined;

  const jobs = capJobs(options.jobs ?? (single ? 1 : availableParallelism()), availableParallelism(), (note) => io.stderr(`extract: ${note}\n`));
  // One small story runs in this thread (no worker to start). Anything that may be large (standard
  // input, a big file) runs in a worker with a bounded heap: 10 MB of "a a a" gets EMEMORY, not 1 GB.
  if (options.jobs !== undefined ? jobs <= 1 : single && smallRegularFile(inputs.first)) rules = loadRules(options.rules ?? []);
  let stoppedBy: string | null = null;
  let done = false;
  try {
    out(formatter.begin());
    for await (const { doc: record, stack } of processAll(inputs.iterate(), rules, { jobs, ruleFiles: options.rules ?? [], only: options.only, maxBytes: options.maxBytes, explain: options.explain })) {
      const doc = withFactLists(record);
      if (doc.error) {
        failed++;
        progress?.clear();
        io.stderr(`extract: ${printable(doc.source)}: ${printable(doc.error.message)}\n`);
        if (options.verbose && stack) io.stderr(`${printable(stack)}\n`);
      }
      summary.add(doc);
      out(formatter.doc(doc));
      progress?.tick(doc.source);
      // Backpressure: the next record waits until a slow reader has taken this one. A signal stops
      // the run here, between whole records.
      await io.drain?.();
      stoppedBy = io.interrupted?.() ?? null;
      if (stoppedBy) break;
      // With one job, extracting never returns to the event loop (no I/O is awaited), so a signal
      // would wait for the end of the run: let it in between records.
      if (removeInterrupt) await new Promise((resolve) => setImmediate(resolve));
    }
    out(formatter.end(summary));
    done = true;
  } finally {
    progress?.clear();
    removeInterrupt?.();
    if (done) file?.commit();
    else file?.abandon();
  }
  if (io.stderrIsTTY && !single && !options.quiet) io.stderr(`${summary.line((Date.now() - started) / 1000)}\n`);
  // The io that reported the signal has said so on stderr (batch/output.ts).
  if (stoppedBy) return SIGNAL_EXIT[stoppedBy] ?? EXIT_INPUT_FAILED;
  return failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

/** -o without --format: the format the file name says. */
function formatFromFileName(file: string): Format {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.csv') return 'csv';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'json';
}

interface CollectedInputs {
  /** Number of inputs, or null when it is not known before reading (NDJSON). */
  count: number | null;
  firstIsFile: boolean;
  first?: Input;
  iterate: () => AsyncIterable<Input>;
}

// Files and folders are listed up front (paths are small; a progress bar needs the total).
// NDJSON lines are streamed: their number is not known until the end. With --resume, the inputs
// whose source the output file already holds are left out.
async function collectInputs(paths: string[], options: Options, io: Io, held: Set<string> | null): Promise<CollectedInputs> {
  // Standard input is bounded by --max-bytes like a file: 600 MB on stdin is refused, not held.
  const stdinText = async (): Promise<Input> => {
    let data: Uint8Array;
    if (io.stdinStream) {
      const read = await readStreamBounded(io.stdinStream(), options.maxBytes);
      if (!('bytes' in read)) return { source: '-', error: 'error' in read ? read.error : read.skipped };
      data = read.bytes;
    } else {
      const given = await io.readStdin();
      data = typeof given === 'string' ? Buffer.from(given, 'utf8') : given;
      if (data.length > options.maxBytes) return { source: '-', error: tooLarge(options.maxBytes, data.length) };
    }
    const decoded = decodeInput(data);
    return 'error' in decoded ? { source: '-', error: decoded.error } : { source: '-', text: decoded.text };
  };
  const wanted = (input: Input) => !held?.has(input.source);
  if (options.inputFormat === 'ndjson') {
    const sources = paths.map((p) =>
      p === '-' ? { name: '-', open: () => io.stdinStream?.() ?? Readable.from((async function* () { yield await io.readStdin(); })()) } : fileSource(io.rawPath?.(p) ?? p, p),
    );
    return {
      count: null,
      firstIsFile: false,
      iterate: async function* () {
        for await (const input of ndjsonInputs(sources, options.maxBytes)) if (wanted(input)) yield input;
      },
    };
  }
  const listed: Input[] = [];
  for await (const input of listInputs(paths, { glob: options.glob, follow: options.follow, rawPath: io.rawPath })) listed.push(input);
  if (options.glob && !listed.length) io.stderr(`extract: --glob ${printable(options.glob)} matched no file\n`);
  // `extract stories/` on an empty or mistyped folder printed `[]` and nothing else: say why.
  else if (!listed.length) io.stderr(`extract: ${paths.map(printable).join(', ')}: no file found in the folder\n`);
  const firstIsFile = listed.length === 1 && paths.length === 1 && (listed[0].source === paths[0]);
  const kept = listed.filter(wanted);
  return {
    count: kept.length,
    firstIsFile,
    first: listed[0],
    iterate: async function* () {
      // Standard input goes the way of a file (bounded by --max-bytes, decoded with its warnings)
      // through the path that reads it; without one (tests in-process), it is read whole.
      for (const input of kept) {
        if ('file' in input && input.file === '-') yield io.stdinFile ? { source: '-', file: io.stdinFile } : await stdinText();
        else yield input;
      }
    },
  };
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`expected a whole number, 0 or more, got "${value}"`);
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`expected a whole number above 0, got "${value}"`);
  return n;
}

function parseKinds(value: string): FactKind[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = kinds.filter((k) => !(FACT_KINDS as readonly string[]).includes(k));
  if (bad.length || !kinds.length) {
    throw new UsageError(`--only: unknown fact kind "${bad.join(',') || value}"; choose from ${FACT_KINDS.join(', ')}`);
  }
  return kinds as FactKind[];
}

/** The real process's streams. */
function stdinIsSocket(): boolean {
  try {
    return fstatSync(0).isSocket();
  } catch {
    return false;
  }
}

/** The real process's io; `args` are the user's arguments (for file names Node could not decode). */
export function processIo(args: string[] = process.argv.slice(2)): Io {
  // `extract … | head -1` closes the pipe early: that is not an error (batch/output.ts).
  const output = processOutput(args);
  return {
    ...output,
    stderr: (s) => void process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stdinStream: () => process.stdin,
    // A socket (what Node's spawn gives a child for `input`) cannot be opened as /dev/stdin (ENXIO):
    // it is read as a stream, bounded by --max-bytes all the same.
    stdinFile: stdinIsSocket() ? undefined : '/dev/stdin',
    stdinPiped: stdinIsPiped(),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: () => process.stdout.columns,
    stderrColumns: () => process.stderr.columns,
    onInterrupt: (handler) => {
      process.once('SIGINT', handler);
      process.once('SIGTERM', handler);
      return () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
      };
    },
    exit: (code) => process.exit(code),
    env: process.env,
  };
}

// As ripgrep does: a pipe, a file or a socket is input to read; a terminal or /dev/null (a cron
// job, a CI step) is not, and then no path is still a usage error.
function stdinIsPiped(): boolean {
  try {
    const info = fstatSync(0);
    return info.isFIFO() || info.isFile() || info.isSocket();
  } catch {
    return false;
  }
}
