import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordStore } from '../../catalog/index.js';

/** A fresh temp directory; remove it with the returned cleanup. */
export async function tempDir(prefix = 'patchtree-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A real RecordStore on LevelDB in a temp dir; closing it and removing the
 * folder is pushed on `cleanups` (a test file's afterEach list).
 */
export async function tempStore(cleanups: Array<() => Promise<void>>, prefix = 'patchtree-store-'): Promise<{ store: RecordStore; dir: string }> {
  const { dir, cleanup } = await tempDir(prefix);
  const store = await RecordStore.open(join(dir, 'db'));
  cleanups.push(async () => { await store.close().catch(() => undefined); await cleanup(); });
  return { store, dir };
}
