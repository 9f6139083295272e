import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../node/config.js';
import { httpPort } from '../replication/index.js';
import { tempDir } from './helpers/temp.js';

// parent.contentUrl: a child downloads package files from a site's HTTP cache
// (README "Behind an HTTP cache") and keeps talking sync to parent.url.
// test/http-cache.test.ts runs it end to end with a real nginx.

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('patchtree-content-url-')));
afterAll(() => cleanup());

const load = (extra: Record<string, unknown>) => {
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify({ parent: { url: 'https://hq.example:8470', childId: 'site-a', credential: 'c'.repeat(32), ...extra } }));
  return loadConfig({ file, env: {} });
};

describe('parent.contentUrl', () => {
  it('is kept when it is an http(s) URL, and absent by default', () => {
    expect(load({ contentUrl: 'http://cache.site-a.example:8080' }).parent?.contentUrl).toBe('http://cache.site-a.example:8080');
    expect(load({}).parent).not.toHaveProperty('contentUrl');
  });

  it('is refused with CONFIG_INVALID when it is not an http(s) URL', () => {
    for (const contentUrl of ['file:///var/cache', 'cache.site-a.example:8080', 42, '']) {
      expect(() => load({ contentUrl }), String(contentUrl)).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringMatching(/contentUrl/) }));
    }
  });

  it('is where the child fetches /content/ALG/HEX from; without it, the parent', () => {
    const link = { url: 'https://hq.example:8470/', childId: 'site-a', credential: 'c'.repeat(32) };
    expect(httpPort({ ...link, contentUrl: 'http://cache.site-a.example:8080/' }).contentUrl('sha256', 'ab')).toBe('http://cache.site-a.example:8080/content/sha256/ab');
    expect(httpPort({ ...link, contentUrl: 'https://cdn.example/patchtree' }).contentUrl('sha1', 'cd')).toBe('https://cdn.example/patchtree/content/sha1/cd');
    expect(httpPort(link).contentUrl('sha256', 'ab')).toBe('https://hq.example:8470/content/sha256/ab');
  });
});
