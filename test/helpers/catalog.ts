import pino from 'pino';
import { Catalog, type CatalogOptions } from '../../catalog/index.js';
import { tempDir } from './temp.js';
import { TEST_FETCH_POLICY } from './fetch-policy.js';

/** A real Catalog on LevelDB in a temp dir; close() also removes the folder. */
export async function openCatalog(options: {
  languages?: string[];
  exclusions?: string[];
  mirrors?: Array<{ from: string; to: string }>;
  /** Overrides of the fetch options (policy, caps, deadline); loopback and local files are allowed unless `policy` says otherwise. */
  fetch?: CatalogOptions['fetch'];
  downloadMaxBytes?: number;
  dir?: string;
} = {}) {
  const { dir, cleanup } = options.dir ? { dir: options.dir, cleanup: async () => {} } : await tempDir('patchtree-catalog-');
  const catalog = await Catalog.open({
    dataDir: dir,
    logger: pino({ level: 'silent' }),
    nodeId: 'test-node',
    languages: options.languages ?? ['en-US'],
    exclusions: options.exclusions ?? [],
    fetch: { retries: 1, backoffMs: 10, timeoutMs: 5_000, mirrors: options.mirrors, policy: TEST_FETCH_POLICY, ...options.fetch },
    downloadMaxBytes: options.downloadMaxBytes,
  });
  return { catalog, dir, close: async () => { await catalog.close(); await cleanup(); } };
}
