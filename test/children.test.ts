import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { RecordStore } from '../catalog/index.js';
import { Children } from '../replication/index.js';
import { tempDir } from './helpers/temp.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => { while (cleanups.length) await cleanups.pop()!(); });

async function children() {
  const { dir, cleanup } = await tempDir('patchtree-children-');
  const store = await RecordStore.open(join(dir, 'db'));
  cleanups.push(async () => { await store.close(); await cleanup(); });
  return new Children(store);
}

describe('registered children', () => {
  it('stays removed when a sync call notes it was seen while the admin removes it', async () => {
    const registry = await children();
    const { credential } = await registry.register('site-a');
    // The removal reads the child first, then the sync call's update reads it too: without one-at-a-time
    // the update's write lands after the deletion and brings the child (and its revoked credential) back.
    await Promise.all([registry.remove('site-a'), registry.update('site-a', { lastSeen: new Date().toISOString() })]);
    expect(await registry.list()).toEqual([]);
    await expect(registry.authenticate('site-a', credential)).rejects.toMatchObject({ code: 'AUTH_INVALID_CREDENTIAL' });
  });

  it('keeps both of two updates made at once', async () => {
    const registry = await children();
    await registry.register('site-a');
    const seen = new Date().toISOString();
    await Promise.all([registry.update('site-a', { languages: ['de-DE'] }), registry.update('site-a', { lastSeen: seen })]);
    expect(await registry.get('site-a')).toMatchObject({ languages: ['de-DE'], lastSeen: seen });
  });
});
