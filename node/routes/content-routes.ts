import type Router from '@koa/router';
import { Transform, pipeline, type Readable } from 'node:stream';
import { z } from 'zod';
import { PatchtreeError } from '../../protocol/index.js';
import { isValidHash, type HashAlgorithm } from '../../catalog/index.js';
import type { NodeContext } from '../context.js';
import { defineRoute, mountRoutes } from '../route-table.js';

/** The shape; a hash's length per algorithm is isValidHash's (CONTENT_BAD_HASH either way). */
const ContentPath = z.object({
  algorithm: z.enum(['sha1', 'sha256', 'sha512']),
  hash: z.string().meta({ description: 'lowercase hex digest of the file' }),
});

/**
 * Staged package files at immutable URLs, by hash only: /content/ALG/HEX.
 * Served without a token, so that any HTTP cache or CDN a site runs can carry
 * the heavy bytes: the URL names the exact bytes (they are public vendor
 * files), and a client can verify them against the hash in the URL.
 */
export function contentRoutes(router: Router, node: NodeContext): void {
  mountRoutes(router, { bodyLimit: 0, admin: false }, [defineRoute({
    method: 'get', path: '/content/:algorithm/:hash', tags: ['open'], summary: 'A staged package file by its hash (no token; immutable, ETag, single Range)',
    request: { params: ContentPath, invalid: 'CONTENT_BAD_HASH' },
    responses: {
      200: { description: 'the file', contentType: 'application/octet-stream', schema: z.string().meta({ format: 'binary' }) },
      206: { description: 'the range asked for', contentType: 'application/octet-stream', schema: z.string().meta({ format: 'binary' }) },
      304: { description: 'the ETag matched' },
    },
    async handler(ctx, { params: { algorithm, hash } }) {
      if (!isValidHash(algorithm, hash)) throw new PatchtreeError('CONTENT_BAD_HASH', 'expected /content/sha1|sha256|sha512/<lowercase hex>');
      const content = node.catalog.content;
      const size = await content.stat(algorithm as HashAlgorithm, hash);
      if (size === undefined) throw new PatchtreeError('NOT_FOUND', `no content ${algorithm}/${hash}`);
      const etag = `"${algorithm}-${hash}"`;
      ctx.set('cache-control', 'public, max-age=31536000, immutable');
      ctx.set('etag', etag);
      ctx.set('accept-ranges', 'bytes');
      ctx.type = 'application/octet-stream';
      if (ctx.get('if-none-match') === etag) {
        ctx.status = 304;
        node.metrics.contentAnswered(304);
        return;
      }
      const range = parseRange(ctx.get('range'), size);
      if (range === 'unsatisfiable') {
        ctx.set('content-range', `bytes */${size}`);
        throw new PatchtreeError('RANGE_NOT_SATISFIABLE', `range ${ctx.get('range')} is outside the ${size} bytes of the file`);
      }
      if (range) {
        ctx.status = 206;
        ctx.set('content-range', `bytes ${range.start}-${range.end}/${size}`);
        ctx.length = range.end - range.start + 1;
      } else {
        ctx.status = 200;
        ctx.length = size;
      }
      node.metrics.contentAnswered(ctx.status);
      // A HEAD answer has no body: a file opened for it would never be read nor closed.
      if (ctx.method === 'HEAD') return;
      ctx.body = counted(content.openRead(algorithm as HashAlgorithm, hash, range ?? undefined), (n) => node.metrics.contentBytes(n));
    },
  })]);
}

/** One `bytes=a-b` / `bytes=a-` / `bytes=-n` range; multi-range requests get the whole file. */
function parseRange(header: string, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

/**
 * The file's bytes, counted as they pass on to the client: a download cut
 * halfway counts about what was sent, not the whole file. An error or a
 * client gone ends both streams.
 */
function counted(source: Readable, onBytes: (n: number) => void): Readable {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      onBytes(chunk.length);
      done(null, chunk);
    },
  });
  return pipeline(source, counter, () => undefined);
}
