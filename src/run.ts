// The process around the CLI: real io, the exit code, and a one-line message (stack only with
// --verbose) for a failure nothing else caught. Used by bin/extract.js and the start-up snapshot.
import v8 from 'node:v8';
import { main, processIo } from './cli.js';

/**
 * How much bytecode a function runs before V8 considers optimising it: 8 times V8's default
 * (132 KB). With the default, V8 kept recompiling: 1,509 TurboFan compilations over 5,000 Reuters
 * stories, still one per 6 stories at the end, on threads that with two workers compete with the
 * workers for the cores. With this budget, 115 instead of 560 over the first 500 stories. On
 * 2,000 stories with `--jobs 2` (3 runs each, taken in turns; medians): the default took 34.9 CPU
 * seconds (18.1 s of wall time), twice it 25.6 (13.4 s), 4 times 22.4 (11.7 s); in a later
 * series 4, 8 and 16 times took 18.2, 17.3 and 17.9 CPU seconds. Set when the CLI starts, not
 * at build time: a start-up snapshot loads only with the flags it was built with. Workers share
 * the setting.
 */
export const INTERRUPT_BUDGET = 1_056_000;

export function runCli(args: string[]): Promise<void> {
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  return main(args, processIo(args)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`extract: unexpected error: ${err?.message ?? err}${['--verbose', '-v', '--debug'].some((f) => args.includes(f)) ? `\n${err?.stack}` : ''}\n`);
      process.exitCode = 70;
    },
  );
}
