import { afterEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import { join } from 'node:path';
import { RecordStore } from '../catalog/index.js';
import { TombstonePruner } from '../node/maintenance.js';
import { tempDir } from './helpers/temp.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => { while (cleanups.length) await cleanups.pop()!(); });

describe('tombstone pruning', () => {
  it('prunes deletions older than the retention, by the sequence noted back then', async () => {
    const { dir, cleanup } = await tempDir();
    const store = await RecordStore.open(join(dir, 'db'));
    cleanups.push(async () => { await store.close(); await cleanup(); });
    const put = (id: string) => ({ type: 'put' as const, key: `b/${id}`, languages: ['neutral'], record: { bulletin: { id } } });
    const pruner = new TombstonePruner(store, 30, pino({ level: 'silent' }));
    const day = 24 * 3600 * 1000;
    const t0 = Date.now() - 40 * day;
    await store.write([put('a'), put('b'), put('c')]);
    await store.write([{ type: 'del', key: 'b/a' }]);
    expect(await pruner.tick(t0)).toBe(0); // noted: seq 4 at day 0
    await store.write([{ type: 'del', key: 'b/b' }]); // seq 5, after the note
    expect(await pruner.tick(t0 + 20 * day)).toBe(0); // nothing is 30 days old yet
    expect(await pruner.tick(t0 + 31 * day)).toBe(1); // the deletion before day 0's note goes
    expect(store.horizon).toBe(4);
    const left = [];
    for await (const c of store.changesSince(0)) left.push(c.seq);
    expect(left).toEqual([3, 5]); // live c, and b's newer tombstone
  });
});
