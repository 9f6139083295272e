import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The path of `binary` (absolute, or looked up in PATH), or undefined when it is not there. */
async function findBinary(binary: string): Promise<string | undefined> {
  const candidates = isAbsolute(binary) ? [binary] : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, binary));
  for (const path of candidates) {
    if (await access(path, constants.X_OK).then(() => true, () => false)) return path;
  }
  return undefined;
}

/**
 * Makes sure a Debian package is installed so that `npm test` on a fresh machine (or CI) brings what a
 * test needs itself: returns the path of `binary` when present, else installs `pkg` with apt-get (as
 * root) and returns it. Fails with a message that says what to run by hand when it cannot.
 */
export async function ensureDebianPackage(pkg: string, binary: string): Promise<string> {
  const present = await findBinary(binary);
  if (present) return present;
  const hint = `install it by hand: apt-get update && apt-get install -y --no-install-recommends ${pkg}`;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) throw new Error(`${binary} is missing and installing ${pkg} needs root; ${hint}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    await run('apt-get', ['update'], { env, maxBuffer: 64 * 1024 * 1024 });
    await run('apt-get', ['install', '-y', '--no-install-recommends', pkg], { env, maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as { message: string; stderr?: string };
    throw new Error(`could not install ${pkg} for ${binary}: ${(e.stderr || e.message).trim().slice(-2000)}; ${hint}`);
  }
  const installed = await findBinary(binary);
  if (!installed) throw new Error(`installed ${pkg} but ${binary} is still missing; ${hint}`);
  return installed;
}
