import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, connect, type Server, type Socket, type AddressInfo } from 'node:net';
import { createServer as createHttpServer, request, type Server as HttpServer } from 'node:http';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.ts';

/**
 * The fault proxy is a test instrument: these checks pin each mode against
 * a local TCP target that records what it receives and answers on command,
 * and a small HTTP server, so campaign failures can be trusted to come from
 * the nodes and not from the proxy.
 */

/** A TCP target: echoes what it gets, or on "BIG<n>\n" sends n bytes; records every connection. */
interface Target { port: number; server: Server; received: Buffer[]; sockets: Socket[]; closed: number }
async function startTarget(): Promise<Target> {
  const t: Target = { port: 0, server: undefined as unknown as Server, received: [], sockets: [], closed: 0 };
  t.server = createServer((s) => {
    const index = t.received.push(Buffer.alloc(0)) - 1;
    t.sockets.push(s);
    s.on('error', () => {});
    s.on('close', () => t.closed++);
    s.on('data', (d: Buffer) => {
      t.received[index] = Buffer.concat([t.received[index], d]);
      const m = /^BIG(\d+)\n$/.exec(d.toString('latin1'));
      if (m) s.write(Buffer.alloc(Number(m[1]), 0x61));
      else s.write(d);
    });
  });
  await new Promise<void>((ok) => t.server.listen(0, '127.0.0.1', ok));
  t.port = (t.server.address() as AddressInfo).port;
  return t;
}

/** A raw client through the proxy: collects bytes and how the socket ended. */
function client(port: number) {
  const s = connect({ host: '127.0.0.1', port });
  const state = { data: Buffer.alloc(0), error: undefined as NodeJS.ErrnoException | undefined, closed: false, ended: false };
  s.on('data', (d: Buffer) => (state.data = Buffer.concat([state.data, d])));
  s.on('error', (e) => (state.error = e));
  s.on('end', () => (state.ended = true));
  const closed = new Promise<void>((ok) => s.on('close', () => { state.closed = true; ok(); }));
  return { socket: s, state, closed };
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
async function until(check: () => boolean, what: string, ms = 3000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

describe('fault proxy', () => {
  let target: Target;
  let http: HttpServer;
  let httpPort: number;
  const BODY = Buffer.alloc(200_000, 0x62);

  beforeAll(async () => {
    target = await startTarget();
    http = createHttpServer((req, res) => {
      if (req.url === '/echo') { const parts: Buffer[] = []; req.on('data', (d) => parts.push(d)); req.on('end', () => res.end(Buffer.concat(parts))); return; }
      res.writeHead(200, { 'content-length': BODY.length }).end(BODY);
    });
    await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
    httpPort = (http.address() as AddressInfo).port;
  });
  afterAll(async () => {
    target.server.close();
    http.closeAllConnections();
    await new Promise((ok) => http.close(ok));
  });

  function get(proxy: FaultProxy, path = '/', body?: Buffer): Promise<{ status: number; body: Buffer }> {
    return new Promise((ok, fail) => {
      const req = request(`${proxy.url}${path}`, { method: body ? 'POST' : 'GET', agent: false }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (d) => parts.push(d));
        res.on('end', () => ok({ status: res.statusCode!, body: Buffer.concat(parts) }));
        res.on('error', fail);
        res.on('aborted', () => fail(new Error('aborted')));
      });
      req.on('error', fail);
      req.end(body);
    });
  }

  it('passes bytes both ways unchanged and counts them', async () => {
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: httpPort });
    try {
      const res = await get(proxy);
      expect(res.status).toBe(200);
      expect(res.body.equals(BODY)).toBe(true);
      const payload = Buffer.alloc(50_000, 0x63);
      const echoed = await get(proxy, '/echo', payload);
      expect(echoed.body.equals(payload)).toBe(true);
      const stats = proxy.stats();
      expect(stats.connections).toBe(2);
      expect(stats.down).toBeGreaterThan(BODY.length + payload.length);
      expect(stats.up).toBeGreaterThan(payload.length);
    } finally {
      await proxy.close();
    }
  });

  it('cut down: the client gets exactly afterBytes, then a reset; the target side closes too', async () => {
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: target.port }, { kind: 'cut', direction: 'down', afterBytes: 12_345 });
    try {
      const closedBefore = target.closed;
      const c = client(proxy.port);
      c.socket.write('BIG100000\n');
      await c.closed;
      expect(c.state.data.length).toBe(12_345);
      // A reset normally reads as ECONNRESET; on a loaded machine the RST may land
      // before the client read the prefix, and Linux then reports a bare EOF.
      expect(c.state.error?.code ?? 'EOF').toMatch(/^(ECONNRESET|EOF)$/);
      await until(() => target.closed > closedBefore, 'the target connection to close');
      expect(proxy.stats().down).toBe(12_345);
    } finally {
      await proxy.close();
    }
  });

  it('cut down over HTTP: the response starts and then fails', async () => {
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: httpPort }, { kind: 'cut', direction: 'down', afterBytes: 5000 });
    try {
      await expect(get(proxy)).rejects.toThrow();
    } finally {
      await proxy.close();
    }
  });

  it('cut up: the target gets exactly afterBytes of the request, then both sides are reset', async () => {
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: target.port }, { kind: 'cut', direction: 'up', afterBytes: 700 });
    try {
      const index = target.received.length;
      const c = client(proxy.port);
      c.socket.write(Buffer.alloc(3000, 0x7a));
      await c.closed;
      await until(() => target.received[index]?.length === 700 && target.sockets[index].destroyed, 'the target to see 700 bytes and close');
      expect(target.received[index].length).toBe(700);
      expect(proxy.stats().up).toBe(700);
    } finally {
      await proxy.close();
    }
  });

  it('stall down: after afterBytes nothing more arrives, and nothing is closed', async () => {
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: target.port }, { kind: 'stall', direction: 'down', afterBytes: 1000 });
    try {
      const index = target.received.length;
      const c = client(proxy.port);
      c.socket.write('BIG50000\n');
      await until(() => c.state.data.length === 1000, 'the first 1000 bytes');
      await sleep(300);
      expect(c.state.data.length).toBe(1000);
      expect(c.state.closed).toBe(false);
      expect(target.sockets[index].destroyed).toBe(false);
      // Upstream still works while downstream is stalled.
      c.socket.write('more');
      await until(() => target.received[index].toString().endsWith('more'), 'the upstream bytes after the stall');
      // The client giving up (as an idle timeout would) tears the pair down.
      c.socket.destroy();
      await until(() => target.sockets[index].destroyed, 'the target connection to close after the client left');
    } finally {
      await proxy.close();
    }
  });

  it('stall up: the target hears afterBytes and then silence, connections stay open', async () => {
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: target.port }, { kind: 'stall', direction: 'up', afterBytes: 10 });
    try {
      const index = target.received.length;
      const c = client(proxy.port);
      c.socket.write('0123456789abcdef');
      await until(() => c.state.data.length === 10, 'the echo of the first 10 bytes');
      await sleep(200);
      expect(target.received[index].toString()).toBe('0123456789');
      expect(c.state.closed).toBe(false);
      expect(target.sockets[index].destroyed).toBe(false);
      c.socket.end(); // a stalled direction does not pass FIN either
      await sleep(100);
      expect(target.sockets[index].readableEnded).toBe(false);
    } finally {
      await proxy.close();
    }
  });

  it('trickle: the whole answer arrives, no faster than bytesPerTick per tickMs', async () => {
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: target.port }, { kind: 'trickle', bytesPerTick: 1000, tickMs: 40 });
    try {
      const c = client(proxy.port);
      const started = Date.now();
      c.socket.write('BIG5000\n');
      await until(() => c.state.data.length === 5000, 'all 5000 bytes');
      // 5 ticks are needed; the first may come after one tickMs, so >= 4 full ticks elapsed (a lower bound only).
      expect(Date.now() - started).toBeGreaterThanOrEqual(4 * 40 - 5);
      expect(c.state.data.every((b) => b === 0x61)).toBe(true);
      c.socket.destroy();
    } finally {
      await proxy.close();
    }
  });

  it('trickle over HTTP: the body arrives intact', async () => {
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: httpPort }, { kind: 'trickle', bytesPerTick: 50_000, tickMs: 10 });
    try {
      const res = await get(proxy);
      expect(res.body.equals(BODY)).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it('once: only the next connection gets the fault, later ones pass', async () => {
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: httpPort });
    try {
      proxy.set({ kind: 'cut', direction: 'down', afterBytes: 100 }, { once: true });
      await expect(get(proxy)).rejects.toThrow();
      const ok = await get(proxy);
      expect(ok.body.equals(BODY)).toBe(true);
      proxy.set({ kind: 'cut', direction: 'up', afterBytes: 5 });
      await expect(get(proxy)).rejects.toThrow();
      await expect(get(proxy)).rejects.toThrow();
      proxy.set({ kind: 'pass' });
      expect((await get(proxy)).status).toBe(200);
      expect(proxy.stats().connections).toBe(5);
    } finally {
      await proxy.close();
    }
  });

  it('resetAll destroys open connections; close leaves nothing running', async () => {
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: target.port }, { kind: 'stall', direction: 'down', afterBytes: 0 });
    const a = client(proxy.port);
    a.socket.write('hello');
    await until(() => proxy.stats().up === 5, 'the request to pass');
    proxy.resetAll();
    await a.closed;
    // A trickling connection with a live timer is torn down by close().
    proxy.set({ kind: 'trickle', bytesPerTick: 1, tickMs: 1000 });
    const b = client(proxy.port);
    b.socket.write('BIG100\n');
    await until(() => proxy.stats().connections === 2 && proxy.stats().up > 5, 'the second connection');
    await proxy.close();
    await b.closed;
    expect(b.state.closed).toBe(true);
    // Nothing listens any more.
    const c = client(proxy.port);
    await c.closed;
    expect(c.state.error?.code).toBe('ECONNREFUSED');
  });

  it('an unreachable target closes the client connection', async () => {
    const dead = createServer();
    await new Promise<void>((ok) => dead.listen(0, '127.0.0.1', ok));
    const port = (dead.address() as AddressInfo).port;
    await new Promise((ok) => dead.close(ok));
    const proxy = await startFaultProxy({ host: '127.0.0.1', port });
    try {
      const c = client(proxy.port);
      await c.closed;
      expect(c.state.data.length).toBe(0);
    } finally {
      await proxy.close();
    }
  });
});
