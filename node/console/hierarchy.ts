import { html } from 'htm/preact';
import { isChild, useApi, useShell } from './state.js';
import { ago, duration, when } from './format.js';
import { RECORD_RULES, type Alert, type Child, type Run } from './types.js';
import { ruleHealth, stateOf } from './health.js';
import { ChildrenAdmin } from './children.js';

// The hierarchy as a tree: the parent (when this node has one), this node, its children with their
// descendants, each with languages, health, lag, last good run per rule and alerts.

const Langs = ({ languages }: { languages: string[] }) =>
  html`<span class="langs">${languages.length ? languages.map((l) => html`<span class="tag">${l}</span>`) : html`<span class="muted">no languages</span>`}</span>`;

function RuleTable({ child, runs }: { child: Child; runs: Run[] }) {
  const rows = RECORD_RULES.map((rule) => ({ rule, h: ruleHealth(child, runs, rule) }));
  return html`
    <div class="scroll"><table class="compact">
      <thead><tr><th>rule</th><th>last attempt</th><th>last good run</th><th>lag</th><th>last error</th></tr></thead>
      <tbody>${rows.map(({ rule, h }) => html`
        <tr data-testid=${`health-${child.id}-${rule}`}>
          <td>${rule}</td>
          <td>${h.lastAttemptAt ? ago(h.lastAttemptAt) : 'never'}</td>
          <td title=${when(h.lastSuccessAt)}>${h.lastSuccessAt ? ago(h.lastSuccessAt) : html`<span class="bad">never</span>`}</td>
          <td>${h.lagSequences === null ? html`<span class="muted">${h.fromRuns ? 'n/a' : '–'}</span>` : `${h.lagSequences} seq${h.lagSeconds ? `, ${duration(h.lagSeconds * 1000)}` : ''}`}</td>
          <td class="wrap">${h.lastError ? html`<span class="bad">${h.lastError.code}</span> ${h.lastError.message}` : html`<span class="muted">none</span>`}</td>
        </tr>`)}
      </tbody>
    </table></div>`;
}

function ChildNode({ child, runs, alerts }: { child: Child; runs: Run[]; alerts: Alert[] }) {
  const state = stateOf(child, runs);
  return html`
    <li class="node-item" data-testid=${`child-${child.id}`}>
      <div class="node-head">
        <span class=${`state ${state}`} data-testid=${`state-${child.id}`}>${state}</span>
        <strong>${child.name && child.name !== child.id ? `${child.name} (${child.id})` : child.id}</strong>
        <${Langs} languages=${child.languages} />
        <span class="muted">${child.nodeId ?? 'never reported'} · last seen ${ago(child.lastSeen)}</span>
        ${child.health?.offlineSince && html`<span class="bad">offline since ${when(child.health.offlineSince)}</span>`}
      </div>
      ${alerts.map((a) => html`<div class="alert">${a.message}</div>`)}
      <${RuleTable} child=${child} runs=${runs} />
      ${child.descendants.length > 0 && html`
        <ul class="tree">${child.descendants.map((d) => html`
          <li class="node-item"><div class="node-head"><span class="state unknown">below</span><strong>${d.nodeId}</strong><${Langs} languages=${d.languages} /></div></li>`)}
        </ul>`}
    </li>`;
}

/** This node's own runs as a child: its last good run per rule. */
function ParentLink({ runs }: { runs: Run[] }) {
  const { status } = useShell();
  if (!status.parent) return null;
  return html`
    <div class="node-head">
      <span class="state unknown">parent</span><strong>${status.parent.url ?? 'by bundles'}</strong>
      <span class="muted">this node is its child "${status.parent.childId}"</span>
    </div>
    <div class="scroll"><table class="compact">
      <thead><tr><th>rule</th><th>last run</th><th>last good run</th><th>error</th></tr></thead>
      <tbody>${RECORD_RULES.map((rule) => {
        const mine = runs.filter((r) => r.rule === rule && r.status !== 'running');
        const good = mine.find((r) => r.status === 'ok');
        return html`<tr><td>${rule}</td><td>${mine[0] ? `${mine[0].status}, ${ago(mine[0].started)}` : 'never'}</td><td>${good ? ago(good.started) : 'never'}</td>
          <td class="wrap">${mine[0]?.error ? `${mine[0].error.code}: ${mine[0].error.message}` : ''}</td></tr>`;
      })}</tbody>
    </table></div>`;
}

export function HierarchyView() {
  const { status } = useShell();
  const children = useApi<{ children: Child[] }>('/children');
  const alerts = useApi<{ alerts: Alert[] }>('/alerts');
  const runs = useApi<{ runs: Run[]; children: Run[] }>('/replication/runs');
  const all = alerts.data?.alerts ?? [];
  const list = children.data?.children ?? [];
  return html`
    <section class="card">
      <h2>Hierarchy</h2>
      ${all.length > 0 && html`<div class="alerts" data-testid="alerts">${all.map((a) => html`<div class="alert">${a.kind}: ${a.message}</div>`)}</div>`}
      <ul class="tree root">
        ${isChild(status) && html`<li class="node-item"><${ParentLink} runs=${runs.data?.runs ?? []} /></li>`}
        <li class="node-item">
          <div class="node-head">
            <span class="state ok">this node</span><strong>${status.nodeId}</strong><${Langs} languages=${status.languages} />
            <span class="muted">${Object.entries(status.counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(' · ')} · seq ${status.lastSeq} · up ${duration(status.uptimeSeconds * 1000)}</span>
          </div>
          ${children.error && html`<p class="error">${children.error.code}: ${children.error.message}</p>`}
          <ul class="tree">
            ${list.length === 0 && html`<li class="muted">No children registered.</li>`}
            ${list.map((c) => html`<${ChildNode} key=${c.id} child=${c} runs=${(runs.data?.children ?? []).filter((r) => r.child === c.id)} alerts=${all.filter((a) => a.child === c.id)} />`)}
          </ul>
        </li>
      </ul>
    </section>
    <${ChildrenAdmin} children=${list} />`;
}
