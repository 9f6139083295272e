import { describe, expect, it } from 'vitest';
import { mkdir, readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtEntry } from '../node/build.mjs';
import { tempDir } from './helpers/temp.js';

async function write(root: string, path: string, text: string) {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), text);
}

/** A two-module source tree with an asset, shaped like the project's. */
async function sourceTree() {
  const { dir, cleanup } = await tempDir('patchtree-build-');
  await write(dir, 'catalog/answer.ts', 'export const answer: number = 41;\n');
  await write(dir, 'node/cli.ts', "import { readFileSync } from 'node:fs';\nimport { answer } from '../catalog/answer.js';\nexport const result = { answer, page: readFileSync(new URL('./console/page.html', import.meta.url), 'utf8') };\n");
  await write(dir, 'node/console/page.html', '<p>hello</p>');
  return { dir, cleanup };
}

const load = async (entry: string) => (await import(`${pathToFileURL(entry).href}?${Date.now()}`)).result;

describe('compiling the sources the node runs (node/build.mjs)', () => {
  it('compiles a mirror of the tree, with its assets, and reuses it while nothing changes', async () => {
    const { dir, cleanup } = await sourceTree();
    const entry = await builtEntry(dir);
    expect(entry.startsWith(join(dir, '.build'))).toBe(true);
    expect(await load(entry)).toEqual({ answer: 41, page: '<p>hello</p>' });
    expect(await builtEntry(dir)).toBe(entry);
    await cleanup();
  });

  it('compiles again when a source changes, so a node never runs stale code', async () => {
    const { dir, cleanup } = await sourceTree();
    const first = await builtEntry(dir);
    const { mtime } = await stat(join(dir, 'catalog/answer.ts'));
    await write(dir, 'catalog/answer.ts', 'export const answer: number = 42;\n');
    await utimes(join(dir, 'catalog/answer.ts'), mtime, mtime); // same size, same time: only the content tells
    const second = await builtEntry(dir);
    expect(second).not.toBe(first);
    expect((await load(second)).answer).toBe(42);
    await cleanup();
  });

  it('leaves one complete build when several nodes start at once', async () => {
    const { dir, cleanup } = await sourceTree();
    const entries = await Promise.all(Array.from({ length: 4 }, () => builtEntry(dir)));
    expect(new Set(entries).size).toBe(1);
    expect(await readdir(join(dir, '.build'))).toHaveLength(1);
    expect(await readFile(entries[0], 'utf8')).toContain('answer');
    await cleanup();
  });

  it('removes builds unused for a day, but not one a node started from since', async () => {
    const { dir, cleanup } = await sourceTree();
    const daysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    const used = dirname(dirname(await builtEntry(dir)));
    await write(dir, 'catalog/answer.ts', 'export const answer: number = 1;\n');
    const unused = dirname(dirname(await builtEntry(dir)));
    await utimes(used, daysAgo, daysAgo);
    await utimes(unused, daysAgo, daysAgo);
    await write(dir, 'catalog/answer.ts', 'export const answer: number = 41;\n');
    expect(dirname(dirname(await builtEntry(dir)))).toBe(used); // a node starts from the first build again
    await write(dir, 'catalog/answer.ts', 'export const answer: number = 2;\n');
    const latest = dirname(dirname(await builtEntry(dir)));
    expect((await readdir(join(dir, '.build'))).map((name) => join(dir, '.build', name)).sort()).toEqual([used, latest].sort());
    await cleanup();
  });

  it('fails on a source that does not compile, leaving no half build behind', async () => {
    const { dir, cleanup } = await sourceTree();
    await write(dir, 'catalog/answer.ts', 'export const answer: number = ;\n');
    await expect(builtEntry(dir)).rejects.toThrow();
    expect(await readdir(join(dir, '.build')).catch(() => [])).toEqual([]);
    await cleanup();
  });
});
