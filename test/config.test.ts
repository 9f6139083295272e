import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../node/config.js';
import { tempDir } from './helpers/temp.js';

describe('config', () => {
  it('layers defaults, file, environment and flags, and freezes the result', async () => {
    const { dir, cleanup } = await tempDir();
    const file = join(dir, 'patchtree.json');
    writeFileSync(file, JSON.stringify({ port: 9000, languages: ['de-de', 'en-US'], exclusions: ['Legacy*'] }));
    const config = loadConfig({ file, env: { PATCHTREE_PORT: '9100', PATCHTREE_SAMPLE: 'false' }, flags: { dataDir: dir } });
    expect(config).toMatchObject({ port: 9100, languages: ['de-DE', 'en-US'], exclusions: ['Legacy*'], sample: false, dataDir: dir, host: '127.0.0.1' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(loadConfig({ env: {}, flags: { port: '9200' } }).port).toBe(9200);
    // Child health: offline after 5 minutes without a word, CHILD_STALE after 6 hours without a success, unless set.
    expect(loadConfig({ env: {} })).toMatchObject({ childOfflineSeconds: 300, childStaleSeconds: 21_600 });
    expect(loadConfig({ env: {}, flags: { childOfflineSeconds: 90, childStaleSeconds: 7200 } })).toMatchObject({ childOfflineSeconds: 90, childStaleSeconds: 7200 });
    await cleanup();
  });

  it('stops on a bad key with a message naming it', async () => {
    const { dir, cleanup } = await tempDir();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ prot: 80 }, 'prot'],
      [{ port: 70000 }, 'port'],
      [{ languages: ['xx_YY!'] }, 'languages'],
      [{ sources: [{ name: 's', type: 'rss', urls: ['http://x/'] }] }, 'sources[0]'],
      [{ adminToken: 'short' }, 'adminToken'],
      [{ logLevel: 'loud' }, 'logLevel'],
      [{ childOfflineSeconds: 0 }, 'childOfflineSeconds'],
      [{ childStaleSeconds: '3600' }, 'childStaleSeconds'],
    ];
    for (const [content, key] of cases) {
      const file = join(dir, 'c.json');
      writeFileSync(file, JSON.stringify(content));
      expect(() => loadConfig({ file, env: {} })).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringContaining(`"${key}"`) }));
    }
    writeFileSync(join(dir, 'bad.json'), '{ port: 1');
    expect(() => loadConfig({ file: join(dir, 'bad.json'), env: {} })).toThrow(/not valid JSON/);
    await cleanup();
  });
});
