// The command line: reads inputs, runs the pure core, writes one format. Only this module
// writes output; main() returns the exit code so tests can run it in-process.
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { Chalk } from 'chalk';
import { extract } from './extract.js';
import { loadRules, packageRoot } from './load-rules.js';
import { RuleError, type CompiledRules } from './rules.js';
import { FACT_KINDS, type FactKind } from './types.js';
import { errorDocument, toDocument, type FactsDocument } from './format/document.js';
import { formatJson, formatNdjson } from './format/json.js';
import { formatTable } from './format/table.js';

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  /** Whether stdout is a terminal: decides the default format and colour. */
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

const VERSION = (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;

const EXAMPLES = `
Examples:
  $ extract story.txt                          tables on a terminal
  $ extract story.txt --format json | jq '.quotes[] | {speaker, text}'
  $ cat story.txt | extract - --only people,quotes --format ndjson

Exit codes:
  0  every input processed (an empty result counts)
  1  some inputs failed; each still has a record with "error"
  2  usage error or invalid rule file; nothing processed`;

type Format = 'table' | 'json' | 'ndjson';

interface Options {
  format?: Format;
  only?: FactKind[];
  rules?: string[];
  color: boolean;
  debug?: boolean;
}

class UsageError extends Error {}

export async function main(argv: string[], io: Io): Promise<number> {
  const program = new Command('extract')
    .description('Extract people, countries, quotes and figures from news wire stories.')
    .argument('[paths...]', 'story files to read; - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(['table', 'json', 'ndjson']))
    .option('--only <kinds>', `fact kinds to extract, comma-separated: ${FACT_KINDS.join(',')}`, parseKinds)
    .option('--rules <file>', 'a JSON rule file merged over the built-in rules (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--no-color', 'no colour in tables (also when NO_COLOR is set)')
    .option('--debug', 'show stack traces of unexpected errors')
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
      io.stderr(`extract: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }

  if (paths.length === 0) {
    io.stderr('extract: no input: give one or more story files, or - for standard input\n(run extract --help for usage)\n');
    return EXIT_USAGE;
  }

  let rules: CompiledRules;
  try {
    rules = loadRules(options.rules ?? []);
  } catch (err) {
    if (err instanceof RuleError) {
      io.stderr(`extract: invalid rule file: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }

  // Folders come with batch processing; refuse them before reading anything.
  for (const p of paths) {
    if (p === '-') continue;
    const info = await stat(p).catch(() => null);
    if (info?.isDirectory()) {
      io.stderr(`extract: ${p}: is a folder; give the story files inside it (folders are not read yet)\n`);
      return EXIT_USAGE;
    }
  }

  const docs: FactsDocument[] = [];
  let failed = 0;
  // A failed input still gets its record, and one line on stderr naming it.
  const fail = (source: string, code: string, message: string, err: Error) => {
    io.stderr(`extract: ${source}: ${message}\n`);
    if (options.debug && err.stack) io.stderr(`${err.stack}\n`);
    docs.push(errorDocument(source, { code, message }));
    failed++;
  };
  for (const p of paths) {
    let text: string;
    try {
      text = p === '-' ? await io.readStdin() : await readFile(p, 'utf8');
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      fail(p, e.code ?? 'EREAD', describeReadError(e), e);
      continue;
    }
    try {
      docs.push(toDocument(p, extract(stripBom(text), rules, { only: options.only })));
    } catch (err) {
      const e = err as Error;
      fail(p, 'EEXTRACT', `internal error while extracting: ${e.message}`, e);
    }
  }

  const format: Format = options.format ?? (io.isTTY ? 'table' : 'json');
  if (format === 'json') io.stdout(formatJson(docs));
  else if (format === 'ndjson') io.stdout(formatNdjson(docs));
  else {
    const colour = options.color && io.isTTY && io.env.NO_COLOR === undefined;
    io.stdout(formatTable(docs, { chalk: new Chalk({ level: colour ? 1 : 0 }), headers: docs.length > 1 }));
  }
  return failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

function parseKinds(value: string): FactKind[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = kinds.filter((k) => !(FACT_KINDS as readonly string[]).includes(k));
  if (bad.length || !kinds.length) {
    throw new UsageError(`--only: unknown fact kind "${bad.join(',') || value}"; choose from ${FACT_KINDS.join(', ')}`);
  }
  return kinds as FactKind[];
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function describeReadError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return `cannot read (${e.code ?? e.message})`;
  }
}

/** The real process's streams. */
export function processIo(): Io {
  // `extract … | head -1` closes the pipe early: that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}
