// Just the corner of PouchDB and express-pouchdb that the peer benchmark uses
// (test/bench/pouchdb*.ts); neither package ships types, and @types/pouchdb
// would pull in a dozen more dev dependencies for three calls.
declare module 'pouchdb-node' {
  interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
  }
  interface Database {
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    close(): Promise<void>;
  }
  interface PouchDBStatic {
    new (name: string, options?: Record<string, unknown>): Database;
    /** A constructor whose databases take these options, e.g. { prefix: '/data/dir/' }. */
    defaults(options: Record<string, unknown>): PouchDBStatic;
    replicate(source: Database | string, target: Database | string, options?: { batch_size?: number; batches_limit?: number }): Promise<ReplicationResult>;
  }
  const PouchDB: PouchDBStatic;
  export default PouchDB;
}

declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';
  /** An express app serving the CouchDB HTTP API over databases of the given PouchDB constructor. */
  function expressPouchDB(PouchDB: unknown, options?: { mode?: 'fullCouchDB' | 'minimumForPouchDB'; inMemoryConfig?: boolean }): RequestListener;
  export default expressPouchDB;
}
