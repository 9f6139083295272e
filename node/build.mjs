// Compiles the TypeScript sources to JavaScript under `.build/` on start when
// they changed, so a running node executes plain JavaScript. A runtime loader
// (tsx) would run its module hooks in a second thread with its own V8 heap,
// about 30 MB more per node for as long as it runs.
//
// Each build goes to `.build/<fingerprint>/`, a mirror of the source tree (so
// `import.meta.url` paths to assets hold), created under a temporary name
// and renamed into place: nodes starting at once never see half a build.
import { createHash, randomUUID } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIRS = ['protocol', 'catalog', 'replication', 'node'];
const COMPILED = /\.(ts|js)$/;
/** Files the running node reads next to its modules (at load; the sample catalog is read from the tree, see config.ts). */
const ASSETS = /\.(html|css)$/;
/** Besides the sources, what decides the compiled output. */
const COMPILER_INPUTS = [fileURLToPath(import.meta.url), join(ROOT, 'tsconfig.json'), createRequire(import.meta.url).resolve('esbuild/package.json')];
/** Builds not used for this long are removed (each start marks its build used). */
const STALE_BUILD_MS = 24 * 60 * 60 * 1000;

async function sourceFiles(root) {
  const files = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (COMPILED.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
      else if (ASSETS.test(entry.name)) files.push(path);
    }
  };
  for (const dir of SOURCE_DIRS) await walk(join(root, dir)).catch((e) => { if (e.code !== 'ENOENT') throw e; });
  return files.sort();
}

/** Names a build by the path and content of every file in it and of what compiles it (about 1 MB to read: a few ms). */
async function fingerprintOf(root, files) {
  const hash = createHash('sha256');
  for (const file of [...files, ...COMPILER_INPUTS]) {
    const content = await readFile(file).catch((e) => (e.code === 'ENOENT' ? Buffer.alloc(0) : Promise.reject(e)));
    hash.update(`${relative(root, file)}\0${content.length}\0`).update(content);
  }
  return hash.digest('hex').slice(0, 16);
}

async function compile(root, files, outdir) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: files.filter((f) => COMPILED.test(f)),
    outbase: root,
    outdir,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'error',
  });
  for (const asset of files.filter((f) => ASSETS.test(f))) {
    const target = join(outdir, relative(root, asset));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(asset, target);
  }
}

async function removeStaleBuilds(buildDir, current) {
  for (const name of await readdir(buildDir).catch(() => [])) {
    if (name === current) continue;
    const path = join(buildDir, name);
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > STALE_BUILD_MS) await rm(path, { recursive: true, force: true });
  }
}

/** The compiled entry module of the `patchtree` command, building it first if the sources changed. */
export async function builtEntry(root = ROOT) {
  const buildDir = join(root, '.build');
  const files = await sourceFiles(root);
  const fingerprint = await fingerprintOf(root, files);
  const dir = join(buildDir, fingerprint);
  const entry = join(dir, 'node', 'cli.js');
  if (await stat(entry).catch(() => undefined)) {
    const now = new Date();
    await utimes(dir, now, now).catch(() => {}); // marks it used, so no other start removes it as stale
    return entry;
  }
  const temporary = join(buildDir, `${fingerprint}.tmp-${randomUUID()}`);
  try {
    await compile(root, files, temporary);
    await rename(temporary, dir).catch((e) => {
      // Another node finished the same build first: theirs is as good as ours.
      if (e.code !== 'ENOTEMPTY' && e.code !== 'EEXIST') throw e;
    });
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
  await removeStaleBuilds(buildDir, fingerprint);
  return entry;
}
