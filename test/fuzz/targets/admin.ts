import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { adminCall, fuzzNode, registerChild, setupParent, showBody, type FixtureServer, type FuzzNode } from '../engine/fixtures.js';
import { sendRaw, type RawRequest } from '../engine/http.js';
import { mutateJson } from '../engine/json.js';
import { NASTY_STRINGS, nastyString } from '../engine/nasty.js';
import { accepted, failure, judgeAnswer, STABLE_CODE, type Verdict } from '../engine/oracle.js';
import type { Rng } from '../engine/rng.js';
import { storeState, type FuzzInput, type FuzzTarget, type StoreState } from '../engine/runner.js';
import { havoc } from '../engine/bytes.js';

/**
 * Every admin route under /api/v1, as the route files declare them (a route
 * added without a spec here fails the suite), on a parent with a catalog, a
 * staged bulletin, a policy and custom severity levels, and on a child of it
 * for the routes only a child serves (pull, pin, revoke). Inputs: valid
 * requests, their JSON bodies mutated (wrong types, huge strings, unknown
 * and prototype keys, deep nesting, broken text), path parameters with
 * `../`, unicode, percent-encoding (broken too), query parameters mangled or
 * repeated, other media types, other methods and stray paths, and a few
 * without the token.
 *
 * Valid uses that would make later checks meaningless are never sent:
 * removing (or replacing) the source `contoso` whose records, staged
 * bulletin and policy the other inputs use; deleting the fixture policy;
 * removing the child the pulls run on; revoking, on that child, the
 * parent's key it pins. Valid changes of settings that later inputs rely on
 * are put back after they are accepted (languages, exclusions, severity
 * levels, replication schedules, the `fz-src` source).
 */

/** encodeURIComponent, with lone surrogates sent as U+FFFD (it throws on them). */
const enc = (text: string) => encodeURIComponent(Buffer.from(text, 'utf8').toString('utf8'));

/**
 * The admin routes as the node itself declares them: its OpenAPI document (made from the route table that
 * registers them, node/route-table.ts), in the router's notation (`PUT /sources/:name`).
 */
export async function declaredAdminRoutes(node: FuzzNode): Promise<string[]> {
  const res = await adminCall(node, 'GET', '/openapi.json');
  if (res.status !== 200) throw new Error(`GET /openapi.json: ${res.status}`);
  const paths = res.body.paths as Record<string, Record<string, unknown>>;
  return Object.entries(paths)
    .filter(([path]) => path.startsWith('/api/v1/'))
    .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.slice('/api/v1'.length).replace(/\{([^}]+)\}/g, ':$1')}`))
    .sort();
}

type On = 'parent' | 'child';

interface World {
  parent: FuzzNode;
  child: FuzzNode;
  bulletins: string[];
  updateKeys: string[];
  policyId: string;
  createdPolicies: string[];
  jobIds: string[];
  parentKey: { keyid: string } & Record<string, unknown>;
  srcBody: Record<string, unknown>;
  sourceBodies: Array<Record<string, unknown>>;
}

interface RouteSpec {
  on: On[];
  /** Valid values of each path parameter. */
  params?: Record<string, (w: World) => string[]>;
  query?: Record<string, string[]>;
  /** Valid bodies (the mutations start from these). */
  bodies?: (w: World, index: number) => unknown[];
  /** A valid use that must not be sent (see the module comment). */
  protect?: (params: Record<string, string>, on: On, w: World) => boolean;
}

const SPECS: Record<string, RouteSpec> = {
  'GET /health': { on: ['parent'] },
  'GET /openapi.json': { on: ['parent', 'child'] },
  'GET /status': { on: ['parent', 'child'] },
  'GET /digest': { on: ['parent', 'child'], query: { languages: ['en-US,de-DE', 'en-US', 'neutral'], origin: ['local', 'replicated'], rule: ['catalog', 'policies'] } },
  'GET /records': { on: ['parent', 'child'], query: { prefix: ['b/', 'u/CONTOSO-1/', 'p/', ''], after: ['b/CONTOSO-1', 'u/'], limit: ['1', '10', '10000'] } },
  'GET /languages': { on: ['parent'] },
  'PUT /languages': { on: ['parent', 'child'], bodies: () => [{ languages: ['en-US', 'de-DE'] }, { languages: ['en-US', 'de-DE', 'fr-FR'] }] },
  'GET /exclusions': { on: ['parent'] },
  'PUT /exclusions': { on: ['parent'], bodies: () => [{ exclusions: ['Contoso Legacy*'] }, { exclusions: [] }] },
  'GET /severity-levels': { on: ['parent'] },
  'PUT /severity-levels': { on: ['parent'], bodies: () => [{ levels: ['Urgent', 'High', 'Low'] }, { levels: ['Urgent', 'High', 'Medium', 'Low'] }] },
  'GET /jobs': { on: ['parent'] },
  'GET /jobs/:id': { on: ['parent'], params: { id: (w) => w.jobIds } },
  'GET /sources': { on: ['parent'] },
  'GET /sources/:name': { on: ['parent'], params: { name: () => ['contoso', 'fz-src'] } },
  'PUT /sources/:name': { on: ['parent'], params: { name: () => ['fz-src', 'fz-other'] }, bodies: (w) => [w.srcBody, ...w.sourceBodies], protect: (p) => p.name === 'contoso' },
  'DELETE /sources/:name': { on: ['parent'], params: { name: () => ['fz-src', 'fz-none'] }, protect: (p) => p.name === 'contoso' },
  'POST /sources/:name/import': { on: ['parent'], params: { name: () => ['contoso', 'fz-src'] }, bodies: () => [{ force: true }, {}, { force: false }] },
  'GET /imports': { on: ['parent'] },
  'GET /bulletins': { on: ['parent', 'child'], query: { offset: ['0', '2'], limit: ['1', '100'], search: ['Contoso', 'KB901'], staged: ['true', 'false'] } },
  'GET /bulletins/:id': { on: ['parent', 'child'], params: { id: (w) => w.bulletins } },
  'PUT /bulletins/:id/severity': { on: ['parent', 'child'], params: { id: (w) => w.bulletins }, bodies: () => [{ severity: 'High' }, { severity: '' }] },
  'POST /bulletins/:id/stage': { on: ['parent'], params: { id: (w) => w.bulletins.slice(0, 3) } },
  'GET /policies': { on: ['parent', 'child'] },
  'POST /policies': { on: ['parent'], bodies: (w) => [{ name: 'Fuzz rollout', bulletinIds: [w.bulletins[0]], target: 'All Servers', schedule: '0 4 * * 0', overrideMaintenanceWindow: true, enabled: false }] },
  'GET /policies/:id': { on: ['parent', 'child'], params: { id: (w) => [w.policyId, ...w.createdPolicies.slice(-3)] } },
  'PATCH /policies/:id': { on: ['parent', 'child'], params: { id: (w) => [w.policyId, ...w.createdPolicies.slice(-3)] }, bodies: (w) => [{ enabled: false, name: 'Renamed', target: 'Some', schedule: '0 5 * * 1', updates: { [w.updateKeys[0]]: { enabled: false, commandLine: '/quiet' } } }, { enabled: true }] },
  'DELETE /policies/:id': { on: ['parent', 'child'], params: { id: (w) => w.createdPolicies.slice(-3) }, protect: (p, _on, w) => p.id === w.policyId },
  'GET /children': { on: ['parent'] },
  'POST /children': { on: ['parent'], bodies: (_w, i) => [{ id: `fz-c-${i}`, name: 'Fuzz site' }, { id: `fz-d-${i}` }] },
  'GET /children/:id': { on: ['parent'], params: { id: () => ['fz-node-c'] } },
  'DELETE /children/:id': { on: ['parent'], params: { id: () => ['fz-none'] }, protect: (p) => p.id === 'fz-node-c' },
  // Exports for the registered children (a bundle moves only that child's bundle cursor); imports on nodes fed over the network (REPL_NO_PARENT) and malformed bodies.
  'POST /children/:id/bundle': { on: ['parent'], params: { id: () => ['fz-node-c', 'fz-none'] }, bodies: () => [{}, { complete: true }, { complete: true, languages: ['en-US', 'de-DE'] }] },
  'POST /replication/bundle': { on: ['parent', 'child'] },
  'GET /replication/rules': { on: ['parent', 'child'] },
  'PUT /replication/rules/:name': { on: ['parent', 'child'], params: { name: () => ['catalog', 'policies', 'content', 'language-alerting'] }, bodies: (w) => [{ mode: 'complete', schedule: '0 0 1 1 *', verification: { enabled: true, percent: 10 } }, { policyIds: [w.policyId] }] },
  'POST /replication/run': { on: ['parent'], bodies: () => [{ rule: 'catalog', mode: 'complete', child: 'fz-node-c' }, { rule: 'content' }] },
  'GET /alerts': { on: ['parent', 'child'] },
  'POST /replication/pull': { on: ['child', 'parent'], bodies: () => [{ rules: ['catalog'], mode: 'differential', verifyPercent: 10 }, { rules: ['policies', 'content'], mode: 'complete' }, {}] },
  'GET /replication/checkpoints': { on: ['child'] },
  'GET /replication/runs': { on: ['parent', 'child'], query: { child: ['fz-node-c', 'nobody'] } },
  'GET /trust': { on: ['parent', 'child'] },
  'POST /trust/roll-key': { on: ['parent', 'child'] },
  'POST /trust/raise-version': { on: ['parent', 'child'], bodies: () => [{ version: 2 }, { version: 1 }] },
  'POST /trust/revoke': { on: ['child'], bodies: () => [{ keyid: randomBytes(32).toString('hex') }], protect: () => false },
  'POST /trust/pin': { on: ['child'], bodies: (w) => [{ key: w.parentKey }] },
};

const BASE_LANGUAGES: Record<On, string[]> = { parent: ['en-US', 'de-DE'], child: ['en-US'] };
const LEVELS = ['Urgent', 'High', 'Low'];
const QUIET = '0 0 1 1 *';
/** Gateway answers that are a feed's failure, not the node's (see oracle.ts). */
const GATEWAY = new Set(['CATALOG_FETCH', 'CATALOG_FETCH_TIMEOUT', 'CATALOG_TOO_LARGE']);

interface AdminInput extends FuzzInput {
  route: string;
  on: On;
  params: Record<string, string>;
  request: RawRequest;
  valid: boolean;
}

export interface AdminTarget extends FuzzTarget<AdminInput> {
  close(): Promise<void>;
}

/** A path parameter as a hostile admin client sends it: percent-encoded (or not, or badly), with dots, slashes, unicode. */
function nastyParam(rng: Rng, valid: string | undefined): { raw: string; decoded: string } {
  const text = rng.chance(0.3) && valid ? nastyString(rng, valid) : rng.chance(0.5) ? rng.pick(NASTY_STRINGS) : nastyString(rng);
  switch (rng.weighted([[6, 'encoded'], [2, 'raw-ascii'], [1, 'double'], [1, 'broken']] as const)) {
    case 'encoded':
      return { raw: enc(text), decoded: text };
    case 'raw-ascii':
      return { raw: rng.pick(['..', '.', '%2e%2e', '..%2f..%2fetc', '%2F', '%00', 'a%20b', '%ff%fe', 'é', '日本', '%e6%97%a5', 'x;y', 'x?y=1', '~', '*']), decoded: '?' };
    case 'double':
      return { raw: enc(enc(text)), decoded: enc(text) };
    default:
      return { raw: rng.pick(['%', '%Z', '%ZZ', '%e6%97', '%C0%AE', '%u002e', `${enc(text)}%`]), decoded: '?' };
  }
}

export async function adminTarget(dir: string, server: FixtureServer): Promise<AdminTarget> {
  const { node: parent, catalog, policyId } = await setupParent(join(dir, 'admin-parent'), server, { nodeId: 'fuzz-admin' });
  const missing = (await declaredAdminRoutes(parent)).filter((r) => !SPECS[r]);
  if (missing.length) throw new Error(`admin routes without a fuzz spec in test/fuzz/targets/admin.ts: ${missing.join(', ')}`);
  const registered = await registerChild(parent, 'fz-node-c');
  const child = await fuzzNode(join(dir, 'admin-child'), { nodeId: 'fz-node-c', sample: false, languages: BASE_LANGUAGES.child, pollSeconds: 3600, syncIdleTimeoutMs: 3000, parent: { url: parent.url, childId: 'fz-node-c', ...registered } });
  const nodes: Record<On, FuzzNode> = { parent, child };
  const call = async (node: FuzzNode, method: string, path: string, body?: unknown) => {
    const res = await adminCall(node, method, path, body);
    if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  await call(parent, 'PUT', '/severity-levels', { levels: LEVELS });
  const srcBody = { type: 'wsusoffline', urls: ['StaticDownloadLinks-o2k13-enu.txt', 'StaticDownloadLinks-ie9-w61-x64-enu.txt'].map((f) => `${server.url}/wsusoffline/${f}`) };
  await call(parent, 'PUT', '/sources/fz-src', srcBody);
  const pulled = await call(child, 'POST', '/replication/pull', { mode: 'complete' });
  if (pulled.runs.some((r: { status: string }) => r.status !== 'ok')) throw new Error(`the admin target's child could not pull: ${JSON.stringify(pulled.runs)}`);
  const records: Array<{ key: string }> = (await call(parent, 'GET', '/records?prefix=u/')).records;
  const world: World = {
    parent, child, policyId, bulletins: catalog.bulletins, updateKeys: records.map((r) => r.key), createdPolicies: [],
    jobIds: (await call(parent, 'GET', '/jobs')).jobs.map((j: { id: string }) => j.id),
    parentKey: registered.publisherKeys[0] as World['parentKey'],
    srcBody,
    sourceBodies: [
      { type: 'native', urls: [catalog.url], schedule: QUIET },
      { type: 'msrc-cvrf', urls: [`${server.url}/msrc-cvrf/cvrfDocument-2017-May-B.xml`] },
      { type: 'nuget-v2', urls: [`${server.url}/nuget-v2/WindowsAzureStorageFindPackagesById.xml`], enabled: false },
    ],
  };
  const specs = Object.entries(SPECS);

  function request(rng: Rng, index: number): Omit<AdminInput, 'row' | 'show'> {
    const steps: string[] = [];
    const token = (on: On) => nodes[on].token;
    // A stray request: a path no route has, or another method on a route's path.
    if (rng.chance(0.08)) {
      const [route] = rng.pick(specs);
      const path = route.split(' ')[1].replace(/:(\w+)/g, 'x');
      const request: RawRequest = {
        method: rng.pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND', 'FOO']),
        path: rng.pick([`/api/v1${path}`, `/api/v1${path}/`, `/API/V1${path.toUpperCase()}`, `/api/v1/${enc(nastyString(rng))}`, `/api/v2${path}`, `/api/v1${path}/extra/segments`, `/api/v1/../v1${path}`, `/api/v1//${path}`]),
        headers: [['authorization', `Bearer ${token('parent')}`]],
      };
      return { route: 'stray', on: 'parent', params: {}, request, valid: false, label: `stray:${request.method}` };
    }
    const [route, spec] = rng.pick(specs);
    const [method, pattern] = route.split(' ');
    const on = rng.pick(spec.on);
    let valid = true;
    const params: Record<string, string> = {};
    const path = pattern.replace(/:(\w+)/g, (_, name: string) => {
      const values = spec.params?.[name]?.(world) ?? [];
      if (values.length && rng.chance(0.6)) {
        params[name] = rng.pick(values);
        return enc(params[name]);
      }
      const { raw, decoded } = nastyParam(rng, values[0]);
      params[name] = decoded;
      valid = false;
      steps.push(`param:${name}`);
      return raw;
    });
    if (spec.protect?.(params, on, world)) return request(rng, index);
    let query = '';
    if (spec.query || rng.chance(0.1)) {
      const parts: string[] = [];
      for (const [name, values] of Object.entries(spec.query ?? {})) {
        if (rng.chance(0.5)) continue;
        const value = rng.chance(0.6) ? rng.pick(values) : nastyString(rng);
        parts.push(`${name}=${enc(value)}`);
        if (rng.chance(0.1)) parts.push(`${name}=${enc(rng.pick(values))}`); // the same parameter twice
      }
      if (rng.chance(0.2)) parts.push(`${enc(nastyString(rng))}=${enc(nastyString(rng))}`);
      if (rng.chance(0.05)) parts.push(rng.pick(['%', '%ZZ=1', 'a=%ff', '&&&', '=', 'limit[]=1', 'limit[a]=1']));
      if (parts.length) {
        query = `?${parts.join('&')}`;
        steps.push('query');
      }
    }
    const headers: Array<[string, string]> = [['authorization', `Bearer ${token(on)}`]];
    if (rng.chance(0.04)) {
      headers[0][1] = rng.pick(['', `Bearer ${token(on).slice(1)}`, token(on), `Basic ${token(on)}`, `Bearer ${token(on === 'parent' ? 'child' : 'parent')}`]);
      steps.push('token');
      valid = false;
    }
    let body: Buffer | undefined;
    const bodies = spec.bodies?.(world, index) ?? [];
    if (bodies.length || rng.chance(0.1)) {
      const base = bodies.length ? rng.pick(bodies) : {};
      const how = rng.weighted([[bodies.length ? 3 : 0, 'valid'], [12, 'mutated'], [1, 'not-object'], [1, 'media-type'], [1, 'too-large'], [1, 'bytes']] as const);
      steps.push(how);
      if (how !== 'valid') valid = false;
      switch (how) {
        case 'valid':
          body = Buffer.from(JSON.stringify(base));
          break;
        case 'mutated': {
          const m = mutateJson(base, rng);
          body = m.body;
          steps.push(m.label);
          break;
        }
        case 'not-object':
          body = Buffer.from(rng.pick(['[]', '"text"', '1', 'null', 'true', '[{}]', '']));
          break;
        case 'media-type':
          body = Buffer.from(JSON.stringify(base));
          headers.push(['content-type', rng.pick(['text/plain', 'application/x-protobuf', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'application/jsonx', 'multipart/form-data'])]);
          break;
        case 'too-large':
          body = Buffer.from(JSON.stringify({ ...(base as object), pad: 'x'.repeat((1 << 20) + 10) }));
          break;
        default:
          body = havoc(Buffer.from(JSON.stringify(base)), rng).bytes;
      }
      if (!headers.some(([h]) => h === 'content-type')) headers.push(['content-type', 'application/json']);
    }
    return { route, on, params, request: { method, path: `/api/v1${path}${query}`, headers, body }, valid, label: `${route}@${on}${steps.length ? `:${steps.join('+')}` : ''}` };
  }

  /** Puts back what an accepted input changed that later inputs rely on. */
  async function restore(input: AdminInput): Promise<void> {
    const node = nodes[input.on];
    switch (input.route) {
      case 'PUT /languages':
        await call(node, 'PUT', '/languages', { languages: BASE_LANGUAGES[input.on] });
        // A child reports its languages at once; the answer may ask for runs (run-now counters raised by earlier inputs): let them end.
        if (input.on === 'child') await settle(child);
        if (input.on === 'parent') {
          // Files of languages no longer managed left the content store: stage the fixture bulletin again.
          let job = await call(parent, 'POST', `/bulletins/${world.bulletins[0]}/stage`);
          for (let i = 0; i < 200 && job.status === 'running'; i++) job = await new Promise((ok) => setTimeout(ok, 50)).then(() => call(parent, 'GET', `/jobs/${job.id}`));
        }
        break;
      case 'PUT /exclusions':
        await call(parent, 'PUT', '/exclusions', { exclusions: [] });
        break;
      case 'PUT /severity-levels':
        await call(parent, 'PUT', '/severity-levels', { levels: LEVELS });
        break;
      case 'PUT /sources/:name':
        if (input.params.name === 'fz-src') await call(parent, 'PUT', '/sources/fz-src', srcBody);
        else await sendRaw(parent.url, { method: 'DELETE', path: input.request.path.replace(/\?.*$/, ''), headers: [['authorization', `Bearer ${parent.token}`]] });
        break;
      case 'DELETE /sources/:name':
        if (input.params.name === 'fz-src') await call(parent, 'PUT', '/sources/fz-src', srcBody);
        break;
      case 'PUT /replication/rules/:name':
        for (const rule of ['language-alerting', 'catalog', 'policies', 'content']) await call(node, 'PUT', `/replication/rules/${rule}`, { schedule: QUIET });
        break;
    }
  }

  return {
    name: 'admin',
    watched: () => [parent, child],
    deadlineMs: 20_000,
    async state(): Promise<StoreState> {
      const [a, c] = await Promise.all([storeState(parent), storeState(child)]);
      return { digest: `${a.digest}|${c.digest}`, count: a.count + c.count, lastSeq: a.lastSeq * 1_000_000 + c.lastSeq };
    },
    generate(rng, index) {
      const input = request(rng, index);
      const { request: req } = input;
      return { ...input, row: 'admin', show: () => `${input.on}: ${req.method} ${req.path} headers ${JSON.stringify(req.headers.map(([h, v]) => [h, h === 'authorization' ? v.replace(/[A-Za-z0-9_-]{20,}/g, '<token>') : v]))} body ${showBody(req.body)}` };
    },
    async run(input) {
      const res = await sendRaw(nodes[input.on].url, input.request, 15_000);
      const verdict = judgeAnswer(res, { method: input.request.method, gatewayCodes: GATEWAY });
      if (verdict.kind === 'accepted' && input.route === 'POST /policies' && res.status === 201) {
        try { world.createdPolicies.push(JSON.parse(res.body.toString('utf8')).id); } catch { /* judged below */ }
      }
      if (verdict.kind === 'accepted' && input.route === 'POST /replication/pull') return judgeRuns(res.body, verdict);
      if (verdict.kind === 'accepted' && input.request.method !== 'HEAD' && res.status !== 204 && res.body.length) {
        try { JSON.parse(res.body.toString('utf8')); } catch { if (!/^\/api\/v1\/?$/.test(input.request.path)) return failure(`an accepted answer (${res.status}) that is not JSON`); }
      }
      return verdict;
    },
    afterAccepted: restore,
    async close() {
      await child.kill('SIGKILL');
      await parent.kill('SIGKILL');
    },
  };
}

/** Waits until the reports a child sent have been answered and the runs they started have ended. */
export async function settle(node: FuzzNode): Promise<void> {
  await new Promise((ok) => setTimeout(ok, 300));
  for (let i = 0; i < 100; i++) {
    const runs: Array<{ status: string }> = (await adminCall(node, 'GET', '/replication/runs')).body.runs;
    if (!runs.some((r) => r.status === 'running')) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** A pull's answer: every run either ok or failed with a stable code (never INTERNAL). */
export function judgeRuns(body: Buffer, verdict: Verdict): Verdict {
  let runs: Array<{ status: string; error?: { code?: string } }>;
  try {
    runs = JSON.parse(body.toString('utf8')).runs;
  } catch {
    return failure('a pull answered something that is not JSON');
  }
  for (const run of runs) {
    if (run.status === 'ok') continue;
    const code = run.error?.code ?? '';
    if (!STABLE_CODE.test(code) || code === 'INTERNAL') return failure(`a pull's run ended ${run.status} with code ${JSON.stringify(code)}`);
  }
  return verdict.kind === 'accepted' ? accepted(verdict.status, runs.map((r) => r.status).join(',')) : verdict;
}
