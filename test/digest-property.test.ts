import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { decodeChange } from '../protocol/index.js';
import { DigestBuckets, type Catalog } from '../catalog/index.js';
import type { ParsedBulletin } from '../catalog/sources/model.js';
import { openCatalog } from './helpers/catalog.js';

const LANGUAGES = ['neutral', 'en-US', 'de-DE', 'ja-JP', 'fr-FR'];

/** The digest recomputed from scratch: every live record scanned, filtered naively, hashes summed. */
async function digestFromScratch(catalog: Catalog, languages: string[]) {
  let count = 0;
  let sum = 0n;
  for await (const r of catalog.store.records()) {
    const recordLanguages = decodeChange(r.bytes).languages;
    if (!recordLanguages.some((l) => l === 'neutral' || languages.includes(l))) continue;
    count++;
    sum = (sum + BigInt(`0x${createHash('sha256').update(r.bytes).digest('hex')}`)) % (1n << 256n);
  }
  return { count, digest: sum.toString(16).padStart(64, '0') };
}

const updateArb = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  language: fc.constantFrom(...LANGUAGES),
  kb: fc.constantFrom('KB1', 'KB2', 'KB3', ''),
  supersedes: fc.subarray(['KB1', 'KB2', 'KB3']),
  size: fc.nat(1000),
});
const bulletinArb = fc.record({ id: fc.constantFrom('B1', 'B2', 'B3', 'B4'), title: fc.constantFrom('t1', 't2'), updates: fc.array(updateArb, { maxLength: 4 }) });
const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('import' as const), source: fc.constantFrom('s1', 's2'), bulletins: fc.array(bulletinArb, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('severity' as const), bulletin: fc.constantFrom('B1', 'B2', 'B3', 'B4'), level: fc.constantFrom('High', 'Low', '') }),
);

function parsed(bulletins: Array<{ id: string; title: string; updates: Array<{ id: string; language: string; kb: string; supersedes: string[]; size: number }> }>): ParsedBulletin[] {
  return bulletins.map((b) => ({
    bulletin: { id: b.id, vendor: 'V', title: b.title },
    updates: b.updates.map((u) => ({ ...u, id: `${u.id}-${u.language}`, product: 'P', platform: 'x64', url: `https://v.example/${u.id}` })),
  }));
}

describe('language-filtered digest (property)', () => {
  it('equals a digest recomputed from scratch after any sequence of imports, changes and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 8 }), fc.subarray(LANGUAGES.slice(1)), async (steps, filter) => {
        const { catalog, close } = await openCatalog();
        try {
          await catalog.settings.setSeverityLevels(['High', 'Low']);
          for (const step of steps) {
            if (step.kind === 'import') await catalog.importParsed(step.source, parsed(step.bulletins));
            else await catalog.settings.setCustomSeverity(step.bulletin, step.level).catch((e) => expect(e.code).toBe('NOT_FOUND'));
          }
          expect(catalog.store.digest(filter)).toEqual(await digestFromScratch(catalog, filter));
          expect(catalog.store.digest()).toEqual(await digestFromScratch(catalog, LANGUAGES));
        } finally {
          await close();
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('digest sums', () => {
  it('equal a BigInt sum mod 2^256 over any sequence of additions and removals, wrap-arounds included', () => {
    const hashArb = fc.oneof(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.constantFrom(new Uint8Array(32).fill(0xff), new Uint8Array(32), Uint8Array.from({ length: 32 }, (_, i) => (i === 31 ? 1 : 0))));
    const stepArb = fc.record({ hash: hashArb, remove: fc.boolean(), pick: fc.nat() });
    fc.assert(fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
      const buckets = new DigestBuckets();
      const held: Buffer[] = [];
      const modulus = 1n << 256n;
      const value = (hash: Buffer) => BigInt(`0x${hash.toString('hex')}`);
      for (const step of steps) {
        // A store only removes a record it holds: remove one held hash, or add a new one.
        if (step.remove && held.length) buckets.apply('local', 'catalog', ['en-US'], held.splice(step.pick % held.length, 1)[0], -1);
        else buckets.apply('local', 'catalog', ['en-US'], held[held.push(Buffer.from(step.hash)) - 1], 1);
        const reference = held.reduce((sum, h) => (sum + value(h)) % modulus, 0n);
        expect(buckets.digest()).toEqual({ count: held.length, digest: reference.toString(16).padStart(64, '0') });
      }
      // The saved (hex) form round-trips to the same digest.
      expect(DigestBuckets.from(buckets.snapshot()).digest()).toEqual(buckets.digest());
    }), { numRuns: 500 });
  });
});
