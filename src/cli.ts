// The command line: reads inputs, runs the pure core, writes one format. Only this module
// writes output; main() returns the exit code so tests can run it in-process.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Command, CommanderError, Option } from 'commander';
import { Chalk } from 'chalk';
import { loadRules, packageRoot, readRules } from './load-rules.js';
import { RuleError } from './rules.js';
import { FACT_KINDS, type FactKind } from './types.js';
import type { FactsDocument } from './format/document.js';
import { formatTable, formatSummaryTable, SummaryCounter } from './format/table.js';
import { CSV_HEADER, csvLine, formatCsvRows, formatMarkdown } from './format/csv.js';
import { listInputs, type Input } from './batch/inputs.js';
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
  /** Whether stdout is a terminal: decides the default format and colour. */
  isTTY: boolean;
  /** Whether stderr is a terminal: a progress bar and a summary line go there. */
  stderrIsTTY?: boolean;
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
  table     tables for reading (default on a terminal)
  json      one document object, or an array for several inputs (default in a pipe)
  ndjson    one document object a line, streamed in input order
  csv       one row per fact: source,kind,text,value,speaker_or_unit,start,end (RFC 4180)
  markdown  the tables as GitHub-flavoured Markdown, for reports

Examples:
  $ extract story.txt                                    facts of one story, as tables
  $ extract stories/ --format ndjson > facts.ndjson      a folder, one line a story
  $ extract story.txt --format json | jq '.quotes[] | select(.speaker == "Vladimir Putin") | .text'
  $ parallel --pipe -N 500 extract - --input-format ndjson --format ndjson < docs.ndjson

Exit codes:
  0  every input processed (an empty result counts)
  1  some inputs failed; each still has a record with "error" (or the output could not be written)
  2  usage error or invalid rule file; nothing processed
  130, 143  stopped by SIGINT, SIGTERM after a whole record`;

type Format = 'table' | 'json' | 'ndjson' | 'csv' | 'markdown';

interface Options {
  format?: Format;
  only?: FactKind[];
  rules?: string[];
  color: boolean;
  verbose?: boolean;
  glob?: string;
  inputFormat: 'text' | 'ndjson';
  jobs?: number;
  maxBytes: number;
  summary?: boolean;
  progress: boolean;
  explain?: boolean;
  follow?: boolean;
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

class UsageError extends Error {}

export async function main(argv: string[], io: Io): Promise<number> {
  const program = new Command('extract')
    .description('Extract people, countries, quotes and figures from news wire stories.')
    .argument('[paths...]', 'story files or folders (read recursively); - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(['table', 'json', 'ndjson', 'csv', 'markdown']))
    .option('--only <kinds>', `fact kinds to extract, comma-separated: ${FACT_KINDS.join(',')}`, parseKinds)
    .option('--rules <file>', 'a JSON rule file merged over the built-in rules (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--no-color', 'no colour in tables (also when NO_COLOR is set)')
    .option('--glob <pattern>', "which files below a folder to read, e.g. '**/*.txt' (default: all but hidden ones)")
    .option('--follow', 'follow symbolic links inside folders (default: a link gets a skipped record)')
    .addOption(new Option('--input-format <format>', 'text: each input is one story; ndjson: lines of {"id", "text"}').choices(['text', 'ndjson']).default('text'))
    .option('-j, --jobs <n>', 'worker threads (default and most: the number of cores)', positiveInt)
    .option('--max-bytes <n>', 'refuse files larger than this', positiveInt, DEFAULT_MAX_BYTES)
    .option('--explain', 'give each fact the sentence it came from and the rule that produced it ("evidence"; a Rule column in tables)')
    .option('--summary', 'with --format table: one table across all inputs instead of one per input')
    .option('--no-progress', 'no progress bar on a terminal')
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

  if (paths.length === 0) {
    io.stderr('extract: no input: give one or more story files, or - for standard input\n(run extract --help for usage)\n');
    return EXIT_USAGE;
  }

  if (io.stdoutClosed) {
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

  const format: Format = options.format ?? (io.isTTY ? 'table' : 'json');
  const inputs = await collectInputs(paths, options, io);
  // One file in text mode prints one JSON object; anything that can be several prints an array.
  const single = inputs.count === 1 && options.inputFormat === 'text' && inputs.firstIsFile;
  const colour = options.color && io.isTTY && io.env.NO_COLOR === undefined;
  const chalk = new Chalk({ level: colour ? 1 : 0 });
  const progress = options.progress && io.stderrIsTTY && !single ? new Progress(io.stderr, inputs.count) : null;
  const summary = new SummaryCounter();
  const started = Date.now();
  let written = 0;
  let failed = 0;

  const write = (doc: FactsDocument) => {
    if (format === 'ndjson') io.stdout(`${JSON.stringify(doc)}\n`);
    else if (format === 'csv') io.stdout(`${written ? '' : csvLine(CSV_HEADER)}${formatCsvRows(doc)}`);
    else if (format === 'markdown') io.stdout(`${written ? '\n' : ''}${formatMarkdown(doc)}`);
    else if (format === 'json') {
      const json = JSON.stringify(doc, null, 2);
      if (single) io.stdout(`${json}\n`);
      else io.stdout(`${written ? ',\n' : '[\n'}${json.replace(/^/gm, '  ')}`);
    } else if (!options.summary) io.stdout(`${written ? '\n' : ''}${formatTable([doc], { chalk, headers: !single })}`);
    written++;
  };

  const jobs = capJobs(options.jobs ?? (single ? 1 : availableParallelism()), availableParallelism(), (note) => io.stderr(`extract: ${note}\n`));
  // One small story runs in this thread (no worker to start). Anything that may be large (standard
  // input, a big file) runs in a worker with a bounded heap: 10 MB of "a a a" gets EMEMORY, not 1 GB.
  if (options.jobs !== undefined ? jobs <= 1 : single && smallRegularFile(inputs.first)) rules = loadRules(options.rules ?? []);
  let stoppedBy: string | null = null;
  try {
    for await (const { doc, stack } of processAll(inputs.iterate(), rules, { jobs, ruleFiles: options.rules ?? [], only: options.only, maxBytes: options.maxBytes, explain: options.explain })) {
      if (doc.error) {
        failed++;
        progress?.clear();
        io.stderr(`extract: ${printable(doc.source)}: ${printable(doc.error.message)}\n`);
        if (options.verbose && stack) io.stderr(`${printable(stack)}\n`);
      }
      summary.add(doc);
      write(doc);
      progress?.tick(doc.source);
      // Backpressure: the next record waits until a slow reader has taken this one. A signal stops
      // the run here, between whole records.
      await io.drain?.();
      stoppedBy = io.interrupted?.() ?? null;
      if (stoppedBy) break;
    }
  } finally {
    progress?.clear();
  }
  if (format === 'json' && !single) io.stdout(written ? '\n]\n' : '[]\n');
  if (format === 'csv' && !written) io.stdout(csvLine(CSV_HEADER));
  if (format === 'table' && options.summary) io.stdout(formatSummaryTable(summary, { chalk }));
  if (io.stderrIsTTY && !single) io.stderr(`${summary.line((Date.now() - started) / 1000)}\n`);
  // The io that reported the signal has said so on stderr (batch/output.ts).
  if (stoppedBy) return SIGNAL_EXIT[stoppedBy] ?? EXIT_INPUT_FAILED;
  return failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

interface CollectedInputs {
  /** Number of inputs, or null when it is not known before reading (NDJSON). */
  count: number | null;
  firstIsFile: boolean;
  first?: Input;
  iterate: () => AsyncIterable<Input>;
}

// Files and folders are listed up front (paths are small; a progress bar needs the total).
// NDJSON lines are streamed: their number is not known until the end.
async function collectInputs(paths: string[], options: Options, io: Io): Promise<CollectedInputs> {
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
  if (options.inputFormat === 'ndjson') {
    const sources = paths.map((p) =>
      p === '-' ? { name: '-', open: () => io.stdinStream?.() ?? Readable.from((async function* () { yield await io.readStdin(); })()) } : fileSource(io.rawPath?.(p) ?? p, p),
    );
    return { count: null, firstIsFile: false, iterate: () => ndjsonInputs(sources, options.maxBytes) };
  }
  const listed: Input[] = [];
  for await (const input of listInputs(paths, { glob: options.glob, follow: options.follow, rawPath: io.rawPath })) listed.push(input);
  if (options.glob && !listed.length) io.stderr(`extract: --glob ${printable(options.glob)} matched no file\n`);
  const firstIsFile = listed.length === 1 && paths.length === 1 && (listed[0].source === paths[0]);
  return {
    count: listed.length,
    firstIsFile,
    first: listed[0],
    iterate: async function* () {
      for (const input of listed) yield 'file' in input && input.file === '-' ? await stdinText() : input;
    },
  };
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
export function processIo(): Io {
  // `extract … | head -1` closes the pipe early: that is not an error (batch/output.ts).
  const output = processOutput();
  return {
    ...output,
    stderr: (s) => void process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stdinStream: () => process.stdin,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
  };
}
