// The process around the CLI: real io, the exit code, and a one-line message (stack only with
// --verbose) for a failure nothing else caught. Used by bin/extract.js and the start-up snapshot.
import { main, processIo } from './cli.js';

export function runCli(args: string[]): Promise<void> {
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
