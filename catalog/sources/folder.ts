import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PatchtreeError } from '../../protocol/index.js';
import type { FetchPolicy } from './fetch-policy.js';
import { redactUrl } from './redact.js';

/** Most files a source folder may hold: as many as a source may name URLs. */
export const MAX_FOLDER_FILES = 10_000;

/**
 * The documents a `file:` folder URL (one ending in "/", which only the
 * node's config file can name) stands for: the regular files directly in
 * it, by name, as file: URLs under it (an admin points a wsusoffline source
 * at its static/ folder). Subfolders are not entered and symbolic links not
 * followed, so nothing outside the folder the config named is read.
 * Undefined for any other URL: it is a document itself.
 */
export async function folderDocuments(url: string, policy: FetchPolicy): Promise<string[] | undefined> {
  if (!url.startsWith('file:') || !url.endsWith('/')) return undefined;
  policy.checkUrl(url, 'catalog folder');
  const shown = redactUrl(url);
  let names: string[];
  try {
    const entries = await readdir(fileURLToPath(url), { withFileTypes: true });
    names = entries.filter((e) => e.isFile()).map((e) => e.name);
  } catch (cause) {
    throw new PatchtreeError('CATALOG_FETCH', `cannot read the folder ${shown}: ${(cause as NodeJS.ErrnoException).code ?? 'error'}`, { details: { url: shown } });
  }
  if (names.length > MAX_FOLDER_FILES) {
    throw new PatchtreeError('CATALOG_FETCH', `the folder ${shown} holds ${names.length} files, more than ${MAX_FOLDER_FILES}`, { details: { url: shown } });
  }
  return names.sort().map((name) => new URL(encodeURIComponent(name), url).href);
}
