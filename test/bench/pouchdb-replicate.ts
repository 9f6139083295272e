// The target side of the peer benchmark: one PouchDB replication from a
// remote database into a local LevelDB one, in its own process so that its
// peak RSS is its own. Run again on the same LOCAL_DIR, PouchDB finds its
// checkpoint and replicates incrementally. Prints one JSON line.
// Usage: node --import tsx test/bench/pouchdb-replicate.ts REMOTE_URL LOCAL_DIR
import PouchDB from 'pouchdb-node';

const [remoteUrl, location] = process.argv.slice(2);
if (!remoteUrl || !location) throw new Error('usage: pouchdb-replicate.ts REMOTE_URL LOCAL_DIR');
const local = new PouchDB(location);
const remote = new PouchDB(remoteUrl);
const started = performance.now();
const result = await PouchDB.replicate(remote, local, { batch_size: 1000 });
const seconds = (performance.now() - started) / 1000;
const { doc_count: docCount } = await local.info();
await Promise.all([local.close(), remote.close()]);
process.stdout.write(`${JSON.stringify({
  docsRead: result.docs_read,
  docsWritten: result.docs_written,
  failures: result.doc_write_failures,
  docCount,
  seconds,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), // maxRSS is in kB: the same as VmHWM
})}\n`);
