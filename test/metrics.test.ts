import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Metrics } from '../node/metrics.js';
import { ensureDebianPackage } from './helpers/debian.js';
import { startFileServer, SHARED_DATA, type TestServer, catalogAndFiles } from './helpers/http-server.js';
import { quietSchedules, spawnNode, type ProcessNode } from './helpers/process-node.js';
import { tempDir } from './helpers/temp.js';
import { waitFor } from './helpers/wait.js';

// /metrics on a parent and on its child after a run, each its own process:
// Prometheus's own checker (promtool, from Debian's prometheus package)
// accepts both, and every family the README's Metrics table names has data.

let promtool: string;
let server: TestServer;
let parent: ProcessNode;
let child: ProcessNode;
const closers: Array<() => Promise<void>> = [];

const files = new Map<string, Buffer>();
function update(id: string, language: string, url: (id: string) => string) {
  const bytes = randomBytes(2048);
  files.set(id, bytes);
  return { id, language, url: url(id), fileName: id, size: bytes.length, hashAlgorithm: 'sha256', hash: createHash('sha256').update(bytes).digest('hex'), product: 'Contoso Suite', kb: 'KB1' };
}

beforeAll(async () => {
  promtool = await ensureDebianPackage('prometheus', 'promtool');
  const { dir, cleanup } = await tempDir('patchtree-metrics-');
  closers.push(cleanup);
  let catalog = '';
  server = await startFileServer(SHARED_DATA, [catalogAndFiles('contoso.ndjson', () => catalog, files)]);
  closers.push(() => server.close());
  const at = (id: string) => `${server.url}/files/${id}`;
  catalog = [
    { id: 'CONTOSO-1', vendor: 'Contoso', title: 'Contoso Suite 1', updates: [update('c-en.msi', 'en-US', at), update('c-all.msi', 'neutral', at)] },
    // Its file is not served: staging it fails with a code (patchtree_staging_failures_total).
    { id: 'CONTOSO-2', vendor: 'Contoso', title: 'Contoso Suite 2', updates: [{ ...update('gone.msi', 'en-US', () => `${server.url}/files/missing.msi`) }] },
  ].map((line) => JSON.stringify(line)).join('\n');

  parent = await spawnNode(join(dir, 'parent'), { nodeId: 'hq', sample: false, languages: ['en-US'], sources: [{ name: 'contoso', type: 'native', urls: [`${server.url}/contoso.ndjson`] }] });
  await quietSchedules(parent);
  expect((await parent.api('POST', '/sources/contoso/import')).status).toBe(200);
  for (const [bulletin, staged] of [['CONTOSO-1', true], ['CONTOSO-2', false]] as const) {
    const job = (await parent.api('POST', `/bulletins/${bulletin}/stage`)).body;
    const done = await waitFor(`staging ${bulletin}`, async () => {
      const j = (await parent.api('GET', `/jobs/${job.id}`)).body;
      return j.status === 'running' ? undefined : j;
    }, 30_000);
    expect(done.result?.staged ?? false).toBe(staged);
  }
  const registered = (await parent.api('POST', '/children', { id: 'site-a' })).body;
  child = await spawnNode(join(dir, 'child'), { sample: false, languages: ['en-US'], pollSeconds: 3600, parent: { url: parent.url, childId: 'site-a', credential: registered.credential, publisherKeys: registered.publisherKeys } });
  // The start-up pull runs every rule; the parent has the three reports.
  await waitFor('the child\'s runs reported to the parent', async () => {
    const reported = (await parent.api('GET', '/replication/runs?child=site-a')).body.children as Array<{ rule: string; status: string }>;
    return ['catalog', 'policies', 'content'].every((rule) => reported.some((r) => r.rule === rule && r.status === 'ok')) ? true : undefined;
  }, 60_000, () => child.logs().slice(-2000));
}, 10 * 60_000); // the first run may install promtool

afterAll(async () => {
  await child?.kill('SIGKILL');
  await parent?.kill('SIGKILL');
  for (const close of closers.reverse()) await close();
});

async function scrape(node: ProcessNode): Promise<string> {
  const res = await fetch(`${node.url}/metrics`);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** promtool's verdict on an exposition: its exit code and what it printed. */
function promtoolCheck(text: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const p = execFile(promtool, ['check', 'metrics'], (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` }));
    p.stdin!.end(text);
  });
}

/** Every sample of a family (histograms: their _count), as label text and value. */
function samples(text: string, name: string): Array<{ labels: string; value: number }> {
  const out: Array<{ labels: string; value: number }> = [];
  for (const line of text.split('\n')) {
    const m = /^([a-z_:][a-z0-9_:]*)(\{[^}]*\})? (\S+)$/i.exec(line);
    if (m && (m[1] === name || m[1] === `${name}_count`)) out.push({ labels: m[2] ?? '', value: Number(m[3]) });
  }
  return out;
}

/** The families that must have a sample above 0 (a set of labels, a part of them) on a node. */
function expectPositive(text: string, name: string, labels: string[] = []): void {
  const found = samples(text, name).filter((s) => labels.every((l) => s.labels.includes(l)));
  expect(found.length, `${name}${labels.join(',')} has no sample`).toBeGreaterThan(0);
  expect(Math.max(...found.map((s) => s.value)), `${name}${labels.join(',')}`).toBeGreaterThan(0);
}

describe('/metrics', () => {
  it('passes promtool check metrics on the parent and on the child after a run', async () => {
    for (const node of [parent, child]) {
      const text = await scrape(node);
      const verdict = await promtoolCheck(text);
      expect(verdict, verdict.output).toMatchObject({ code: 0 });
      expect(verdict.output.trim()).toBe('');
    }
  });

  it('has data in every family on the parent: children\'s lag and last success, their runs, staging, imports, the process', async () => {
    const text = await scrape(parent);
    expect(samples(text, 'patchtree_child_lag_sequences').map((s) => s.labels).sort()).toEqual(['{child="site-a",rule="catalog"}', '{child="site-a",rule="policies"}']);
    for (const rule of ['catalog', 'policies', 'content']) expectPositive(text, 'patchtree_child_last_success_timestamp_seconds', [`child="site-a"`, `rule="${rule}"`]);
    expectPositive(text, 'patchtree_replication_run_duration_seconds', ['rule="catalog"', 'role="parent"', 'mode="']);
    expectPositive(text, 'patchtree_replication_records_total', ['rule="catalog"', 'role="parent"']);
    expectPositive(text, 'patchtree_replication_bytes_total', ['rule="content"', 'role="parent"']);
    expectPositive(text, 'patchtree_staging_bytes_total');
    expectPositive(text, 'patchtree_staging_failures_total', ['code="STAGE_']);
    expectPositive(text, 'patchtree_content_served_total', ['status="200"']);
    expectPositive(text, 'patchtree_content_served_bytes_total');
    expectPositive(text, 'patchtree_import_duration_seconds', ['source="contoso"']);
    expectPositive(text, 'patchtree_import_last_success_timestamp_seconds', ['source="contoso"']);
    expectPositive(text, 'patchtree_imports_total', ['source="contoso"', 'status="imported"']);
    expectPositive(text, 'patchtree_records', ['kind="bulletin"']);
    expectPositive(text, 'patchtree_last_sequence');
    expectPositive(text, 'patchtree_http_requests_total');
    expectPositive(text, 'patchtree_sync_sessions_total', ['child="site-a"']);
    expectPositive(text, 'patchtree_child_runs_total', ['child="site-a"', 'status="ok"']);
    expectPositive(text, 'process_cpu_seconds_total');
    expectPositive(text, 'nodejs_heap_size_total_bytes');
  });

  it('has data in every family on the child: its own runs and their verification', async () => {
    const text = await scrape(child);
    for (const rule of ['catalog', 'policies', 'content']) expectPositive(text, 'patchtree_replication_run_duration_seconds', [`rule="${rule}"`, 'role="child"']);
    expectPositive(text, 'patchtree_replication_records_total', ['rule="catalog"', 'role="child"']);
    expectPositive(text, 'patchtree_replication_bytes_total', ['rule="content"', 'role="child"']);
    // Nothing to repair on an honest run: the families are there, at 0, per rule.
    for (const name of ['patchtree_verification_mismatches_total', 'patchtree_verification_repaired_total']) {
      expect(samples(text, name)).toEqual(expect.arrayContaining([{ labels: '{rule="catalog"}', value: 0 }, { labels: '{rule="policies"}', value: 0 }]));
    }
    expectPositive(text, 'patchtree_records', ['kind="bulletin"']);
    expectPositive(text, 'process_resident_memory_bytes');
  });

  it('escapes label values (a failure code as a download library gave it)', async () => {
    const metrics = new Metrics({ records: () => ({}), lastSeq: () => 0, children: async () => [], imports: async () => [] });
    metrics.staging(0, ['ODD "CODE" \\ with\na newline']);
    const text = await metrics.text();
    expect(text).toContain('patchtree_staging_failures_total{code="ODD \\"CODE\\" \\\\ with\\na newline"} 1');
    const verdict = await promtoolCheck(text);
    expect(verdict, verdict.output).toMatchObject({ code: 0 });
  });
});
