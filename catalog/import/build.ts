import { NEUTRAL, type BulletinData, type UpdateData } from '../../protocol/index.js';
import type { ParsedBulletin } from '../sources/model.js';
import { bulletinKey, isValidId, updateKey } from '../store/keys.js';
import { CatalogParseError } from '../errors.js';
import { bulletinFieldsProblem, updateFieldsProblem } from '../record-rules.js';
import type { Exclusions } from './exclusions.js';

const ID_RULE = "1 to 512 characters, no '/' and no control characters";

export interface BuiltUpdate {
  key: string;
  data: UpdateData & { id: string; language: string; bulletinId: string };
}

export interface BuiltBulletin {
  key: string;
  data: BulletinData & { id: string };
  /** Bulletin ids the document itself says this one supersedes. */
  explicitSupersedes: string[];
  updates: BuiltUpdate[];
}

/**
 * Turns the parsed documents of one source into the records it should hold:
 * bulletins with the same id from several documents are merged (wsusoffline
 * splits a KB across per-language lists), duplicates dropped, exclusions
 * applied, and `source` / `bulletinId` set. Derived fields (supersedence,
 * custom severity) are filled in later.
 */
export function buildRecords(source: string, parsed: Iterable<ParsedBulletin>, exclusions: Exclusions): Map<string, BuiltBulletin> {
  const bulletins = new Map<string, BuiltBulletin>();
  // Ids were checked as the documents were parsed (ImportWriter's callers check the whole input first).
  for (const { bulletin, updates } of parsed) {
    if (exclusions.matches(bulletin.id) || exclusions.matches(bulletin.vendor)) continue;
    const kept = updates.filter((u) => !exclusions.matches(u.product));
    if (updates.length > 0 && kept.length === 0) continue;
    const key = bulletinKey(bulletin.id);
    let built = bulletins.get(key);
    if (!built) {
      built = {
        key,
        data: { ...bulletin, supersedes: [], supersededBy: [], source, customSeverity: '' },
        explicitSupersedes: [...new Set(bulletin.supersedes ?? [])].sort(),
        updates: [],
      };
      bulletins.set(key, built);
    } else {
      built.data.products = [...new Set([...(built.data.products ?? []), ...(bulletin.products ?? [])])].sort();
    }
    const seen = new Set(built.updates.map((u) => u.key));
    for (const update of kept) {
      const uKey = updateKey(bulletin.id, update.id);
      if (seen.has(uKey)) continue;
      seen.add(uKey);
      built.updates.push({
        key: uKey,
        data: {
          ...update,
          bulletinId: bulletin.id,
          source,
          supersedes: [...new Set((update.supersedes ?? []).map(normaliseKb))].sort(),
          superseded: false,
          supersededBy: [],
        },
      });
    }
  }
  for (const b of bulletins.values()) b.updates.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return bulletins;
}

/**
 * Refuses a bulletin whose records would not be valid, whatever the source
 * type: ids that cannot be keys (parsers of XML feeds take ids as the
 * vendor writes them), and the field rules of record-rules.ts, the same
 * rules a child applies to what its parent sends (so nothing imported here
 * is refused below). Names the entry, never quotes the document.
 */
export function checkParsedBulletin(source: string, { bulletin, updates }: ParsedBulletin, where: { url?: string; entry?: number } = {}): void {
  if (!isValidId(bulletin.id)) throw new CatalogParseError(source, where, `invalid bulletin id (${ID_RULE})`);
  const problem = bulletinFieldsProblem(bulletin);
  if (problem) throw new CatalogParseError(source, where, `the bulletin: ${problem}`);
  updates.forEach((update, i) => {
    if (!isValidId(update.id)) throw new CatalogParseError(source, where, `invalid id of the bulletin's update ${i + 1} (${ID_RULE})`);
    const wrong = updateFieldsProblem(update);
    if (wrong) throw new CatalogParseError(source, where, `the bulletin's update ${i + 1}: ${wrong}`);
  });
}

/** Languages a bulletin belongs to: those of its updates (neutral when it has none). */
export function bulletinLanguages(updates: readonly { data: { language: string } }[]): string[] {
  if (updates.length === 0) return [NEUTRAL];
  return [...new Set(updates.map((u) => u.data.language))].sort();
}

/** "kb123", "123", "KB123" -> "KB123"; anything else is kept as given. */
export function normaliseKb(kb: string): string {
  const m = /^(?:kb)?(\d+)$/i.exec(kb.trim());
  return m ? `KB${m[1]}` : kb.trim();
}
