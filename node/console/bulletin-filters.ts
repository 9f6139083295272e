import type { Bulletin } from './types.js';

// The Patch Remediation Center's filters and sort, applied in the browser over the bulletins the API
// pages out (it filters by search and staged only; vendor, severity, language and supersedence are here).
export interface Filters {
  search: string;
  vendor: string;
  severity: string;
  custom: string;
  staged: '' | 'yes' | 'no';
  language: string;
  superseded: '' | 'yes' | 'no';
}
export const NO_FILTERS: Filters = { search: '', vendor: '', severity: '', custom: '', staged: '', language: '', superseded: '' };

export type SortKey = 'id' | 'vendor' | 'title' | 'vendorSeverity' | 'customSeverity' | 'released' | 'updates' | 'downloaded';
export interface Sort { key: SortKey; descending: boolean }

const NONE = '(none)';

export function matches(b: Bulletin, f: Filters): boolean {
  const needle = f.search.trim().toLowerCase();
  if (needle && !`${b.id} ${b.title} ${b.vendor}`.toLowerCase().includes(needle)) return false;
  if (f.vendor && b.vendor !== f.vendor) return false;
  if (f.severity && (b.vendorSeverity || NONE) !== f.severity) return false;
  if (f.custom && (b.customSeverity || NONE) !== f.custom) return false;
  if (f.staged && b.staged !== (f.staged === 'yes')) return false;
  if (f.language && !b.languages.includes(f.language)) return false;
  if (f.superseded && (b.supersededBy.length > 0) !== (f.superseded === 'yes')) return false;
  return true;
}

export function sorted(list: Bulletin[], sort: Sort): Bulletin[] {
  const sign = sort.descending ? -1 : 1;
  return [...list].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''));
    return sign * order || a.id.localeCompare(b.id);
  });
}

/** The values a filter can take, from the bulletins loaded. */
export function choices(list: Bulletin[]): { vendors: string[]; severities: string[]; customs: string[]; languages: string[] } {
  const set = (f: (b: Bulletin) => string[]) => [...new Set(list.flatMap(f))].sort();
  return {
    vendors: set((b) => [b.vendor]),
    severities: set((b) => [b.vendorSeverity || NONE]),
    customs: set((b) => [b.customSeverity || NONE]),
    languages: set((b) => b.languages),
  };
}
