/** Parsed command line: positional words and --flags (a flag followed by a value, or boolean). */
export interface Args {
  words: string[];
  flags: Record<string, string | true>;
}

const BOOLEAN_FLAGS = new Set(['force', 'json', 'staged', 'unstaged', 'override-mw', 'disabled', 'help', 'complete']);

export function parseArgs(argv: readonly string[]): Args {
  const words: string[] = [];
  const flags: Args['flags'] = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (inline !== undefined) flags[name] = inline;
    else if (BOOLEAN_FLAGS.has(name) || i + 1 >= argv.length || argv[i + 1].startsWith('--')) flags[name] = true;
    else flags[name] = argv[++i];
  }
  return { words, flags };
}

/** A flag's string value, or undefined; `--x` without a value is a usage error. */
export function stringFlag(args: Args, name: string): string | undefined {
  const value = args.flags[name];
  if (value === true) throw new Error(`--${name} needs a value`);
  return value;
}
