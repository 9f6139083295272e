import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { api, get } from './api.js';
import { useAction, useApi } from './state.js';
import { RunTable } from './runs.js';
import type { Child, Policy, Run, RuleSettings } from './types.js';

// Replication rules as this node sets them for its children: mode, schedule, verification, the policy
// list; run a rule now for all children or one, then watch the runs arrive as the children report them.
const RULES = ['language-alerting', 'catalog', 'policies', 'content'] as const;
const WATCH_MS = 60_000;

function RuleForm({ name, rule, policies }: { name: string; rule: RuleSettings; policies: Policy[] }) {
  const [act, busy] = useAction();
  const [draft, setDraft] = useState(rule);
  useEffect(() => setDraft(rule), [JSON.stringify(rule)]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(rule);
  const save = (e: Event) => {
    e.preventDefault();
    void act(`rule ${name} saved`, () => api('PUT', `/replication/rules/${name}`, draft));
  };
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  return html`
    <form class="rule" data-testid=${`rule-${name}`} onSubmit=${save}>
      <h3>${name}</h3>
      <label>mode <select name="mode" value=${draft.mode} onChange=${(e: Event) => setDraft({ ...draft, mode: value(e) as RuleSettings['mode'] })}>
        <option value="differential">differential</option><option value="complete">complete</option></select></label>
      <label>schedule (cron) <input name="schedule" value=${draft.schedule} onInput=${(e: Event) => setDraft({ ...draft, schedule: value(e) })} /></label>
      <label class="check"><input type="checkbox" name="verify" checked=${draft.verification.enabled}
        onChange=${(e: Event) => setDraft({ ...draft, verification: { ...draft.verification, enabled: (e.target as HTMLInputElement).checked } })} /> verify</label>
      <label>sample % <input type="number" name="percent" min="0" max="100" class="narrow" value=${draft.verification.percent}
        onInput=${(e: Event) => setDraft({ ...draft, verification: { ...draft.verification, percent: Number(value(e)) } })} /></label>
      ${name === 'policies' && html`
        <fieldset class="policy-pick"><legend>policies replicated (none ticked = all)</legend>
          ${policies.length === 0 && html`<span class="muted">no policies</span>`}
          ${policies.map((p) => html`<label class="check"><input type="checkbox" checked=${draft.policyIds.includes(p.id)}
            onChange=${(e: Event) => setDraft({ ...draft, policyIds: (e.target as HTMLInputElement).checked ? [...draft.policyIds, p.id] : draft.policyIds.filter((id) => id !== p.id) })} /> ${p.name}</label>`)}
        </fieldset>`}
      <button type="submit" disabled=${busy || !dirty}>Save</button>
    </form>`;
}

/** A run as the parent knows it: the child's id and its run number (never the child's clock, which may be off). */
const runKey = (r: Run) => `${r.child}/${r.id}`;

interface Watch { since: number; known: Set<string> }

function RunNow({ children, onRequested }: { children: Child[]; onRequested: (watch: Watch) => void }) {
  const [act, busy] = useAction();
  const [rule, setRule] = useState('catalog');
  const [child, setChild] = useState('');
  const [mode, setMode] = useState('');
  const run = (e: Event) => {
    e.preventDefault();
    void act(`${rule} run requested for ${child || 'all children'}: each child runs it when it next reports`, async () => {
      const before = await get<{ children: Run[] }>('/replication/runs');
      await api('POST', '/replication/run', { rule, ...(child ? { child } : {}), ...(mode ? { mode } : {}) });
      onRequested({ since: Date.now(), known: new Set(before.children.map(runKey)) });
    });
  };
  const pick = (set: (v: string) => void) => (e: Event) => set((e.target as HTMLSelectElement).value);
  return html`
    <form class="row" data-testid="run-now" onSubmit=${run}>
      <label>rule <select name="rule" value=${rule} onChange=${pick(setRule)}>${['catalog', 'policies', 'content'].map((r) => html`<option value=${r}>${r}</option>`)}</select></label>
      <label>for <select name="child" value=${child} onChange=${pick(setChild)}><option value="">all children</option>${children.map((c) => html`<option value=${c.id}>${c.id}</option>`)}</select></label>
      <label>mode <select name="mode" value=${mode} onChange=${pick(setMode)}><option value="">the rule's</option><option value="differential">differential</option><option value="complete">complete</option></select></label>
      <button type="submit" disabled=${busy || children.length === 0}>Run now</button>
    </form>`;
}

/** Polls the runs the children report, every second for a minute after a run-now, and lists those not there before it. */
function Arriving({ watch }: { watch: Watch }) {
  const { since, known } = watch;
  const [runs, setRuns] = useState<Run[]>([]);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      const data = await get<{ children: Run[] }>('/replication/runs').catch(() => undefined);
      if (!live) return;
      if (data) setRuns(data.children.filter((r) => !known.has(runKey(r))));
      if (Date.now() - since < WATCH_MS) timer = setTimeout(poll, 1000);
    };
    void poll();
    return () => { live = false; clearTimeout(timer); };
  }, [watch]);
  return html`
    <div data-testid="arriving">
      <h3>Runs since the request ${Date.now() - since < WATCH_MS ? html`<span class="muted">(watching)</span>` : ''}</h3>
      ${runs.length === 0 ? html`<p class="muted">Waiting for the children to report…</p>` : html`<${RunTable} runs=${runs} />`}
    </div>`;
}

export function RulesView() {
  const rules = useApi<{ rules: Record<string, RuleSettings> }>('/replication/rules');
  const children = useApi<{ children: Child[] }>('/children');
  const policies = useApi<{ policies: Policy[] }>('/policies');
  const [watch, setWatch] = useState<Watch | undefined>();
  return html`
    <section class="card">
      <h2>Replication rules</h2>
      <p class="muted">Set here for this node's children; a child pulls by its parent's rules.</p>
      ${rules.error && html`<p class="error">${rules.error.code}: ${rules.error.message}</p>`}
      <div class="rules">
        ${rules.data && RULES.map((name) => rules.data!.rules[name] && html`<${RuleForm} key=${name} name=${name} rule=${rules.data!.rules[name]} policies=${policies.data?.policies ?? []} />`)}
      </div>
    </section>
    <section class="card">
      <h2>Run now</h2>
      <${RunNow} children=${children.data?.children ?? []} onRequested=${setWatch} />
      ${watch && html`<${Arriving} watch=${watch} />`}
    </section>`;
}
