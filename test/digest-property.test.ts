import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { decodeChange } from '../protocol/index.js';
import type { Catalog } from '../catalog/index.js';
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
