import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { useApi } from './state.js';
import { bytes, duration, when } from './format.js';
import { RunChart } from './chart.js';
import type { Child, Run } from './types.js';

// Run history: this node's own runs (as a child) and its children's (as they reported them), filtered
// by node and rule, with bytes, duration, reason, trigger, verification and the error of each.
const SELF = '(this node)';

function Verification({ run }: { run: Run }) {
  const v = run.verification;
  if (!v) return html`<span class="muted">–</span>`;
  return html`<span class=${v.mismatched > 0 || !v.digestEqual ? 'warn' : ''} data-testid="verification">
    digest ${v.digestEqual ? 'equal' : 'differs'} · sampled ${v.sampled} · mismatched ${v.mismatched} · repaired ${v.repaired}${v.fellBackToComplete ? ' · fell back to complete' : ''}</span>`;
}

export function RunTable({ runs }: { runs: Run[] }) {
  return html`
    <div class="scroll"><table class="runs">
      <thead><tr><th>started</th><th>node</th><th>rule</th><th>trigger</th><th>mode</th><th>status</th><th>records</th><th>bytes</th><th>duration</th><th>verification</th></tr></thead>
      <tbody>${runs.map((r) => html`
        <tr class=${r.status === 'failed' ? 'failed' : ''} data-testid="run-row">
          <td>${when(r.started)}</td>
          <td>${r.child ?? SELF}</td>
          <td>${r.rule}</td>
          <td>${r.trigger}</td>
          <td class="wrap">${r.mode ?? '–'}${r.reason ? html`<div class="muted">${r.reason}</div>` : ''}</td>
          <td><span class=${`state ${r.status === 'ok' ? 'ok' : r.status === 'running' ? 'unknown' : 'failing'}`}>${r.status}</span></td>
          <td>${r.received ?? 0} in · ${r.applied ?? 0} applied · ${r.deleted ?? 0} deleted</td>
          <td>${bytes(r.bytes)}</td>
          <td>${duration(r.durationMs)}</td>
          <td class="wrap"><${Verification} run=${r} />${r.error ? html`<div class="bad">${r.error.code}: ${r.error.message}</div>` : ''}</td>
        </tr>`)}
      </tbody>
    </table></div>`;
}

export function RunsView() {
  const [node, setNode] = useState('');
  const [rule, setRule] = useState('');
  const data = useApi<{ runs: Run[]; children: Run[] }>(`/replication/runs${node && node !== SELF ? `?child=${encodeURIComponent(node)}` : ''}`);
  const children = useApi<{ children: Child[] }>('/children');
  const own = node === '' || node === SELF ? data.data?.runs ?? [] : [];
  const theirs = node === SELF ? [] : data.data?.children ?? [];
  const runs = [...own, ...theirs].filter((r) => !rule || r.rule === rule).sort((a, b) => b.started.localeCompare(a.started));
  const pick = (set: (v: string) => void) => (e: Event) => set((e.target as HTMLSelectElement).value);
  return html`
    <section class="card">
      <h2>Run history</h2>
      <div class="row">
        <label>node <select name="node" value=${node} onChange=${pick(setNode)}>
          <option value="">all</option><option value=${SELF}>this node</option>
          ${(children.data?.children ?? []).map((c) => html`<option value=${c.id}>${c.id}</option>`)}</select></label>
        <label>rule <select name="rule" value=${rule} onChange=${pick(setRule)}>
          <option value="">all</option>${['catalog', 'policies', 'content'].map((r) => html`<option value=${r}>${r}</option>`)}</select></label>
        <span class="muted">${runs.length} runs</span>
      </div>
      ${data.error && html`<p class="error">${data.error.code}: ${data.error.message}</p>`}
      <${RunChart} runs=${runs} />
      <${RunTable} runs=${runs.slice(0, 200)} />
    </section>`;
}
