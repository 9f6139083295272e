// The README's CLI reference, generated from the commander definitions
// (cli-program.ts), so that it cannot drift from what the CLI parses:
// test/cli-reference.test.ts compares the two; `npx tsx node/cli-reference.ts
// --write` rewrites the README's section.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { buildProgram, commandsOf, EXAMPLES } from './cli-program.js';

export const BEGIN = '<!-- cli-reference:begin (generated from node/cli-program.ts: npx tsx node/cli-reference.ts --write) -->';
export const END = '<!-- cli-reference:end -->';
/** Options every client command takes, described once above the commands. */
const SHARED = new Set(['--url', '--token', '--data', '--json', '--help']);

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function cliReference(program: Command = buildProgram()): string {
  const help = program.createHelp();
  const lines: string[] = [];
  for (const { path, cmd } of commandsOf(program)) {
    const shared = cmd.options.some((o) => o.long === '--url');
    const what = cmd.description();
    lines.push(`#### \`${help.commandUsage(cmd).replace(/ \[options\]/, '')}\``, '', `${what.charAt(0).toUpperCase()}${what.slice(1)}.`, '');
    const rows = [
      ...help.visibleArguments(cmd).map((a) => [`\`${help.argumentTerm(a)}\``, help.argumentDescription(a)]),
      ...help.visibleOptions(cmd).filter((o) => !(shared && SHARED.has(o.long ?? '')) && o.long !== '--help').map((o) => [`\`${help.optionTerm(o)}\``, help.optionDescription(o)]),
    ];
    if (rows.length) lines.push('| argument / option | what |', '|---|---|', ...rows.map(([term, what]) => `| ${cell(term)} | ${cell(what)} |`), '');
    const subcommands = cmd.commands.map((c) => c.name());
    if (subcommands.length) lines.push(`Subcommands: ${subcommands.map((s) => `\`${s}\``).join(', ')}.`, '');
    if (EXAMPLES[path]) lines.push('```sh', ...EXAMPLES[path], '```', '');
  }
  return lines.join('\n').trimEnd();
}

/** The README with its CLI reference section replaced by `reference`. */
export function withReference(readme: string, reference: string): string {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`the README has no ${BEGIN} ... ${END} section`);
  return `${readme.slice(0, begin + BEGIN.length)}\n\n${reference}\n\n${readme.slice(end)}`;
}

export const README = fileURLToPath(new URL('../README.md', import.meta.url));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv.includes('--write')) {
  writeFileSync(README, withReference(readFileSync(README, 'utf8'), cliReference()));
}
