import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The path of `binary` on PATH (or as given when absolute), or undefined. */
async function which(binary: string): Promise<string | undefined> {
  const candidates = binary.includes('/') ? [binary] : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, binary));
  for (const path of candidates) {
    try {
      await access(path, constants.X_OK);
      return path;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** apt-get, tried again while another process holds the lists lock (which DPkg::Lock::Timeout does not cover). */
async function aptWithRetry(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await run('apt-get', args, { env, maxBuffer: 64 * 1024 * 1024 });
      return;
    } catch (err) {
      if (attempt >= 60 || !/Could not get lock|is another process using it/i.test(String((err as { stderr?: string }).stderr))) throw err;
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

/** Installs run one at a time: apt holds a lock, and two suites may want packages at once. */
let installing: Promise<unknown> = Promise.resolve();

/**
 * The path of a tool a test needs from Debian (promtool from `prometheus`,
 * chromium, nginx-light...): as found on PATH, else after `apt-get update`
 * and `apt-get install -y --no-install-recommends <pkg>` (as root). Throws
 * an error that says what to install by hand when that cannot be done.
 */
export async function ensureDebianPackage(pkg: string, binary: string): Promise<string> {
  await installUnless(pkg, binary, async () => (await which(binary)) !== undefined);
  const installed = await which(binary);
  if (!installed) throw new Error(`Debian package ${pkg} was installed but ${binary} is not on PATH (${process.env.PATH})`);
  return installed;
}

/**
 * A Python module of Debian's own python3 (`python3-protobuf` gives
 * `google.protobuf`), installed as ensureDebianPackage installs a tool when
 * `/usr/bin/python3 -c "import MODULE"` fails. Python itself too
 * (`python3`). Answers the interpreter's path: that python3, not one a
 * version manager puts first on PATH, sees Debian's modules.
 */
export async function ensureDebianPythonModule(pkg: string, module: string): Promise<string> {
  const python = await ensureDebianPackage('python3', '/usr/bin/python3');
  const importable = () => run(python, ['-c', `import ${module}`]).then(() => true, () => false);
  await installUnless(pkg, `python module ${module}`, importable);
  if (!(await importable())) throw new Error(`Debian package ${pkg} was installed but ${python} cannot import ${module}`);
  return python;
}

/** Installs `pkg` (apt-get update, then install, as root) unless `present()` says it is there already. */
async function installUnless(pkg: string, what: string, present: () => Promise<boolean>): Promise<void> {
  if (await present()) return;
  const install = installing.then(async () => {
    if (await present()) return;
    if (process.getuid?.() !== 0) throw new Error(`${what} is not installed and this user is not root: run "apt-get install -y --no-install-recommends ${pkg}" as root first`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      // Test files run in several processes: another may hold apt's locks; wait for them rather than fail.
      const wait = ['-o', 'DPkg::Lock::Timeout=600'];
      await aptWithRetry([...wait, 'update'], env);
      await aptWithRetry([...wait, 'install', '-y', '--no-install-recommends', pkg], env);
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      throw new Error(`could not install Debian package ${pkg} (for ${what}): ${(e.stderr || e.message).trim().split('\n').slice(-5).join('\n')}`);
    }
  });
  installing = install.catch(() => undefined);
  await install;
}
