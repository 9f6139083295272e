import { describe, expect, it } from 'vitest';
import { choices, matches, NO_FILTERS, sorted } from '../node/console/bulletin-filters.js';
import type { Bulletin } from '../node/console/types.js';

// The Patch Remediation Center filters and sorts in the browser what the API pages out.

const bulletin = (id: string, extra: Partial<Bulletin>): Bulletin => ({
  id, vendor: 'Contoso', title: `Title of ${id}`, vendorSeverity: '', customSeverity: '', released: '2026-01-01', revised: '', description: '',
  supersedes: [], supersededBy: [], languages: ['neutral'], updates: 1, downloaded: 0, staged: false, ...extra,
});
const list = [
  bulletin('A-1', { vendor: 'Contoso', vendorSeverity: 'Critical', customSeverity: 'Patch now', staged: true, languages: ['en-US'], released: '2026-03-01', updates: 4 }),
  bulletin('B-2', { vendor: 'Fabrikam', vendorSeverity: 'Low', supersededBy: ['B-3'], languages: ['de-DE', 'neutral'], released: '2026-01-01', updates: 12 }),
  bulletin('C-3', { vendor: 'Fabrikam', title: 'Reader font fix', released: '2026-02-01', updates: 2 }),
];
const ids = (bs: Bulletin[]) => bs.map((b) => b.id);

describe('the Patch Remediation Center filters', () => {
  it('filters by text, vendor, severity, custom severity, staged, language and supersedence', () => {
    const only = (f: Partial<typeof NO_FILTERS>) => ids(list.filter((b) => matches(b, { ...NO_FILTERS, ...f })));
    expect(only({})).toEqual(['A-1', 'B-2', 'C-3']);
    expect(only({ search: 'FONT' })).toEqual(['C-3']);
    expect(only({ vendor: 'Fabrikam' })).toEqual(['B-2', 'C-3']);
    expect(only({ severity: 'Critical' })).toEqual(['A-1']);
    expect(only({ severity: '(none)' })).toEqual(['C-3']);
    expect(only({ custom: 'Patch now' })).toEqual(['A-1']);
    expect(only({ custom: '(none)' })).toEqual(['B-2', 'C-3']);
    expect(only({ staged: 'yes' })).toEqual(['A-1']);
    expect(only({ staged: 'no' })).toEqual(['B-2', 'C-3']);
    expect(only({ language: 'de-DE' })).toEqual(['B-2']);
    expect(only({ superseded: 'yes' })).toEqual(['B-2']);
    expect(only({ superseded: 'no', vendor: 'Fabrikam' })).toEqual(['C-3']);
  });

  it('sorts numbers as numbers and text as text, either way', () => {
    expect(ids(sorted(list, { key: 'updates', descending: false }))).toEqual(['C-3', 'A-1', 'B-2']);
    expect(ids(sorted(list, { key: 'released', descending: true }))).toEqual(['A-1', 'C-3', 'B-2']);
    expect(ids(sorted(list, { key: 'vendor', descending: false }))).toEqual(['A-1', 'B-2', 'C-3']);
  });

  it('offers the values found as choices', () => {
    expect(choices(list)).toEqual({ vendors: ['Contoso', 'Fabrikam'], severities: ['(none)', 'Critical', 'Low'], customs: ['(none)', 'Patch now'], languages: ['de-DE', 'en-US', 'neutral'] });
  });
});
