import { html } from 'htm/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, get } from './api.js';
import { isChild, useAction, useApi, useShell } from './state.js';
import { day } from './format.js';
import { choices, matches, NO_FILTERS, sorted, type Filters, type Sort, type SortKey } from './bulletin-filters.js';
import { stageJobOf, StageProgress, useJobs } from './jobs.js';
import { BulletinDetailView } from './bulletin-detail.js';
import { NewPolicy } from './new-policy.js';
import type { Bulletin } from './types.js';

// The Patch Remediation Center: every bulletin with its Updates / Downloaded / Staged counts, filtered,
// sorted and paged here; detail, staging with live progress, custom severity, and a policy from the
// selected staged bulletins.
const PAGE_SIZE = 25;
const API_PAGE = 1000;
/** Beyond this many bulletins the browser stops loading (the search box still narrows on the node). */
const MAX_LOADED = 20_000;

/** A catalog this large reloads at most once a minute, not at every refresh (each reload reads it all). */
const LARGE = 2000;
const LARGE_RELOAD_MS = 60_000;

function useAllBulletins(search: string): { list: Bulletin[]; total: number; error?: string } {
  const { tick } = useShell();
  const [state, setState] = useState<{ list: Bulletin[]; total: number; error?: string }>({ list: [], total: 0 });
  const loaded = useRef({ at: 0, search: '' });
  useEffect(() => {
    let live = true;
    if (state.list.length > LARGE && loaded.current.search === search && Date.now() - loaded.current.at < LARGE_RELOAD_MS) return;
    loaded.current = { at: Date.now(), search };
    (async () => {
      const list: Bulletin[] = [];
      let total = 0;
      const query = search.trim() ? `&search=${encodeURIComponent(search.trim())}` : '';
      do {
        const page = await get<{ total: number; items: Bulletin[] }>(`/bulletins?offset=${list.length}&limit=${API_PAGE}${query}`);
        total = page.total;
        list.push(...page.items);
        if (page.items.length === 0) break;
      } while (list.length < total && list.length < MAX_LOADED && live);
      if (live) setState({ list, total });
    })().catch((err) => live && setState((s) => ({ ...s, error: `${err.code}: ${err.message}` })));
    return () => { live = false; };
  }, [tick, search]);
  return state;
}

const COLUMNS: Array<[SortKey, string]> = [['id', 'bulletin'], ['vendor', 'vendor'], ['title', 'title'], ['vendorSeverity', 'severity'], ['customSeverity', 'custom'], ['released', 'released'], ['updates', 'updates'], ['downloaded', 'downloaded']];

export function BulletinsView() {
  const { status, refresh } = useShell();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'released', descending: true });
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [open, setOpen] = useState<string | undefined>();
  const { list, total, error } = useAllBulletins(filters.search);
  const levels = useApi<{ levels: string[] }>('/severity-levels').data?.levels ?? [];
  const { jobs, poke } = useJobs();
  const options = useMemo(() => choices(list), [list]);
  const shown = useMemo(() => sorted(list.filter((b) => matches(b, filters)), sort), [list, filters, sort]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const at = Math.min(page, pages - 1);
  const rows = shown.slice(at * PAGE_SIZE, (at + 1) * PAGE_SIZE);
  const readOnly = isChild(status);

  const set = (key: keyof Filters) => (e: Event) => { setFilters({ ...filters, [key]: (e.target as HTMLInputElement).value }); setPage(0); };
  const [act] = useAction();
  const stage = (id: string) => void act(`staging ${id} started`, () => api('POST', `/bulletins/${encodeURIComponent(id)}/stage`)).then(poke);
  const toggle = (id: string, on: boolean) => setSelected(on ? [...selected, id] : selected.filter((s) => s !== id));
  const select = (name: keyof Filters, label: string, values: string[]) => html`
    <label>${label} <select name=${name} value=${filters[name]} onChange=${set(name)}><option value="">any</option>${values.map((v) => html`<option value=${v}>${v}</option>`)}</select></label>`;

  return html`
    <section class="card">
      <h2>Patch Remediation Center</h2>
      <div class="row filters">
        <input type="search" name="search" placeholder="search id, title, vendor" value=${filters.search} onInput=${set('search')} />
        ${select('vendor', 'vendor', options.vendors)}
        ${select('severity', 'severity', options.severities)}
        ${select('custom', 'custom', options.customs)}
        ${select('language', 'language', options.languages)}
        ${select('staged', 'staged', ['yes', 'no'])}
        ${select('superseded', 'superseded', ['yes', 'no'])}
      </div>
      ${error && html`<p class="error">${error}</p>`}
      ${total > list.length && html`<p class="muted">Showing the first ${list.length} of ${total} bulletins: search to narrow.</p>`}
      ${selected.length > 0 && html`<${NewPolicy} bulletinIds=${selected} onCreated=${() => { setSelected([]); refresh(); }} />`}
      <div class="scroll"><table class="bulletins">
        <thead><tr>
          <th></th>
          ${COLUMNS.map(([key, label]) => {
            const flip = () => setSort({ key, descending: sort.key === key ? !sort.descending : false });
            return html`<th class="sortable" tabIndex=${0} aria-sort=${sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              onClick=${flip} onKeyDown=${(e: KeyboardEvent) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); flip(); } }}>${label}${sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</th>`;
          })}
          <th>staged</th><th></th>
        </tr></thead>
        <tbody>${rows.map((b) => {
          const job = stageJobOf(jobs, b.id);
          return html`
          <tr data-testid=${`bulletin-${b.id}`} class=${open === b.id ? 'open' : ''}>
            <td><input type="checkbox" aria-label=${`select ${b.id}`} disabled=${!b.staged} title=${b.staged ? 'select for a policy' : 'only staged bulletins go into a policy'}
              checked=${selected.includes(b.id)} onChange=${(e: Event) => toggle(b.id, (e.target as HTMLInputElement).checked)} /></td>
            <td><a href="#bulletins" onClick=${(e: Event) => { e.preventDefault(); setOpen(b.id); }}>${b.id}</a></td>
            <td>${b.vendor}</td>
            <td class="wrap">${b.title}${b.supersededBy.length ? html` <span class="tag">superseded</span>` : ''}</td>
            <td>${b.vendorSeverity || '–'}</td>
            <td data-testid="custom-severity">${b.customSeverity || '–'}</td>
            <td>${day(b.released)}</td>
            <td>${b.updates}</td>
            <td>${b.downloaded}</td>
            <td class="staging" data-testid="staged">${job?.status === 'running' ? html`<${StageProgress} job=${job} />`
              : html`${b.staged ? html`<span class="good">yes</span>` : 'no'} <${StageProgress} job=${job} />`}</td>
            <td class="actions">${!readOnly && !b.staged && b.updates > 0 && job?.status !== 'running' && html`<button class="small" onClick=${() => stage(b.id)}>Stage</button>`}</td>
          </tr>`;
        })}</tbody>
      </table></div>
      <div class="row pager">
        <button class="ghost" disabled=${at === 0} onClick=${() => setPage(at - 1)}>‹ Previous</button>
        <span>page ${at + 1} of ${pages} · ${shown.length} of ${list.length} bulletins</span>
        <button class="ghost" disabled=${at >= pages - 1} onClick=${() => setPage(at + 1)}>Next ›</button>
      </div>
    </section>
    ${open && html`<${BulletinDetailView} key=${open} id=${open} levels=${levels} job=${stageJobOf(jobs, open)} onStage=${() => stage(open)} onClose=${() => setOpen(undefined)} />`}`;
}
