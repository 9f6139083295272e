import type { Logger } from 'pino';
import type { Catalog, ImportReport } from '../catalog/index.js';
import type { BundleImports, Children, ChildReplicator, ParentService, Rules } from '../replication/index.js';
import type { NodeConfig } from './config.js';
import type { Jobs } from './jobs.js';
import type { SourceScheduler } from './scheduler.js';
import type { Metrics } from './metrics.js';

/** Everything a route handler needs, built once at start. */
export interface NodeContext {
  config: Readonly<NodeConfig>;
  nodeId: string;
  adminToken: string;
  catalog: Catalog;
  jobs: Jobs;
  scheduler: SourceScheduler;
  metrics: Metrics;
  /** Children registered here (this node as a parent). */
  children: Children;
  /** This node as a parent: the answers to its children's sync calls. */
  sync: ParentService;
  /** This node's identity (its store's id): loops are detected by it, whatever the node ids. */
  identity: string;
  /** This node as a child of its parent, when configured. */
  replicator?: ChildReplicator;
  /** A child whose parent has no network path to it (parent without url): the bundles it imports. */
  bundles?: BundleImports;
  /** Replication rules for this node's children. */
  rules: Rules;
  logger: Logger;
  startedAt: Date;
  /** Imports one source now, recording the outcome in the import history. */
  runImport(name: string, options?: { force?: boolean }): Promise<ImportReport>;
}
