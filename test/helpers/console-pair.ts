import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startFileServer, type TestServer } from './http-server.js';
import { quietSchedules, spawnNode, type ProcessNode } from './process-node.js';
import { tempDir } from './temp.js';
import { waitFor } from './wait.js';

/**
 * A parent and a child as the README builds them, for the console's browser test (and for looking at
 * the console by hand: `node --import tsx test/helpers/console-pair.ts`). The parent imports a small
 * native catalog from a file; its update files come from a local HTTP server, where the files of
 * `HELD_BULLETIN` wait until `release()`, so a test can see staging in progress without timing.
 */
export const HELD_BULLETIN = 'CONTOSO-2026-002';

export interface ConsolePair {
  parent: ProcessNode;
  child: ProcessNode;
  childId: string;
  /** Lets the held update files of HELD_BULLETIN go. */
  release(): void;
  close(): Promise<void>;
}

export async function startConsolePair(): Promise<ConsolePair> {
  const { dir, cleanup } = await tempDir('patchtree-console-');
  const blobs = new Map<string, Buffer>();
  const heldFiles = new Set<string>();
  const waiting: Array<() => void> = [];
  let released = false;
  const server: TestServer = await startFileServer('/nonexistent', [
    (req, res) => {
      const name = /^\/files\/(.+)$/.exec(req.url ?? '')?.[1];
      if (!name || !blobs.has(name)) return false;
      const bytes = blobs.get(name)!;
      const send = () => res.writeHead(200, { 'content-length': bytes.length }).end(bytes);
      if (heldFiles.has(name) && !released) {
        // Half the bytes now (staging shows progress), the rest on release.
        res.writeHead(200, { 'content-length': bytes.length });
        res.write(bytes.subarray(0, bytes.length >> 1));
        waiting.push(() => res.end(bytes.subarray(bytes.length >> 1)));
      } else send();
      return true;
    },
  ]);
  const update = (bulletin: string, id: string, language: string, size: number) => {
    const bytes = randomBytes(size);
    blobs.set(id, bytes);
    if (bulletin === HELD_BULLETIN) heldFiles.add(id);
    return { id, kb: `KB${5000 + blobs.size}`, language, url: `${server.url}/files/${id}`, fileName: id, size, hashAlgorithm: 'sha256', hash: createHash('sha256').update(bytes).digest('hex'), product: `Contoso ${bulletin}`, platform: 'x64' };
  };
  const bulletins = [
    { id: 'CONTOSO-2026-001', vendor: 'Contoso', title: 'Contoso Office security update', vendorSeverity: 'Critical', released: '2026-01-13T00:00:00Z', updates: [update('CONTOSO-2026-001', 'office-en.msi', 'en-US', 64_000), update('CONTOSO-2026-001', 'office-de.msi', 'de-DE', 64_000)] },
    { id: HELD_BULLETIN, vendor: 'Contoso', title: 'Contoso Browser cumulative update', vendorSeverity: 'Important', released: '2026-02-10T00:00:00Z', updates: [update(HELD_BULLETIN, 'browser-en.msi', 'en-US', 400_000), update(HELD_BULLETIN, 'browser-all.msi', 'neutral', 200_000)] },
    { id: 'FABRIKAM-2026-007', vendor: 'Fabrikam', title: 'Fabrikam Reader update', vendorSeverity: 'Moderate', released: '2026-03-01T00:00:00Z', updates: [update('FABRIKAM-2026-007', 'reader-en.msi', 'en-US', 32_000)] },
    { id: 'FABRIKAM-2026-008', vendor: 'Fabrikam', title: 'Fabrikam Reader font fix', vendorSeverity: 'Low', released: '2026-03-15T00:00:00Z', supersedes: ['FABRIKAM-2026-007'], updates: [update('FABRIKAM-2026-008', 'fonts-fr.msi', 'fr-FR', 16_000)] },
  ];
  const catalogFile = join(dir, 'contoso.ndjson');
  await writeFile(catalogFile, bulletins.map((b) => JSON.stringify(b)).join('\n'));

  const started: ProcessNode[] = [];
  const close = async () => {
    for (const n of started) await n.kill('SIGKILL');
    waiting.splice(0).forEach((go) => go());
    await server.close();
    await cleanup();
  };
  try {
    const parent = await spawnNode(join(dir, 'hq'), {
      sample: false,
      languages: ['en-US', 'de-DE'],
      sources: [{ name: 'contoso', type: 'native', urls: [pathToFileURL(catalogFile).href] }],
    });
    started.push(parent);
    await quietSchedules(parent);
    const imported = await parent.api('POST', '/sources/contoso/import');
    if (imported.status !== 200) throw new Error(`import failed: ${JSON.stringify(imported.body)}`);
    // One bulletin staged and in a policy before the browser comes: the child holds a replicated policy.
    const job = (await parent.api('POST', '/bulletins/CONTOSO-2026-001/stage')).body;
    await waitFor('staging CONTOSO-2026-001', async () => ((await parent.api('GET', `/jobs/${job.id}`)).body.status === 'done' ? true : undefined), 20_000);
    const policy = await parent.api('POST', '/policies', { name: 'Office baseline', bulletinIds: ['CONTOSO-2026-001'], target: 'All Windows workstations' });
    if (policy.status !== 201) throw new Error(`policy failed: ${JSON.stringify(policy.body)}`);

    const childId = 'site-berlin';
    const registered = await parent.api('POST', '/children', { id: childId, name: 'Berlin site' });
    if (registered.status !== 201) throw new Error(`register failed: ${JSON.stringify(registered.body)}`);
    // pollSeconds 1: a run-now from the parent's console is picked up within a second.
    const child = await spawnNode(join(dir, childId), {
      sample: false,
      languages: ['de-DE'],
      pollSeconds: 1,
      parent: { url: parent.url, childId, credential: registered.body.credential, publisherKeys: registered.body.publisherKeys },
    });
    started.push(child);
    await waitFor('the start-up runs of the child', async () => {
      const runs = (await child.api('GET', '/replication/runs')).body.runs as Array<{ rule: string; trigger: string; status: string }>;
      return ['catalog', 'policies', 'content'].every((rule) => runs.some((r) => r.rule === rule && r.trigger === 'start' && r.status !== 'running')) ? runs : undefined;
    }, 30_000);
    return {
      parent,
      child,
      childId,
      release: () => { released = true; waiting.splice(0).forEach((go) => go()); },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

// By hand: prints both consoles' URLs and tokens, and keeps running until interrupted.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const pair = await startConsolePair();
  const { readFileSync } = await import('node:fs');
  for (const [name, n] of [['parent', pair.parent], ['child', pair.child]] as const) {
    console.log(name, n.url, readFileSync(join(n.dataDir, 'admin-token'), 'utf8').trim());
  }
  process.on('SIGINT', () => void pair.close().then(() => process.exit(0)));
  process.on('SIGTERM', () => void pair.close().then(() => process.exit(0)));
}
