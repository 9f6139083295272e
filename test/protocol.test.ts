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

  it('round-trips a change and refuses malformed bytes with PROTO_DECODE', () => {
    const bytes = encodeChange({ key: 'u/B/u1', languages: ['de-DE'], record: { update: { id: 'u1', language: 'de-DE', size: 2 ** 40 } } });
    const change = decodeChange(bytes);
    expect(plainRecord(change)).toMatchObject({ id: 'u1', language: 'de-DE', size: 2 ** 40, superseded: false, supersedes: [] });
    expect(() => decodeChange(Uint8Array.from([0x0a, 0xff, 0xff, 0x01]))).toThrow(expect.objectContaining({ code: 'PROTO_DECODE' }));
  });
});
