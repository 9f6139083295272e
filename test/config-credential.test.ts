import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../node/config.js';
import { tempDir } from './helpers/temp.js';

// The child credential from the config JSON, a file (parent.credentialFile) or PATCHTREE_PARENT_CREDENTIAL: exactly one.

const SECRET = 'cred-from-somewhere-0123456789abcdef';
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('patchtree-cred-')));
afterAll(() => cleanup());

const parent = (extra: Record<string, unknown>) => ({ url: 'http://127.0.0.1:8470', childId: 'site-a', ...extra });
const load = (p: Record<string, unknown> | undefined, env: Record<string, string> = {}) => {
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify(p ? { parent: p } : {}));
  return loadConfig({ file, env });
};
const refused = (message: RegExp) => expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringMatching(message) });

describe('the child credential', () => {
  it('comes from the config JSON, as before', () => {
    expect(load(parent({ credential: SECRET })).parent?.credential).toBe(SECRET);
  });

  it('comes from a file, read at start, its surrounding whitespace (a final newline) dropped', () => {
    const file = join(dir, 'credential');
    writeFileSync(file, `${SECRET}\n`, { mode: 0o600 });
    const config = load(parent({ credentialFile: file }));
    expect(config.parent?.credential).toBe(SECRET);
    // The path is not kept: what the node uses is the credential.
    expect(Object.keys(config.parent!)).not.toContain('credentialFile');
  });

  it('comes from PATCHTREE_PARENT_CREDENTIAL', () => {
    expect(load(parent({}), { PATCHTREE_PARENT_CREDENTIAL: SECRET }).parent?.credential).toBe(SECRET);
  });

  it('must come from exactly one source: two are refused, naming both, none is refused', () => {
    const file = join(dir, 'credential');
    expect(() => load(parent({ credential: SECRET, credentialFile: file }))).toThrow(refused(/parent\.credential and parent\.credentialFile/));
    expect(() => load(parent({ credential: SECRET }), { PATCHTREE_PARENT_CREDENTIAL: SECRET })).toThrow(refused(/parent\.credential and PATCHTREE_PARENT_CREDENTIAL/));
    expect(() => load(parent({ credentialFile: file }), { PATCHTREE_PARENT_CREDENTIAL: SECRET })).toThrow(refused(/parent\.credentialFile and PATCHTREE_PARENT_CREDENTIAL/));
    expect(() => load(parent({}))).toThrow(refused(/needs the credential/));
  });

  it('refuses a missing or empty file, a blank variable, and the variable on a node with no parent', () => {
    expect(() => load(parent({ credentialFile: join(dir, 'nope') }))).toThrow(refused(/cannot read "credentialFile"/));
    writeFileSync(join(dir, 'empty'), '\n');
    expect(() => load(parent({ credentialFile: join(dir, 'empty') }))).toThrow(refused(/is empty/));
    expect(() => load(parent({}), { PATCHTREE_PARENT_CREDENTIAL: '  ' })).toThrow(refused(/is blank/));
    expect(() => load(undefined, { PATCHTREE_PARENT_CREDENTIAL: SECRET })).toThrow(refused(/no parent is configured/));
  });

  it('is not needed by a disconnected site (a parent without url, fed by bundles); a url still needs it', () => {
    const { url: _url, ...bundled } = parent({});
    const config = load(bundled);
    expect(config.parent).toMatchObject({ childId: 'site-a', credential: '' });
    expect(config.parent).not.toHaveProperty('url');
    expect(load({ ...bundled, credential: SECRET }).parent?.credential).toBe(SECRET);
    expect(() => load({ ...bundled, url: 'ftp://hq' })).toThrow(refused(/"parent"/));
    expect(() => load(parent({}))).toThrow(refused(/needs the credential/));
  });

  it('never shows the credential in a refusal', () => {
    for (const attempt of [() => load(parent({ credential: SECRET }), { PATCHTREE_PARENT_CREDENTIAL: SECRET }), () => load(undefined, { PATCHTREE_PARENT_CREDENTIAL: SECRET })]) {
      try {
        attempt();
        expect.unreachable();
      } catch (err) {
        expect((err as Error).message).not.toContain(SECRET);
      }
    }
  });
});
