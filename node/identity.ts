import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Reads a value kept in the data directory, creating it with `make` on first start. */
async function keep(dataDir: string, file: string, make: () => string): Promise<{ value: string; created: boolean }> {
  const path = join(dataDir, file);
  try {
    return { value: (await readFile(path, 'utf8')).trim(), created: false };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    const value = make();
    await writeFile(path, `${value}\n`, { mode: 0o600, flag: 'wx' });
    return { value, created: true };
  }
}

/** The node id: configured, or generated once and kept in the data directory. */
export async function nodeIdFor(dataDir: string, configured?: string): Promise<string> {
  if (configured) return configured;
  return (await keep(dataDir, 'node-id', () => `node-${randomBytes(4).toString('hex')}`)).value;
}

/** The admin token: configured, or generated on first start (then `created` is true so it is printed once). */
export async function adminTokenFor(dataDir: string, configured?: string): Promise<{ value: string; created: boolean }> {
  if (configured) return { value: configured, created: false };
  return keep(dataDir, 'admin-token', () => randomBytes(24).toString('base64url'));
}

/** Path of the generated admin token, for the CLI on the same machine. */
export const adminTokenPath = (dataDir: string) => join(dataDir, 'admin-token');
