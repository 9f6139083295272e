// The source side of the peer benchmark: express-pouchdb over LevelDB
// databases in DIR, on two listeners of 127.0.0.1. The replication listener is
// the one the target replicates from, and the only one whose bytes count; the
// admin listener serves loading and edits (uncounted) and GET /_bench/bytes,
// the replication listener's totals. Prints {"url", "admin"} once listening.
// Usage: node --import tsx test/bench/pouchdb-server.ts DIR
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-node';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: pouchdb-server.ts DIR');
// minimumForPouchDB: the routes replication needs, no config file or log file.
const app = expressPouchDB(PouchDB.defaults({ prefix: `${dir}/` }), { mode: 'minimumForPouchDB', inMemoryConfig: true });

// Socket counters, so the figure is what really crossed the wire: HTTP headers
// and the gzip that express-pouchdb's compression middleware applies.
const closed = { written: 0, read: 0 };
const open = new Set<Socket>();
const replication = createServer(app);
replication.on('connection', (socket: Socket) => {
  open.add(socket);
  socket.once('close', () => {
    closed.written += socket.bytesWritten;
    closed.read += socket.bytesRead;
    open.delete(socket);
  });
});
const totals = () => {
  let written = closed.written;
  let read = closed.read;
  for (const socket of open) {
    written += socket.bytesWritten;
    read += socket.bytesRead;
  }
  return { written, read };
};

const admin = createServer((req, res) => {
  if (req.url === '/_bench/bytes') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(totals()));
  } else {
    app(req, res);
  }
});

const listen = (server: Server) =>
  new Promise<string>((ok) => server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
const [url, adminUrl] = [await listen(replication), await listen(admin)];
process.stdout.write(`${JSON.stringify({ url, admin: adminUrl })}\n`);
