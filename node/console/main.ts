import { render } from 'preact';
import { html } from 'htm/preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { get, token, whenAuthLost } from './api.js';
import { Login } from './login.js';
import { ShellContext, type Notice } from './state.js';
import type { Status } from './types.js';
import { HierarchyView } from './hierarchy.js';
import { RulesView } from './rules.js';
import { RunsView } from './runs.js';
import { BulletinsView } from './bulletins.js';
import { PoliciesView } from './policies.js';
import { SourcesView } from './sources.js';
import { SettingsView } from './settings.js';

// The console's shell: nothing but the login box until a token works; then the views, one per tab
// (the tab is the URL's hash, so a view can be linked and reloaded).
const VIEWS = [
  { id: 'hierarchy', label: 'Hierarchy', view: HierarchyView },
  { id: 'rules', label: 'Replication rules', view: RulesView },
  { id: 'runs', label: 'Run history', view: RunsView },
  { id: 'bulletins', label: 'Patch Remediation Center', view: BulletinsView },
  { id: 'policies', label: 'Policies', view: PoliciesView },
  { id: 'sources', label: 'Sources and imports', view: SourcesView },
  { id: 'settings', label: 'Settings', view: SettingsView },
] as const;
const REFRESH_MS = 5000;
const NOTICE_MS = 8000;

const tabFromHash = () => VIEWS.find((v) => `#${v.id}` === location.hash)?.id ?? 'hierarchy';

function App() {
  const [signedIn, setSignedIn] = useState(token.get() !== null);
  const [status, setStatus] = useState<Status | undefined>();
  const [tab, setTab] = useState<string>(tabFromHash());
  const [tick, setTick] = useState(0);
  const [auto, setAuto] = useState(true);
  const [notice, setNotice] = useState<Notice | undefined>();

  const logout = useCallback(() => {
    token.clear();
    setStatus(undefined);
    setSignedIn(false);
  }, []);
  useEffect(() => whenAuthLost(logout), [logout]);
  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const refresh = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    if (!signedIn || !auto) return;
    const timer = setInterval(() => { if (document.visibilityState === 'visible') refresh(); }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [signedIn, auto, refresh]);
  useEffect(() => {
    // A success note goes by itself after a while; an error stays until dismissed.
    if (notice?.kind !== 'ok') return;
    const timer = setTimeout(() => setNotice(undefined), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  useEffect(() => {
    if (!signedIn) return;
    get<Status>('/status').then(setStatus, (err) => setNotice({ kind: 'error', text: `${err.code}: ${err.message}` }));
  }, [signedIn, tick]);

  if (!signedIn) return html`<${Login} onLogin=${() => { setNotice(undefined); setSignedIn(true); }} />`;
  if (!status) return html`<p class="loading">Loading…</p>`;
  const current = VIEWS.find((v) => v.id === tab) ?? VIEWS[0];
  const View = current.view;
  return html`
    <${ShellContext.Provider} value=${{ status, tick, refresh, notify: setNotice }}>
      <header class="top">
        <h1>patchtree</h1>
        <span class="node" data-testid="node-id">${status.nodeId}</span>
        <span class="muted">${status.parent ? `child ${status.parent.childId} of ${status.parent.url ?? 'a parent by bundles'}` : 'top of its hierarchy'}</span>
        <span class="spacer"></span>
        <label class="check"><input type="checkbox" checked=${auto} onChange=${(e: Event) => setAuto((e.target as HTMLInputElement).checked)} /> auto-refresh</label>
        <button class="ghost" onClick=${refresh}>Refresh</button>
        <button class="ghost" data-testid="logout" onClick=${logout}>Log out</button>
      </header>
      <nav class="tabs">
        ${VIEWS.map((v) => html`<a href=${`#${v.id}`} class=${v.id === current.id ? 'active' : ''} data-testid=${`tab-${v.id}`}>${v.label}</a>`)}
      </nav>
      ${notice && html`<div class=${`notice ${notice.kind}`} role="status" data-testid="notice">${notice.text}<button class="ghost" onClick=${() => setNotice(undefined)}>×</button></div>`}
      <main><${View} /></main>
    <//>`;
}

render(html`<${App} />`, document.getElementById('root')!);
