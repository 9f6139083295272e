import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeFrame, PROTOCOL_VERSION } from '../protocol/index.js';
import { BundleFile, wire } from '../replication/index.js';
import { BundleWriter, SECTION, BUNDLE_FORMAT } from '../replication/bundle-format.js';
import { tempDir } from './helpers/temp.js';

// A bundle is read as strictly as a sync answer: its sha256 finds damage, but
// anyone can compute one, so a bundle whose sha256 is right is still walked
// and refused whole (BUNDLE_DAMAGED) when its sections are malformed.

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('patchtree-bundle-format-')));
afterAll(async () => cleanup?.());

const header = { format: BUNDLE_FORMAT, childId: 'ship-7', seq: 2, since: 1, parentId: 'hq', parentIdentity: 'id', languages: ['de-DE'], policyIds: [], created: new Date(0).toISOString() };
const hello = wire.encodeHelloAck({ parentId: 'hq', parentIdentity: 'id', unmanaged: [], rules: {}, runNow: [] });
const start = encodeFrame({ start: { protocolVersion: PROTOCOL_VERSION, parentId: 'hq', parentIdentity: 'id', storeId: 's', mode: 0, reason: '', uptoSeq: 5, filter: 'f' } });
const end = encodeFrame({ end: { uptoSeq: 5, digest: { count: 0, digest: '' } } });
const list = wire.encodeContentList([]);

type Part = [number, Uint8Array | object] | Buffer;
/** A bundle of these sections, with a right sha256 unless told. */
function bundle(parts: Part[]): Buffer {
  const out = new BundleWriter();
  const chunks = [out.start(), ...parts.map((p) => (Buffer.isBuffer(p) ? out.chunk(p) : out.section(p[0] as never, p[1])))];
  return Buffer.concat([...chunks, out.end()]);
}
const valid = (): Part[] => [[SECTION.header, header], [SECTION.hello, hello], [SECTION.session, { rule: 'catalog' }], [SECTION.frame, start], [SECTION.frame, end], [SECTION.contentList, list]];
/** The bytes written to a file and opened. */
async function open(bytes: Buffer, maxEntries?: number) {
  const path = join(dir, `b-${Math.random().toString(36).slice(2)}.ptb`);
  writeFileSync(path, bytes);
  return BundleFile.open(path, maxEntries);
}
/** The bytes with their trailing sha256 made anew, as a forger would. */
const rehashed = (bytes: Buffer) => {
  const body = bytes.subarray(0, bytes.length - 32);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
};
const damaged = expect.objectContaining({ code: 'BUNDLE_DAMAGED' });

describe('a bundle file', () => {
  it('opens whole: header, rules, sessions with their start frames, content list, files', async () => {
    const opened = await open(bundle([...valid(), [SECTION.file, { algorithm: 'sha256', hash: 'ab', size: 3 }], [SECTION.fileData, Buffer.from('xyz')]]));
    expect(opened.header).toEqual(header);
    expect(opened.sessions.get('catalog')?.start.kind).toBe('start');
    expect(opened.sessions.get('catalog')?.frames).toHaveLength(2);
    expect(opened.files.get('sha256:ab')).toMatchObject({ size: 3, length: 3 });
  });

  it('is refused when a byte changed or it was cut', async () => {
    const bytes = bundle(valid());
    const flipped = Buffer.from(bytes);
    flipped[20] ^= 1;
    await expect(open(flipped)).rejects.toEqual(damaged);
    await expect(open(bytes.subarray(0, bytes.length - 1))).rejects.toEqual(damaged);
    await expect(open(bytes.subarray(0, 30))).rejects.toEqual(damaged);
  });

  it('is refused when malformed, even with its sha256 made anew', async () => {
    const cases: Record<string, Part[]> = {
      'no header first': valid().slice(1),
      'two headers': [[SECTION.header, header], ...valid()],
      'another format': [[SECTION.header, { ...header, format: 9 }], ...valid().slice(1)],
      'a differential bundle from itself': [[SECTION.header, { ...header, since: 2 }], ...valid().slice(1)],
      'no rules': valid().filter((p) => !Array.isArray(p) || p[0] !== SECTION.hello),
      'no content list': valid().slice(0, -1),
      'a frame outside a session': [[SECTION.header, header], [SECTION.hello, hello], [SECTION.frame, start], [SECTION.contentList, list]],
      'a session not begun by a start frame': [[SECTION.header, header], [SECTION.hello, hello], [SECTION.session, { rule: 'catalog' }], [SECTION.frame, end], [SECTION.contentList, list]],
      'a session of an unknown rule': [[SECTION.header, header], [SECTION.hello, hello], [SECTION.session, { rule: 'content' }], [SECTION.frame, start], [SECTION.contentList, list]],
      'a rule twice': [...valid().slice(0, 5), [SECTION.session, { rule: 'catalog' }], [SECTION.frame, start], [SECTION.contentList, list]],
      'a file without its bytes': [...valid(), [SECTION.file, { algorithm: 'sha256', hash: 'ab', size: 3 }]],
      'file bytes of another size': [...valid(), [SECTION.file, { algorithm: 'sha256', hash: 'ab', size: 3 }], [SECTION.fileData, Buffer.from('xy')]],
      'an unknown section': [...valid(), [42, Buffer.from('?')]],
      'a section running past the end': [...valid(), Buffer.from([SECTION.hello, 0, 0, 0, 0, 0, 0, 0xff, 0xff])],
      'a header that is not JSON': [[SECTION.header, Buffer.from('{')], ...valid().slice(1)],
    };
    for (const [what, parts] of Object.entries(cases)) await expect(open(bundle(parts)), what).rejects.toEqual(damaged);
    // Bytes after the END section.
    const bytes = bundle(valid());
    const extra = Buffer.concat([bytes.subarray(0, bytes.length - 32), Buffer.from([SECTION.end, 0, 0, 0, 0, 0, 0, 0, 0]), bytes.subarray(bytes.length - 32)]);
    await expect(open(rehashed(extra)), 'bytes after END').rejects.toEqual(damaged);
  });

  it('is refused when it holds more frames and files than a node indexes', async () => {
    // Two frames and one file: within a bound of 3, past one of 2.
    const parts: Part[] = [...valid().slice(0, 5), [SECTION.contentList, list], [SECTION.file, { algorithm: 'sha256', hash: 'ab', size: 2 }], [SECTION.fileData, Buffer.from('xy')]];
    await expect(open(bundle(parts), 3)).resolves.toBeInstanceOf(BundleFile);
    await expect(open(bundle(parts), 2)).rejects.toEqual(expect.objectContaining({ code: 'BUNDLE_DAMAGED', message: expect.stringContaining('more than 2 frames and files') }));
  });
});
