// Typed values for the CLI's options and arguments, and the one mapping of
// the parser's refusals to the CLI's stable error codes (README, Error codes).
import { CommanderError, InvalidArgumentError } from 'commander';
import { PatchtreeError } from '../protocol/index.js';
import { suggest } from './cli-suggest.js';

/** An integer from min to max (a port, a limit, a version): `abc`, `1.5` and out-of-range values are refused. */
export const integer = (min: number, max: number) => (value: string): number => {
  const n = /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(`must be an integer from ${min} to ${max}`);
  return n;
};

/** A number from min to max, decimals allowed (a percentage, seconds). */
export const decimal = (min: number, max: number) => (value: string): number => {
  const n = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < min || n > max) throw new InvalidArgumentError(`must be a number from ${min} to ${max}`);
  return n;
};

/** A verification percentage, or `off`. */
export const percentOrOff = (value: string): number | 'off' => (value === 'off' ? 'off' : decimal(0, 100)(value));

/** A comma list, each item non-empty (`--policies a,b`). */
export const commaList = (value: string): string[] => {
  const items = value.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) throw new InvalidArgumentError('must be a comma list of non-empty names');
  return items;
};

/** Codes of the CLI's own refusals; exit status 2 for a command line that cannot run as written, 1 for the rest. */
export const CLI_CODES = {
  unknownCommand: 'CLI_UNKNOWN_COMMAND',
  unknownOption: 'CLI_UNKNOWN_OPTION',
  missingArgument: 'CLI_MISSING_ARGUMENT',
  invalidArgument: 'CLI_INVALID_ARGUMENT',
  tooManyArguments: 'CLI_TOO_MANY_ARGUMENTS',
  confirmationRequired: 'CLI_CONFIRMATION_REQUIRED',
  cancelled: 'CLI_CANCELLED',
  ambiguousName: 'CLI_AMBIGUOUS_NAME',
  waitTimeout: 'CLI_WAIT_TIMEOUT',
  noToken: 'CLI_NO_TOKEN',
  unreachable: 'CLI_UNREACHABLE',
  portInUse: 'START_PORT_IN_USE',
} as const;

const USAGE_CODES: ReadonlySet<string> = new Set([
  CLI_CODES.unknownCommand, CLI_CODES.unknownOption, CLI_CODES.missingArgument, CLI_CODES.invalidArgument, CLI_CODES.tooManyArguments, CLI_CODES.confirmationRequired,
]);

/** The exit status of a refusal: 2 when the command line itself is wrong (or lacks --yes), 1 otherwise. */
export const exitStatusOf = (code: string): number => (USAGE_CODES.has(code) ? 2 : 1);

const FROM_PARSER: Record<string, string> = {
  'commander.unknownCommand': CLI_CODES.unknownCommand,
  'commander.unknownOption': CLI_CODES.unknownOption,
  'commander.missingArgument': CLI_CODES.missingArgument,
  'commander.optionMissingArgument': CLI_CODES.missingArgument,
  'commander.missingMandatoryOptionValue': CLI_CODES.missingArgument,
  'commander.invalidArgument': CLI_CODES.invalidArgument,
  'commander.conflictingOption': CLI_CODES.invalidArgument,
  'commander.excessArguments': CLI_CODES.tooManyArguments,
};

/**
 * A refusal of the parser as the CLI's error: a stable code, the parser's
 * message with its hint on the same line ("did you mean --port?"), and where
 * to read the command's usage.
 */
export function parserError(err: CommanderError, commandPath: string): PatchtreeError {
  const code = FROM_PARSER[err.code] ?? CLI_CODES.invalidArgument;
  let message = err.message
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean (.+)\?\)$/s, ' (did you mean $1?)')
    .replace(/\n/g, ' ')
    .replace(/\.$/, '');
  // A value not among the choices gets the nearest as its hint too.
  const choice = /'([^']*)' is invalid\b.*Allowed choices are (.+)$/.exec(message);
  const nearest = choice && suggest(choice[1], choice[2].split(', '));
  if (nearest) message += ` (did you mean ${nearest}?)`;
  return new PatchtreeError(code, `${message}; see \`${commandPath} --help\``, { details: { command: commandPath } });
}

/** Whether the command line asks for JSON (read before parsing, so that even a refused command line answers in JSON). */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}
