import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { SHARED_DATA } from '../../helpers/http-server.js';
import { SAMPLE } from '../../helpers/replication.js';
import { adminCall, fixtureCatalog, fuzzNode, showBody, type FixtureServer } from '../engine/fixtures.js';
import { sendRaw } from '../engine/http.js';
import { havoc } from '../engine/bytes.js';
import { mutateJson } from '../engine/json.js';
import { NASTY_STRINGS, nastyString } from '../engine/nasty.js';
import { judgeAnswer } from '../engine/oracle.js';
import type { Rng } from '../engine/rng.js';
import { storeState, type FuzzInput, type FuzzTarget } from '../engine/runner.js';
import { mutateXml } from '../engine/xml.js';

/**
 * Every importer (native, msrc-cvrf, nuget-v2, wsusoffline) fed mutated real
 * documents (the vendor samples of ../shared/data, the bundled sample
 * catalog, the fixture catalog), served from the suite's 127.0.0.1 file
 * server and imported through the node's admin API, as an admin's source
 * would be: PUT /sources/fz-<type>, then POST .../import. A document that is
 * refused leaves the store as it was (imports are atomic); one that is
 * accepted is the new baseline. A feed that breaks (a NuGet `next` link
 * mutated to nowhere, a gzip bomb past catalogMaxBytes) may answer with the
 * gateway codes CATALOG_FETCH, CATALOG_FETCH_TIMEOUT, CATALOG_TOO_LARGE.
 */

export const IMPORTERS = ['native', 'msrc-cvrf', 'nuget-v2', 'wsusoffline'] as const;
type Importer = (typeof IMPORTERS)[number];

const GATEWAY = new Set(['CATALOG_FETCH', 'CATALOG_FETCH_TIMEOUT', 'CATALOG_TOO_LARGE']);
const CATALOG_MAX_BYTES = 16 << 20;

/** One document of a feed, as served: its path name matters (wsusoffline reads the language from it). */
interface Doc {
  name: string;
  bytes: Buffer;
}

/** A base feed: its documents (a NuGet feed pages through `next` links; the links are filled in when served). */
interface Feed {
  label: string;
  docs: Doc[];
}

interface ImportInput extends FuzzInput {
  importer: Importer;
  /** Paths and bytes served for this input; `urls` the source names. */
  docs: Doc[];
  urls: number[];
}

export interface ImportersTarget extends FuzzTarget<ImportInput> {
  close(): Promise<void>;
}

const read = (path: string) => readFileSync(join(SHARED_DATA, path));

/** The first `n` entries of a NuGet feed (its head and tail kept), with or without its `next` link. */
function nugetPage(xml: string, n: number, next: boolean): string {
  const first = xml.indexOf('<entry>');
  const entries = [...xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)].slice(0, n).map((m) => m[0]);
  const tail = xml.slice(xml.lastIndexOf('</entry>') + '</entry>'.length);
  const head = xml.slice(0, first).replace(/<link rel="next"[^>]*\/>/, '');
  return `${head}${entries.join('\n')}${next ? '\n<link rel="next" href="{{NEXT}}" />' : ''}${tail.replace(/<link rel="next"[^>]*\/>/, '')}`;
}

function baseFeeds(server: FixtureServer): Record<Importer, Feed[]> {
  const fixture = fixtureCatalog(server, 6).lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
  const sampleLines = gunzipSync(readFileSync(SAMPLE)).toString('utf8').split('\n');
  const sample = sampleLines.slice(0, 15).join('\n') + '\n';
  const search = read('nuget-v2/AzureSearch100.xml').toString('utf8');
  const searchNext = read('nuget-v2/AzureSearchNext100.xml').toString('utf8');
  const byId = read('nuget-v2/WindowsAzureStorageFindPackagesById.xml').toString('utf8');
  return {
    native: [
      { label: 'fixture', docs: [{ name: 'contoso.ndjson', bytes: Buffer.from(fixture) }] },
      { label: 'sample', docs: [{ name: 'sample.ndjson', bytes: Buffer.from(sample) }] },
      { label: 'sample-gz', docs: [{ name: 'sample.ndjson.gz', bytes: gzipSync(Buffer.from(sample)) }] },
    ],
    'msrc-cvrf': [
      { label: 'May-B', docs: [{ name: 'cvrfDocument-2017-May-B.xml', bytes: read('msrc-cvrf/cvrfDocument-2017-May-B.xml') }] },
      { label: 'Feb', docs: [{ name: 'cvrfDocument-2017-Feb.xml', bytes: read('msrc-cvrf/cvrfDocument-2017-Feb.xml') }] },
      { label: 'May-B+Feb', docs: [{ name: 'cvrfDocument-2017-May-B.xml', bytes: read('msrc-cvrf/cvrfDocument-2017-May-B.xml') }, { name: 'cvrfDocument-2017-Feb.xml', bytes: read('msrc-cvrf/cvrfDocument-2017-Feb.xml') }] },
    ],
    'nuget-v2': [
      { label: 'by-id', docs: [{ name: 'FindPackagesById.xml', bytes: Buffer.from(nugetPage(byId, 6, false)) }] },
      { label: 'paged', docs: [{ name: 'Search.xml', bytes: Buffer.from(nugetPage(search, 4, true)) }, { name: 'SearchNext.xml', bytes: Buffer.from(nugetPage(searchNext, 4, false)) }] },
    ],
    wsusoffline: [
      { label: 'o2k13', docs: ['StaticDownloadLinks-o2k13-enu.txt', 'StaticDownloadLinks-o2k13-deu.txt'].map((name) => ({ name, bytes: read(`wsusoffline/${name}`) })) },
      { label: 'ie9', docs: ['StaticDownloadLinks-ie9-w61-x64-enu.txt', 'StaticDownloadLinks-ie9-w61-x64-jpn.txt'].map((name) => ({ name, bytes: read(`wsusoffline/${name}`) })) },
      { label: 'dotnet', docs: [{ name: 'StaticDownloadLinks-dotnet-x64-glb.txt', bytes: read('wsusoffline/StaticDownloadLinks-dotnet-x64-glb.txt') }] },
    ],
  };
}

/** A native (NDJSON) document mutated line-wise, one line as JSON, or as bytes. */
function mutateNative(doc: Buffer, rng: Rng, bomb: Buffer): { bytes: Buffer; label: string } {
  const gz = doc[0] === 0x1f && doc[1] === 0x8b;
  if (gz) {
    switch (rng.weighted([[3, 'inner'], [2, 'bytes'], [1, 'bomb'], [1, 'members']] as const)) {
      case 'inner': {
        const inner = mutateNative(gunzipSync(doc), rng, bomb);
        return { bytes: gzipSync(inner.bytes), label: `gzip(${inner.label})` };
      }
      case 'bytes': {
        const h = havoc(doc, rng);
        return { bytes: h.bytes, label: `gzip-${h.label}` };
      }
      case 'bomb':
        return { bytes: bomb, label: 'gzip-bomb' };
      default:
        return { bytes: Buffer.concat([doc, rng.chance(0.5) ? doc : rng.bytes(16)]), label: 'gzip-trailing' };
    }
  }
  const lines = doc.toString('utf8').split('\n');
  const i = rng.int(Math.max(1, lines.length - 1));
  switch (rng.weighted([[8, 'json'], [1, 'drop'], [1, 'duplicate'], [1, 'insert'], [1, 'eol'], [1, 'bytes'], [1, 'huge']] as const)) {
    case 'json': {
      try {
        const m = mutateJson(JSON.parse(lines[i]), rng, { textBreaks: 0.15 });
        lines[i] = m.body.toString('utf8');
        return { bytes: Buffer.from(lines.join('\n')), label: `line${i + 1}:${m.label}` };
      } catch {
        return { bytes: havoc(doc, rng).bytes, label: 'bytes' };
      }
    }
    case 'drop':
      lines.splice(i, 1);
      return { bytes: Buffer.from(lines.join('\n')), label: `drop-line${i + 1}` };
    case 'duplicate':
      lines.splice(i, 0, lines[i]);
      return { bytes: Buffer.from(lines.join('\n')), label: `duplicate-line${i + 1}` };
    case 'insert':
      lines.splice(i, 0, rng.pick(['', '   ', '{}', '[]', 'null', '{"id":"X"}', nastyString(rng), '\ufeff{}', JSON.stringify({ id: 'A/B', vendor: 'v', title: 't', updates: [] })]));
      return { bytes: Buffer.from(lines.join('\n')), label: `insert-line${i + 1}` };
    case 'eol':
      return { bytes: Buffer.from(rng.pick([lines.join('\r\n'), lines.join('\r'), `\ufeff${lines.join('\n')}`, lines.join('\n\n\n'), lines.join('\n').trimEnd()])), label: 'line-ends' };
    case 'huge':
      return { bytes: Buffer.from(`${lines.join('\n')}\n${JSON.stringify({ id: 'HUGE-1', vendor: 'v', title: 't', description: 'd'.repeat(rng.pick([1 << 20, 6 << 20])), updates: [] })}\n`), label: 'huge-line' };
    default: {
      const h = havoc(doc, rng);
      return { bytes: h.bytes, label: h.label };
    }
  }
}

/** A wsusoffline list mutated line-wise (URLs made nasty), or as bytes. */
function mutateList(doc: Buffer, rng: Rng): { bytes: Buffer; label: string } {
  if (rng.chance(0.15)) {
    const h = havoc(doc, rng);
    return { bytes: h.bytes, label: h.label };
  }
  const lines = doc.toString('utf8').split(/\r?\n/);
  const i = rng.int(Math.max(1, lines.length));
  const url = lines[i] || 'http://download.windowsupdate.com/msdownload/update/software/secu/2017/03/windows6.1-kb4012212-x64_2decefaa02e2058dcd965702509a992d8c4e92b3.msu';
  const variant = rng.pick([
    () => nastyString(rng, url),
    () => url.replace(/^https?:/, rng.pick(['file:', 'javascript:', 'ftp:', '\\\\host\\share', ''])),
    () => url.replace(/[^/]+$/, (name) => rng.pick(['../../etc/passwd', '..\\..\\win.ini', `${name}\u0000.exe`, name.replace(/kb\d+/i, 'kb'), name.replace(/_[0-9a-f]{40}/, '_zz'), name.repeat(50), `${name}?x=1#y`, 'x'.repeat(5000)])),
    () => url.replace(/\/\/[^/]+/, `//${rng.pick(NASTY_STRINGS)}`),
    () => `${url}\t${url}`,
    () => url.repeat(rng.pick([2, 1000])),
  ])();
  lines.splice(i, rng.chance(0.7) ? 1 : 0, variant);
  return { bytes: Buffer.from(lines.join(rng.chance(0.8) ? '\r\n' : '\n')), label: `line${i + 1}` };
}

export async function importersTarget(dir: string, server: FixtureServer): Promise<ImportersTarget> {
  const node = await fuzzNode(join(dir, 'importers'), { nodeId: 'fuzz-importers', sample: false, languages: ['en-US', 'de-DE', 'ja-JP'], catalogMaxBytes: CATALOG_MAX_BYTES, fetchRetries: 0, importTimeoutMs: 8000 });
  const feeds = baseFeeds(server);
  const bomb = gzipSync(Buffer.alloc(CATALOG_MAX_BYTES * 4, 0x20), { level: 9 });
  let served: string[] = [];

  return {
    name: 'importers',
    watched: () => [node],
    deadlineMs: 20_000,
    state: () => storeState(node),
    generate(rng, index) {
      const importer = rng.pick(IMPORTERS);
      const feed = rng.pick(feeds[importer]);
      const docs = feed.docs.map((d) => ({ ...d }));
      const which = rng.int(docs.length);
      const target = docs[which];
      let label: string;
      switch (importer) {
        case 'native':
          ({ bytes: target.bytes, label } = mutateNative(target.bytes, rng, bomb));
          break;
        case 'wsusoffline':
          ({ bytes: target.bytes, label } = mutateList(target.bytes, rng));
          if (rng.chance(0.1)) target.name = rng.pick(['StaticDownloadLinks-x.txt', 'StaticDownloadLinks-o2k13-xxx.txt', 'list.txt', 'StaticDownloadLinks-o2k13-enu', '..txt']);
          break;
        default:
          ({ bytes: target.bytes, label } = mutateXml(target.bytes, rng));
      }
      const urls = [...docs.keys()].filter((i) => importer !== 'nuget-v2' || i === 0); // a NuGet feed's later pages come through `next`
      return {
        row: `importer:${importer}`,
        label: `${importer}:${feed.label}:doc${which}:${label}`,
        importer,
        docs,
        urls,
        show: () => docs.map((d, i) => `${i === which ? '[mutated] ' : ''}${d.name}: ${showBody(d.bytes)}`).join(' | '),
      };
    },
    async run(input, rng) {
      for (const path of served) server.drop(path);
      const base = `/imp/${rng.u32().toString(16)}`;
      served = input.docs.map((d, i) => `${base}/${i}/${d.name}`);
      input.docs.forEach((d, i) => {
        // A NuGet page's next link names the next document as served here.
        const next = served[i + 1] ? `${server.url}${served[i + 1]}` : '';
        const bytes = d.bytes.includes('{{NEXT}}') ? Buffer.from(d.bytes.toString('utf8').replace('{{NEXT}}', next)) : d.bytes;
        server.put(served[i], bytes);
      });
      const name = `fz-${input.importer}`;
      const put = await adminCall(node, 'PUT', `/sources/${name}`, { type: input.importer, urls: input.urls.map((i) => `${server.url}${encodeURI(served[i])}`) });
      if (put.status !== 200) throw new Error(`the fuzz source could not be saved: ${JSON.stringify(put.body)}`);
      const res = await sendRaw(node.url, { method: 'POST', path: `/api/v1/sources/${name}/import`, headers: [['authorization', `Bearer ${node.token}`], ['content-type', 'application/json']], body: Buffer.from('{"force":true}') }, 15_000);
      return judgeAnswer(res, { gatewayCodes: GATEWAY });
    },
    close: () => node.kill('SIGKILL'),
  };
}
