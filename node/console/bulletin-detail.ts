import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from './api.js';
import { isChild, useAction, useApi, useShell } from './state.js';
import { bytes, day, when } from './format.js';
import { StageProgress } from './jobs.js';
import type { BulletinDetail, Job } from './types.js';

/** One bulletin with its updates; on the node that imported it, its custom severity and staging. */
export function BulletinDetailView({ id, levels, job, onStage, onClose }: { id: string; levels: string[]; job: Job | undefined; onStage(): void; onClose(): void }) {
  const { status } = useShell();
  const { data, error } = useApi<BulletinDetail>(`/bulletins/${encodeURIComponent(id)}`);
  const [act, busy] = useAction();
  const [severity, setSeverity] = useState('');
  useEffect(() => setSeverity(data?.customSeverity ?? ''), [data?.customSeverity]);
  if (error) return html`<section class="card"><p class="error">${error.code}: ${error.message}</p></section>`;
  if (!data) return html`<section class="card"><p class="muted">Loading ${id}…</p></section>`;
  const readOnly = isChild(status);
  return html`
    <section class="card detail" data-testid="bulletin-detail">
      <div class="row between"><h2>${data.id}: ${data.title}</h2><button class="ghost" onClick=${onClose}>Close</button></div>
      <dl class="facts">
        <dt>vendor</dt><dd>${data.vendor}</dd>
        <dt>vendor severity</dt><dd>${data.vendorSeverity || '–'}</dd>
        <dt>custom severity</dt><dd>${data.customSeverity || '–'}</dd>
        <dt>released</dt><dd>${day(data.released)}${data.revised ? ` (revised ${day(data.revised)})` : ''}</dd>
        <dt>staged</dt><dd>${data.downloaded} of ${data.updateCount} updates${data.staged ? ' · staged' : ''}</dd>
        <dt>supersedes</dt><dd>${data.supersedes.join(', ') || '–'}</dd>
        <dt>superseded by</dt><dd>${data.supersededBy.join(', ') || '–'}</dd>
        <dt>languages</dt><dd>${data.languages.join(', ')}</dd>
      </dl>
      ${data.description && html`<p class="wrap">${data.description}</p>`}
      ${readOnly
        ? html`<p class="muted readonly">Replicated from the parent: read-only on this node.</p>`
        : html`
          <div class="row">
            <label>custom severity <select name="severity" data-testid="severity-select" value=${severity} onChange=${(e: Event) => setSeverity((e.target as HTMLSelectElement).value)}>
              <option value="">(none)</option>${levels.map((l) => html`<option value=${l}>${l}</option>`)}</select></label>
            <button disabled=${busy || severity === (data.customSeverity ?? '')} data-testid="severity-save"
              onClick=${() => act(`custom severity of ${data.id} set to ${severity || '(none)'}`, () => api('PUT', `/bulletins/${encodeURIComponent(data.id)}/severity`, { severity }))}>Set severity</button>
            ${levels.length === 0 && html`<span class="muted">define severity levels under Settings first</span>`}
            <span class="spacer"></span>
            <button disabled=${data.staged || job?.status === 'running'} data-testid="stage" onClick=${onStage}>${data.staged ? 'Staged' : 'Stage'}</button>
            <${StageProgress} job=${job} />
          </div>`}
      <div class="scroll"><table>
        <thead><tr><th>update</th><th>KB</th><th>language</th><th>product / platform</th><th>size</th><th>hash</th><th>staged</th></tr></thead>
        <tbody>${data.updates.map((u) => html`
          <tr class=${u.managed ? '' : 'dim'}>
            <td class="wrap">${u.fileName || u.id}${u.superseded ? html` <span class="tag">superseded</span>` : ''}${u.restartRequired ? html` <span class="tag">restart</span>` : ''}</td>
            <td>${u.kb}</td><td>${u.language}</td><td class="wrap">${u.product} ${u.platform}</td><td>${bytes(u.size)}</td>
            <td class="hash" title=${u.hash}>${u.hashAlgorithm} ${u.hash.slice(0, 12)}…</td>
            <td>${!u.managed ? html`<span class="muted">language not managed</span>` : u.staged ? html`<span class="good">${u.staged.verified ? 'verified' : 'yes'}</span> ${when(u.staged.stagedAt)}` : 'no'}</td>
          </tr>`)}
        </tbody>
      </table></div>
    </section>`;
}
