import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { NEUTRAL } from '../../protocol/index.js';
import { CatalogParseError } from '../errors.js';
import { isHttpUrl } from './fetch-policy.js';
import { isPlainFileName } from './file-name.js';
import type { DocumentParser, ParseContext, ParsedBulletin } from './model.js';
import { embeddedSha1, readFileName, readListName, type UpdateList } from './wsusoffline-names.js';

export { WSUS_LANGUAGES } from './wsusoffline-names.js';

/*
 * One wsusoffline static download list: one URL per line, optionally
 * followed by ",<local file name>". The list's file name says what it is
 * (wsusoffline-names.ts): a tool list (skipped and reported), or updates for
 * one product, in one language or in the languages each file names.
 *
 * An update is one download (URL) in one culture. Its culture is the list's
 * language when the list has a code (the chs list of Server 2003 x64 names
 * -ENU files: wsusoffline installs them on Chinese systems), else the one
 * the file name says (MSEInstall-x64-csy.exe, dotNetFx40LP_Full_x86_x64zh-
 * Hans.exe), else neutral. Its id is the lowercased file name plus a digest
 * of the culture and the URL (updateId): stable across imports, and distinct
 * for distinct URLs that share a file name (the 24 FileFormatConverters.exe
 * of the Office lists, XP's and Server 2003's scripten.exe).
 *
 * Bulletins, the stable rule: a file whose name has a KB belongs to bulletin
 * "KB<n>", whatever list it is in, so the per-language and per-architecture
 * lists of one KB meet in one bulletin when the import pipeline merges
 * documents. A file with no KB belongs to the bulletin named by its stem:
 * the file name without extension, windowsupdate.com SHA-1 suffix, language
 * code or culture (IE9-Windows7-x64-deu.exe and IE9-Windows7-x64-fra.exe ->
 * "ie9-windows7-x64"), lowercased because Windows file names are
 * case-insensitive and the lists spell one name in several cases
 * (vcredist_x64.EXE / vcredist_x64.exe). Lists carry no dates: released and
 * revised are ''.
 */

const VENDOR = 'Microsoft';
const UPDATE_TYPE = 'Update';

type Update = ParsedBulletin['updates'][number];

/** Hex digits of the URL digest in an update id: 64 bits, no collision among a bulletin's downloads. */
const ID_DIGEST_HEX = 16;

interface ListState {
  ctx: ParseContext;
  list: UpdateList;
  bulletins: Map<string, ParsedBulletin>;
  /** Update ids seen in this list, with the line that gave each: a repeated download is kept once and reported. */
  seen: Map<string, number>;
}

/** Parses one wsusoffline static download list into bulletins (by KB, else by file stem) and their files. */
export const parseWsusOffline: DocumentParser = async (body, ctx) => {
  const list = readListName(listFileName(ctx.url));
  if (list.kind === 'skipped') {
    body.destroy(); // nothing of a skipped list is read
    ctx.skip?.({ reason: list.reason });
    return { bulletins: [] };
  }
  const state: ListState = { ctx, list, bulletins: new Map(), seen: new Map() };
  let line = 0;
  let entry = 0;
  try {
    for await (const raw of createInterface({ input: body, crlfDelay: Infinity })) {
      line++;
      const text = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
      if (text === '') continue;
      entry++;
      addUpdate(state, readLine(state, text, line, entry), line);
    }
  } catch (err) {
    body.destroy(); // readline leaves its input open; a failed list is not read further
    throw err;
  }
  return { bulletins: [...state.bulletins.values()] };
};

/** Last path segment of the list's URL. */
function listFileName(url: string): string {
  try {
    const { pathname } = new URL(url);
    return decodeURIComponent(pathname.slice(pathname.lastIndexOf('/') + 1));
  } catch {
    return url;
  }
}

/** "<url>[,<local file name>]" -> the update it stands for. */
function readLine(state: ListState, text: string, line: number, entry: number): { update: Update; kb: string; stem: string } {
  const fail = (reason: string) => new CatalogParseError(state.ctx.source, { url: state.ctx.url, line, entry }, reason);
  const fields = text.split(',').map((f) => f.trim());
  // Reasons never quote the line (see CatalogParseError): the position names it.
  if (fields.length > 2) throw fail(`expected "<url>[,<file name>]", found ${fields.length - 1} commas`);
  const [href, localName] = fields;
  const url = isHttpUrl(href) ? new URL(href) : undefined;
  if (!url) throw fail('not an absolute http(s) URL');
  const fileName = localName ?? lastSegment(url);
  if (!fileName || !isPlainFileName(fileName)) throw fail('no plain file name (no "/", "\\", ":", control characters, "." or "..")');

  const facts = readFileName(fileName);
  const sha1 = embeddedSha1(url);
  const language = state.list.language ?? facts.language ?? NEUTRAL;
  const update: Update = {
    id: updateId(fileName, url, language),
    kb: facts.kb,
    fileName,
    language,
    product: state.list.product,
    // The file's own architecture when it names one (Silverlight_x64.exe sits in a win-x86 list).
    platform: facts.platform || state.list.platform,
    url: href,
    size: 0,
    hashAlgorithm: sha1 ? 'sha1' : '',
    hash: sha1 ?? '',
    commandLine: '',
    restartRequired: false,
    superseded: false,
    supersedes: [],
    supersededBy: [],
    updateType: UPDATE_TYPE,
  };
  return { update, kb: facts.kb, stem: facts.stem };
}

/**
 * An update's id: its file name, lowercased (readable, and what the id was
 * before), "~", and the first 64 bits of the SHA-256 of its culture and URL
 * (the URL as parsed: host case and default ports do not matter, the path's
 * case does). The same download listed for two cultures is two updates, one
 * per culture; the same download in the same culture is one, in whichever
 * lists it appears (a glb list and its -5lg variant).
 */
export function updateId(fileName: string, url: URL, language: string): string {
  const digest = createHash('sha256').update(`${language}\n${url.href}`).digest('hex').slice(0, ID_DIGEST_HEX);
  return `${fileName.toLowerCase()}~${digest}`;
}

function addUpdate(state: ListState, { update, kb, stem }: { update: Update; kb: string; stem: string }, line: number): void {
  const first = state.seen.get(update.id);
  if (first !== undefined) {
    state.ctx.skip?.({ line, reason: `the same download in the same culture as line ${first}` });
    return;
  }
  state.seen.set(update.id, line);
  const id = kb || stem.toLowerCase();
  let bulletin = state.bulletins.get(id);
  if (!bulletin) {
    bulletin = {
      bulletin: {
        id,
        vendor: VENDOR,
        title: kb ? `${kb} (${state.list.product})` : stem,
        vendorSeverity: '',
        released: '',
        revised: '',
        description: '',
        supersedes: [],
        supersededBy: [],
        products: [state.list.product],
      },
      updates: [],
    };
    state.bulletins.set(id, bulletin);
  }
  bulletin.updates.push({ ...update, bulletinId: id });
}

function lastSegment(url: URL): string {
  const segment = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
