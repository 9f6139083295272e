// Every command of `patchtree`, declared once on commander: parsing, --help,
// the README's CLI reference (cli-reference.ts) and the tests read this.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, Help } from 'commander';
import { bundleCommands } from './cli-bundle.js';
import { catalogCommands } from './cli-catalog.js';
import { policyCommands } from './cli-policies.js';
import { replicationCommands } from './cli-replication.js';
import { startCommand } from './cli-start.js';
import { statusCommand } from './cli-status.js';
import { trustCommands } from './cli-trust.js';

/** The package's version, read from package.json in the source tree (also when this runs compiled from .build/<fingerprint>/). */
export function packageVersion(): string {
  const path = fileURLToPath(new URL('../package.json', import.meta.url)).replace(/[\\/]\.build[\\/][0-9a-f]{16}(?=[\\/])/, '');
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

/** Examples shown under a command's --help and in the README, by command path. */
export const EXAMPLES: Record<string, string[]> = {
  start: ['patchtree start', 'patchtree start --config site-a.json', 'patchtree start --data /var/lib/patchtree --port 8471 --host 0.0.0.0'],
  status: ['patchtree status', 'patchtree status --json --url http://hq:8470 --token "$TOKEN"'],
  sources: ['patchtree sources'],
  'sources add': ['patchtree sources add msrc msrc-cvrf https://api.msrc.microsoft.com/cvrf/v2.0/document/2024-Jan --schedule "0 3 * * *"'],
  'sources remove': ['patchtree sources remove msrc --yes'],
  import: ['patchtree import msrc', 'patchtree import msrc --force'],
  bulletins: ['patchtree bulletins --search firefox --unstaged --limit 20'],
  bulletin: ['patchtree bulletin MS24-001'],
  stage: ['patchtree stage MS24-001'],
  jobs: ['patchtree jobs'],
  'jobs show': ['patchtree jobs show 0b6f…'],
  'jobs watch': ['patchtree jobs watch 0b6f…'],
  policies: ['patchtree policies'],
  'policies create': ['patchtree policies create "Monthly servers" MS24-001 MS24-002 --target "Windows Servers" --schedule "0 2 * * 6"'],
  'policies show': ['patchtree policies show "Monthly servers"'],
  'policies disable': ['patchtree policies disable "Monthly servers"'],
  'policies delete': ['patchtree policies delete "Monthly servers" --yes'],
  'severity levels': ['patchtree severity levels Critical High Low', 'patchtree severity levels --clear --yes'],
  'severity set': ['patchtree severity set MS24-001 Critical', "patchtree severity set MS24-001 ''"],
  'languages set': ['patchtree languages set en-US de-DE', 'patchtree languages set en-US --yes   # drops de-DE'],
  'exclusions set': ['patchtree exclusions set "Legacy*" "Windows 7*" --yes', 'patchtree exclusions set --clear'],
  'children add': ['patchtree children add site-a "Site A"'],
  'children remove': ['patchtree children remove site-a --yes'],
  'rules set': ['patchtree rules set catalog --mode differential --schedule "*/15 * * * *" --verify 5', 'patchtree rules set policies --policies "Monthly servers"'],
  run: ['patchtree run catalog', 'patchtree run policies --child site-a --complete --wait --timeout 120'],
  pull: ['patchtree pull', 'patchtree pull --rule catalog --complete --verify 100'],
  runs: ['patchtree runs --child site-a'],
  'trust roll-key': ['patchtree trust roll-key --yes'],
  export: ['patchtree export --child ship-7 /media/usb/ship-7.ptb', 'patchtree export --child ship-7 ship-7-full.ptb --complete --languages en-US,de-DE'],
  'import-bundle': ['patchtree import-bundle /media/usb/ship-7.ptb'],
  'trust revoke': ['patchtree trust revoke 5c1e… --yes'],
};

/** What each argument is, by command path (shown by --help and the README). */
const ARGUMENTS: Record<string, Record<string, string>> = {
  'sources add': { name: 'the source\'s name', type: 'native, msrc-cvrf, nuget-v2 or wsusoffline', url: 'the documents to import (http or https)' },
  'sources remove': { name: 'the source\'s name' },
  import: { source: 'the source\'s name' },
  bulletin: { id: 'the bulletin id' },
  stage: { bulletin: 'the bulletin id' },
  'jobs show': { id: 'the job id' },
  'jobs watch': { id: 'the job id' },
  'severity levels': { level: 'the levels, most severe first' },
  'severity set': { bulletin: 'the bulletin id', level: "one of the levels, or '' to clear" },
  'languages set': { language: 'BCP 47 tags such as en-US (neutral is implied)' },
  'exclusions set': { pattern: 'bulletin ids, vendors or products (* wildcard, case-insensitive)' },
  'policies create': { name: 'the policy\'s name', bulletin: 'ids of fully staged bulletins' },
  'policies show': { policy: 'the policy\'s id or name' },
  'policies enable': { policy: 'the policy\'s id or name' },
  'policies disable': { policy: 'the policy\'s id or name' },
  'policies delete': { policy: 'the policy\'s id or name' },
  'children add': { id: 'the child\'s id (1-64 letters, digits, ".", "_" or "-")', name: 'a display name (default the id)' },
  'children remove': { id: 'the child\'s id' },
  'trust revoke': { keyid: 'the key id to revoke' },
  'trust pin': { 'public-key-hex': 'the publisher\'s ed25519 public key, hex' },
  export: { file: 'where to write the bundle' },
  'import-bundle': { file: 'the bundle, as `patchtree export` wrote it' },
};

/** Every command below `cmd`, depth first, with their paths below the program ("sources add"). */
export function* commandsOf(cmd: Command, prefix = ''): Generator<{ path: string; cmd: Command }> {
  for (const sub of cmd.commands) {
    if (sub.name() === 'help') continue;
    const path = `${prefix}${sub.name()}`;
    yield { path, cmd: sub };
    yield* commandsOf(sub, `${path} `);
  }
}

const SHARED_OPTIONS = new Set(['--url', '--token', '--data', '--json', '--help']);

function ownOptionsFirst<T extends { long?: string }>(options: T[]): T[] {
  if (!options.some((o) => o.long === '--url')) return options; // `start` has a --data of its own
  return [...options.filter((o) => !SHARED_OPTIONS.has(o.long ?? '')), ...options.filter((o) => SHARED_OPTIONS.has(o.long ?? ''))];
}

export function buildProgram(): Command {
  const program = new Command('patchtree')
    .description('a hierarchical replication server for patch-management data: `start` runs a node, the other commands drive a running node through its admin API')
    .version(packageVersion(), '-v, --version', 'print the version')
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    // A command's own options first; the client options every command shares, and --help, after them.
    .configureHelp({ visibleOptions: (cmd) => ownOptionsFirst(new Help().visibleOptions(cmd)) });
  startCommand(program);
  statusCommand(program);
  catalogCommands(program);
  policyCommands(program);
  replicationCommands(program);
  trustCommands(program);
  bundleCommands(program);
  for (const { path, cmd } of commandsOf(program)) {
    for (const arg of cmd.registeredArguments) arg.description ||= ARGUMENTS[path]?.[arg.name()] ?? '';
    const examples = EXAMPLES[path];
    if (examples) cmd.addHelpText('after', `\nExamples:\n${examples.map((e) => `  ${e}`).join('\n')}`);
  }
  return program;
}
