// The patchtree command: `start` runs a node; every other subcommand drives a
// running node through its admin API. This is the one place that prints to
// the console directly (log lines come from pino).
import { loadConfig, type NodeConfig } from './config.js';
import { startNode, type RunningNode } from './node.js';
import { createLogger } from './logger.js';
import { guardProcess } from './process-guard.js';
import { parseArgs, stringFlag, type Args } from './cli-args.js';
import { AdminClient, ApiError } from './cli-client.js';
import { PatchtreeError } from '../protocol/index.js';

const USAGE = `usage: patchtree <command> [options]

  start [--config FILE] [--data DIR] [--port N] [--host H]   run a node
  status                                     node status, counts, digest
  sources                                    list catalog sources
  sources add NAME TYPE URL... [--schedule CRON]
  sources remove NAME
  import NAME [--force]                      import a source now
  imports                                    recent imports
  bulletins [--search TEXT] [--staged|--unstaged] [--limit N] [--offset N]
  bulletin ID                                one bulletin and its updates
  stage ID                                   stage a bulletin (progress bar)
  policies                                   list policies
  policies create NAME BULLETIN... [--target T] [--schedule CRON] [--override-mw] [--disabled]
  policies show|enable|disable|delete ID
  severity                                   custom severity levels
  severity levels LEVEL...                   set them, most severe first
  severity set BULLETIN LEVEL                assign one ('' clears)
  languages [set LANG...]                    managed languages
  exclusions [set PATTERN...]                excluded products/releases
  children                                   registered children (this node as a parent)
  children add ID [NAME]                     register one: prints its credential once
  children remove ID
  alerts                                     language and signature alerts
  trust                                      publisher key, pinned keys, held signed documents
  trust roll-key                             roll this node's publisher key (children follow)
  trust raise-version N                      after a restore: sign above version N
  trust revoke KEYID | trust pin PUBLIC-KEY-HEX   (a child's admin)
  rules                                      replication rules for the children
  rules set RULE [--mode M] [--schedule CRON] [--verify PERCENT|off]
  run RULE [--child ID] [--complete]         run a rule now on all children or one
  pull [--complete] [--verify PERCENT]       pull from the parent now (this node as a child)
  runs                                       replication run history

client options: --url URL (PATCHTREE_URL, default http://127.0.0.1:8470)
                --token T (PATCHTREE_TOKEN, default: DATA/admin-token)
                --data DIR  --json`;

const out = (line = ''): void => void process.stdout.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const [command, ...rest] = args.words;
  if (!command || args.flags.help) {
    out(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'start') return start(args);
  const client = AdminClient.from({ url: stringFlag(args, 'url'), token: stringFlag(args, 'token'), data: stringFlag(args, 'data') });
  const json = args.flags.json === true;
  const show = (value: unknown, human: () => void) => (json ? out(JSON.stringify(value, null, 2)) : human());
  switch (command) {
    case 'status': {
      const s = await client.call('GET', '/status');
      return show(s, () => {
        out(`node ${s.nodeId}  v${s.version}  up ${s.uptimeSeconds}s`);
        out(`languages ${s.languages.join(', ') || '(none)'} + neutral`);
        out(`records: ${Object.entries(s.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
        out(`last sequence ${s.lastSeq}  digest ${s.digest.digest.slice(0, 16)}… (${s.digest.count} records)`);
        out(`sources: ${s.sources.map((x: any) => `${x.name} (${x.type}${x.schedule ? `, ${x.schedule}` : ''})`).join(', ') || '(none)'}`);
      }), 0;
    }
    case 'sources': {
      if (rest[0] === 'add') {
        const [, name, type, ...urls] = rest;
        if (!name || !type || urls.length === 0) throw usage('sources add NAME TYPE URL...');
        const source = await client.call('PUT', `/sources/${encodeURIComponent(name)}`, { type, urls, schedule: stringFlag(args, 'schedule') });
        return show(source, () => out(`source ${source.name} saved`)), 0;
      }
      if (rest[0] === 'remove') {
        if (!rest[1]) throw usage('sources remove NAME');
        await client.call('DELETE', `/sources/${encodeURIComponent(rest[1])}`);
        return out(`source ${rest[1]} removed`), 0;
      }
      const { sources } = await client.call('GET', '/sources');
      return show(sources, () => table(sources.map((s: any) => ({ name: s.name, type: s.type, schedule: s.schedule ?? '', enabled: s.enabled, urls: s.urls.length })))), 0;
    }
    case 'import': {
      if (!rest[0]) throw usage('import NAME [--force]');
      out(`importing ${rest[0]}…`);
      const r = await client.call('POST', `/sources/${encodeURIComponent(rest[0])}/import`, { force: args.flags.force === true });
      return show(r, () => {
        if (r.status === 'not-modified') return out('not modified since the last import: nothing downloaded');
        out(`${r.documents} document(s) in ${r.durationMs} ms, last sequence ${r.lastSeq}`);
        for (const kind of ['bulletins', 'updates'] as const) out(`${kind}: ${r[kind].added} added, ${r[kind].changed} changed, ${r[kind].removed} removed, ${r[kind].unchanged} unchanged`);
        if (r.relinked) out(`${r.relinked} record(s) of other sources relinked (supersedence)`);
      }), 0;
    }
    case 'imports': {
      const { imports } = await client.call('GET', '/imports');
      return show(imports, () => table(imports.map((i: any) => ({ at: i.at, source: i.source, status: i.status, code: i.code ?? '', lastSeq: i.lastSeq ?? '' })))), 0;
    }
    case 'bulletins': {
      const q = new URLSearchParams();
      for (const f of ['search', 'limit', 'offset']) if (stringFlag(args, f)) q.set(f, stringFlag(args, f)!);
      if (args.flags.staged) q.set('staged', 'true');
      if (args.flags.unstaged) q.set('staged', 'false');
      const r = await client.call('GET', `/bulletins?${q}`);
      return show(r, () => {
        table(r.items.map((b: any) => ({ id: b.id, vendor: b.vendor, severity: b.customSeverity || b.vendorSeverity, released: (b.released ?? '').slice(0, 10), updates: b.updates, downloaded: b.downloaded, staged: b.staged ? 'yes' : 'no', title: b.title.slice(0, 50) })));
        out(`${r.items.length} of ${r.total}`);
      }), 0;
    }
    case 'bulletin': {
      if (!rest[0]) throw usage('bulletin ID');
      const b = await client.call('GET', `/bulletins/${encodeURIComponent(rest[0])}`);
      return show(b, () => {
        out(`${b.id}  ${b.title}`);
        out(`vendor ${b.vendor}  severity ${b.vendorSeverity || '-'}${b.customSeverity ? ` (custom: ${b.customSeverity})` : ''}  released ${b.released || '-'}`);
        out(`updates ${b.updates.length}, in managed languages ${b.updates.filter((u: any) => u.managed).length}, downloaded ${b.downloaded}, staged ${b.staged ? 'yes' : 'no'}`);
        if (b.supersedes?.length) out(`supersedes ${b.supersedes.join(', ')}`);
        if (b.supersededBy?.length) out(`superseded by ${b.supersededBy.join(', ')}`);
        table(b.updates.map((u: any) => ({ id: u.id, language: u.language, product: u.product, managed: u.managed ? 'yes' : '', staged: u.staged ? 'yes' : '', superseded: u.superseded ? 'yes' : '' })));
      }), 0;
    }
    case 'stage':
      return stage(client, rest[0], json);
    case 'policies':
      return policies(client, args, rest, show);
    case 'severity': {
      if (rest[0] === 'levels') {
        const r = await client.call('PUT', '/severity-levels', { levels: rest.slice(1) });
        return show(r, () => out(`levels: ${r.levels.join(' > ')}`)), 0;
      }
      if (rest[0] === 'set') {
        if (!rest[1] || rest[2] === undefined) throw usage('severity set BULLETIN LEVEL');
        const b = await client.call('PUT', `/bulletins/${encodeURIComponent(rest[1])}/severity`, { severity: rest[2] });
        return show(b, () => out(`${b.id}: custom severity ${b.customSeverity || '(none)'}`)), 0;
      }
      const r = await client.call('GET', '/severity-levels');
      return show(r, () => out(r.levels.length ? `levels: ${r.levels.join(' > ')}` : 'no custom severity levels')), 0;
    }
    case 'languages':
    case 'exclusions': {
      const field = command;
      const r = rest[0] === 'set' ? await client.call('PUT', `/${field}`, { [field]: rest.slice(1) }) : await client.call('GET', `/${field}`);
      return show(r, () => out(`${field}: ${r[field].join(', ') || '(none)'}`)), 0;
    }
    case 'children': {
      if (rest[0] === 'add') {
        if (!rest[1]) throw usage('children add ID [NAME]');
        const c = await client.call('POST', '/children', { id: rest[1], name: rest[2] });
        return show(c, () => {
          out(`child ${c.id} registered. Its credential (shown once), for the child's config as parent.credential:`);
          out(`  ${c.credential}`);
        }), 0;
      }
      if (rest[0] === 'remove') {
        if (!rest[1]) throw usage('children remove ID');
        await client.call('DELETE', `/children/${encodeURIComponent(rest[1])}`);
        return out(`child ${rest[1]} removed`), 0;
      }
      const { children } = await client.call('GET', '/children');
      return show(children, () => table(children.map((c: any) => ({ id: c.id, name: c.name, languages: c.languages.join(',') || '-', below: c.descendants.length, lastSeen: c.lastSeen ?? 'never' })))), 0;
    }
    case 'alerts': {
      const { alerts } = await client.call('GET', '/alerts');
      return show(alerts, () => (alerts.length ? alerts.forEach((a: any) => out(`ALERT ${a.code ? `${a.code} (${a.rule}) ` : ''}${a.message}`)) : out('no alerts'))), 0;
    }
    case 'trust': {
      if (rest[0] === 'roll-key') {
        const r = await client.call('POST', '/trust/roll-key');
        return show(r, () => out(`publisher key rolled: ${r.key.keyid}; children follow on their next run`)), 0;
      }
      if (rest[0] === 'raise-version') {
        if (!rest[1] || !/^\d+$/.test(rest[1])) throw usage('trust raise-version N');
        const r = await client.call('POST', '/trust/raise-version', { version: Number(rest[1]) });
        return show(r, () => out(`the next signature takes a version above ${r.version}`)), 0;
      }
      if (rest[0] === 'revoke') {
        if (!rest[1]) throw usage('trust revoke KEYID');
        const r = await client.call('POST', '/trust/revoke', { keyid: rest[1] });
        return show(r, () => out(`revoked: ${r.revoked.join(', ')}`)), 0;
      }
      if (rest[0] === 'pin') {
        if (!rest[1]) throw usage('trust pin PUBLIC-KEY-HEX');
        const r = await client.call('POST', '/trust/pin', { key: { public: rest[1] } });
        return show(r, () => out(`pinned: ${r.pinned.join(', ')}`)), 0;
      }
      if (rest[0] !== undefined) throw usage('trust [roll-key | raise-version N | revoke KEYID | pin PUBLIC-KEY-HEX]');
      const t = await client.call('GET', '/trust');
      return show(t, () => {
        out(`publisher ${t.publisher.id}  key ${t.publisher.key.keyid}  version ${t.publisher.version}  expires ${t.publisher.expires ?? '-'}`);
        out(`keys a child registered here pins: ${t.keysForChildren.map((k: any) => k.keyid).join(', ')}`);
        if (t.asChild) {
          out(`pinned: ${t.asChild.pinned.join(', ') || '(none)'}${t.asChild.trustOnFirstUse ? ' (trust on first use)' : ''}  revoked: ${t.asChild.revoked.join(', ') || '(none)'}`);
          for (const [rule, docs] of Object.entries(t.asChild.held as Record<string, any[]>)) for (const d of docs) out(`${rule}: publisher ${d.publisher.slice(0, 16)} (${d.nodeId}) version ${d.version} expires ${d.expires}`);
        }
      }), 0;
    }
    case 'rules': {
      if (rest[0] === 'set') {
        if (!rest[1]) throw usage('rules set RULE [--mode M] [--schedule CRON] [--verify PERCENT|off]');
        const verify = stringFlag(args, 'verify');
        const body: Record<string, unknown> = { mode: stringFlag(args, 'mode'), schedule: stringFlag(args, 'schedule') };
        if (verify !== undefined) body.verification = verify === 'off' ? { enabled: false } : { enabled: true, percent: Number(verify) };
        const r = await client.call('PUT', `/replication/rules/${encodeURIComponent(rest[1])}`, body);
        return show(r, () => out(`${rest[1]}: ${r.mode}, schedule ${r.schedule}, verification ${r.verification.enabled ? `${r.verification.percent}%` : 'off'}`)), 0;
      }
      const { rules } = await client.call('GET', '/replication/rules');
      return show(rules, () => table(Object.entries(rules).map(([name, r]: [string, any]) => ({ rule: name, mode: r.mode, schedule: r.schedule, verification: r.verification.enabled ? `${r.verification.percent}%` : 'off' })))), 0;
    }
    case 'run': {
      if (!rest[0]) throw usage('run RULE [--child ID] [--complete]');
      const r = await client.call('POST', '/replication/run', { rule: rest[0], child: stringFlag(args, 'child'), mode: args.flags.complete ? 'complete' : undefined });
      return show(r, () => out(`${r.rule} will run on ${r.children.join(', ') || 'no child'} at their next report`)), 0;
    }
    case 'pull': {
      const verify = stringFlag(args, 'verify');
      out('pulling from the parent…');
      const { runs } = await client.call('POST', '/replication/pull', { mode: args.flags.complete ? 'complete' : undefined, verifyPercent: verify === undefined ? undefined : Number(verify) });
      return show(runs, () => runs.forEach(printRun)), runs.every((r: any) => r.status === 'ok') ? 0 : 1;
    }
    case 'runs': {
      const r = await client.call('GET', '/replication/runs');
      return show(r, () => {
        if (r.runs.length) { out('this node as a child:'); r.runs.slice(0, 20).forEach(printRun); }
        if (r.children.length) { out('runs reported by children:'); r.children.slice(0, 20).forEach((x: any) => printRun({ ...x, rule: `${x.child} ${x.rule}` })); }
        if (!r.runs.length && !r.children.length) out('no runs yet');
      }), 0;
    }
    default:
      throw usage(`unknown command "${command}"`);
  }
}

/** A stopping node exits by then, whatever is still waiting. */
const STOP_DEADLINE_MS = 5_000;

async function start(args: Args): Promise<number> {
  const flags: Partial<Record<keyof NodeConfig, unknown>> = { dataDir: stringFlag(args, 'data'), port: stringFlag(args, 'port'), host: stringFlag(args, 'host') };
  const config = loadConfig({ file: stringFlag(args, 'config'), flags });
  const logger = createLogger(config.logLevel);
  let node: RunningNode | undefined;
  const stopWith = async (code: number) => {
    // Runs end after their batch in flight and the store closes; whatever still waits after that is not worth a hang.
    setTimeout(() => process.exit(code), STOP_DEADLINE_MS).unref();
    await node?.close().catch((err) => logger.error({ err }, 'the node did not close cleanly'));
    process.exit(code);
  };
  // Installed before the node starts, so nothing of its start escapes them either (see process-guard.ts).
  guardProcess(logger, () => void stopWith(1));
  node = await startNode(config, logger);
  if (node.tokenCreated) {
    process.stderr.write(`\nadmin token (shown once; also in ${config.dataDir}/admin-token):\n  ${node.context.adminToken}\n\n`);
  }
  const stop = () => stopWith(0);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => undefined); // runs until a signal
}

async function stage(client: AdminClient, id: string | undefined, json: boolean): Promise<number> {
  if (!id) throw usage('stage ID');
  let job = await client.call('POST', `/bulletins/${encodeURIComponent(id)}/stage`);
  const tty = process.stdout.isTTY;
  while (job.status === 'running') {
    const p = job.progress;
    if (p && !json) {
      const bar = progressBar(p.totalBytes ? p.bytes / p.totalBytes : p.files ? p.done / p.files : 0);
      const line = `${bar} ${p.done}/${p.files} files  ${(p.bytes / 1048576).toFixed(1)} MiB${p.failed ? `  ${p.failed} failed` : ''}`;
      if (tty) process.stdout.write(`\r${line}`);
    }
    await new Promise((ok) => setTimeout(ok, 250));
    job = await client.call('GET', `/jobs/${job.id}`);
  }
  if (tty && !json) process.stdout.write('\n');
  if (json) out(JSON.stringify(job, null, 2));
  if (job.status === 'failed') throw new ApiError(0, job.error.code, job.error.message);
  const r = job.result;
  if (!json) {
    out(`${r.bulletinId}: ${r.downloaded}/${r.updates} downloaded, ${r.staged ? 'staged' : 'not staged'}`);
    for (const f of r.failures) out(`  ${f.update}: ${f.code} ${f.message}`);
  }
  return r.failures.length ? 1 : 0;
}

async function policies(client: AdminClient, args: Args, rest: string[], show: (v: unknown, h: () => void) => void): Promise<number> {
  const [action, id, ...more] = rest;
  if (action === 'create') {
    if (!id || more.length === 0) throw usage('policies create NAME BULLETIN...');
    const p = await client.call('POST', '/policies', {
      name: id,
      bulletinIds: more,
      target: stringFlag(args, 'target'),
      schedule: stringFlag(args, 'schedule'),
      overrideMaintenanceWindow: args.flags['override-mw'] === true,
      enabled: args.flags.disabled !== true,
    });
    show(p, () => out(`policy ${p.id} "${p.name}" created with ${p.entries.length} update(s)`));
    return 0;
  }
  if (action && ['show', 'enable', 'disable', 'delete'].includes(action)) {
    if (!id) throw usage(`policies ${action} ID`);
    const path = `/policies/${encodeURIComponent(id)}`;
    if (action === 'delete') return await client.call('DELETE', path), out(`policy ${id} deleted`), 0;
    const p = action === 'show' ? await client.call('GET', path) : await client.call('PATCH', path, { enabled: action === 'enable' });
    show(p, () => {
      out(`${p.id}  "${p.name}"  ${p.enabled ? 'enabled' : 'disabled'}  target ${p.target}  schedule ${p.schedule || '-'}${p.overrideMaintenanceWindow ? '  overrides maintenance window' : ''}`);
      out(`bulletins ${p.bulletinIds.join(', ')}`);
      table(p.entries.map((e: any) => ({ update: e.updateKey, language: e.language, enabled: e.enabled, commandLine: e.commandLine })));
    });
    return 0;
  }
  if (action) throw usage(`unknown policies action "${action}"`);
  const { policies: list } = await client.call('GET', '/policies');
  show(list, () => table(list.map((p: any) => ({ id: p.id, name: p.name, enabled: p.enabled, bulletins: p.bulletinIds.length, target: p.target }))));
  return 0;
}

function printRun(r: any): void {
  if (r.status !== 'ok') return out(`${r.started}  ${r.rule}  FAILED ${r.error?.code}: ${r.error?.message}`);
  const v = r.verification ?? {};
  out(`${r.started}  ${r.rule}  ${r.mode}${r.reason ? ` (${r.reason})` : ''}  received ${r.received}, applied ${r.applied}, deleted ${r.deleted}, ${r.bytes} bytes, ${r.durationMs} ms  verify: digest ${v.digestEqual ? 'equal' : 'DIFFERENT'}, sampled ${v.sampled}, mismatched ${v.mismatched}, repaired ${v.repaired}${v.fellBackToComplete ? ', fell back to complete' : ''}`);
}

function progressBar(fraction: number, width = 30): string {
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%`;
}

function table(rows: Array<Record<string, unknown>>): void {
  if (rows.length === 0) return out('(none)');
  const columns = Object.keys(rows[0]);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  out(columns.map((c, i) => c.toUpperCase().padEnd(widths[i])).join('  '));
  for (const r of rows) out(columns.map((c, i) => String(r[c] ?? '').padEnd(widths[i])).join('  '));
}

function usage(message: string): Error {
  return Object.assign(new Error(`${message}\n\n${USAGE}`), { usage: true });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof ApiError || err instanceof PatchtreeError) process.stderr.write(`error ${err.code}: ${err.message}\n`);
    else process.stderr.write(`error: ${(err as Error).message}\n`);
    process.exit((err as { usage?: boolean }).usage ? 2 : 1);
  },
);
