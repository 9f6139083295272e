// The receiving half of the "limit" pipe: reads length-delimited records from
// one HTTP response and writes them to LevelDB in batches. No filtering, no
// verification: the ceiling any replication protocol here can approach.
import { Level } from 'level';
import { STORE_LEVEL_OPTIONS } from '../../catalog/index.js';
import { get } from 'node:http';

const [url, location] = process.argv.slice(2);
// The same LevelDB settings as patchtree's store: write buffer, open tables, table size.
const db = new Level<string, Buffer>(location, { keyEncoding: 'utf8', valueEncoding: 'buffer', ...STORE_LEVEL_OPTIONS });
await db.open();
let received = 0;
let batch: Array<{ type: 'put'; key: string; value: Buffer }> = [];
let pending: Buffer = Buffer.alloc(0);
const started = performance.now();
await new Promise<void>((resolve, reject) => {
  get(url, (res) => {
    res.on('data', (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let offset = 0;
      for (;;) {
        let length = 0;
        let shift = 0;
        let i = offset;
        for (; i < pending.length; i++) {
          length |= (pending[i] & 0x7f) << shift;
          shift += 7;
          if ((pending[i] & 0x80) === 0) break;
        }
        if (i >= pending.length || i + 1 + length > pending.length) break;
        const value = pending.subarray(i + 1, i + 1 + length);
        batch.push({ type: 'put', key: String(received++).padStart(16, '0'), value });
        offset = i + 1 + length;
      }
      pending = pending.subarray(offset);
      if (batch.length >= 1000) {
        res.pause();
        const b = batch;
        batch = [];
        db.batch(b).then(() => res.resume(), reject);
      }
    });
    res.on('end', () => {
      db.batch(batch).then(() => resolve(), reject);
    });
  }).on('error', reject);
});
const seconds = (performance.now() - started) / 1000;
await db.close();
process.stdout.write(JSON.stringify({ received, seconds }) + '\n');
