import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { startFileServer, type TestServer } from '../helpers/http-server.js';
import { quietSchedules, spawnNode, type ProcessNode } from '../helpers/process-node.js';
import type { Rng } from './rng.js';

/**
 * The hierarchy under test, built the way the README tells an admin to:
 * node ids are generated (no `nodeId` in any config), the parent's admin
 * registers each child under an id of its choosing (POST /api/v1/children)
 * and the child's config carries that id and the credential. Every child
 * reaches its parent through a fault proxy of its own, so a fault on one
 * link touches nothing else:
 *
 *   top  <- proxy <-  mid  <- proxy <- leaf-a
 *                          <- proxy <- leaf-b
 *
 * Each node keeps its port and data directory across restarts (the proxies
 * point at fixed ports), as a real server restarted in place would.
 */

export interface TreeNode {
  name: string;
  languages: string[];
  dir: string;
  port: number;
  parent?: TreeNode;
  /** The id the parent's admin registered this node under (never its node id). */
  childId?: string;
  credential?: string;
  /** The publisher keys the parent's registration answered (the child pins them). */
  publisherKeys?: unknown[];
  /** The proxy between this node and its parent. */
  link?: FaultProxy;
  children: TreeNode[];
  proc?: ProcessNode;
  /** Config merged over the node's usual one (the loop attempt gives the top a parent this way). */
  override?: Record<string, unknown>;
}

export interface TreeOptions {
  dir: string;
  catalogPath: string;
  topLanguages: string[];
  midLanguages: string[];
  leaves: Array<{ name: string; languages: string[] }>;
  /** syncIdleTimeoutMs for every child; undefined leaves the key out (a node that does not know it refuses it). */
  idleTimeoutMs?: number;
  /** syncRunTimeoutMs given to the children (a trickled link must not keep a run past the campaign's bound). */
  runTimeoutMs?: number;
}

export interface ApiAnswer {
  status: number;
  body: any;
}

const STOP_GRACE_MS = 15_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  await new Promise((ok) => server.close(ok));
  return port;
}

export class Tree {
  readonly nodes: TreeNode[] = [];
  private readonly tokens = new Map<string, string>();
  /** The staged bulletins' files and catalog of the small source that policies are made from. */
  private files?: TestServer;
  /** What the policy source holds (the top's counts are the generated catalog's plus these). */
  policySourceCounts = { bulletins: 0, updates: 0 };
  /** Output of each node's earlier processes (stopped or killed), for a failure report. */
  readonly pastLogs = new Map<string, string>();

  private constructor(readonly options: TreeOptions) {}

  get top(): TreeNode { return this.nodes[0]; }
  get mid(): TreeNode { return this.nodes[1]; }
  get leaves(): TreeNode[] { return this.nodes.slice(2); }
  /** Every node that has a parent, top-down (the order clean runs go in). */
  get children(): TreeNode[] { return this.nodes.slice(1); }
  get links(): FaultProxy[] { return this.children.map((n) => n.link!); }
  byName(name: string): TreeNode {
    const node = this.nodes.find((n) => n.name === name);
    if (!node) throw new Error(`no node ${name}`);
    return node;
  }

  /**
   * Builds and starts the tree: the top imports the generated catalog and a
   * small source of its own whose bulletins it stages (from a local file
   * server) so that it can make policies; the policies rule then has records
   * in several languages to carry.
   */
  static async build(options: TreeOptions, rng: Rng): Promise<Tree> {
    const tree = new Tree(options);
    try {
      await tree.grow(rng);
    } catch (err) {
      await tree.close(); // no process or proxy outlives a build that failed half-way
      throw err;
    }
    return tree;
  }

  private async grow(rng: Rng): Promise<void> {
    const options = this.options;
    const policySource = await this.startPolicySource(rng);
    const mk = async (name: string, languages: string[]): Promise<TreeNode> => ({ name, languages, dir: join(options.dir, name), port: await freePort(), children: [] });
    const top = await mk('top', options.topLanguages);
    const mid = await mk('mid', options.midLanguages);
    this.nodes.push(top, mid);
    for (const leaf of options.leaves) this.nodes.push(await mk(leaf.name, leaf.languages));

    await this.start(top, {
      sources: [
        { name: 'gen', type: 'native', urls: [pathToFileURL(options.catalogPath).href] },
        { name: 'policy-source', type: 'native', urls: [policySource] },
      ],
    });
    await quietSchedules(top.proc!);
    for (const source of ['gen', 'policy-source']) await this.ok(top, 'POST', `/sources/${source}/import`, { force: true }, 120_000);
    await this.makePolicies(top);

    await this.attach(mid, top, 'region-1');
    await quietSchedules(mid.proc!);
    for (const [i, leaf] of this.leaves.entries()) await this.attach(leaf, mid, `site-${String.fromCharCode(97 + i)}`);
  }

  /** Registers `child` at `parent` under `childId`, puts a proxy between them and starts the child. */
  private async attach(child: TreeNode, parent: TreeNode, childId: string): Promise<void> {
    const registered = await this.ok(parent, 'POST', '/children', { id: childId });
    child.parent = parent;
    child.childId = childId;
    child.credential = registered.credential;
    child.publisherKeys = registered.publisherKeys;
    child.link = await startFaultProxy({ host: '127.0.0.1', port: parent.port });
    parent.children.push(child);
    await this.start(child);
  }

  /** The node's config as the campaign runs it (never a nodeId: ids are generated). */
  configOf(node: TreeNode, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const config: Record<string, unknown> = { port: node.port, sample: false, languages: node.languages, logLevel: 'info', ...extra };
    if (node.parent) {
      config.parent = { url: node.link!.url, childId: node.childId, credential: node.credential, publisherKeys: node.publisherKeys };
      config.pollSeconds = 3600; // runs are driven by the campaign; no report lands in the middle of a fault
      if (this.options.idleTimeoutMs !== undefined) config.syncIdleTimeoutMs = this.options.idleTimeoutMs;
      if (this.options.runTimeoutMs !== undefined) config.syncRunTimeoutMs = this.options.runTimeoutMs;
    }
    return { ...config, ...node.override };
  }

  private readonly startExtras = new Map<string, Record<string, unknown>>();

  /** Starts the node's process on its data directory and port (the config it started with before, plus `extra` the first time). */
  async start(node: TreeNode, extra?: Record<string, unknown>): Promise<void> {
    if (extra) this.startExtras.set(node.name, extra);
    node.proc = await spawnNode(node.dir, this.configOf(node, this.startExtras.get(node.name)));
    this.tokens.set(node.name, readFileSync(join(node.dir, 'admin-token'), 'utf8').trim());
  }

  alive(node: TreeNode): boolean {
    const p = node.proc?.process;
    return !!p && p.exitCode === null && p.signalCode === null;
  }

  /** Stops the node: SIGKILL at once, or SIGTERM (a clean stop) with SIGKILL if it does not exit in time. */
  async stop(node: TreeNode, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    const proc = node.proc;
    if (!proc) return;
    if (this.alive(node)) {
      if (signal === 'SIGKILL') {
        await proc.kill('SIGKILL');
      } else {
        const timer = setTimeout(() => proc.process.kill('SIGKILL'), STOP_GRACE_MS);
        try {
          await proc.kill('SIGTERM');
        } finally {
          clearTimeout(timer);
        }
      }
    }
    // Keep the last of its output (bounded) for a failure report.
    const logs = `${this.pastLogs.get(node.name) ?? ''}${proc.logs()}\n--- ${signal} ${new Date().toISOString()} ---\n`;
    this.pastLogs.set(node.name, logs.slice(-4_000_000));
    node.proc = undefined;
  }

  /** Every node's output since the campaign began (earlier processes first). */
  logsOf(node: TreeNode): string {
    return `${this.pastLogs.get(node.name) ?? ''}${node.proc?.logs() ?? ''}`;
  }

  async restart(node: TreeNode, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    await this.stop(node, signal);
    await this.start(node);
  }

  /** An admin API call with a deadline (a hung node must fail the campaign, not hang it). */
  async api(node: TreeNode, method: string, path: string, body?: unknown, timeoutMs = 60_000): Promise<ApiAnswer> {
    if (!node.proc) throw new Error(`${node.name} is not running`);
    const res = await fetch(`${node.proc.url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${this.tokens.get(node.name)}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (a proxy or crash page): keep the text for the message
    }
    return { status: res.status, body: parsed };
  }

  /** An admin API call that must answer 2xx; answers the body. */
  async ok(node: TreeNode, method: string, path: string, body?: unknown, timeoutMs?: number): Promise<any> {
    const res = await this.api(node, method, path, body, timeoutMs);
    if (res.status < 200 || res.status >= 300) throw new Error(`${node.name}: ${method} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Makes a child report to its parent now (languages unchanged): it takes back the parent's current rules. */
  async hello(node: TreeNode): Promise<void> {
    await this.ok(node, 'PUT', '/languages', { languages: node.languages });
  }

  async close(): Promise<void> {
    for (const node of this.nodes) await this.stop(node, 'SIGKILL').catch(() => undefined);
    for (const node of this.nodes) await node.link?.close();
    await this.files?.close();
  }

  /**
   * A native source of a few bulletins whose files a local server holds, so
   * the top can stage them and make policies (a policy needs fully staged
   * bulletins). Answers the catalog URL.
   */
  private async startPolicySource(rng: Rng): Promise<string> {
    const files = new Map<string, Buffer>();
    const lines: string[] = [];
    const languages = ['neutral', ...this.options.topLanguages];
    this.files = await startFileServer(this.options.dir, [
      (req, res) => {
        if (req.url === '/policy-source.ndjson') {
          res.writeHead(200).end(lines.join('\n'));
          return true;
        }
        const name = /^\/files\/(.+)$/.exec(req.url ?? '')?.[1];
        if (!name || !files.has(name)) return false;
        res.writeHead(200).end(files.get(name));
        return true;
      },
    ]);
    for (let b = 1; b <= 4; b++) {
      const updates = rng.sample(languages, rng.int(3, languages.length)).map((language, i) => {
        const id = `FAB${b}-${i}-${language}.msi`;
        const bytes = Buffer.alloc(2048 + rng.int(0, 2048));
        for (let k = 0; k < bytes.length; k++) bytes[k] = rng.int(0, 255);
        files.set(id, bytes);
        return { id, language, url: `${this.files!.url}/files/${id}`, fileName: id, size: bytes.length, hashAlgorithm: 'sha256', hash: createHash('sha256').update(bytes).digest('hex'), product: 'Fabrikam Suite', kb: `KB77${b}` };
      });
      lines.push(JSON.stringify({ id: `FABRIKAM-${b}`, vendor: 'Fabrikam', title: `Fabrikam Suite ${b}`, updates }));
      this.policySourceCounts.bulletins++;
      this.policySourceCounts.updates += updates.length;
    }
    return `${this.files.url}/policy-source.ndjson`;
  }

  /** Stages the policy source's bulletins on the top and makes a few policies of them. */
  private async makePolicies(top: TreeNode): Promise<void> {
    for (let b = 1; b <= 4; b++) {
      let job = await this.ok(top, 'POST', `/bulletins/FABRIKAM-${b}/stage`);
      for (let i = 0; job.status === 'running' && i < 600; i++) {
        await new Promise((ok) => setTimeout(ok, 50));
        job = await this.ok(top, 'GET', `/jobs/${job.id}`);
      }
      if (!job.result?.staged) throw new Error(`staging FABRIKAM-${b} failed: ${JSON.stringify(job)}`);
    }
    await this.ok(top, 'POST', '/policies', { name: 'Fabrikam all', bulletinIds: ['FABRIKAM-1', 'FABRIKAM-2', 'FABRIKAM-3'], target: 'All Computers' });
    await this.ok(top, 'POST', '/policies', { name: 'Fabrikam 4', bulletinIds: ['FABRIKAM-4'], target: 'All Workstations' });
    await this.ok(top, 'POST', '/policies', { name: 'Fabrikam 2 servers', bulletinIds: ['FABRIKAM-2'], target: 'All Servers' });
  }
}
