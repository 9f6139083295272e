// `npm run bench`: runs the benchmarks and prints their figures.
import { importBench } from './import.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const updatesArg = args.indexOf('--updates');
const updates = updatesArg >= 0 ? Number(args[updatesArg + 1]) : args.includes('--full') ? 1_000_000 : 100_000;

const figures = { import: await importBench({ updates }) };
if (json) {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  for (const f of figures.import) {
    process.stdout.write(`import ${f.name}: ${f.records} records from ${f.documents} document(s) in ${f.seconds.toFixed(2)} s = ${f.recordsPerSecond} records/s\n`);
  }
}
