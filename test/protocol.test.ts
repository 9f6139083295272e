import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { decodeChange, encodeChange, plainRecord } from '../protocol/index.js';
import { tempDir } from './helpers/temp.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));

describe('protocol', () => {
  it('commits generated code that matches patchtree.proto', async () => {
    const { dir, cleanup } = await tempDir();
    const out = join(dir, 'patchtree.js');
    const pbjs = join(root, 'node_modules/.bin/pbjs');
    await run(pbjs, ['-t', 'static-module', '-w', 'es6', '--es6', '--force-number', '--no-delimited', '-o', out, join(root, 'protocol/patchtree.proto')]);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(root, 'protocol/generated/patchtree.js'), 'utf8'));
    await cleanup();
  });

  it('reads a change header without its record, agreeing with the full decode', async () => {
    const { decodeChangeHeader } = await import('../protocol/index.js');
    const bytes = encodeChange({ key: 'b/B', languages: ['de-DE', 'neutral'], leftLanguages: ['fr-FR'], record: { bulletin: { id: 'B', title: 'x'.repeat(500), products: ['a', 'b'] } } });
    const full = decodeChange(bytes);
    expect(decodeChangeHeader(bytes)).toEqual({ key: full.key, languages: full.languages, deleted: false, leftLanguages: full.leftLanguages });
    expect(decodeChangeHeader(encodeChange({ key: 'u/B/x', languages: ['en-US'], deleted: true }))).toMatchObject({ key: 'u/B/x', deleted: true });
    expect(() => decodeChangeHeader(Uint8Array.from([0x0a, 0x05, 0x61]))).toThrow(expect.objectContaining({ code: 'PROTO_DECODE' }));
  });

  it('round-trips a change and refuses malformed bytes with PROTO_DECODE', () => {
    const bytes = encodeChange({ key: 'u/B/u1', languages: ['de-DE'], record: { update: { id: 'u1', language: 'de-DE', size: 2 ** 40 } } });
    const change = decodeChange(bytes);
    expect(plainRecord(change)).toMatchObject({ id: 'u1', language: 'de-DE', size: 2 ** 40, superseded: false, supersedes: [] });
    expect(() => decodeChange(Uint8Array.from([0x0a, 0xff, 0xff, 0x01]))).toThrow(expect.objectContaining({ code: 'PROTO_DECODE' }));
  });
});

describe('sync frames', () => {
  it('streams length-delimited frames, batches carrying stored bytes untouched', async () => {
    const { Readable } = await import('node:stream');
    const { encodeFrame, encodeBatchFrame, readFrames, Mode } = await import('../protocol/index.js');
    const stored = [
      encodeChange({ key: 'b/B1', languages: ['en-US'], record: { bulletin: { id: 'B1', title: 'x'.repeat(300) } } }),
      encodeChange({ key: 'u/B1/u', languages: ['de-DE'], deleted: true }),
    ];
    const bytes = Buffer.concat([
      encodeFrame({ start: { protocolVersion: 1, parentId: 'p', mode: Mode.MODE_COMPLETE, uptoSeq: 7 } }),
      encodeBatchFrame(stored, { lastSeq: 2 ** 33, lastKey: 'u/B1/u', fromKey: 'b/' }),
      encodeFrame({ end: { uptoSeq: 7, digest: { count: 1, digest: 'ab' } } }),
    ]);
    // Deliver in awkward chunks: frames split across reads.
    const chunks = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    const frames = [];
    for await (const f of readFrames(Readable.from(chunks))) frames.push(f);
    expect(frames.map((f) => f.frame)).toEqual(['start', 'batch', 'end']);
    expect(frames[0].start!.uptoSeq).toBe(7);
    const batch = frames[1].batch!;
    const received = batch.changes ?? [];
    expect(received.map((c, i) => Buffer.from(encodeChange(c)).equals(Buffer.from(stored[i])))).toEqual([true, true]);
    expect(batch).toMatchObject({ lastSeq: 2 ** 33, lastKey: 'u/B1/u', fromKey: 'b/' });
  });

  it('reads the same frames however the stream is cut into chunks', async () => {
    const { Readable } = await import('node:stream');
    const { encodeBatchFrame, readReceivedFrames } = await import('../protocol/index.js');
    const fc = (await import('fast-check')).default;
    const changeArb = fc.uint8Array({ minLength: 1, maxLength: 700 });
    const framesArb = fc.array(fc.array(changeArb, { maxLength: 30 }), { minLength: 1, maxLength: 6 });
    await fc.assert(fc.asyncProperty(framesArb, fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 20 }), async (batches, cuts) => {
      const bytes = Buffer.concat(batches.map((changes, i) => encodeBatchFrame(changes, { lastSeq: i + 1 })));
      const chunks: Buffer[] = [];
      for (let at = 0, i = 0; at < bytes.length; i++) chunks.push(bytes.subarray(at, (at += cuts[i % cuts.length])));
      const received = [];
      for await (const f of readReceivedFrames(Readable.from(chunks))) received.push(f.kind === 'batch' ? f.batch : undefined);
      expect(received.map((b) => b!.lastSeq)).toEqual(batches.map((_, i) => i + 1));
      expect(received.map((b) => b!.changes.map((c) => Buffer.from(c).toString('hex')))).toEqual(batches.map((changes) => changes.map((c) => Buffer.from(c).toString('hex'))));
    }), { numRuns: 200 });
  });

  it('reads a stream cut inside a frame as interrupted, and refuses oversized or malformed frames with PROTO_DECODE', async () => {
    const { Readable } = await import('node:stream');
    const { encodeFrame, readFrames } = await import('../protocol/index.js');
    const frame = encodeFrame({ end: { uptoSeq: 3 } });
    const drain = async (chunks: Buffer[], max?: number) => { for await (const _ of readFrames(Readable.from(chunks), max)); };
    await expect(drain([frame.subarray(0, frame.length - 1)])).rejects.toMatchObject({ code: 'REPL_INTERRUPTED' });
    await expect(drain([frame], 2)).rejects.toMatchObject({ code: 'PROTO_DECODE' });
    await expect(drain([Buffer.from([0x03, 0xff, 0xff, 0xff])])).rejects.toMatchObject({ code: 'PROTO_DECODE' });
  });
});
