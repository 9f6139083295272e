import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { HashTable } from '../catalog/trust/listings.js';

// The table a child looks every received record up in (catalog/trust/listings.ts): it must answer exactly
// "is this hash listed", and stay fast for hashes crafted to share bytes.
const blobOf = (hashes: Buffer[]) => Buffer.concat(hashes);

describe('a listing\'s hash table', () => {
  it('finds every listed hash and no other, including near misses', () => {
    const listed = Array.from({ length: 5000 }, () => randomBytes(32));
    const table = new HashTable(blobOf(listed));
    for (const h of listed) expect(table.has(h)).toBe(true);
    for (let i = 0; i < 5000; i++) expect(table.has(randomBytes(32))).toBe(false);
    // One byte off, at each position: not listed.
    for (let at = 0; at < 32; at++) {
      const near = Buffer.from(listed[at]);
      near[at] ^= 1;
      expect(table.has(near)).toBe(false);
    }
    expect(new HashTable(Buffer.alloc(0)).has(listed[0])).toBe(false);
  });

  it('builds in linear time from hashes that differ only in their last bytes (a crafted listing)', () => {
    const base = randomBytes(32);
    const crafted = Array.from({ length: 60_000 }, (_, i) => {
      const h = Buffer.from(base);
      h.writeUInt32BE(i, 28);
      return h;
    });
    const started = performance.now();
    const table = new HashTable(blobOf(crafted));
    // A table keyed by any fixed bytes would chain all 60,000 on one slot: ~1.8e9 probes, minutes.
    expect(performance.now() - started).toBeLessThan(2000);
    for (const h of crafted.slice(0, 1000)) expect(table.has(h)).toBe(true);
  });
});
