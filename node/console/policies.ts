import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from './api.js';
import { useAction, useApi, useShell } from './state.js';
import { ago } from './format.js';
import type { Policy } from './types.js';

// Software Update policies: list, detail with per-update entries, enable, disable, edit, delete.
// A policy that another node created came by replication: shown read-only (its publisher owns it).

type Entry = NonNullable<Policy['entries']>[number];
type Draft = Pick<Policy, 'name' | 'target' | 'schedule' | 'overrideMaintenanceWindow' | 'enabled'> & { entries: Entry[] };

const draftOf = (p: Policy): Draft => ({ name: p.name, target: p.target, schedule: p.schedule, overrideMaintenanceWindow: p.overrideMaintenanceWindow, enabled: p.enabled, entries: p.entries ?? [] });

/** Only what changed goes in the PATCH (per-update settings by update key). */
function patchOf(before: Draft, after: Draft): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const k of ['name', 'target', 'schedule', 'overrideMaintenanceWindow', 'enabled'] as const) if (before[k] !== after[k]) patch[k] = after[k];
  const updates: Record<string, { enabled?: boolean; commandLine?: string }> = {};
  after.entries.forEach((e, i) => {
    const old = before.entries[i];
    if (old && (old.enabled !== e.enabled || old.commandLine !== e.commandLine)) updates[e.updateKey] = { enabled: e.enabled, commandLine: e.commandLine };
  });
  if (Object.keys(updates).length) patch.updates = updates;
  return patch;
}

function PolicyDetail({ id, onClose }: { id: string; onClose(): void }) {
  const { status } = useShell();
  const { data, error } = useApi<Policy>(`/policies/${encodeURIComponent(id)}`);
  const [act, busy] = useAction();
  const [draft, setDraft] = useState<Draft | undefined>();
  const [confirmDelete, setConfirmDelete] = useState(false);
  useEffect(() => { if (data) setDraft(draftOf(data)); }, [data && JSON.stringify(data)]);
  if (error) return html`<section class="card"><p class="error">${error.code}: ${error.message}</p></section>`;
  if (!data || !draft) return html`<section class="card"><p class="muted">Loading…</p></section>`;
  const readOnly = data.origin !== status.nodeId;
  const patch = patchOf(draftOf(data), draft);
  const path = `/policies/${encodeURIComponent(data.id)}`;
  const field = (key: 'name' | 'target' | 'schedule') => html`
    <label>${key} <input name=${key} value=${draft[key]} disabled=${readOnly} onInput=${(e: Event) => setDraft({ ...draft, [key]: (e.target as HTMLInputElement).value })} /></label>`;
  const setEntry = (i: number, change: Partial<Entry>) => setDraft({ ...draft, entries: draft.entries.map((e, j) => (j === i ? { ...e, ...change } : e)) });
  return html`
    <section class="card detail" data-testid="policy-detail">
      <div class="row between">
        <h2>${data.name}</h2>
        ${readOnly ? html`<span class="tag readonly" data-testid="read-only">replicated from ${data.origin}: read-only</span>` : ''}
        <button class="ghost" onClick=${onClose}>Close</button>
      </div>
      <p class="muted">Bulletins ${data.bulletinIds.join(', ')} · created ${ago(data.created)} · modified ${ago(data.modified)}</p>
      <form class="row" onSubmit=${(e: Event) => { e.preventDefault(); void act(`policy ${draft.name} saved`, () => api('PATCH', path, patch)); }}>
        ${field('name')} ${field('target')} ${field('schedule')}
        <label class="check"><input type="checkbox" disabled=${readOnly} checked=${draft.overrideMaintenanceWindow}
          onChange=${(e: Event) => setDraft({ ...draft, overrideMaintenanceWindow: (e.target as HTMLInputElement).checked })} /> override maintenance window</label>
        ${!readOnly && html`<button type="submit" disabled=${busy || Object.keys(patch).length === 0}>Save</button>`}
      </form>
      ${!readOnly && html`
        <div class="row">
          ${data.enabled
            ? html`<button class="ghost" disabled=${busy} onClick=${() => act(`policy ${data.name} disabled`, () => api('PATCH', path, { enabled: false }))}>Disable</button>`
            : html`<button class="ghost" disabled=${busy} onClick=${() => act(`policy ${data.name} enabled`, () => api('PATCH', path, { enabled: true }))}>Enable</button>`}
          ${confirmDelete
            ? html`<button class="danger" onClick=${() => act(`policy ${data.name} deleted`, async () => { await api('DELETE', path); onClose(); })}>Delete ${data.name}: sure?</button>
                   <button class="ghost" onClick=${() => setConfirmDelete(false)}>Cancel</button>`
            : html`<button class="ghost" onClick=${() => setConfirmDelete(true)}>Delete</button>`}
        </div>`}
      <h3>Updates</h3>
      <div class="scroll"><table>
        <thead><tr><th>update</th><th>language</th><th>enabled</th><th>command line</th></tr></thead>
        <tbody>${draft.entries.map((e, i) => html`
          <tr>
            <td class="wrap">${e.updateKey}</td><td>${e.language}</td>
            <td><input type="checkbox" aria-label=${`enable ${e.updateKey}`} disabled=${readOnly} checked=${e.enabled} onChange=${(ev: Event) => setEntry(i, { enabled: (ev.target as HTMLInputElement).checked })} /></td>
            <td><input class="wide" value=${e.commandLine} disabled=${readOnly} placeholder="(the update's own)" onInput=${(ev: Event) => setEntry(i, { commandLine: (ev.target as HTMLInputElement).value })} /></td>
          </tr>`)}
        </tbody>
      </table></div>
    </section>`;
}

export function PoliciesView() {
  const { status } = useShell();
  const { data, error } = useApi<{ policies: Policy[] }>('/policies');
  const [open, setOpen] = useState<string | undefined>();
  const list = data?.policies ?? [];
  return html`
    <section class="card">
      <h2>Software Update policies</h2>
      <p class="muted">Create a policy from staged bulletins in the Patch Remediation Center.</p>
      ${error && html`<p class="error">${error.code}: ${error.message}</p>`}
      <div class="scroll"><table>
        <thead><tr><th>name</th><th>bulletins</th><th>target</th><th>schedule</th><th>enabled</th><th>origin</th><th>modified</th></tr></thead>
        <tbody>${list.length === 0 && html`<tr><td colspan="7" class="muted">No policies.</td></tr>`}
        ${list.map((p) => html`
          <tr data-testid=${`policy-${p.name}`} class=${open === p.id ? 'open' : ''}>
            <td><a href="#policies" onClick=${(e: Event) => { e.preventDefault(); setOpen(p.id); }}>${p.name}</a></td>
            <td class="wrap">${p.bulletinIds.join(', ')}</td><td>${p.target || '–'}</td><td>${p.schedule || '–'}</td>
            <td>${p.enabled ? html`<span class="good">yes</span>` : 'no'}</td>
            <td>${p.origin === status.nodeId ? 'this node' : html`<span class="tag readonly">replicated (read-only)</span>`}</td>
            <td>${ago(p.modified)}</td>
          </tr>`)}
        </tbody>
      </table></div>
    </section>
    ${open && html`<${PolicyDetail} key=${open} id=${open} onClose=${() => setOpen(undefined)} />`}`;
}
