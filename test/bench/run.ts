// `npm run bench`: runs the benchmarks and prints their figures as plain
// lines, or one JSON object with --json. --updates N sets the catalog size
// (100k by default, 1M with --full); --no-peer skips PouchDB; --only
// import|replication|fanout runs one part (fan-out: 50 children, 100 with --full).
import { importBench } from './import.js';
import { replicationBench } from './replication.js';
import { fanoutBench } from './fanout.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const updatesArg = args.indexOf('--updates');
const updates = updatesArg >= 0 ? Number(args[updatesArg + 1]) : args.includes('--full') ? 1_000_000 : 100_000;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const figures: Record<string, unknown> = {};
if (!only || only === 'import') figures.import = await importBench({ updates });
if (!only || only === 'replication') figures.replication = await replicationBench({ updates, peer: !args.includes('--no-peer') });
if (!only || only === 'fanout') figures.fanout = await fanoutBench({ children: args.includes('--full') ? 100 : 50 });
if (json) {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  for (const f of (figures.import as Awaited<ReturnType<typeof importBench>> | undefined) ?? []) {
    process.stdout.write(`import ${f.name}: ${f.records} records from ${f.documents} document(s) in ${f.seconds.toFixed(2)} s = ${f.recordsPerSecond} records/s\n`);
  }
  const fan = figures.fanout as Awaited<ReturnType<typeof fanoutBench>> | undefined;
  if (fan) {
    process.stdout.write(`fan-out: ${fan.children} children, ${fan.changed} records changed on the parent: all equal in ${fan.allEqualSeconds.toFixed(2)} s (${fan.equalChildren} equal, slowest run ${fan.slowestRunSeconds.toFixed(2)} s, ${fan.bytes} bytes in all)\n`);
    process.stdout.write(`fan-out admin API (${fan.api.requests} requests): p50 ${fan.api.p50Ms} ms, p99 ${fan.api.p99Ms} ms, max ${fan.api.maxMs} ms; idle p99 ${fan.idleApi.p99Ms} ms\n`);
  }
  const r = figures.replication as Awaited<ReturnType<typeof replicationBench>> | undefined;
  if (r) {
    process.stdout.write(`replication of ${r.records} records (all 25 languages)\n`);
    process.stdout.write(`limit pipe: ${r.limit.recordsPerSecond} records/s (${r.limit.seconds.toFixed(2)} s)\n`);
    process.stdout.write(`complete run (median of ${r.complete.each.length}: ${r.complete.each.join(', ')}): ${r.complete.recordsPerSecond} records/s (${r.complete.seconds.toFixed(2)} s, ${r.complete.bytes} bytes), ${r.complete.ratioToLimit}x the limit, CPU child ${r.complete.childCpuSeconds} s + parent ${r.complete.parentCpuSeconds} s, child peak RSS ${r.complete.childPeakRssMb} MB (anonymous ${r.complete.childPeakAnonMb} MB)\n`);
    process.stdout.write(`differential after ${r.differential.changed} changed records: ${r.differential.seconds.toFixed(3)} s, ${r.differential.bytes} bytes (${((r.differential.bytes / r.complete.bytes) * 100).toFixed(3)}% of the complete run)\n`);
    process.stdout.write(`run with nothing to do: ${r.idle.seconds.toFixed(3)} s, ${r.idle.bytes} bytes\n`);
    process.stdout.write(`verification run seconds: ${Object.entries(r.verification).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')} (a 0% run is the digest check alone)\n`);
    if (r.peer) {
      const p = r.peer;
      process.stdout.write(`peer (PouchDB, ${p.records} JSON documents): complete ${p.complete.recordsPerSecond} records/s (${p.complete.seconds.toFixed(2)} s, ${p.complete.bytes} bytes received, target peak RSS ${p.complete.targetPeakRssMb} MB); patchtree is ${p.ratio}x\n`);
      process.stdout.write(`peer incremental after ${p.incremental.changed} changed: ${p.incremental.seconds.toFixed(3)} s, ${p.incremental.bytes} bytes; nothing to do: ${p.idle.seconds.toFixed(3)} s, ${p.idle.bytes} bytes\n`);
    }
  }
}
