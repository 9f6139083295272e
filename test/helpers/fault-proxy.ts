import { createServer, connect, type Socket, type AddressInfo } from 'node:net';

/**
 * A TCP proxy of our own (node:net only) placed between a child node and its
 * parent, so tests can break the link the ways real networks do: a reset in
 * the middle of a response, a peer that goes silent, a slow line.
 *
 * Directions: 'down' = target -> client (the parent's answer),
 *             'up'   = client -> target (the child's request).
 *
 * Byte offsets count per connection and per direction. `cut`/`stall` with
 * `afterBytes: n` deliver exactly the first n bytes of that direction; the
 * fault fires when byte n+1 arrives (a connection that never carries more than
 * n bytes that way is not affected).
 */
export type ProxyFault =
  | { kind: 'pass' }
  | { kind: 'cut'; direction: 'down' | 'up'; afterBytes: number } // destroy both sockets (reset) once that many bytes went that way on a connection
  | { kind: 'stall'; direction: 'down' | 'up'; afterBytes: number } // stop forwarding that way after that many bytes, without closing anything
  | { kind: 'trickle'; bytesPerTick: number; tickMs: number }; // forward downstream slowly

export interface FaultProxy {
  url: string;
  port: number;
  /** Fault for new connections; `once`: only the next connection gets it, later ones pass (a standing set also drops a pending `once`). */
  set(fault: ProxyFault, options?: { once?: boolean }): void;
  /** Destroys every open connection now. */
  resetAll(): void;
  /** Connections opened so far, and bytes forwarded each way. */
  stats(): { connections: number; down: number; up: number };
  close(): Promise<void>; // also destroys open connections (and timers), so nothing is left running
}

const PASS: ProxyFault = { kind: 'pass' };
/** Bytes a trickling connection may queue before it stops reading from the target (backpressure). */
const TRICKLE_QUEUE_LIMIT = 256 * 1024;
/** Pause between delivering a cut's prefix and the reset (see the cut branch below). */
const CUT_SETTLE_MS = 10;

/** Sends a TCP RST where the runtime can (a real "connection reset by peer"), else a plain destroy. */
function reset(socket: Socket): void {
  if (socket.destroyed) return;
  try {
    if (typeof socket.resetAndDestroy === 'function' && !socket.connecting) socket.resetAndDestroy();
    else socket.destroy();
  } catch {
    socket.destroy();
  }
}

export async function startFaultProxy(target: { host: string; port: number }, fault: ProxyFault = PASS): Promise<FaultProxy> {
  let standing: ProxyFault = fault;
  let once: ProxyFault | undefined;
  const totals = { connections: 0, down: 0, up: 0 };
  /** Per open connection: how to tear it down (both sockets, timers). */
  const open = new Set<() => void>();

  const server = createServer({ allowHalfOpen: true }, (client) => {
    totals.connections++;
    const connFault = once ?? standing; // decided once, when the connection opens
    once = undefined;
    const upstream = connect({ host: target.host, port: target.port, allowHalfOpen: true });
    let timer: NodeJS.Timeout | undefined; // the trickle pump
    let cutTimer: NodeJS.Timeout | undefined; // a pending cut
    let closed = false;

    const teardown = () => {
      if (cutTimer) clearTimeout(cutTimer);
      if (closed) return;
      closed = true;
      if (timer) clearInterval(timer);
      reset(client);
      reset(upstream);
      open.delete(teardown);
    };
    open.add(teardown);
    // Errors are part of the game here (resets, refused target): end the pair quietly.
    client.on('error', teardown);
    upstream.on('error', teardown);
    // Once both sockets are fully closed, forget the pair.
    let closes = 0;
    const onClose = () => { if (++closes === 2) teardown(); };
    client.on('close', onClose);
    upstream.on('close', onClose);

    /**
     * Pipes one direction by hand (not .pipe()) so every byte can be counted
     * and the fault applied at an exact offset. Backpressure: the source
     * pauses while the destination's buffer is full.
     */
    const forward = (from: Socket, to: Socket, direction: 'down' | 'up') => {
      const f = connFault.kind === 'cut' || connFault.kind === 'stall' ? (connFault.direction === direction ? connFault : undefined) : undefined;
      let sent = 0;
      let stalled = false;
      from.on('data', (chunk: Buffer) => {
        if (closed || stalled) return; // a stalled direction swallows everything after the offset
        let part = chunk;
        let fire = false;
        if (f && sent + chunk.length > f.afterBytes) {
          part = chunk.subarray(0, Math.max(0, f.afterBytes - sent));
          fire = true;
        }
        sent += part.length;
        totals[direction] += part.length;
        if (!fire) {
          if (!to.write(part)) { from.pause(); to.once('drain', () => from.resume()); }
          return;
        }
        if (f!.kind === 'stall') {
          stalled = true;
          if (part.length) to.write(part);
          return; // nothing closes: both peers just stop hearing from each other this way
        }
        // cut: deliver the prefix first, then reset both. The short pause after the
        // prefix reached the kernel lets the peer read it: Linux reports a plain EOF
        // instead of ECONNRESET to a reader whose receive queue still holds data when
        // the RST lands, and a cut should look like a reset.
        stalled = true; // whatever else arrives meanwhile is dropped
        from.pause();
        if (part.length) to.write(part, () => { cutTimer = setTimeout(teardown, CUT_SETTLE_MS); });
        else teardown();
      });
      from.on('end', () => {
        if (closed || stalled) return; // a stalled direction does not even pass its FIN
        to.end();
      });
    };

    forward(client, upstream, 'up');
    if (connFault.kind === 'trickle') trickleDown(upstream, client, connFault);
    else forward(upstream, client, 'down');

    /** Downstream at `bytesPerTick` every `tickMs`, queueing what the target sends meanwhile. */
    function trickleDown(from: Socket, to: Socket, f: { bytesPerTick: number; tickMs: number }) {
      const queue: Buffer[] = [];
      let queued = 0;
      let ended = false;
      const step = Math.max(1, Math.floor(f.bytesPerTick));
      from.on('data', (chunk: Buffer) => {
        queue.push(chunk);
        queued += chunk.length;
        if (queued > TRICKLE_QUEUE_LIMIT) from.pause();
      });
      from.on('end', () => { ended = true; });
      timer = setInterval(() => {
        if (closed) return;
        let budget = step;
        while (budget > 0 && queue.length) {
          const head = queue[0];
          const part = head.subarray(0, budget);
          if (part.length === head.length) queue.shift();
          else queue[0] = head.subarray(part.length);
          budget -= part.length;
          queued -= part.length;
          totals.down += part.length;
          to.write(part);
        }
        if (queued <= TRICKLE_QUEUE_LIMIT && from.isPaused()) from.resume();
        if (ended && !queue.length) { clearInterval(timer); timer = undefined; to.end(); }
      }, Math.max(1, f.tickMs));
    }
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => { server.off('error', fail); ok(); });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    set(next, options) {
      if (options?.once) once = next;
      else { standing = next; once = undefined; }
    },
    resetAll() {
      for (const teardown of [...open]) teardown();
    },
    stats: () => ({ ...totals }),
    close() {
      return new Promise<void>((ok) => {
        server.close(() => ok());
        for (const teardown of [...open]) teardown();
      });
    },
  };
}
