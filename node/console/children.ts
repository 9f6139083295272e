import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { api } from './api.js';
import { useAction } from './state.js';
import { ago } from './format.js';
import type { Child } from './types.js';

interface Registered { id: string; credential: string; publisherKeys: unknown; note: string }

/** Registers children (the credential is shown once, with the child's config block) and removes them. */
export function ChildrenAdmin({ children }: { children: Child[] }) {
  const [act, busy] = useAction();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [registered, setRegistered] = useState<Registered | undefined>();
  const [confirming, setConfirming] = useState<string | undefined>();
  const register = (e: Event) => {
    e.preventDefault();
    void act(`child ${id} registered: copy its credential now, it is not shown again`, async () => {
      setRegistered(await api<Registered>('POST', '/children', { id: id.trim(), ...(name.trim() ? { name: name.trim() } : {}) }));
      setId('');
      setName('');
    });
  };
  const config = registered && JSON.stringify({ parent: { url: location.origin, childId: registered.id, credential: registered.credential, publisherKeys: registered.publisherKeys } }, null, 2);
  return html`
    <section class="card">
      <h2>Children</h2>
      <form class="row" onSubmit=${register}>
        <input placeholder="child id (e.g. site-berlin)" value=${id} required onInput=${(e: Event) => setId((e.target as HTMLInputElement).value)} />
        <input placeholder="name (optional)" value=${name} onInput=${(e: Event) => setName((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled=${busy}>Register child</button>
      </form>
      ${registered && html`
        <div class="secret" data-testid="credential">
          <p><strong>Credential of ${registered.id}, shown once.</strong> Put this in the child's config file (or its credential file):</p>
          <pre>${config}</pre>
          <button class="ghost" onClick=${() => setRegistered(undefined)}>I have copied it</button>
        </div>`}
      <div class="scroll"><table>
        <thead><tr><th>id</th><th>name</th><th>registered</th><th>last seen</th><th></th></tr></thead>
        <tbody>${children.map((c) => html`
          <tr>
            <td>${c.id}</td><td>${c.name ?? ''}</td><td>${ago(c.registered)}</td><td>${ago(c.lastSeen)}</td>
            <td class="actions">${confirming === c.id
              ? html`<button class="danger" onClick=${() => act(`child ${c.id} removed`, () => api('DELETE', `/children/${encodeURIComponent(c.id)}`))}>Remove ${c.id}: sure?</button>
                     <button class="ghost" onClick=${() => setConfirming(undefined)}>Cancel</button>`
              : html`<button class="ghost" onClick=${() => setConfirming(c.id)}>Remove</button>`}</td>
          </tr>`)}
        </tbody>
      </table></div>
    </section>`;
}
