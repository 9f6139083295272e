import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from './api.js';
import { useAction, useApi } from './state.js';

// Managed languages, exclusions and custom severity levels: each a list edited as text, one per line.
function ListSetting({ title, help, path, field, putField = field, testid, extra }: { title: string; help: string; path: string; field: string; putField?: string; testid: string; extra?: (data: any) => unknown }) {
  const { data, error } = useApi<Record<string, any>>(path);
  const [act, busy] = useAction();
  const current = ((data?.[field] as string[] | undefined) ?? []).join('\n');
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);
  const list = text.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
  return html`
    <section class="card setting" data-testid=${testid}>
      <h2>${title}</h2>
      <p class="muted">${help}</p>
      ${error && html`<p class="error">${error.code}: ${error.message}</p>`}
      ${extra?.(data)}
      <textarea rows="5" name=${field} value=${text} onInput=${(e: Event) => setText((e.target as HTMLTextAreaElement).value)}></textarea>
      <button disabled=${busy || list.join('\n') === current} onClick=${() => act(`${title.toLowerCase()} saved`, () => api('PUT', path, { [putField]: list }))}>Save</button>
    </section>`;
}

export function SettingsView() {
  return html`
    <div class="grid3">
      <${ListSetting} title="Managed languages" testid="languages" path="/languages" field="languages"
        help="BCP 47 tags, one per line (neutral files always replicate). Staged files of a language removed here leave the content store." />
      <${ListSetting} title="Exclusions" testid="exclusions" path="/exclusions" field="exclusions"
        help="Products or releases never imported, one pattern per line." />
      <${ListSetting} title="Severity levels" testid="severity-levels" path="/severity-levels" field="own" putField="levels"
        help="Custom severity levels, most severe first, one per line."
        extra=${(d: { levels?: string[]; from?: string } | undefined) => d && d.from !== 'local' ? html`<p class="muted">In force: ${d.levels?.join(', ')} (from ${d.from}).</p>` : null} />
    </div>`;
}
