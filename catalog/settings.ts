import { decodeChange, NEUTRAL, PatchtreeError } from '../protocol/index.js';
import { STATE_KEYS } from './store/state-keys.js';
import type { RecordStore, StoredRecord } from './store/record-store.js';
import { Mutex } from './store/mutex.js';
import { bulletinKey, SEVERITY_LEVELS_KEY } from './store/keys.js';
import { isLanguageTag, severityLevelsProblem } from './record-rules.js';

const { languages: LANGUAGES, exclusions: EXCLUSIONS, severityLevels: OWN_LEVELS } = STATE_KEYS;

/** The severity levels a node shows and uses, where they come from, and its own admin's (kept whatever the parent sends). */
export interface SeverityLevelsView {
  levels: string[];
  /** 'parent' when the levels in force are the parent's replicated ones. */
  from: 'parent' | 'local';
  own: string[];
}

/** Normalises and validates a list of managed languages ("neutral" is implied, never stored). */
export function normaliseLanguages(languages: unknown): string[] {
  if (!Array.isArray(languages) || languages.some((l) => typeof l !== 'string')) {
    throw new PatchtreeError('SETTINGS_INVALID', 'languages must be an array of BCP 47 tags such as "en-US"');
  }
  const out = new Set<string>();
  for (const raw of languages as string[]) {
    const [lang, ...rest] = raw.trim().split('-');
    const tag = [lang.toLowerCase(), ...rest.map((p) => (p.length === 4 ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p.toUpperCase()))].join('-');
    if (tag === NEUTRAL) continue;
    if (!isLanguageTag(tag)) throw new PatchtreeError('SETTINGS_INVALID', `not a BCP 47 culture: ${JSON.stringify(raw)}`);
    out.add(tag);
  }
  return [...out].sort();
}

/** Replicated records belong to the parent: a child's admin API refuses to edit them. */
export function assertLocal(stored: StoredRecord | undefined, what: string): void {
  if (stored?.origin === 'replicated') throw new PatchtreeError('REPL_READ_ONLY', `${what} came from the parent and is read-only here; change it on the parent`);
}

/** The node's managed languages, exclusions and custom severity levels. */
export class Settings {
  constructor(
    private readonly store: RecordStore,
    private readonly defaults: { languages: string[]; exclusions: string[] },
    /** Shared with imports and policy edits: record read-modify-writes run one at a time. */
    private readonly lock: Mutex = new Mutex(),
  ) {}

  async languages(): Promise<string[]> {
    return ((await this.store.state.get(LANGUAGES)) as string[] | undefined) ?? this.defaults.languages;
  }

  async setLanguages(languages: unknown): Promise<string[]> {
    const normalised = normaliseLanguages(languages);
    await this.store.state.put(LANGUAGES, normalised);
    return normalised;
  }

  async exclusions(): Promise<string[]> {
    return ((await this.store.state.get(EXCLUSIONS)) as string[] | undefined) ?? this.defaults.exclusions;
  }

  async setExclusions(patterns: unknown): Promise<string[]> {
    if (!Array.isArray(patterns) || patterns.some((p) => typeof p !== 'string' || p.trim() === '')) {
      throw new PatchtreeError('SETTINGS_INVALID', 'exclusions must be an array of non-empty patterns (`*` is a wildcard)');
    }
    const list = [...new Set((patterns as string[]).map((p) => p.trim()))].sort();
    await this.store.state.put(EXCLUSIONS, list);
    return list;
  }

  /**
   * The custom severity levels in force: the `s/levels` record. On a child
   * that holds its parent's, they are the parent's (custom severity on
   * replicated bulletins is set at the top, against the top's levels); else
   * this node's own.
   */
  async severityLevels(): Promise<string[]> {
    return (await this.severityLevelsView()).levels;
  }

  /**
   * The levels in force and this node's own. Its own admin's levels are kept
   * as local state beside the record (the record is what the node publishes
   * to its children, and a parent's replicated record replaces it): a
   * parent's levels never destroy what this node's admin set.
   */
  async severityLevelsView(): Promise<SeverityLevelsView> {
    const stored = await this.store.get(SEVERITY_LEVELS_KEY);
    const recorded = stored ? decodeChange(stored.bytes).record?.severityLevels?.levels ?? [] : undefined;
    const kept = (await this.store.state.get(OWN_LEVELS)) as string[] | undefined;
    const own = kept ?? (stored?.origin === 'local' ? recorded! : []);
    if (stored?.origin === 'replicated') return { levels: recorded!, from: 'parent', own };
    return { levels: recorded ?? own, from: 'local', own };
  }

  /**
   * Keeps this node's own levels as local state when only the record holds
   * them (a store from before they were kept apart), so that the parent's
   * levels, when they come, replace the record and nothing else.
   */
  async keepOwnSeverityLevels(): Promise<void> {
    if ((await this.store.state.get(OWN_LEVELS)) !== undefined) return;
    const stored = await this.store.get(SEVERITY_LEVELS_KEY);
    if (stored?.origin !== 'local') return;
    await this.store.state.put(OWN_LEVELS, decodeChange(stored.bytes).record?.severityLevels?.levels ?? []);
  }

  async setSeverityLevels(levels: unknown): Promise<string[]> {
    if (!Array.isArray(levels) || levels.some((l) => typeof l !== 'string')) {
      throw new PatchtreeError('SETTINGS_INVALID', 'severity levels must be an array of non-empty names, most severe first');
    }
    const list = (levels as string[]).map((l) => l.trim());
    const problem = severityLevelsProblem(list);
    if (problem) throw new PatchtreeError('SETTINGS_INVALID', problem);
    await this.lock.run(async () => {
      const stored = await this.store.get(SEVERITY_LEVELS_KEY);
      if (stored?.origin === 'replicated') {
        throw new PatchtreeError('REPL_READ_ONLY', 'the custom severity levels in force came from the parent and are read-only here; change them on the parent (this node\'s own levels are kept, see `own`)');
      }
      // The record (published to this node's children) and the node's own copy, in one write.
      await this.store.write(
        [{ type: 'put', key: SEVERITY_LEVELS_KEY, languages: [NEUTRAL], record: { severityLevels: { levels: list } } }],
        [{ type: 'put', sublevel: this.store.state, key: OWN_LEVELS, value: list }],
      );
    });
    return list;
  }

  /** Assigns a custom severity (one of the levels, or '' to clear) to a bulletin; vendor severity is never altered. */
  async setCustomSeverity(bulletinId: string, level: unknown): Promise<void> {
    if (typeof level !== 'string') throw new PatchtreeError('SETTINGS_INVALID', 'severity must be a string');
    if (level !== '' && !(await this.severityLevels()).includes(level)) {
      throw new PatchtreeError('SEVERITY_UNKNOWN', `"${level}" is not one of the custom severity levels`);
    }
    await this.lock.run(async () => {
      const stored = await this.store.get(bulletinKey(bulletinId));
      if (!stored) throw new PatchtreeError('NOT_FOUND', `no bulletin ${bulletinId}`);
      assertLocal(stored, `bulletin ${bulletinId}`);
      const change = decodeChange(stored.bytes);
      const bulletin = change.record!.bulletin!;
      bulletin.customSeverity = level;
      await this.store.write([{ type: 'put', key: change.key, languages: change.languages, record: { bulletin } }]);
    });
  }
}
