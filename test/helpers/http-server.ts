import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { resolve, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

/** The real vendor samples, beside the project as ../shared/data. */
export const SHARED_DATA = resolve(fileURLToPath(new URL('../../../shared/data', import.meta.url)));

export type Handler = (req: IncomingMessage, res: ServerResponse) => boolean | void;

/** A handler that serves a catalog document at `/${catalogName}` and package files at `/files/NAME` (by name, from memory). */
export function catalogAndFiles(catalogName: string, catalog: () => string | Buffer, files: ReadonlyMap<string, Buffer>): Handler {
  return (req, res) => {
    if (req.url === `/${catalogName}`) {
      res.writeHead(200).end(catalog());
      return true;
    }
    const name = /^\/files\/(.+)$/.exec(req.url ?? '')?.[1];
    if (!name || !files.has(name)) return false;
    res.writeHead(200).end(files.get(name));
    return true;
  };
}

export interface TestServer {
  url: string;
  server: Server;
  /** Requests seen, as "METHOD path" lines, for tests that count fetches. */
  requests: Array<{ method: string; path: string; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1:0 serving files from `root` with ETag and
 * Last-Modified (so conditional requests can be tested), plus optional
 * handlers tried first (return true when handled).
 */
export async function startFileServer(root: string, handlers: Handler[] = []): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers });
    for (const handler of handlers) if (handler(req, res)) return;
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return void res.writeHead(404).end('not found');
    }
    if (!stat.isFile()) return void res.writeHead(404).end('not found');
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const lastModified = stat.mtime.toUTCString();
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-length': stat.size, etag, 'last-modified': lastModified });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    requests,
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
