// How fast LevelDB alone takes batches of 1,000 records when each record is
// one write (a 300-byte value under a sequential key) plus `writes - 1` small
// index entries under scattered keys: the floor under any import here.
// Alone: node --import tsx test/bench/level-ceiling.ts [records] [writes per record]
import { Level } from 'level';
import { STORE_LEVEL_OPTIONS } from '../../catalog/index.js';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp.js';

const records = Number(process.argv[2] ?? 1_000_000);
const writes = Number(process.argv[3] ?? 3);
const { dir, cleanup } = await tempDir('patchtree-level-ceiling-');
// The same LevelDB settings as patchtree's store: write buffer, open tables, table size.
const db = new Level<string, Buffer>(join(dir, 'db'), { keyEncoding: 'utf8', valueEncoding: 'buffer', ...STORE_LEVEL_OPTIONS });
await db.open();
const value = Buffer.alloc(300, 7);
const entry = Buffer.from('0000000000001234');
const started = performance.now();
for (let i = 0; i < records; i += 1000) {
  const batch: Array<{ type: 'put'; key: string; value: Buffer }> = [];
  for (let j = i; j < i + 1000; j++) {
    batch.push({ type: 'put', key: `c/${String(j).padStart(16, '0')}`, value });
    for (let k = 1; k < writes; k++) batch.push({ type: 'put', key: `k${k}/u/B/KB${(j * 7919) % 1000003}/upd-${j}`, value: entry });
  }
  await db.batch(batch);
}
const seconds = (performance.now() - started) / 1000;
await db.close();
await cleanup();
process.stdout.write(`${records} records x ${writes} writes: ${Math.round(records / seconds)} records/s, ${Math.round((records * writes) / seconds)} writes/s\n`);
