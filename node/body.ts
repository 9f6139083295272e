import type { Context } from 'koa';
import { PatchtreeError } from '../protocol/index.js';

/**
 * Reads a JSON request body with a byte limit: an oversized body is
 * BODY_TOO_LARGE before it is all read, malformed JSON is BAD_JSON.
 */
export async function readJson(ctx: Context, limit: number): Promise<unknown> {
  const type = ctx.request.type;
  const body = await readRaw(ctx, limit);
  if (body.length === 0) return {};
  if (type && type !== 'application/json') throw new PatchtreeError('UNSUPPORTED_MEDIA_TYPE', `expected application/json, got ${type}`);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (cause) {
    throw new PatchtreeError('BAD_JSON', `request body is not valid JSON: ${(cause as Error).message}`, { cause });
  }
}

/** Reads a request body up to `limit` bytes; more is BODY_TOO_LARGE, refused before it is all read. */
export async function readRaw(ctx: Context, limit: number): Promise<Buffer> {
  const length = Number(ctx.request.headers['content-length'] ?? 0);
  if (length > limit) throw new PatchtreeError('BODY_TOO_LARGE', `request body is ${length} bytes; the limit is ${limit}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new PatchtreeError('BODY_TOO_LARGE', `request body exceeds the limit of ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
