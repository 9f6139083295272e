import { writeFile } from 'node:fs/promises';
import { generateCatalog } from '../../catalog/index.js';
import type { Rng } from './rng.js';

/** A native catalog line as the generator writes it (bulletin with its updates). */
type Line = ReturnType<typeof generateCatalog> extends Generator<infer L> ? L : never;

/**
 * The top parent's catalog file and how it changes between imports: starts
 * as a generated catalog (writeCatalog's generator, so the same seed gives
 * the same catalog), then each edit revises, removes and adds a few
 * bulletins and moves an update to another language (which makes it leave
 * some children's scope: the `left_languages` path). Kept in memory, so the
 * campaign knows how many bulletins and updates the top must hold after an
 * import.
 */
export class CatalogModel {
  private lines: Line[];
  private readonly reserve: Line[];
  private edits = 0;

  constructor(readonly options: { seed: number; bulletins: number; languages: readonly string[]; /** default true */ moveLanguages?: boolean }) {
    this.lines = [...generateCatalog(options)];
    // Bulletins to add later: another seed, ids prefixed so they never collide with the base catalog's.
    this.reserve = [...generateCatalog({ ...options, seed: options.seed ^ 0x5a5a5a5a, bulletins: Math.max(50, Math.ceil(options.bulletins / 4)) })];
  }

  get counts(): { bulletins: number; updates: number } {
    return { bulletins: this.lines.length, updates: this.lines.reduce((n, l) => n + l.updates.length, 0) };
  }

  /** Changes a few percent of the catalog; returns what it did, for the log. */
  edit(rng: Rng): string {
    this.edits++;
    const n = this.lines.length;
    const revise = rng.int(1, Math.max(1, Math.ceil(n / 100)));
    const remove = Math.min(rng.int(0, 3), Math.max(0, n - 10));
    const add = rng.int(0, 3);
    for (const i of rng.sample([...this.lines.keys()], revise)) {
      this.lines[i] = { ...this.lines[i], title: `${this.lines[i].title.replace(/ \(rev \d+\)$/, '')} (rev ${this.edits})` };
    }
    // One update changes language: a child managing the old one must drop it, one managing the new one gain it.
    const withUpdates = this.lines.filter((l) => l.updates.some((u) => u.language !== 'neutral'));
    let moved = '';
    if (withUpdates.length && rng.chance(0.7) && this.options.moveLanguages !== false) {
      const line = rng.pick(withUpdates);
      const index = this.lines.indexOf(line);
      const updates = line.updates.map((u) => ({ ...u }));
      const u = rng.pick(updates.filter((x) => x.language !== 'neutral'));
      const to = rng.pick(this.options.languages.filter((l) => l !== 'neutral' && l !== u.language));
      moved = `${line.id}/${u.id}: ${u.language} -> ${to}`;
      u.language = to;
      this.lines[index] = { ...line, updates };
    }
    for (const i of rng.sample([...this.lines.keys()], remove).sort((a, b) => b - a)) this.lines.splice(i, 1);
    for (let i = 0; i < add && this.reserve.length; i++) {
      const line = this.reserve.shift()!;
      this.lines.push({ ...line, id: `X${this.edits}-${line.id}` });
    }
    return `revised ${revise}, removed ${remove}, added ${add}${moved ? `, moved ${moved}` : ''}`;
  }

  /** Writes the current catalog as plain NDJSON. */
  async write(path: string): Promise<void> {
    await writeFile(path, this.lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  }
}
