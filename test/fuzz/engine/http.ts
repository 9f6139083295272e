import { connect } from 'node:net';

/**
 * A raw HTTP/1.1 client over a TCP socket, so that the fuzz suite controls
 * every byte a node reads: request lines and headers that fetch() would
 * refuse to send (control characters, raw UTF-8, lying lengths), bodies of
 * any shape. One connection per request (`connection: close`); every request
 * has a deadline, and one that passes it is a hang.
 */
export interface RawRequest {
  method: string;
  /** The request target as sent (not encoded here). */
  path: string;
  headers: Array<[string, string]>;
  body?: Buffer;
  /** A content-length header other than the body's (sent as is), or 'none' for no header at all. */
  declaredLength?: string | 'none';
  /** Send the headers only, never the body (with a declared length: a client that never sends what it announced). */
  headersOnly?: boolean;
  /**
   * Wait this long after the headers for an answer before sending the body:
   * a server that refuses from the headers and closes (an unauthenticated
   * body of more than 64 KiB) would otherwise reset the connection under
   * the body, and its answer would be lost in the reset.
   */
  earlyAnswerMs?: number;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  ms: number;
}

export class HangError extends Error {
  constructor(readonly ms: number, what: string) {
    super(`no complete answer within ${ms} ms: ${what}`);
  }
}

/**
 * Sends one request. A node that refuses from the headers closes while a large body is still being written, and when
 * our write meets the closed socket (EPIPE, a reset) Node drops the answer still unread: under load the wait for an
 * early answer can be too short. Such a request is sent once more, waiting for the early answer much longer; a refused
 * input changed nothing, so sending it again is the same input.
 */
export async function sendRaw(baseUrl: string, request: RawRequest, timeoutMs = 10_000): Promise<RawResponse> {
  try {
    return await sendOnce(baseUrl, request, timeoutMs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if ((code !== 'EPIPE' && code !== 'ECONNRESET') || request.headersOnly || !request.body?.length) throw err;
    return sendOnce(baseUrl, { ...request, earlyAnswerMs: 3000 }, timeoutMs);
  }
}

function sendOnce(baseUrl: string, request: RawRequest, timeoutMs: number): Promise<RawResponse> {
  const url = new URL(baseUrl);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const data = Buffer.concat(chunks);
      const parsed = parseResponse(data, true, request.method === 'HEAD');
      if (parsed) resolve({ ...parsed, ms: Date.now() - started });
      else reject(err ?? new Error(`connection closed without a complete answer (${data.length} bytes: ${JSON.stringify(data.subarray(0, 120).toString('latin1'))})`));
    };
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      socket.destroy();
      reject(new HangError(timeoutMs, `${request.method} ${request.path.slice(0, 200)}`));
    }, timeoutMs);
    // `connection: close`: the server ends the connection after its answer.
    let answered = false;
    socket.on('data', (d) => {
      answered = true;
      chunks.push(d);
    });
    socket.on('end', () => finish());
    socket.on('close', () => finish());
    // A server that answers before it read the body (a refused credential) may reset the connection while we write: its answer stands.
    socket.on('error', (err) => finish(err));
    socket.on('connect', () => {
      const body = request.body ?? Buffer.alloc(0);
      const lines = [`${request.method} ${request.path} HTTP/1.1`, `host: ${url.host}`, 'connection: close'];
      for (const [name, value] of request.headers) lines.push(`${name}: ${value}`);
      if (request.declaredLength !== 'none') lines.push(`content-length: ${request.declaredLength ?? body.length}`);
      const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
      // Headers past Node's 16 KiB are refused (431) as soon as the limit is passed, and the connection closed: bytes
      // of ours still unsent then would meet a closed socket (EPIPE), and Node drops the answer still unread with it.
      // So a head that long goes up to a little past the limit, and no further: that alone must bring the 431 (a node
      // that waits for more is a hang, which the oracle reports).
      const LIMIT = 16 * 1024;
      const after = (ms: number, then: () => void) => setTimeout(() => { if (!answered && !settled) then(); }, ms);
      const bodyPart = request.headersOnly ? Buffer.alloc(0) : body;
      if (head.length > LIMIT) return void socket.write(head.subarray(0, LIMIT + 1024));
      socket.write(head);
      if (!bodyPart.length) return;
      // So is a body over 64 KiB without a credential (refused from the headers): wait for that answer first.
      const wait = request.earlyAnswerMs ?? (body.length > 64 * 1024 ? 300 : 0);
      if (!wait) return void socket.write(bodyPart);
      after(wait, () => socket.write(bodyPart));
    });
  });
}

/** The answer in `data` once it is complete (by content-length, chunked encoding, or a status without a body), else undefined. */
export function parseResponse(data: Buffer, closed = false, head = false): Omit<RawResponse, 'ms'> | undefined {
  const end = data.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine, ...headerLines] = data.subarray(0, end).toString('latin1').split('\r\n');
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
  if (!m) return undefined;
  const status = Number(m[1]);
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  const rest = data.subarray(end + 4);
  if (head || status === 204 || status === 304 || (status >= 100 && status < 200)) return { status, headers, body: Buffer.alloc(0) };
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
    const body = dechunk(rest);
    return body ? { status, headers, body } : undefined;
  }
  if (headers['content-length'] !== undefined) {
    const n = Number(headers['content-length']);
    return rest.length >= n ? { status, headers, body: rest.subarray(0, n) } : undefined;
  }
  return closed ? { status, headers, body: rest } : undefined; // read to the close
}

function dechunk(data: Buffer): Buffer | undefined {
  const out: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const eol = data.indexOf('\r\n', pos);
    if (eol < 0) return undefined;
    const size = parseInt(data.subarray(pos, eol).toString('latin1'), 16);
    if (Number.isNaN(size)) return undefined;
    if (size === 0) return data.indexOf('\r\n', eol + 2) >= 0 ? Buffer.concat(out) : undefined;
    if (data.length < eol + 2 + size + 2) return undefined;
    out.push(data.subarray(eol + 2, eol + 2 + size));
    pos = eol + 2 + size + 2;
  }
}
