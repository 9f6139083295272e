import { PatchtreeError } from '../../protocol/index.js';
import { STATE_FAMILIES } from '../store/state-keys.js';
import type { RecordStore } from '../store/record-store.js';
import { SOURCE_TYPES, type SourceConfig, type SourceType } from './registry.js';
import { hasCredentials, redactUrl } from './redact.js';

const SOURCES = STATE_FAMILIES.source;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const invalid = (message: string) => new PatchtreeError('SOURCE_INVALID', message);

/**
 * Validates an admin's source definition into a SourceConfig (schedule syntax
 * is checked by the scheduler). `file:` URLs read the node's own disk, so they
 * are taken only from the node's config file (`allowFile`), never from the
 * admin API. Messages never quote a URL's credentials.
 */
export function validateSource(input: unknown, options: { allowFile?: boolean } = {}): SourceConfig {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw invalid('a source must be a JSON object');
  const { name, type, urls, url, schedule, enabled, ...rest } = input as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length) throw invalid(`unknown field(s): ${unknown.join(', ')}`);
  if (typeof name !== 'string' || !NAME.test(name)) throw invalid('name must be 1-64 letters, digits, ".", "_" or "-"');
  if (typeof type !== 'string' || !SOURCE_TYPES.includes(type as SourceType)) throw invalid(`type must be one of ${SOURCE_TYPES.join(', ')}`);
  const list = urls ?? (url === undefined ? undefined : [url]);
  const kinds = options.allowFile ? 'http(s) or file' : 'http(s)';
  if (!Array.isArray(list) || list.length === 0 || list.length > 10_000) throw invalid(`urls must be a non-empty array of ${kinds} URLs`);
  for (const u of list) {
    const shown = typeof u === 'string' ? JSON.stringify(redactUrl(u).slice(0, 300)) : typeof u;
    if (typeof u !== 'string' || !/^(https?|file):/.test(u)) throw invalid(`not an ${kinds} URL: ${shown}`);
    if (u.startsWith('file:') && !options.allowFile) throw invalid(`file: URLs read the node's own disk and are taken only from its config file, not from the API: ${shown}`);
    try {
      new URL(u);
    } catch {
      throw invalid(`not a URL: ${shown}`);
    }
  }
  if (schedule !== undefined && schedule !== null && typeof schedule !== 'string') throw invalid('schedule must be a cron expression string');
  if (enabled !== undefined && typeof enabled !== 'boolean') throw invalid('enabled must be a boolean');
  return { name, type: type as SourceType, urls: list as string[], schedule: (schedule as string | undefined) || undefined, enabled: enabled ?? true };
}

/** The admin-defined catalog sources, kept in the node's local state. */
export class SourceConfigs {
  constructor(private readonly store: RecordStore) {}

  async list(): Promise<SourceConfig[]> {
    const out: SourceConfig[] = [];
    for await (const value of this.store.state.values(SOURCES.range())) out.push(value as SourceConfig);
    return out;
  }

  async get(name: string): Promise<SourceConfig> {
    const source = (await this.store.state.get(SOURCES.key(name))) as SourceConfig | undefined;
    if (!source) throw new PatchtreeError('NOT_FOUND', `no source ${name}`);
    return source;
  }

  /**
   * Creates or replaces a source. A URL sent back as GET /sources shows it
   * (credentials as `***`) keeps the credentials stored for it, so an admin
   * can edit a source without retyping its password.
   */
  async put(input: unknown, options: { allowFile?: boolean } = {}): Promise<SourceConfig> {
    const source = validateSource(input, options);
    const stored = (await this.store.state.get(SOURCES.key(source.name))) as SourceConfig | undefined;
    if (stored) {
      const secretByShown = new Map(stored.urls.filter(hasCredentials).map((u) => [redactUrl(u), u]));
      source.urls = source.urls.map((u) => secretByShown.get(u) ?? u);
    }
    await this.store.state.put(SOURCES.key(source.name), source);
    return source;
  }

  async remove(name: string): Promise<void> {
    await this.get(name);
    await this.store.state.del(SOURCES.key(name));
  }
}

/** A source as the API and the logs show it: credentials embedded in its URLs become `***`. */
export function shownSource(source: SourceConfig): SourceConfig {
  return { ...source, urls: source.urls.map(redactUrl) };
}
