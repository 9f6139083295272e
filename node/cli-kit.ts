// How every command of the CLI is declared and run: the client options, the
// action wrapper that gives a handler its client and output, confirmation of
// destructive commands, and the refusal of an unknown subcommand.
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { PatchtreeError } from '../protocol/index.js';
import { AdminClient } from './cli-client.js';
import { CLI_CODES } from './cli-args.js';
import { note, printJson } from './cli-output.js';
import { suggest } from './cli-suggest.js';

export interface CliContext {
  client: AdminClient;
  json: boolean;
  /** The command's options, with those of the commands above it. */
  opts: Record<string, any>;
  /** Prints the value as JSON under --json, else runs `human`. */
  show(value: unknown, human: () => void): void;
  /** Goes on when the admin agreed (--yes, or "y" on a terminal); refuses otherwise. */
  confirm(question: string): Promise<void>;
}

/** Options of every command that drives a running node. */
export function clientOptions(cmd: Command): Command {
  return cmd
    .option('--url <url>', 'the node to drive (env PATCHTREE_URL; default http://127.0.0.1:8470)')
    .option('--token <token>', 'admin token (env PATCHTREE_TOKEN; default read from DATA/admin-token)')
    .option('--data <dir>', 'data directory holding the admin token (env PATCHTREE_DATA; default ./.patchtree-data)')
    .option('--json', 'print JSON, errors included');
}

/** A destructive command asks first: `--yes` answers for scripts. */
export const yesOption = (cmd: Command): Command => cmd.option('-y, --yes', 'do it without asking (needed when not on a terminal)');

/**
 * A command that drives a running node: declared with the client options,
 * run with a client. A command grouping subcommands that also has an action
 * of its own (`sources` lists them) refuses an unknown subcommand by name,
 * with a hint, instead of the parser's "too many arguments".
 */
export function clientCommand<A extends any[]>(parent: Command, spec: string, description: string, handler: (ctx: CliContext, ...args: A) => Promise<number | void>): Command {
  // Extra words are checked here, so that those after a group name a subcommand that does not exist.
  const cmd = clientOptions(parent.command(spec).description(description)).allowExcessArguments(true);
  cmd.action(async (...params: unknown[]) => {
    const command = params[params.length - 1] as Command;
    const registered = command.registeredArguments;
    if (!registered.at(-1)?.variadic && command.args.length > registered.length) {
      if (command.commands.length) throw unknownSubcommand(command, command.args[registered.length]);
      throw new PatchtreeError(CLI_CODES.tooManyArguments, `too many arguments for '${commandPath(command)}': expected ${registered.length}, got ${command.args.length}; see \`${commandPath(command)} --help\``);
    }
    const opts = command.optsWithGlobals();
    const json = opts.json === true;
    const ctx: CliContext = {
      client: AdminClient.from({ url: opts.url, token: opts.token, data: opts.data }),
      json,
      opts,
      show: (value, human) => (json ? printJson(value) : human()),
      confirm: (question) => confirm(question, opts.yes === true),
    };
    const code = await handler(ctx, ...(params.slice(0, -2) as A));
    if (code) process.exitCode = code;
  });
  return cmd;
}

export function unknownSubcommand(cmd: Command, word: string): PatchtreeError {
  const hint = suggest(word, cmd.commands.map((c) => c.name()));
  const path = commandPath(cmd);
  return new PatchtreeError(CLI_CODES.unknownCommand, `unknown command '${word}' for '${path}'${hint ? ` (did you mean ${hint}?)` : ''}; see \`${path} --help\``, { details: { command: path } });
}

/** "patchtree sources add". */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

async function confirm(question: string, yes: boolean): Promise<void> {
  if (yes) return;
  if (!process.stdin.isTTY || !process.stderr.isTTY) {
    throw new PatchtreeError(CLI_CODES.confirmationRequired, `${question} Not done: no terminal to ask on; pass --yes to do it`);
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = (await rl.question(`${question} [y/N] `)).trim().toLowerCase();
    if (answer !== 'y' && answer !== 'yes') throw new PatchtreeError(CLI_CODES.cancelled, 'cancelled: nothing changed');
  } finally {
    rl.close();
  }
  note();
}
