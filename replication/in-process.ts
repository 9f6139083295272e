import { readReceivedFrames } from '../protocol/index.js';
import type { RecordStore } from '../catalog/index.js';
import type { SyncTransport } from './child-run.js';
import { serveSession } from './parent-session.js';
import { changesFor, hashesFor, sampleInPages } from './parent-verify.js';

/**
 * A transport that pipes a child's session straight into a parent store in
 * the same process: the real protocol (frames encoded and decoded), no network.
 */
export function inProcessTransport(parent: RecordStore, parentNodeId: string): SyncTransport {
  return {
    session: (request) => readReceivedFrames(serveSession(parent, request, parentNodeId)),
    verify: ({ scope, keys }) => hashesFor(parent, keys, scope),
    fetch: ({ scope, keys }) => changesFor(parent, keys, scope),
    sample: ({ scope, percent }) => sampleInPages(parent, scope, percent),
  };
}
