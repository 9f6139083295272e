import { PatchtreeError } from '../../protocol/index.js';
import { STATE_FAMILIES } from '../store/state-keys.js';
import type { RecordStore } from '../store/record-store.js';
import { SOURCE_TYPES, type SourceConfig, type SourceType } from './registry.js';

const SOURCES = STATE_FAMILIES.source;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const invalid = (message: string) => new PatchtreeError('SOURCE_INVALID', message);

/** Validates an admin's source definition into a SourceConfig (schedule syntax is checked by the scheduler). */
export function validateSource(input: unknown): SourceConfig {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw invalid('a source must be a JSON object');
  const { name, type, urls, url, schedule, enabled, ...rest } = input as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length) throw invalid(`unknown field(s): ${unknown.join(', ')}`);
  if (typeof name !== 'string' || !NAME.test(name)) throw invalid('name must be 1-64 letters, digits, ".", "_" or "-"');
  if (typeof type !== 'string' || !SOURCE_TYPES.includes(type as SourceType)) throw invalid(`type must be one of ${SOURCE_TYPES.join(', ')}`);
  const list = urls ?? (url === undefined ? undefined : [url]);
  if (!Array.isArray(list) || list.length === 0 || list.length > 10_000) throw invalid('urls must be a non-empty array of http(s) or file URLs');
  for (const u of list) {
    if (typeof u !== 'string' || !/^(https?|file):/.test(u)) throw invalid(`not an http(s) or file URL: ${JSON.stringify(u)}`);
    try {
      new URL(u);
    } catch {
      throw invalid(`not a URL: ${JSON.stringify(u)}`);
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

  async put(input: unknown): Promise<SourceConfig> {
    const source = validateSource(input);
    await this.store.state.put(SOURCES.key(source.name), source);
    return source;
  }

  async remove(name: string): Promise<void> {
    await this.get(name);
    await this.store.state.del(SOURCES.key(name));
  }
}
