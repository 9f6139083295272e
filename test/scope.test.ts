import { describe, expect, it } from 'vitest';
import { bucketOf, DigestBuckets, holdsLanguages, ScopeRule, scopeId } from '../catalog/index.js';

// The whole truth table of the scope rule (catalog/store/scope.ts): for a
// stored change header and a child managing de-DE, does the child hold it,
// must its parent send it, and does its digest bucket count for the child.

const child = new ScopeRule({ rule: 'catalog', languages: ['de-DE'], policyIds: [] });

type Row = { what: string; deleted: boolean; languages: string[]; left: string[]; holds: boolean; sends: boolean };

const rows: Row[] = [
  // live records
  { what: 'live, in the set', deleted: false, languages: ['de-DE'], left: [], holds: true, sends: true },
  { what: 'live, out of the set', deleted: false, languages: ['fr-FR'], left: [], holds: false, sends: false },
  { what: 'live, neutral', deleted: false, languages: ['neutral'], left: [], holds: true, sends: true },
  { what: 'live, no language (neutral)', deleted: false, languages: [], left: [], holds: true, sends: true },
  { what: 'live, several with one in the set', deleted: false, languages: ['de-DE', 'fr-FR'], left: [], holds: true, sends: true },
  { what: 'live, left the set', deleted: false, languages: ['fr-FR'], left: ['de-DE'], holds: false, sends: true },
  { what: 'live, left another language', deleted: false, languages: ['fr-FR'], left: ['ja-JP'], holds: false, sends: false },
  { what: 'live, left neutral (every node held it)', deleted: false, languages: ['fr-FR'], left: ['neutral'], holds: false, sends: true },
  { what: 'live, in the set, left another', deleted: false, languages: ['de-DE'], left: ['ja-JP'], holds: true, sends: true },
  // tombstones (a deletion is sent to whoever may hold a copy, never held)
  { what: 'tombstone, in the set', deleted: true, languages: ['de-DE'], left: [], holds: false, sends: true },
  { what: 'tombstone, out of the set', deleted: true, languages: ['fr-FR'], left: [], holds: false, sends: false },
  { what: 'tombstone, neutral', deleted: true, languages: ['neutral'], left: [], holds: false, sends: true },
  { what: 'tombstone of a record that had left the set', deleted: true, languages: ['fr-FR'], left: ['de-DE'], holds: false, sends: true },
  { what: 'tombstone that left another language', deleted: true, languages: ['fr-FR'], left: ['ja-JP'], holds: false, sends: false },
  { what: 'tombstone of a record that had left neutral', deleted: true, languages: ['fr-FR'], left: ['neutral'], holds: false, sends: true },
];

describe('the scope rule', () => {
  for (const row of rows) {
    it(`${row.what}: holds ${row.holds}, sends ${row.sends}`, () => {
      const header = { key: 'u/B/1', deleted: row.deleted, languages: row.languages, leftLanguages: row.left };
      expect(child.holds(header)).toBe(row.holds);
      expect(child.sends(header)).toBe(row.sends);
      // What a node holds it is always sent; the digest counts exactly the live records it holds.
      if (row.holds) expect(child.sends(header)).toBe(true);
      if (!row.deleted) expect(holdsLanguages(row.languages, child.languages)).toBe(row.holds);
      if (!row.deleted) {
        const digest = DigestBuckets.recompute([{ languages: row.languages, hash: '11'.repeat(32) }], { languages: ['de-DE'] });
        expect(digest.count).toBe(row.holds ? 1 : 0);
      }
    });
  }

  it('covers only the keys of its rule, and of the chosen policies', () => {
    expect(child.covers('b/B')).toBe(true);
    expect(child.covers('u/B/1')).toBe(true);
    expect(child.covers('s/levels')).toBe(true);
    expect(child.covers('p/P')).toBe(false);
    const policies = new ScopeRule({ rule: 'policies', languages: ['de-DE'], policyIds: ['P'] });
    expect(policies.covers('p/P')).toBe(true);
    expect(policies.covers('e/P/u/B/1')).toBe(true);
    expect(policies.covers('p/Q')).toBe(false);
    expect(policies.covers('e/Q/u/B/1')).toBe(false);
    expect(policies.covers('u/B/1')).toBe(false);
    const live = { deleted: false, languages: ['de-DE'], leftLanguages: [] };
    expect(policies.holds({ key: 'p/Q', ...live })).toBe(false);
    expect(policies.sends({ key: 'p/Q', ...live })).toBe(false);
    expect(new ScopeRule({ rule: 'policies', languages: ['de-DE'], policyIds: [] }).holds({ key: 'p/Q', ...live })).toBe(true);
  });

  it('counts as received under a rule only what came from the parent, of that rule', () => {
    expect(child.receivedUnderRule('u/B/1', 'replicated')).toBe(true);
    expect(child.receivedUnderRule('u/B/1', 'local')).toBe(false);
    expect(child.receivedUnderRule('p/P', 'replicated')).toBe(false);
    const policies = new ScopeRule({ rule: 'policies', languages: ['de-DE'], policyIds: ['P'] });
    expect(policies.receivedUnderRule('p/Q', 'replicated')).toBe(true); // outside the list now: the parent's to delete
  });

  it('names buckets by sorted language set and identifies scopes whatever the order', () => {
    expect(bucketOf(['fr-FR', 'de-DE'])).toBe('de-DE,fr-FR');
    expect(bucketOf([])).toBe('neutral');
    expect(scopeId({ rule: 'catalog', languages: ['fr-FR', 'de-DE'], policyIds: [] })).toBe(scopeId({ rule: 'catalog', languages: ['de-DE', 'fr-FR'], policyIds: [] }));
    expect(scopeId({ rule: 'catalog', languages: ['de-DE'], policyIds: [] })).not.toBe(scopeId({ rule: 'policies', languages: ['de-DE'], policyIds: [] }));
  });
});
