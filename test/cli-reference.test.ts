import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BEGIN, END, README, cliReference } from '../node/cli-reference.js';
import { buildProgram, commandsOf, EXAMPLES } from '../node/cli-program.js';
import { hierarchyTree } from '../node/cli-status.js';
import { progressFigures, progressPayload, SpeedMeter } from '../node/cli-progress-bar.js';
import { suggest } from '../node/cli-suggest.js';

// The README's CLI reference is generated from the commander definitions: this keeps the two from drifting.

describe('the README CLI reference', () => {
  it('is what the commander definitions generate (regenerate: npx tsx node/cli-reference.ts --write)', () => {
    const readme = readFileSync(README, 'utf8');
    const section = readme.slice(readme.indexOf(BEGIN) + BEGIN.length, readme.indexOf(END)).trim();
    expect(section).toBe(cliReference());
  });

  it('names every command, and describes every argument and every option but the shared client ones', () => {
    const reference = cliReference();
    const program = buildProgram();
    const help = program.createHelp();
    for (const { path, cmd } of commandsOf(program)) {
      expect(reference).toContain(`#### \`patchtree ${path}`);
      for (const arg of cmd.registeredArguments) expect(reference, `${path} <${arg.name()}>`).toMatch(new RegExp(`\\| \`${arg.name()}[.]*\` \\| \\S`));
      for (const option of cmd.options) {
        if (['--url', '--token', '--data', '--json'].includes(option.long!) && path !== 'start') continue;
        expect(reference, `${path} ${option.long}`).toContain(`| \`${help.optionTerm(option).replace(/\|/g, '\\|')}\` |`);
      }
    }
  });

  it('has examples only for commands that exist', () => {
    const paths = new Set([...commandsOf(buildProgram())].map((c) => c.path));
    for (const path of Object.keys(EXAMPLES)) expect(paths, path).toContain(path);
  });
});

describe('what the CLI draws', () => {
  it('draws the hierarchy: parent above, children with descendants and health below', () => {
    const status = { nodeId: 'region-1', languages: ['de-DE'], parent: { url: 'http://hq:8470', childId: 'region-1' } };
    const children = [
      { id: 'site-a', name: 'Site A', languages: ['de-DE'], lastSeen: '2026-01-01T00:00:00Z', descendants: [{ nodeId: 'shop-1', languages: ['de-DE'] }], health: { state: 'failing', offlineSince: '2026-01-01T01:00:00Z', rules: { catalog: { lagSequences: 12, lagSeconds: 300, lastSuccessAt: '2026-01-01T00:00:00Z', lastError: { code: 'REPL_PARENT_UNREACHABLE' } } } } },
      { id: 'site-b', languages: [], descendants: [] },
    ];
    expect(hierarchyTree(status, children)).toEqual([
      'parent http://hq:8470',
      '└─ region-1 (this node, child "region-1" there)  de-DE, neutral',
      '   ├─ site-a "Site A"  de-DE  seen 2026-01-01T00:00:00Z  health FAILING (offline since 2026-01-01T01:00:00Z)',
      '   │  ├─ rule catalog, lag 12 seq, 300 s behind, last ok 2026-01-01T00:00:00Z, error REPL_PARENT_UNREACHABLE',
      '   │  └─ shop-1  de-DE',
      '   └─ site-b  (no languages reported)  never seen',
    ]);
  });

  it('shows a download waiting to retry, and speed over the last seconds', () => {
    const progress = { bulletinId: 'B', files: 2, done: 1, failed: 0, bytes: 1536, totalBytes: 4096, retrying: [{ update: 'u/B/x', attempt: 2, delayMs: 500, code: 'STAGE_DOWNLOAD_FAILED', message: 'GET … answered 503' }] };
    expect(progressPayload(progress, 2048)).toEqual({ speed: '2.0 KiB/s', files: '1/2 files', state: ' | RETRYING u/B/x (attempt 2 after STAGE_DOWNLOAD_FAILED)' });
    expect(progressPayload({ ...progress, retrying: [] }, 0).state).toBe('');
    expect(progressFigures(progress)).toEqual({ unit: 'bytes', value: 1536, total: 4096 });
    expect(progressFigures({ ...progress, totalBytes: 0 })).toEqual({ unit: 'files', value: 1, total: 2 });
    const meter = new SpeedMeter(5_000);
    meter.add(0, 0);
    meter.add(10_000, 1_000);
    meter.add(30_000, 2_000);
    expect(meter.bytesPerSecond()).toBe(15_000);
    meter.add(30_000, 9_000); // a stall: the window forgets the fast start
    expect(meter.bytesPerSecond()).toBe(0);
  });

  it('hints the nearest word, and nothing for a word far from all', () => {
    expect(suggest('stauts', ['start', 'status', 'stage'])).toBe('status');
    expect(suggest('xyz', ['start', 'status'])).toBeUndefined();
  });
});
