export { scopeId, keyInScope, sendsChange, keepsRecord, type RuleName, type SyncScope } from './scope.js';
export { serveSession, checkSession, effectiveMode, END_OF_KEYS, type SessionRequest } from './parent-session.js';
export { hashesFor, changesFor, MAX_KEYS_PER_CALL } from './parent-verify.js';
export { runRule, readCheckpoint, type SyncTransport, type RunResult, type RunOptions, type Checkpoint, type Verification } from './child-run.js';
export { inProcessTransport } from './in-process.js';
export { Children, type ChildRecord, type ChildView } from './children.js';
export { httpTransport, type ParentLink } from './http-transport.js';
export { ChildReplicator, type RunRecord, type PullOptions } from './child-replicator.js';
export { RULE_BY_NAME } from './parent-session.js';
