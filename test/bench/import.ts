// Import throughput: the real samples of each source type over local HTTP,
// (NuGet: the per-id document, whose search pages would page on to nuget.org),
// and a generated native catalog from disk. Prints plain lines, or one JSON
// object with --json. Usage: npm run bench -- [--updates N] [--json]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_LANGUAGES, writeCatalog, type Catalog, type SourceType } from '../../catalog/index.js';
import { openCatalog } from '../helpers/catalog.js';
import { SHARED_DATA, startFileServer } from '../helpers/http-server.js';
import { tempDir } from '../helpers/temp.js';
import { bulletinsFor } from './catalog-size.js';

interface Figure { name: string; documents: number; records: number; seconds: number; recordsPerSecond: number }

async function timeImport(catalog: Catalog, name: string, type: SourceType, urls: string[]): Promise<Figure> {
  await catalog.sources.put({ name, type, urls }, { allowFile: true });
  const started = process.hrtime.bigint();
  const report = await catalog.importSource(name, { force: true });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const records = report.bulletins.added + report.updates.added + report.bulletins.changed + report.updates.changed;
  return { name, documents: report.documents, records, seconds, recordsPerSecond: Math.round(records / seconds) };
}

export async function importBench(options: { updates: number }): Promise<Figure[]> {
  const figures: Figure[] = [];
  const server = await startFileServer(SHARED_DATA);
  const files = (dir: string) => readdirSync(join(SHARED_DATA, dir)).sort().map((f) => `${server.url}/${dir}/${f}`);
  for (const [type, urls] of [['msrc-cvrf', files('msrc-cvrf')], ['nuget-v2', files('nuget-v2').filter((u) => u.endsWith('FindPackagesById.xml'))], ['wsusoffline', files('wsusoffline')]] as const) {
    const { catalog, close } = await openCatalog({ languages: ['en-US'] });
    figures.push(await timeImport(catalog, type, type, [...urls]));
    await close();
  }
  await server.close();

  const { dir, cleanup } = await tempDir('patchtree-bench-');
  const path = join(dir, 'catalog.ndjson.gz');
  const bulletins = bulletinsFor(options.updates, 42);
  await writeCatalog(path, { seed: 42, bulletins, languages: [...ALL_LANGUAGES] });
  const { catalog, close } = await openCatalog({ languages: ['en-US'] });
  figures.push(await timeImport(catalog, `native-${bulletins}-bulletins`, 'native', [pathToFileURL(path).href]));
  await close();
  await cleanup();
  return figures;
}
