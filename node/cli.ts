// The patchtree command: `start` runs a node; every other subcommand drives a
// running node through its admin API (the commands are declared in
// cli-program.ts). Every refusal, the parser's included, ends here: printed
// with its stable code (as JSON under --json) and a non-zero exit status.
import { CommanderError } from 'commander';
import { PatchtreeError } from '../protocol/index.js';
import { buildProgram, commandsOf } from './cli-program.js';
import { exitStatusOf, parserError, wantsJson } from './cli-args.js';
import { commandPath } from './cli-kit.js';
import { printError } from './cli-output.js';

/** Exits asked by the parser that are not refusals: --help, help, --version. */
const NOT_ERRORS = new Set(['commander.help', 'commander.helpDisplayed', 'commander.version']);

async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  for (const cmd of [program, ...[...commandsOf(program)].map((c) => c.cmd)]) {
    // The parser's refusals come back as errors (printed below), never as its own output and exit.
    cmd.configureOutput({ outputError: () => undefined }).exitOverride((err) => {
      throw NOT_ERRORS.has(err.code) ? err : parserError(err, commandPath(cmd));
    });
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    // `patchtree` alone shows the help on stderr: a command line that cannot run (2); asked for, it is no error.
    if (err instanceof CommanderError && NOT_ERRORS.has(err.code)) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}

const argv = process.argv.slice(2);
main(argv).then(
  (code) => process.exit(code),
  (err) => {
    printError(err, wantsJson(argv));
    process.exit(err instanceof PatchtreeError ? exitStatusOf(err.code) : 1);
  },
);
