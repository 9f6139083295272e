import { afterEach, describe, expect, it } from 'vitest';
import { decodeChange } from '../protocol/index.js';
import type { ParsedBulletin } from '../catalog/sources/model.js';
import { openCatalog } from './helpers/catalog.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => { while (closers.length) await closers.pop()!(); });

async function fresh(options?: Parameters<typeof openCatalog>[0]) {
  const c = await openCatalog(options);
  closers.push(c.close);
  return c.catalog;
}

function bulletin(id: string, updates: Array<{ id: string; kb: string; language?: string; product?: string; supersedes?: string[] }>, extra: Partial<ParsedBulletin['bulletin']> = {}): ParsedBulletin {
  return {
    bulletin: { id, vendor: 'Contoso', title: `Bulletin ${id}`, ...extra },
    updates: updates.map((u) => ({ id: u.id, kb: u.kb, language: u.language ?? 'neutral', product: u.product ?? 'Widget', platform: 'x64', url: `https://vendor.example/${u.id}`, supersedes: u.supersedes ?? [] })),
  };
}

async function record(catalog: Awaited<ReturnType<typeof fresh>>, key: string) {
  const stored = await catalog.store.get(key);
  return stored && decodeChange(stored.bytes);
}

describe('import pipeline', () => {
  it('reports added, changed, removed and unchanged, and a repeat takes no sequence number', async () => {
    const catalog = await fresh();
    const first = await catalog.importParsed('s', [bulletin('B1', [{ id: 'u1', kb: 'KB1' }, { id: 'u2', kb: 'KB2', language: 'de-DE' }]), bulletin('B2', [{ id: 'u3', kb: 'KB3' }])]);
    expect(first.bulletins).toEqual({ added: 2, changed: 0, removed: 0, unchanged: 0 });
    expect(first.updates).toEqual({ added: 3, changed: 0, removed: 0, unchanged: 0 });
    const seq = catalog.store.lastSeq;
    const again = await catalog.importParsed('s', [bulletin('B1', [{ id: 'u1', kb: 'KB1' }, { id: 'u2', kb: 'KB2', language: 'de-DE' }]), bulletin('B2', [{ id: 'u3', kb: 'KB3' }])]);
    expect(again.updates).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 3 });
    expect(catalog.store.lastSeq).toBe(seq);
    const third = await catalog.importParsed('s', [bulletin('B1', [{ id: 'u1', kb: 'KB1' }], { title: 'revised' })]);
    expect(third.bulletins).toEqual({ added: 0, changed: 1, removed: 1, unchanged: 0 });
    expect(third.updates).toEqual({ added: 0, changed: 0, removed: 2, unchanged: 1 });
    expect(await catalog.store.get('b/B2')).toBeUndefined();
    expect((await record(catalog, 'b/B1'))!.languages).toEqual(['neutral']);
  });

  it('keeps a bulletin in the languages of its updates and merges bulletins split across documents', async () => {
    const catalog = await fresh();
    await catalog.importParsed('s', [bulletin('KB9', [{ id: 'a-deu', kb: 'KB9', language: 'de-DE' }]), bulletin('KB9', [{ id: 'a-enu', kb: 'KB9', language: 'en-US' }])]);
    const b = await record(catalog, 'b/KB9');
    expect(b!.languages).toEqual(['de-DE', 'en-US']);
    expect(catalog.store.counts().update).toBe(2);
  });

  it('resolves supersedence across documents imported in either order, and undoes it on removal', async () => {
    const catalog = await fresh();
    // The later release (B-new) names KB100, which the earlier one (B-old) ships.
    await catalog.importParsed('later', [bulletin('B-new', [{ id: 'n1', kb: 'KB200', supersedes: ['100'] }])]);
    const report = await catalog.importParsed('earlier', [bulletin('B-old', [{ id: 'o1', kb: 'KB100' }, { id: 'o2', kb: 'KB100', product: 'Other' }])]);
    expect(report.relinked).toBe(1); // B-new gains "supersedes B-old"
    const old = (await record(catalog, 'u/B-old/o1'))!.record!.update!;
    expect(old.superseded).toBe(true);
    expect(old.supersededBy).toEqual(['u/B-new/n1']);
    expect((await record(catalog, 'u/B-old/o2'))!.record!.update!.superseded).toBe(false); // another product is not replaced
    expect((await record(catalog, 'b/B-old'))!.record!.bulletin!.supersededBy).toEqual(['B-new']);
    expect((await record(catalog, 'b/B-new'))!.record!.bulletin!.supersedes).toEqual(['B-old']);

    const seq = catalog.store.lastSeq;
    await catalog.importParsed('later', [bulletin('B-new', [{ id: 'n1', kb: 'KB200', supersedes: ['100'] }])]);
    await catalog.importParsed('earlier', [bulletin('B-old', [{ id: 'o1', kb: 'KB100' }, { id: 'o2', kb: 'KB100', product: 'Other' }])]);
    expect(catalog.store.lastSeq).toBe(seq); // resolution is stable: re-imports change nothing

    await catalog.importParsed('later', []);
    const freed = (await record(catalog, 'u/B-old/o1'))!.record!.update!;
    expect(freed.superseded).toBe(false);
    expect(freed.supersededBy).toEqual([]);
    expect((await record(catalog, 'b/B-old'))!.record!.bulletin!.supersededBy).toEqual([]);
  });

  it('deletes a dropped bulletin that named supersedes, and unlinks what it superseded', async () => {
    const catalog = await fresh();
    await catalog.importParsed('s', [bulletin('X', [{ id: 'x', kb: 'KB2' }], { supersedes: ['Y'] }), bulletin('Y', [{ id: 'y', kb: 'KB1' }])]);
    const report = await catalog.importParsed('s', [bulletin('Y', [{ id: 'y', kb: 'KB1' }])]);
    expect(report.bulletins).toMatchObject({ removed: 1 });
    expect(await catalog.store.get('b/X')).toBeUndefined();
    expect((await record(catalog, 'b/Y'))!.record!.bulletin!.supersededBy).toEqual([]);
  });

  it('drops links when a superseding update or a superseded one goes away', async () => {
    const catalog = await fresh();
    await catalog.importParsed('new', [bulletin('NEW', [{ id: 'n', kb: 'KB2', supersedes: ['KB1'] }])]);
    await catalog.importParsed('old', [bulletin('OLD', [{ id: 'o', kb: 'KB1' }, { id: 'p', kb: 'KB5' }])]);
    expect((await record(catalog, 'b/NEW'))!.record!.bulletin!.supersedes).toEqual(['OLD']);
    await catalog.importParsed('old', [bulletin('OLD', [{ id: 'p', kb: 'KB5' }])]); // the superseded update is gone
    expect((await record(catalog, 'b/NEW'))!.record!.bulletin!.supersedes).toEqual([]);
    expect((await record(catalog, 'b/OLD'))!.record!.bulletin!.supersededBy).toEqual([]);
    await catalog.importParsed('old', [bulletin('OLD', [{ id: 'o', kb: 'KB1' }, { id: 'p', kb: 'KB5' }])]);
    await catalog.importParsed('new', [bulletin('NEW', [{ id: 'n', kb: 'KB2' }])]); // the superseding update no longer says so
    expect((await record(catalog, 'b/NEW'))!.record!.bulletin!.supersedes).toEqual([]);
    expect((await record(catalog, 'b/OLD'))!.record!.bulletin!.supersededBy).toEqual([]);
    expect((await record(catalog, 'u/OLD/o'))!.record!.update!.superseded).toBe(false);
  });

  it('links an explicitly superseded bulletin whichever is imported first', async () => {
    const catalog = await fresh();
    await catalog.importParsed('a', [bulletin('Z', [{ id: 'z', kb: 'KB9' }], { supersedes: ['X'] })]);
    await catalog.importParsed('b', [bulletin('X', [{ id: 'x', kb: '' }])]); // no KB: only the explicit link can tie it
    expect((await record(catalog, 'b/X'))!.record!.bulletin!.supersededBy).toEqual(['Z']);
    expect((await record(catalog, 'b/Z'))!.record!.bulletin!.supersedes).toEqual(['X']);
  });

  it('links bulletins that a document says it supersedes', async () => {
    const catalog = await fresh();
    await catalog.importParsed('s', [bulletin('A', [{ id: 'a', kb: 'KB1' }]), bulletin('B', [{ id: 'b', kb: 'KB2' }], { supersedes: ['A'] })]);
    expect((await record(catalog, 'b/A'))!.record!.bulletin!.supersededBy).toEqual(['B']);
    expect((await record(catalog, 'b/B'))!.record!.bulletin!.supersedes).toEqual(['A']);
  });

  it('leaves a bulletin to the source that imported it first', async () => {
    const catalog = await fresh();
    await catalog.importParsed('feed-a', [bulletin('Pkg.1.0', [{ id: 'pkg.1.0.nupkg', kb: '' }])]);
    const other = await catalog.importParsed('feed-b', [bulletin('Pkg.1.0', [{ id: 'pkg.1.0.nupkg', kb: '' }]), bulletin('Pkg.2.0', [{ id: 'pkg.2.0.nupkg', kb: '' }])]);
    expect(other.ownedElsewhere).toEqual(['Pkg.1.0']);
    expect(other.bulletins.added).toBe(1);
    expect((await record(catalog, 'b/Pkg.1.0'))!.record!.bulletin!.source).toBe('feed-a');
    await catalog.importParsed('feed-b', []); // feed-b dropping it does not delete feed-a's bulletin
    expect(await catalog.store.get('b/Pkg.1.0')).toBeDefined();
    expect(await catalog.store.get('b/Pkg.2.0')).toBeUndefined();
  });

  it('applies exclusions at import: excluded products and bulletins are never stored', async () => {
    const catalog = await fresh({ exclusions: ['Legacy*', 'B-skip'] });
    await catalog.importParsed('s', [
      bulletin('B1', [{ id: 'u1', kb: 'KB1', product: 'Legacy Suite 2003' }, { id: 'u2', kb: 'KB2' }]),
      bulletin('B2', [{ id: 'u3', kb: 'KB3', product: 'legacy tool' }]),
      bulletin('B-skip', [{ id: 'u4', kb: 'KB4' }]),
    ]);
    expect(catalog.store.counts()).toMatchObject({ bulletin: 1, update: 1 });
    expect(await catalog.store.get('u/B1/u2')).toBeDefined();
  });

  it('keeps the admin-assigned custom severity across re-imports', async () => {
    const catalog = await fresh();
    await catalog.importParsed('s', [bulletin('B1', [{ id: 'u1', kb: 'KB1' }], { vendorSeverity: 'Critical' })]);
    await catalog.settings.setSeverityLevels(['Urgent', 'Routine']);
    await catalog.settings.setCustomSeverity('B1', 'Routine');
    await expect(catalog.settings.setCustomSeverity('B1', 'Nope')).rejects.toMatchObject({ code: 'SEVERITY_UNKNOWN' });
    await catalog.importParsed('s', [bulletin('B1', [{ id: 'u1', kb: 'KB1' }], { vendorSeverity: 'Critical', title: 'revised' })]);
    const b = (await record(catalog, 'b/B1'))!.record!.bulletin!;
    expect(b.customSeverity).toBe('Routine');
    expect(b.vendorSeverity).toBe('Critical');
    expect(b.title).toBe('revised');
  });
});

describe('exclusion patterns', () => {
  it('match with * as a wildcard, case-insensitively, in linear time', async () => {
    const { globMatch, Exclusions } = await import('../catalog/import/exclusions.js');
    expect(new Exclusions(['Office 20*', '*Silverlight*']).matches('office 2010 (x64)')).toBe(true);
    expect(new Exclusions(['Office 20*']).matches('Microsoft Office 2010')).toBe(false);
    expect(globMatch('a*b*c', 'axxbyyc')).toBe(true);
    expect(globMatch('a*b*c', 'axxbyy')).toBe(false);
    expect(globMatch('*a*a*a*a*a*a*a*a*b', 'a'.repeat(4000))).toBe(false); // a backtracking regex would not return within the test timeout
  });
});
