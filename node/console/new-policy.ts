import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { api } from './api.js';
import { useAction } from './state.js';

/** Creates a Software Update policy from the selected bulletins (the node refuses any not fully staged). */
export function NewPolicy({ bulletinIds, onCreated }: { bulletinIds: string[]; onCreated(): void }) {
  const [act, busy] = useAction();
  const [name, setName] = useState('');
  const [target, setTarget] = useState('');
  const [schedule, setSchedule] = useState('');
  const [enabled, setEnabled] = useState(true);
  const input = (set: (v: string) => void) => (e: Event) => set((e.target as HTMLInputElement).value);
  const create = (e: Event) => {
    e.preventDefault();
    void act(`policy "${name}" created from ${bulletinIds.join(', ')}`, async () => {
      await api('POST', '/policies', { name: name.trim(), bulletinIds, ...(target ? { target } : {}), ...(schedule ? { schedule } : {}), enabled });
      setName('');
      onCreated();
    });
  };
  return html`
    <form class="row new-policy" data-testid="new-policy" onSubmit=${create}>
      <strong>New policy from ${bulletinIds.length} selected</strong>
      <input name="policy-name" placeholder="policy name" required value=${name} onInput=${input(setName)} />
      <input name="target" placeholder="target (computer filter)" value=${target} onInput=${input(setTarget)} />
      <input name="schedule" placeholder="schedule (cron, optional)" value=${schedule} onInput=${input(setSchedule)} />
      <label class="check"><input type="checkbox" checked=${enabled} onChange=${(e: Event) => setEnabled((e.target as HTMLInputElement).checked)} /> enabled</label>
      <button type="submit" disabled=${busy}>Create policy</button>
    </form>`;
}
