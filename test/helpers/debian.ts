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
  const found = await which(binary);
  if (found) return found;
  const install = installing.then(async () => {
    if (await which(binary)) return;
    if (process.getuid?.() !== 0) throw new Error(`${binary} is not installed and this user is not root: run "apt-get install -y --no-install-recommends ${pkg}" as root first`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      // Test files run in several processes: another may hold apt's locks; wait for them rather than fail.
      const wait = ['-o', 'DPkg::Lock::Timeout=600'];
      await aptWithRetry([...wait, 'update'], env);
      await aptWithRetry([...wait, 'install', '-y', '--no-install-recommends', pkg], env);
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      throw new Error(`could not install Debian package ${pkg} (for ${binary}): ${(e.stderr || e.message).trim().split('\n').slice(-5).join('\n')}`);
    }
  });
  installing = install.catch(() => undefined);
  await install;
  const installed = await which(binary);
  if (!installed) throw new Error(`Debian package ${pkg} was installed but ${binary} is not on PATH (${process.env.PATH})`);
  return installed;
}
