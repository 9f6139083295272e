import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PatchtreeError } from '../protocol/index.js';
import {
  DEFAULT_CATALOG_MAX_BYTES, DEFAULT_DOWNLOAD_MAX_BYTES, DEFAULT_EXPIRY_DAYS, DEFAULT_IMPORT_DEADLINE_MS, normaliseLanguages, parsePublicKey, parseRange, validateSource, type PublicKeyInfo, type SourceConfig,
} from '../catalog/index.js';
import { DEFAULT_HEALTH_SETTINGS, DEFAULT_IDLE_TIMEOUT_MS, DEFAULT_PARENT_LIMITS, DEFAULT_RUN_TIMEOUT_MS, MIN_RUN_REPORT_BYTES } from '../replication/index.js';

/**
 * The bundled sample catalog written by the project (see catalog/sample/),
 * in the source tree also when this module runs compiled from
 * `.build/<fingerprint>/` (node/build.mjs): the URL is stored as the
 * sample source's, so it must not change with each build.
 */
export const SAMPLE_CATALOG_URL = pathToFileURL(
  fileURLToPath(new URL('../catalog/sample/sample-catalog.ndjson.gz', import.meta.url)).replace(/[\\/]\.build[\\/][0-9a-f]{16}(?=[\\/])/, ''),
).href;
export const DEFAULT_PORT = 8470;

export interface NodeConfig {
  /** Stable id of this node in the hierarchy; defaults to one generated and kept in the data directory. */
  nodeId?: string;
  dataDir: string;
  host: string;
  port: number;
  /** Overrides the generated admin token. */
  adminToken?: string;
  languages: string[];
  exclusions: string[];
  /** Sources created (or replaced) at start. */
  sources: SourceConfig[];
  /** Import the bundled sample catalog as source "sample" at start (default: only a node with no parent). */
  sample: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  tls?: { cert: string; key: string };
  stagingConcurrency: number;
  fetchTimeoutMs: number;
  fetchRetries: number;
  bodyLimitBytes: number;
  /** Vendor mirrors: documents under `from` are fetched from `to` instead. */
  mirrors: Array<{ from: string; to: string }>;
  /**
   * The outbound fetch allow policy (catalogs, redirects, NuGet pages, update
   * packages): besides public http(s) addresses, these host names (whatever
   * they resolve to) and these CIDR ranges of addresses may be fetched.
   */
  fetch: { allowHosts: string[]; allowRanges: string[] };
  /** Largest catalog document, after any gzip is undone. */
  catalogMaxBytes: number;
  /** Largest update file staged when its catalog declares no size (a declared size always bounds it). */
  downloadMaxBytes: number;
  /** All the documents of one import are fetched within this. */
  importTimeoutMs: number;
  /**
   * This node's parent, when it is a child: the parent's URL and the
   * credential its admin issued, and the publisher keys that registration
   * answered (what this node checks every record against). With no keys,
   * nothing is taken from the parent unless trustOnFirstUse is set.
   * contentUrl: where package files are downloaded from instead of `url`
   * (a site's HTTP cache or a CDN in front of the parent's /content/).
   */
  parent?: { url?: string; childId: string; credential: string; contentUrl?: string; ca?: string; publisherKeys: PublicKeyInfo[]; trustOnFirstUse: boolean };
  /** This node as a publisher: its signed targets expire this many days after signing (it signs anew daily). */
  signatureExpiryDays: number;
  /** Largest sync request body (verify and fetch key lists). */
  syncBodyLimitBytes: number;
  /** Per child: largest run report body; its texts are kept in this node's history. */
  syncRunReportLimitBytes: number;
  /** Per child: most policy ids one session, verify or fetch request may name. */
  syncPolicyIdsLimit: number;
  /** Per child: most descendants one language report may name. */
  syncDescendantsLimit: number;
  /** Per child: most sessions open at once (each holds a snapshot of the store). */
  syncSessionsPerChildLimit: number;
  /** A child reports to its parent (languages; rule changes and run-now requests come back) this often. */
  pollSeconds: number;
  /** Deletions are kept this long for differential runs; a child whose checkpoint is older gets a complete run. */
  tombstoneRetentionDays: number;
  /** No byte on a sync call for this long ends it: the child's run fails with REPL_INTERRUPTED; a parent drops a child that stopped reading. */
  syncIdleTimeoutMs: number;
  /** A child's run that has not ended by then is broken off (REPL_INTERRUPTED); the next resumes after its last applied batch. */
  syncRunTimeoutMs: number;
  /** A child not heard from for longer than this is offline in its health. */
  childOfflineSeconds: number;
  /** A child with a rule that has not succeeded for longer than this raises CHILD_STALE. */
  childStaleSeconds: number;
}

const DEFAULTS: NodeConfig = {
  dataDir: '.patchtree-data',
  host: '127.0.0.1',
  port: DEFAULT_PORT,
  languages: ['en-US'],
  exclusions: [],
  sources: [],
  sample: true,
  logLevel: 'info',
  stagingConcurrency: 3,
  fetchTimeoutMs: 30_000,
  fetchRetries: 3,
  bodyLimitBytes: 1024 * 1024,
  mirrors: [],
  fetch: { allowHosts: [], allowRanges: [] },
  catalogMaxBytes: DEFAULT_CATALOG_MAX_BYTES,
  downloadMaxBytes: DEFAULT_DOWNLOAD_MAX_BYTES,
  importTimeoutMs: DEFAULT_IMPORT_DEADLINE_MS,
  syncBodyLimitBytes: DEFAULT_PARENT_LIMITS.bodyBytes,
  syncRunReportLimitBytes: DEFAULT_PARENT_LIMITS.runReportBytes,
  syncPolicyIdsLimit: DEFAULT_PARENT_LIMITS.policyIds,
  syncDescendantsLimit: DEFAULT_PARENT_LIMITS.descendants,
  syncSessionsPerChildLimit: DEFAULT_PARENT_LIMITS.sessionsPerChild,
  pollSeconds: 30,
  tombstoneRetentionDays: 30,
  signatureExpiryDays: DEFAULT_EXPIRY_DAYS,
  syncIdleTimeoutMs: DEFAULT_IDLE_TIMEOUT_MS,
  syncRunTimeoutMs: DEFAULT_RUN_TIMEOUT_MS,
  childOfflineSeconds: DEFAULT_HEALTH_SETTINGS.offlineAfterMs / 1000,
  childStaleSeconds: DEFAULT_HEALTH_SETTINGS.staleAfterMs / 1000,
};

/** Environment variables read, and the config key each sets. */
const ENV: Record<string, keyof NodeConfig> = {
  PATCHTREE_NODE_ID: 'nodeId',
  PATCHTREE_DATA: 'dataDir',
  PATCHTREE_HOST: 'host',
  PATCHTREE_PORT: 'port',
  PATCHTREE_ADMIN_TOKEN: 'adminToken',
  PATCHTREE_LANGUAGES: 'languages',
  PATCHTREE_SAMPLE: 'sample',
  PATCHTREE_LOG_LEVEL: 'logLevel',
  PATCHTREE_POLL_SECONDS: 'pollSeconds',
};

const bad = (key: string, message: string) => new PatchtreeError('CONFIG_INVALID', `config key "${key}": ${message}`, { details: { key } });

/**
 * Reads the config once, in order of precedence: flags, environment, JSON
 * file, defaults; validates every key and returns a frozen object. Any
 * unknown or malformed key is an error naming it, so the node never starts
 * half-configured.
 */
export function loadConfig(options: { file?: string; flags?: Partial<Record<keyof NodeConfig, unknown>>; env?: NodeJS.ProcessEnv } = {}): Readonly<NodeConfig> {
  const raw: Record<string, unknown> = {};
  if (options.file) {
    let text: string;
    try {
      text = readFileSync(options.file, 'utf8');
    } catch (cause) {
      throw new PatchtreeError('CONFIG_INVALID', `cannot read config file ${options.file}: ${(cause as Error).message}`, { cause });
    }
    try {
      Object.assign(raw, JSON.parse(text));
    } catch (cause) {
      throw new PatchtreeError('CONFIG_INVALID', `config file ${options.file} is not valid JSON: ${(cause as Error).message}`, { cause });
    }
  }
  const env = options.env ?? process.env;
  for (const [name, key] of Object.entries(ENV)) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    raw[key] = key === 'languages' ? value.split(',') : key === 'sample' ? value : value;
  }
  for (const [key, value] of Object.entries(options.flags ?? {})) if (value !== undefined) raw[key] = value;
  return Object.freeze(validate(raw, env[CREDENTIAL_ENV] || undefined));
}

/** The child credential may come from the environment (a secret store's injection) rather than the config file. */
export const CREDENTIAL_ENV = 'PATCHTREE_PARENT_CREDENTIAL';

/**
 * The child credential from exactly one of its three sources: `parent.credential`
 * (the config JSON), `parent.credentialFile` (read once, here, at start; its
 * content trimmed) or PATCHTREE_PARENT_CREDENTIAL. Two of them is refused rather
 * than ranked: a credential silently shadowed by another is the one an operator
 * rotates in vain.
 */
function parentCredential(p: Record<string, unknown>, fromEnv: string | undefined): string {
  const given = [p.credential !== undefined && 'parent.credential', p.credentialFile !== undefined && 'parent.credentialFile', fromEnv !== undefined && CREDENTIAL_ENV].filter(Boolean);
  if (given.length !== 1) throw bad('parent', given.length ? `give the credential once: ${given.join(' and ')} are both set` : `needs the credential the parent issued: "credential", "credentialFile" (a file holding it) or ${CREDENTIAL_ENV}`);
  if (fromEnv !== undefined) {
    if (!fromEnv.trim()) throw bad('parent', `${CREDENTIAL_ENV} is blank`);
    return fromEnv.trim();
  }
  if (p.credentialFile !== undefined) {
    if (typeof p.credentialFile !== 'string' || !p.credentialFile) throw bad('parent', '"credentialFile" must be the path of a file holding the credential');
    let text: string;
    try {
      text = readFileSync(resolve(p.credentialFile), 'utf8').trim();
    } catch (cause) {
      throw bad('parent', `cannot read "credentialFile" ${p.credentialFile}: ${(cause as Error).message}`);
    }
    if (!text) throw bad('parent', `"credentialFile" ${p.credentialFile} is empty`);
    return text;
  }
  if (typeof p.credential !== 'string' || !p.credential) throw bad('parent', '"credential" must be the credential the parent issued');
  return p.credential;
}

function validate(raw: Record<string, unknown>, credentialFromEnv?: string): NodeConfig {
  // A child gets its catalog from its parent: the sample would be local records fighting the replicated ones.
  const config: NodeConfig = { ...DEFAULTS, sample: raw.parent === undefined };
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case 'nodeId':
        if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(value)) throw bad(key, 'must be 1-64 letters, digits, ".", "_" or "-"');
        config.nodeId = value;
        break;
      case 'dataDir':
      case 'host':
        if (typeof value !== 'string' || value === '') throw bad(key, 'must be a non-empty string');
        config[key] = value;
        break;
      case 'adminToken':
        if (typeof value !== 'string' || value.length < 16) throw bad(key, 'must be a string of at least 16 characters');
        config.adminToken = value;
        break;
      case 'parent': {
        const p = value as Record<string, unknown>;
        // No url: a disconnected site, fed by bundles (import-bundle); its credential has no use then and may be left out.
        if (typeof p !== 'object' || p === null || (p.url !== undefined && (typeof p.url !== 'string' || !/^https?:\/\//.test(p.url))) || typeof p.childId !== 'string') {
          throw bad(key, `must be { "url": "http(s)://parent:port", "childId": ID, "credential": CREDENTIAL } (or "credentialFile": FILE, or ${CREDENTIAL_ENV} for the credential)`);
        }
        const credential = p.url === undefined && p.credential === undefined && p.credentialFile === undefined && credentialFromEnv === undefined ? '' : parentCredential(p, credentialFromEnv);
        // Sent in the x-patchtree-child header: an id the parent could never have registered would not even make a header.
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(p.childId)) throw bad(key, '"childId" must be the id the parent registered: 1-64 letters, digits, ".", "_" or "-"');
        if (p.contentUrl !== undefined && (typeof p.contentUrl !== 'string' || !/^https?:\/\//.test(p.contentUrl))) throw bad(key, '"contentUrl" must be the http(s) URL of a cache in front of the parent (its /content/ is proxied to the parent\'s)');
        if (p.ca !== undefined && typeof p.ca !== 'string') throw bad(key, '"ca" must be the path of a PEM file');
        if (p.publisherKeys !== undefined && !Array.isArray(p.publisherKeys)) throw bad(key, '"publisherKeys" must be the list the parent\'s registration answered');
        if (p.trustOnFirstUse !== undefined && typeof p.trustOnFirstUse !== 'boolean') throw bad(key, '"trustOnFirstUse" must be true or false');
        const unknown = Object.keys(p).find((k) => !['url', 'childId', 'credential', 'credentialFile', 'contentUrl', 'ca', 'publisherKeys', 'trustOnFirstUse'].includes(k));
        if (unknown) throw bad(key, `unknown key "${unknown.slice(0, 40)}"`);
        let publisherKeys: PublicKeyInfo[];
        try {
          publisherKeys = ((p.publisherKeys as unknown[] | undefined) ?? []).map((k, i) => parsePublicKey(k, `publisherKeys[${i}]`));
        } catch (err) {
          throw bad(key, (err as Error).message);
        }
        config.parent = { ...(p.url === undefined ? {} : { url: p.url as string }), childId: p.childId, credential, ...(p.contentUrl ? { contentUrl: p.contentUrl as string } : {}), ...(p.ca ? { ca: resolve(p.ca as string) } : {}), publisherKeys, trustOnFirstUse: p.trustOnFirstUse === true };
        break;
      }
      case 'signatureExpiryDays': {
        // Below a day only to watch a freeze happen (SIG_EXPIRED); a site should ride out a weekend without its top node.
        if (typeof value !== 'number' || !(value >= 0.0001 && value <= 366)) throw bad(key, 'must be a number of days from 0.0001 to 366');
        config.signatureExpiryDays = value;
        break;
      }
      case 'tombstoneRetentionDays': {
        if (typeof value !== 'number' || !(value >= 0)) throw bad(key, 'must be a number of days >= 0');
        config.tombstoneRetentionDays = value;
        break;
      }
      case 'pollSeconds': {
        const n = typeof value === 'string' ? Number(value) : value;
        if (typeof n !== 'number' || !(n >= 0.1 && n <= 86_400)) throw bad(key, 'must be a number of seconds from 0.1 to 86400');
        config.pollSeconds = n;
        break;
      }
      case 'childOfflineSeconds':
      case 'childStaleSeconds': {
        // Down to a second only for tests; a year is longer than any schedule.
        if (typeof value !== 'number' || !(value >= 1 && value <= 366 * 86_400)) throw bad(key, 'must be a number of seconds from 1 to 31622400');
        config[key] = value;
        break;
      }
      case 'port':
      case 'syncIdleTimeoutMs':
      case 'syncRunTimeoutMs':
      case 'syncBodyLimitBytes':
      case 'syncRunReportLimitBytes':
      case 'syncPolicyIdsLimit':
      case 'syncDescendantsLimit':
      case 'syncSessionsPerChildLimit':
      case 'stagingConcurrency':
      case 'fetchTimeoutMs':
      case 'fetchRetries':
      case 'catalogMaxBytes':
      case 'downloadMaxBytes':
      case 'importTimeoutMs':
      case 'bodyLimitBytes': {
        const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
        const min = key === 'port' || key === 'fetchRetries' ? 0 : key === 'syncRunReportLimitBytes' ? MIN_RUN_REPORT_BYTES : 1;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < min || (key === 'port' && n > 65535)) throw bad(key, `must be an integer >= ${min}`);
        config[key as 'port'] = n;
        break;
      }
      case 'languages':
        try {
          config.languages = normaliseLanguages(value);
        } catch (err) {
          throw bad(key, (err as Error).message);
        }
        break;
      case 'exclusions':
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) throw bad(key, 'must be an array of non-empty patterns');
        config.exclusions = value as string[];
        break;
      case 'fetch':
        config.fetch = readFetchPolicy(value);
        break;
      case 'sources':
        if (!Array.isArray(value)) throw bad(key, 'must be an array of sources');
        config.sources = value.map((s, i) => {
          try {
            // The config file is the one place a file: source may come from.
            return validateSource(s, { allowFile: true });
          } catch (err) {
            throw bad(`${key}[${i}]`, (err as Error).message);
          }
        });
        break;
      case 'sample':
        if (value === 'true' || value === true) config.sample = true;
        else if (value === 'false' || value === false) config.sample = false;
        else throw bad(key, 'must be true or false');
        break;
      case 'logLevel':
        if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(value as string)) throw bad(key, 'must be one of fatal, error, warn, info, debug, trace, silent');
        config.logLevel = value as NodeConfig['logLevel'];
        break;
      case 'tls': {
        const tls = value as Record<string, unknown>;
        if (typeof tls !== 'object' || tls === null || typeof tls.cert !== 'string' || typeof tls.key !== 'string') throw bad(key, 'must be { "cert": FILE, "key": FILE }');
        config.tls = { cert: resolve(tls.cert), key: resolve(tls.key) };
        break;
      }
      case 'mirrors':
        if (!Array.isArray(value) || value.some((m) => typeof m?.from !== 'string' || typeof m?.to !== 'string' || !/^(https?|file):/.test(m.to))) {
          throw bad(key, 'must be an array of { "from": URL prefix, "to": http(s) or file URL prefix }');
        }
        config.mirrors = value.map((m) => ({ from: m.from, to: m.to }));
        break;
      default:
        throw bad(key, 'unknown key');
    }
  }
  if (credentialFromEnv !== undefined && !config.parent) throw bad('parent', `${CREDENTIAL_ENV} is set but no parent is configured`);
  config.dataDir = resolve(config.dataDir);
  return config;
}

/** `fetch`: { allowHosts?: [names], allowRanges?: [CIDR] }, each checked so a typo stops the node instead of opening nothing (or everything). */
function readFetchPolicy(value: unknown): NodeConfig['fetch'] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('fetch', 'must be { "allowHosts": [host names], "allowRanges": [CIDR ranges] }');
  const { allowHosts = [], allowRanges = [], ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length) throw bad('fetch', `unknown key(s): ${Object.keys(rest).join(', ')}`);
  const HOST = /^(\*\.)?[A-Za-z0-9]([A-Za-z0-9.-]{0,252})?$|^\[?[0-9A-Fa-f:.]+\]?$/;
  if (!Array.isArray(allowHosts) || allowHosts.some((h) => typeof h !== 'string' || !HOST.test(h))) {
    throw bad('fetch.allowHosts', 'must be an array of host names ("mirror.corp.example", "*.corp.example")');
  }
  if (!Array.isArray(allowRanges)) throw bad('fetch.allowRanges', 'must be an array of CIDR ranges ("10.1.0.0/16", "fd00::/8")');
  for (const range of allowRanges) {
    try {
      parseRange(range as string);
    } catch (err) {
      throw bad('fetch.allowRanges', (err as Error).message);
    }
  }
  return { allowHosts: allowHosts as string[], allowRanges: allowRanges as string[] };
}
