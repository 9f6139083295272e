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

  it('refuses a crafted listing whose hashes share a slot (SIG_INVALID), at once', () => {
    const base = randomBytes(32);
    const crafted = Array.from({ length: 60_000 }, (_, i) => {
      const h = Buffer.from(base);
      h.writeUInt32BE(i, 28);
      return h;
    });
    const started = performance.now();
    // Without the bound on how far a hash may sit from its slot, ~1.8e9 probes: minutes.
    expect(() => new HashTable(blobOf(crafted), 'catalog/en-US#')).toThrow(expect.objectContaining({ code: 'SIG_INVALID' }));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('answers fast within a crafted run of taken slots (every lookup stops after a bounded number of slots)', () => {
    // Hashes on consecutive slots: one run of a million taken slots, each hash on its own (the build accepts it).
    const count = 1_000_000;
    const blob = randomBytes(count * 32);
    for (let i = 0; i < count; i++) blob.writeUInt32BE(i, i * 32 + 4);
    const table = new HashTable(blob);
    const started = performance.now();
    for (let i = 0; i < 20_000; i++) {
      const absent = randomBytes(32);
      absent.writeUInt32BE(i, 4);
      expect(table.has(absent)).toBe(false);
    }
    // Lookups that walked the run to its end: ~2e10 slots.
    expect(performance.now() - started).toBeLessThan(5000);
    for (let i = 0; i < 1000; i++) expect(table.has(blob.subarray(i * 32 * 997, i * 32 * 997 + 32))).toBe(true);
  });
});
