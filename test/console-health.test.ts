import { describe, expect, it } from 'vitest';
import { ruleHealth, stateOf } from '../node/console/health.js';
import type { Child, Run } from '../node/console/types.js';

// The console's hierarchy view reads a child's health from the parent's report when the node sends one
// (GET /children: health), and falls back to the child's reported runs when it does not.

const child = (extra: Partial<Child> = {}): Child => ({ id: 'site-a', languages: ['de-DE'], descendants: [], lastSeen: '2026-01-01T10:00:00.000Z', ...extra });
const run = (rule: string, status: Run['status'], started: string, extra: Partial<Run> = {}): Run => ({ id: 1, rule, trigger: 'schedule', started, durationMs: 1000, status, ...extra });

describe('child health in the console', () => {
  it('shows the parent\'s health report when the node sends one', () => {
    const reported = child({
      health: {
        state: 'offline',
        offlineSince: '2026-01-01T09:00:00.000Z',
        rules: { catalog: { lastAttemptAt: '2026-01-01T09:30:00.000Z', lastSuccessAt: '2026-01-01T08:00:00.000Z', lagSequences: 42, lagSeconds: 5400, lastError: { code: 'REPL_UNREACHABLE', message: 'connection refused' } } },
      },
    });
    // Runs that say otherwise do not override the report.
    const runs = [run('catalog', 'ok', '2026-01-01T09:59:00.000Z')];
    expect(stateOf(reported, runs)).toBe('offline');
    expect(ruleHealth(reported, runs, 'catalog')).toEqual({ lastAttemptAt: '2026-01-01T09:30:00.000Z', lastSuccessAt: '2026-01-01T08:00:00.000Z', lagSequences: 42, lagSeconds: 5400, lastError: { code: 'REPL_UNREACHABLE', message: 'connection refused' }, fromRuns: false });
  });

  it('falls back to the runs the child reported: last good run per rule, failing when a rule\'s last run failed', () => {
    const runs = [
      run('catalog', 'failed', '2026-01-01T10:00:00.000Z', { error: { code: 'SYNC_SIGNATURE_INVALID', message: 'bad signature' } }),
      run('catalog', 'ok', '2026-01-01T09:00:00.000Z'),
      run('policies', 'ok', '2026-01-01T09:30:00.000Z'),
    ];
    const catalog = ruleHealth(child(), runs, 'catalog');
    expect(catalog).toMatchObject({ lastAttemptAt: '2026-01-01T10:00:00.000Z', lastSuccessAt: '2026-01-01T09:00:01.000Z', lagSequences: null, lastError: { code: 'SYNC_SIGNATURE_INVALID' }, fromRuns: true });
    expect(ruleHealth(child(), runs, 'content')).toMatchObject({ lastAttemptAt: null, lastSuccessAt: null, lastError: null });
    expect(stateOf(child(), runs)).toBe('failing');
    expect(stateOf(child(), runs.slice(1))).toBe('ok');
    expect(stateOf(child({ lastSeen: null }), [])).toBe('unknown');
  });
});
