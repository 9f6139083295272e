import { describe, expect, it } from 'vitest';
import { Change, readStrict, SYNC_FRAME, SyncFrame, type MessageSpec } from '../protocol/index.js';
import { BULLETIN, POLICY, POLICY_ENTRY, readChange, SEVERITY_LEVELS, SOFTWARE_UPDATE } from '../catalog/index.js';
import { patchtree } from '../protocol/generated/patchtree.js';
import { CONTENT_LIST, LANGUAGE_ACK, VERIFY_RESPONSE } from '../replication/wire.js';
import { encodeRaw, text, varint } from './helpers/raw-protobuf.js';

// The strict reader a child reads its parent's answers with (protocol/strict.ts)
// reads exactly what the generated code writes, and refuses what no honest
// encoder writes.

const reflected = (name: string) => (patchtree.v1 as unknown as Record<string, unknown>)[name] as never;

describe('the strict reader', () => {
  const specs: Array<[string, MessageSpec]> = [['Bulletin', BULLETIN], ['SoftwareUpdate', SOFTWARE_UPDATE], ['Policy', POLICY], ['PolicyEntry', POLICY_ENTRY], ['SeverityLevels', SEVERITY_LEVELS], ['LanguageAck', LANGUAGE_ACK], ['VerifyResponse', VERIFY_RESPONSE], ['ContentListResponse', CONTENT_LIST],
    ['SyncStart', SYNC_FRAME.fields[1].message!], ['SyncEnd', SYNC_FRAME.fields[3].message!], ['SyncError', SYNC_FRAME.fields[4].message!]];

  it.each(specs)('reads every field of %s as the generated code writes it', (name, spec) => {
    const type = reflected(name) as { encode(m: unknown): { finish(): Uint8Array }; decode(b: Uint8Array): unknown; toObject(m: unknown, o: unknown): Record<string, unknown>; fields?: unknown };
    const sample = fromSpec(spec);
    const bytes = type.encode(sample).finish();
    const expected = type.toObject(type.decode(bytes), { defaults: true, arrays: true, longs: Number, enums: Number });
    expect(readStrict(spec, bytes)).toEqual(expected);
    // And the spec names every field the generated code knows: nothing it writes is skipped as unknown.
    expect(Object.keys(readStrict(spec, new Uint8Array())).sort()).toEqual(Object.keys(type.toObject(type.decode(new Uint8Array()), { defaults: true, arrays: true })).sort());
  });

  it('reads each kind of record of a Change, and a tombstone', () => {
    const update = { id: 'U', bulletinId: 'B', language: 'de-DE', size: 2 ** 40, supersedes: ['KB1'], restartRequired: true };
    const change = readChange(Change.encode({ key: 'u/B/U', languages: ['de-DE'], leftLanguages: ['fr-FR'], record: { update } }).finish(), 'PROTO_DECODE', false);
    expect(change).toMatchObject({ key: 'u/B/U', languages: ['de-DE'], deleted: false, leftLanguages: ['fr-FR'], record: { body: 'update', value: { ...update, kb: '', superseded: false } } });
    expect(readChange(Change.encode({ key: 'b/B', deleted: true }).finish())).toEqual({ key: 'b/B', languages: [], deleted: true, leftLanguages: [], record: undefined });
    expect(readChange(Change.encode({ key: 'b/B', record: {} }).finish()).record).toEqual({ body: undefined, value: undefined });
  });

  it('reads every kind of session frame', () => {
    const read = (frame: unknown) => readStrict(SYNC_FRAME, SyncFrame.encode(frame as never).finish());
    const publishers = [{ publisherId: 'k', roots: ['{"signed":{}}'], targets: '{"signed":{}}' }];
    expect(read({ start: { protocolVersion: 1, parentId: 'p', storeId: 's', mode: 2, reason: 'r', uptoSeq: 9, filter: 'f', parentIdentity: 'i', publishers, servedThrough: [{ languages: ['de-DE'] }], viewId: 7 } }).start).toEqual({
      protocolVersion: 1, parentId: 'p', storeId: 's', mode: 2, reason: 'r', uptoSeq: 9, filter: 'f', parentIdentity: 'i', publishers, servedThrough: [{ languages: ['de-DE'] }], viewId: 7,
    });
    expect(read({ listing: { data: Buffer.alloc(64, 1) } }).listing).toEqual({ data: Buffer.alloc(64, 1) });
    expect(read({ end: { uptoSeq: 9, digest: { count: 3, digest: 'ab' } } }).end).toEqual({ uptoSeq: 9, digest: { count: 3, digest: 'ab' } });
    expect(read({ error: { code: 'C', message: 'm' } }).error).toEqual({ code: 'C', message: 'm' });
    const batch = read({ batch: { changes: [{ key: 'b/B', languages: ['neutral'] }], lastSeq: 4, lastKey: 'b/B', fromKey: '' } }).batch as { changes: Uint8Array[] };
    expect(Change.decode(batch.changes[0]).key).toBe('b/B');
  });

  const refusals: Array<[string, Uint8Array]> = [
    ['a string field sent as a varint', encodeRaw([{ no: 1, wire: 0, value: 5n }])],
    ['a varint field sent as bytes', encodeRaw([{ no: 3, wire: 2, value: text('x') }])],
    ['a field twice', encodeRaw([{ no: 1, wire: 2, value: text('b/B') }, { no: 1, wire: 2, value: text('b/C') }])],
    ['broken UTF-8', encodeRaw([{ no: 1, wire: 2, value: Uint8Array.from([0x62, 0x2f, 0xc3, 0x28]) }])],
    ['a UTF-16 surrogate encoded as UTF-8', encodeRaw([{ no: 1, wire: 2, value: Uint8Array.from([0xed, 0xa0, 0x80]) }])],
    ['a length past the end', encodeRaw([{ no: 1, wire: -1, value: Buffer.concat([varint(10), varint(50), text('short')]) }])],
    ['a bool of 2', encodeRaw([{ no: 3, wire: 0, value: 2n }])],
    ['a varint of 11 bytes', encodeRaw([{ no: 3, wire: -1, value: Uint8Array.from([0x18, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]) }])],
    ['two bodies in one record', encodeRaw([{ no: 4, wire: 2, value: encodeRaw([{ no: 1, wire: 2, value: new Uint8Array() }, { no: 2, wire: 2, value: new Uint8Array() }]) }])],
    ['a nested field past its message', encodeRaw([{ no: 4, wire: 2, value: encodeRaw([{ no: 1, wire: -1, value: Buffer.concat([varint(10), varint(3), text('ab')]) }]) }, { no: 9, wire: 2, value: text('x') }])],
    ['field number 0', Uint8Array.from([0x02, 0x00])],
    ['a group (wire type 3)', Uint8Array.from([0x0b])],
  ];

  it.each(refusals)('refuses %s with the code asked for', (_name, bytes) => {
    expect(() => readChange(bytes, 'REPL_BAD_RECORD')).toThrow(expect.objectContaining({ code: 'REPL_BAD_RECORD' }));
  });

  it('checks free text as it reads it, without making strings of it, and bounds it', () => {
    const bytes = Change.encode({ key: 'u/B/U', languages: ['de-DE'], record: { update: { id: 'U', kb: 'KB1', commandLine: '/q', product: 'é'.repeat(4096) } } }).finish();
    const checked = readChange(bytes).record!.value!;
    expect(checked.id).toBe('U');
    expect(['kb', 'commandLine', 'product'].filter((f) => f in checked)).toEqual([]); // checked, not kept
    expect(readChange(bytes, 'X', false).record!.value).toMatchObject({ id: 'U', kb: 'KB1', commandLine: '/q' });
    const long = Change.encode({ key: 'u/B/U', record: { update: { product: 'é'.repeat(4097) } } }).finish();
    expect(() => readChange(long, 'REPL_BAD_RECORD')).toThrow(expect.objectContaining({ code: 'REPL_BAD_RECORD' }));
    expect(() => readChange(long, 'REPL_BAD_RECORD', false)).toThrow(expect.objectContaining({ code: 'REPL_BAD_RECORD' }));
    expect(() => readChange(Change.encode({ key: 'u/B/U', record: { update: { commandLine: 'x'.repeat(1 << 20) } } }).finish())).not.toThrow();
  });

  it('skips fields it does not know, as protobuf says (a later version may add some)', () => {
    expect(readChange(encodeRaw([{ no: 1, wire: 2, value: text('b/B') }, { no: 17, wire: 2, value: text('later') }, { no: 18, wire: 0, value: 3n }])).key).toBe('b/B');
  });

  it('counts a repeated field as it reads it, past its bound', () => {
    const many = encodeRaw(Array.from({ length: 5001 }, () => ({ no: 1, wire: 2 as const, value: encodeRaw([{ no: 1, wire: 2, value: text('b/B') }]) })));
    expect(() => readStrict(CONTENT_LIST, new Uint8Array())).not.toThrow();
    expect(() => readStrict({ ...VERIFY_RESPONSE, fields: { 1: { ...VERIFY_RESPONSE.fields[1], max: 5000 }, 2: VERIFY_RESPONSE.fields[2] } }, many)).toThrow('more than 5000 entries');
  });
});

/** A message of `spec` with every field set, as a plain object the generated encoder takes. */
function fromSpec(spec: MessageSpec, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of Object.values(spec.fields)) {
    const one = (i: number): unknown => {
      switch (field.kind) {
        case 'string': return `${field.name}-${i}-é€😀`;
        case 'bool': return true;
        case 'uint': return field.name === 'mode' ? 2 : 2 ** 40 + i;
        case 'bytes': return Uint8Array.from([i, 1, 2]);
        case 'message': return depth > 3 ? {} : fromSpec(field.message!, depth + 1);
      }
    };
    out[field.name] = field.repeated ? [one(0), one(1)] : one(0);
  }
  return out;
}
