import { ALL_LANGUAGES, generateCatalog } from '../../catalog/index.js';

const PILOT_BULLETINS = 2000;

/**
 * How many bulletins a generated all-language catalog needs to hold about
 * `updates` update records. The mean size is measured on a pilot run of the
 * same seed rather than assumed: the 5-30 bounds hold only where a product's
 * files can fill them, so the mean sits well below their midpoint.
 */
export function bulletinsFor(updates: number, seed: number): number {
  let pilotUpdates = 0;
  for (const line of generateCatalog({ seed, bulletins: PILOT_BULLETINS, languages: ALL_LANGUAGES })) pilotUpdates += line.updates.length;
  return Math.max(1, Math.round(updates / (pilotUpdates / PILOT_BULLETINS)));
}
