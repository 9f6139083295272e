import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { api } from './api.js';
import { useAction, useApi } from './state.js';
import { duration, when } from './format.js';
import type { ImportEntry, Source } from './types.js';

// Catalog sources and imports: add, edit a schedule, import now, and the import history with each failure's message.
const TYPES = ['native', 'msrc-cvrf', 'nuget-v2', 'wsusoffline'];

function SourceRow({ source }: { source: Source }) {
  const [act, busy] = useAction();
  const [schedule, setSchedule] = useState(source.schedule ?? '');
  const [confirming, setConfirming] = useState(false);
  const path = `/sources/${encodeURIComponent(source.name)}`;
  return html`
    <tr data-testid=${`source-${source.name}`}>
      <td>${source.name}</td><td>${source.type}</td>
      <td class="wrap">${source.urls.join(' ')}</td>
      <td><input class="narrow-cron" name="schedule" placeholder="(on demand)" value=${schedule} onInput=${(e: Event) => setSchedule((e.target as HTMLInputElement).value)} />
        <button class="small" disabled=${busy || schedule === (source.schedule ?? '')}
          onClick=${() => act(`schedule of ${source.name} saved`, () => api('PUT', path, { ...source, schedule: schedule || undefined }))}>Save</button></td>
      <td>${source.enabled ? 'yes' : 'no'}</td>
      <td class="actions">
        <button class="small" disabled=${busy} onClick=${() => act(`import of ${source.name} done`, () => api('POST', `${path}/import`, {}))}>${busy ? 'Working…' : 'Import now'}</button>
        ${confirming
          ? html`<button class="small danger" onClick=${() => act(`source ${source.name} removed`, () => api('DELETE', path))}>Remove with its bulletins?</button><button class="small ghost" onClick=${() => setConfirming(false)}>Cancel</button>`
          : html`<button class="small ghost" onClick=${() => setConfirming(true)}>Remove</button>`}
      </td>
    </tr>`;
}

function AddSource() {
  const [act, busy] = useAction();
  const [draft, setDraft] = useState({ name: '', type: 'native', urls: '', schedule: '' });
  const input = (key: keyof typeof draft) => (e: Event) => setDraft({ ...draft, [key]: (e.target as HTMLInputElement).value });
  const add = (e: Event) => {
    e.preventDefault();
    const urls = draft.urls.split(/\s+/).filter(Boolean);
    void act(`source ${draft.name} added`, async () => {
      await api('PUT', `/sources/${encodeURIComponent(draft.name.trim())}`, { type: draft.type, urls, ...(draft.schedule ? { schedule: draft.schedule } : {}) });
      setDraft({ name: '', type: 'native', urls: '', schedule: '' });
    });
  };
  return html`
    <form class="row" onSubmit=${add}>
      <input name="name" placeholder="name" required value=${draft.name} onInput=${input('name')} />
      <select name="type" value=${draft.type} onChange=${input('type')}>${TYPES.map((t) => html`<option value=${t}>${t}</option>`)}</select>
      <input name="urls" class="wide" placeholder="URL(s), space separated" required value=${draft.urls} onInput=${input('urls')} />
      <input name="schedule" placeholder="schedule (cron, optional)" value=${draft.schedule} onInput=${input('schedule')} />
      <button type="submit" disabled=${busy}>Add source</button>
    </form>`;
}

const counts = (c: ImportEntry['bulletins']) => (c ? `+${c.added} ~${c.changed} −${c.removed}` : '–');

/** "2 documents, 1 line", with each item and its reason on hover. */
function skipped(s: ImportEntry['skipped']) {
  if (!s || (s.documents === 0 && s.lines === 0)) return '';
  const items = s.items.map((i) => `${i.url}${i.line === undefined ? '' : ` line ${i.line}`}: ${i.reason}`).join('\n');
  return html`<span title=${items}>${s.documents} document(s), ${s.lines} line(s)</span>`;
}

export function SourcesView() {
  const sources = useApi<{ sources: Source[] }>('/sources');
  const imports = useApi<{ imports: ImportEntry[] }>('/imports');
  return html`
    <section class="card">
      <h2>Catalog sources</h2>
      ${sources.error && html`<p class="error">${sources.error.code}: ${sources.error.message}</p>`}
      <div class="scroll"><table>
        <thead><tr><th>name</th><th>type</th><th>URLs</th><th>schedule</th><th>enabled</th><th></th></tr></thead>
        <tbody>
          ${sources.data?.sources.length === 0 && html`<tr><td colspan="6" class="muted">No sources (a child receives its catalog from its parent).</td></tr>`}
          ${(sources.data?.sources ?? []).map((s) => html`<${SourceRow} key=${s.name} source=${s} />`)}
        </tbody>
      </table></div>
      <h3>Add a source</h3>
      <${AddSource} />
    </section>
    <section class="card">
      <h2>Imports</h2>
      <div class="scroll"><table>
        <thead><tr><th>at</th><th>source</th><th>status</th><th>bulletins</th><th>updates</th><th>skipped</th><th>duration</th><th>error</th></tr></thead>
        <tbody>${(imports.data?.imports ?? []).map((i) => html`
          <tr class=${i.status === 'failed' ? 'failed' : ''}>
            <td>${when(i.at)}</td><td>${i.source}</td><td>${i.status}</td><td>${counts(i.bulletins)}</td><td>${counts(i.updates)}</td><td>${skipped(i.skipped)}</td>
            <td>${duration(i.durationMs)}</td><td class="wrap">${i.code ? html`<span class="bad">${i.code}</span> ${i.message}` : ''}</td>
          </tr>`)}
        </tbody>
      </table></div>
    </section>`;
}
